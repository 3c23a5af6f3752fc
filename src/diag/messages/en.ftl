# The tool's own messages (en). Every id here exists in the other catalogue too,
# with the same variables (tests hold it). See src/diag/messages.rs.

## Severities and the words around every diagnostic

severity-error = error
severity-warning = warning
severity-note = note
severity-help = help

## Messages, templates and output (theme/, render/, output/, pipeline)

cannot-read-path = cannot read { $path }: { $error }
cannot-write = cannot write { $path }: { $error }
cannot-write-beside = cannot write beside { $path }: { $error }
not-a-manifest = { $path } is not a gongkai manifest: { $error }
fluent-syntax = Fluent syntax error: { $detail }
fluent-syntax-help = messages are `id = text`; continuation lines are indented; see projectfluent.org
no-date-format = no date format for `{ $tag }`: { $error }
no-number-format = no number format for `{ $tag }`: { $error }
message-missing = message `{ $id }` is missing in language `{ $lang }`
message-missing-help = add `{ $id } = …` to locales/{ $lang }/site.ftl (or another .ftl file there), written in that language
message-unused = message `{ $id }` is not used by any page
message-unused-help = remove it, or declare the id it names in site.toml (agency-<id> needs [agencies.<id>], sector-<id> taxonomy.sectors, …)
render-failed = rendering { $template } failed: { $error }
page-without-source = this page has no Chinese source file
template-error = template error: { $error }
output-link-broken = links to /{ $target }, which the build does not write
output-link-broken-help = a template of the theme or a site's own page links a path with no page or file behind it: fix the link in the template, or add the file under content/

## gongkai serve

cannot-open-site = cannot open the site folder { $path }: { $error }
cannot-listen = cannot listen on { $address }: { $error }
no-ip-address = the server has no IP address
cannot-handle-ctrl-c = cannot handle Ctrl-C: { $error }
cannot-watch = cannot watch { $path }: { $error }
serve-serving = Serving { $root } at { $url } (Ctrl-C to stop).
serve-loaded = Loaded in { $loaded } s, rendered in { $rendered } s.
serve-stopping = Stopping.
serve-files = { $count } files
serve-the-site = the site
serve-fixed = The errors are fixed.
serve-times = { $times } ms
serve-changed = { $what } changed: { $pages ->
        [one] 1 page updated
       *[other] { $pages } pages updated
    }, served after { $times }.
serve-broken = { $what }: { $count ->
        [one] 1 error
       *[other] { $count } errors
    }; the last good version stays served.
serve-no-browser = Could not open a browser ({ $opener }: { $error }); open { $url } yourself.
serve-building = Building the site…
serve-nothing-here = Nothing is here.
overlay-title = { $count ->
        [one] 1 error in the site: this is the last good version
       *[other] { $count } errors in the site: this is the last good version
    }
overlay-save = Save a fix and the page updates by itself.

## Rules on records, guides and translations (check/)

translation-without-source = this translation has no Chinese source file
translation-without-source-help = records and guides are published from their Chinese source: add content/{ $key }.md, or check the file name
draft = draft: checked, but not built
draft-help = remove `draft = true` to publish it; `--drafts` previews it
reserved-place = /{ $key }/ is a page the build makes
reserved-place-help = the folders { $folders } at the top of content/, disclosure/statistics/, disclosure/on-request/, disclosure/annual-report/ and any folder named `page` are the build's own listings: move the file elsewhere
request-form-missing = on-request form `{ $form }` does not exist under content/
request-form-missing-help = put the blank request form under content/ and give its path from there, e.g. `disclosure/forms/request.pdf`
site-code-missing = the site code (网站标识码) is missing: every page's footer and meta tags need it
site-code-missing-help = add [identity] site_code = "<6-digit region code><4 digits>" as assigned by the national government-site platform, with icp, police and error_report_url
doc-no-not-standard = document number `{ $no }` is not in GB/T 9704 form
doc-no-brackets = the year goes in the hexagonal brackets 〔〕 (U+3014, U+3015), not [] or (): { $example }
doc-no-parts = write issuer code, year in 〔〕, serial and 号: { $example }
doc-no-di = no 第 before the serial: { $example }
doc-no-short-year = write the full four-digit year: { $example }
doc-no-leading-zero = the serial has no leading zeros (12号, not 012号): { $example }
doc-no-hao = the number ends with 号: { $example }
doc-no-form = expected the form { $example }
summary-too-long = summary has { $count } characters; the catalogue allows 100
summary-too-long-help = shorten the summary (内容概述) to at most 100 characters; the body carries the detail
written-after-published = written ({ $written }) is after published ({ $published })
written-after-published-help = a document is published on or after the day it is signed (成文日期 ≤ 发布日期)
scheduled = scheduled: goes live on { $date } (in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; today is { $today })
scheduled-help = the build leaves it out of pages, listings, feeds, the sitemap and search until that day; `--future` previews it
repealed-without-date = a repealed or expired record needs its date
repealed-without-date-help = add `repealed = YYYY-MM-DD`: the day it was repealed or expired (废止/失效日期)
supersedes-unknown = supersedes `{ $old }`, but no record has that index number
did-you-mean = did you mean `{ $name }`?
promised-over-legal = the promised time limit is longer than the legal one
promised-over-legal-help = the promised limit (承诺办结时限) is normally at most the statutory limit (法定办结时限); check both
online-url-not-https = online_url `{ $url }` is not an https address
online-url-not-https-help = government online services are served over https: write the https:// address
catch-all-material = `{ $name }` is a catch-all material
catch-all-material-help = name each document the applicant must bring; inspections flag 其他材料 / "other materials"
fee-without-fees = `fee = true` but no [[fees]] are listed
fee-without-fees-help = add a [[fees]] table with name, standard and basis for each charge, or set `fee = false`
blank-form-missing = blank form `{ $form }` does not exist under content/
blank-form-missing-help = put the file under content/ and give its path from there, e.g. `services/forms/application.pdf`
lists-differ = the source has { $source } [[{ $key }]] but this translation has { $translated }
lists-differ-help = translate each of the source's [[{ $key }]] once, in the same order
duplicate-id = { $key } `{ $id }` is already used by { $first }
duplicate-id-free = each { $key } is unique across the site; the next free one is `{ $free }`
duplicate-id-help = each { $key } is unique across the site; give this one a number of its own
index-no-pattern = index_no `{ $index_no }` does not match the site's pattern
index-no-pattern-help = write the body code, `/`, the year, `-` and the serial, e.g. `{ $example }` (pattern: { $pattern })
supersedes-cycle = supersedes forms a cycle: { $cycle }
supersedes-cycle-help = a record can only replace older ones: remove the link that points back
the-home-page = the home page
the-section = section `{ $key }`
section-stale = { $name } is stale: its newest item is from { $date }, and it must be updated every { $period }
section-empty = { $name } has no dated items; it must be updated every { $period }
section-stale-help = publish new items regularly; five stale or empty sections fail a government-site inspection
period-weeks = { $count ->
        [one] week
       *[other] { $count } weeks
    }
