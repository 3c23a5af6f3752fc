# 默认主题的界面文字（简体中文）
language-name = 中文
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = 中文
language-name-en = 英文
language-name-ja = 日文
language-name-ko = 韩文
language-name-ru = 俄文
language-name-es = 西班牙文
skip-to-content = 跳到正文
language-switcher = 语言
switcher-fallback = 该语言暂无译文，显示中文原文
nav-main = 主导航
nav-home = 首页
nav-disclosure = 政府信息公开
nav-services = 办事服务
breadcrumbs = 当前位置

## 提示
notice-fallback = 本页暂无当前语言版本，以下为中文原文。
notice-fallback-link = 查看中文页面
notice-authority = 本译文仅供参考，如有歧义，以中文原文为准。
notice-authority-link = 中文原文
notice-stale = 本页译文依据的中文原文已更新，译文可能未反映最新内容。
notice-stale-link = 查看最新中文原文

## 页脚
footer-badge = 党政机关网站标识
footer-badge-short = 党政机关
footer-organiser = 主办单位
footer-address = 地址
footer-phone = 电话
footer-email = 电子邮箱
footer-site-code = 网站标识码
footer-report-error = 政府网站找错

## 首页
home-latest = 最新公开
home-all-disclosure = 查看全部政府信息公开目录
home-services = 办事服务
home-all-services = 查看全部办事指南
home-sections = 栏目导航

## 公开信息
catalogue-caption = 政府信息公开目录，按发布日期由新到旧排列
record-meta-caption = 公开信息索引
record-index-no = 索引号
record-topic = 主题分类
record-agency = 发布机构
record-written = 成文日期
record-title = 标题
record-doc-no = 文号
record-published = 发布日期
record-genre = 体裁
record-catalog = 公开目录
record-validity = 有效性
record-disclosure = 公开方式
record-effective = 生效日期
record-keywords = 主题词
record-superseded-by = 本文件已被以下文件替代：
record-supersedes = 本文件替代
record-interpretations = 政策解读
record-interprets = 本{ $kind }对应的政策文件：

## 办事指南
guide-promised-limit = 承诺办结时限
guide-legal-limit = 法定办结时限
guide-visits = 到办事现场次数
guide-visits-count = { $count ->
    [0] 零跑动（全程网办）
   *[other] 最多跑 { $count } 次
}
guide-fee = 是否收费
guide-fee-charged = 收费（见收费标准）
guide-fee-free = 不收费
guide-agency = 实施主体
guide-case-type = 办件类型
guide-apply-online = 在线办理
guide-who = 受理条件
guide-applicants = 服务对象
guide-materials = 申请材料
material-name = 材料名称
material-required = 是否必要
material-kind = 材料形式
material-copies = 份数
material-source = 来源
material-blank-form = 下载空白表格
guide-steps = 办理流程
guide-where = 办理地点和时间
guide-place = 办理地点
guide-hours = 办理时间
guide-delivery = 物流快递
guide-delivery-yes = 支持邮寄送达
guide-fees = 收费标准
fee-name = 收费项目
fee-standard = 收费标准
fee-basis = 收费依据
guide-contact = 咨询与监督
guide-phone = 咨询电话
guide-complaint = 监督投诉
guide-online = 网办地址
guide-about = 事项说明
guide-faq = 常见问题
guide-details = 事项信息
guide-legal-basis = 设定依据
guide-result = 审批结果
guide-item-type = 事项类型
guide-level = 行使层级
guide-sectors = 领域
guide-life-events = 情景导航
guide-catalog-code = 基本编码
guide-task-code = 实施编码

## 404
notfound-title = 页面未找到
notfound-text = 您访问的页面不存在或已被移除。请检查网址，或从首页、政府信息公开目录查找所需信息。
notfound-home = 返回首页

## 浏览与分页
browse-by = 分类浏览
browse-all = 全部
pagination = 分页
pagination-prev = 上一页
pagination-next = 下一页
page-status = 第 { $page } 页，共 { $pages } 页
listing-page-title = { $title }（第 { $page } 页）
feed-subscribe = 订阅本栏目（Atom）
disclosure-more = 更多公开内容
taxonomy-topics = 主题分类
taxonomy-agencies = 机构分类
taxonomy-genres = 体裁分类
taxonomy-catalogs = 公开目录分类
taxonomy-years = 年度分类
taxonomy-sectors = 按领域办事
taxonomy-life-events = 情景导航

## 年度统计
statistics-title = 政府信息公开统计
statistics-year-title = { $year }年政府信息主动公开情况
statistics-intro = 以下数据由本网站公开的政府信息目录自动统计，供编制政府信息公开工作年度报告使用。
statistics-issued = 本年发布
statistics-repealed = 本年废止（失效）
statistics-in-force = 年末有效
statistics-by-genre = 按体裁统计
statistics-by-agency = 按发布机构统计
statistics-by-topic = 按主题统计
statistics-by-year = 历年统计
statistics-year = 年度
statistics-no-genre = 未标注体裁
statistics-note = 年末有效件数 = 上年末有效件数 + 本年发布件数 − 本年废止（失效）件数。

