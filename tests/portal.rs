//! The portal's own pages: the paginated catalogue, taxonomy pages, annual
//! statistics, the on-request guide, the site map, and what every page
//! carries for machines (JSON-LD, Open Graph, the government meta tags).

mod common;

use common::{RECORD, SITE_TOML, Site};

/// A record of the standard site's shape with another serial, date and topic.
fn record(serial: u32, published: &str, topic: &str, validity: &str) -> String {
    let mut text = RECORD
        .replace("2024-00012", &format!("2024-{serial:05}"))
        .replace(
            "published = 2024-03-08",
            &format!("published = {published}"),
        )
        .replace("written = 2024-03-01", "written = 2024-01-02")
        .replace(
            "topic = \"economy-state-assets\"",
            &format!("topic = \"{topic}\""),
        )
        .replace("示政发〔2024〕12号", &format!("示政发〔2024〕{serial}号"))
        .replace(
            "title = \"示例市人民政府关于优化营商环境的通知\"",
            &format!("title = \"第{serial}号通知\""),
        );
    if validity != "in-force" {
        text = text.replace(
            "validity = \"in-force\"",
            &format!("validity = \"{validity}\"\nrepealed = 2025-06-30"),
        );
    }
    text
}

/// The standard site with `n` more records in 2024 and three rows a page.
fn many(n: u32) -> Site {
    let s = Site::new();
    s.write(
        "site.toml",
        &SITE_TOML.replace(
            "[agencies.city]",
            "[disclosure]\nper_page = 3\n\n[agencies.city]",
        ),
    );
    for k in 0..n {
        let day = format!("2024-05-{:02}", k + 1);
        s.write(
            &format!("content/disclosure/2024/dl-2024-{:05}.md", 100 + k),
            &record(100 + k, &day, "general-affairs", "in-force"),
        );
    }
    s
}

/// The `content` of `<meta name=…>`, or `None`.
fn meta<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let at = html.find(&format!("<meta name=\"{name}\" content=\""))?;
    let rest = &html[at..];
    let start = rest.find("content=\"")? + 9;
    let end = rest[start..].find('"')?;
    Some(&rest[start..start + end])
}

fn json_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD block") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

fn graph_item<'a>(ld: &'a serde_json::Value, ty: &str) -> &'a serde_json::Value {
    ld["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["@type"] == ty)
        .unwrap_or_else(|| panic!("no {ty} in {ld}"))
}

#[test]
fn the_catalogue_is_paginated_newest_first_in_every_language() {
    let s = many(6); // 8 records, 3 a page: 3 pages
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    for prefix in ["", "en/"] {
        assert!(s.exists(&format!("{prefix}disclosure/page/2/index.html")));
        assert!(s.exists(&format!("{prefix}disclosure/page/3/index.html")));
        assert!(!s.exists(&format!("{prefix}disclosure/page/4/index.html")));
        assert!(!s.exists(&format!("{prefix}disclosure/page/1/index.html")));
    }
    let first = s.page("en/disclosure/index.html");
    assert_eq!(first.matches("<td class=\"code\"").count(), 3, "{first}");
    // Newest first: May 6, 5, 4 on page 1; page 3 ends with the 2022 record.
    let dates: Vec<&str> = first
        .match_indices("<time datetime=\"")
        .map(|(i, _)| &first[i + 16..i + 26])
        .collect();
    assert_eq!(dates, ["2024-05-06", "2024-05-05", "2024-05-04"]);
    assert!(first.contains("Page 1 of 3"), "{first}");
    assert!(
        first.contains("href=\"/en/disclosure/page/2/\" rel=\"next\""),
        "{first}"
    );
    let last = s.page("en/disclosure/page/3/index.html");
    assert!(last.contains("2022-03-02"), "{last}");
    assert!(last.contains("href=\"/en/disclosure/page/2/\" rel=\"prev\""));
    assert!(
        last.contains("<span aria-current=\"page\">3</span>"),
        "{last}"
    );
    // Each page is its own canonical page, in both languages.
    assert!(last.contains(
        "<link rel=\"canonical\" href=\"https://www.example.gov.cn/en/disclosure/page/3/\">"
    ));
    assert!(
        last.contains("hreflang=\"zh-CN\" href=\"https://www.example.gov.cn/disclosure/page/3/\"")
    );
    let zh = s.page("disclosure/page/2/index.html");
    assert!(zh.contains("第 2 页，共 3 页"), "{zh}");
}

