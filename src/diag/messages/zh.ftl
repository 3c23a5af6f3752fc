# The tool's own messages (zh). Every id here exists in the other catalogue too,
# with the same variables (tests hold it). See src/diag/messages.rs.

## 严重程度，以及每条诊断周围的用语

severity-error = 错误
severity-warning = 警告
severity-note = 提示
severity-help = 帮助

## 消息、模板和输出（theme/、render/、output/、pipeline）

cannot-read-path = 无法读取 { $path }：{ $error }
cannot-write = 无法写入 { $path }：{ $error }
cannot-write-beside = 无法在 { $path } 旁边写入：{ $error }
not-a-manifest = { $path } 不是 gongkai 清单文件：{ $error }
fluent-syntax = Fluent 语法错误：{ $detail }
fluent-syntax-help = 消息写成 `id = 文字`；续行要缩进；参见 projectfluent.org
no-date-format = 语言 `{ $tag }` 没有日期格式：{ $error }
no-number-format = 语言 `{ $tag }` 没有数字格式：{ $error }
message-missing = 语言 `{ $lang }` 缺少消息 `{ $id }`
message-missing-help = 在 locales/{ $lang }/site.ftl（或该文件夹中另一个 .ftl 文件）中用该语言添加 `{ $id } = …`
message-unused = 消息 `{ $id }` 没有页面使用
message-unused-help = 删除它，或在 site.toml 中声明它对应的标识（agency-<id> 需要 [agencies.<id>]，sector-<id> 需要 taxonomy.sectors，……）
render-failed = 渲染 { $template } 失败：{ $error }
page-without-source = 这个页面没有中文原文文件
template-error = 模板错误：{ $error }
output-link-broken = 链接到 /{ $target }，但构建没有写出这个路径
output-link-broken-help = 主题模板或网站自己的页面链接到一个没有页面或文件的路径：请修改模板中的链接，或在 content/ 下添加该文件

## gongkai serve（预览）

cannot-open-site = 无法打开网站文件夹 { $path }：{ $error }
cannot-listen = 无法监听 { $address }：{ $error }
no-ip-address = 服务器没有 IP 地址
cannot-handle-ctrl-c = 无法处理 Ctrl-C：{ $error }
cannot-watch = 无法监视 { $path }：{ $error }
serve-serving = 正在预览 { $root }，地址 { $url }（按 Ctrl-C 停止）。
serve-loaded = 读取用时 { $loaded } 秒，生成用时 { $rendered } 秒。
serve-stopping = 正在停止。
serve-files = { $count } 个文件
serve-the-site = 网站
serve-fixed = 错误已全部改正。
serve-times = { $times } 毫秒
serve-changed = { $what } 有改动：更新了 { $pages } 个页面，{ $times }后生效。
serve-broken = { $what }：有 { $count } 个错误；继续显示上一个正确的版本。
serve-no-browser = 无法打开浏览器（{ $opener }：{ $error }）；请自行打开 { $url }。
serve-building = 正在生成网站……
serve-nothing-here = 这里没有内容。
overlay-title = 网站有 { $count } 个错误：当前显示的是上一个正确的版本
overlay-save = 改正后保存，页面会自动更新。

## 公开信息、办事指南和译文的规则（check/）

translation-without-source = 这篇译文没有中文原文文件
translation-without-source-help = 公开信息和办事指南以中文原文为准发布：请添加 content/{ $key }.md，或检查文件名
draft = 草稿：已检查，但不会构建
draft-help = 删除 `draft = true` 即可发布；`--drafts` 可以预览
reserved-place = /{ $key }/ 是构建自动生成的页面
reserved-place-help = content/ 顶层的 { $folders } 文件夹、disclosure/statistics/、disclosure/on-request/、disclosure/annual-report/ 以及名为 `page` 的文件夹都由构建生成列表：请把文件移到别处
request-form-missing = 依申请公开的申请表 `{ $form }` 在 content/ 下不存在
request-form-missing-help = 把空白申请表放到 content/ 下，并写出从 content/ 开始的路径，如 `disclosure/forms/request.pdf`
site-code-missing = 缺少网站标识码：每个页面的页脚和元标签都需要它
site-code-missing-help = 在 site.toml 中添加 [identity] site_code = "<6 位行政区划代码><4 位数字>"（由全国政府网站信息报送平台分配），并填写 icp、police 和 error_report_url
doc-no-not-standard = 文号 `{ $no }` 不符合 GB/T 9704 的格式
doc-no-brackets = 年份要用六角括号〔〕（U+3014、U+3015），不能用 [] 或 ()：{ $example }
doc-no-parts = 依次写发文机关代字、〔年份〕、序号和“号”：{ $example }
doc-no-di = 序号前不加“第”：{ $example }
doc-no-short-year = 年份写全四位：{ $example }
doc-no-leading-zero = 序号不编虚位（写 12号，不写 012号）：{ $example }
doc-no-hao = 文号以“号”结尾：{ $example }
doc-no-form = 应为这样的格式：{ $example }
summary-too-long = 内容概述有 { $count } 个字，目录规定最多 100 个字
summary-too-long-help = 把内容概述（summary）压缩到 100 字以内，详细内容写在正文里
written-after-published = 成文日期（{ $written }）晚于发布日期（{ $published }）
written-after-published-help = 文件在成文当天或之后发布（成文日期 ≤ 发布日期）
scheduled = 定时发布：{ $date } 上线（还有 { $days } 天；今天是 { $today }）
scheduled-help = 在那天之前，构建不会把它放进页面、列表、订阅、网站地图和搜索；`--future` 可以预览
repealed-without-date = 已废止或已失效的公开信息要填写日期
repealed-without-date-help = 添加 `repealed = YYYY-MM-DD`：废止或失效的日期
supersedes-unknown = supersedes 中的 `{ $old }` 不是任何公开信息的索引号
did-you-mean = 是不是 `{ $name }`？
promised-over-legal = 承诺办结时限长于法定办结时限
promised-over-legal-help = 承诺办结时限（promised_limit）一般不超过法定办结时限（legal_limit）；请核对两者
online-url-not-https = 在线办理地址 online_url `{ $url }` 不是 https 地址
online-url-not-https-help = 政务服务在线办理一律使用 https：请写 https:// 开头的地址
catch-all-material = `{ $name }` 是兜底材料
catch-all-material-help = 请逐一写明申请人需要提交的材料；检查时会指出“其他材料”一类兜底表述
fee-without-fees = 写了 `fee = true`，但没有列出 [[fees]]
fee-without-fees-help = 为每项收费添加一个 [[fees]] 表，写明 name（名称）、standard（标准）和 basis（依据）；不收费就写 `fee = false`
blank-form-missing = 空白表格 `{ $form }` 在 content/ 下不存在
blank-form-missing-help = 把文件放到 content/ 下，并写出从 content/ 开始的路径，如 `services/forms/application.pdf`
lists-differ = 原文有 { $source } 项 [[{ $key }]]，这篇译文有 { $translated } 项
lists-differ-help = 原文的每一项 [[{ $key }]] 都按原顺序翻译一次
duplicate-id = { $key } `{ $id }` 已被 { $first } 使用
duplicate-id-free = { $key } 在全站唯一；下一个可用的是 `{ $free }`
duplicate-id-help = { $key } 在全站唯一；请给这一条另编一个号
index-no-pattern = 索引号 `{ $index_no }` 不符合本网站的编制规则
index-no-pattern-help = 依次写机构代码、`/`、年份、`-` 和流水号，如 `{ $example }`（规则：{ $pattern }）
supersedes-cycle = supersedes 替代关系成环：{ $cycle }
supersedes-cycle-help = 公开信息只能替代更早的公开信息：请删掉指回去的那一条
the-home-page = 首页
the-section = 栏目 `{ $key }`
section-stale = { $name }未及时更新：最新内容是 { $date } 的，规定每 { $period }更新一次
section-empty = { $name }没有带日期的内容；规定每 { $period }更新一次
section-stale-help = 请定期发布新内容；5 个栏目不更新或为空，政府网站检查即为不合格
period-weeks = { $count } 周
period-days = { $count } 天
period-years = { $count } 年
period-months = { $count } 个月
stale-translation = 原文 { $source } 在这篇译文完成后有改动
stale-translation-help = 请更新译文，然后运行 `gongkai i18n mark { $file }`
undeclared-id = `{ $key }` 填的是 `{ $id }`，site.toml 中没有声明这个标识
undeclared-id-near = 是不是 `{ $name }`？（在 { $list } 中声明）
undeclared-agency-list = 请从以下标识中选用：{ $ids }；列表中没有的机构，请联系网站管理员添加
undeclared-id-list = 请在 site.toml 的 { $list } 中声明，或从以下标识中选用：{ $ids }
undeclared-id-meant = 是不是 `{ $id }`（{ $label }）？`{ $key }` 要填标识，不是名称
undeclared-id-ask = 请从以下标识中选用：{ $ids }；需要新增的，请联系网站管理员声明
held-draft = 还是草稿
held-scheduled = 定于 { $date } 发布
link-held-back = 链接到 { $target }，目标{ $why }，读者现在还看不到
link-held-back-help = 读者会遇到失效链接：请让两者一起发布（相同的 `published` 日期，或都去掉 `draft`），或等目标上线后再加链接
link-broken = 链接到 { $target }，但那里没有页面或文件
link-broken-help = 链接到已有页面的路径（`/services/business-registration/`），或本文件旁边的文件（`dl-2026-00060.md`、`chart.png`）
raw-html-removed = 原始 HTML：{ $what ->
        [script] <script> 元素
        [style] <style> 元素
        [frame] 嵌入的框架或对象
        [form] 表单控件
        [head] <link>、<meta> 或 <base> 元素
        [handler] 事件属性（on…=）
        [javascript] javascript: 地址
       *[style-attribute] style 属性
    }在发布前会被删除
