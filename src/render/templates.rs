//! The theme's tera templates, loaded with the filters and escaping pages
//! are written with (tera's own, sixteen bytes at a time).

use super::*;

pub(super) fn templates(theme: &Theme) -> Result<tera::Tera, Vec<Diagnostic>> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on([".html"]);
    tera.set_escape_fn(escape_html);
    let files: Vec<(String, String)> = theme
        .under("templates")
        .map(|(name, bytes)| {
            (
                name.to_string(),
                String::from_utf8_lossy(bytes).into_owned(),
            )
        })
        .collect();
    tera.add_raw_templates(files).map_err(|e| {
        vec![Diagnostic::error(
            "E050",
            format!("{}/templates", theme.origin),
            crate::msg!("template-error", error = error_chain(&e)),
        )]
    })?;
    Ok(tera)
}

/// Tera's own escaping (the same five characters, the same entities), written
/// in runs between them instead of one byte at a time: a page is mostly text
/// that needs none, so it is searched sixteen bytes at a time.
pub(super) fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    const LANES: usize = 16;
    let special = |b: u8| (b == b'&') | (b == b'<') | (b == b'>') | (b == b'"') | (b == b'\'');
    let bytes = input.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(lanes) = bytes.get(i..i + LANES)
            && !lanes.iter().fold(false, |any, &b| any | special(b))
        {
            i += LANES;
            continue;
        }
        let entity: &[u8] = match bytes[i] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => {
                i += 1;
                continue;
            }
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        i += 1;
        start = i;
    }
    out.write_all(&bytes[start..])
}

pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
