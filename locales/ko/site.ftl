# 중국 다롄 — 사이트 용어집(한국어)
# 기관명, 분야명, 생활 상황명은 이 파일에서 일괄적으로 가져옵니다.

## 사이트
site-title = 다롄시 인민정부
site-short-name = 중국 다롄
site-organiser = 다롄시 인민정부 판공청
site-address = 중국 랴오닝성 다롄시 시강구 인민광장 1호 (우편번호 116012)

## 기관
agency-dlgov = 다롄시 인민정부
agency-dlgov-office = 다롄시 인민정부 판공청
agency-dl-drc = 다롄시 발전개혁위원회
agency-dl-commerce = 다롄시 상무국
agency-dl-samr = 다롄시 시장감독관리국
agency-dl-hrss = 다롄시 인력자원사회보장국
agency-dl-education = 다롄시 교육국
agency-dl-health = 다롄시 위생건강위원회
agency-dl-housing = 다롄시 주택도농건설국
agency-dl-psb = 다롄시 공안국
agency-dl-science = 다롄시 과학기술국
agency-dl-medical-security = 다롄시 의료보장국
agency-dl-hpf = 다롄시 주택공적금관리센터
agency-dl-ecology = 다롄시 생태환경국
agency-dl-water = 다롄수도그룹 유한회사
agency-dl-power = 국가전력망공사 다롄전력공급회사
agency-dl-gas = 다롄가스그룹 유한회사

## 분야
sector-water = 수도
sector-electricity = 전기
sector-gas = 가스
sector-education = 교육
sector-healthcare = 의료
sector-housing = 주택
sector-telecom = 통신
sector-business = 기업 설립
sector-foreigners = 외국인
sector-social-security = 사회보장

## 생활 상황
life-event-start-a-business = 기업 설립
life-event-move-to-dalian = 다롄 이주
life-event-work-permit = 취업허가 취득
life-event-have-a-baby = 출산
life-event-go-to-school = 자녀 입학
life-event-buy-a-home = 주택 구입