period-days = { $count ->
        [one] day
       *[other] { $count } days
    }
period-years = { $count ->
        [one] year
       *[other] { $count } years
    }
period-months = { $count ->
        [one] month
       *[other] { $count } months
    }
stale-translation = the source { $source } has changed since this translation was made
stale-translation-help = update the translation, then run `gongkai i18n mark { $file }`
undeclared-id = `{ $key }` is `{ $id }`, which is not declared in site.toml
undeclared-id-near = did you mean `{ $name }`? (declared in { $list })
undeclared-agency-list = use one of: { $ids }; for an agency not in the list, ask the site's maintainer to add it
undeclared-id-list = declare it in { $list } in site.toml, or use one of: { $ids }
undeclared-id-meant = did you mean `{ $id }` ({ $label })? `{ $key }` takes the id, not the name
undeclared-id-ask = use one of: { $ids }; for a new one, ask the site's maintainer to declare it
held-draft = a draft
held-scheduled = scheduled for { $date }
link-held-back = link to { $target }, which is { $why } and not published yet
link-held-back-help = readers would find a dead link: publish the two together (the same `published` date, or no `draft`), or link to it once it is live
link-broken = link to { $target }, but no page or file is there
link-broken-help = link to an existing page by its path (`/services/business-registration/`), or to a file beside this one (`dl-2026-00060.md`, `chart.png`)
raw-html-removed = raw HTML: { $what ->
        [script] a <script> element
        [style] a <style> element
        [frame] an embedded frame or object
        [form] a form control
        [head] a <link>, <meta> or <base> element
        [handler] an event-handler attribute (on…=)
        [javascript] a javascript: URL
       *[style-attribute] a style attribute
    } is removed before publication
raw-html-removed-help = write Markdown instead; scripts, event handlers, javascript: URLs, frames, forms and styles never reach readers
online-languages-without-url = online_languages without an online_url
online-languages-without-url-help = online_languages says which languages the online service (online_url) is offered in: add online_url or remove the key
online-language-unknown = online_languages names `{ $code }`, which is not a language of the site
online-language-unknown-help = use the codes of site.toml's [[languages]]: { $codes }
stale-changed = update the translation, then run `gongkai i18n mark { $file }`. The source changed since the version of { $date } (commit { $commit }) it was made from:
    { $diff }
stale-no-git = update the translation, then run `gongkai i18n mark { $file }`. What changed in the source cannot be shown: the site is not in a git repository (or git is not installed)
stale-no-history = update the translation, then run `gongkai i18n mark { $file }`. What changed in the source cannot be shown: { $source } has no committed history
stale-no-match = update the translation, then run `gongkai i18n mark { $file }`. What changed in the source cannot be shown: none of its { $count ->
        [one] 1 committed version
       *[other] { $count } committed versions
    } is the one the translation's source_digest was made from
stale-more-lines = { $count ->
        [one] 1 more changed line
       *[other] { $count } more changed lines
    }
fact-differs = the translation says { $said }; the source says { $source_says }
fact-not-in-source = the translation says { $said }, which { $source } does not say
fact-help = a translation carries the source's facts, never its own: write the number, date or amount as the source gives it, or ask whoever changed the source to update it first

## Reading content files (content/)

cannot-read-file = cannot read the file: { $error }
cannot-read-entry = cannot read: { $error }
no-content-folder = the site has no content/ folder
no-content-folder-help = create content/ beside site.toml and put the records, guides and pages there
symlink-outside = this symbolic link points outside the site
symlink-outside-help = copy the file into content/ instead: a build must not publish files from elsewhere
name-not-slug = `{ $name }` is not an ASCII slug
name-not-slug-help = file and folder names use lowercase a-z, 0-9 and hyphens (e.g. `dl-2024-00012.md`): the name becomes the URL
language-suffix-unknown = `.{ $code }.md`: the language `{ $code }` is not configured in site.toml
language-suffix-unknown-help = configured languages: { $codes }
not-utf8 = the file is not valid UTF-8
not-utf8-help = save the file as UTF-8 (not GBK/GB18030); most editors offer it under "Save with encoding"
file-empty = the file is empty
file-empty-help = start with a `+++` line, the front matter (at least `title = "…"`), a closing `+++` line, then the text
no-front-matter = the file does not start with front matter
no-front-matter-help = the first line must be `+++`, followed by TOML keys and a closing `+++` line
front-matter-open = the front matter is never closed
front-matter-open-help = add a line with only `+++` after the last front-matter key, before the text
write-it-as = write it as: { $line }
front-matter-toml = front matter is not valid TOML: { $detail }
front-matter-toml-help = front matter is TOML: `key = "text"`, dates as 2024-03-08, lists as ["a", "b"]
fact-in-translation = `{ $key }` is a fact and is set only in the Chinese source
fact-in-translation-help = remove it from the translation: facts (numbers, dates, agencies, codes, limits) come from the source file
kind = { $kind ->
        [record] a disclosure record
        [record-text] a record's translation
        [guide] a service guide
        [guide-text] a guide's translation
       *[page] a page
    }