raw-html-removed-help = 请改用 Markdown；脚本、事件属性、javascript: 地址、框架、表单和样式都不会发布给读者
online-languages-without-url = 填写了 online_languages，但没有 online_url
online-languages-without-url-help = online_languages 说明在线办理（online_url）提供哪些语言：请补上 online_url，或删除这个键
online-language-unknown = online_languages 中的 `{ $code }` 不是本网站的语言
online-language-unknown-help = 请使用 site.toml 的 [[languages]] 中的语言代码：{ $codes }
stale-changed = 请更新译文，然后运行 `gongkai i18n mark { $file }`。译文依据的是 { $date }（提交 { $commit }）的原文版本，此后原文的改动如下：
    { $diff }
stale-no-git = 请更新译文，然后运行 `gongkai i18n mark { $file }`。无法显示原文改了什么：网站不在 git 仓库中（或没有安装 git）
stale-no-history = 请更新译文，然后运行 `gongkai i18n mark { $file }`。无法显示原文改了什么：{ $source } 没有提交记录
stale-no-match = 请更新译文，然后运行 `gongkai i18n mark { $file }`。无法显示原文改了什么：原文已提交的 { $count } 个版本中，没有一个与译文的 source_digest 对应
stale-more-lines = 另有 { $count } 行改动
fact-differs = 译文写的是 { $said }，原文写的是 { $source_says }
fact-not-in-source = 译文写了 { $said }，原文 { $source } 中没有
fact-help = 译文只转述原文的事实，不能自行增改：请按原文写数字、日期或金额；如果是原文需要修改，请先改原文

## 读取内容文件（content/）

cannot-read-file = 无法读取文件：{ $error }
cannot-read-entry = 无法读取：{ $error }
no-content-folder = 网站没有 content/ 文件夹
no-content-folder-help = 在 site.toml 旁边新建 content/，把公开信息、办事指南和页面放进去
symlink-outside = 这个符号链接指向网站以外
symlink-outside-help = 请把文件复制到 content/ 中：构建不能发布网站以外的文件
name-not-slug = `{ $name }` 不是 ASCII 短名
name-not-slug-help = 文件名和文件夹名只能用小写字母 a-z、数字 0-9 和连字符（如 `dl-2024-00012.md`）：名称会成为网址
language-suffix-unknown = `.{ $code }.md`：site.toml 中没有配置语言 `{ $code }`
language-suffix-unknown-help = 已配置的语言：{ $codes }
not-utf8 = 文件不是有效的 UTF-8 编码
not-utf8-help = 请把文件另存为 UTF-8（不要用 GBK/GB18030）；多数编辑器在“编码保存”或“另存为”中可以选择
file-empty = 文件是空的
file-empty-help = 第一行写 `+++`，接着写前置信息（至少要有 `title = "…"`），再写一行 `+++`，然后是正文
no-front-matter = 文件开头没有前置信息
no-front-matter-help = 第一行必须是 `+++`，接着是 TOML 键值，再以一行 `+++` 结束
front-matter-open = 前置信息没有结束
front-matter-open-help = 在最后一个键值之后、正文之前，另起一行只写 `+++`
write-it-as = 应写为：{ $line }
front-matter-toml = 前置信息不是有效的 TOML：{ $detail }
front-matter-toml-help = 前置信息用 TOML 写：`键 = "文字"`，日期写成 2024-03-08，列表写成 ["a", "b"]
fact-in-translation = `{ $key }` 是事实项，只在中文原文中填写
fact-in-translation-help = 请从译文中删除：事实项（数字、日期、发布机构、编码、时限）都取自原文
kind = { $kind ->
        [record] 公开信息
        [record-text] 公开信息的译文
        [guide] 办事指南
        [guide-text] 办事指南的译文
       *[page] 页面
    }
