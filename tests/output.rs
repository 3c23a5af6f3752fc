//! Output a CDN can trust: byte-identical from any path, atomic even when
//! killed, a manifest that matches the files, fingerprinted assets that
//! resolve, precompressed copies that decompress to the original.

mod common;

use std::io::Read;

use common::{Site, snapshot};

fn manifest(s: &Site) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(s.path("public/.gongkai/manifest.json")).unwrap())
        .unwrap()
}

#[test]
fn two_builds_from_two_paths_are_byte_identical() {
    let a = Site::new();
    let b = Site::new();
    assert_eq!(a.build().code, 0);
    assert_eq!(b.build().code, 0);
    assert_ne!(a.path("public"), b.path("public"));
    assert_eq!(snapshot(&a.path("public")), snapshot(&b.path("public")));
}

#[test]
fn the_manifest_lists_every_file_with_its_size_and_hash() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let m = manifest(&s);
    let files = m["files"].as_object().unwrap();
    let on_disk = snapshot(&s.path("public"));
    assert_eq!(
        files.len(),
        on_disk.len() - 2,
        "every file but the manifest itself and the archive records"
    );
    for (path, bytes) in &on_disk {
        if path == ".gongkai/manifest.json" || path == ".gongkai/archive.json" {
            continue;
        }
        let entry = files
            .get(path)
            .unwrap_or_else(|| panic!("{path} not in the manifest"));
        assert_eq!(entry["size"], bytes.len() as u64, "{path}");
        assert_eq!(
            entry["hash"],
            format!("blake3:{}", blake3::hash(bytes).to_hex()),
            "{path}"
        );
    }
}

#[test]
fn fingerprinted_assets_resolve_and_change_name_with_their_content() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let html = s.page("en/index.html");
    let refs: Vec<&str> = html
        .match_indices("\"/static/")
        .map(|(i, _)| html[i + 1..].split('"').next().unwrap())
        .collect();
    assert!(refs.len() >= 2, "{refs:?}");
    for r in &refs {
        assert!(s.exists(r.trim_start_matches('/')), "{r} is written");
        let name = r.rsplit('/').next().unwrap();
        assert_eq!(name.split('.').count(), 3, "name.hash.ext: {name}");
    }
    // A theme of the site's own with another stylesheet gets another name.
    s.write("themes/default/static/style.css", "body { color: #000; }\n");
    assert_eq!(s.build().code, 0);
    let html2 = s.page("en/index.html");
    let css = |h: &str| {
        h.split("href=\"/static/style.")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    assert_ne!(css(&html), css(&html2));
}

#[test]
fn text_files_are_precompressed_and_decompress_to_the_original() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let html = std::fs::read(s.path("public/en/index.html")).unwrap();
    let mut gz = Vec::new();
    flate2::read::GzDecoder::new(&std::fs::read(s.path("public/en/index.html.gz")).unwrap()[..])
        .read_to_end(&mut gz)
        .unwrap();
    assert_eq!(gz, html);
    let mut br = Vec::new();
    brotli::BrotliDecompress(
        &mut &std::fs::read(s.path("public/en/index.html.br")).unwrap()[..],
        &mut br,
    )
    .unwrap();
    assert_eq!(br, html);
    let headers = std::fs::read_to_string(s.path("public/_headers")).unwrap();
    assert!(headers.contains("/static/*\n  Cache-Control: public, max-age=31536000, immutable"));
    assert!(headers.contains("Content-Security-Policy: default-src 'self'"));
    assert!(
        headers.contains("X-Content-Type-Options: nosniff") && headers.contains("Referrer-Policy:")
    );
    // Off by flag, or in site.toml.
    assert_eq!(s.run(&["build", "--root", ".", "--no-compress"]).code, 0);
    assert!(!s.exists("en/index.html.gz"));
}

