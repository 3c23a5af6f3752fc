//! `gongkai schema`: JSON Schema (draft 2020-12) of the front matter of each
//! kind of file, with Chinese and English descriptions and the labels of enum
//! values and of the site's declared ids, for editors' TOML plugins.

use serde_json::{Map, Value, json};

use crate::config::Config;
use crate::content::model::{self, Schema};
use crate::domain::ids::texts;
use crate::domain::{LangCode, vocab};
use crate::theme::locales::Locales;

/// The kinds of front matter, with the schema name each is written under.
pub const KINDS: &[(&str, &Schema)] = &[
    ("record", &model::RECORD),
    ("record-translation", &model::RECORD_TEXT),
    ("guide", &model::GUIDE),
    ("guide-translation", &model::GUIDE_TEXT),
    ("page", &model::PAGE),
];

/// What a field holds.
enum Ty {
    Text,
    Markdown,
    Date,
    Bool,
    Count,
    Texts,
    Id(&'static str),
    Ids(&'static str),
    Enum(&'static str, &'static [&'static str]),
    Enums(&'static str, &'static [&'static str]),
    Limit,
    Url,
    Materials,
    Steps,
    Fees,
    Faq,
}

/// Every front-matter key: Chinese name, English description, type.
fn field(key: &str) -> (&'static str, &'static str, Ty) {
    use crate::domain::vocab::*;
    match key {
        "index_no" => (
            "索引号",
            "Index number: body code / year - serial, unique on the site",
            Ty::Text,
        ),
        "title" => ("标题 / 事项名称", "Title", Ty::Text),
        "agency" => (
            "发布机构 / 实施主体",
            "Issuing or responsible agency: an id from [agencies] in site.toml",
            Ty::Id("agency"),
        ),
        "doc_no" => (
            "文号",
            "Document number in GB/T 9704 form: 大政发〔2024〕12号",
            Ty::Text,
        ),
        "written" => ("成文日期", "Date the document was signed", Ty::Date),
        "published" => (
            "发布日期",
            "Date of publication (not before written)",
            Ty::Date,
        ),
        "topic" => (
            "主题分类",
            "Topic: an id from taxonomy.topics",
            Ty::Id("topic"),
        ),
        "genre" => (
            "体裁",
            "Document type: an id from taxonomy.genres",
            Ty::Id("genre"),
        ),
        "keywords" => ("主题词", "Keywords", Ty::Texts),
        "catalog" => (
            "公开目录",
            "Disclosure catalogue: an id from taxonomy.catalogs",
            Ty::Id("catalog"),
        ),
        "disclosure" => (
            "公开方式",
            "How it is disclosed",
            Ty::Enum("disclosure", Disclosure::IDS),
        ),
        "validity" => ("有效性", "Validity", Ty::Enum("validity", Validity::IDS)),
        "effective" => ("生效日期", "Date it takes effect", Ty::Date),
        "repealed" => (
            "废止/失效日期",
            "Date it was repealed or expired (required when validity is repealed or expired)",
            Ty::Date,
        ),
        "supersedes" => (
            "替代",
            "Index numbers of the records this one replaces",
            Ty::Texts,
        ),
        "draft" => (
            "草稿",
            "A draft: checked, but left out of the build until removed (`--drafts` previews it)",
            Ty::Bool,
        ),
        "summary" => (
            "内容概述",
            "Summary (at most 100 characters for records)",
            Ty::Text,
        ),
        "source_digest" => (
            "原文摘要值",
            "Digest of the Chinese source when this translation was made",
            Ty::Text,
        ),
        "catalog_code" => (
            "基本编码",
            "Basic code of the service item (12 characters)",
            Ty::Text,
        ),
        "task_code" => (
            "实施编码",
            "Implementation code (at most 36 characters), unique",
            Ty::Text,
        ),
        "item_type" => (
            "事项类型",
            "Type of the service item",
            Ty::Enum("item-type", ItemType::IDS),
        ),
        "level" => (
            "行使层级",
            "Administrative level",
            Ty::Enum("level", Level::IDS),
        ),
        "legal_basis" => ("设定依据", "Legal basis: laws and articles", Ty::Texts),
        "applicants" => (
            "服务对象",
            "Who may apply",
            Ty::Enums("applicant", Applicant::IDS),
        ),
        "case_type" => (
            "办件类型",
            "Case type",
            Ty::Enum("case-type", CaseType::IDS),
        ),
        "conditions" => (
            "受理条件",
            "Conditions for acceptance (Markdown)",
            Ty::Markdown,
        ),
        "legal_limit" => ("法定办结时限", "Statutory time limit", Ty::Limit),
        "promised_limit" => (
            "承诺办结时限",
            "Promised time limit (normally not longer than the statutory one)",
            Ty::Limit,
        ),
        "visits" => (
            "到办事现场次数",
            "Visits in person (0 = fully online)",
            Ty::Count,
        ),
        "online_url" => ("网办地址", "Online service address (https)", Ty::Url),
        "online_languages" => (
            "网办系统语种",
            "Site languages the online service is offered in, e.g. [\"zh\", \"en\"] (default: the source's)",
            Ty::Texts,
        ),
        "place" => ("办理地点", "Where to apply", Ty::Text),
        "hours" => ("办理时间", "Office hours", Ty::Text),
        "fee" => ("是否收费", "Whether the service is charged", Ty::Bool),
        "fees" => (
            "收费项目",
            "Fee schedule (required when fee = true)",
            Ty::Fees,
        ),
        "phone" => ("咨询电话", "Enquiry telephone", Ty::Text),
        "complaint" => ("监督投诉", "Complaints channel, e.g. 12345", Ty::Text),
        "result" => (
            "审批结果",
            "Name of the licence or certificate issued",
            Ty::Text,
        ),
        "delivery" => ("物流快递", "Results can be delivered by post", Ty::Bool),
        "sectors" => (
            "领域",
            "Sectors: ids from taxonomy.sectors",
            Ty::Ids("sector"),
        ),
        "life_events" => (
            "情景导航",
            "Life events: ids from taxonomy.life_events",
            Ty::Ids("life-event"),
        ),
        "materials" => ("申请材料", "Required documents", Ty::Materials),
        "steps" => ("办理流程", "Procedure", Ty::Steps),
        "faq" => ("常见问题", "Frequently asked questions", Ty::Faq),
        "weight" => (
            "排序",
            "Order in listings and the menu (lower first)",
            Ty::Count,
        ),
        "menu" => (
            "导航显示",
            "Show this top-level page in the header menu",
            Ty::Bool,
        ),
        _ => ("", "", Ty::Text),
    }
}

/// Labels `zh · en` for ids, from the site's messages when they load.
struct Labels<'a> {
    locales: Option<&'a Locales>,
    langs: Vec<LangCode>,
}

impl Labels<'_> {
    fn of(&self, prefix: &str, id: &str) -> String {
        let Some(l) = self.locales else {
            return id.to_string();
        };
        let names: Vec<String> = self
            .langs
            .iter()
            .map(|&lang| l.get(lang, &format!("{prefix}-{id}")))
            .collect();
        names.join(" · ")
    }
}

fn string_enum(labels: &Labels, prefix: &str, ids: &[String]) -> Value {
    json!({
        "type": "string",
        "enum": ids,
        "x-taplo": { "docs": { "enumValues": ids.iter().map(|id| labels.of(prefix, id)).collect::<Vec<_>>() } },
    })
}

fn declared(config: &Config, prefix: &str) -> Vec<String> {
    let t = &config.taxonomy;
    match prefix {
        "agency" => texts(config.agencies.keys()),
        "topic" => texts(&t.topics),
        "genre" => texts(&t.genres),
        "catalog" => texts(&t.catalogs),
        "sector" => texts(&t.sectors),
        "life-event" => texts(&t.life_events),
        _ => Vec::new(),
    }
}

fn owned(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn object(props: Value, required: &[&str]) -> Value {
    json!({ "type": "object", "additionalProperties": false, "properties": props, "required": required })
}

fn text() -> Value {
    json!({ "type": "string", "minLength": 1 })
}

fn type_of(ty: Ty, config: &Config, labels: &Labels, translation: bool) -> Value {
    let e = |prefix: &str, ids: &[&str]| string_enum(labels, prefix, &owned(ids));
    match ty {
        Ty::Text | Ty::Markdown => text(),
        Ty::Url => json!({ "type": "string", "format": "uri", "pattern": "^https://" }),
        Ty::Date => json!({ "type": "string", "format": "date" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Count => json!({ "type": "integer", "minimum": 0 }),
        Ty::Texts => json!({ "type": "array", "items": text() }),
        Ty::Id(prefix) => string_enum(labels, prefix, &declared(config, prefix)),
        Ty::Ids(prefix) => {
            json!({ "type": "array", "items": string_enum(labels, prefix, &declared(config, prefix)), "uniqueItems": true })
        }
        Ty::Enum(prefix, ids) => e(prefix, ids),
        Ty::Enums(prefix, ids) => {
            json!({ "type": "array", "items": e(prefix, ids), "minItems": 1, "uniqueItems": true })
        }
        Ty::Limit => object(
            json!({ "days": { "type": "integer", "minimum": 0 }, "unit": e("limit-unit", vocab::LimitUnit::IDS) }),
            &["days", "unit"],
        ),
        Ty::Steps => {
            json!({ "type": "array", "items": object(json!({ "title": text(), "text": text() }), &["title", "text"]) })
        }
        Ty::Faq => {
            json!({ "type": "array", "items": object(json!({ "q": text(), "a": text() }), &["q", "a"]) })
        }
        Ty::Fees => json!({ "type": "array", "items": object(
            json!({ "name": text(), "standard": text(), "basis": text() }), &["name", "standard"]) }),
        Ty::Materials if translation => json!({ "type": "array", "items": object(
            json!({ "name": text(), "basis": text() }), &["name"]) }),
        Ty::Materials => json!({ "type": "array", "minItems": 1, "items": object(json!({
            "name": with_doc(text(), "材料名称", "Name of the document"),
            "kind": with_doc(e("material-kind", vocab::MaterialKind::IDS), "材料形式", "Original or copy"),
            "form": with_doc(e("material-form", vocab::MaterialForm::IDS), "载体", "Paper or electronic"),
            "copies": with_doc(json!({ "type": "integer", "minimum": 1 }), "份数", "Number of copies"),
            "required": with_doc(e("material-required", vocab::MaterialRequired::IDS), "是否必要", "Required, optional or deferrable (容缺)"),
            "source": with_doc(e("material-source", vocab::MaterialSource::IDS), "来源渠道", "Who provides it"),
            "basis": with_doc(text(), "设定依据", "Legal basis of the requirement"),
            "blank_form": with_doc(text(), "空白表格", "Path of a blank form under content/"),
        }), &["name", "required"]) }),
    }
}

fn with_doc(mut v: Value, zh: &str, en: &str) -> Value {
    if let Value::Object(m) = &mut v {
        m.insert("description".into(), Value::String(format!("{zh} · {en}")));
    }
    v
}

/// The schema of one kind of front matter.
pub fn schema_of(kind: &str, schema: &Schema, config: &Config, locales: Option<&Locales>) -> Value {
    let langs: Vec<LangCode> = ["zh", "en"]
        .iter()
        .filter_map(|l| config.lang_code(l))
        .collect();
    let labels = Labels { locales, langs };
    let translation = kind.ends_with("-translation");
    let mut props = Map::new();
    for key in schema.keys() {
        let (zh, en, ty) = field(key);
        props.insert(
            key.to_string(),
            with_doc(type_of(ty, config, &labels, translation), zh, en),
        );
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{}/schemas/{kind}.schema.json", config.base_url()),
        "title": format!("gongkai front matter: {kind}"),
        "description": description(kind),
        "type": "object",
        "additionalProperties": false,
        "properties": props,
        "required": schema.required,
    })
}

fn description(kind: &str) -> &'static str {
    match kind {
        "record" => {
            "政府信息公开目录条目（中文原文） · A disclosure record, Chinese source (content/disclosure/…/x.md)"
        }
        "record-translation" => {
            "公开信息译文 · A record's translation (x.en.md): translatable text only"
        }
        "guide" => {
            "政务服务事项办事指南（中文原文） · A service guide, Chinese source (content/services/x.md)"
        }
        "guide-translation" => {
            "办事指南译文 · A guide's translation: translatable text only, lists in the source's order"
        }
        _ => "页面 · A plain page or a section's _index",
    }
}

/// All kinds in one document, each under `$defs`.
pub fn all(config: &Config, locales: Option<&Locales>) -> Value {
    let defs: Map<String, Value> = KINDS
        .iter()
        .map(|(kind, schema)| (kind.to_string(), schema_of(kind, schema, config, locales)))
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "gongkai front matter",
        "$defs": defs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys a front-matter struct reads, as serde sees them: its
    /// derived `Deserialize` names them all when it asks for a struct.
    fn serde_fields<'de, T: serde::Deserialize<'de>>() -> Vec<&'static str> {
        struct Fields(Vec<&'static str>);
        #[derive(Debug)]
        struct Stop;
        impl std::fmt::Display for Stop {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("stop")
            }
        }
        impl std::error::Error for Stop {}
        impl serde::de::Error for Stop {
            fn custom<M: std::fmt::Display>(_: M) -> Self {
                Stop
            }
        }
        impl<'de> serde::Deserializer<'de> for &mut Fields {
            type Error = Stop;
            fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
                Err(Stop)
            }
            fn deserialize_struct<V: serde::de::Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Stop> {
                self.0.extend_from_slice(fields);
                Err(Stop)
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple
                tuple_struct map enum identifier ignored_any
            }
        }
        let mut fields = Fields(Vec::new());
        let _ = T::deserialize(&mut fields);
        let mut keys = fields.0;
        keys.sort_unstable();
        keys
    }

    #[test]
    fn each_schema_has_exactly_the_keys_its_struct_reads() {
        let config = Config::parse("base_url = \"https://x.gov.cn\"\n[[languages]]\ncode = \"zh\"\ntag = \"zh-CN\"\n[agencies.a]\n").unwrap();
        let read = [
            ("record", serde_fields::<model::Record>()),
            ("record-translation", serde_fields::<model::RecordText>()),
            ("guide", serde_fields::<model::Guide>()),
            ("guide-translation", serde_fields::<model::GuideText>()),
            ("page", serde_fields::<model::PageMeta>()),
        ];
        assert_eq!(read.len(), KINDS.len());
        for ((kind, schema), (name, fields)) in KINDS.iter().zip(read) {
            assert_eq!(*kind, name);
            assert!(fields.len() > 3, "{kind}: {fields:?}");
            let v = schema_of(kind, schema, &config, None);
            let mut described: Vec<&str> = v["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            described.sort_unstable();
            assert_eq!(
                described, fields,
                "{kind}: the schema and the struct disagree"
            );
        }
    }

    #[test]
    fn every_key_is_described_and_required_keys_match_the_model() {
        let config = Config::parse("base_url = \"https://x.gov.cn\"\n[[languages]]\ncode = \"zh\"\ntag = \"zh-CN\"\n[agencies.a]\n").unwrap();
        for (kind, schema) in KINDS {
            for key in schema.keys() {
                assert!(!field(key).0.is_empty(), "{key} has no description");
            }
            let v = schema_of(kind, schema, &config, None);
            let props = v["properties"].as_object().unwrap();
            assert_eq!(props.len(), schema.keys().count());
            assert_eq!(
                v["required"].as_array().unwrap().len(),
                schema.required.len()
            );
        }
        let v = schema_of("record", &model::RECORD, &config, None);
        assert_eq!(v["properties"]["agency"]["enum"], json!(["a"]));
        assert_eq!(
            v["properties"]["validity"]["enum"],
            json!(["in-force", "expired", "repealed"])
        );
    }
}
