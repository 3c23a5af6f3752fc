# 기본 테마 인터페이스 문구(한국어)
language-name = 한국어
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = 중국어
language-name-en = 영어
language-name-ja = 일본어
language-name-ko = 한국어
language-name-ru = 러시아어
language-name-es = 스페인어
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
record-interpretations = 정책 해설
record-interprets = 이 해설({ $kind })의 대상 정책:

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

## 탐색과 페이지
browse-by = 분류별 보기
browse-all = 전체
pagination = 페이지
pagination-prev = 이전
pagination-next = 다음
page-status = 전체 { $pages }페이지 중 { $page }페이지
listing-page-title = { $title } ({ $page }페이지)
feed-subscribe = 이 목록 구독하기(Atom)
disclosure-more = 정보공개 더 보기
taxonomy-topics = 주제별
taxonomy-agencies = 기관별
taxonomy-genres = 문서 유형별
taxonomy-catalogs = 공개 목록 분류별
taxonomy-years = 연도별
taxonomy-sectors = 분야별 민원
taxonomy-life-events = 생활 상황별 민원

## 연간 통계
statistics-title = 정보공개 통계
statistics-year-title = { $year }년 사전 공개 현황
statistics-intro = 아래 수치는 이 사이트에 공개된 정부 정보 목록에서 자동으로 집계한 것으로, 정부정보공개 연간 보고서 작성에 사용됩니다.
statistics-issued = 올해 발표
statistics-repealed = 올해 폐지·실효
statistics-in-force = 연말 기준 유효
statistics-by-genre = 문서 유형별
statistics-by-agency = 발표 기관별
statistics-by-topic = 주제별
statistics-by-year = 연도별 추이
statistics-year = 연도
statistics-no-genre = 유형 미기재
statistics-note = 연말 유효 건수 = 전년 말 유효 건수 + 올해 발표 건수 − 올해 폐지·실효 건수.

## 신청에 의한 공개
on-request-title = 정부 정보 공개 청구 안내
on-request-intro = 시민, 법인 및 기타 조직은 사전에 공개되지 않은 정부 정보를 이 기관에 청구할 수 있습니다.
on-request-limit = 답변 기한
on-request-limit-value = 20 근무일
on-request-extension = 기한 연장
on-request-extension-value = 책임자의 승인을 받아 최대 20 근무일 연장
on-request-fee-value = 원칙적으로 무료
on-request-office = 접수 기관
on-request-apply-online = 온라인으로 청구하기
on-request-channels = 청구 방법
on-request-channel-online = 온라인 청구
on-request-channel-post = 우편 청구
on-request-channel-in-person = 방문 청구
on-request-form = 정보공개 청구서 내려받기
on-request-contents = 청구서 기재 사항
on-request-contents-text = 청구인의 성명 또는 명칭, 신분 증명, 연락처; 공개를 청구하는 정보의 명칭, 문서 번호 또는 특정할 수 있는 기타 설명; 정보의 제공 형식과 수령 방법.
on-request-flow = 처리 절차
on-request-step-submit = 청구
on-request-step-submit-text = 위의 방법 중 하나로 서면 청구합니다. 내용이 불명확하면 보완할 사항을 한 번에 알려 드립니다.
on-request-step-register = 접수
on-request-step-register-text = 청구서를 받은 날이 접수일이며, 보완한 경우에는 보완 내용을 받은 날이 접수일입니다.
on-request-step-answer = 답변
on-request-step-answer-text = 즉시 답변할 수 있는 경우 즉시, 그렇지 않은 경우 접수일부터 20 근무일 이내에 답변합니다.
on-request-step-extend = 연장
on-request-step-extend-text = 기한 연장이 필요한 경우 책임자의 승인을 받아 청구인에게 알리고 최대 20 근무일 연장합니다.
on-request-step-remedy = 구제 절차
on-request-step-remedy-text = 합법적 권익이 침해되었다고 판단되면 법에 따라 행정 재심을 신청하거나 행정 소송을 제기할 수 있습니다.
on-request-basis = 근거: 「중화인민공화국 정부정보공개조례」(2019년 개정) 제27조~제33조.

## 사이트맵
sitemap-title = 사이트맵
sitemap-indexes = 분류 색인
footer-sitemap = 사이트맵

