//! `gongkai new`: a new record, guide or page with every required field, the
//! day's dates, the next free index number, and comments in Chinese and English.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::{self, Front};
use crate::diag::Message;
use crate::domain::Date;
use crate::domain::ids::is_slug;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    Disclosure,
    Guide,
    Page,
}

/// Where the new file goes and what it says.
pub struct NewFile {
    pub path: PathBuf,
    pub text: String,
}

/// Plans the file; `Err` says why it cannot be made (exit 2).
pub fn plan(
    config: &Config,
    kind: NewKind,
    path: &Path,
    today: Date,
    agency: Option<&str>,
) -> Result<NewFile, Message> {
    let content_dir = config.content_dir();
    // Accept `content/…`, a path inside content/, or an absolute path.
    let full = if path.is_absolute() {
        path.to_path_buf()
    } else if path.starts_with("content") {
        config.root.join(path)
    } else {
        content_dir.join(path)
    };
    let rel = full
        .strip_prefix(&content_dir)
        .map_err(|_| {
            msg!(
                "new-not-under-content",
                path = &full.display(),
                content = &content_dir.display()
            )
        })?
        .to_path_buf();
    let rel_str = rel.to_string_lossy().replace('\\', "/");
    let stem = rel_str
        .strip_suffix(".md")
        .ok_or_else(|| msg!("new-not-md", path = &rel_str))?;
    let name = stem.rsplit('/').next().unwrap_or(stem);
    if !is_slug(name) && name != "_index" {
        return Err(msg!("new-not-slug", name = name));
    }
    let top = rel_str.split('/').next().unwrap_or("");
    match (kind, top) {
        (NewKind::Disclosure, "disclosure") | (NewKind::Guide, "services") => {}
        (NewKind::Page, t) if t != "disclosure" && t != "services" => {}
        (NewKind::Disclosure, _) => return Err(msg!("new-record-folder")),
        (NewKind::Guide, _) => return Err(msg!("new-guide-folder")),
        (NewKind::Page, _) => return Err(msg!("new-page-folder")),
    }
    if full.exists() {
        return Err(msg!("new-exists", path = &full.display()));
    }
    let text = match kind {
        NewKind::Disclosure => disclosure(config, today, agency)?,
        NewKind::Guide => guide(config, agency)?,
        NewKind::Page => format!("{PAGE}{}\n", BODY_PLACEHOLDERS[0]),
    };
    Ok(NewFile { path: full, text })
}

fn pick_agency<'a>(config: &'a Config, agency: Option<&'a str>) -> Result<&'a str, Message> {
    match agency {
        Some(a) if config.agencies.contains_key(a) => Ok(a),
        Some(a) => Err(msg!(
            "new-agency-undeclared",
            agency = a,
            declared = config
                .agencies
                .keys()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        )),
        None => config
            .agencies
            .iter()
            .find(|(_, v)| v.code.is_some())
            .or_else(|| config.agencies.iter().next())
            .map(|(k, _)| k.as_str())
            .ok_or_else(|| msg!("new-no-agency")),
    }
}

/// The next free serial for a body code and year, from the records on disk.
pub fn next_index_no(config: &Config, body: &str, year: i32) -> String {
    let (content, _) = content::load(config);
    let taken = content.documents.iter().filter_map(|d| match &d.front {
        Front::Record(r) => Some(r.index_no.as_str()),
        _ => None,
    });
    next_serial(&format!("{body}/{year}-"), taken)
}

/// The index number after the highest of those `taken` that start with
/// `prefix` (`11210200MB0000000X/2024-`), with as many digits (at least 5).
pub fn next_serial<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let mut width = 5;
    let max = taken
        .filter_map(|no| no.strip_prefix(prefix))
        .filter_map(|serial| {
            width = width.max(serial.len());
            serial.parse::<u64>().ok()
        })
        .max()
        .unwrap_or(0);
    format!("{prefix}{:0width$}", max + 1)
}