unknown-key = unknown key `{ $key }` in { kind }
unknown-key-help = the keys of { kind } are: { $keys }
field-empty = `{ $key }` is empty
field-empty-help = a required field needs a value
field-missing = missing required field `{ $key }`
field-missing-labelled = missing required field `{ $key }` ({ $label })
field-missing-help = add `{ $key } = …` to the front matter of { kind } (see docs/content-format.md)
body-placeholder = the text is still the placeholder that `gongkai new` wrote
body-placeholder-help = write the text of the page in its place
wrong-value = { $detail }
wrong-value-help = see docs/content-format.md for the type and allowed values of each key
mistake-full-width-equals = full-width equals sign `＝` between key and value
mistake-colon = `{ $sign }` between key and value: TOML uses `=`
mistake-key = Chinese punctuation or full-width letters in the key `{ $key }`
mistake-quotes = the value is in Chinese quotation marks (“…” or 「…」); TOML needs straight quotes "…"
mistake-comma = the list is separated by Chinese commas `，`; TOML needs `,`
mistake-date = the date `{ $date }` is not written YYYY-MM-DD

## site.toml (config/)

cannot-read-config = cannot read { $path }: { $error } (is --root the site's folder?)
toml-error = { $detail }
detail = { $detail }
site-code-malformed = site code `{ $code }` is not a 网站标识码
site-code-malformed-help = [identity] site_code is the 10-digit code the national government-site platform assigned: the 6-digit region code and 4 digits (`2102000001`), or `bm` and 8 digits for a ministry
icp-malformed = ICP filing number `{ $icp }` is malformed
icp-malformed-help = write it as the filing system shows it: the province's abbreviation, ICP备, the number and 号, e.g. `辽ICP备05003015号`
police-malformed = public-security filing number `{ $police }` is malformed
police-malformed-help = write the province's abbreviation, 公网安备, the 14-digit number and 号, e.g. `辽公网安备 21020202000001号`
error-report-url-not-https = error_report_url is not an https:// address
timezone-unknown = timezone `{ $timezone }` is not an IANA time zone
timezone-near = did you mean `{ $name }`? (China is `Asia/Shanghai`)
timezone-help = write a name from the IANA time zone database, such as `Asia/Shanghai` (the default) or `Europe/Berlin`
editor-lang-invalid = [editor] lang `{ $lang }` is not a language the tool speaks
editor-lang-invalid-help = write `zh` (Chinese) or `en` (English)
no-languages = no languages are configured
no-languages-help = add at least one [[languages]] table with `code` and `tag`; the first is the default language
language-code-invalid = language code `{ $code }` is not a lowercase ASCII code
language-code-invalid-help = use a short code such as `zh`, `en` or `pt-br`: it becomes the URL prefix and the file suffix
language-twice = language `{ $code }` is configured twice
language-tag-invalid = language tag `{ $tag }` is not a BCP 47 tag
language-tag-invalid-help = use a tag such as `zh-CN`, `en` or `ru`
base-url-invalid = base_url `{ $url }` is not an absolute http(s) URL
base-url-invalid-help = write the public address of the site, e.g. `https://www.dl.gov.cn`
index-no-pattern-invalid = index_no_pattern is not a valid regular expression
per-page-zero = per_page is 0
per-page-zero-help = write how many rows each page of the catalogue lists, e.g. `per_page = 20`
on-request-agency-undeclared = on_request.agency `{ $agency }` is not declared
on-request-agency-undeclared-help = declare it as [agencies.{ $agency }], or name one of the declared agencies
on-request-url-not-https = on_request.online_url is not an https:// address
update-within-invalid = update_within `{ $period }` of section `{ $section }` is not a period
update-within-invalid-help = write a number and a unit: `14d` (days), `2w` (weeks), `6m` (months) or `1y` (years)

## Progress and summary lines of the commands (cli/)

summary-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }.
deny-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, and --deny-warnings makes warnings fail
check-clean = No errors ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }).
check-clean-held = No errors ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; { $held ->
        [one] 1 file
       *[other] { $held } files
    } drafted or scheduled, left out of the build).
explain-unknown = no diagnostic has the code `{ $code }`
not-a-date = `{ $value }` is not a date in the form YYYY-MM-DD
has-errors = { $path } has errors
path-error = { $path }: { $error }
cannot-create = cannot create { $path }: { $error }
nothing-written = Nothing was written.
build-nothing-written = Nothing was written; the previous output is unchanged.
build-diff = Against the old manifest: { $added } added, { $changed } changed, { $removed } removed.
build-unchanged = Nothing changed since the last build: { $out } is as it was ({ $files } files, checked in { $seconds } s; --force makes it again).
build-done = Built { $files } files into { $out } in { $seconds } s (pages: { $pages }; search index { $search_seconds } s).
build-held = Left out: { $count ->
        [one] 1 file
       *[other] { $count } files
    }, drafts or scheduled for a later day (`gongkai check` says when; --drafts, --future preview them).
deploy-summary = { $dry_run ->
        [yes] Would deploy
       *[no] Deployed
    } to { $target }: { $uploaded } uploaded ({ $bytes }), { $deleted } deleted, { $unchanged } unchanged, in { $seconds } s.
deploy-objects = { $done }/{ $total } objects
deploy-deleting = deleting { $count } objects
schema-written = Wrote { $count } schemas into { $dir }.
i18n-marked = Marked { $file } as following its current source.
i18n-not-content = { $file } is not a content file of the site at { $root }
i18n-mark-source = { $file } is a source, not a translation: mark the translations made from it (e.g. { $example })
i18n-no-source = { $file } has no source to follow
i18n-status-title = Translations by language and section (fresh / stale / unverified / missing; of those there, tentative / machine):
i18n-status-row = { $fresh } fresh  { $stale } stale  { $unverified } unverified  { $missing } missing
i18n-status-footer = Stale: update the translation, then `gongkai i18n mark FILE`. Unverified: check it against the source, then mark it.
new-reserved = content/{ $rel } is where the build makes its own pages (/{ $key }/): choose another folder
new-created = Created { $path }. Fill in the empty fields, then run `gongkai check`.
search-no-language = the site has no language `{ $asked }` (it has: { $have })
search-results = { $count ->
        [one] 1 result.
       *[other] { $count } results.
    }
