//! A small two-language site written into a temporary folder, and helpers to
//! build it with the real binary and read what it wrote.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Site {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub const SITE_TOML: &str = r#"base_url = "https://www.example.gov.cn"

[[languages]]
code = "zh"
tag = "zh-CN"
[[languages]]
code = "en"
tag = "en"

[i18n]
fallback = "source"

[identity]
site_code = "2102000001"
icp = "辽ICP备05003015号"
police = "辽公网安备 21020202000001号"
error_report_url = "https://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action"

[agencies.city]
code = "11210200MB0000000X"
[agencies.samr]

[taxonomy]
topics = ["general-affairs", "economy-state-assets"]
sectors = ["business"]
life_events = ["start-a-business"]
"#;

pub const ZH_FTL: &str = "site-title = 示例市人民政府\nsite-short-name = 示例\nsite-organiser = 示例市人民政府办公室\nsite-address = 示例市中山路1号\nagency-city = 示例市人民政府\nagency-samr = 示例市市场监督管理局\nsector-business = 企业开办\nlife-event-start-a-business = 开办企业\n";
pub const EN_FTL: &str = "site-title = Example City Government\nsite-short-name = Example\nsite-organiser = General Office of Example City\nsite-address = 1 Zhongshan Road\nagency-city = Example Municipal People's Government\nagency-samr = Example Administration for Market Regulation\nsector-business = Business\nlife-event-start-a-business = Start a business\n";

pub const RECORD: &str = r#"+++
index_no = "11210200MB0000000X/2024-00012"
title = "示例市人民政府关于优化营商环境的通知"
agency = "city"
doc_no = "示政发〔2024〕12号"
written = 2024-03-01
published = 2024-03-08
topic = "economy-state-assets"
genre = "notice"
catalog = "policy-documents"
disclosure = "proactive"
validity = "in-force"
summary = "十二条措施。"
+++

各区人民政府：

现将有关措施通知如下。见[办事指南](/services/business-registration/)。
"#;

pub const RECORD_EN: &str = r#"+++
title = "Notice on Optimizing the Business Environment"
summary = "Twelve measures."
+++

To the district governments: the measures are as follows.
"#;

pub const OLD_RECORD: &str = r#"+++
index_no = "11210200MB0000000X/2022-00003"
title = "示例市人民政府关于旧措施的通知"
agency = "city"
written = 2022-03-01
published = 2022-03-02
topic = "general-affairs"
catalog = "notices"
disclosure = "proactive"
validity = "repealed"
repealed = 2024-03-08
+++

旧措施正文。
"#;

pub const GUIDE: &str = r#"+++
title = "企业设立登记"
summary = "开办企业的第一步。"
catalog_code = "000105410000"
task_code = "11210200MB0000000X00010541000000001"
item_type = "administrative-licensing"
agency = "samr"
legal_basis = ["《中华人民共和国市场主体登记管理条例》"]
applicants = ["enterprise"]
case_type = "immediate"
conditions = "符合法定条件的申请人。"
legal_limit = { days = 3, unit = "working" }
promised_limit = { days = 1, unit = "working" }
visits = 0
place = "市政务服务中心"
hours = "周一至周五 9:00-17:00"
fee = false
phone = "0411-12345678"
complaint = "12345"
sectors = ["business"]
life_events = ["start-a-business"]

[[materials]]
name = "公司登记申请书"
kind = "original"
required = "required"

[[steps]]
title = "申请"
text = "网上提交申请。"
+++

本事项为企业开办服务。
"#;

pub const PAGE_EN_ONLY: &str = "+++\ntitle = \"Invest in Example City\"\nmenu = true\n+++\n\nWelcome, investors. See [the notice](/disclosure/2024/dl-2024-00012/).\n";

impl Site {
    /// The standard small site: a translated record, an untranslated one, a guide,
    /// an English-only page.
    pub fn new() -> Site {
        let s = Site::empty();
        s.write("site.toml", SITE_TOML);
        s.write("locales/zh/site.ftl", ZH_FTL);
        s.write("locales/en/site.ftl", EN_FTL);
        s.write("content/disclosure/2024/dl-2024-00012.md", RECORD);
        s.write("content/disclosure/2024/dl-2024-00012.en.md", RECORD_EN);
        s.write("content/disclosure/2022/dl-2022-00003.md", OLD_RECORD);
        s.write("content/services/business-registration.md", GUIDE);
        s.write("content/invest/_index.en.md", PAGE_EN_ONLY);
        s
    }

    /// The standard small site in all six languages (ja, ko, ru and es
    /// declared, with the English messages).
    pub fn six_languages() -> Site {
        let s = Site::new();
        let mut toml = SITE_TOML.to_string();
        for code in ["ja", "ko", "ru", "es"] {
            toml = toml.replacen(
                "\n[i18n]",
                &format!("[[languages]]\ncode = \"{code}\"\ntag = \"{code}\"\n\n[i18n]"),
                1,
            );
            s.write(&format!("locales/{code}/site.ftl"), EN_FTL);
        }
        s.write("site.toml", &toml);
        s
    }

    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path(rel)).unwrap();
    }

    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), args)
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_env(self.dir.path(), args, env)
    }

    /// `check --format json`: the exit code and the diagnostics.
    pub fn check_json(&self, today: &str) -> (i32, Vec<serde_json::Value>) {
        let r = self.run(&["check", "--root", ".", "--format", "json", "--today", today]);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout)
            .unwrap_or_else(|e| panic!("{e}: {} {}", r.stdout, r.stderr));
        (r.code, v.as_array().cloned().unwrap_or_default())
    }

    pub fn build(&self) -> Run {
        self.run(&["build", "--root", ".", "--today", "2026-11-26"])
    }

    /// A file of the output, which must exist.
    pub fn page(&self, rel: &str) -> String {
        let p = self.path("public").join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path("public").join(rel).exists()
    }
}

pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_env(dir, args, &[])
}

/// `run_in` with these environment variables set (and no `GONGKAI_NOW`
/// from the caller's environment unless given).
pub fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gongkai"));
    cmd.args(args).current_dir(dir).env_remove("GONGKAI_NOW");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run gongkai");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every file below `dir`, relative, with its bytes, sorted.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push((rel, std::fs::read(e.path()).unwrap()));
        }
    }
    out
}

/// The theme's English interface phrases (but the language's own name), to
/// catch English leaking into pages of other languages.
pub fn english_ui_phrases() -> Vec<String> {
    let en_ui = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/themes/default/locales/en/ui.ftl"
    ))
    .unwrap();
    en_ui
        .lines()
        .filter(|l| !l.starts_with("language-name")) // the switcher names each language in itself
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
        .filter(|v| v.len() > 4 && !v.contains('{'))
        .collect()
}

/// Builds the example portal of this repository into a temporary folder:
/// the folder (dropped with it) and the output directory inside it.
pub fn build_example() -> (tempfile::TempDir, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temp dir");
    let out_dir = out.path().join("public");
    let r = run_in(
        root,
        &[
            "build",
            "--root",
            ".",
            "--out",
            out_dir.to_str().expect("utf-8 path"),
            "--today",
            "2026-11-26",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    (out, out_dir)
}
