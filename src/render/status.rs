//! What a translated page says of its translation: a notice in the reader's
//! language when it is tentative or made by machine, and in the JSON-LD of a
//! creative work, the work it translates and, when it is not final, its status.

use super::*;
use crate::domain::LangCode;
use crate::domain::vocab::TranslationStatus;

impl Renderer<'_> {
    /// The status a translated page's own file declares.
    fn translation_status(&self, i: usize, lang: LangCode) -> Option<TranslationStatus> {
        (self.site.presence(i, lang) == Presence::Translated)
            .then(|| self.site.entries[i].versions.get(&lang))
            .flatten()
            .and_then(|d| d.front.translation_status())
    }

    /// The notice a tentative or machine translation shows readers.
    pub(super) fn translation_notice(&self, i: usize, lang: LangCode) -> Option<String> {
        let id = match self.translation_status(i, lang)? {
            TranslationStatus::Reviewed => return None,
            TranslationStatus::Tentative => "notice-translation-tentative",
            TranslationStatus::Machine => "notice-translation-machine",
        };
        Some(self.locales.get(lang, id))
    }

    /// On a translation's `Legislation` or `WebPage`: `translationOfWork`
    /// (the source's page) and, unless reviewed, `creativeWorkStatus`.
    pub(super) fn ld_translation(&self, i: usize, lang: LangCode, item: &mut serde_json::Value) {
        let site = self.site;
        if site.presence(i, lang) != Presence::Translated {
            return;
        }
        let source = site.url(&site.entries[i].key, site.config.default_language().code);
        item["translationOfWork"] = serde_json::json!({ "@id": site.absolute(&source) });
        if let Some(status) = self
            .translation_status(i, lang)
            .filter(|s| *s != TranslationStatus::Reviewed)
        {
            // In English whatever the page's language: a status, not text for readers.
            item["creativeWorkStatus"] = match status {
                TranslationStatus::Machine => "machine translation",
                _ => "tentative translation",
            }
            .into();
        }
    }
}
