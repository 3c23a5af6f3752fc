//! The fixed value lists of records and guides (DOMAIN.md §1–2): stable
//! ASCII ids in the content, each labelled by the Fluent message
//! `<prefix>-<id>` that the theme ships in every language.

use serde::{Deserialize, Serialize};

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
    /// How far a translation can be relied on: checked against the source
    /// (`reviewed`), a translation not yet final (`tentative`, as Japan's
    /// law translation portal marks one), or made by machine and unchecked.
    TranslationStatus, "translation" {
        Reviewed = "reviewed", Tentative = "tentative", Machine = "machine",
    }
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
id_enum!(
    /// 解读形式: how a policy interpretation (政策解读) explains its policy.
    InterpretationKind, "interpretation-kind" {
        Text = "text", Graphic = "graphic", Video = "video", Qa = "qa",
    }
);