#[test]
fn taxonomy_pages_list_exactly_their_records_and_guides() {
    let s = many(2);
    assert_eq!(s.build().code, 0);
    let topic = s.page("en/topics/economy-state-assets/index.html");
    assert!(
        topic.contains("/en/disclosure/2024/dl-2024-00012/"),
        "{topic}"
    );
    assert!(!topic.contains("dl-2024-00100"), "other topics stay out");
    assert!(
        topic.contains("<h1 lang=\"en\">National economy &amp; state assets</h1>"),
        "{topic}"
    );
    let general = s.page("en/topics/general-affairs/index.html");
    assert!(general.contains("dl-2024-00100") && general.contains("dl-2022-00003"));
    // The index lists each term with its count, in both languages.
    let index = s.page("en/topics/index.html");
    assert!(
        index.contains("href=\"/en/topics/general-affairs/\""),
        "{index}"
    );
    assert!(index.contains("<span class=\"count\">3</span>"), "{index}");
    assert!(s.exists("topics/index.html"));
    // An agency page lists its records and its services.
    let samr = s.page("agencies/samr/index.html");
    assert!(samr.contains("/services/business-registration/"), "{samr}");
    let city = s.page("agencies/city/index.html");
    assert!(city.contains("/disclosure/2024/dl-2024-00012/"));
    // Service navigation by sector and by life event, and on the services page.
    assert!(
        s.page("en/sectors/business/index.html")
            .contains("/en/services/business-registration/")
    );
    assert!(
        s.page("life-events/start-a-business/index.html")
            .contains("/services/business-registration/")
    );
    let services = s.page("en/services/index.html");
    assert!(
        services.contains("href=\"/en/life-events/start-a-business/\""),
        "{services}"
    );
    // Years, genres and catalogs too; a term with nothing has no page.
    assert!(s.page("years/2022/index.html").contains("dl-2022-00003"));
    assert!(s.exists("genres/notice/index.html"));
    assert!(s.exists("catalogs/notices/index.html"));
    assert!(!s.exists("genres/decision/index.html"));
    // Topic and agency pages point to their feeds.
    assert!(topic.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/en/topics/economy-state-assets/feed.xml\""), "{topic}");
}

#[test]
fn annual_statistics_add_up_year_to_year() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00020.md",
        &record(20, "2024-07-01", "general-affairs", "expired"),
    );
    assert_eq!(s.build().code, 0, "{}", s.build().stderr);
    let cell = |html: &str, label: &str| -> Vec<u32> {
        // The row whose header is `label`: its three figures.
        let at = html
            .find(&format!("<th scope=\"row\">{label}</th>"))
            .unwrap_or_else(|| panic!("{label} in {html}"));
        let row = &html[at..at + html[at..].find("</tr>").unwrap()];
        row.split("<td>")
            .skip(1)
            .map(|c| c[..c.find('<').unwrap()].parse().unwrap())
            .collect()
    };
    // 2022: one issued. 2024: two issued, the 2022 one repealed. 2025: the expiring one ends.
    let y2024 = s.page("en/disclosure/statistics/2024/index.html");
    assert_eq!(cell(&y2024, "Notice"), [2, 0, 2], "{y2024}");
    let index = s.page("en/disclosure/statistics/index.html");
    let years = |y: &str| {
        let at = index
            .find(&format!(">{y}</a></th>"))
            .unwrap_or_else(|| panic!("{y} in {index}"));
        let row = &index[at..at + index[at..].find("</tr>").unwrap()];
        row.split("<td>")
            .skip(1)
            .map(|c| c[..c.find('<').unwrap()].parse::<u32>().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(years("2022"), [1, 0, 1]);
    assert_eq!(years("2024"), [2, 1, 2]);
    assert!(
        !index.contains(">2025</a>"),
        "only years with publications: {index}"
    );
    let zh = s.page("disclosure/statistics/2024/index.html");
    assert!(zh.contains("2024年政府信息主动公开情况"), "{zh}");
}

#[test]
fn the_on_request_guide_states_the_statutory_time_limits() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    assert!(
        !s.exists("disclosure/on-request/index.html"),
        "made only when configured"
    );
    s.write(
        "site.toml",
        &SITE_TOML.replace(
            "[agencies.city]",
            "[disclosure.on_request]\nagency = \"city\"\nphone = \"0411-1234\"\nonline_url = \"https://www.example.gov.cn/apply/\"\n\n[agencies.city]",
        ),
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let en = s.page("en/disclosure/on-request/index.html");
    assert!(en.contains("20 working days"), "{en}");
    assert!(
        en.contains("Example Municipal People&#39;s Government"),
        "{en}"
    );
    assert!(en.contains("href=\"https://www.example.gov.cn/apply/\""));
    assert!(
        s.page("disclosure/on-request/index.html")
            .contains("20个工作日")
    );
    assert!(
        s.page("en/disclosure/index.html")
            .contains("href=\"/en/disclosure/on-request/\"")
    );
    // An office that is not an agency of the site is a configuration error.
    s.write(
        "site.toml",
        &SITE_TOML.replace(
            "[agencies.city]",
            "[disclosure.on_request]\nagency = \"nobody\"\nphone = \"1\"\n\n[agencies.city]",
        ),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 1);
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "E002" && d["message"].as_str().unwrap().contains("nobody")),
        "{diags:?}"
    );
}