unknown-key = { kind }中没有 `{ $key }` 这个键
unknown-key-help = { kind }的键有：{ $keys }
field-empty = `{ $key }` 为空
field-empty-help = 必填项需要填写内容
field-missing = 缺少必填项 `{ $key }`
field-missing-labelled = 缺少必填项 `{ $key }`（{ $label }）
field-missing-help = 请在{ kind }的前置信息中添加 `{ $key } = …`（见 docs/content-format.md）
body-placeholder = 正文还是 `gongkai new` 写入的占位文字
body-placeholder-help = 请把占位文字替换为页面正文
wrong-value = 值不对：{ $detail }
wrong-value-help = 各键的类型和允许的取值见 docs/content-format.md
mistake-full-width-equals = 键和值之间用了全角等号 `＝`
mistake-colon = 键和值之间用了 `{ $sign }`：TOML 要用 `=`
mistake-key = 键 `{ $key }` 中有中文标点或全角字母
mistake-quotes = 值用了中文引号（“…” 或 「…」）；TOML 要用英文双引号 "…"
mistake-comma = 列表用中文逗号 `，` 分隔；TOML 要用英文逗号 `,`
mistake-date = 日期 `{ $date }` 没有写成 YYYY-MM-DD

## site.toml（config/）

cannot-read-config = 无法读取 { $path }：{ $error }（--root 指的是网站所在的文件夹吗？）
toml-error = TOML 格式有误：{ $detail }
detail = { $detail }
site-code-malformed = 网站标识码 `{ $code }` 格式不对
site-code-malformed-help = [identity] site_code 是全国政府网站信息报送平台分配的 10 位代码：6 位行政区划代码加 4 位数字（`2102000001`），部委网站为 `bm` 加 8 位数字
icp-malformed = ICP 备案号 `{ $icp }` 格式不对
icp-malformed-help = 按备案系统显示的写：省份简称、ICP备、编号和“号”，如 `辽ICP备05003015号`
police-malformed = 公安机关备案号 `{ $police }` 格式不对
police-malformed-help = 写省份简称、公网安备、14 位编号和“号”，如 `辽公网安备 21020202000001号`
error-report-url-not-https = error_report_url（纠错地址）不是 https:// 地址
timezone-unknown = 时区 timezone `{ $timezone }` 不是 IANA 时区名
timezone-near = 是不是 `{ $name }`？（中国为 `Asia/Shanghai`）
timezone-help = 请写 IANA 时区数据库中的名称，如 `Asia/Shanghai`（默认值）或 `Europe/Berlin`
editor-lang-invalid = [editor] lang `{ $lang }` 不是本工具支持的语言
editor-lang-invalid-help = 请写 `zh`（中文）或 `en`（英文）
no-languages = 没有配置任何语言
no-languages-help = 至少添加一个含 `code` 和 `tag` 的 [[languages]] 表；第一个是默认语言
language-code-invalid = 语言代码 `{ $code }` 不是小写 ASCII 代码
language-code-invalid-help = 请用 `zh`、`en`、`pt-br` 这样的短代码：它会成为网址前缀和文件后缀
language-twice = 语言 `{ $code }` 配置了两次
language-tag-invalid = 语言标签 `{ $tag }` 不符合 BCP 47
language-tag-invalid-help = 请用 `zh-CN`、`en`、`ru` 这样的标签
base-url-invalid = base_url `{ $url }` 不是完整的 http(s) 地址
base-url-invalid-help = 请写网站的公开地址，如 `https://www.dl.gov.cn`
index-no-pattern-invalid = index_no_pattern（索引号规则）不是有效的正则表达式
per-page-zero = per_page 为 0
per-page-zero-help = 请写目录每页列出多少条，如 `per_page = 20`
on-request-agency-undeclared = on_request.agency `{ $agency }` 没有声明
on-request-agency-undeclared-help = 请声明 [agencies.{ $agency }]，或填写已声明的机构
on-request-url-not-https = on_request.online_url 不是 https:// 地址
update-within-invalid = 栏目 `{ $section }` 的 update_within `{ $period }` 不是有效的期限
update-within-invalid-help = 写数字加单位：`14d`（天）、`2w`（周）、`6m`（月）或 `1y`（年）

## 各命令的进度和汇总（cli/）

summary-counts = { $errors } 个错误，{ $warnings } 个警告。
deny-warnings = 有 { $warnings } 个警告，--deny-warnings 要求警告也算失败
check-clean = 没有错误（{ $warnings } 个警告）。
check-clean-held = 没有错误（{ $warnings } 个警告；{ $held } 个文件是草稿或定时发布，不进入构建）。
explain-unknown = 没有代码为 `{ $code }` 的诊断
not-a-date = `{ $value }` 不是 YYYY-MM-DD 格式的日期
has-errors = { $path } 有错误
path-error = { $path }：{ $error }
cannot-create = 无法创建 { $path }：{ $error }
nothing-written = 没有写入任何文件。
build-nothing-written = 没有写入任何文件；上一次的输出保持不变。
build-diff = 与旧清单相比：新增 { $added } 个，修改 { $changed } 个，删除 { $removed } 个。
build-unchanged = 自上次构建以来没有改动：{ $out } 保持原样（{ $files } 个文件，检查用时 { $seconds } 秒；--force 可强制重新生成）。
build-done = 已生成 { $files } 个文件到 { $out }，用时 { $seconds } 秒（页面：{ $pages }；搜索索引 { $search_seconds } 秒）。
build-held = 未发布：{ $count } 个文件是草稿或定时在以后发布（`gongkai check` 会说明上线日期；--drafts、--future 可以预览）。
deploy-summary = { $dry_run ->
        [yes] 将部署到
       *[no] 已部署到
    } { $target }：上传 { $uploaded } 个（{ $bytes }），删除 { $deleted } 个，未变 { $unchanged } 个，用时 { $seconds } 秒。
deploy-objects = { $done }/{ $total } 个对象
deploy-deleting = 正在删除 { $count } 个对象
schema-written = 已写入 { $count } 个模式文件到 { $dir }。
i18n-marked = 已标记 { $file } 跟上了当前原文。
i18n-not-content = { $file } 不是 { $root } 网站的内容文件
i18n-mark-source = { $file } 是原文，不是译文：请标记由它翻译的文件（如 { $example }）
i18n-no-source = { $file } 没有可对照的原文
i18n-status-title = 各语言、各栏目的译文情况（最新 / 过时 / 未核对 / 缺失；其中暂定译文 / 机器翻译）：
i18n-status-row = 最新 { $fresh }  过时 { $stale }  未核对 { $unverified }  缺失 { $missing }
i18n-status-footer = 过时：请更新译文，然后运行 `gongkai i18n mark 文件`。未核对：请对照原文核对后再标记。
new-reserved = content/{ $rel } 是构建自动生成页面的位置（/{ $key }/）：请换一个文件夹
new-created = 已创建 { $path }。请填写空着的项，然后运行 `gongkai check`。
search-no-language = 网站没有语言 `{ $asked }`（已有：{ $have }）
search-results = 共 { $count } 条结果。
lang-unknown = 本工具不支持 `{ $value }`：请用 `zh`（中文）或 `en`（English）
new-not-under-content = { $path } 不在 { $content } 之下
new-not-md = { $path }：文件名必须以 .md 结尾
new-not-slug = `{ $name }` 不是 ASCII 短名：请用小写字母 a-z、数字 0-9 和连字符，如 dl-2026-00061.md
new-record-folder = 公开信息要放在 content/disclosure/ 下（如 content/disclosure/2026/dl-2026-00061.md）
new-guide-folder = 办事指南要放在 content/services/ 下（如 content/services/passport-renewal.md）
new-page-folder = 普通页面不能放在 content/disclosure/ 或 content/services/ 下
new-exists = { $path } 已存在；没有写入任何文件
new-agency-undeclared = site.toml 中没有声明发布机构 `{ $agency }`；已声明的有：{ $declared }
new-no-agency = 请先在 site.toml 中声明发布机构：[agencies.<标识>]，并填写其机构代码 `code`

