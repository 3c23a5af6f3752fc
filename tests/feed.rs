//! Atom feeds: per language, per topic and per agency; valid XML whose
//! entries are exactly the newest records of the listing they follow.

mod common;

use common::{RECORD, Site};

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    n.children()
        .find(|c| c.tag_name().name() == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", n.tag_name()))
}

fn feed(s: &Site, rel: &str) -> (String, Vec<(String, String, Option<String>)>) {
    let text = s.page(rel);
    let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{rel}: {e}\n{text}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    // RFC 4287: a feed has an id, a title, an updated time; each entry too, and an author.
    for name in ["id", "title", "updated"] {
        assert!(
            !child(root, name).text().unwrap_or("").is_empty(),
            "{name} of {rel}"
        );
    }
    let entries = root
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|e| {
            for name in ["id", "updated", "published"] {
                assert!(
                    child(e, name).text().is_some(),
                    "{name} in an entry of {rel}"
                );
            }
            assert!(child(child(e, "author"), "name").text().is_some());
            let title = child(e, "title");
            let lang = title
                .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .map(str::to_string);
            let link = child(e, "link").attribute("href").unwrap().to_string();
            (title.text().unwrap_or("").to_string(), link, lang)
        })
        .collect();
    let updated = child(root, "updated").text().unwrap().to_string();
    (updated, entries)
}

#[test]
fn every_language_has_a_feed_of_its_newest_records() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00013.md",
        &RECORD
            .replace("2024-00012", "2024-00013")
            .replace("12号", "13号")
            .replace("published = 2024-03-08", "published = 2024-06-01")
            .replace("优化营商环境的通知", "A&B <测试> 的通知"),
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (updated, zh) = feed(&s, "feed.xml");
    assert_eq!(
        updated, "2024-06-01T00:00:00+08:00",
        "the newest record's date, not the clock"
    );
    let titles: Vec<&str> = zh.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        titles,
        [
            "示例市人民政府关于A&B <测试> 的通知",
            "示例市人民政府关于优化营商环境的通知",
            "示例市人民政府关于旧措施的通知"
        ],
        "newest first, escaped text read back whole"
    );
    assert_eq!(
        zh[0].1,
        "https://www.example.gov.cn/disclosure/2024/dl-2024-00013/"
    );
    let (_, en) = feed(&s, "en/feed.xml");
    let translated = en
        .iter()
        .find(|e| e.1.ends_with("/en/disclosure/2024/dl-2024-00012/"))
        .unwrap();
    assert_eq!(
        translated.0,
        "Notice on Optimizing the Business Environment"
    );
    assert_eq!(translated.2, None, "in the feed's own language");
    let fallback = en
        .iter()
        .find(|e| e.1.ends_with("/en/disclosure/2022/dl-2022-00003/"))
        .unwrap();
    assert_eq!(
        fallback.2.as_deref(),
        Some("zh-CN"),
        "a Chinese title is marked as such"
    );
    // Every entry links a page of the build; the home page links the feed.
    for (_, link, _) in zh.iter().chain(&en) {
        let rel = link.trim_start_matches("https://www.example.gov.cn/");
        assert!(s.exists(&format!("{rel}index.html")), "{link}");
    }
    assert!(
        s.page("en/index.html").contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/en/feed.xml\""
        )
    );
}

#[test]
fn topic_and_agency_feeds_carry_exactly_their_records_and_at_most_twenty() {
    let s = Site::new();
    for k in 0..25 {
        s.write(
            &format!("content/disclosure/2024/dl-2024-{:05}.md", 200 + k),
            &RECORD
                .replace("2024-00012", &format!("2024-{:05}", 200 + k))
                .replace("12号", &format!("{}号", 200 + k))
                .replace("agency = \"city\"", "agency = \"samr\"")
                .replace(
                    "topic = \"economy-state-assets\"",
                    "topic = \"general-affairs\"",
                )
                .replace(
                    "published = 2024-03-08",
                    &format!("published = 2024-04-{:02}", k % 28 + 1),
                ),
        );
    }
    assert_eq!(s.build().code, 0);
    let (_, samr) = feed(&s, "en/agencies/samr/feed.xml");
    assert_eq!(samr.len(), 20, "the newest twenty");
    assert!(
        samr.iter().all(|e| e.1.contains("dl-2024-002")),
        "only the agency's records"
    );
    let (_, topic) = feed(&s, "topics/economy-state-assets/feed.xml");
    assert_eq!(topic.len(), 1);
    assert!(topic[0].1.ends_with("/disclosure/2024/dl-2024-00012/"));
    assert!(!s.exists("agencies/nobody/feed.xml"));
    let page = s.page("en/topics/economy-state-assets/index.html");
    assert!(page.contains("href=\"/en/topics/economy-state-assets/feed.xml\""));
}
