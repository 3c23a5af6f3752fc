//! Typed front matter: what a disclosure record, a service guide and a plain
//! page contain (DOMAIN.md §1–2), and what their translations may carry.
//!
//! Facts live in the default-language source only; a translation's struct has
//! no field for them, so a translation cannot set one.

use serde::{Deserialize, Serialize};

use crate::domain::vocab::{
    Applicant, CaseType, Disclosure, ItemType, Level, LimitUnit, MaterialForm, MaterialKind,
    MaterialRequired, MaterialSource, Validity,
};
use crate::domain::{Date, Digest, DocNo, IndexNo};

/// A disclosure record's source front matter (政府信息公开目录条目).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub index_no: IndexNo,
    pub title: String,
    pub agency: String,
    #[serde(default)]
    pub doc_no: Option<DocNo>,
    pub written: Date,
    pub published: Date,
    pub topic: String,
    #[serde(default)]
    pub genre: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub catalog: String,
    pub disclosure: Disclosure,
    #[serde(default)]
    pub validity: Option<Validity>,
    #[serde(default)]
    pub effective: Option<Date>,
    #[serde(default)]
    pub repealed: Option<Date>,
    #[serde(default)]
    pub supersedes: Vec<IndexNo>,
    #[serde(default)]
    pub summary: Option<String>,
    /// Checked but never built (`--drafts` previews it).
    #[serde(default)]
    pub draft: bool,
}

/// What a record's translation carries.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordText {
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub source_digest: Option<Digest>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub days: u32,
    pub unit: LimitUnit,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub name: String,
    pub standard: String,
    #[serde(default)]
    pub basis: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub q: String,
    pub a: String,
}

/// 申请材料
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    pub name: String,
    #[serde(default)]
    pub kind: Option<MaterialKind>,
    #[serde(default)]
    pub form: Option<MaterialForm>,
    #[serde(default)]
    pub copies: Option<u32>,
    pub required: MaterialRequired,
    #[serde(default)]
    pub source: Option<MaterialSource>,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default)]
    pub blank_form: Option<String>,
}

/// A service guide's source front matter (政务服务事项办事指南).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub title: String,
    /// Checked but never built (`--drafts` previews it).
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub summary: Option<String>,
    pub catalog_code: String,
    pub task_code: String,
    pub item_type: ItemType,
    pub agency: String,
    #[serde(default)]
    pub level: Option<Level>,
    pub legal_basis: Vec<String>,
    pub applicants: Vec<Applicant>,
    pub case_type: CaseType,
    pub conditions: String,
    pub legal_limit: Limit,
    pub promised_limit: Limit,
    pub visits: u32,
    #[serde(default)]
    pub online_url: Option<String>,
    /// The site languages the online service is offered in; by default
    /// the source's alone.
    #[serde(default)]
    pub online_languages: Vec<String>,
    pub place: String,
    pub hours: String,
    pub fee: bool,
    #[serde(default)]
    pub fees: Vec<Fee>,
    pub phone: String,
    pub complaint: String,
    #[serde(default)]
    pub result: Option<String>,
    #[serde(default)]
    pub delivery: Option<bool>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub life_events: Vec<String>,
    pub materials: Vec<Material>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub faq: Vec<Faq>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaterialText {
    pub name: String,
    #[serde(default)]
    pub basis: Option<String>,
}

/// What a guide's translation carries; lists align with the source's by position.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideText {
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub legal_basis: Option<Vec<String>>,
    #[serde(default)]
    pub conditions: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub result: Option<String>,
    #[serde(default)]
    pub materials: Vec<MaterialText>,
    #[serde(default)]
    pub steps: Vec<Step>,
    #[serde(default)]
    pub fees: Vec<Fee>,
    #[serde(default)]
    pub faq: Vec<Faq>,
    #[serde(default)]
    pub source_digest: Option<Digest>,
}

/// A plain page or a section's `_index`, in any language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMeta {
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub menu: bool,
    #[serde(default)]
    pub source_digest: Option<Digest>,
    /// Checked but never built (`--drafts` previews it).
    #[serde(default)]
    pub draft: bool,
}