## --help：各命令的说明和各选项的帮助（cli/）

cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-arg-help = 显示帮助
cli-arg-version = 显示版本
cli-arg-lang = 本工具提示信息的语言，zh 或 en [默认：依次看 GONGKAI_LANG、LC_ALL、LC_MESSAGES、LANG、site.toml 中的 [editor] lang，都没有则为 en]
cli-arg-root = 网站所在的文件夹（含 site.toml 和 content/）[默认：从当前目录向上找到的第一个含 site.toml 的文件夹]
cli-arg-today = 按哪一天检查，YYYY-MM-DD [默认：按网站时区的今天]
cli-arg-deny_warnings = 有警告时也以 1 退出，与有错误时相同（用于持续集成）
cli-gongkai-about = gongkai（公开）：生成多语种政府信息公开网站
cli-gongkai-build-about = 检查网站并生成到输出文件夹（整体替换，不会留下半成品）
cli-gongkai-build-out = 生成到哪里 [默认：ROOT/public]
cli-gongkai-build-base_url = 网站公开地址，覆盖 site.toml 中的 base_url
cli-gongkai-build-today = 按哪一天生成，YYYY-MM-DD [默认：按网站时区的今天]
cli-gongkai-build-no_compress = 不生成预压缩的 .gz 和 .br 文件，不论 site.toml 如何设置
cli-gongkai-build-diff_against = 上一次构建的 manifest.json：列出新增、修改和删除的文件
cli-gongkai-build-drafts = 把标记为 `draft = true` 的草稿也生成出来，用于预览
cli-gongkai-build-future = 把定时在今天以后发布的公开信息也生成出来，用于预览
cli-gongkai-build-format = 问题和汇总的输出方式：text、github 或 `json`；`json` 在标准输出打印一个对象 {"{"}"diagnostics": […], "build": {"{"}…{"}"} 或 null{"}"}
cli-gongkai-build-deny_warnings = 有警告时以 1 退出（网站照样生成）
cli-gongkai-build-quiet = 只显示警告和错误
cli-gongkai-build-force = 即使上次构建以来没有改动，也全部重新生成
cli-gongkai-check-about = 报告内容中的所有问题，不写入任何文件
cli-gongkai-check-format = 问题的输出方式：text（像编译器那样：文件:行:列、该行、插入符和帮助）、json（数组 {"{"}severity, code, file, line, column, message, help{"}"}）或 github（GitHub Actions 注释，路径相对于当前目录）。json 和 github 的代码、文件和行号不变，文字随 --lang）
cli-gongkai-check-explain = 解释某个诊断代码（如 E029），不做检查
cli-gongkai-new-about = 新建一条公开信息、一个办事指南或一个页面，列出全部必填项
cli-gongkai-new-kind = 新建什么：disclosure（公开信息）、guide（办事指南）或 page（页面）
cli-gongkai-new-path = 文件路径，如 content/disclosure/2026/dl-2026-00061.md
cli-gongkai-new-agency = 发布机构标识（公开信息和办事指南）[默认：第一个有机构代码 `code` 的已声明机构，没有则为第一个已声明机构]
cli-gongkai-new-today = 日期和索引号年份按哪一天填写 [默认：按网站时区的今天]
cli-gongkai-i18n-about = 译文：哪些缺失或过时，并记录哪些已跟上原文
cli-gongkai-i18n-status-about = 按语言和栏目列出：已翻译、过时、未核对和缺失的文件
cli-gongkai-i18n-status-format = 表格的输出方式：text，或 json（行数组 {"{"}lang, section, counts, files{"}"}）
cli-gongkai-i18n-mark-about = 在每篇译文中记录它已跟上当前的原文
cli-gongkai-i18n-mark-files = 译文文件，如 content/disclosure/2024/dl-2024-00012.en.md
cli-gongkai-search-about = 像读者一样在某一语言版本中搜索网站
cli-gongkai-search-query = 要找什么：词语、中文标题中的两个字、文号
cli-gongkai-search-lang = 搜索哪个语言版本 [默认：网站的第一种语言]；这里的 --lang 指语言版本，本工具的提示语言请写在命令之前（gongkai --lang zh search …）或用 GONGKAI_LANG
cli-gongkai-search-limit = 显示多少条结果
cli-gongkai-search-json = 打印 JSON 数组 {"{"}url, title, kind, date, score{"}"}
cli-gongkai-serve-about = 编辑时预览网站：每次保存都在内存中重新生成，页面自动刷新
cli-gongkai-serve-port = 监听的端口（0：任一空闲端口）
cli-gongkai-serve-bind = 监听的地址；只有不是 127.0.0.1 时，其他电脑才能访问
cli-gongkai-serve-open = 在默认浏览器中打开网站
cli-gongkai-schema-about = 打印前置信息的 JSON Schema（draft 2020-12）
cli-gongkai-schema-out = 改为把每类文件的模式（record.schema.json 等）分别写入这个文件夹
cli-gongkai-deploy-about = 把生成的网站发布到兼容 S3 的对象存储（OSS、COS、OBS、S3），只上传有改动的文件。密钥取自 AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY 和 AWS_SESSION_TOKEN；其余设置取自 site.toml 的 [deploy] 或以下选项
cli-gongkai-deploy-root = 网站所在的文件夹（其 site.toml 中的 [deploy] 提供部署设置，如有）
cli-gongkai-deploy-dir = 要发布的生成结果 [默认：ROOT/public]
cli-gongkai-deploy-to = 发布到哪里：s3://存储桶[/前缀]（配合 --endpoint），或 http(s)://端点/存储桶[/前缀]（路径方式）
cli-gongkai-deploy-endpoint = 存储服务的 S3 端点，如 https://oss-cn-hangzhou.aliyuncs.com
cli-gongkai-deploy-region = 签名用的区域 [默认：[deploy] region、AWS_REGION、us-east-1]
cli-gongkai-deploy-path_style = 在路径中指定存储桶（端点/存储桶/键），而不是在主机名中
cli-gongkai-deploy-precompressed = 如何发布 .gz/.br 副本：gzip 副本以原文件名加 Content-Encoding 上传（content-encoding，默认），每个副本作为单独对象供 CDN 规则使用（side-files），或不发布（skip）
cli-gongkai-deploy-jobs = 同时上传的数量 [默认：8]
cli-gongkai-deploy-dry_run = 按顺序列出将上传和删除的内容，不做任何改动
cli-gongkai-deploy-quiet = 只显示错误
cli-gongkai-help-about = 显示本帮助，或指定命令的帮助
cli-gongkai-help-command = 命令（及子命令），如 build 或 i18n mark
help-unknown-command = 没有 `{ $name }` 这个命令

