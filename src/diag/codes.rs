//! Every diagnostic code, with what it means and how to fix it: the one place
//! they are documented (`gongkai check --explain CODE` prints an entry).

pub struct Code {
    pub code: &'static str,
    pub title: &'static str,
    pub explanation: &'static str,
}

macro_rules! codes {
    ($($code:literal, $title:literal, $explanation:literal;)+) => {
        pub const ALL: &[Code] = &[$(Code { code: $code, title: $title, explanation: $explanation }),+];
    };
}

codes! {
    "E001", "TOML syntax error",
        "The front matter (or site.toml) is not valid TOML. Strings need quotes on both sides, dates are written bare (2024-03-08), lists in brackets ([\"a\", \"b\"]), and each key appears once. A value of the wrong type or form for its key is refused here too: text where a number belongs, an id in site.toml that is not an ASCII slug, a source_digest that is not one. The caret shows where the parser stopped.";
    "E002", "invalid site.toml",
        "A value in site.toml has the right type but is not usable: a language code that is not lowercase ASCII, a tag that is not BCP 47, a base_url that is not http(s), or an index_no_pattern that is not a valid regular expression.";
    "E003", "no front matter",
        "Every content file starts with a line of three plus signs (+++), then TOML keys, then another +++ line, then the Markdown text. An empty file, or one whose first line is something else, is refused.";
    "E004", "front matter never closed",
        "The opening +++ has no closing +++ line, so the whole file would be read as TOML. Add a line with only +++ after the last key.";
    "E005", "missing or empty required field",
        "A field that this kind of file must have is absent or an empty string. Records need index_no, title, agency, written, published, topic, catalog and disclosure; guides need the ten key elements inspectors check (title, legal_basis, conditions, materials, place, agency, fee, hours, phone, steps) and their codes and limits.";
    "E006", "unknown front-matter key",
        "The key is not part of this kind of file. Usually a typo: the help names the closest known key. docs/content-format.md lists every key.";
    "E007", "fact set in a translation",
        "Facts (index numbers, dates, agencies, codes, validity, fees, limits) live only in the Chinese source, so that every language shows the same facts. Remove the key from the translation.";
    "E008", "wrong type or value",
        "The key exists but its value has the wrong type (text where a number or date is expected) or is not one of the allowed values; the message lists them.";
    "E009", "site identity malformed",
        "The footer identity in site.toml's [identity] must have the forms inspectors check: site_code is the 网站标识码 (a 6-digit region code and 4 digits, or `bm` and 8 digits); icp is `<province>ICP备<number>号`; police is `<province>公网安备 <14 digits>号`; error_report_url is https.";
    "E010", "cannot read",
        "A file or folder under content/ could not be read (permissions, a broken disk), or there is no content/ folder at all.";
    "E011", "symbolic link leaves the site",
        "A symbolic link under content/ points outside the site's folder. A build must publish only files that are part of the site: copy the file in instead.";
    "E012", "name is not an ASCII slug",
        "File and folder names become URLs, which must be the same in every language: lowercase a-z, digits and single hyphens (dl-2024-00012.md).";
    "E013", "unknown language suffix",
        "A file named page.xx.md is a translation into language xx, which must be configured in site.toml's [[languages]].";
    "E014", "not UTF-8",
        "The file is not valid UTF-8 (often it was saved as GBK or GB18030). Save it as UTF-8; a byte-order mark and CRLF line ends are fine.";
    "E015", "Chinese-keyboard punctuation in front matter",
        "TOML needs ASCII punctuation: `=` between key and value (not ＝ or ：), straight quotes around text (\"…\", not “…” or 「…」), `,` between list items (not ，), and keys in ASCII letters. Chinese quotation marks inside the text are fine. The help gives the line as it should be.";
    "E016", "date not written YYYY-MM-DD",
        "Dates are written bare, with hyphens and two-digit months and days: written = 2026-11-27, not 2026/11/27, 2026.11.27, 2026年11月27日 or \"2026-11-27\" in quotes. The help gives the line as it should be.";
    "E017", "placeholder text left in",
        "`gongkai new` writes a placeholder where the text goes, and leaves every fact the editor must decide (title, topic, catalogue, codes, places) empty, so that `check` refuses the file until each is filled. Replace the placeholder with the text.";
    "E020", "translation without a source",
        "Records and guides are published from their Chinese source; a translation needs the source file beside it, with the same name and no language suffix.";
    "E021", "undeclared id",
        "Agencies, topics, genres, catalogs, sectors and life events are ids declared in site.toml, each named in the locale files. Declare the id or correct it; the help suggests the closest declared one.";
    "E022", "written after published",
        "A document is published on or after the day it was written (成文日期 ≤ 发布日期).";
    "E024", "repealed or expired without a date",
        "A record with validity \"repealed\" or \"expired\" needs `repealed = YYYY-MM-DD`, the day it stopped being in force.";
    "E025", "supersedes an unknown record",
        "Every index number in `supersedes` must belong to a record of the site.";
    "E026", "supersedes cycle",
        "Records replace older ones; a chain of `supersedes` that comes back to where it started cannot be right.";
    "E027", "duplicate identifier",
        "index_no and task_code are unique across the site: two files claim the same one.";
    "E028", "index number does not match the pattern",
        "index_no must match [disclosure] index_no_pattern in site.toml, by default a 9- or 18-character body code, a slash, the year, a hyphen and a 5- or 6-digit serial: 11210200MB0000000X/2024-00012.";
    "E029", "document number not in GB/T 9704 form",
        "A document number is the issuer's code, the full year in 〔〕 (U+3014, U+3015), the serial without zero padding or 第, and 号: 大政发〔2024〕12号.";
    "E030", "translation lists do not match the source",
        "A guide's translation gives [[materials]], [[steps]], [[fees]] and [[faq]] in the same number and order as the source, so that each fact lines up with its translated name.";
    "E031", "fee without a fee schedule",
        "A guide with `fee = true` lists each charge as a [[fees]] table (name, standard, basis).";
    "E032", "blank form missing",
        "A material's blank_form names a file under content/ that does not exist.";
    "E033", "broken internal link",
        "A Markdown link to a site path (/services/x/) leads to no page and no file. Inspectors deduct for every broken link.";
    "E034", "online address is not https",
        "A guide's online_url must be an https:// address.";
    "E035", "content in a reserved place",
        "The build makes its own pages at /topics/, /agencies/, /genres/, /catalogs/, /years/, /sectors/, /life-events/, /sitemap/, /search/, /disclosure/statistics/, /disclosure/on-request/, /disclosure/annual-report/ and every …/page/N/ of a listing. A content file there would collide with them: move it.";
    "E036", "broken link in the output",
        "A page the build wrote links (href or src) to a site path that the same build did not write. Content links are checked with their Markdown line (E033); this one comes from a template or a page the build makes, so the file named is the output page.";
    "E037", "link to a record not yet published",
        "A page that is published links to a record scheduled for a later day, which the build leaves out until then: readers would meet a dead link. Publish the two together (the same `published` date), or add the link when the target goes live. `build --future` and `serve`, which show scheduled records, let it be.";
    "E038", "link to a draft",
        "A page that is published links to a draft, which the build leaves out: readers would meet a dead link. Publish the two together, or add the link when the draft is published. `build --drafts` and `serve`, which show drafts, let it be.";
    "E040", "Fluent syntax error",
        "A .ftl file under locales/ (or the theme's locales/) does not parse. Messages are `id = text`; continuation lines are indented.";
    "E041", "message missing in a language",
        "Every message a page needs (the theme's interface text, the labels of every declared id, the site's title and organiser) must exist in every configured language.";
    "E042", "no date format for a language",
        "The language tag in site.toml has no date format data.";
    "E050", "template error",
        "A tera template of the theme does not compile or failed to render; the message names the template and the place.";
    "E051", "asset unreadable",
        "A file under content/ that is copied to the output could not be read.";
    "E070", "interprets an unknown record",
        "A policy interpretation (政策解读) names the policy it explains with `interprets = \"<index number>\"`; no record of the site has that index number. Usually a typo: the help names the closest one.";
    "E071", "interprets an interpretation",
        "An interpretation explains a policy. The record it names interprets another record itself (or is the interpretation itself): name the policy instead.";
    "E072", "interpretation kind without a policy",
        "`interpretation_kind` (text, graphic, video, qa) describes an interpretation; a record that has it must also say which policy it interprets with `interprets`.";
    "E073", "unknown key in an annual report",
        "A key of data/annual-report/<year>.toml is not part of the national template (国办公开办函〔2021〕30号) as the file writes it: usually a typo, and the help names the closest key. docs/content-format.md lists every table and row.";
    "E074", "annual report figure malformed",
        "A figure of data/annual-report/<year>.toml is not what its place in the template needs: a count that is negative or not a whole number, a row with too few or too many columns, a row or table that is missing, or a file not named after its year. Counts are whole numbers of zero or more; fees are an amount in 万元.";
    "E075", "annual report sums disagree",
        "The template's tables add up, and inspectors check it: each row's 总计 is the sum of its columns; （七）总计 is the sum of the answered rows; in every applicant column 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理; each review or lawsuit 总计 is the sum of its outcomes. The message names the numbers that disagree.";
    "N001", "scheduled",
        "Not a problem: a record whose `published` date is after today (in the site's `timezone`, default Asia/Shanghai) is checked like any other but left out of the build (its page, listings, feeds, sitemap and search) until that day; a build run on that day publishes it. `--future` (and `serve`) show it before then. (Before scheduling existed this was error E023.)";
    "N002", "draft",
        "Not a problem: a file with `draft = true` is checked like any other but never built. Remove the line to publish it; `--drafts` (and `serve`) show it.";
    "W001", "summary too long",
        "A record's summary (内容概述) should be at most 100 characters under the catalogue rules.";
    "W002", "promised time limit longer than the legal one",
        "The promised time limit (承诺办结时限) is normally shorter than the statutory one (法定办结时限).";
    "W003", "catch-all material",
        "Inspections flag catch-all items such as 其他材料 (\"other materials\") in a guide's materials: name each document.";
    "W004", "raw HTML removed",
        "Raw HTML in Markdown is cleaned before publication: scripts, event handlers, javascript: URLs, frames, forms and styles are removed. Write Markdown instead.";
    "W005", "stale section",
        "A section (or the home page) has not had a new item within its update_within period (DOMAIN.md §3: home and news 2 weeks, notices and policies 6 months, plans and personnel 1 year). Five stale sections fail an inspection.";
    "W006", "stale translation",
        "The Chinese source changed after this translation was made (its source_digest no longer matches). Update the translation, then run `gongkai i18n mark FILE` to record that it follows the current source. The page shows readers a notice until then.";
    "W007", "unused message",
        "A message in the site's locales/ files is needed by no page: usually a typo in its id, or the label of an id that is no longer declared in site.toml.";
    "W008", "site code missing",
        "A government site's pages carry its 网站标识码 in the footer and in the SiteIDCode meta tag, and the report-an-error link passes it on. Set [identity] site_code in site.toml.";
    "W020", "policy without a timely interpretation",
        "site.toml's [disclosure] interpretation_required lists the genres of normative documents that must be published together with an interpretation (政策解读), as the 2019 inspection indicators ask; interpretation_within_days (default 3) is how many days after the policy its first interpretation may come out. This policy's first interpretation came later, or it has none and those days have passed (counted on the site's clock). Publish one: a record with `interprets = \"<this policy's index number>\"`.";
}