#[test]
fn the_site_map_lists_every_section_and_the_indexes() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let map = s.page("en/sitemap/index.html");
    for href in [
        "/en/disclosure/",
        "/en/services/",
        "/en/invest/",
        "/en/disclosure/2024/",
        "/en/topics/",
        "/en/disclosure/statistics/",
    ] {
        assert!(map.contains(&format!("href=\"{href}\"")), "{href} in {map}");
    }
    assert!(
        s.page("index.html").contains("href=\"/sitemap/\""),
        "the footer links it"
    );
}

#[test]
fn content_in_a_place_the_build_uses_is_refused() {
    let s = Site::new();
    s.write("content/topics/mine.md", "+++\ntitle = \"x\"\n+++\n");
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 1);
    let d = diags
        .iter()
        .find(|d| d["code"] == "E035")
        .unwrap_or_else(|| panic!("{diags:?}"));
    assert!(
        d["file"]
            .as_str()
            .unwrap()
            .ends_with("content/topics/mine.md"),
        "{d}"
    );
}

#[test]
fn a_malformed_site_identity_is_reported_and_a_missing_code_warned() {
    let s = Site::new();
    s.write(
        "site.toml",
        &SITE_TOML
            .replace("2102000001", "21020001")
            .replace("辽ICP备05003015号", "ICP 12345"),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 1);
    let messages: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "E009")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 2, "{diags:?}");
    assert!(messages[0].contains("21020001") || messages[1].contains("21020001"));
    let e = diags.iter().find(|d| d["code"] == "E009").unwrap();
    assert!(e["line"].as_u64().unwrap() > 1, "located at the key: {e}");
    for good in ["bm12345678", "2102000001"] {
        s.write("site.toml", &SITE_TOML.replace("2102000001", good));
        assert_eq!(s.check_json("2026-11-26").0, 0, "{good}");
    }
    s.write(
        "site.toml",
        &SITE_TOML.replace("site_code = \"2102000001\"\n", ""),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 0, "a site without its code yet still builds");
    assert!(diags.iter().any(|d| d["code"] == "W008"), "{diags:?}");
}

