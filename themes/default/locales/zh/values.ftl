# 枚举值的显示标签（主题分类、公文种类、公开目录、办事指南字段等）——中文

## 主题分类
topic-state-council-bodies = 国务院组织机构
topic-general-affairs = 综合政务
topic-economy-state-assets = 国民经济管理、国有资产监管
topic-finance-audit = 财政、金融、审计
topic-land-energy = 国土资源、能源
topic-agriculture-forestry-water = 农业、林业、水利
topic-industry-transport = 工业、交通
topic-commerce-customs-tourism = 商贸、海关、旅游
topic-market-safety-regulation = 市场监管、安全生产监管
topic-construction-environment = 城乡建设、环境保护
topic-science-education = 科技、教育
topic-culture-media = 文化、广电、新闻出版
topic-health-sports = 卫生、体育
topic-population-women-children = 人口与计划生育、妇女儿童工作
topic-labour-personnel = 劳动、人事、监察
topic-security-justice = 公安、安全、司法
topic-civil-affairs-relief = 民政、扶贫、救灾
topic-ethnic-religious-affairs = 民族、宗教
topic-foreign-affairs = 对外事务
topic-hk-macao-taiwan-overseas = 港澳台侨工作
topic-national-defence = 国防
topic-other = 其他

## 公文种类
genre-resolution = 决议
genre-decision = 决定
genre-order = 命令（令）
genre-communique = 公报
genre-announcement = 公告
genre-public-notice = 通告
genre-opinion = 意见
genre-notice = 通知
genre-circular = 通报
genre-report = 报告
genre-request = 请示
genre-reply = 批复
genre-motion = 议案
genre-letter = 函
genre-minutes = 纪要
genre-normative-document = 规范性文件
genre-plan = 规划
genre-interpretation = 解读

## 公开目录
catalog-policy-documents = 政策文件
catalog-plans = 规划计划
catalog-personnel = 人事信息
catalog-finance = 财政资金
catalog-notices = 通知公告
catalog-interpretations = 政策解读
catalog-statistics = 统计信息
catalog-emergency = 应急管理
catalog-procurement = 政府采购
catalog-reports = 工作报告

## 公开方式
disclosure-proactive = 主动公开
disclosure-on-request = 依申请公开

## 有效性
validity-in-force = 有效
validity-expired = 失效
validity-repealed = 废止

## 事项类型
item-type-administrative-licensing = 行政许可
item-type-administrative-confirmation = 行政确认
item-type-administrative-adjudication = 行政裁决
item-type-administrative-payment = 行政给付
item-type-administrative-award = 行政奖励
item-type-administrative-filing = 行政备案
item-type-other-administrative-power = 其他行政权力
item-type-public-service = 公共服务

## 行使层级
level-national = 国家级
level-provincial = 省级
level-municipal = 市级
level-county = 县级
level-township = 镇级
level-village = 村级

## 服务对象
applicant-natural-person = 自然人
applicant-enterprise = 企业法人
applicant-institution = 事业法人
applicant-social-organization = 社会组织法人
applicant-unincorporated = 非法人企业
applicant-government = 行政机关
applicant-other = 其他组织

## 办件类型
case-type-immediate = 即办件
case-type-promised = 承诺件

## 办结时限单位
limit-unit-working = { $days } 个工作日
limit-unit-calendar = { $days } 个自然日

## 申请材料：材料形式
material-kind-original = 原件
material-kind-copy = 复印件
material-kind-original-and-copy = 原件和复印件

## 申请材料：载体
material-form-paper = 纸质
material-form-electronic = 电子
material-form-either = 纸质或电子

## 申请材料：必要性
material-required-required = 必要
material-required-optional = 非必要
material-required-deferrable = 容缺（可后补）

## 申请材料：来源
material-source-applicant = 申请人自备
material-source-government = 政府部门核发
material-source-other = 其他

## Translation status (translation = …)
translation-reviewed = 已审校译文
translation-tentative = 暂定译文
translation-machine = 机器翻译

## A record before its effective day
validity-pending = 自{ $date }起施行

interpretation-kind-text = 文字解读
interpretation-kind-graphic = 图解
interpretation-kind-video = 视频解读
interpretation-kind-qa = 问答解读
