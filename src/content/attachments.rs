//! Attachments (附件): the files a record, guide or page publishes with its
//! text — what `[[attachments]]` may name, how a `file` path is read, and
//! which types are allowed, known by their extension and by their leading
//! bytes.
//!
//! This module knows files, not the site: whether the file exists and fits
//! the size limit is checked in `check`, and the list a page shows in each
//! language is made in `site`.

use serde::Deserialize;

use crate::diag::Position;

/// An attachment in a source file: `[[attachments]]` with `file` and `title`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// Relative to the folder of the Markdown file, or from `content/` when
    /// it starts with `/`.
    pub file: String,
    pub title: String,
}

/// An attachment in a translation, lined up with the source's by position:
/// its translated title and, if the translation has one, its own file.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AttachmentText {
    pub title: String,
    #[serde(default)]
    pub file: Option<String>,
}

/// The types an attachment may have: the formats Chinese government sites
/// publish (GB/T 33190 OFD beside PDF, Microsoft and WPS Office files),
/// archives and images.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum FileType {
    Pdf,
    Ofd,
    Doc,
    Docx,
    Xls,
    Xlsx,
    Wps,
    Et,
    Zip,
    Png,
    Jpeg,
    Gif,
    Webp,
}

/// The extensions allowed, as editors read them in a message.
pub const ALLOWED: &str =
    ".pdf .ofd .doc .docx .xls .xlsx .wps .et .zip .png .jpg .jpeg .gif .webp";

/// An OLE2 compound file (DOC, XLS, WPS, ET).
const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// How many leading bytes of a file the type check reads.
pub const HEAD_BYTES: usize = 16;

impl FileType {
    /// The type an extension promises, by the file name's last extension.
    pub fn of_name(name: &str) -> Option<FileType> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => FileType::Pdf,
            "ofd" => FileType::Ofd,
            "doc" => FileType::Doc,
            "docx" => FileType::Docx,
            "xls" => FileType::Xls,
            "xlsx" => FileType::Xlsx,
            "wps" => FileType::Wps,
            "et" => FileType::Et,
            "zip" => FileType::Zip,
            "png" => FileType::Png,
            "jpg" | "jpeg" => FileType::Jpeg,
            "gif" => FileType::Gif,
            "webp" => FileType::Webp,
            _ => return None,
        })
    }

    /// Whether a file's leading bytes are those of this type: the signature
    /// each format's specification puts at offset 0. DOCX, XLSX and OFD are
    /// ZIP packages; DOC, XLS, WPS and ET are OLE2 compound files.
    pub fn matches(self, head: &[u8]) -> bool {
        let zip = head.starts_with(b"PK\x03\x04");
        match self {
            FileType::Pdf => head.starts_with(b"%PDF-"),
            FileType::Ofd | FileType::Docx | FileType::Xlsx => zip,
            // An empty archive is only its end record.
            FileType::Zip => zip || head.starts_with(b"PK\x05\x06"),
            FileType::Doc | FileType::Xls | FileType::Wps | FileType::Et => head.starts_with(OLE2),
            FileType::Png => head.starts_with(b"\x89PNG\r\n\x1a\n"),
            FileType::Jpeg => head.starts_with(&[0xFF, 0xD8, 0xFF]),
            FileType::Gif => head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a"),
            FileType::Webp => head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP",
        }
    }

    /// What readers are shown: the format's usual short name.
    pub fn label(self) -> &'static str {
        match self {
            FileType::Pdf => "PDF",
            FileType::Ofd => "OFD",
            FileType::Doc => "DOC",
            FileType::Docx => "DOCX",
            FileType::Xls => "XLS",
            FileType::Xlsx => "XLSX",
            FileType::Wps => "WPS",
            FileType::Et => "ET",
            FileType::Zip => "ZIP",
            FileType::Png => "PNG",
            FileType::Jpeg => "JPEG",
            FileType::Gif => "GIF",
            FileType::Webp => "WebP",
        }
    }

    /// The media type, for `type=` on links and `encodingFormat` in JSON-LD.
    /// WPS and ET are Kingsoft's, named as freedesktop.org's shared MIME
    /// database names them.
    pub fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Ofd => "application/ofd",
            FileType::Doc => "application/msword",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::Xls => "application/vnd.ms-excel",
            FileType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::Wps => "application/wps-office.wps",
            FileType::Et => "application/wps-office.et",
            FileType::Zip => "application/zip",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Gif => "image/gif",
            FileType::Webp => "image/webp",
        }
    }

    /// Whether it is an image (schema.org `ImageObject`).
    pub fn is_image(self) -> bool {
        matches!(
            self,
            FileType::Png | FileType::Jpeg | FileType::Gif | FileType::Webp
        )
    }
}

