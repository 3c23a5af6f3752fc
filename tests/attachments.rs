//! Attachments (附件) as readers, crawlers and the CDN meet them: a small site
//! whose record has a PDF with a Chinese name and an XLSX, and whose English
//! translation gives its own titles and its own PDF; one build, then the
//! pages, the JSON-LD, the copies, the manifest and the search.

mod common;

use common::{RECORD, RECORD_EN, Site};

const R: &str = "content/disclosure/2024/dl-2024-00012.md";
const R_EN: &str = "content/disclosure/2024/dl-2024-00012.en.md";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
/// `附件1 实施细则.pdf`, each segment percent-encoded as RFC 3986 says.
const PDF_URL: &str =
    "/disclosure/2024/dl-2024-00012/%E9%99%84%E4%BB%B61%20%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf";

fn site() -> Site {
    let s = Site::new();
    s.write(
        R,
        &RECORD.replacen(
            "summary = \"十二条措施。\"\n",
            "summary = \"十二条措施。\"\n\n[[attachments]]\nfile = \"dl-2024-00012/附件1 实施细则.pdf\"\ntitle = \"附件1：营商环境实施细则\"\n\n[[attachments]]\nfile = \"/files/任务清单.xlsx\"\ntitle = \"附件2：重点任务清单\"\n",
            1,
        ),
    );
    s.write(
        R_EN,
        &RECORD_EN.replacen(
            "summary = \"Twelve measures.\"\n",
            "summary = \"Twelve measures.\"\n\n[[attachments]]\ntitle = \"Annex 1: Implementing rules\"\nfile = \"dl-2024-00012/annex-1.en.pdf\"\n\n[[attachments]]\ntitle = \"Annex 2: Key tasks\"\n",
            1,
        ),
    );
    let mut big = PDF.to_vec();
    big.resize(1_234_567, b' ');
    s.write_bytes(
        "content/disclosure/2024/dl-2024-00012/附件1 实施细则.pdf",
        &big,
    );
    s.write_bytes("content/disclosure/2024/dl-2024-00012/annex-1.en.pdf", PDF);
    s.write_bytes("content/files/任务清单.xlsx", b"PK\x03\x04\x14\0\0\0\x08\0");
    s
}

fn build(s: &Site) {
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// The `<section class="attachments">` of a page.
fn section(html: &str) -> &str {
    let start = html
        .find("<section class=\"attachments\"")
        .expect("an attachments section");
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

/// The JSON-LD item of a page's first node.
fn ld(html: &str) -> serde_json::Value {
    let start = html.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = html[start..].find("</script>").unwrap() + start;
    let v: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    v["@graph"][0].clone()
}

#[test]
fn the_record_lists_its_attachments_in_each_language_with_type_and_size() {
    let s = site();
    build(&s);
    let zh = s.page("disclosure/2024/dl-2024-00012/index.html");
    let list = section(&zh);
    assert!(
        list.contains("<h2 id=\"attachments-h\">附件</h2>"),
        "{list}"
    );
    assert!(
        list.contains(&format!("<a href=\"{PDF_URL}\" type=\"application/pdf\"><span>附件1：营商环境实施细则</span></a> <span class=\"attachment-meta\">（PDF，1.2 MB）</span>")),
        "{list}"
    );
    assert!(
        list.contains("href=\"/files/%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95.xlsx\" type=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\""),
        "{list}"
    );
    assert!(list.contains("（XLSX，10 B）"), "{list}");
    // The first entry before the second, as the source orders them.
    assert!(list.find("附件1").unwrap() < list.find("附件2").unwrap());

    let en = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    let list = section(&en);
    assert!(list.contains("<h2 id=\"attachments-h\">Attachments</h2>"));
    // Its own file, and the source's XLSX under the translated title, marked Chinese.
    assert!(
        list.contains("<a href=\"/disclosure/2024/dl-2024-00012/annex-1.en.pdf\" type=\"application/pdf\"><span>Annex 1: Implementing rules</span></a> <span class=\"attachment-meta\">(PDF, 50 B)</span>"),
        "{list}"
    );
    assert!(
        list.contains("hreflang=\"zh-CN\"><span>Annex 2: Key tasks</span></a> <span class=\"attachment-meta\">(XLSX, 10 B, in Chinese)</span>"),
        "{list}"
    );
}

#[test]
fn attachments_are_copied_beside_the_page_listed_in_the_manifest_and_linked_data() {
    let s = site();
    build(&s);
    let copy =
        std::fs::read(s.path("public/disclosure/2024/dl-2024-00012/附件1 实施细则.pdf")).unwrap();
    assert_eq!(copy.len(), 1_234_567);
    assert!(s.exists("files/任务清单.xlsx"));
    let manifest: serde_json::Value =
        serde_json::from_str(&s.page(".gongkai/manifest.json")).unwrap();
    let entry = &manifest["files"]["disclosure/2024/dl-2024-00012/附件1 实施细则.pdf"];
    assert_eq!(entry["size"], 1_234_567);
    assert_eq!(
        entry["hash"],
        format!("blake3:{}", blake3::hash(&copy).to_hex())
    );

    let item = ld(&s.page("disclosure/2024/dl-2024-00012/index.html"));
    assert_eq!(item["@type"], "Legislation");
    let media = item["associatedMedia"].as_array().expect("associatedMedia");
    assert_eq!(media.len(), 2);
    assert_eq!(media[0]["@type"], "MediaObject");
    assert_eq!(media[0]["name"], "附件1：营商环境实施细则");
    assert_eq!(
        media[0]["contentUrl"],
        format!("https://www.example.gov.cn{PDF_URL}")
    );
    assert_eq!(media[0]["encodingFormat"], "application/pdf");
    assert_eq!(media[0]["contentSize"], "1234567 B");
    let en = ld(&s.page("en/disclosure/2024/dl-2024-00012/index.html"));
    assert_eq!(
        en["associatedMedia"][0]["name"],
        "Annex 1: Implementing rules"
    );
}

#[test]
fn a_rebuild_keeps_unchanged_copies_and_replaces_a_changed_one() {
    let s = site();
    build(&s);
    let rel = "public/files/任务清单.xlsx";
    let written = || std::fs::metadata(s.path(rel)).unwrap().modified().unwrap();
    let first = written();
    // Two more builds with the page changed and the attachment not: the
    // second writes into the first's output, recycled, where it is already.
    for n in ["12", "twelve"] {
        let text = std::fs::read_to_string(s.path(R_EN)).unwrap();
        s.write(
            R_EN,
            &text.replacen("Twelve measures", n, 1).replacen("12", n, 1),
        );
        build(&s);
    }
    assert_eq!(
        written(),
        first,
        "an unchanged attachment is not written again"
    );
    s.write_bytes("content/files/任务清单.xlsx", b"PK\x03\x04 changed");
    build(&s);
    assert_eq!(std::fs::read(s.path(rel)).unwrap(), b"PK\x03\x04 changed");
}

#[test]
fn an_attachment_is_found_by_its_title() {
    let s = site();
    let run = s.run(&["search", "--json", "--root", ".", "实施细则"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(hits[0]["url"], "/disclosure/2024/dl-2024-00012/");
    let run = s.run(&[
        "search",
        "--json",
        "--root",
        ".",
        "--lang",
        "en",
        "implementing",
    ]);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(hits[0]["url"], "/en/disclosure/2024/dl-2024-00012/");
}
