//! The theme: templates, static assets and the theme's messages. The default
//! theme is embedded in the binary, so a site needs no theme on disk; a
//! `themes/<name>/` folder in the site replaces it file by file.

pub mod locales;
mod script;

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::config::Config;

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The search client's scripts as the default theme ships them, by path
/// in the theme (`static/search.js`, `static/search.en.js`, …).
pub fn search_scripts() -> Vec<(String, Vec<u8>)> {
    script::bundles()
}

/// All files of the theme, by `/`-separated path inside the theme folder.
pub struct Theme {
    files: BTreeMap<String, Vec<u8>>,
    /// Where the files came from, for messages: `themes/default` or `(built-in)`.
    pub origin: String,
}

impl Theme {
    /// The embedded default theme, overlaid by the site's `themes/<name>/` if present.
    pub fn load(config: &Config) -> Result<Theme, String> {
        let mut files = BTreeMap::new();
        // The search client, `static/search.js` first, then each edition's.
        let clients = if config.theme == "default" {
            collect_embedded(&DEFAULT, &mut files);
            let clients = script::bundles();
            files.extend(clients.iter().cloned());
            clients
        } else {
            Vec::new()
        };
        let dir = config.root.join("themes").join(&config.theme);
        let origin = if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
                let entry = entry.map_err(|e| format!("cannot read the theme: {e}"))?;
                if entry.file_type().is_file() {
                    let rel = crate::diag::display_path(&dir, entry.path());
                    let bytes = std::fs::read(entry.path())
                        .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
                    files.insert(rel, bytes);
                }
            }
            // A search client of the site's own replaces every edition's.
            if let Some(((rel, built_in), editions)) = clients.split_first()
                && files.get(rel) != Some(built_in)
            {
                for (rel, bytes) in editions {
                    if files.get(rel) == Some(bytes) {
                        files.remove(rel);
                    }
                }
            }
            format!("themes/{}", config.theme)
        } else if config.theme == "default" {
            "(built-in default theme)".into()
        } else {
            return Err(format!(
                "theme `{}` not found: there is no folder {}",
                config.theme,
                Path::new("themes").join(&config.theme).display()
            ));
        };
        Ok(Theme { files, origin })
    }

    /// Files below a folder of the theme, with paths relative to that folder.
    pub fn under<'a>(&'a self, folder: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        let prefix = format!("{folder}/");
        self.files.iter().filter_map(move |(p, b)| {
            p.strip_prefix(prefix.as_str())
                .map(|rel| (rel, b.as_slice()))
        })
    }
}

fn collect_embedded(dir: &Dir<'static>, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        let rel = file
            .path()
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        out.insert(rel, file.contents().to_vec());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}