## Diagnostic codes: title and explanation (check --explain)

code-E001-title = TOML 语法错误
code-E001-text =
    前置信息（或 site.toml）不是有效的 TOML。文字值两边要加英文双引号，日期直接写（2024-03-08），列表写在方括号里（["a", "b"]），同一个键只能出现一次。值的类型或形式与键不符也在此报告：该填数字的地方填了文字、site.toml 中的标识不是 ASCII 短名、source_digest 不是摘要值等。插入符（^）指向解析停止的位置。
code-E002-title = site.toml 配置无效
code-E002-text =
    site.toml 中某个值类型正确但无法使用：语言代码不是小写 ASCII、语言标签不符合 BCP 47、base_url 不是 http(s) 地址，或 index_no_pattern 不是有效的正则表达式。
code-E003-title = 缺少前置信息
code-E003-text =
    每个内容文件都以一行三个加号（+++）开头，接着是 TOML 键值，再以一行 +++ 结束，之后才是 Markdown 正文。空文件或第一行不是 +++ 的文件都会被拒绝。
code-E004-title = 前置信息没有结束
code-E004-text =
    开头的 +++ 没有对应的结束行，整个文件都会被当作 TOML 读取。请在最后一个键值之后另起一行，只写 +++。
code-E005-title = 必填项缺失或为空
code-E005-text =
    此类文件必须填写的项缺失或为空字符串。公开信息须有 index_no（索引号）、title（标题）、agency（发布机构）、written（成文日期）、published（发布日期）、topic（主题分类）、catalog（目录）和 disclosure（公开方式）；办事指南须有检查所看的十项要素（title、legal_basis、conditions、materials、place、agency、fee、hours、phone、steps）及事项编码和办结时限。
code-E006-title = 未知的前置信息键
code-E006-text =
    此类文件没有这个键，通常是拼写错误：帮助中会给出最接近的已知键。全部键见 docs/content-format.md。
code-E007-title = 译文中填写了事实项
code-E007-text =
    事实项（索引号、日期、发布机构、编码、效力、收费、时限）只在中文原文中填写，以保证各语言版本事实一致。请从译文中删除该键。
code-E008-title = 类型或取值错误
code-E008-text =
    键存在，但值的类型不对（该填数字或日期的地方填了文字），或不在允许的取值之内；消息中列出了允许的取值。
code-E009-title = 网站标识信息格式错误
code-E009-text =
    site.toml 的 [identity] 中的页脚标识须符合检查要求的格式：site_code 是网站标识码（6 位行政区划代码加 4 位数字，或 bm 加 8 位数字）；icp 形如“<省>ICP备<编号>号”；police 形如“<省>公网安备 <14 位数字>号”；error_report_url 须为 https 地址。
code-E010-title = 无法读取
code-E010-text =
    content/ 下的某个文件或文件夹无法读取（权限问题或磁盘损坏），或者根本没有 content/ 文件夹。
code-E011-title = 符号链接指向网站以外
code-E011-text =
    content/ 下的符号链接指向网站文件夹之外。构建只能发布属于本网站的文件：请把文件复制进来。
code-E012-title = 名称不是 ASCII 短名
code-E012-text =
    文件名和文件夹名会成为网址，而网址在各语言中必须相同：只能用小写字母 a-z、数字和单个连字符（dl-2024-00012.md）。
code-E013-title = 未知的语言后缀
code-E013-text =
    名为 page.xx.md 的文件是 xx 语言的译文，该语言必须在 site.toml 的 [[languages]] 中配置。
code-E014-title = 不是 UTF-8 编码
code-E014-text =
    文件不是有效的 UTF-8 编码（常见原因是保存成了 GBK 或 GB18030）。请另存为 UTF-8；带 BOM 或 CRLF 换行都可以。
code-E015-title = 前置信息中有中文标点
code-E015-text =
    TOML 只认英文（半角）标点：键和值之间用 =（不是 ＝ 或 ：），文字两边用英文双引号（"…"，不是 “…” 或 「…」），列表项之间用英文逗号 ,（不是 ，），键名用英文字母。文字内容里的中文引号没有问题。帮助中给出了改正后的这一行。
code-E016-title = 日期没有写成 YYYY-MM-DD
code-E016-text =
    日期直接写，用连字符，月和日写两位：written = 2026-11-27，不要写成 2026/11/27、2026.11.27、2026年11月27日，也不要加引号写成 "2026-11-27"。帮助中给出了改正后的这一行。
code-E017-title = 占位文字没有替换
code-E017-text =
    gongkai new 会在正文处写入占位文字，并把编辑必须确定的事实项（标题、主题、目录、编码、地点）留空，因此在逐项填写之前 check 不会通过。请把占位文字替换为正文。
code-E020-title = 译文没有原文
code-E020-text =
    公开信息和办事指南以中文原文为准发布；译文旁边必须有同名、不带语言后缀的原文文件。
code-E021-title = 未声明的标识
code-E021-text =
    发布机构、主题、体裁、目录、行业领域和人生事件都是在 site.toml 中声明、并在语言文件中命名的标识。请使用已声明的标识或请网站管理员声明；帮助会给出最接近的已声明标识。
code-E022-title = 成文日期晚于发布日期
code-E022-text =
    文件在成文当天或之后发布（成文日期 ≤ 发布日期）。
code-E024-title = 已废止或已失效但没有日期
code-E024-text =
    效力为 "repealed"（已废止）或 "expired"（已失效）的公开信息须填写 repealed = YYYY-MM-DD，即停止生效的日期。
code-E025-title = 替代了不存在的公开信息
code-E025-text =
    supersedes 中的每个索引号都必须属于本网站的某条公开信息。
code-E026-title = 替代关系成环
code-E026-text =
    公开信息只能替代更早的公开信息；supersedes 链条绕回起点是不可能正确的。
code-E027-title = 标识重复
code-E027-text =
    index_no（索引号）和 task_code（事项编码）在全站唯一：有两个文件用了同一个。
code-E028-title = 索引号与规则不符
code-E028-text =
    index_no 必须符合 site.toml 中 [disclosure] index_no_pattern 的规则，默认为 9 位或 18 位机构代码、斜杠、年份、连字符和 5 至 6 位流水号：11210200MB0000000X/2024-00012。
code-E029-title = 文号不符合 GB/T 9704
code-E029-text =
    发文字号由发文机关代字、用六角括号〔〕（U+3014、U+3015）括起的四位年份、不加“第”字且不编虚位的序号和“号”组成：大政发〔2024〕12号。
code-E030-title = 译文列表与原文不一致
code-E030-text =
    办事指南的译文中 [[materials]]、[[steps]]、[[fees]] 和 [[faq]] 的数量和顺序须与原文相同，使每项事实都对得上译名。
code-E031-title = 收费但没有收费标准
code-E031-text =
    fee = true 的办事指南要把每项收费写成一个 [[fees]] 表（name、standard、basis）。
