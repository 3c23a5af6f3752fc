//! `gongkai build` on small sites: pages in every language, fallbacks,
//! language-only pages, and a failed build that leaves the old output alone.

mod common;

use common::{Site, snapshot};

#[test]
fn every_language_gets_a_home_page_with_its_html_lang() {
    let s = Site::new();
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(s.page("index.html").contains("<html lang=\"zh-CN\">"));
    assert!(s.page("en/index.html").contains("<html lang=\"en\">"));
    assert!(s.page("en/index.html").contains("Example City Government"));
}

#[test]
fn a_translated_record_shows_its_translation_and_the_authority_notice() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let en = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    assert!(
        en.contains("<h1 lang=\"en\">Notice on Optimizing the Business Environment</h1>"),
        "{en}"
    );
    assert!(en.contains("the Chinese version prevails"), "{en}");
    // Facts come from the source, labels and dates from the English messages.
    assert!(en.contains("11210200MB0000000X/2024-00012"));
    // The document number is Chinese on every page, and says so.
    assert!(
        en.contains("<dd class=\"nowrap\" lang=\"zh-CN\">示政发〔2024〕12号</dd>"),
        "{en}"
    );
    assert!(en.contains("March 8, 2024"), "{en}");
    assert!(en.contains("Example Municipal People&#39;s Government"));
    assert!(!en.contains("noindex"));
    let zh = s.page("disclosure/2024/dl-2024-00012/index.html");
    assert!(zh.contains("2024年3月8日"), "{zh}");
    // One header per value: the index is pairs of a term and its value.
    assert!(
        zh.contains("<div><dt>索引号</dt><dd class=\"code\">"),
        "{zh}"
    );
    assert!(
        zh.contains("<dd class=\"nowrap\">示政发〔2024〕12号</dd>"),
        "{zh}"
    );
    // The title and the summary come before the index.
    let h1 = zh.find("<h1").unwrap();
    assert!(h1 < zh.find("class=\"record-meta\"").unwrap());
}

#[test]
fn an_untranslated_record_falls_back_to_the_chinese_text_with_a_notice() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let en = s.page("en/disclosure/2022/dl-2022-00003/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(
        en.contains("<h1 lang=\"zh-CN\">示例市人民政府关于旧措施的通知</h1>"),
        "{en}"
    );
    assert!(en.contains("has not been translated into English"), "{en}");
    assert!(en.contains("<meta name=\"robots\" content=\"noindex, follow\">"));
    // Not announced as an English translation.
    assert!(
        !en.contains("hreflang=\"en\" href=\"https://www.example.gov.cn/en/disclosure/2022/"),
        "{en}"
    );
    let zh = s.page("disclosure/2022/dl-2022-00003/index.html");
    assert!(zh.contains("废止"), "validity label: {zh}");
}

#[test]
fn hreflang_links_are_reciprocal_and_name_x_default() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    for page in [
        "disclosure/2024/dl-2024-00012/index.html",
        "en/disclosure/2024/dl-2024-00012/index.html",
    ] {
        let html = s.page(page);
        assert!(html.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://www.example.gov.cn/disclosure/2024/dl-2024-00012/\">"), "{html}");
        assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://www.example.gov.cn/en/disclosure/2024/dl-2024-00012/\">"), "{html}");
        assert!(html.contains("hreflang=\"x-default\" href=\"https://www.example.gov.cn/disclosure/2024/dl-2024-00012/\""), "{html}");
    }
}

#[test]
fn omit_mode_writes_no_page_and_hides_the_language() {
    let s = Site::new();
    s.write(
        "site.toml",
        &common::SITE_TOML.replace("fallback = \"source\"", "fallback = \"omit\""),
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!s.exists("en/disclosure/2022/dl-2022-00003/index.html"));
    assert!(s.exists("en/disclosure/2024/dl-2024-00012/index.html"));
    let zh = s.page("disclosure/2022/dl-2022-00003/index.html");
    assert!(
        !zh.contains("href=\"/en/disclosure/2022/dl-2022-00003/\""),
        "{zh}"
    );
}