## 고령자 배려
reading-tools = 읽기 도우미
reading-large-text = 큰 글씨
reading-high-contrast = 고대비
reading-big-cursor = 큰 커서
reading-read-aloud = 읽어 주기
menu-open = 메뉴
menu-close = 메뉴 닫기
print-url = 이 페이지 주소
print-date = 인쇄 날짜
table-scroll-hint = 표가 화면보다 넓습니다. 좌우로 밀어 모든 열을 보십시오.
notfound-catalogue = 정부 정보공개 목록 보기
guide-online-note = 온라인 신청 시스템은 { $languages }(으)로만 제공됩니다.
list-separator = { ", " }
guide-online-only = { $languages } 전용
statistics-total = 합계
description-listing = { $site } '{ $title }': 이 항목에 게시된 공개 정보, 민원 안내, 페이지를 최신순으로 보여 줍니다.
description-index = { $site } '{ $title }': 모든 분류와 분류별 항목 수.
description-statistics = { $title }: { $site }에 게시된 정보로 집계한 올해 발표·폐지·유효 문서 수.
description-on-request = 공개되지 않은 정부 정보를 { $site }에 청구하는 방법: 창구, 청구 내용, 회신 기한.
description-sitemap = { $site }의 모든 섹션과 색인.
description-search = { $site }의 공개 정보, 민원 안내, 페이지를 검색합니다.
description-notfound = 요청하신 페이지는 { $site }에 없습니다.
description-page = { $site }: { $title }.
start-here-title = 여기서 시작하세요: 외국인 투자자와 거주자를 위한 민원
start-here-intro = 외국인 투자자와 거주자가 가장 자주 찾는 민원을 처리 기한, 수수료, 방문 장소와 함께 정리했습니다. 각 항목은 전체 민원 안내로 연결됩니다.
start-here-tasks = 이 페이지의 민원
start-here-where = 방문 장소
start-here-online = 온라인 신청은 { $languages }(으)로만 가능
start-here-also = 이 일에도 필요한 것(위 참조):
start-here-also-separator = { ", " }
start-here-home = 여기서 시작하세요: 다롄에서 투자하고 일하고 생활하기
description-start-here = { $title }: { $site } 외국인 독자가 자주 찾는 민원의 처리 기한, 수수료, 방문 장소.

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
search-corrected = “{ $query }”에 대한 결과를 표시합니다.
search-elsewhere = 다른 언어판에 결과가 있습니다:
search-from = 게시일(부터)
search-to = 게시일(까지)
search-skip-results = 검색 결과로 건너뛰기
search-fallback = 중국어 원문
search-error = 지금은 검색을 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.

## Attachments (附件) and the size of a file
attachments-heading = 첨부파일
attachment-meta = ({ $type }, { $size })
attachment-meta-source = ({ $type }, { $size }, 중국어)
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB

## The notice on a tentative or machine translation
notice-translation-tentative = 이 페이지는 잠정 번역으로 참고용입니다. 중국어 원문만 효력이 있습니다.
notice-translation-machine = 이 페이지는 기계 번역으로 검수를 거치지 않았습니다. 참고용이며 중국어 원문만 효력이 있습니다.

## "Last updated" on a page with an updated date
page-updated = 최종 수정:{" "}