code-E032-title = 空白表格不存在
code-E032-text =
    材料的 blank_form 指向 content/ 下一个不存在的文件。
code-E033-title = 内部链接失效
code-E033-text =
    链接（Markdown 链接、图片、HTML 的 src/href、附件，或指向本站 base_url 的绝对地址）找不到对应的页面或文件。检查时每个失效链接都会扣分。
code-E034-title = 在线办理地址不是 https
code-E034-text =
    办事指南的 online_url 必须是 https:// 地址。
code-E035-title = 内容放在了保留位置
code-E035-text =
    构建会自己生成 /topics/、/agencies/、/genres/、/catalogs/、/years/、/sectors/、/life-events/、/sitemap/、/search/、/disclosure/statistics/、/disclosure/on-request/、/disclosure/annual-report/ 以及列表的每个 …/page/N/ 页面。放在这些位置的内容文件会与之冲突：请移走。
code-E036-title = 输出中的链接失效
code-E036-text =
    构建写出的某个页面链接（href 或 src）到同一次构建没有写出的站内路径。内容中的链接会按 Markdown 行号检查（E033）；这一条来自模板或构建生成的页面，所以报告的文件是输出页面。
code-E037-title = 链接到尚未发布的公开信息
code-E037-text =
    已发布的页面链接到一条定时在以后发布的公开信息，构建在发布日之前不包含它：读者会遇到失效链接。请让两者同一天发布（相同的 published 日期），或等目标上线后再加链接。显示定时内容的 build --future 和 serve 不报告此项。
code-E038-title = 链接到草稿
code-E038-text =
    已发布的页面链接到草稿，构建不包含草稿：读者会遇到失效链接。请两者一起发布，或等草稿发布后再加链接。显示草稿的 build --drafts 和 serve 不报告此项。
code-E040-title = Fluent 语法错误
code-E040-text =
    locales/（或主题的 locales/）下的某个 .ftl 文件无法解析。消息写成 id = 文字；续行要缩进。
code-E041-title = 某语言缺少消息
code-E041-text =
    页面需要的每条消息（主题界面文字、每个已声明标识的名称、网站名称和主办单位）都必须在每种已配置语言中存在。
code-E042-title = 某语言没有日期格式
code-E042-text =
    site.toml 中的语言标签没有日期格式数据。
code-E050-title = 模板错误
code-E050-text =
    主题的某个 tera 模板无法编译或渲染失败；消息中给出了模板名和位置。
code-E051-title = 资源文件无法读取
code-E051-text =
    content/ 下要复制到输出的某个文件无法读取。
code-N001-title = 定时发布
code-N001-text =
    不是问题：published（发布日期）晚于今天（按网站的 timezone 计算，默认 Asia/Shanghai）的公开信息照常检查，但在那天之前不进入构建（页面、列表、订阅、网站地图和搜索都不包含）；当天运行的构建会发布它。--future（以及 serve）可以提前预览。（有定时发布之前，这是错误 E023。）
code-N002-title = 草稿
code-N002-text =
    不是问题：draft = true 的文件照常检查，但从不构建。删除这一行即可发布；--drafts（以及 serve）可以预览。
code-W001-title = 内容概述过长
code-W001-text =
    按目录编制规则，公开信息的 summary（内容概述）最多 100 个字。
code-W002-title = 承诺时限长于法定时限
code-W002-text =
    承诺办结时限通常应短于法定办结时限。
code-W003-title = 兜底材料
code-W003-text =
    检查时会指出办事指南材料中的“其他材料”一类兜底表述：请逐一写明每份材料。
code-W004-title = 原始 HTML 已被删除
code-W004-text =
    Markdown 中的原始 HTML 在发布前会被清理：脚本、事件属性、javascript: 地址、框架、表单和样式都会删除。请改用 Markdown。
code-W005-title = 栏目未及时更新
code-W005-text =
    某个栏目（或首页）在其 update_within 期限内没有新内容（DOMAIN.md §3：首页和动态类栏目 2 周，通知公告和政策文件 6 个月，规划计划和人事信息 1 年）。5 个栏目不更新，检查即为不合格。
code-W006-title = 译文已过时
code-W006-text =
    这篇译文完成后，中文原文又有改动（source_digest 已对不上）。请更新译文，然后运行 gongkai i18n mark 文件 记录它已跟上当前原文。在此之前页面会向读者提示“原文已更新”。
code-W007-title = 未使用的消息
code-W007-text =
    网站 locales/ 文件中的某条消息没有页面使用：通常是 id 拼写错误，或是 site.toml 中已不再声明的标识的名称。
code-W008-title = 缺少网站标识码
code-W008-text =
    政府网站的每个页面都要在页脚和 SiteIDCode 元标签中显示网站标识码，“我要纠错”链接也会带上它。请在 site.toml 中设置 [identity] site_code。
code-W009-title = 译文中有原文没有的事实
code-W009-text =
    译文正文中的日期、工作日天数、金额、百分比、电话号码或文号，在中文原文（正文或前置信息）中找不到：两者统一换算后比较（2027年1月1日 = 1 January 2027 = 1 de enero de 2027 = 1 января 2027 г.；60个工作日 = 60 working days = 60 días hábiles）。译文读者会依据不同的事实办事：请改正译文，或先改正原文。

## 附件、译文状态、日期
attachments-count-mismatch = 原文有 { $source } 个 [[attachments]]，这篇译文却有 { $translated } 个
attachments-count-mismatch-help = 按原文附件的顺序，每个附件写一个 [[attachments]]，给出译名 `title`（只有译文有自己的文件时才写 `file`）
attachment-title-empty = 附件的 `title` 为空
attachment-title-empty-help = 写出读者看到的附件名称，例如 `title = "附件1：申报指南"`
attachment-no-file = 附件缺少 `file`
attachment-no-file-help = 写出文件路径：相对于本页面文件，或以 `/` 开头、从 content/ 算起，例如 `file = "dl-2024-00012/附件1.pdf"`
attachment-outside = 附件 `{ $file }` 在 content/ 之外
attachment-outside-help = 把文件复制到 content/ 里（放在页面旁边，例如与页面同名的文件夹中），再从那里引用：构建只发布 content/ 下的文件
attachment-type = 附件 `{ $file }` 的类型不能发布
attachment-type-help = 附件可以是 PDF、OFD、Word、Excel、WPS、ZIP 或图片文件：{ $allowed }
attachment-missing = 附件 `{ $file }` 不存在：没有 content/{ $path }
attachment-missing-help = 把文件放到那里，或改正路径：路径相对于本页面文件，以 `/` 开头时从 content/ 算起
attachment-not-its-type = `{ $name }` 的扩展名表明是 { $kind } 文件，但它不是
attachment-not-its-type-help = 文件开头的字节与扩展名所示格式不符：请重新导出为该格式，或改用与实际格式相符的扩展名
attachment-too-large = 附件 `{ $name }` 有 { $size } 字节，超过上限 { $max } 字节
attachment-too-large-help = 缩小文件（降低扫描分辨率、拆分文件），或在 site.toml 中调高 [attachments] max_size
max-size-not-a-size = `{ $text }` 不是大小：写字节数，或数字加单位，例如 `20 MB`、`500 KB`
translation-status-on-source = 中文原文设置了 `translation`，但原文不是译文
translation-status-on-source-help = 在译文文件（….en.md）中设置 `translation = "reviewed" | "tentative" | "machine"`，并删除这里的这一行
updated-before-published = 更新日期 { $updated } 早于发布日期（{ $published }）
updated-before-published-help = `updated` 是已发布的信息最后一次修改的日期，应不早于 `published`
updated-after-today = 更新日期 { $updated } 晚于今天（{ $today }）
updated-after-today-help = 写修改当天的日期；以后的修改在修改当天再写
i18n-status-row-status = 暂定 { $tentative }  机器翻译 { $machine }