#[test]
fn diff_against_an_old_manifest_names_what_changed() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    std::fs::copy(
        s.path("public/.gongkai/manifest.json"),
        s.path("old-manifest.json"),
    )
    .unwrap();
    s.write(
        "content/invest/_index.en.md",
        &common::PAGE_EN_ONLY.replace("Welcome, investors.", "Welcome, investors and traders."),
    );
    s.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\n+++\n\n简介。\n",
    );
    let r = s.run(&[
        "build",
        "--root",
        ".",
        "--no-compress",
        "--diff-against",
        "old-manifest.json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("+ about/index.html\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains("~ en/invest/index.html\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("- en/invest/index.html.gz\n"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout
            .contains("disclosure/2024/dl-2024-00012/index.html\n"),
        "unchanged pages are not listed: {}",
        r.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_build_killed_midway_leaves_the_previous_output_complete() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let before = snapshot(&s.path("public"));
    // Enough records that the build is still running when it is killed.
    for n in 0..3000 {
        let text = common::RECORD
            .replace("2024-00012", &format!("2024-{:05}", 100 + n))
            .replace(
                "[办事指南](/services/business-registration/)",
                &"政府信息公开。".repeat(40),
            );
        s.write(
            &format!("content/disclosure/2024/dl-2024-{:05}.md", 100 + n),
            &text,
        );
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .args(["build", "--root", ".", "--today", "2026-11-26"])
        .current_dir(s.dir.path())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        still_running,
        "the build ended before it could be killed; make the site larger"
    );
    assert_eq!(
        snapshot(&s.path("public")),
        before,
        "the old output is intact"
    );
    // The next build clears what the killed one left and succeeds.
    assert_eq!(
        s.run(&[
            "build",
            "--root",
            ".",
            "--today",
            "2026-11-26",
            "--no-compress"
        ])
        .code,
        0
    );
    assert_eq!(
        leftovers(&s),
        [".public.prev", ".public.rebuild", ".public.stamp"],
        "only the output swapped out is kept, to be recycled, and the stamp and rebuild state of the live one"
    );
    assert!(s.exists("disclosure/2024/dl-2024-03099/index.html"));
}

fn leftovers(s: &Site) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    names.sort();
    names
}

/// A rebuild recycles the output of the build before last; whatever that
/// folder holds (stale pages, edited bytes, a folder where a file goes, a
/// file where a folder goes, a link out of it), the result is the same
/// bytes as a build from scratch.
#[cfg(unix)]
#[test]
fn a_recycled_output_gives_the_same_bytes_as_a_fresh_one() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let forced = s.run(&["build", "--root", ".", "--today", "2026-11-26", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(
        leftovers(&s),
        [".public.prev", ".public.rebuild", ".public.stamp"]
    );
    let prev = s.path(".public.prev");
    std::fs::write(prev.join("en/index.html"), "stale").unwrap();
    std::fs::write(prev.join("gone.html"), "not in any build").unwrap();
    std::fs::create_dir_all(prev.join("old/section")).unwrap();
    std::fs::write(prev.join("old/section/index.html"), "x").unwrap();
    std::fs::remove_file(prev.join("_headers")).unwrap();
    std::fs::create_dir_all(prev.join("_headers/inside")).unwrap();
    std::fs::remove_dir_all(prev.join("en/invest")).unwrap();
    std::fs::write(prev.join("en/invest"), "a file where a folder goes").unwrap();
    let backup = s.path("backup.html");
    std::fs::hard_link(prev.join("sitemap.xml"), &backup).unwrap();
    std::fs::write(prev.join("sitemap.xml"), "edited where a backup shares it").unwrap();
    let outside = s.path("outside.txt");
    std::fs::write(&outside, "keep me").unwrap();
    std::fs::remove_file(prev.join(".gongkai/manifest.json")).unwrap();
    std::os::unix::fs::symlink(&outside, prev.join(".gongkai/manifest.json")).unwrap();
    s.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\n+++\n\n简介。\n",
    );
    assert_eq!(s.build().code, 0);
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me");
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "edited where a backup shares it",
        "a file with another name is replaced, not written through"
    );
    let fresh = Site::new();
    fresh.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\n+++\n\n简介。\n",
    );
    assert_eq!(fresh.build().code, 0);
    assert_eq!(snapshot(&s.path("public")), snapshot(&fresh.path("public")));
    assert_eq!(
        leftovers(&s),
        [".public.prev", ".public.rebuild", ".public.stamp"]
    );
    // A failed build keeps its folder for the next one, and the output stays.
    let before = snapshot(&s.path("public"));
    s.write("content/about.md", "+++\ntitle = \"\"\n+++\n");
    assert_eq!(s.build().code, 1);
    assert_eq!(snapshot(&s.path("public")), before);
    assert_eq!(
        leftovers(&s),
        [".public.prev", ".public.rebuild", ".public.stamp"]
    );
}

/// Every entry below `dir` with its modification time.
#[cfg(unix)]
fn times(dir: &std::path::Path) -> Vec<(std::path::PathBuf, std::time::SystemTime)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            let t = e.metadata().unwrap().modified().unwrap();
            (e.into_path(), t)
        })
        .collect()
}