#[test]
fn records_and_guides_carry_schema_org_data_and_every_page_its_meta_tags() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00030.md",
        &record(30, "2024-04-01", "general-affairs", "in-force")
            .replace("第30号通知", "关于</script><b>的通知"),
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let en = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    let ld = json_ld(&en);
    let law = graph_item(&ld, "Legislation");
    assert_eq!(
        law["legislationIdentifier"],
        "11210200MB0000000X/2024-00012"
    );
    assert_eq!(law["legislationDate"], "2024-03-01");
    assert_eq!(law["legislationLegalForce"], "https://schema.org/InForce");
    assert_eq!(
        law["legislationPassedBy"]["name"],
        "Example Municipal People's Government"
    );
    assert_eq!(law["name"], "Notice on Optimizing the Business Environment");
    assert_eq!(law["inLanguage"], "en");
    assert_eq!(law["legislationJurisdiction"]["name"], "Example");
    assert_eq!(law["jurisdiction"]["name"], "Example");
    let crumbs = graph_item(&ld, "BreadcrumbList");
    let items = crumbs["itemListElement"].as_array().unwrap();
    assert_eq!(items[0]["item"], "https://www.example.gov.cn/en/");
    assert_eq!(
        items.last().unwrap()["item"],
        "https://www.example.gov.cn/en/disclosure/2024/dl-2024-00012/"
    );
    let old = json_ld(&s.page("disclosure/2022/dl-2022-00003/index.html"));
    assert_eq!(
        graph_item(&old, "Legislation")["legislationLegalForce"],
        "https://schema.org/NotInForce"
    );
    // A title cannot close the data block.
    let tricky = s.page("disclosure/2024/dl-2024-00030/index.html");
    assert_eq!(
        graph_item(&json_ld(&tricky), "Legislation")["name"],
        "关于</script><b>的通知"
    );
    let guide = json_ld(&s.page("en/services/business-registration/index.html"));
    let service = graph_item(&guide, "GovernmentService");
    assert_eq!(
        service["provider"]["name"],
        "Example Administration for Market Regulation"
    );
    assert_eq!(service["areaServed"]["name"], "Example");
    assert_eq!(service["jurisdiction"]["@type"], "AdministrativeArea");
    assert_eq!(service["audience"]["@type"], "Audience");
    assert!(service["audience"]["audienceType"].is_string());
    assert!(
        service["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    let time = service["availableChannel"][0]["processingTime"]
        .as_str()
        .unwrap();
    assert!(
        time.starts_with('P') && (time.ends_with('D') || time.ends_with('W')),
        "{time}"
    );
    assert!(
        service["availableChannel"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    // The government meta tags and Open Graph, on articles and listings alike.
    assert_eq!(meta(&en, "SiteIDCode"), Some("2102000001"));
    assert_eq!(
        meta(&en, "ArticleTitle"),
        Some("Notice on Optimizing the Business Environment")
    );
    assert_eq!(meta(&en, "PubDate"), Some("2024-03-08"));
    assert_eq!(
        meta(&en, "Author"),
        Some("Example Municipal People&#39;s Government")
    );
    assert_eq!(meta(&en, "Description"), Some("Twelve measures."));
    assert!(en.contains(
        "<meta property=\"og:title\" content=\"Notice on Optimizing the Business Environment\">"
    ));
    assert!(en.contains("<meta property=\"og:locale\" content=\"en\">"));
    for page in [
        "index.html",
        "en/topics/index.html",
        "disclosure/statistics/2024/index.html",
        "en/sitemap/index.html",
    ] {
        let html = s.page(page);
        for name in [
            "SiteName",
            "SiteDomain",
            "SiteIDCode",
            "ColumnName",
            "ColumnDescription",
            "ColumnKeywords",
            "ColumnType",
            "Url",
        ] {
            assert!(
                meta(&html, name).is_some_and(|v| !v.is_empty()),
                "{name} on {page}"
            );
        }
        assert!(html.contains("<meta property=\"og:url\""), "{page}");
        let ld = json_ld(&html);
        if page == "index.html" {
            // The home page has no trail, and no empty BreadcrumbList: it
            // names the site and the organisation that runs it.
            assert!(!ld.to_string().contains("BreadcrumbList"), "{ld}");
            let website = graph_item(&ld, "WebSite");
            assert_eq!(website["url"], "https://www.example.gov.cn/");
            let org = graph_item(&ld, "GovernmentOrganization");
            assert_eq!(org["name"], "示例市人民政府办公室");
            assert_eq!(website["publisher"]["@id"], org["@id"]);
        } else {
            let crumbs = graph_item(&ld, "BreadcrumbList");
            assert!(!crumbs["itemListElement"].as_array().unwrap().is_empty());
        }
    }
    assert!(
        s.page("index.html")
            .contains("<meta property=\"og:locale\" content=\"zh_CN\">")
    );
}

#[test]
fn the_sitemap_lists_exactly_the_indexable_pages() {
    let s = many(4);
    assert_eq!(s.build().code, 0);
    let xml = s.page("sitemap.xml");
    let listed: std::collections::BTreeSet<String> = xml
        .split("<loc>")
        .skip(1)
        .map(|l| l[..l.find("</loc>").unwrap()].replace("https://www.example.gov.cn", ""))
        .collect();
    let mut pages = std::collections::BTreeSet::new();
    for e in walkdir::WalkDir::new(s.path("public")) {
        let e = e.unwrap();
        if e.file_name() != "index.html" {
            continue;
        }
        let html = std::fs::read_to_string(e.path()).unwrap();
        if html.contains("content=\"noindex") {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(s.path("public"))
            .unwrap()
            .parent()
            .unwrap();
        let url = format!("/{}/", rel.to_string_lossy()).replace("//", "/");
        pages.insert(url);
    }
    assert_eq!(listed, pages);
    for made in [
        "/en/topics/",
        "/disclosure/page/2/",
        "/en/disclosure/statistics/2024/",
        "/sitemap/",
    ] {
        assert!(listed.contains(made), "{made}");
    }
}

#[test]
fn a_theme_link_to_nothing_fails_the_build_and_keeps_the_old_site() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let before = common::snapshot(&s.path("public"));
    s.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1><a href=\"/no-such-page/\">x</a>{% endblock content %}",
    );
    let r = s.build();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("error[E036]"), "{}", r.stderr);
    assert!(
        r.stderr.contains("public/404.html"),
        "names the page: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("/no-such-page/index.html"),
        "{}",
        r.stderr
    );
    assert_eq!(common::snapshot(&s.path("public")), before);
}

/// The HTML pages of an output that hold a catalogue table, by path.
fn catalogue_pages(public: &std::path::Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(public)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .filter_map(|e| {
            let html = std::fs::read_to_string(e.path()).unwrap();
            html.contains("<table class=\"catalogue\">")
                .then(|| (e.path().display().to_string(), html))
        })
        .collect()
}

#[test]
fn a_theme_row_template_makes_the_rows_of_every_catalogue() {
    let s = Site::new();
    s.write(
        "themes/default/templates/record-row.html",
        "<tr data-row=\"{{ r.index_no }}\" data-lang=\"{{ lang.code }}\"><td>{{ t['record-title'] }}: {{ r.title }}</td></tr>\n",
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pages = catalogue_pages(&s.path("public"));
    // The section, its years, topics, agencies and more, in both languages.
    assert!(pages.len() > 4, "{pages:?}");
    for (path, html) in &pages {
        assert!(
            html.contains("<tr data-row=\"11210200MB0000000X/"),
            "{path}: {html}"
        );
        assert!(!html.contains("data-label="), "{path} kept the default row");
    }
    let en = s.page("en/disclosure/index.html");
    assert!(
        en.contains("data-row=\"11210200MB0000000X/2024-00012\" data-lang=\"en\"><td>Title: "),
        "rows are made in the page's language: {en}"
    );
}

#[test]
fn a_section_template_of_its_own_still_gets_each_row_field() {
    let s = Site::new();
    s.write(
        "themes/default/templates/section.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1>{% for r in listing.records %}<p class=\"row\">{{ r.index_no }} <a href=\"{{ r.url }}\">{{ r.title }}</a> {{ r.published_iso }}</p>{% endfor %}{% endblock content %}",
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let zh = s.page("disclosure/index.html");
    assert!(
        zh.contains("<p class=\"row\">11210200MB0000000X/2024-00012 <a href=\"/disclosure/2024/dl-2024-00012/\">"),
        "{zh}"
    );
}

#[test]
fn a_row_template_that_fails_names_itself_and_keeps_the_old_site() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let before = common::snapshot(&s.path("public"));
    s.write(
        "themes/default/templates/record-row.html",
        "<tr><td>{{ r.no_such_field }}</td></tr>\n",
    );
    let r = s.build();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(r.stderr.contains("error[E050]"), "{}", r.stderr);
    assert!(
        r.stderr.contains("rendering record-row.html failed"),
        "{}",
        r.stderr
    );
    assert_eq!(common::snapshot(&s.path("public")), before);
}
