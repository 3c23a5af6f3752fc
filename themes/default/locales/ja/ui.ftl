# デフォルトテーマのインターフェース文言（日本語）
language-name = 日本語
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = 中国語
language-name-en = 英語
language-name-ja = 日本語
language-name-ko = 韓国語
language-name-ru = ロシア語
language-name-es = スペイン語
skip-to-content = 本文へスキップ
language-switcher = 言語
switcher-fallback = 未翻訳のため中国語の原文を表示
nav-main = メインメニュー
nav-home = ホーム
nav-disclosure = 政府情報公開
nav-services = 各種手続
breadcrumbs = 現在位置

## お知らせ
notice-fallback = このページはまだ日本語に翻訳されていません。以下は中国語の原文です。
notice-fallback-link = 中国語のページを見る
notice-authority = この翻訳は参考として提供するものです。内容に相違がある場合は、中国語の原文が優先します。
notice-authority-link = 中国語の原文
notice-stale = この翻訳の作成後に中国語の原文が更新されました。翻訳は最新の内容を反映していない可能性があります。
notice-stale-link = 最新の中国語原文を見る

## フッター
footer-badge = 党・政府機関ウェブサイト標識
footer-badge-short = 政府
footer-organiser = 運営機関
footer-address = 所在地
footer-phone = 電話番号
footer-email = メールアドレス
footer-site-code = ウェブサイト識別コード
footer-report-error = 政府ウェブサイトの誤りを報告

## トップページ
home-latest = 新着の公開情報
home-all-disclosure = 政府情報公開目録をすべて見る
home-services = 各種手続
home-all-services = 手続案内をすべて見る
home-sections = コンテンツ一覧

## 公開情報
catalogue-caption = 政府情報公開目録（公開日の新しい順）
record-meta-caption = 公開情報の索引
record-index-no = 索引番号
record-topic = テーマ分類
record-agency = 発行機関
record-written = 作成日
record-title = 件名
record-doc-no = 文書番号
record-published = 公開日
record-genre = 文書の種類
record-catalog = 公開目録
record-validity = 効力
record-disclosure = 公開方法
record-effective = 施行日
record-keywords = キーワード
record-superseded-by = 本文書は次の文書に置き換えられました：
record-supersedes = 本文書が置き換える文書
record-interpretations = 政策解説
record-interprets = この解説（{ $kind }）の対象文書：

## 手続案内
guide-promised-limit = 確約処理期限
guide-legal-limit = 法定処理期限
guide-visits = 窓口への来庁回数
guide-visits-count = { $count ->
    [0] 来庁不要（全てオンラインで完結）
   *[other] { $count }回以内
}
guide-fee = 手数料の有無
guide-fee-charged = 有料（手数料基準を参照）
guide-fee-free = 無料
guide-agency = 実施機関
guide-case-type = 処理区分
guide-apply-online = オンラインで申請する
guide-who = 受付要件
guide-applicants = 対象者
guide-materials = 申請書類
material-name = 書類名
material-required = 要否
material-kind = 形式
material-copies = 部数
material-source = 入手先
material-blank-form = 様式をダウンロード
guide-steps = 手続の流れ
guide-where = 受付場所・受付時間
guide-place = 受付場所
guide-hours = 受付時間
guide-delivery = 郵送
guide-delivery-yes = 郵送による交付に対応
guide-fees = 手数料基準
fee-name = 項目
fee-standard = 金額
fee-basis = 根拠
guide-contact = お問い合わせ・苦情
guide-phone = お問い合わせ電話番号
guide-complaint = 苦情受付
guide-online = オンライン申請先
guide-about = 手続の説明
guide-faq = よくある質問
guide-details = 手続情報
guide-legal-basis = 根拠法令
guide-result = 審査結果
guide-item-type = 事項の種類
guide-level = 行政レベル
guide-sectors = 分野
guide-life-events = ライフイベント
guide-catalog-code = 基本コード
guide-task-code = 実施コード

## 404
notfound-title = ページが見つかりません
notfound-text = お探しのページは存在しないか、削除された可能性があります。アドレスをご確認いただくか、ホームページまたは政府情報公開目録からお探しください。
notfound-home = ホームページへ

