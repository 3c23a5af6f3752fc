//! Typed front matter: what a disclosure record, a service guide and a plain
//! page contain (DOMAIN.md §1–2), and what their translations may carry.
//!
//! Facts live in the default-language source only; a translation's struct has
//! no field for them, so a translation cannot set one.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Defines an enum of stable ASCII ids, each labelled by the Fluent message
/// `<prefix>-<id>`.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        pub enum $name {
            $( #[serde(rename = $id)] $variant ),+
        }

        impl $name {
            pub const IDS: &'static [&'static str] = &[$($id),+];
            pub const LABEL_PREFIX: &'static str = $prefix;

            pub fn id(self) -> &'static str {
                match self { $(Self::$variant => $id),+ }
            }

            /// The Fluent message that names this value.
            pub fn label_key(self) -> String {
                format!("{}-{}", $prefix, self.id())
            }
        }
    };
}

id_enum!(
    /// 公开方式
    Disclosure, "disclosure" { Proactive = "proactive", OnRequest = "on-request" }
);
id_enum!(
    /// 有效性
    Validity, "validity" { InForce = "in-force", Expired = "expired", Repealed = "repealed" }
);
id_enum!(
    /// 事项类型
    ItemType, "item-type" {
        AdministrativeLicensing = "administrative-licensing",
        AdministrativeConfirmation = "administrative-confirmation",
        AdministrativeAdjudication = "administrative-adjudication",
        AdministrativePayment = "administrative-payment",
        AdministrativeAward = "administrative-award",
        AdministrativeFiling = "administrative-filing",
        OtherAdministrativePower = "other-administrative-power",
        PublicService = "public-service",
    }
);
id_enum!(
    /// 行使层级
    Level, "level" {
        National = "national", Provincial = "provincial", Municipal = "municipal",
        County = "county", Township = "township", Village = "village",
    }
);
id_enum!(
    /// 服务对象
    Applicant, "applicant" {
        NaturalPerson = "natural-person", Enterprise = "enterprise", Institution = "institution",
        SocialOrganization = "social-organization", Unincorporated = "unincorporated",
        Government = "government", Other = "other",
    }
);
id_enum!(
    /// 办件类型
    CaseType, "case-type" { Immediate = "immediate", Promised = "promised" }
);
id_enum!(
    /// 工作日 or 自然日
    LimitUnit, "limit-unit" { Working = "working", Calendar = "calendar" }
);
id_enum!(MaterialKind, "material-kind" { Original = "original", Copy = "copy", OriginalAndCopy = "original-and-copy" });
id_enum!(MaterialForm, "material-form" { Paper = "paper", Electronic = "electronic", Either = "either" });
id_enum!(
    /// 必要 · 非必要 · 容缺
    MaterialRequired, "material-required" { Required = "required", Optional = "optional", Deferrable = "deferrable" }
);
id_enum!(MaterialSource, "material-source" { Applicant = "applicant", Government = "government", Other = "other" });

/// A calendar date, written in TOML as a bare local date (`2024-03-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date a period after this one; month ends clamp (Jan 31 + 1m = Feb 28/29).
    pub fn plus(self, period: Period) -> Date {
        match period {
            Period::Days(n) => Date::from_days(self.days() + i64::from(n)),
            Period::Months(n) => {
                let total = self.year * 12 + i32::from(self.month) - 1 + n as i32;
                let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
                let day = (1..=self.day)
                    .rev()
                    .find(|&d| Date::new(year, month, d).is_some())
                    .unwrap_or(1);
                Date { year, month, day }
            }
        }
    }
}

/// A span of time written as `14d`, `2w`, `6m` or `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Months(u32),
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let (num, unit) = s.split_at(s.len().checked_sub(1)?);
        let n: u32 = num.parse().ok().filter(|&n| n > 0)?;
        Some(match unit {
            "d" => Period::Days(n),
            "w" => Period::Days(n * 7),
            "m" => Period::Months(n),
            "y" => Period::Months(n * 12),
            _ => return None,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d).map_err(|_| {
            D::Error::custom("expected a date such as 2024-03-08 (a TOML date, without quotes)")
        })?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => Date::new(i32::from(date.year), date.month, date.day)
                .ok_or_else(|| D::Error::custom(format!("{dt} is not a real calendar date"))),
            _ => Err(D::Error::custom(format!(
                "expected a date without time, such as 2024-03-08, found {dt}"
            ))),
        }
    }
}

/// A disclosure record's source front matter (政府信息公开目录条目).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub index_no: String,
    pub title: String,
    pub agency: String,
    #[serde(default)]
    pub doc_no: Option<String>,
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
    pub supersedes: Vec<String>,
    #[serde(default)]
    pub summary: Option<String>,
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
    pub source_digest: Option<String>,
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
    pub source_digest: Option<String>,
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
    pub source_digest: Option<String>,
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
        "fees",
        "result",
        "delivery",
        "sectors",
        "life_events",
        "faq",
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
        "fee",
        "phone",
        "complaint",
        "delivery",
        "sectors",
        "life_events",
    ],
};

pub const PAGE: Schema = Schema {
    required: &["title"],
    optional: &["summary", "weight", "menu", "source_digest"],
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
    fn dates_validate_the_calendar() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("2024-3-1").is_none());
    }

    #[test]
    fn day_arithmetic_round_trips_and_months_clamp() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2024-03-08",
            "1969-12-31",
            "2100-03-01",
        ] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.days()), d, "{s}");
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().days(), 1);
        let jan31 = Date::parse("2024-01-31").unwrap();
        assert_eq!(
            jan31.plus(Period::parse("1m").unwrap()).to_string(),
            "2024-02-29"
        );
        assert_eq!(
            jan31.plus(Period::parse("2w").unwrap()).to_string(),
            "2024-02-14"
        );
        assert_eq!(
            jan31.plus(Period::parse("1y").unwrap()).to_string(),
            "2025-01-31"
        );
        assert!(
            Period::parse("6").is_none()
                && Period::parse("0d").is_none()
                && Period::parse("3x").is_none()
        );
    }

    #[test]
    fn toml_dates_deserialize_and_times_are_refused() {
        #[derive(Deserialize)]
        struct T {
            d: Date,
        }
        let t: T = toml::from_str("d = 2024-03-08").unwrap();
        assert_eq!(t.d, Date::new(2024, 3, 8).unwrap());
        assert!(toml::from_str::<T>("d = 2024-03-08T10:00:00").is_err());
        assert!(toml::from_str::<T>("d = \"2024-03-08\"").is_err());
    }

    #[test]
    fn enums_have_label_keys() {
        assert_eq!(Validity::Repealed.label_key(), "validity-repealed");
        assert_eq!(ItemType::IDS.len(), 8);
    }
}