/// Where an attachment's `file` leads, below `content/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// The `/`-separated path below `content/`.
    Inside(String),
    /// It climbs out of `content/` (`../../site.toml`) or is an absolute
    /// path of the machine.
    Outside,
}

/// Reads `file` as written in a Markdown file whose path below `content/`
/// is `doc_rel` (`disclosure/2024/dl-2024-00012.md`): relative to that
/// file's folder, or from `content/` when it starts with `/`. `.` and `..`
/// are resolved; a backslash is a separator as on Windows.
pub fn resolve(doc_rel: &str, file: &str) -> Resolved {
    let file = file.replace('\\', "/");
    let is_drive = file.len() >= 2 && file.as_bytes()[1] == b':';
    if is_drive || file.starts_with("//") {
        return Resolved::Outside;
    }
    let mut parts: Vec<&str> = Vec::new();
    if !file.starts_with('/') {
        parts.extend(doc_rel.split('/'));
        parts.pop(); // the Markdown file's own name
    }
    for part in file.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Resolved::Outside;
                }
            }
            p => parts.push(p),
        }
    }
    Resolved::Inside(parts.join("/"))
}

/// The file name of a path, for messages and titles.
pub fn file_name(rel: &str) -> &str {
    rel.rsplit('/').next().unwrap_or(rel)
}

/// Where the `n`-th (0-based) `[[attachments]]` table of a front matter
/// sets `key`, else where the table starts: `(line, text)`, 1-based within
/// the front matter. `None` when the front matter has no such table (an
/// inline array).
pub fn entry_line(front_text: &str, n: usize, key: &str) -> Option<(usize, String)> {
    let mut seen = 0;
    let mut table: Option<(usize, &str)> = None;
    for (i, line) in front_text.lines().enumerate() {
        let l = line.trim();
        if l.starts_with('[') {
            if table.is_some() {
                break; // the entry ended without the key
            }
            if l.trim_start_matches('[').trim_end_matches(']').trim() == "attachments"
                && l.starts_with("[[")
            {
                if seen == n {
                    table = Some((i + 1, line));
                }
                seen += 1;
            }
            continue;
        }
        if table.is_some()
            && let Some(rest) = l.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return Some((i + 1, line.to_string()));
        }
    }
    table.map(|(n, l)| (n, l.to_string()))
}

/// `entry_line` as a position in the file, given the line the front matter
/// starts on; the `attachments` key itself when there is no table.
pub fn position(front_text: &str, front_line: usize, n: usize, key: &str) -> Option<Position> {
    entry_line(front_text, n, key).map(|(line, text)| Position {
        line: front_line + line - 1,
        column: text.len() - text.trim_start().len() + 1,
        text: Some(text),
    })
}