## 閲覧とページ
browse-by = 分類から探す
browse-all = すべて
pagination = ページ
pagination-prev = 前へ
pagination-next = 次へ
page-status = { $pages }ページ中 { $page }ページ目
listing-page-title = { $title }（{ $page }ページ目）
feed-subscribe = この一覧を購読（Atom）
disclosure-more = 情報公開のその他の内容
taxonomy-topics = テーマ別
taxonomy-agencies = 機関別
taxonomy-genres = 文書の種類別
taxonomy-catalogs = 公開目録の区分別
taxonomy-years = 年別
taxonomy-sectors = 分野別の手続き
taxonomy-life-events = ライフイベント別の手続き

## 年次統計
statistics-title = 情報公開の統計
statistics-year-title = { $year }年の自主公開の状況
statistics-intro = 以下の数値は本サイトで公開している政府情報の目録から自動集計したもので、政府情報公開年次報告の作成に用います。
statistics-issued = 本年の発布
statistics-repealed = 本年の廃止・失効
statistics-in-force = 年末時点で有効
statistics-by-genre = 文書の種類別
statistics-by-agency = 発布機関別
statistics-by-topic = テーマ別
statistics-by-year = 年別の推移
statistics-year = 年
statistics-no-genre = 種類の記載なし
statistics-note = 年末時点で有効な件数 = 前年末の有効件数 + 本年の発布件数 − 本年の廃止・失効件数。

## 申請による公開
on-request-title = 政府情報の公開申請の案内
on-request-intro = 市民、法人その他の組織は、自主公開されていない政府情報の提供を本機関に申請することができます。
on-request-limit = 回答期限
on-request-limit-value = 20業務日
on-request-extension = 期限の延長
on-request-extension-value = 責任者の承認により、最長20業務日まで延長
on-request-fee-value = 原則として無料
on-request-office = 受付機関
on-request-apply-online = オンラインで申請する
on-request-channels = 申請方法
on-request-channel-online = オンライン申請
on-request-channel-post = 郵送による申請
on-request-channel-in-person = 窓口での申請
on-request-form = 公開申請書をダウンロード
on-request-contents = 申請に記載する事項
on-request-contents-text = 申請者の氏名または名称、身分証明、連絡先；公開を求める情報の名称、文書番号その他特定に資する記述；情報の提供形式と受け取り方法。
on-request-flow = 手続きの流れ
on-request-step-submit = 申請
on-request-step-submit-text = 上記いずれかの方法で書面により申請します。内容が不明確な場合は、補正が必要な事項を一度にお知らせします。
on-request-step-register = 受付
on-request-step-register-text = 申請を受け取った日が受付日です。補正した場合は補正を受け取った日が受付日となります。
on-request-step-answer = 回答
on-request-step-answer-text = その場で回答できるものはその場で、それ以外は受付日から20業務日以内に回答します。
on-request-step-extend = 延長
on-request-step-extend-text = 期限の延長が必要な場合は、責任者の承認を得て申請者に通知し、最長20業務日延長します。
on-request-step-remedy = 救済手続き
on-request-step-remedy-text = 合法的な権利が侵害されたと考える場合は、法に基づき行政不服審査を申し立てるか、行政訴訟を提起できます。
on-request-basis = 根拠：「中華人民共和国政府情報公開条例」（2019年改正）第27条から第33条。

## サイトマップ
sitemap-title = サイトマップ
sitemap-indexes = 分類索引
footer-sitemap = サイトマップ