code-E060-title = 附件不存在
code-E060-text =
    附件表 [[attachments]] 的 `file` 指向的文件在 content/ 下不存在。路径相对于页面的 Markdown 文件；以 `/` 开头时从 content/ 算起。
code-E061-title = 附件在 content/ 之外
code-E061-text =
    附件的 `file` 指向 content/ 之外（`../../site.toml`、绝对路径）：只有 content/ 下的文件才会发布。
code-E062-title = 附件类型不能发布
code-E062-text =
    附件可以是 PDF、OFD、DOC/DOCX、XLS/XLSX、WPS/ET、ZIP 和 PNG/JPEG/GIF/WebP 图片，以文件扩展名区分。
code-E063-title = 附件与扩展名不符
code-E063-text =
    附件开头的字节必须是扩展名所示格式的开头（PDF 为 `%PDF-`，DOCX/XLSX/OFD 为 ZIP 包，DOC/XLS/WPS/ET 为 OLE2 文件）：改了扩展名的文件读者打不开。
code-E064-title = 附件过大
code-E064-text =
    附件大于 site.toml 中的 [attachments] max_size（默认 20 MB）。
code-E065-title = 更新日期早于发布日期
code-E065-text =
    公开信息的 `updated` 是发布后最后一次修改的日期，不能早于 `published`。
code-E066-title = 更新日期在将来
code-E066-text =
    `updated` 晚于构建所针对的日期：请写修改当天的日期。
code-W060-title = 原文设置了译文状态
code-W060-text =
    `translation = "reviewed" | "tentative" | "machine"` 说明译文的可靠程度；写在中文原文上没有意义。请在译文文件中设置。

## 政策解读
kind-without-policy = 设置了 interpretation_kind，但本条目没有解读任何政策
kind-without-policy-help = 请添加 `interprets = "<所解读政策的索引号>"`，或删除 interpretation_kind
interprets-unknown = interprets 指向 `{ $target }`，但没有条目使用这个索引号
interprets-unknown-help = 请填写本条目所解读政策的索引号
interprets-itself = 本条目解读的是它自己
interprets-itself-help = 政策解读应指向它所解读的政策：请填写该政策的索引号
interprets-interpretation = interprets 指向 `{ $target }`，而它本身也是一篇解读（解读 `{ $further }`）
interprets-interpretation-help = 解读针对的是政策，而不是另一篇解读：是否应为 `interprets = "{ $further }"`？
interpretation-late = 政策“{ $title }”（{ $index_no }）的首篇解读于 { $date } 发布，比政策晚 { $after } 天（超期 { $late } 天）
interpretation-missing = 政策“{ $title }”（{ $index_no }）于 { $published } 发布，已过 { $waited } 天仍没有解读（时限：{ $within } 天）
interpretation-late-help = 请在政策发布后 { $within } 天内发布政策解读：一个写有 `interprets = "{ $index_no }"` 的条目（site.toml 的 [disclosure] interpretation_required 列出了 `{ $genre }`）
genre-list-undeclared = { $key } 列出的体裁 `{ $genre }` 没有在 [taxonomy] genres 中声明
genre-list-undeclared-help = 请列出 [taxonomy] genres 中的 id，例如 `{ $key } = ["normative-document"]`

## 政府信息公开工作年度报告数据（data/annual-report/<年份>.toml）
report-unreadable = 无法读取：{ $error }
report-unreadable-help = 请检查文件权限
report-not-a-year = `{ $name }` 不是年份
report-not-a-year-help = 请以报告所属年份命名文件：data/annual-report/2025.toml
report-toml = 不是有效的 TOML：{ $error }
report-toml-help = 每一行写作 `键 = [数字]`；文字部分写作 `键 = """…"""`
report-unknown-key = { $place ->
        [top] 报告中
       *[other] [{ $place }] 中
    }有未知的键 `{ $key }`
report-keys = 此处可用的键：{ $keys }
report-not-text = `{ $key }` 不是文字
report-not-text-help = 请把这一部分写成字符串形式的 Markdown：`键 = """…"""`
report-no-title = 报告缺少 `title`
report-no-title-help = 请填写报告标题，例如 `title = "大连市人民政府{ $year }年政府信息公开工作年度报告"`
report-not-a-table = `{ $name }` 不是表
report-not-a-table-help = 请单独一行写 `[{ $name }]`，其下逐行填写
report-no-table = 缺少表 [{ $name }]
report-no-table-help = 请添加 [{ $name }] 及其各行：docs/content-format.md 列出了模板
report-no-count = [proactive] 缺少 `{ $key }`
report-no-count-help = 如果没有，请填写 `{ $key } = 0`
report-bad-fees = `fees` 不是大于或等于零的金额（万元）
report-bad-fees-help = 请填写本年收费金额，单位万元，例如 `fees = 1523.6`
report-bad-count = `{ $key }` 不是件数（大于或等于零的整数）
report-bad-count-help = 请填写本年处理决定数量，例如 `licences = 15230`
report-no-row = [{ $table }] 缺少 `{ $key }` 这一行
report-no-row-help = 请添加 `{ $key } = [{ $zeros }]`：每列一个数字（{ $columns }）
report-not-a-row = `{ $key }` 这一行不是数字列表
report-not-a-row-help = 请在方括号中写 { $width } 个数字，每列一个：{ $columns }
report-bad-cell = `{ $key }` 行第 { $n } 列（{ $column }）：`{ $value }` 不是件数（大于或等于零的整数）
report-bad-cell-help = 模板统计的是申请和案件的件数：整数，没有的填 0
report-row-width = `{ $key }` 这一行有 { $len } 个数字，而表有 { $width } 列
report-row-width-help = 每列一个数字，顺序为：{ $columns }
report-row-total = `{ $key }` 行：总计为 { $total }，但各列之和为 { $sum }（{ $parts }）
report-row-total-help = 最后一列（{ $column }）是其他各列之和：请更正有误的数字
report-answered-total = `answered_total` 行 { $column } 列：总计为 { $total }，但上面各项办理结果之和为 { $sum }
report-answered-total-help = （七）总计等于（一）至（六）及其各子项之和
report-balance = { $column } 列：本年新收 { $received } + 上年结转 { $carried } = { $came }，但办理结果总计 { $answered } + 结转下年度 { $forward } = { $went }
report-balance-help = 模板的勾稽关系：第一项加第二项之和，等于第三项加第四项之和——本年的每件申请都要么办结，要么结转下年度