## 依申请公开
on-request-title = 依申请公开指南
on-request-intro = 公民、法人或者其他组织可以向本机关申请获取未主动公开的政府信息。
on-request-limit = 答复时限
on-request-limit-value = 20个工作日
on-request-extension = 延期答复
on-request-extension-value = 经负责人同意可延长，延长期限最长不超过20个工作日
on-request-fee-value = 一般不收取费用
on-request-office = 受理机构
on-request-apply-online = 在线提交申请
on-request-channels = 申请渠道
on-request-channel-online = 网上申请
on-request-channel-post = 信函申请
on-request-channel-in-person = 当面申请
on-request-form = 下载政府信息公开申请表
on-request-contents = 申请内容
on-request-contents-text = 申请应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。
on-request-flow = 办理流程
on-request-step-submit = 提出申请
on-request-step-submit-text = 通过上述任一渠道提交书面申请。申请内容不明确的，受理机构将一次性告知需要补正的事项。
on-request-step-register = 登记受理
on-request-step-register-text = 收到申请之日为受理日；补正申请的，以收到补正申请之日为准。
on-request-step-answer = 作出答复
on-request-step-answer-text = 能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。
on-request-step-extend = 延期答复
on-request-step-extend-text = 需要延长答复期限的，经负责人同意并告知申请人，延长期限最长不超过20个工作日。
on-request-step-remedy = 救济途径
on-request-step-remedy-text = 申请人认为行政机关侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。
on-request-basis = 依据：《中华人民共和国政府信息公开条例》（2019年修订）第二十七条至第三十三条。

## 网站地图
sitemap-title = 网站地图
sitemap-indexes = 分类索引
footer-sitemap = 网站地图

## 适老化
reading-tools = 阅读辅助
reading-large-text = 大字
reading-high-contrast = 高对比度
reading-big-cursor = 大鼠标
reading-read-aloud = 朗读
menu-open = 菜单
menu-close = 关闭菜单
print-url = 本页网址
print-date = 打印日期
table-scroll-hint = 表格宽于屏幕，请左右滑动查看全部列。
notfound-catalogue = 浏览政府信息公开目录
guide-online-note = 网上办理系统仅提供{ $languages }。
list-separator = 、
guide-online-only = 仅提供{ $languages }
statistics-total = 合计
description-listing = { $site }“{ $title }”栏目：本栏目下的政府信息、办事指南和页面，按发布时间排列。
description-index = { $site }“{ $title }”：全部分类及各分类下的信息数量。
description-statistics = { $title }：根据{ $site }发布的信息统计的本年发布、废止和现行有效文件数量。
description-on-request = 向{ $site }申请公开未主动公开的政府信息：申请渠道、申请内容和答复时限。
description-sitemap = { $site }全部栏目和索引。
description-search = 搜索{ $site }的政府信息公开目录、办事指南和页面。
description-notfound = 您访问的页面不在{ $site }上。
description-page = { $site }：{ $title }。
start-here-title = 从这里开始：外国投资者和外籍人士办事指引
start-here-intro = 外国投资者和外籍人士最常办理的事项，列明办理时限、收费和办理地点，并链接到完整的办事指南。
start-here-tasks = 本页事项
start-here-where = 办理地点
start-here-online = 网上办理仅提供{ $languages }
start-here-also = 办理本事项还需要（见上文）：
start-here-also-separator = ；
start-here-home = 从这里开始：在大连投资、工作和生活
description-start-here = { $title }：{ $site }外籍读者常办事项的办理时限、收费和办理地点。

search-title = 站内搜索
search-label = 搜索本站
search-submit = 搜索
search-filters = 筛选结果
search-all = 全部
search-kind = 类型
search-kind-record = 政府信息公开
search-kind-guide = 办事指南
search-kind-page = 其他页面
search-agency = 发布机构
search-topic = 主题分类
search-year = 年份
search-validity = 有效性
search-sort = 排序
search-sort-relevance = 按相关度
search-sort-date = 按发布日期
search-count = 共找到 { $count } 条结果
search-more = 显示更多结果
search-none = 没有找到相关结果，请换个词试试。
search-corrected = 以下是“{ $query }”的搜索结果。
search-elsewhere = 其他语言版本中有结果：
search-from = 发布日期起
search-to = 发布日期止
search-skip-results = 跳到搜索结果
search-fallback = 中文原文
search-error = 搜索暂时无法使用，请稍后再试。

## Attachments (附件) and the size of a file
attachments-heading = 附件
attachment-meta = （{ $type }，{ $size }）
attachment-meta-source = （{ $type }，{ $size }，中文）
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB

## The notice on a tentative or machine translation
notice-translation-tentative = 本页为暂定译文，仅供参考，以中文原文为准。
notice-translation-machine = 本页为机器翻译，未经人工审校，仅供参考，以中文原文为准。

## "Last updated" on a page with an updated date
page-updated = 最后更新：

