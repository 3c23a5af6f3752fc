# デフォルトテーマのインターフェース文言（日本語）
language-name = 日本語
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
search-error = 現在、検索をご利用いただけません。しばらくしてから再度お試しください。