code-E070-title = 解读指向不存在的条目
code-E070-text =
    政策解读用 `interprets = "<索引号>"` 指明它所解读的政策；本网站没有条目使用这个索引号。通常是笔误：帮助信息给出最接近的索引号。
code-E071-title = 解读指向另一篇解读
code-E071-text =
    政策解读针对的是政策。它所指向的条目本身也是一篇解读（或就是这篇解读本身）：请改为指向政策。
code-E072-title = 有解读形式而无所解读的政策
code-E072-text =
    `interpretation_kind`（text 文字、graphic 图解、video 视频、qa 问答）描述的是解读；带有它的条目还必须用 `interprets` 说明所解读的政策。
code-E073-title = 年度报告中有未知的键
code-E073-text =
    data/annual-report/<年份>.toml 中的某个键不属于国家年度报告格式（国办公开办函〔2021〕30号）在本文件中的写法：通常是笔误，帮助信息给出最接近的键。docs/content-format.md 列出了每张表和每一行。
code-E074-title = 年度报告数字格式有误
code-E074-text =
    data/annual-report/<年份>.toml 中的某个数字不符合它在模板中的位置：件数为负数或不是整数，某行的列数不对，缺少某行或某张表，或者文件名不是年份。件数为大于或等于零的整数；收费金额以万元为单位。
code-E075-title = 年度报告勾稽关系不符
code-E075-text =
    模板中的表格数字必须相互吻合，检查时会核对：每行的总计等于各列之和；（七）总计等于各项办理结果之和；每个申请人列中，本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理；行政复议、行政诉讼的每个总计等于各结果之和。错误信息列出了不相符的数字。
code-W020-title = 政策未及时发布解读
code-W020-text =
    site.toml 的 [disclosure] interpretation_required 列出了须与政策解读同步发布的规范性文件体裁（2019年政府网站检查指标要求政策文件与解读同步发布、相互关联）；interpretation_within_days（默认 3）是政策发布后首篇解读最迟的天数。本政策的首篇解读发布晚于时限，或者时限已过仍没有解读（按网站时钟计算）。届时已废止或失效的政策不再要求。请发布解读：一个写有 `interprets = "<本政策索引号>"` 的条目。
code-E080-title = 术语表无法读取或不是 TOML
code-E080-text =
    某语言的术语表 locales/<lang>/glossary.toml 无法读取，或不是有效的 TOML。信息给出行号以及 TOML 在该处期望的内容。术语表是一个 [terms] 表：每个术语按中文原文书写，值为译文必须使用的译法。
code-E081-title = 术语表中的译法为空
code-E081-text =
    术语表中某个术语的译法或某个可接受形式为空，译文将无从对照：请写出译法，或不列该术语。
code-E082-title = 术语表中术语重复
code-E082-text =
    同一个中文术语（不计空格和全角形式）在同一术语表中出现两次，究竟以哪个译法为准不明确。请只保留一个，其他可接受的形式写入其 `variants`。
code-E083-title = 术语表的术语不是中文
code-E083-text =
    术语表的键是中文原文中的术语；这个键没有任何汉字，原文永远不会出现它。常见原因是术语和译法写反了。
code-E084-title = 术语表条目形式不对
code-E084-text =
    术语表中有不属于它的键（只能有 [terms]；术语的表只能有 `rendering`、`variants`、`note`、`in_text`），或值的类型不对（应为文本；`variants` 为文本列表；`in_text` 为 true 或 false）。
code-E085-title = 为源语言设了术语表
code-E085-text =
    术语表给出原文术语在某一外语中的译法，源语言不需要。请把文件移到它所翻译的语言的文件夹，或删除它。
code-W070-title = 译文未使用术语表规定的译法
code-W070-text =
    中文原文中出现该语言术语表（locales/<lang>/glossary.toml）里的术语时，译文中对应的文字（同一前置字段，或正文中同一段落）必须使用术语表的译法或其 `variants` 之一。比较方式与站内搜索相同：不计大小写、重音符号和 ё，英语、西班牙语、俄语按词干比较，因此复数和变格都能匹配；日语、韩语按字符比较，不计空格。包含在更长术语中的术语，算作那个更长术语的一部分。信息列出术语、规定译法以及（能找到时）译文实际的写法。请修改译文；如果译文正确，请把它的写法加入该术语的 `variants`。

## 术语统一译法表（locales/<lang>/glossary.toml）
glossary-unreadable = 无法读取术语表：{ $error }
glossary-of-source = 源语言（{ $lang }）不设术语表：其术语就是原文
glossary-of-source-help = 术语表给出中文术语在某一外语中的固定译法：请把文件移到该语言的 locales/<lang>/glossary.toml，或删除它
glossary-toml = 术语表不是有效的 TOML：{ $error }
glossary-toml-help = 每个术语在 [terms] 下写一行，如 `"大连市人民政府" = "Dalian Municipal People's Government"`；或写成表 [terms."行政规范性文件"]，含 `rendering`，可选 `variants` 和 `note`；每个术语只写一次
glossary-unknown-key = `{ $key }` 不是术语表的组成部分：术语应写在 [terms] 下
glossary-not-a-table = `terms` 必须是术语的表
glossary-shape-help = 在 [terms] 下写 `"规范性文件" = "normative document"`，或写成表 [terms."规范性文件"]，含 `rendering = "…"`、`variants = ["…"]`（其他可接受的形式）、`note = "…"` 以及 `in_text = false`（仅作标签、不在正文中检查）
glossary-unknown-term-key = `{ $key }` 不是术语 { $term } 的键
glossary-wrong-type = 术语 { $term } 的 `{ $key }` 类型不对（`rendering`、`note` 为文本；`variants` 为文本列表；`in_text` 为 true 或 false）
glossary-empty = 术语 { $term } 的译法为空
glossary-empty-help = 请写出译文必须使用的译法，如 `"大连市人民政府" = "Dalian Municipal People's Government"`；不确定时宁可不列该术语，不要留空
glossary-duplicate = 术语 { $term } 已在第 { $line } 行给出
glossary-duplicate-help = 每个术语只写一次：保留正确的译法，其他可接受的形式写入其 `variants`
glossary-term-not-chinese = 术语 `{ $term }` 不是用中文写的
glossary-term-not-chinese-help = 术语表的键是中文原文中的术语，值是其译法：`"大连市人民政府" = "Dalian Municipal People's Government"`（是否把两者写反了？）
glossary-miss = 原文有“{ $term }”，术语表的译法是“{ $rendering }”；本段译文没有使用
glossary-miss-nearby = 原文有“{ $term }”，术语表的译法是“{ $rendering }”；本段译文写的是“{ $has }”
glossary-miss-help = 请使用术语表的译法（{ $glossary } 第 { $line } 行）；如果本译文正确，请把它的写法加入该术语的 `variants`
