# 열거값 표시 레이블(주제 분류, 공문서 종류, 공개 목록, 민원 안내 항목 등) - 한국어

## 주제 분류
topic-state-council-bodies = 국무원 조직기구
topic-general-affairs = 정무 일반
topic-economy-state-assets = 국민경제 관리·국유자산 감독
topic-finance-audit = 재정·금융·감사
topic-land-energy = 국토자원·에너지
topic-agriculture-forestry-water = 농업·임업·수리
topic-industry-transport = 공업·교통
topic-commerce-customs-tourism = 상업무역·세관·관광
topic-market-safety-regulation = 시장감독·안전생산 감독
topic-construction-environment = 도시농촌 건설·환경보호
topic-science-education = 과학기술·교육
topic-culture-media = 문화·방송·언론출판
topic-health-sports = 보건·체육
topic-population-women-children = 인구·가족계획·여성아동
topic-labour-personnel = 노동·인사·감찰
topic-security-justice = 공안·국가안전·사법
topic-civil-affairs-relief = 민정·빈곤 구제·재난 구호
topic-ethnic-religious-affairs = 민족·종교
topic-foreign-affairs = 대외 사무
topic-hk-macao-taiwan-overseas = 홍콩·마카오·대만·화교
topic-national-defence = 국방
topic-other = 기타

## 공문서 종류
genre-resolution = 결의
genre-decision = 결정
genre-order = 명령
genre-communique = 공보
genre-announcement = 공고
genre-public-notice = 고시
genre-opinion = 의견
genre-notice = 통지
genre-circular = 통보
genre-report = 보고
genre-request = 품의
genre-reply = 회신
genre-motion = 의안
genre-letter = 서한
genre-minutes = 회의록
genre-normative-document = 규범성 문서
genre-plan = 계획
genre-interpretation = 정책 해설

## 공개 목록
catalog-policy-documents = 정책 문서
catalog-plans = 계획
catalog-personnel = 인사 정보
catalog-finance = 재정 자금
catalog-notices = 공지·공고
catalog-interpretations = 정책 해설
catalog-statistics = 통계 정보
catalog-emergency = 재난 관리
catalog-procurement = 정부 조달
catalog-reports = 업무 보고

## 공개 방식
disclosure-proactive = 사전 공개
disclosure-on-request = 청구에 의한 공개

## 효력
validity-in-force = 유효
validity-expired = 실효
validity-repealed = 폐지

## 사무 유형
item-type-administrative-licensing = 행정허가
item-type-administrative-confirmation = 행정확인
item-type-administrative-adjudication = 행정재결
item-type-administrative-payment = 행정급부
item-type-administrative-award = 행정포상
item-type-administrative-filing = 행정신고
item-type-other-administrative-power = 기타 행정권한
item-type-public-service = 공공서비스

## 행정 단계
level-national = 국가급
level-provincial = 성급
level-municipal = 시급
level-county = 현급
level-township = 향진급
level-village = 촌급

## 대상
applicant-natural-person = 자연인
applicant-enterprise = 기업법인
applicant-institution = 사업단위법인
applicant-social-organization = 사회조직법인
applicant-unincorporated = 비법인 기업
applicant-government = 행정기관
applicant-other = 기타 조직

## 처리 유형
case-type-immediate = 즉시 처리
case-type-promised = 약정 기한 처리

## 처리 기한
limit-unit-working = { $days }근무일
limit-unit-calendar = { $days }일(역일)

## 신청 서류: 원본·사본
material-kind-original = 원본
material-kind-copy = 사본
material-kind-original-and-copy = 원본 및 사본

## 신청 서류: 형태
material-form-paper = 서면
material-form-electronic = 전자
material-form-either = 서면 또는 전자

## 신청 서류: 필수 여부
material-required-required = 필수
material-required-optional = 선택
material-required-deferrable = 추후 보완 가능

## 신청 서류: 발급처
material-source-applicant = 신청인 준비
material-source-government = 행정기관 발급
material-source-other = 기타

## Translation status (translation = …)
translation-reviewed = 검수된 번역
translation-tentative = 잠정 번역
translation-machine = 기계 번역

## A record before its effective day
validity-pending = { $date } 시행

interpretation-kind-text = 문자 해설
interpretation-kind-graphic = 그래픽 해설
interpretation-kind-video = 동영상 해설
interpretation-kind-qa = 문답 해설
