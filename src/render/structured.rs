//! schema.org JSON-LD for search engines and the national platform's
//! crawlers, written so that no text can close its script element.

use super::*;
use crate::domain::LangCode;

/// schema.org data for search engines and the national platform's crawlers.
impl Renderer<'_> {
    /// The page's trail as a `BreadcrumbList`; `None` for a page with no
    /// trail (the home page), which would be an empty list.
    pub(super) fn ld_breadcrumbs(&self, crumbs: &[Link]) -> Option<serde_json::Value> {
        if crumbs.is_empty() {
            return None;
        }
        let items: Vec<serde_json::Value> = crumbs
            .iter()
            .enumerate()
            .map(|(n, c)| {
                serde_json::json!({
                    "@type": "ListItem",
                    "position": n + 1,
                    "name": c.title,
                    "item": self.site.absolute(&c.url),
                })
            })
            .collect();
        Some(object([
            ("@type", "BreadcrumbList".into()),
            ("itemListElement", serde_json::Value::Array(items)),
        ]))
    }

    /// The area a record's or guide's law applies in: the site's own.
    fn jurisdiction(&self, lang: LangCode) -> serde_json::Value {
        serde_json::json!({"@type": "AdministrativeArea", "name": self.locales.get(lang, "site-short-name")})
    }

    /// The home page's `WebSite` and the `GovernmentOrganization` that
    /// runs it (the organiser named in the footer).
    pub(super) fn ld_home(&self, lang: LangCode) -> Vec<serde_json::Value> {
        let site = self.site;
        let home = site.absolute(&site.url("", lang));
        let org_id = format!("{}/#organization", site.config.base_url());
        let mut org = serde_json::json!({
            "@type": "GovernmentOrganization",
            "@id": org_id,
            "name": self.locales.get(lang, "site-organiser"),
            "url": site.absolute("/"),
            "address": self.locales.get(lang, "site-address"),
            "areaServed": self.jurisdiction(lang),
        });
        let identity = &site.config.identity;
        if !identity.email.is_empty() {
            org["email"] = identity.email.clone().into();
        }
        if !identity.phone.is_empty() {
            org["telephone"] = identity.phone.clone().into();
        }
        vec![
            serde_json::json!({
                "@type": "WebSite",
                "@id": format!("{home}#website"),
                "url": home,
                "name": self.locales.get(lang, "site-title"),
                "inLanguage": self.tag(lang),
                "publisher": {"@id": org_id},
            }),
            org,
        ]
    }

    pub(super) fn organisation(&self, name: &str) -> serde_json::Value {
        serde_json::json!({"@type": "GovernmentOrganization", "name": name})
    }

    /// A record as `Legislation`: its index number, date, legal force and issuer.
    pub(super) fn ld_record(
        &self,
        i: usize,
        lang: LangCode,
        view: &RecordView,
    ) -> serde_json::Value {
        let site = self.site;
        let url = site.absolute(&site.url(&site.entries[i].key, lang));
        // Not yet in force before its effective day ("pending").
        let force = match view.validity_id {
            "in-force" => "https://schema.org/InForce",
            _ => "https://schema.org/NotInForce",
        };
        let source = site.source(i).map(|d| &d.front);
        let (written, published) = match source {
            Some(Front::Record(r)) => (r.written.to_string(), r.published.to_string()),
            _ => (String::new(), String::new()),
        };
        let mut item = serde_json::json!({
            "@type": "Legislation",
            "@id": url,
            "url": url,
            "name": self.title(i, lang),
            "inLanguage": self.foreign_text(i, lang).unwrap_or_else(|| self.tag(lang)),
            "legislationIdentifier": view.index_no,
            "legislationDate": written,
            "datePublished": published,
            "legislationLegalForce": force,
            "legislationPassedBy": self.organisation(&view.agency),
            "legislationJurisdiction": self.jurisdiction(lang),
            "jurisdiction": self.jurisdiction(lang),
            "publisher": self.organisation(&view.agency),
            "about": view.topic,
        });
        if let Some(genre) = &view.genre {
            item["legislationType"] = genre.clone().into();
        }
        if let Some(no) = &view.doc_no {
            item["alternateName"] = no.as_str().into();
        }
        if let Some(Front::Record(r)) = source {
            if let Some(d) = r.repealed {
                item["expires"] = d.to_string().into();
            }
            // The day it applies from; `legislationDateVersion` would say
            // which version of the text this is.
            if let Some(d) = r.effective {
                item["legislationDateOfApplicability"] = d.to_string().into();
            }
        }
        item
    }

    /// A guide as `GovernmentService`: who provides it, where, and through which channels.
    pub(super) fn ld_guide(&self, i: usize, lang: LangCode, view: &GuideView) -> serde_json::Value {
        let site = self.site;
        let url = site.absolute(&site.url(&site.entries[i].key, lang));
        let mut channels = vec![serde_json::json!({
            "@type": "ServiceChannel",
            "name": self.locales.get(lang, "guide-place"),
            "serviceLocation": {"@type": "Place", "name": view.place, "address": view.place},
            "servicePhone": {"@type": "ContactPoint", "telephone": view.phone},
            "processingTime": view.promised_duration,
        })];
        if let Some(online) = &view.online_url {
            channels.push(serde_json::json!({
                "@type": "ServiceChannel",
                "name": self.locales.get(lang, "guide-apply-online"),
                "serviceUrl": online,
            }));
        }
        let mut item = serde_json::json!({
            "@type": "GovernmentService",
            "@id": url,
            "url": url,
            "name": self.title(i, lang),
            "identifier": view.task_code,
            "serviceType": view.item_type,
            "provider": self.organisation(&view.agency),
            "serviceOperator": self.organisation(&view.agency),
            "areaServed": {"@type": "AdministrativeArea", "name": self.locales.get(lang, "site-short-name")},
            "audience": {"@type": "Audience", "audienceType": view.applicants.join(", ")},
            "jurisdiction": self.jurisdiction(lang),
            "availableChannel": channels,
        });
        if !view.description.is_empty() {
            item["description"] = view.description.clone().into();
        }
        item
    }

    pub(super) fn tag(&self, lang: LangCode) -> String {
        self.site.config.language(lang).tag.clone()
    }
}

/// One JSON-LD document for a page, safe inside `<script type="application/ld+json">`:
/// `<`, `>` and `&` are written as JSON escapes so no text can close the element.
pub(super) fn structured_data(items: Vec<serde_json::Value>) -> String {
    let doc = object([
        ("@context", "https://schema.org".into()),
        ("@graph", serde_json::Value::Array(items)),
    ]);
    let mut out = Vec::with_capacity(2048);
    let mut json = serde_json::Serializer::with_formatter(&mut out, ScriptSafe);
    match doc.serialize(&mut json) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// A JSON object of values made already (`json!` would copy each).
pub(super) fn object<const N: usize>(fields: [(&str, serde_json::Value); N]) -> serde_json::Value {
    serde_json::Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Compact JSON whose strings have `<`, `>` and `&` as `\u` escapes.
pub(super) struct ScriptSafe;

impl serde_json::ser::Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut from = 0;
        for (at, b) in fragment.bytes().enumerate() {
            let escape = match b {
                b'<' => "\\u003c",
                b'>' => "\\u003e",
                b'&' => "\\u0026",
                _ => continue,
            };
            out.write_all(&fragment.as_bytes()[from..at])?;
            out.write_all(escape.as_bytes())?;
            from = at + 1;
        }
        out.write_all(&fragment.as_bytes()[from..])
    }
}