/// The front-matter keys of one kind of file, for located errors about
/// missing and unknown keys before the typed parse.
pub struct Schema {
    pub required: &'static [&'static str],
    pub optional: &'static [&'static str],
    /// Keys a translation must leave to the source (facts).
    pub source_only: &'static [&'static str],
}

impl Schema {
    pub fn allows(&self, key: &str) -> bool {
        self.required.contains(&key) || self.optional.contains(&key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.required.iter().chain(self.optional).copied()
    }
}

pub const RECORD: Schema = Schema {
    required: &[
        "index_no",
        "title",
        "agency",
        "written",
        "published",
        "topic",
        "catalog",
        "disclosure",
    ],
    optional: &[
        "doc_no",
        "genre",
        "keywords",
        "validity",
        "effective",
        "repealed",
        "supersedes",
        "summary",
        "draft",
    ],
    source_only: &[],
};

pub const RECORD_TEXT: Schema = Schema {
    required: &["title"],
    optional: &["summary", "keywords", "source_digest"],
    source_only: &[
        "index_no",
        "agency",
        "doc_no",
        "written",
        "published",
        "topic",
        "genre",
        "catalog",
        "disclosure",
        "validity",
        "effective",
        "repealed",
        "supersedes",
        "draft",
    ],
};

pub const GUIDE: Schema = Schema {
    required: &[
        "title",
        "catalog_code",
        "task_code",
        "item_type",
        "agency",
        "legal_basis",
        "applicants",
        "case_type",
        "conditions",
        "legal_limit",
        "promised_limit",
        "visits",
        "place",
        "hours",
        "fee",
        "phone",
        "complaint",
        "materials",
        "steps",
    ],
    optional: &[
        "summary",
        "level",
        "online_url",
        "online_languages",
        "fees",
        "result",
        "delivery",
        "sectors",
        "life_events",
        "faq",
        "draft",
    ],
    source_only: &[],
};

pub const GUIDE_TEXT: Schema = Schema {
    required: &["title"],
    optional: &[
        "summary",
        "legal_basis",
        "conditions",
        "place",
        "hours",
        "result",
        "materials",
        "steps",
        "fees",
        "faq",
        "source_digest",
    ],
    source_only: &[
        "catalog_code",
        "task_code",
        "item_type",
        "agency",
        "level",
        "applicants",
        "case_type",
        "legal_limit",
        "promised_limit",
        "visits",
        "online_url",
        "online_languages",
        "fee",
        "phone",
        "complaint",
        "delivery",
        "sectors",
        "life_events",
        "draft",
    ],
};

pub const PAGE: Schema = Schema {
    required: &["title"],
    optional: &["summary", "weight", "menu", "source_digest", "draft"],
    source_only: &[],
};

/// The Chinese name of a front-matter key, for messages editors recognise.
pub fn key_label(key: &str) -> Option<&'static str> {
    Some(match key {
        "index_no" => "索引号",
        "title" => "标题/事项名称",
        "agency" => "发布机构/实施主体",
        "doc_no" => "文号",
        "written" => "成文日期",
        "published" => "发布日期",
        "topic" => "主题分类",
        "genre" => "体裁",
        "catalog" => "公开目录",
        "disclosure" => "公开方式",
        "validity" => "有效性",
        "repealed" => "废止日期",
        "catalog_code" => "基本编码",
        "task_code" => "实施编码",
        "item_type" => "事项类型",
        "legal_basis" => "设定依据",
        "applicants" => "服务对象",
        "case_type" => "办件类型",
        "conditions" => "受理条件",
        "legal_limit" => "法定办结时限",
        "promised_limit" => "承诺办结时限",
        "visits" => "到办事现场次数",
        "place" => "办理地点",
        "hours" => "办理时间",
        "fee" => "是否收费",
        "fees" => "收费项目",
        "phone" => "咨询电话",
        "complaint" => "监督投诉",
        "materials" => "申请材料",
        "steps" => "办理流程",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_have_label_keys() {
        assert_eq!(Validity::Repealed.label_key(), "validity-repealed");
        assert_eq!(ItemType::IDS.len(), 8);
    }
}