## 高齢者向け
reading-tools = 読みやすさの設定
reading-large-text = 文字を大きく
reading-high-contrast = ハイコントラスト
reading-big-cursor = 大きいカーソル
reading-read-aloud = 読み上げ
menu-open = メニュー
menu-close = メニューを閉じる
print-url = このページのアドレス
print-date = 印刷日
table-scroll-hint = 表が画面より広いため、左右にスクロールしてすべての列をご覧ください。
notfound-catalogue = 政府情報公開目録を見る
guide-online-note = オンライン申請システムは{ $languages }のみです。
list-separator = 、
guide-online-only = { $languages }のみ
statistics-total = 合計
description-listing = { $site }の「{ $title }」：この見出しに掲載された公開情報、手続き案内、ページを新しい順に一覧にしています。
description-index = { $site }の「{ $title }」：すべての分類と各分類の件数。
description-statistics = { $title }：{ $site }に掲載された情報から数えた、本年の発布・廃止・有効な文書の件数。
description-on-request = 公開されていない政府情報を{ $site }に請求する方法：窓口、請求の内容、回答期限。
description-sitemap = { $site }のすべてのセクションと索引。
description-search = { $site }の公開情報、手続き案内、ページを検索します。
description-notfound = お探しのページは{ $site }にありません。
description-page = { $site }：{ $title }。
start-here-title = はじめに：外国人投資家・在住外国人向けの手続き
start-here-intro = 外国人投資家や在住外国人がよく利用する手続きを、所要期間、手数料、窓口とともにまとめました。各項目から手続き案内の全文へ進めます。
start-here-tasks = このページの手続き
start-here-where = 窓口
start-here-online = オンライン申請は{ $languages }のみ
start-here-also = この手続きにも必要なもの（上記参照）：
start-here-also-separator = 、
start-here-home = はじめに：大連での投資・就労・生活
description-start-here = { $title }：{ $site }の外国人読者がよく利用する手続きの所要期間、手数料、窓口。

search-title = サイト内検索
search-label = サイト内を検索
search-submit = 検索
search-filters = 結果の絞り込み
search-all = すべて
search-kind = 種類
search-kind-record = 情報公開
search-kind-guide = 手続き案内
search-kind-page = その他のページ
search-agency = 発行機関
search-topic = 分類
search-year = 年
search-validity = 有効性
search-sort = 並べ替え
search-sort-relevance = 関連度順
search-sort-date = 新しい順
search-count = { $count } 件見つかりました
search-more = さらに表示
search-none = 該当する結果はありません。別の言葉でお試しください。
search-corrected = 「{ $query }」の検索結果を表示しています。
search-elsewhere = 他の言語版に結果があります：
search-from = 公開日（から）
search-to = 公開日（まで）
search-skip-results = 検索結果へ移動
search-fallback = 中国語の原文
search-error = 現在、検索をご利用いただけません。しばらくしてから再度お試しください。

## Attachments (附件) and the size of a file
attachments-heading = 添付ファイル
attachment-meta = （{ $type }、{ $size }）
attachment-meta-source = （{ $type }、{ $size }、中国語）
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB

## The notice on a tentative or machine translation
notice-translation-tentative = このページは暫定訳であり、参考として提供するものです。正文は中国語の原文のみです。
notice-translation-machine = このページは機械翻訳によるもので、確認を経ていません。参考としてご利用ください。正文は中国語の原文のみです。

## "Last updated" on a page with an updated date
page-updated = 最終更新：