/// A rebuild with nothing changed leaves the output as it was, without
/// writing a file; a change to any input, to the options or to the output
/// itself makes it again, and the output is then what a build from scratch
/// gives.
#[cfg(unix)]
#[test]
fn a_rebuild_with_nothing_changed_leaves_the_output_until_something_changes() {
    let s = Site::new();
    let build = |extra: &[&str]| {
        let mut args = vec!["build", "--root", ".", "--today", "2026-11-26"];
        args.extend_from_slice(extra);
        let r = s.run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        !r.stderr.contains("Nothing changed since the last build")
    };
    assert!(build(&[]), "the first build makes the output");
    let before = snapshot(&s.path("public"));
    let dated = times(&s.path("public"));
    assert!(!build(&[]), "nothing changed");
    assert_eq!(times(&s.path("public")), dated, "not a file was written");
    assert_eq!(
        leftovers(&s),
        [".public.rebuild", ".public.stamp"],
        "nothing was swapped"
    );

    // Changes to the output itself are found, and undone.
    let public = s.path("public");
    let tampers: Vec<(&str, Box<dyn Fn()>)> = vec![
        (
            "a page edited",
            Box::new(|| std::fs::write(public.join("en/index.html"), "edited").unwrap()),
        ),
        (
            "a page edited to the same size",
            Box::new(|| {
                let page = public.join("en/disclosure/index.html");
                let mut bytes = std::fs::read(&page).unwrap();
                bytes[0] ^= 1;
                std::fs::write(page, bytes).unwrap()
            }),
        ),
        (
            "a file removed",
            Box::new(|| std::fs::remove_file(public.join("sitemap.xml")).unwrap()),
        ),
        (
            "a file added",
            Box::new(|| std::fs::write(public.join("en/stray.html"), "x").unwrap()),
        ),
        (
            "a folder added",
            Box::new(|| std::fs::create_dir(public.join("extra")).unwrap()),
        ),
        (
            "the manifest edited",
            Box::new(|| {
                let m = public.join(".gongkai/manifest.json");
                let text = std::fs::read_to_string(&m).unwrap();
                std::fs::write(m, text.replacen("blake3:", "blake3:0", 1)).unwrap()
            }),
        ),
        (
            "the output removed",
            Box::new(|| std::fs::remove_dir_all(&public).unwrap()),
        ),
    ];
    for (what, tamper) in &tampers {
        tamper();
        assert!(build(&[]), "{what}: the output is made again");
        assert_eq!(
            snapshot(&s.path("public")),
            before,
            "{what}: and is whole again"
        );
        assert!(!build(&[]), "{what}: then nothing changed");
    }

    // Changes to the inputs and options, even those that change no byte
    // of the output, make it again.
    let inputs: Vec<(&str, Box<dyn Fn()>)> = vec![
        (
            "site.toml",
            Box::new(|| {
                s.write(
                    "site.toml",
                    &format!("{}\n# a comment\n", common::SITE_TOML),
                )
            }),
        ),
        (
            "a locale",
            Box::new(|| {
                s.write(
                    "locales/en/site.ftl",
                    &format!("{}\n# a comment\n", common::EN_FTL),
                )
            }),
        ),
        (
            "a theme file",
            Box::new(|| s.write("themes/default/NOTES.txt", "notes")),
        ),
        (
            "a content file",
            Box::new(|| s.write("content/invest/photo.txt", "an asset")),
        ),
    ];
    for (what, change) in &inputs {
        change();
        assert!(build(&[]), "{what} changed: the output is made again");
        assert!(!build(&[]), "{what}: then nothing changed");
    }
    assert!(
        build(&["--base-url", "https://preview.example.org"]),
        "another base URL"
    );
    assert!(
        s.page("en/index.html")
            .contains("https://preview.example.org/en/")
    );
    assert!(!build(&["--base-url", "https://preview.example.org"]));
    assert!(build(&[]), "the base URL of site.toml again");
    assert!(build(&["--force"]), "--force makes it again");
    assert!(!build(&[]));

    // What a link in an input folder leads to is an input too.
    std::fs::rename(s.path("locales/en"), s.path("shared-en")).unwrap();
    std::os::unix::fs::symlink(s.path("shared-en"), s.path("locales/en")).unwrap();
    build(&[]); // the same files, through a link: may be unchanged
    assert!(!build(&[]));
    std::fs::write(
        s.path("shared-en/site.ftl"),
        format!("{}\n# edited through the link\n", common::EN_FTL),
    )
    .unwrap();
    assert!(build(&[]), "a file behind a link changed");
}

