//! A page's attachments (附件) as the templates and the JSON-LD show them:
//! the title in the reader's language where a translation gives it, the
//! file's type and size in the reader's number format, and its URL with
//! every segment percent-encoded (RFC 3986), so `附件1.pdf` links work.

use super::*;
use crate::content::attachments::url_path;
use crate::domain::LangCode;

/// One attachment, ready to print.
#[derive(Debug, Serialize)]
pub(super) struct AttachmentView {
    pub(super) title: String,
    /// The title's language when it is not the page's (the source's title
    /// on a translated page).
    pub(super) title_lang: Option<String>,
    /// Site-absolute and percent-encoded.
    pub(super) url: String,
    pub(super) mime: &'static str,
    /// `(PDF, 1.2 MB)` in the reader's language.
    pub(super) meta: String,
    /// The file's language when it is the source's on a translated page.
    pub(super) hreflang: Option<String>,
    #[serde(skip)]
    pub(super) bytes: u64,
    #[serde(skip)]
    pub(super) image: bool,
}

impl Renderer<'_> {
    /// The attachments page `i` shows in `lang`; those whose file is
    /// missing are left out (`check` has refused them already).
    pub(super) fn attachments(&self, i: usize, lang: LangCode) -> Vec<AttachmentView> {
        let site = self.site;
        let source_tag = &site.config.default_language().tag;
        site.attachments(i, lang)
            .into_iter()
            .filter_map(|a| {
                let (rel, asset, kind) = (a.rel?, a.asset?, a.file_type?);
                let size = self.locales.size(lang, asset.size);
                let meta_id = if a.file_from_source {
                    "attachment-meta-source"
                } else {
                    "attachment-meta"
                };
                Some(AttachmentView {
                    title: a.title.to_string(),
                    title_lang: a.title_from_source.then(|| source_tag.clone()),
                    url: url_path(&format!("/{rel}")),
                    mime: kind.mime(),
                    meta: self.locales.format(
                        lang,
                        meta_id,
                        &[
                            ("type", FluentValue::from(kind.label())),
                            ("size", FluentValue::from(size)),
                        ],
                    ),
                    hreflang: a.file_from_source.then(|| source_tag.clone()),
                    bytes: asset.size,
                    image: kind.is_image(),
                })
            })
            .collect()
    }

    /// The attachments as schema.org `MediaObject`s (`ImageObject` for
    /// images): name, URL, media type and size.
    pub(super) fn ld_attachments(&self, views: &[AttachmentView]) -> Vec<serde_json::Value> {
        views
            .iter()
            .map(|a| {
                serde_json::json!({
                    "@type": if a.image { "ImageObject" } else { "MediaObject" },
                    "name": a.title,
                    "contentUrl": self.site.absolute(&a.url),
                    "encodingFormat": a.mime,
                    "contentSize": format!("{} B", a.bytes),
                })
            })
            .collect()
    }

    /// A plain page with attachments as a `WebPage` carrying them.
    pub(super) fn ld_page(
        &self,
        i: usize,
        lang: LangCode,
        media: Vec<serde_json::Value>,
    ) -> serde_json::Value {
        let site = self.site;
        let url = site.absolute(&site.url(&site.entries[i].key, lang));
        serde_json::json!({
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": self.title(i, lang),
            "inLanguage": self.foreign_text(i, lang).unwrap_or_else(|| self.tag(lang)),
            "associatedMedia": media,
        })
    }
}
