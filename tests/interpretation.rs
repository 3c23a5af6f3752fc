//! A policy and its interpretations (政策解读) on their pages: linked both
//! ways in every edition, falling back to the Chinese page and title where
//! an edition has no translation, and in the JSON-LD.

mod common;

use common::Site;

const POLICY: &str = "11210200MB0000000X/2024-00012";

fn with_interpretations() -> Site {
    let s = Site::new();
    // Untranslated: its English page shows the Chinese text.
    s.write(
        "content/disclosure/2024/dl-2024-00020.md",
        &format!("+++\nindex_no = \"11210200MB0000000X/2024-00020\"\ntitle = \"图解优化营商环境通知\"\nagency = \"city\"\nwritten = 2024-03-08\npublished = 2024-03-09\ntopic = \"economy-state-assets\"\ngenre = \"interpretation\"\ncatalog = \"policy-documents\"\ndisclosure = \"proactive\"\ninterprets = \"{POLICY}\"\ninterpretation_kind = \"graphic\"\n+++\n\n图解。\n"),
    );
    s.write(
        "content/disclosure/2024/dl-2024-00021.md",
        &format!("+++\nindex_no = \"11210200MB0000000X/2024-00021\"\ntitle = \"优化营商环境通知政策解读\"\nagency = \"city\"\nwritten = 2024-03-08\npublished = 2024-03-08\ntopic = \"economy-state-assets\"\ngenre = \"interpretation\"\ncatalog = \"policy-documents\"\ndisclosure = \"proactive\"\ninterprets = \"{POLICY}\"\n+++\n\n解读。\n"),
    );
    s.write(
        "content/disclosure/2024/dl-2024-00021.en.md",
        "+++\ntitle = \"Interpretation of the Notice on the Business Environment\"\n+++\n\nInterpretation.\n",
    );
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    s
}

#[test]
fn a_policy_lists_its_interpretations_oldest_first_with_their_kind() {
    let s = with_interpretations();
    let zh = s.page("disclosure/2024/dl-2024-00012/index.html");
    let list = &zh[zh.find("id=\"interpretations\"").expect("the list")..];
    let text = list.find("优化营商环境通知政策解读").unwrap();
    let graphic = list.find("图解优化营商环境通知").unwrap();
    assert!(
        text < graphic,
        "published 2024-03-08 before 2024-03-09: {list}"
    );
    assert!(list.contains("<h2>政策解读</h2>"), "{list}");
    assert!(
        list.contains(">文字解读</span>") && list.contains(">图解</span>"),
        "{list}"
    );
    assert!(
        list.contains("datetime=\"2024-03-09\">2024年3月9日</time>"),
        "{list}"
    );

    let en = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    let list = &en[en.find("id=\"interpretations\"").expect("the English list")..];
    assert!(list.contains("<h2>Policy interpretations</h2>"), "{list}");
    // The translated one in English, the other with its Chinese title, marked.
    assert!(list.contains("href=\"/en/disclosure/2024/dl-2024-00021/\"><span>Interpretation of the Notice on the Business Environment</span>"), "{list}");
    assert!(list.contains("href=\"/en/disclosure/2024/dl-2024-00020/\"><span lang=\"zh-CN\">图解优化营商环境通知</span>"), "{list}");
    assert!(list.contains("Graphic interpretation"), "{list}");
}

#[test]
fn each_interpretation_links_back_in_every_edition() {
    let s = with_interpretations();
    let zh = s.page("disclosure/2024/dl-2024-00020/index.html");
    assert!(zh.contains("本图解对应的政策文件："), "{zh}");
    assert!(zh.contains("<a href=\"/disclosure/2024/dl-2024-00012/\"><span>示例市人民政府关于优化营商环境的通知</span>"), "{zh}");
    // Its English page (the Chinese text shown in the English chrome) links
    // to the policy's English translation.
    let en = s.page("en/disclosure/2024/dl-2024-00020/index.html");
    assert!(
        en.contains("This interpretation (Graphic interpretation) explains:"),
        "{en}"
    );
    assert!(en.contains("<a href=\"/en/disclosure/2024/dl-2024-00012/\"><span>Notice on Optimizing the Business Environment</span>"), "{en}");
    // A record that is not a policy's interpretation has neither.
    let old = s.page("disclosure/2022/dl-2022-00003/index.html");
    assert!(!old.contains("notice-interprets") && !old.contains("id=\"interpretations\""));
}

#[test]
fn the_structured_data_links_policy_and_interpretation() {
    let s = with_interpretations();
    let ld = |page: &str| -> serde_json::Value {
        let html = s.page(page);
        let start = html.find("application/ld+json\">").unwrap() + 21;
        let end = start + html[start..].find("</script>").unwrap();
        serde_json::from_str(&html[start..end]).unwrap()
    };
    let policy = ld("en/disclosure/2024/dl-2024-00012/index.html");
    let node = &policy["@graph"][0];
    let of = node["subjectOf"].as_array().expect("subjectOf");
    assert_eq!(of.len(), 2, "{node:#}");
    assert_eq!(
        of[0]["@id"],
        "https://www.example.gov.cn/en/disclosure/2024/dl-2024-00021/"
    );
    assert_eq!(of[0]["@type"], "Legislation");
    let interp = ld("disclosure/2024/dl-2024-00020/index.html");
    let about = interp["@graph"][0]["about"]
        .as_array()
        .expect("about")
        .clone();
    assert_eq!(
        about[0]["@id"],
        "https://www.example.gov.cn/disclosure/2024/dl-2024-00012/"
    );
    assert_eq!(about[0]["name"], "示例市人民政府关于优化营商环境的通知");
}