## 政府信息公开工作年度报告
annual-report-title = { $year }年政府信息公开工作年度报告
annual-report-section-overview = 一、总体情况
annual-report-section-proactive = 二、主动公开政府信息情况
annual-report-section-requests = 三、收到和处理政府信息公开申请情况
annual-report-section-reviews = 四、政府信息公开行政复议、行政诉讼情况
annual-report-section-problems = 五、存在的主要问题及改进情况
annual-report-section-other = 六、其他需要报告的事项
annual-report-article-20-1 = 第二十条第（一）项
annual-report-article-20-5 = 第二十条第（五）项
annual-report-article-20-6 = 第二十条第（六）项
annual-report-article-20-8 = 第二十条第（八）项
annual-report-content = 信息内容
annual-report-made = 本年制发件数
annual-report-repealed = 本年废止件数
annual-report-in-force = 现行有效件数
annual-report-decisions = 本年处理决定数量
annual-report-fees-amount = 本年收费金额（单位：万元）
annual-report-regulations = 规章
annual-report-normative-documents = 行政规范性文件
annual-report-licences = 行政许可
annual-report-penalties = 行政处罚
annual-report-enforcement = 行政强制
annual-report-fees = 行政事业性收费
annual-report-requests-rule = （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
annual-report-applicants = 申请人情况
annual-report-legal-persons = 法人或其他组织
annual-report-col-natural-person = 自然人
annual-report-col-business = 商业企业
annual-report-col-research = 科研机构
annual-report-col-public-interest = 社会公益组织
annual-report-col-legal-services = 法律服务机构
annual-report-col-other-organisation = 其他
annual-report-col-total = 总计
annual-report-row-received = 一、本年新收政府信息公开申请数量
annual-report-row-carried_over = 二、上年结转政府信息公开申请数量
annual-report-results = 三、本年度办理结果
annual-report-row-disclosed = （一）予以公开
annual-report-row-partly_disclosed = （二）部分公开（区分处理的，只计这一情形，不计其他情形）
annual-report-group-withheld = （三）不予公开
annual-report-row-withheld_state_secret = 1.属于国家秘密
annual-report-row-withheld_prohibited_by_law = 2.其他法律行政法规禁止公开
annual-report-row-withheld_security_stability = 3.危及“三安全一稳定”
annual-report-row-withheld_third_party = 4.保护第三方合法权益
annual-report-row-withheld_internal_affairs = 5.属于三类内部事务信息
annual-report-row-withheld_process = 6.属于四类过程性信息
annual-report-row-withheld_enforcement_file = 7.属于行政执法案卷
annual-report-row-withheld_query = 8.属于行政查询事项
annual-report-group-unavailable = （四）无法提供
annual-report-row-unavailable_not_held = 1.本机关不掌握相关政府信息
annual-report-row-unavailable_needs_making = 2.没有现成信息需要另行制作
annual-report-row-unavailable_unclear = 3.补正后申请内容仍不明确
annual-report-group-not-processed = （五）不予处理
annual-report-row-not_processed_petition = 1.信访举报投诉类申请
annual-report-row-not_processed_repeated = 2.重复申请
annual-report-row-not_processed_publication = 3.要求提供公开出版物
annual-report-row-not_processed_excessive = 4.无正当理由大量反复申请
annual-report-row-not_processed_confirmation = 5.要求行政机关确认或重新出具已获取信息
annual-report-group-other-handling = （六）其他处理
annual-report-row-other_overdue_correction = 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
annual-report-row-other_overdue_fee = 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
annual-report-row-other_other = 3.其他
annual-report-row-answered_total = （七）总计
annual-report-row-carried_forward = 四、结转下年度继续办理
annual-report-review = 行政复议
annual-report-lawsuit = 行政诉讼
annual-report-row-lawsuit_direct = 未经复议直接起诉
annual-report-row-lawsuit_after_review = 复议后起诉
annual-report-col-upheld = 结果维持
annual-report-col-corrected = 结果纠正
annual-report-col-other = 其他结果
annual-report-col-pending = 尚未审结
annual-report-computed = 规章和行政规范性文件的件数由本网站发布的文件统计生成，其余数据由年度报告数据文件提供并经校验。
annual-report-text-in-chinese = 以下文字部分为中文原文。
annual-report-link = 政府信息公开工作年度报告
annual-report-template = 按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。
description-annual-report = { $title }：{ $site }按国家统一格式编制的政府信息公开工作年度报告，含主动公开、依申请公开和行政复议、行政诉讼情况。

## 术语表页面（外文版）
footer-glossary = 术语统一译法
glossary-title = 术语统一译法
glossary-intro = 本站译文中机构名称和政府术语的统一译法。译文与中文原文不一致时，以中文原文为准。
glossary-caption = 政府术语及其译法
glossary-term = 中文术语
glossary-rendering = 译法
glossary-note = 说明
glossary-variants = 其他写法
glossary-variants-separator = ；
description-glossary = { $title }：{ $site }译文中机构名称和政府术语的统一译法。
