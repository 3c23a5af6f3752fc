# 默认主题的界面文字（简体中文）
language-name = 中文
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
search-error = 搜索暂时无法使用，请稍后再试。