#[test]
fn a_page_in_one_language_exists_only_there() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let en = s.page("en/invest/index.html");
    assert!(en.contains("Invest in Example City"));
    assert!(!s.exists("invest/index.html"));
    // Its site-absolute link gets the English prefix; the menu lists it in English only.
    assert!(
        en.contains("href=\"/en/disclosure/2024/dl-2024-00012/\""),
        "{en}"
    );
    assert!(s.page("en/index.html").contains("href=\"/en/invest/\""));
    assert!(!s.page("index.html").contains("/invest/"));
}

#[test]
fn a_guide_page_puts_limits_and_fees_first_and_lists_materials_and_steps() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let zh = s.page("services/business-registration/index.html");
    let limit = zh.find("1 个工作日").expect("promised limit");
    let materials = zh.find("公司登记申请书").expect("material");
    let steps = zh.find("网上提交申请。").expect("step");
    assert!(limit < materials && materials < steps);
    assert!(zh.contains("零跑动"), "{zh}");
    assert!(zh.contains("不收费"));
    let en = s.page("en/services/business-registration/index.html");
    assert!(en.contains("1 working day"), "{en}");
    assert!(en.contains("3 working days"), "{en}");
}

#[test]
fn the_catalogue_lists_records_newest_first() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let html = s.page("disclosure/index.html");
    let new = html.find("2024-00012").unwrap();
    let old = html.find("2022-00003").unwrap();
    assert!(new < old);
}

#[test]
fn the_footer_carries_the_government_site_identity() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let html = s.page("en/index.html");
    assert!(html.contains("2102000001"));
    assert!(html.contains("href=\"https://beian.miit.gov.cn/\""));
    assert!(html.contains("href=\"https://beian.mps.gov.cn/\""));
    assert!(
        html.contains("site_code=2102000001&amp;url=https%3A%2F%2Fwww.example.gov.cn%2Fen%2F"),
        "{html}"
    );
}

#[test]
fn a_site_without_a_theme_folder_uses_the_built_in_theme() {
    let s = Site::new();
    assert!(!s.path("themes").exists());
    assert_eq!(s.build().code, 0);
    let css = std::fs::read_dir(s.path("public/static"))
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name().to_string_lossy().starts_with("style.")
                && e.file_name().to_string_lossy().ends_with(".css")
        });
    assert!(css, "the theme's stylesheet is written, fingerprinted");
}

#[test]
fn a_broken_record_stops_the_build_and_keeps_the_previous_output() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let before = snapshot(&s.path("public"));
    s.write("content/disclosure/2024/dl-2024-00012.md", &RECORD_UNCLOSED);
    let r = s.build();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("content/disclosure/2024/dl-2024-00012.md:1:1: error[E004]: the front matter is never closed"), "{}", r.stderr);
    assert!(r.stderr.contains("help:"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
    assert_eq!(
        snapshot(&s.path("public")),
        before,
        "the old output must stay as it was"
    );
}

static RECORD_UNCLOSED: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| common::RECORD.replacen("+++\n\n各区", "\n各区", 1));

#[test]
fn builds_are_byte_identical() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let first = snapshot(&s.path("public"));
    assert_eq!(s.build().code, 0);
    assert_eq!(snapshot(&s.path("public")), first);
}

#[test]
fn out_and_base_url_flags_are_honoured() {
    let s = Site::new();
    let r = s.run(&[
        "build",
        "--root",
        ".",
        "--out",
        "dist",
        "--base-url",
        "https://preview.example.org",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(s.path("dist/en/index.html")).unwrap();
    assert!(html.contains("https://preview.example.org/en/"));
    assert!(!s.path("public").exists());
}

#[test]
fn a_missing_site_is_a_usage_error() {
    let s = Site::empty();
    let r = s.build();
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("site.toml"), "{}", r.stderr);
}

#[test]
fn the_sitemap_lists_real_pages_with_their_translations_and_no_fallbacks() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let xml = s.page("sitemap.xml");
    let base = "https://www.example.gov.cn";
    assert!(
        xml.contains(&format!(
            "<loc>{base}/en/disclosure/2024/dl-2024-00012/</loc>"
        )),
        "{xml}"
    );
    assert!(xml.contains(&format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{base}/en/disclosure/2024/dl-2024-00012/\"/>"
    )));
    assert!(xml.contains("<lastmod>2024-03-08</lastmod>"));
    // The English page of an untranslated record is a noindex fallback: not listed.
    assert!(xml.contains(&format!("<loc>{base}/disclosure/2022/dl-2022-00003/</loc>")));
    assert!(
        !xml.contains(&format!("{base}/en/disclosure/2022/dl-2022-00003/")),
        "{xml}"
    );
    assert_eq!(
        s.page("robots.txt"),
        format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")
    );
}