pub fn find(code: &str) -> Option<&'static Code> {
    ALL.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code the sources emit is documented here, and only those.
    #[test]
    fn every_emitted_code_is_documented() {
        // Every source file but this one, without its tests: what the tool runs.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut src = String::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("diag/codes.rs") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            src.push_str(text.split("#[cfg(test)]").next().unwrap_or(""));
        }
        assert!(
            src.contains("\"E001\""),
            "no source read from {}",
            root.display()
        );
        let mut used: Vec<String> = Vec::new();
        let bytes = src.as_bytes();
        for (i, _) in src.match_indices('"') {
            let code = bytes.get(i + 1..i + 6).unwrap_or(b"");
            if code.len() == 5
                && matches!(code[0], b'E' | b'W' | b'N')
                && code[1..4].iter().all(u8::is_ascii_digit)
                && code[4] == b'"'
            {
                used.push(String::from_utf8_lossy(&code[..4]).into_owned());
            }
        }
        used.sort();
        used.dedup();
        for code in &used {
            assert!(find(code).is_some(), "{code} is emitted but not documented");
        }
        for c in ALL {
            assert!(
                used.iter().any(|u| u == c.code),
                "{} is documented but never emitted",
                c.code
            );
        }
        let mut codes: Vec<&str> = ALL.iter().map(|c| c.code).collect();
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(before, codes.len(), "duplicate codes");
    }
}
