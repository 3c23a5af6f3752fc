//! The annual report page (政府信息公开工作年度报告): the figures the records
//! give computed, the rest from the year's data file, in the template's
//! layout, in every edition, linked from the statistics and in the sitemap
//! and the search.

mod common;

use common::Site;

fn normative(serial: u32, published: &str, validity: &str) -> String {
    format!(
        "+++\nindex_no = \"11210200MB0000000X/2025-{serial:05}\"\ntitle = \"示例市规范性文件{serial}\"\nagency = \"city\"\nwritten = {published}\npublished = {published}\ntopic = \"general-affairs\"\ngenre = \"normative-document\"\ncatalog = \"policy-documents\"\ndisclosure = \"proactive\"\n{validity}\n+++\n\n正文。\n"
    )
}

fn site() -> Site {
    let s = Site::new();
    s.write(
        "site.toml",
        &format!(
            "{}\n[disclosure.annual_report]\nnormative_documents = [\"normative-document\"]\n",
            common::SITE_TOML
        ),
    );
    // Two made in 2025, one of them repealed in 2025; one made in 2024, in force.
    s.write(
        "content/disclosure/2025/a.md",
        &normative(1, "2025-02-01", "validity = \"in-force\""),
    );
    s.write(
        "content/disclosure/2025/b.md",
        &normative(
            2,
            "2025-03-01",
            "validity = \"repealed\"\nrepealed = 2025-10-01",
        ),
    );
    s.write(
        "content/disclosure/2024/c.md",
        &normative(3, "2024-05-01", "validity = \"in-force\"").replace("2025-00003", "2024-00003"),
    );
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/annual-report/2025.toml"
    ))
    .unwrap();
    s.write("data/annual-report/2025.toml", &text);
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    s
}

#[test]
fn the_report_counts_normative_documents_from_the_records_and_prints_the_data() {
    let s = site();
    let zh = s.page("disclosure/annual-report/2025/index.html");
    assert!(
        zh.contains("<h1>2025年政府信息公开工作年度报告</h1>"),
        "{zh}"
    );
    for heading in [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ] {
        assert!(zh.contains(&format!(">{heading}</h2>")), "{heading}");
    }
    // Made 2, repealed 1, in force at the end of 2025: 2024's one and 2025's first.
    assert!(
        zh.contains("<th scope=\"row\">行政规范性文件</th><td>2</td><td>1</td><td>2</td>"),
        "{zh}"
    );
    assert!(
        zh.contains("<th scope=\"row\">规章</th><td>0</td><td>0</td><td>0</td>"),
        "{zh}"
    );
    assert!(
        zh.contains("<th scope=\"row\">行政事业性收费</th><td>1523.6</td>"),
        "{zh}"
    );
    // The merged header cells of the requests table, as the template has
    // them; its headers span levels, so every figure names its own (H43).
    assert!(
        zh.contains("<th scope=\"row\" id=\"ar-rq-5-0\" rowspan=\"22\">三、本年度办理结果</th>"),
        "{zh}"
    );
    assert!(zh.contains("<th scope=\"row\" id=\"ar-rq-7-0\" rowspan=\"8\">（三）不予公开</th><th scope=\"row\" id=\"ar-rq-7-1\">1.属于国家秘密</th>"), "{zh}");
    assert!(
        zh.contains("<th scope=\"colgroup\" id=\"ar-rq-1-1\" colspan=\"5\">法人或其他组织</th>"),
        "{zh}"
    );
    // 国家秘密 from a business: the result, the group, the item, the
    // applicants, the organisations, the business column.
    assert!(
        zh.contains("<td headers=\"ar-rq-5-0 ar-rq-7-0 ar-rq-7-1 ar-rq-0-1 ar-rq-1-1 ar-rq-2-0\">"),
        "{zh}"
    );
    assert!(
        zh.contains(
            "<tr class=\"report-total\"><th scope=\"row\" id=\"ar-rq-26-0\" colspan=\"2\">（七）总计</th><td headers=\"ar-rq-5-0 ar-rq-26-0 ar-rq-0-1 ar-rq-1-0\">181</td>"
        ),
        "{zh}"
    );
    // A lawsuit after reconsideration, pending: its three column levels.
    assert!(
        zh.contains("<td headers=\"ar-rv-0-1 ar-rv-1-6 ar-rv-2-8\">"),
        "{zh}"
    );
    for table in ["report-requests", "report-reviews"] {
        let start = zh.find(table).expect(table);
        let html = &zh[start..start + zh[start..].find("</table>").unwrap()];
        let figures =
            html.matches("<td").count() - html.matches("<td class=\"report-rule\"").count();
        assert_eq!(
            figures,
            html.matches("<td headers=").count(),
            "{table}: every figure names its headers"
        );
        for headers in html.split("headers=\"").skip(1) {
            for id in headers[..headers.find('"').unwrap()].split(' ') {
                assert!(
                    html.contains(&format!("id=\"{id}\"")),
                    "{table}: {id} is a header's id"
                );
            }
        }
    }
    assert!(!zh.contains("report.l"), "no template text leaks");
    // The English edition translates the labels and marks the Chinese text.
    let en = s.page("en/disclosure/annual-report/2025/index.html");
    assert!(
        en.contains("<h1>Annual Report on Government Information Disclosure, 2025</h1>"),
        "{en}"
    );
    assert!(en.contains("<th scope=\"row\">Administrative normative documents</th><td>2</td><td>1</td><td>2</td>"), "{en}");
    assert!(
        en.contains("The text sections below are the Chinese original."),
        "{en}"
    );
    assert!(en.contains("<div class=\"prose\" lang=\"zh-CN\">"), "{en}");
}

#[test]
fn the_statistics_link_to_it_and_it_is_in_the_sitemap_and_the_search() {
    let s = site();
    let stats = s.page("en/disclosure/statistics/2025/index.html");
    assert!(stats.contains("href=\"/en/disclosure/annual-report/2025/\">Annual Report on Government Information Disclosure, 2025</a>"), "{stats}");
    let index = s.page("disclosure/statistics/index.html");
    assert!(
        index.contains("href=\"/disclosure/annual-report/2025/\""),
        "{index}"
    );
    let sitemap = s.page("sitemap.xml");
    assert!(sitemap.contains("https://www.example.gov.cn/disclosure/annual-report/2025/"));
    let r = s.run(&["search", "--root", ".", "行政复议", "--json"]);
    assert!(
        r.stdout.contains("/disclosure/annual-report/2025/"),
        "{}",
        r.stdout
    );
}