lang-unknown = `{ $value }` is not a language the tool speaks: use `zh` (中文) or `en` (English)
new-not-under-content = { $path } is not under { $content }
new-not-md = { $path }: the file name must end in .md
new-not-slug = `{ $name }` is not an ASCII slug: use lowercase a-z, 0-9 and hyphens, e.g. dl-2026-00061.md
new-record-folder = a disclosure record goes under content/disclosure/ (e.g. content/disclosure/2026/dl-2026-00061.md)
new-guide-folder = a service guide goes under content/services/ (e.g. content/services/passport-renewal.md)
new-page-folder = a plain page cannot go under content/disclosure/ or content/services/
new-exists = { $path } already exists; nothing was written
new-agency-undeclared = agency `{ $agency }` is not declared in site.toml; declared: { $declared }
new-no-agency = declare an agency in site.toml first: [agencies.<id>] with its body `code`

## --help: each command's about and each flag's help (cli/). A command's
## about is cli-<path>-about; a flag's help cli-<path>-<id>, or cli-arg-<id>
## for the flags many commands share.

cli-heading-usage = Usage:{" "}
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-lang = The language of the tool's messages, zh or en [default: GONGKAI_LANG, then LC_ALL, LC_MESSAGES, LANG, then [editor] lang in site.toml, else en]
cli-arg-root = The site's folder (with site.toml and content/) [default: the nearest folder holding a site.toml, from the working directory upward]
cli-arg-today = The day to check against, YYYY-MM-DD [default: today in the site's timezone]
cli-arg-deny_warnings = Exit with 1 when there are warnings, as when there are errors (for CI)
cli-gongkai-about = gongkai (公开): builds multilingual government information-disclosure portals
cli-gongkai-build-about = Check the site and write it to the output folder (atomically)
cli-gongkai-build-out = Where to write the site [default: ROOT/public]
cli-gongkai-build-base_url = The public address, overriding base_url in site.toml
cli-gongkai-build-today = The day to build for, YYYY-MM-DD [default: today in the site's timezone]
cli-gongkai-build-no_compress = Write no precompressed .gz and .br files, whatever site.toml says
cli-gongkai-build-diff_against = A previous build's manifest.json: print what was added, changed and removed
cli-gongkai-build-drafts = Build the files marked `draft = true` too, to preview them
cli-gongkai-build-future = Build the records scheduled after today too, to preview them
cli-gongkai-build-format = How to print problems and the summary: text, github, or `json` prints one object, {"{"}"diagnostics": […], "build": {"{"}…{"}"} or null{"}"}, on stdout
cli-gongkai-build-deny_warnings = Exit with 1 when there are warnings (the site is written all the same)
cli-gongkai-build-quiet = Print only warnings and errors
cli-gongkai-build-force = Make every file again, even when nothing changed since the last build
cli-gongkai-check-about = Report every problem in the content, without writing anything
cli-gongkai-check-format = How to print problems: text (like a compiler: file:line:col, the line, a caret, help), json (an array of {"{"}severity, code, file, line, column, message, help{"}"}) or github (workflow annotations, paths relative to the working directory). json and github keep the codes, files and lines; their text follows --lang)
cli-gongkai-check-explain = Explain a diagnostic code (e.g. E029) instead of checking
cli-gongkai-new-about = Create a record, guide or page with every required field
cli-gongkai-new-kind = What to create: disclosure (a record), guide (a service guide) or page
cli-gongkai-new-path = The file, e.g. content/disclosure/2026/dl-2026-00061.md
cli-gongkai-new-agency = The agency id (records and guides) [default: the first declared agency with a body `code`, else the first declared]
cli-gongkai-new-today = The day for the dates and the index number's year [default: today in the site's timezone]
cli-gongkai-i18n-about = Translations: what is missing or stale, and recording what is up to date
cli-gongkai-i18n-status-about = Per language and section: translated, stale, unverified and missing files
cli-gongkai-i18n-status-format = How to print the table: text, or json (an array of rows {"{"}lang, section, counts, files{"}"})
cli-gongkai-i18n-mark-about = Record in each translation that it follows its source as it is now
cli-gongkai-i18n-mark-files = Translation files, e.g. content/disclosure/2024/dl-2024-00012.en.md
cli-gongkai-search-about = Search the portal as a reader would, in one language
cli-gongkai-search-query = What to look for: words, two characters of a Chinese title, a document number
cli-gongkai-search-lang = The edition to search [default: the site's first]; here --lang is the edition, so give the tool's language before the command (gongkai --lang zh search …) or in GONGKAI_LANG
cli-gongkai-search-limit = How many results to print
cli-gongkai-search-json = Print a JSON array of {"{"}url, title, kind, date, score{"}"}
cli-gongkai-serve-about = Serve the site for editing: rebuilt in memory on every save, pages reload themselves
cli-gongkai-serve-port = The port to listen on (0: any free port)
cli-gongkai-serve-bind = The address to listen on; another machine can connect only if it is not 127.0.0.1
cli-gongkai-serve-open = Open the site in the default browser
cli-gongkai-schema-about = Print the JSON Schema of the front matter (draft 2020-12)
cli-gongkai-schema-out = Write one file per kind (record.schema.json, …) into this folder instead
cli-gongkai-deploy-about = Publish the built output to S3-compatible object storage (OSS, COS, OBS, S3), sending only what changed. Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; the rest from [deploy] in site.toml or these options
cli-gongkai-deploy-root = The site's folder (its site.toml gives the [deploy] settings, if any)
cli-gongkai-deploy-dir = The built output to publish [default: ROOT/public]
cli-gongkai-deploy-to = Where: s3://BUCKET[/PREFIX] (with --endpoint), or http(s)://ENDPOINT/BUCKET[/PREFIX] (path-style)
cli-gongkai-deploy-endpoint = The storage's S3 endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com
cli-gongkai-deploy-region = The signing region [default: [deploy] region, AWS_REGION, us-east-1]
cli-gongkai-deploy-path_style = Address the bucket in the path (ENDPOINT/BUCKET/KEY), not the host name
cli-gongkai-deploy-precompressed = How to publish the .gz/.br copies: the gzip copy under the file's name with Content-Encoding (content-encoding, the default), every copy as an object of its own for a CDN rule (side-files), or none (skip)
cli-gongkai-deploy-jobs = Uploads at once [default: 8]
cli-gongkai-deploy-dry_run = Print what would be uploaded and deleted, in order, and change nothing
cli-gongkai-deploy-quiet = Print only errors
cli-gongkai-help-about = Print this help, or the help of the given command
cli-gongkai-help-command = The command (and subcommand), e.g. build, or i18n mark
help-unknown-command = there is no command `{ $name }`

## Diagnostic codes: title and explanation (check --explain)

code-E001-title = TOML syntax error
code-E001-text =
    The front matter (or site.toml) is not valid TOML. Strings need quotes on both sides, dates are written bare (2024-03-08), lists in brackets (["a", "b"]), and each key appears once. A value of the wrong type or form for its key is refused here too: text where a number belongs, an id in site.toml that is not an ASCII slug, a source_digest that is not one. The caret shows where the parser stopped.

code-E002-title = invalid site.toml
code-E002-text =
    A value in site.toml has the right type but is not usable: a language code that is not lowercase ASCII, a tag that is not BCP 47, a base_url that is not http(s), or an index_no_pattern that is not a valid regular expression.

code-E003-title = no front matter
code-E003-text =
    Every content file starts with a line of three plus signs (+++), then TOML keys, then another +++ line, then the Markdown text. An empty file, or one whose first line is something else, is refused.

code-E004-title = front matter never closed
code-E004-text =
    The opening +++ has no closing +++ line, so the whole file would be read as TOML. Add a line with only +++ after the last key.

code-E005-title = missing or empty required field
code-E005-text =
    A field that this kind of file must have is absent or an empty string. Records need index_no, title, agency, written, published, topic, catalog and disclosure; guides need the ten key elements inspectors check (title, legal_basis, conditions, materials, place, agency, fee, hours, phone, steps) and their codes and limits.

code-E006-title = unknown front-matter key
code-E006-text =
    The key is not part of this kind of file. Usually a typo: the help names the closest known key. docs/content-format.md lists every key.

code-E007-title = fact set in a translation
code-E007-text =
    Facts (index numbers, dates, agencies, codes, validity, fees, limits) live only in the Chinese source, so that every language shows the same facts. Remove the key from the translation.

code-E008-title = wrong type or value
code-E008-text =
    The key exists but its value has the wrong type (text where a number or date is expected) or is not one of the allowed values; the message lists them.

code-E009-title = site identity malformed
code-E009-text =
    The footer identity in site.toml's [identity] must have the forms inspectors check: site_code is the 网站标识码 (a 6-digit region code and 4 digits, or `bm` and 8 digits); icp is `<province>ICP备<number>号`; police is `<province>公网安备 <14 digits>号`; error_report_url is https.

code-E010-title = cannot read
code-E010-text =
    A file or folder under content/ could not be read (permissions, a broken disk), or there is no content/ folder at all.

code-E011-title = symbolic link leaves the site
code-E011-text =
    A symbolic link under content/ points outside the site's folder. A build must publish only files that are part of the site: copy the file in instead.

code-E012-title = name is not an ASCII slug
code-E012-text =
    File and folder names become URLs, which must be the same in every language: lowercase a-z, digits and single hyphens (dl-2024-00012.md).

code-E013-title = unknown language suffix
code-E013-text =
    A file named page.xx.md is a translation into language xx, which must be configured in site.toml's [[languages]].

code-E014-title = not UTF-8
code-E014-text =
    The file is not valid UTF-8 (often it was saved as GBK or GB18030). Save it as UTF-8; a byte-order mark and CRLF line ends are fine.

code-E015-title = Chinese-keyboard punctuation in front matter
code-E015-text =
    TOML needs ASCII punctuation: `=` between key and value (not ＝ or ：), straight quotes around text ("…", not “…” or 「…」), `,` between list items (not ，), and keys in ASCII letters. Chinese quotation marks inside the text are fine. The help gives the line as it should be.

code-E016-title = date not written YYYY-MM-DD
code-E016-text =
    Dates are written bare, with hyphens and two-digit months and days: written = 2026-11-27, not 2026/11/27, 2026.11.27, 2026年11月27日 or "2026-11-27" in quotes. The help gives the line as it should be.

code-E017-title = placeholder text left in
code-E017-text =
    `gongkai new` writes a placeholder where the text goes, and leaves every fact the editor must decide (title, topic, catalogue, codes, places) empty, so that `check` refuses the file until each is filled. Replace the placeholder with the text.

code-E020-title = translation without a source
code-E020-text =
    Records and guides are published from their Chinese source; a translation needs the source file beside it, with the same name and no language suffix.

code-E021-title = undeclared id
code-E021-text =
    Agencies, topics, genres, catalogs, sectors and life events are ids declared in site.toml, each named in the locale files. Declare the id or correct it; the help suggests the closest declared one.

code-E022-title = written after published
code-E022-text =
    A document is published on or after the day it was written (成文日期 ≤ 发布日期).

code-E024-title = repealed or expired without a date
code-E024-text =
    A record with validity "repealed" or "expired" needs `repealed = YYYY-MM-DD`, the day it stopped being in force.

code-E025-title = supersedes an unknown record
code-E025-text =
    Every index number in `supersedes` must belong to a record of the site.

code-E026-title = supersedes cycle
code-E026-text =
    Records replace older ones; a chain of `supersedes` that comes back to where it started cannot be right.

code-E027-title = duplicate identifier
code-E027-text =
    index_no and task_code are unique across the site: two files claim the same one.

code-E028-title = index number does not match the pattern
code-E028-text =
    index_no must match [disclosure] index_no_pattern in site.toml, by default a 9- or 18-character body code, a slash, the year, a hyphen and a 5- or 6-digit serial: 11210200MB0000000X/2024-00012.

code-E029-title = document number not in GB/T 9704 form
code-E029-text =
    A document number is the issuer's code, the full year in 〔〕 (U+3014, U+3015), the serial without zero padding or 第, and 号: 大政发〔2024〕12号.

code-E030-title = translation lists do not match the source
code-E030-text =
    A guide's translation gives [[materials]], [[steps]], [[fees]] and [[faq]] in the same number and order as the source, so that each fact lines up with its translated name.

code-E031-title = fee without a fee schedule
code-E031-text =
    A guide with `fee = true` lists each charge as a [[fees]] table (name, standard, basis).

code-E032-title = blank form missing
code-E032-text =
    A material's blank_form names a file under content/ that does not exist.

code-E033-title = broken internal link
code-E033-text =
    A Markdown link to a site path (/services/x/) leads to no page and no file. Inspectors deduct for every broken link.

code-E034-title = online address is not https
code-E034-text =
    A guide's online_url must be an https:// address.

code-E035-title = content in a reserved place
code-E035-text =
    The build makes its own pages at /topics/, /agencies/, /genres/, /catalogs/, /years/, /sectors/, /life-events/, /sitemap/, /search/, /disclosure/statistics/, /disclosure/on-request/, /disclosure/annual-report/ and every …/page/N/ of a listing. A content file there would collide with them: move it.

code-E036-title = broken link in the output
code-E036-text =
    A page the build wrote links (href or src) to a site path that the same build did not write. Content links are checked with their Markdown line (E033); this one comes from a template or a page the build makes, so the file named is the output page.

code-E037-title = link to a record not yet published
code-E037-text =
    A page that is published links to a record scheduled for a later day, which the build leaves out until then: readers would meet a dead link. Publish the two together (the same `published` date), or add the link when the target goes live. `build --future` and `serve`, which show scheduled records, let it be.

code-E038-title = link to a draft
code-E038-text =
    A page that is published links to a draft, which the build leaves out: readers would meet a dead link. Publish the two together, or add the link when the draft is published. `build --drafts` and `serve`, which show drafts, let it be.

code-E040-title = Fluent syntax error
code-E040-text =
    A .ftl file under locales/ (or the theme's locales/) does not parse. Messages are `id = text`; continuation lines are indented.

code-E041-title = message missing in a language
code-E041-text =
    Every message a page needs (the theme's interface text, the labels of every declared id, the site's title and organiser) must exist in every configured language.

code-E042-title = no date format for a language
code-E042-text =
    The language tag in site.toml has no date format data.

code-E050-title = template error
code-E050-text =
    A tera template of the theme does not compile or failed to render; the message names the template and the place.

code-E051-title = asset unreadable
code-E051-text =
    A file under content/ that is copied to the output could not be read.

code-N001-title = scheduled
code-N001-text =
    Not a problem: a record whose `published` date is after today (in the site's `timezone`, default Asia/Shanghai) is checked like any other but left out of the build (its page, listings, feeds, sitemap and search) until that day; a build run on that day publishes it. `--future` (and `serve`) show it before then. (Before scheduling existed this was error E023.)

code-N002-title = draft
code-N002-text =
    Not a problem: a file with `draft = true` is checked like any other but never built. Remove the line to publish it; `--drafts` (and `serve`) show it.

code-W001-title = summary too long
code-W001-text =
    A record's summary (内容概述) should be at most 100 characters under the catalogue rules.

code-W002-title = promised time limit longer than the legal one
code-W002-text =
    The promised time limit (承诺办结时限) is normally shorter than the statutory one (法定办结时限).

code-W003-title = catch-all material
code-W003-text =
    Inspections flag catch-all items such as 其他材料 ("other materials") in a guide's materials: name each document.

code-W004-title = raw HTML removed
code-W004-text =
    Raw HTML in Markdown is cleaned before publication: scripts, event handlers, javascript: URLs, frames, forms and styles are removed. Write Markdown instead.

code-W005-title = stale section
code-W005-text =
    A section (or the home page) has not had a new item within its update_within period (DOMAIN.md §3: home and news 2 weeks, notices and policies 6 months, plans and personnel 1 year). Five stale sections fail an inspection.

code-W006-title = stale translation
code-W006-text =
    The Chinese source changed after this translation was made (its source_digest no longer matches). Update the translation, then run `gongkai i18n mark FILE` to record that it follows the current source. The page shows readers a notice until then.

code-W007-title = unused message
code-W007-text =
    A message in the site's locales/ files is needed by no page: usually a typo in its id, or the label of an id that is no longer declared in site.toml.

code-W008-title = site code missing
code-W008-text =
    A government site's pages carry its 网站标识码 in the footer and in the SiteIDCode meta tag, and the report-an-error link passes it on. Set [identity] site_code in site.toml.

code-W009-title = a fact in a translation that the source does not state
code-W009-text =
    A translation's text says a date, a number of working days, an amount of money, a percentage, a phone number or a document number that the Chinese source (its text or its facts) does not: the two are compared in one form (2027年1月1日 = 1 January 2027 = 1 de enero de 2027 = 1 января 2027 г.; 60个工作日 = 60 working days = 60 días hábiles). Readers of the translation would act on a different fact: correct the translation, or the source first.

## Attachments (附件), translation status, dates
attachments-count-mismatch = the source has { $source } [[attachments]] but this translation has { $translated }
attachments-count-mismatch-help = give one [[attachments]] per attachment of the source, in its order, each with its translated `title` (and `file` only for a translated file)
attachment-title-empty = the attachment's `title` is empty
attachment-title-empty-help = name the attachment as readers should see it, e.g. `title = "附件1：申报指南"`
attachment-no-file = the attachment has no `file`
attachment-no-file-help = give the path of the file, relative to this page's file or from content/ with a leading `/`: `file = "dl-2024-00012/附件1.pdf"`
attachment-outside = attachment `{ $file }` is outside content/
attachment-outside-help = copy the file into content/ (beside the page, e.g. in a folder named like it) and name it from there: a build publishes only what is under content/
attachment-type = attachment `{ $file }` is not of a type that may be published
attachment-type-help = attachments are PDF, OFD, Word, Excel, WPS, ZIP or image files: { $allowed }
attachment-missing = attachment `{ $file }` does not exist: there is no content/{ $path }
attachment-missing-help = put the file there, or correct the path: it is relative to this page's file, or from content/ when it starts with `/`
attachment-not-its-type = `{ $name }` is named as { $kind } but is not a { $kind } file
attachment-not-its-type-help = its first bytes are not those of the format its extension names: export the document again in that format, or give it the extension of what it is
attachment-too-large = attachment `{ $name }` is { $size } bytes, over the limit of { $max } bytes
attachment-too-large-help = make the file smaller (scan at a lower resolution, split it), or raise [attachments] max_size in site.toml
max-size-not-a-size = `{ $text }` is not a size: write a number of bytes or a number and a unit, e.g. `20 MB`, `500 KB`
translation-status-on-source = `translation` is set on the Chinese source, which is no translation
translation-status-on-source-help = set `translation = "reviewed" | "tentative" | "machine"` in the translations (….en.md), and remove it here
updated-before-published = updated { $updated } is before the record was published ({ $published })
updated-before-published-help = `updated` is the day the published record was last changed: on or after `published`
updated-after-today = updated { $updated } is after today ({ $today })
updated-after-today-help = write the day the change was made; a change that comes later is written on that day
i18n-status-row-status = { $tentative } tentative  { $machine } machine

code-E060-title = attachment missing
code-E060-text =
    An [[attachments]] entry's `file` names no file under content/. The path is relative to the page's Markdown file, or from content/ when it starts with `/`.
code-E061-title = attachment outside content/
code-E061-text =
    An attachment's `file` leads out of content/ (`../../site.toml`, an absolute path): only files under content/ are published.
code-E062-title = attachment of a type that may not be published
code-E062-text =
    Attachments are PDF, OFD, DOC/DOCX, XLS/XLSX, WPS/ET, ZIP and PNG/JPEG/GIF/WebP images, known by the file name's extension.
code-E063-title = attachment is not what its extension says
code-E063-text =
    An attachment's first bytes must be those of the format its extension names (`%PDF-` for a PDF, a ZIP package for DOCX/XLSX/OFD, an OLE2 file for DOC/XLS/WPS/ET): a renamed file would not open for readers.
code-E064-title = attachment too large
code-E064-text =
    An attachment is larger than [attachments] max_size in site.toml (default 20 MB).
code-E065-title = updated before published
code-E065-text =
    A record's `updated` date is the day it was last changed after publication: it cannot be before `published`.
code-E066-title = updated in the future
code-E066-text =
    An `updated` date after the day the site is built for: write the day the change was made.
code-W060-title = translation status on a source
code-W060-text =
    `translation = "reviewed" | "tentative" | "machine"` says how far a translation can be relied on; on the Chinese source it means nothing. Set it in the translation files.

## Policy interpretations (政策解读)
kind-without-policy = interpretation_kind is set, but the record interprets nothing
kind-without-policy-help = add `interprets = "<index number of the policy>"`, or remove interpretation_kind
interprets-unknown = interprets `{ $target }`, but no record has that index number
interprets-unknown-help = give the index number (索引号) of the policy this record interprets
interprets-itself = the record interprets itself
interprets-itself-help = an interpretation names the policy it explains: give that policy's index number
interprets-interpretation = interprets `{ $target }`, which is itself an interpretation (of `{ $further }`)
interprets-interpretation-help = an interpretation explains a policy, not another interpretation: did you mean `interprets = "{ $further }"`?
interpretation-late = policy “{ $title }” ({ $index_no }): its first interpretation came out on { $date }, { $after } day(s) after it ({ $late } day(s) late)
interpretation-missing = policy “{ $title }” ({ $index_no }) has no interpretation, { $waited } day(s) after it was published on { $published } (allowed: { $within })
interpretation-late-help = publish an interpretation (政策解读) within { $within } day(s) of the policy: a record with `interprets = "{ $index_no }"` (site.toml [disclosure] interpretation_required lists `{ $genre }`)
genre-list-undeclared = { $key } names genre `{ $genre }`, which [taxonomy] genres does not declare
genre-list-undeclared-help = list ids of [taxonomy] genres, e.g. `{ $key } = ["normative-document"]`

## The annual report's data (data/annual-report/<year>.toml)
report-unreadable = cannot read: { $error }
report-unreadable-help = check the file's permissions
report-not-a-year = `{ $name }` is not a year
report-not-a-year-help = name the file after the year it reports on: data/annual-report/2025.toml
report-toml = not valid TOML: { $error }
report-toml-help = each row is `key = [numbers]`; text sections are `key = """…"""`
report-unknown-key = unknown key `{ $key }` { $place ->
        [top] in the report
       *[other] in [{ $place }]
    }
report-keys = the keys here are: { $keys }
report-not-text = `{ $key }` is not text
report-not-text-help = write the section as Markdown in a string: `key = """…"""`
report-no-title = the report has no `title`
report-no-title-help = add its title, e.g. `title = "大连市人民政府{ $year }年政府信息公开工作年度报告"`
report-not-a-table = `{ $name }` is not a table
report-not-a-table-help = write `[{ $name }]` on a line of its own, its rows below
report-no-table = the table [{ $name }] is missing
report-no-table-help = add [{ $name }] with its rows: docs/content-format.md shows the template
report-no-count = [proactive] has no `{ $key }`
report-no-count-help = add `{ $key } = 0` if there were none
report-bad-fees = `fees` is not an amount of 万元 of zero or more
report-bad-fees-help = write the fees collected in the year in ten thousand yuan, e.g. `fees = 1523.6`
report-bad-count = `{ $key }` is not a count (a whole number of zero or more)
report-bad-count-help = write the number of decisions made in the year, e.g. `licences = 15230`
report-no-row = [{ $table }] has no row `{ $key }`
report-no-row-help = add `{ $key } = [{ $zeros }]`: one number per column ({ $columns })
report-not-a-row = row `{ $key }` is not a list of numbers
report-not-a-row-help = write { $width } numbers in brackets, one per column: { $columns }
report-bad-cell = row `{ $key }`, column { $n } ({ $column }): `{ $value }` is not a count (a whole number of zero or more)
report-bad-cell-help = the template counts requests and cases: whole numbers, 0 where there were none
report-row-width = row `{ $key }` has { $len } numbers; the table has { $width } columns
report-row-width-help = one number per column, in this order: { $columns }
report-row-total = row `{ $key }`: its total is { $total }, but its columns add up to { $sum } ({ $parts })
report-row-total-help = the last column ({ $column }) is the sum of the others: correct the figure that is wrong
report-answered-total = row `answered_total`, column { $column }: the total is { $total }, but the answered rows above add up to { $sum }
report-answered-total-help = （七）总计 is the sum of （一） to （六） and all their items
report-balance = column { $column }: received { $received } + carried over { $carried } = { $came }, but answered { $answered } + carried forward { $forward } = { $went }
report-balance-help = the template's rule: 第一项加第二项之和，等于第三项加第四项之和 — every request of the year is answered or carried forward

code-E070-title = interprets an unknown record
code-E070-text =
    A policy interpretation (政策解读) names the policy it explains with `interprets = "<index number>"`; no record of the site has that index number. Usually a typo: the help names the closest one.
code-E071-title = interprets an interpretation
code-E071-text =
    An interpretation explains a policy. The record it names interprets another record itself (or is the interpretation itself): name the policy instead.
code-E072-title = interpretation kind without a policy
code-E072-text =
    `interpretation_kind` (text, graphic, video, qa) describes an interpretation; a record that has it must also say which policy it interprets with `interprets`.
code-E073-title = unknown key in an annual report
code-E073-text =
    A key of data/annual-report/<year>.toml is not part of the national template (国办公开办函〔2021〕30号) as the file writes it: usually a typo, and the help names the closest key. docs/content-format.md lists every table and row.
code-E074-title = annual report figure malformed
code-E074-text =
    A figure of data/annual-report/<year>.toml is not what its place in the template needs: a count that is negative or not a whole number, a row with too few or too many columns, a row or table that is missing, or a file not named after its year. Counts are whole numbers of zero or more; fees are an amount in 万元.
code-E075-title = annual report sums disagree
code-E075-text =
    The template's tables add up, and inspectors check it: each row's 总计 is the sum of its columns; （七）总计 is the sum of the answered rows; in every applicant column 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理; each review or lawsuit 总计 is the sum of its outcomes. The message names the numbers that disagree.
code-W020-title = policy without a timely interpretation
code-W020-text =
    site.toml's [disclosure] interpretation_required lists the genres of normative documents that must be published together with an interpretation (政策解读), as the 2019 inspection indicators ask; interpretation_within_days (default 3) is how many days after the policy its first interpretation may come out. This policy's first interpretation came later, or it has none and those days have passed (counted on the site's clock). A policy repealed or expired by then is not asked for one. Publish one: a record with `interprets = "<this policy's index number>"`.
code-E080-title = glossary file not readable or not TOML
code-E080-text =
    A language's glossary, locales/<lang>/glossary.toml, cannot be read or is not valid TOML. The message gives the line and what TOML expected there. A glossary is a [terms] table: each term as the Chinese source writes it, with the rendering translations must use.
code-E081-title = empty rendering in the glossary
code-E081-text =
    A term of the glossary has an empty rendering or an empty variant. Translations would be held to nothing: give the rendering, or leave the term out.
code-E082-title = term given twice in the glossary
code-E082-text =
    The same Chinese term (spaces and full-width forms aside) is given twice in one glossary, so which rendering holds is unclear. Keep one, and list other accepted forms in its `variants`.
code-E083-title = glossary term not written in Chinese
code-E083-text =
    A glossary's keys are the terms as the Chinese source writes them; this one has no Chinese character, so no source can ever say it. Often the term and its rendering are the wrong way round.
code-E084-title = glossary entry of the wrong shape
code-E084-text =
    The glossary has a key that is not a part of it (only [terms]; a term's table has `rendering`, `variants`, `note`, `in_text`), or a value of the wrong type (texts; `variants` a list of texts; `in_text` true or false).
code-E085-title = glossary for the source language
code-E085-text =
    A glossary gives the renderings of the source's terms in a foreign language; the source language needs none. Move the file to the folder of the language it renders, or delete it.
code-W070-title = translation not using the glossary's rendering
code-W070-text =
    Where the Chinese source says a term of the language's glossary (locales/<lang>/glossary.toml), the translation's corresponding text (the same front-matter field, or the same paragraph of the body) must say the glossary's rendering or one of its `variants`. Renderings are compared as the search compares words: case, accents and ё aside, and by stems in English, Spanish and Russian, so plurals and cases match; Japanese and Korean by characters, spaces aside. A term inside a longer term of the glossary counts as part of that one. The message names the term, the rendering and what the text says instead when it can tell. Fix the translation, or, if it is right, add its form to the term's `variants`.

## The official glossary (locales/<lang>/glossary.toml)
glossary-unreadable = cannot read the glossary: { $error }
glossary-of-source = the source language ({ $lang }) has no glossary: its terms are the terms
glossary-of-source-help = a glossary gives the renderings of the Chinese terms in a foreign language: move the file to locales/<lang>/glossary.toml of that language, or delete it
glossary-toml = the glossary is not valid TOML: { $error }
glossary-toml-help = each term is one line under [terms], `"大连市人民政府" = "Dalian Municipal People's Government"`, or a table [terms."行政规范性文件"] with `rendering`, and optionally `variants` and `note`; each term once
glossary-unknown-key = `{ $key }` is not a part of a glossary: its terms go under [terms]
glossary-not-a-table = `terms` must be a table of terms
glossary-shape-help = write a term as `"规范性文件" = "normative document"` under [terms], or as a table [terms."规范性文件"] with `rendering = "…"`, `variants = ["…"]` (other accepted forms), `note = "…"` and `in_text = false` (a label not looked for in texts)
glossary-unknown-term-key = `{ $key }` is not a key of the term { $term }
glossary-wrong-type = `{ $key }` of the term { $term } has the wrong type (`rendering`, `note`: text; `variants`: a list of texts; `in_text`: true or false)
glossary-empty = the term { $term } has an empty rendering
glossary-empty-help = give the rendering translations must use, e.g. `"大连市人民政府" = "Dalian Municipal People's Government"`; leave a term out rather than empty
glossary-duplicate = the term { $term } is already given at line { $line }
glossary-duplicate-help = give each term once: keep the rendering that is right and put other accepted forms in its `variants`
glossary-term-not-chinese = the term `{ $term }` is not written in Chinese
glossary-term-not-chinese-help = a glossary's keys are the terms as the Chinese source writes them, and its values their renderings: `"大连市人民政府" = "Dalian Municipal People's Government"` (are the two the wrong way round?)
glossary-miss = the source says { $term }, which the glossary renders “{ $rendering }”; this text does not say it
glossary-miss-nearby = the source says { $term }, which the glossary renders “{ $rendering }”; this text says “{ $has }”
glossary-miss-help = use the glossary's rendering ({ $glossary } line { $line }); if this text is right, add its form to the term's `variants` there