/// Search-index files cached as immutable must change name when they change:
/// across two builds of different content, a name kept means bytes kept.
#[test]
fn immutable_search_files_never_change_under_the_same_name() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let immutable = |rel: &str| {
        let parts: Vec<&str> = rel.split('/').collect();
        parts.len() >= 4
            && parts[0] == "search-index"
            && (matches!(parts[2], "t" | "p" | "m" | "x" | "v") || parts[2].starts_with("f."))
    };
    let before: std::collections::BTreeMap<String, Vec<u8>> = snapshot(&s.path("public"))
        .into_iter()
        .filter(|(rel, _)| immutable(rel))
        .collect();
    assert!(before.len() > 5, "{before:?}");
    s.write(
        "content/disclosure/2024/dl-2024-00012.en.md",
        &common::RECORD_EN.replace(
            "Twelve measures.",
            "Twelve measures for investors and residents.",
        ),
    );
    assert_eq!(s.build().code, 0);
    let after: std::collections::BTreeMap<String, Vec<u8>> = snapshot(&s.path("public"))
        .into_iter()
        .filter(|(rel, _)| immutable(rel))
        .collect();
    assert_ne!(before, after, "the edit changed the index");
    for (rel, bytes) in &after {
        if let Some(old) = before.get(rel) {
            assert_eq!(old, bytes, "{rel} changed but kept its name");
        }
    }
    let headers = std::fs::read_to_string(s.path("public/_headers")).unwrap();
    assert!(
        headers
            .contains("/search-index/*/t/*\n  Cache-Control: public, max-age=31536000, immutable")
    );
    assert!(
        !headers.contains("/search-index/*\n"),
        "the entry file stays revalidated"
    );
}

/// The manifest entry of `bytes`, as gongkai writes it.
fn entry_of(bytes: &[u8]) -> serde_json::Value {
    serde_json::json!({
        "size": bytes.len(),
        "hash": format!("blake3:{}", blake3::hash(bytes).to_hex()),
    })
}

#[test]
fn a_rebuild_takes_the_copies_of_unchanged_files_from_the_last_output() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let m = manifest(&s);
    assert_eq!(m["compression"], "gzip 6, brotli 5");
    // A theme file an edit of the content leaves as it is.
    let css = snapshot(&s.path("public"))
        .into_iter()
        .map(|(rel, _)| rel)
        .find(|rel| rel.starts_with("static/") && rel.ends_with(".css"))
        .expect("the theme's style sheet");
    let (at, gz_at) = (format!("public/{css}"), format!("public/{css}.gz"));
    // The live output's copy of an unchanged file, made another way (gzip's
    // fastest level: other bytes, the same file once decompressed), and
    // listed so in its manifest: a rebuild that compressed the file again
    // would write level 6's bytes instead.
    let page = std::fs::read(s.path(&at)).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut enc, &page).unwrap();
    let other = enc.finish().unwrap();
    assert_ne!(other, std::fs::read(s.path(&gz_at)).unwrap());
    std::fs::write(s.path(&gz_at), &other).unwrap();
    // A copy edited behind the manifest's back is not trusted.
    std::fs::write(s.path("public/index.html.br"), b"not brotli").unwrap();
    let mut listed = m.clone();
    listed["files"][format!("{css}.gz")] = entry_of(&other);
    std::fs::write(
        s.path("public/.gongkai/manifest.json"),
        serde_json::to_vec_pretty(&listed).unwrap(),
    )
    .unwrap();
    s.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\n+++\n\n简介。\n",
    );
    assert_eq!(s.build().code, 0);
    assert_eq!(
        std::fs::read(s.path(&at)).unwrap(),
        page,
        "the file is unchanged"
    );
    assert_eq!(
        std::fs::read(s.path(&gz_at)).unwrap(),
        other,
        "its copy is taken, not made again"
    );
    let mut br = Vec::new();
    brotli::BrotliDecompress(
        &mut &std::fs::read(s.path("public/index.html.br")).unwrap()[..],
        &mut br,
    )
    .unwrap();
    assert_eq!(br, std::fs::read(s.path("public/index.html")).unwrap());
    // Other settings: nothing is taken, every copy is made again.
    let toml = std::fs::read_to_string(s.path("site.toml")).unwrap();
    s.write(
        "site.toml",
        &format!("{toml}\n[output]\nbrotli_quality = 4\n"),
    );
    assert_eq!(s.build().code, 0);
    assert_eq!(manifest(&s)["compression"], "gzip 6, brotli 4");
    let fresh = Site::new();
    fresh.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\n+++\n\n简介。\n",
    );
    fresh.write(
        "site.toml",
        &format!("{toml}\n[output]\nbrotli_quality = 4\n"),
    );
    assert_eq!(fresh.build().code, 0);
    assert_eq!(snapshot(&s.path("public")), snapshot(&fresh.path("public")));
}