#[test]
fn every_language_has_its_own_not_found_page() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let zh = s.page("404.html");
    assert!(
        zh.contains("<html lang=\"zh-CN\">") && zh.contains("页面未找到") && zh.contains("noindex")
    );
    let en = s.page("en/404.html");
    assert!(
        en.contains("<html lang=\"en\">")
            && en.contains("Page not found")
            && en.contains("href=\"/en/\"")
    );
}

/// Counts what a build reports, as the progress bar does.
#[derive(Default)]
struct Counter {
    announced: std::sync::atomic::AtomicU64,
    written: std::sync::atomic::AtomicU64,
}

impl gongkai::Progress for Counter {
    fn start(&self, pages: u64) {
        self.announced
            .store(pages, std::sync::atomic::Ordering::SeqCst);
    }
    fn page(&self) {
        self.written
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn progress_counts_every_page_it_announced() {
    let s = Site::new();
    let counter = Counter::default();
    let opts = gongkai::Options {
        root: s.dir.path().to_path_buf(),
        today: gongkai::domain::Date::parse("2026-11-26").map(gongkai::domain::Today::On),
        ..Default::default()
    };
    let built = gongkai::build(&opts, Some(&counter)).unwrap();
    let pages: usize = built.pages_by_lang.iter().map(|(_, n)| n).sum();
    let announced = counter.announced.into_inner();
    assert!(announced > 10, "{announced}");
    assert_eq!(announced, pages as u64);
    assert_eq!(counter.written.into_inner(), announced);
}

#[test]
fn every_page_has_a_meta_description_and_listings_say_what_they_list() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(s.path("public")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let start = html
            .find("<meta name=\"description\" content=\"")
            .unwrap_or_else(|| panic!("{}: no meta description", entry.path().display()));
        let rest = &html[start + 34..];
        let content = &rest[..rest.find('"').unwrap()];
        assert!(
            content.chars().count() >= 5,
            "{}: description {content:?}",
            entry.path().display()
        );
        pages += 1;
    }
    assert!(pages > 20, "{pages} pages");
    // A listing names what it lists, in the reader's language.
    let topic = s.page("en/topics/index.html");
    assert!(
        topic.contains("every heading, with how many items each lists"),
        "{topic}"
    );
    let year = s.page("years/2024/index.html");
    assert!(
        year.contains("<meta name=\"description\" content=\""),
        "{year}"
    );
    assert!(year.contains("栏目：本栏目下的政府信息"), "{year}");
}

#[test]
fn the_not_found_page_marks_no_page_current_and_links_the_catalogue() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    for (file, catalogue) in [
        ("404.html", "/disclosure/"),
        ("en/404.html", "/en/disclosure/"),
    ] {
        let html = s.page(file);
        assert!(!html.contains("aria-current=\"page\""), "{file}: {html}");
        assert!(
            html.contains(&format!("<a href=\"{catalogue}\">")),
            "{file}: {html}"
        );
    }
}

#[test]
fn chinese_text_on_foreign_pages_is_marked_as_chinese() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let en = s.page("en/index.html");
    let zh = s.page("index.html");
    // The footer's filings are Chinese text in every language.
    for html in [&en, &zh] {
        let icp = html
            .find("https://beian.miit.gov.cn/")
            .expect("ICP filing link");
        let tag = &html[icp..icp + html[icp..].find('>').unwrap()];
        assert_eq!(
            tag.contains("lang=\"zh-CN\""),
            std::ptr::eq(html, &en),
            "{tag}"
        );
    }
    let listing = s.page("en/disclosure/index.html");
    assert!(
        listing.contains("lang=\"zh-CN\">示政发〔2024〕12号</td>"),
        "{listing}"
    );
}