fn disclosure(config: &Config, today: Date, agency: Option<&str>) -> Result<String, Message> {
    let agency = pick_agency(config, agency)?;
    let body = config.agencies[agency]
        .code
        .clone()
        .unwrap_or_else(|| "BODYCODE".into());
    let index_no = next_index_no(config, &body, today.year);
    let t = &config.taxonomy;
    Ok(format!(
        r#"+++
# 索引号 · Index number: body code / year - serial (the next free one).
index_no = "{index_no}"
# 标题 · Title, as signed.
title = ""
# 发布机构 · Issuing agency: an id from [agencies] in site.toml.
agency = "{agency}"
# 文号 · Document number, GB/T 9704: issuer code, 〔year〕, serial, 号; remove the # if it has one.
# doc_no = "大政发〔{year}〕1号"
# 成文日期 · Date written (signed).
written = {today}
# 发布日期 · Date published: not before written, not in the future.
published = {today}
# 主题分类 · Topic, one of: {topics}.
topic = ""
# 体裁 · Document type (remove the # to give one), one of: {genres}.
# genre = ""
# 公开目录 · Catalogue, one of: {catalogs}.
catalog = ""
# 公开方式 · Disclosure: proactive (主动公开) or on-request (依申请公开).
disclosure = "proactive"
# 有效性 · Validity: in-force (有效), expired (失效) or repealed (废止, then add `repealed = YYYY-MM-DD`).
validity = "in-force"
# 主题词 · Keywords.
keywords = []
# 内容概述 · Summary, at most 100 characters; remove the # to use it.
# summary = ""
+++

{body}
"#,
        year = today.year,
        topics = t.topics.join(", "),
        genres = t.genres.join(", "),
        catalogs = t.catalogs.join(", "),
        body = BODY_PLACEHOLDERS[0],
    ))
}

fn guide(config: &Config, agency: Option<&str>) -> Result<String, Message> {
    let agency = pick_agency(config, agency)?;
    Ok(format!(
        r#"+++
# 事项名称 · Name of the service.
title = ""
# 一句话说明 · One sentence: what this service is.
summary = ""
# 基本编码 · Basic code (12 characters).
catalog_code = ""
# 实施编码 · Implementation code (at most 36 characters), unique.
task_code = ""
# 事项类型 · Type: administrative-licensing, administrative-confirmation, administrative-adjudication,
# administrative-payment, administrative-award, administrative-filing, other-administrative-power, public-service.
item_type = "public-service"
# 实施主体 · Responsible agency: an id from [agencies] in site.toml.
agency = "{agency}"
# 行使层级 · Level: national, provincial, municipal, county, township, village.
level = "municipal"
# 设定依据 · Legal basis: laws and articles.
legal_basis = [""]
# 服务对象 · Applicants: natural-person, enterprise, institution, social-organization, unincorporated, government, other.
applicants = ["natural-person"]
# 办件类型 · Case type: immediate (即办件) or promised (承诺件).
case_type = "promised"
# 受理条件 · Conditions for acceptance (Markdown).
conditions = ""
# 法定办结时限 · Statutory time limit; unit: working (工作日) or calendar (自然日).
legal_limit = {{ days = 20, unit = "working" }}
# 承诺办结时限 · Promised time limit, normally not longer than the statutory one.
promised_limit = {{ days = 10, unit = "working" }}
# 到办事现场次数 · Visits in person (0 = fully online).
visits = 1
# 网办地址 · Online service address (https); remove the # if it has one.
# online_url = "https://"
# 网办系统语种 · Languages the online service is offered in (default: the source's alone).
# online_languages = ["zh"]
# 办理地点 · Where to apply.
place = ""
# 办理时间 · Office hours.
hours = "周一至周五 9:00-12:00, 13:00-17:00（法定节假日除外）"
# 是否收费 · Charged? If true, list each charge as [[fees]].
fee = false
# 咨询电话 · Enquiry telephone.
phone = ""
# 监督投诉 · Complaints channel.
complaint = "12345"
# 审批结果 · Licence or certificate issued; remove the # if there is one.
# result = ""
# 领域 · Sectors: ids from taxonomy.sectors.
sectors = []
# 情景导航 · Life events: ids from taxonomy.life_events.
life_events = []

# 申请材料 · Required documents, one [[materials]] each. Name each document (no 其他材料).
[[materials]]
name = ""
# original (原件), copy (复印件) or original-and-copy.
kind = "original"
# paper, electronic or either.
form = "either"
copies = 1
# required (必要), optional (非必要) or deferrable (容缺).
required = "required"
# applicant (申请人自备), government (政府部门核发) or other.
source = "applicant"

# 办理流程 · Procedure, one [[steps]] each.
[[steps]]
title = ""
text = ""
+++

{body}
"#,
        body = BODY_PLACEHOLDERS[1],
    ))
}

const PAGE: &str = r#"+++
# 标题 · Title.
title = ""
# 一句话说明 · One sentence for listings and the page description.
summary = ""
# 排序 · Order in listings and the menu (lower first).
weight = 0
# 导航显示 · Show a top-level page in the header menu.
menu = false
+++

"#;

/// The text `new` puts where the body goes; `check` refuses a file that
/// still has it (E017), so an unfinished file cannot be published.
pub const BODY_PLACEHOLDERS: &[&str] = &[
    "（在此写正文。· Write the text here, in Markdown.）",
    "（在此写事项说明。· Write what the service is here, in Markdown.）",
];
