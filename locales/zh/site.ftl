# 中国大连 — 站点词汇表（简体中文，源语言）
# 机构、领域和情景名称统一取自本文件，各页面不得另行翻译。

## 站点
site-title = 大连市人民政府
site-short-name = 中国大连
site-organiser = 大连市人民政府办公室
site-address = 辽宁省大连市西岗区人民广场1号　邮政编码：116012

## 机构
agency-dlgov = 大连市人民政府
agency-dlgov-office = 大连市人民政府办公室
agency-dl-drc = 大连市发展和改革委员会
agency-dl-commerce = 大连市商务局
agency-dl-samr = 大连市市场监督管理局
agency-dl-hrss = 大连市人力资源和社会保障局
agency-dl-education = 大连市教育局
agency-dl-health = 大连市卫生健康委员会
agency-dl-housing = 大连市住房和城乡建设局
agency-dl-psb = 大连市公安局
agency-dl-science = 大连市科学技术局
agency-dl-medical-security = 大连市医疗保障局
agency-dl-hpf = 大连市住房公积金管理中心
agency-dl-ecology = 大连市生态环境局
agency-dl-water = 大连水务集团有限公司
agency-dl-power = 国网大连供电公司
agency-dl-gas = 大连燃气集团有限公司

## 领域
sector-water = 用水
sector-electricity = 用电
sector-gas = 用气
sector-education = 教育
sector-healthcare = 医疗卫生
sector-housing = 住房
sector-telecom = 通信
sector-business = 企业开办
sector-foreigners = 外籍人士
sector-social-security = 社会保障

## 情景导航
life-event-start-a-business = 开办企业
life-event-move-to-dalian = 迁居大连
life-event-work-permit = 来华工作许可
life-event-have-a-baby = 生育子女
life-event-go-to-school = 子女入学
life-event-buy-a-home = 购买住房
