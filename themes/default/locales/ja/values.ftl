# 列挙値の表示ラベル（テーマ分類、公文書の種類、公開目録、手続案内の項目など）―日本語

## テーマ分類
topic-state-council-bodies = 国務院組織機構
topic-general-affairs = 政務全般
topic-economy-state-assets = 国民経済管理・国有資産監督
topic-finance-audit = 財政・金融・監査
topic-land-energy = 国土資源・エネルギー
topic-agriculture-forestry-water = 農業・林業・水利
topic-industry-transport = 工業・交通
topic-commerce-customs-tourism = 商業貿易・税関・観光
topic-market-safety-regulation = 市場監督・安全生産監督
topic-construction-environment = 都市農村建設・環境保護
topic-science-education = 科学技術・教育
topic-culture-media = 文化・放送・報道出版
topic-health-sports = 保健衛生・スポーツ
topic-population-women-children = 人口・家族計画・女性児童
topic-labour-personnel = 労働・人事・監察
topic-security-justice = 公安・国家安全・司法
topic-civil-affairs-relief = 民生・貧困対策・災害救助
topic-ethnic-religious-affairs = 民族・宗教
topic-foreign-affairs = 対外事務
topic-hk-macao-taiwan-overseas = 香港・マカオ・台湾・華僑
topic-national-defence = 国防
topic-other = その他

## 公文書の種類
genre-resolution = 決議
genre-decision = 決定
genre-order = 命令
genre-communique = 公報
genre-announcement = 公告
genre-public-notice = 告示
genre-opinion = 意見
genre-notice = 通知
genre-circular = 通報
genre-report = 報告
genre-request = 伺い
genre-reply = 回答
genre-motion = 議案
genre-letter = 書簡
genre-minutes = 会議要録
genre-normative-document = 規範性文書
genre-plan = 計画
genre-interpretation = 政策解説

## 公開目録
catalog-policy-documents = 政策文書
catalog-plans = 計画
catalog-personnel = 人事情報
catalog-finance = 財政資金
catalog-notices = お知らせ・公告
catalog-interpretations = 政策解説
catalog-statistics = 統計情報
catalog-emergency = 危機管理
catalog-procurement = 政府調達
catalog-reports = 活動報告

## 公開方法
disclosure-proactive = 自主的公開
disclosure-on-request = 請求による公開

## 効力
validity-in-force = 有効
validity-expired = 失効
validity-repealed = 廃止

## 事項の種類
item-type-administrative-licensing = 行政許可
item-type-administrative-confirmation = 行政確認
item-type-administrative-adjudication = 行政裁決
item-type-administrative-payment = 行政給付
item-type-administrative-award = 行政表彰
item-type-administrative-filing = 行政届出
item-type-other-administrative-power = その他の行政権限
item-type-public-service = 公共サービス

## 行政レベル
level-national = 国家級
level-provincial = 省級
level-municipal = 市級
level-county = 県級
level-township = 郷鎮級
level-village = 村級

## 対象者
applicant-natural-person = 自然人
applicant-enterprise = 企業法人
applicant-institution = 事業単位法人
applicant-social-organization = 社会組織法人
applicant-unincorporated = 非法人企業
applicant-government = 行政機関
applicant-other = その他の組織

## 処理区分
case-type-immediate = 即時処理
case-type-promised = 期限確約処理

## 処理期限
limit-unit-working = { $days }開庁日
limit-unit-calendar = { $days }暦日

## 申請書類：原本・写し
material-kind-original = 原本
material-kind-copy = 写し
material-kind-original-and-copy = 原本及び写し

## 申請書類：形式
material-form-paper = 書面
material-form-electronic = 電子
material-form-either = 書面又は電子

## 申請書類：要否
material-required-required = 必須
material-required-optional = 任意
material-required-deferrable = 後日提出可

## 申請書類：入手先
material-source-applicant = 申請者が用意
material-source-government = 行政機関が発行
material-source-other = その他

## Translation status (translation = …)
translation-reviewed = 確認済みの翻訳
translation-tentative = 暫定訳
translation-machine = 機械翻訳

## A record before its effective day
validity-pending = { $date }施行

interpretation-kind-text = 文章による解説
interpretation-kind-graphic = 図解
interpretation-kind-video = 動画による解説
interpretation-kind-qa = Q&A