/// `/a/b c/附件1.pdf` → `/a/b%20c/%E9%99%84%E4%BB%B61.pdf`: each segment of
/// a path percent-encoded as RFC 3986 §2.1 says (UTF-8 octets, upper-case
/// hex), everything but the unreserved characters of §2.3 encoded, the `/`
/// between segments kept.
pub fn url_path(path: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(path.len() * 3);
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char);
            }
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_from_the_file_or_from_content() {
        let doc = "disclosure/2024/dl-2024-00012.md";
        let inside = |s: &str| Resolved::Inside(s.to_string());
        assert_eq!(
            resolve(doc, "dl-2024-00012/附件1.pdf"),
            inside("disclosure/2024/dl-2024-00012/附件1.pdf")
        );
        assert_eq!(
            resolve(doc, "./a/../b.pdf"),
            inside("disclosure/2024/b.pdf")
        );
        assert_eq!(resolve(doc, "/files/x.pdf"), inside("files/x.pdf"));
        assert_eq!(resolve(doc, "..\\..\\x.pdf"), inside("x.pdf"));
        assert_eq!(resolve(doc, "../../../site.toml"), Resolved::Outside);
        assert_eq!(resolve(doc, "/../x.pdf"), Resolved::Outside);
        assert_eq!(resolve(doc, "C:/x.pdf"), Resolved::Outside);
        assert_eq!(resolve("about.md", "x.pdf"), inside("x.pdf"));
    }

    #[test]
    fn types_are_known_by_extension_and_by_their_leading_bytes() {
        assert_eq!(FileType::of_name("附件1.PDF"), Some(FileType::Pdf));
        assert_eq!(FileType::of_name("a.JPG"), Some(FileType::Jpeg));
        assert_eq!(FileType::of_name("a.exe"), None);
        assert_eq!(FileType::of_name("pdf"), None);
        assert!(FileType::Pdf.matches(b"%PDF-1.4\n"));
        assert!(!FileType::Pdf.matches(b"<html>"));
        assert!(!FileType::Pdf.matches(b""));
        assert!(FileType::Xlsx.matches(b"PK\x03\x04\x14\0"));
        assert!(!FileType::Xlsx.matches(OLE2));
        assert!(FileType::Xls.matches(OLE2));
        assert!(FileType::Zip.matches(b"PK\x05\x06"));
        assert!(FileType::Webp.matches(b"RIFF\x10\0\0\0WEBPVP8 "));
        assert!(!FileType::Webp.matches(b"RIFF\x10\0\0\0WAVE"));
        assert!(FileType::Png.matches(b"\x89PNG\r\n\x1a\n\0"));
        assert!(FileType::Gif.matches(b"GIF89a"));
        assert!(FileType::Jpeg.matches(&[0xFF, 0xD8, 0xFF, 0xE0]));
    }

    #[test]
    fn urls_are_percent_encoded_per_segment() {
        assert_eq!(
            url_path("/disclosure/2024/dl-2024-00012/附件1.pdf"),
            "/disclosure/2024/dl-2024-00012/%E9%99%84%E4%BB%B61.pdf"
        );
        assert_eq!(url_path("/a b/c+d&e#f?.pdf"), "/a%20b/c%2Bd%26e%23f%3F.pdf");
        assert_eq!(url_path("/x_y-1.2~.zip"), "/x_y-1.2~.zip");
    }

    #[test]
    fn an_entry_is_found_by_its_table() {
        let front = "title = \"x\"\n\n[[attachments]]\nfile = \"a.pdf\"\ntitle = \"A\"\n\n[[attachments]]\ntitle = \"B\"\n  file = \"b.pdf\"\n\n[[attachments]]\ntitle = \"C\"\n";
        assert_eq!(entry_line(front, 0, "file").unwrap().0, 4);
        assert_eq!(entry_line(front, 1, "file").unwrap().0, 9);
        assert_eq!(entry_line(front, 1, "title").unwrap().0, 8);
        // No `file` in the third: its table's line.
        assert_eq!(entry_line(front, 2, "file").unwrap().0, 11);
        assert_eq!(entry_line(front, 3, "file"), None);
        let p = position(front, 2, 1, "file").unwrap();
        assert_eq!((p.line, p.column), (10, 3));
    }
}
