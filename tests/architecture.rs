//! The house as drawn in DESIGN.md §1 and the README: each module of `src/`
//! stands on a floor, and code may name (`crate::…`) only modules on lower
//! floors — no stage reaches back upstream, nothing below reaches `serve` or
//! `cli`. The table is the layering; a new module must be given its floor.

use std::collections::BTreeSet;
use std::path::Path;

/// The floors, from the ground up. Modules on one floor may not name each
/// other either.
const FLOORS: &[&[&str]] = &[
    &["diag", "domain", "text"],
    &["config"],
    &["theme"],
    &["content"],
    &["site"],
    &["check"],
    &["search"],
    &["render"],
    &["output"],
    &["pipeline"],
    &["serve", "deploy"],
    &["cli"],
    &["lib", "main"],
];

fn floor(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

/// The top-level modules a file's code names through `crate::`, with the
/// line each is first named on.
fn named_modules(code: &str) -> Vec<(String, usize)> {
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            // `crate::{a::X, b}`: every first name inside the braces.
            let names: Vec<&str> = if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                inner
                    .split(',')
                    .map(|p| p.trim().split("::").next().unwrap_or("").trim())
                    .collect()
            } else {
                vec![
                    after
                        .split(|c: char| !c.is_alphanumeric() && c != '_')
                        .next()
                        .unwrap_or(""),
                ]
            };
            for name in names.into_iter().filter(|n| !n.is_empty()) {
                // `msg!` is diag's, exported at the crate's root as macros are.
                let name = if name == "msg" { "diag" } else { name };
                if seen.insert(name.to_string()) {
                    found.push((name.to_string(), n + 1));
                }
            }
            rest = after;
        }
    }
    found
}

/// Every import of a module on the same or a higher floor, as
/// `file:line: a names b`.
fn violations(module: &str, file: &str, code: &str) -> Vec<String> {
    let Some(own) = floor(module) else {
        return vec![format!("{file}: module `{module}` has no floor in FLOORS")];
    };
    named_modules(code)
        .into_iter()
        .filter(|(name, _)| name != module)
        .filter_map(|(name, line)| match floor(&name) {
            Some(f) if f < own => None,
            Some(_) => Some(format!(
                "{file}:{line}: `{module}` names `{name}`, which is not below it"
            )),
            None => Some(format!("{file}:{line}: `{name}` has no floor in FLOORS")),
        })
        .collect()
}

#[test]
fn every_module_names_only_modules_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut modules = BTreeSet::new();
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = entry.path().strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = top.trim_end_matches(".rs").to_string();
        let code = std::fs::read_to_string(entry.path()).unwrap();
        problems.extend(violations(
            &module,
            &format!("src/{}", rel.display()),
            &code,
        ));
        modules.insert(module);
    }
    assert!(modules.len() >= 10, "only {modules:?} found");
    assert!(
        problems.is_empty(),
        "the layering is broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_import_upstream_or_sideways_is_caught() {
    // What the test above would say of a stage reaching back up.
    let wrong = "use crate::domain::Date;\nuse crate::render::Part;\n";
    let found = violations("config", "src/config/mod.rs", wrong);
    assert_eq!(
        found,
        ["src/config/mod.rs:2: `config` names `render`, which is not below it"]
    );
    let grouped = "fn f() {}\n    use crate::{diag::Diagnostic, serve::Options};\n";
    assert_eq!(violations("check", "src/check/mod.rs", grouped).len(), 1);
    let inline = "let x = crate::cli::run();";
    assert_eq!(violations("output", "x.rs", inline).len(), 1);
    // Sideways on the ground floor, and a module with no floor at all.
    assert_eq!(
        violations("diag", "x.rs", "use crate::domain::Date;").len(),
        1
    );
    assert_eq!(violations("newstage", "x.rs", "").len(), 1);
    // What is below, comments, and the module itself are fine.
    let fine = "// crate::cli is named here only\nuse crate::site::Site;\nuse crate::render::Part;";
    assert!(violations("render", "x.rs", fine).is_empty());
}