#[test]
fn a_foreign_edition_has_a_start_here_page_made_from_the_guides_facts() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    assert!(
        !s.exists("start-here/index.html"),
        "not in the default language"
    );
    let en = s.page("en/start-here/index.html");
    // The life event, its guide (untranslated: its title in Chinese), and
    // the guide's own facts in English labels.
    assert!(en.contains("<h2 id=\"task-1\">"), "{en}");
    assert!(en.contains("lang=\"zh-CN\">企业设立登记</a>"), "{en}");
    assert!(en.contains("1 working day"), "{en}");
    assert!(en.contains("Free of charge"), "{en}");
    assert!(
        en.contains("<span lang=\"zh-CN\">市政务服务中心</span>"),
        "{en}"
    );
    assert!(s.page("en/index.html").contains("href=\"/en/start-here/\""));
    assert!(s.page("sitemap.xml").contains("/en/start-here/"));
}

#[test]
fn a_guide_for_several_life_events_is_described_once_on_the_start_here_page() {
    let s = Site::new();
    s.write(
        "site.toml",
        &common::SITE_TOML.replace(
            "life_events = [\"start-a-business\"]",
            "life_events = [\"start-a-business\", \"move-here\"]",
        ),
    );
    s.write(
        "locales/zh/site.ftl",
        &format!("{}life-event-move-here = 迁居\n", common::ZH_FTL),
    );
    s.write(
        "locales/en/site.ftl",
        &format!("{}life-event-move-here = Move here\n", common::EN_FTL),
    );
    s.write(
        "content/services/business-registration.md",
        &common::GUIDE.replace(
            "life_events = [\"start-a-business\"]",
            "life_events = [\"start-a-business\", \"move-here\"]",
        ),
    );
    let run = s.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = s.page("en/start-here/index.html");
    // Both tasks are on the page; the guide's facts are written once, under
    // the first, and the second links to them.
    assert!(
        en.contains("<h2 id=\"task-1\">Start a business</h2>"),
        "{en}"
    );
    assert!(en.contains("<h2 id=\"task-2\">Move here</h2>"), "{en}");
    assert_eq!(en.matches("1 working day").count(), 1, "{en}");
    assert_eq!(
        en.matches("<li id=\"guide-services-business-registration\">")
            .count(),
        1,
        "{en}"
    );
    let second = &en[en.find("id=\"task-2\"").unwrap()..];
    assert!(
        second.contains(
            "<a href=\"#guide-services-business-registration\" lang=\"zh-CN\">企业设立登记</a>"
        ),
        "{second}"
    );
}

#[test]
fn a_guide_says_when_its_online_service_is_not_in_the_readers_language() {
    let s = Site::new();
    let guide = |extra: &str| {
        common::GUIDE.replace(
            "visits = 0\n",
            &format!("visits = 0\nonline_url = \"https://zwfw.example.gov.cn/\"\n{extra}"),
        )
    };
    // By default the online service is the source's language alone.
    s.write("content/services/business-registration.md", &guide(""));
    assert_eq!(s.build().code, 0);
    let en = s.page("en/services/business-registration/index.html");
    assert!(
        en.contains("rel=\"external\" hreflang=\"zh-CN\">Apply online (only in Chinese)</a>"),
        "{en}"
    );
    let zh = s.page("services/business-registration/index.html");
    assert!(!zh.contains("仅提供"), "{zh}");
    // A bilingual service: the English page has no such note.
    s.write(
        "content/services/business-registration.md",
        &guide("online_languages = [\"zh\", \"en\"]\n"),
    );
    let run = s.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = s.page("en/services/business-registration/index.html");
    assert!(en.contains("rel=\"external\">Apply online</a>"), "{en}");
    assert!(!en.contains("only in"), "{en}");
}