## 年度報告
annual-report-title = { $year }年政府情報公開業務年度報告
annual-report-section-overview = 一、全体状況
annual-report-section-proactive = 二、政府情報の自主的公開の状況
annual-report-section-requests = 三、政府情報公開請求の受付・処理状況
annual-report-section-reviews = 四、政府情報公開に関する行政不服審査・行政訴訟の状況
annual-report-section-problems = 五、主な問題と改善の状況
annual-report-section-other = 六、その他報告すべき事項
annual-report-article-20-1 = 第20条第1号
annual-report-article-20-5 = 第20条第5号
annual-report-article-20-6 = 第20条第6号
annual-report-article-20-8 = 第20条第8号
annual-report-content = 情報の内容
annual-report-made = 本年制定件数
annual-report-repealed = 本年廃止件数
annual-report-in-force = 現行有効件数
annual-report-decisions = 本年処分決定件数
annual-report-fees-amount = 本年徴収額（単位：万元）
annual-report-regulations = 規章
annual-report-normative-documents = 行政規範性文書
annual-report-licences = 行政許可
annual-report-penalties = 行政処罰
annual-report-enforcement = 行政強制
annual-report-fees = 行政事業性料金
annual-report-requests-rule = （各列において、第一項と第二項の和は第三項と第四項の和に等しい）
annual-report-applicants = 請求者の状況
annual-report-legal-persons = 法人その他の組織
annual-report-col-natural-person = 自然人
annual-report-col-business = 商業企業
annual-report-col-research = 研究機関
annual-report-col-public-interest = 社会公益組織
annual-report-col-legal-services = 法律サービス機関
annual-report-col-other-organisation = その他
annual-report-col-total = 合計
annual-report-row-received = 一、本年新規受付の政府情報公開請求件数
annual-report-row-carried_over = 二、前年からの繰越件数
annual-report-results = 三、本年度の処理結果
annual-report-row-disclosed = （一）公開
annual-report-row-partly_disclosed = （二）部分公開（分離処理したものはこの項目のみに計上）
annual-report-group-withheld = （三）非公開
annual-report-row-withheld_state_secret = 1.国家秘密に該当
annual-report-row-withheld_prohibited_by_law = 2.その他の法律・行政法規により公開禁止
annual-report-row-withheld_security_stability = 3.「三つの安全と一つの安定」を損なうおそれ
annual-report-row-withheld_third_party = 4.第三者の合法的権益の保護
annual-report-row-withheld_internal_affairs = 5.三種類の内部事務情報に該当
annual-report-row-withheld_process = 6.四種類の過程情報に該当
annual-report-row-withheld_enforcement_file = 7.行政法執行の案件記録に該当
annual-report-row-withheld_query = 8.行政照会事項に該当
annual-report-group-unavailable = （四）提供不能
annual-report-row-unavailable_not_held = 1.本機関が当該情報を保有していない
annual-report-row-unavailable_needs_making = 2.既存の情報がなく新たな作成が必要
annual-report-row-unavailable_unclear = 3.補正後も請求内容が不明確
annual-report-group-not-processed = （五）不処理
annual-report-row-not_processed_petition = 1.陳情・通報・苦情に該当する請求
annual-report-row-not_processed_repeated = 2.重複請求
annual-report-row-not_processed_publication = 3.公開出版物の提供要求
annual-report-row-not_processed_excessive = 4.正当な理由のない大量の反復請求
annual-report-row-not_processed_confirmation = 5.取得済み情報の確認・再発行の要求
annual-report-group-other-handling = （六）その他の処理
annual-report-row-other_overdue_correction = 1.請求者が正当な理由なく期限までに補正せず、処理を終了
annual-report-row-other_overdue_fee = 2.請求者が期限までに料金を納付せず、処理を終了
annual-report-row-other_other = 3.その他
annual-report-row-answered_total = （七）合計
annual-report-row-carried_forward = 四、翌年度への繰越件数
annual-report-review = 行政不服審査
annual-report-lawsuit = 行政訴訟
annual-report-row-lawsuit_direct = 不服審査を経ない直接提訴
annual-report-row-lawsuit_after_review = 不服審査後の提訴
annual-report-col-upheld = 維持
annual-report-col-corrected = 是正
annual-report-col-other = その他の結果
annual-report-col-pending = 未結
annual-report-computed = 規章と行政規範性文書の件数は本サイトに掲載された文書から集計し、その他の数値は年度報告データファイルにより提供され検証されています。
annual-report-text-in-chinese = 以下の本文は中国語の原文です。
annual-report-link = 政府情報公開業務年度報告
annual-report-template = 「中華人民共和国政府情報公開業務年度報告様式」（国弁公開弁函〔2021〕30号）に基づき作成。
description-annual-report = { $title }：{ $site }が全国統一様式で作成した年度報告。自主的公開、公開請求とその処理、行政不服審査・行政訴訟の状況。

## 用語集ページ（外国語版）
footer-glossary = 公式用語集
glossary-title = 公式用語集
glossary-intro = 本サイトの翻訳で用いる機関名および公式用語の統一訳です。翻訳と中国語原文とが異なる場合は、中国語原文が優先します。
glossary-caption = 公式用語とその訳語
glossary-term = 中国語の用語
glossary-rendering = 訳語
glossary-note = 備考
glossary-variants = 別表記
glossary-variants-separator = 、
description-glossary = { $title }：{ $site }が機関名と公式用語を日本語でどう訳しているか。
