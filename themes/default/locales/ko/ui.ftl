# 기본 테마 인터페이스 문구(한국어)
language-name = 한국어
skip-to-content = 본문 바로가기
language-switcher = 언어
switcher-fallback = 번역본이 없어 중국어 원문 표시
nav-main = 주 메뉴
nav-home = 홈
nav-disclosure = 정부 정보공개
nav-services = 민원 서비스
breadcrumbs = 현재 위치

## 알림
notice-fallback = 이 페이지는 아직 한국어로 번역되지 않았습니다. 아래는 중국어 원문입니다.
notice-fallback-link = 중국어 페이지 보기
notice-authority = 이 번역문은 참고용이며, 내용상 차이가 있을 경우 중국어 원문이 우선합니다.
notice-authority-link = 중국어 원문
notice-stale = 이 번역문이 작성된 이후 중국어 원문이 수정되었습니다. 번역문에 최신 내용이 반영되지 않았을 수 있습니다.
notice-stale-link = 최신 중국어 원문 보기

## 바닥글
footer-badge = 당·정부기관 웹사이트 표지
footer-badge-short = 정부
footer-organiser = 운영 기관
footer-address = 주소
footer-phone = 전화
footer-email = 이메일
footer-site-code = 웹사이트 식별 코드
footer-report-error = 정부 웹사이트 오류 신고

## 홈
home-latest = 최신 공개 정보
home-all-disclosure = 정부 정보공개 목록 전체 보기
home-services = 민원 서비스
home-all-services = 민원 안내 전체 보기
home-sections = 메뉴 바로가기

## 공개 정보
catalogue-caption = 정부 정보공개 목록(게시일 최신순)
record-meta-caption = 공개 정보 색인
record-index-no = 색인 번호
record-topic = 주제 분류
record-agency = 발행 기관
record-written = 작성일
record-title = 제목
record-doc-no = 문서 번호
record-published = 게시일
record-genre = 문서 종류
record-catalog = 공개 목록
record-validity = 효력
record-disclosure = 공개 방식
record-effective = 시행일
record-keywords = 주제어
record-superseded-by = 이 문서는 다음 문서로 대체되었습니다:
record-supersedes = 이 문서로 대체된 문서

## 민원 안내
guide-promised-limit = 약정 처리 기한
guide-legal-limit = 법정 처리 기한
guide-visits = 현장 방문 횟수
guide-visits-count = { $count ->
    [0] 방문 불필요(전 과정 온라인 처리)
   *[other] 최대 { $count }회
}
guide-fee = 수수료 여부
guide-fee-charged = 유료(수수료 기준 참조)
guide-fee-free = 무료
guide-agency = 처리 기관
guide-case-type = 처리 유형
guide-apply-online = 온라인 신청
guide-who = 신청 요건
guide-applicants = 대상
guide-materials = 신청 서류
material-name = 서류명
material-required = 필수 여부
material-kind = 제출 형태
material-copies = 부수
material-source = 발급처
material-blank-form = 서식 내려받기
guide-steps = 처리 절차
guide-where = 접수 장소 및 시간
guide-place = 접수 장소
guide-hours = 업무 시간
guide-delivery = 우편 발송
guide-delivery-yes = 우편 송달 가능
guide-fees = 수수료 기준
fee-name = 수수료 항목
fee-standard = 금액
fee-basis = 부과 근거
guide-contact = 문의 및 신고
guide-phone = 문의 전화
guide-complaint = 고충 신고
guide-online = 온라인 신청 주소
guide-about = 사무 안내
guide-faq = 자주 묻는 질문
guide-details = 사무 정보
guide-legal-basis = 근거 법령
guide-result = 처리 결과
guide-item-type = 사무 유형
guide-level = 행정 단계
guide-sectors = 분야
guide-life-events = 생애주기별 안내
guide-catalog-code = 기본 코드
guide-task-code = 시행 코드

## 404
notfound-title = 페이지를 찾을 수 없습니다
notfound-text = 요청하신 페이지가 존재하지 않거나 삭제되었습니다. 주소를 확인하시거나 홈페이지 또는 정부 정보공개 목록에서 찾아 주십시오.
notfound-home = 홈페이지로 이동

search-title = 사이트 검색
search-label = 사이트 검색
search-submit = 검색
search-filters = 결과 필터
search-all = 전체
search-kind = 유형
search-kind-record = 정보 공개
search-kind-guide = 민원 안내
search-kind-page = 기타 페이지
search-agency = 발행 기관
search-topic = 주제 분류
search-year = 연도
search-validity = 유효성
search-sort = 정렬
search-sort-relevance = 관련도순
search-sort-date = 최신순
search-count = 검색 결과 { $count }건
search-more = 결과 더 보기
search-none = 검색 결과가 없습니다. 다른 단어로 검색해 보세요.
search-error = 지금은 검색을 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.