## 연간 보고서
annual-report-title = { $year }년 정부정보공개 업무 연간 보고서
annual-report-section-overview = 1. 총괄 현황
annual-report-section-proactive = 2. 정부정보 자발적 공개 현황
annual-report-section-requests = 3. 정부정보공개 청구 접수 및 처리 현황
annual-report-section-reviews = 4. 정부정보공개 관련 행정심판·행정소송 현황
annual-report-section-problems = 5. 주요 문제 및 개선 현황
annual-report-section-other = 6. 기타 보고 사항
annual-report-article-20-1 = 제20조 제1호
annual-report-article-20-5 = 제20조 제5호
annual-report-article-20-6 = 제20조 제6호
annual-report-article-20-8 = 제20조 제8호
annual-report-content = 정보 내용
annual-report-made = 올해 제정 건수
annual-report-repealed = 올해 폐지 건수
annual-report-in-force = 현행 유효 건수
annual-report-decisions = 올해 처분 결정 건수
annual-report-fees-amount = 올해 징수 금액(단위: 만 위안)
annual-report-regulations = 규장
annual-report-normative-documents = 행정규범성 문서
annual-report-licences = 행정허가
annual-report-penalties = 행정처벌
annual-report-enforcement = 행정강제
annual-report-fees = 행정사업성 수수료
annual-report-requests-rule = (각 열에서 제1항과 제2항의 합은 제3항과 제4항의 합과 같음)
annual-report-applicants = 청구인 현황
annual-report-legal-persons = 법인 또는 기타 조직
annual-report-col-natural-person = 자연인
annual-report-col-business = 상업 기업
annual-report-col-research = 연구 기관
annual-report-col-public-interest = 사회공익 조직
annual-report-col-legal-services = 법률서비스 기관
annual-report-col-other-organisation = 기타
annual-report-col-total = 합계
annual-report-row-received = 1. 올해 신규 접수 정부정보공개 청구 건수
annual-report-row-carried_over = 2. 전년도 이월 청구 건수
annual-report-results = 3. 올해 처리 결과
annual-report-row-disclosed = (1) 공개
annual-report-row-partly_disclosed = (2) 부분 공개(분리 처리한 경우 이 항목에만 계상)
annual-report-group-withheld = (3) 비공개
annual-report-row-withheld_state_secret = 1. 국가기밀에 해당
annual-report-row-withheld_prohibited_by_law = 2. 기타 법률·행정법규상 공개 금지
annual-report-row-withheld_security_stability = 3. '3대 안전·1대 안정' 저해 우려
annual-report-row-withheld_third_party = 4. 제3자의 합법적 권익 보호
annual-report-row-withheld_internal_affairs = 5. 3종 내부 사무 정보에 해당
annual-report-row-withheld_process = 6. 4종 과정성 정보에 해당
annual-report-row-withheld_enforcement_file = 7. 행정집행 사건 기록에 해당
annual-report-row-withheld_query = 8. 행정 조회 사항에 해당
annual-report-group-unavailable = (4) 제공 불가
annual-report-row-unavailable_not_held = 1. 본 기관이 해당 정보를 보유하지 않음
annual-report-row-unavailable_needs_making = 2. 기존 정보가 없어 새로 작성해야 함
annual-report-row-unavailable_unclear = 3. 보정 후에도 청구 내용이 불명확함
annual-report-group-not-processed = (5) 처리하지 않음
annual-report-row-not_processed_petition = 1. 민원·신고·고충 성격의 청구
annual-report-row-not_processed_repeated = 2. 중복 청구
annual-report-row-not_processed_publication = 3. 공개 출판물 제공 요구
annual-report-row-not_processed_excessive = 4. 정당한 이유 없는 대량 반복 청구
annual-report-row-not_processed_confirmation = 5. 이미 취득한 정보의 확인 또는 재발급 요구
annual-report-group-other-handling = (6) 기타 처리
annual-report-row-other_overdue_correction = 1. 청구인이 정당한 이유 없이 기한 내 보정하지 않아 처리 종결
annual-report-row-other_overdue_fee = 2. 청구인이 기한 내 수수료를 납부하지 않아 처리 종결
annual-report-row-other_other = 3. 기타
annual-report-row-answered_total = (7) 합계
annual-report-row-carried_forward = 4. 다음 연도 이월 건수
annual-report-review = 행정심판
annual-report-lawsuit = 행정소송
annual-report-row-lawsuit_direct = 행정심판 없이 직접 제소
annual-report-row-lawsuit_after_review = 행정심판 후 제소
annual-report-col-upheld = 유지
annual-report-col-corrected = 시정
annual-report-col-other = 기타 결과
annual-report-col-pending = 미결
annual-report-computed = 규장과 행정규범성 문서의 건수는 이 사이트에 게시된 문서로 집계하였으며, 나머지 수치는 연간 보고서 데이터 파일에서 제공되고 검증되었습니다.
annual-report-text-in-chinese = 아래 본문은 중국어 원문입니다.
annual-report-link = 정부정보공개 업무 연간 보고서
annual-report-template = 「중화인민공화국 정부정보공개 업무 연간 보고서 양식」(국판공개판함〔2021〕30호)에 따라 작성.
description-annual-report = { $title }: { $site }가 국가 통일 양식으로 작성한 연간 보고서. 자발적 공개, 공개 청구와 처리, 행정심판·행정소송 현황.

## 용어집 페이지(외국어판)
footer-glossary = 공식 용어집
glossary-title = 공식 용어집
glossary-intro = 이 사이트의 번역문에서 쓰는 기관 명칭과 공식 용어의 통일 번역입니다. 번역문과 중국어 원문이 다를 경우 중국어 원문이 우선합니다.
glossary-caption = 공식 용어와 번역어
glossary-term = 중국어 용어
glossary-rendering = 번역어
glossary-note = 비고
glossary-variants = 다른 표기
glossary-variants-separator = { ", " }
description-glossary = { $title }: { $site }이(가) 기관 명칭과 공식 용어를 한국어로 옮기는 방식.
