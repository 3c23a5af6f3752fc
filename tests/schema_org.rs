//! Every JSON-LD block of the built example portal against the schema.org
//! vocabulary: each `@type` is a type of the vocabulary, each property is
//! one of the type's own or inherited, and each `https://schema.org/…`
//! value is a member it defines. The vocabulary is npm's `schema-dts`
//! (`dist/schema.d.ts`, generated from schema.org's
//! `schemaorg-current-https.jsonld`), installed by `scripts/test` and named
//! by `GONGKAI_SCHEMA_DTS`.

mod common;
mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Types with the properties each may carry, and the enumeration members.
struct Vocabulary {
    /// Type → the base it extends (`Legislation` → `LegislationBase`).
    types: BTreeMap<String, String>,
    /// Base → (its own properties, the bases it extends).
    bases: BTreeMap<String, (BTreeSet<String>, Vec<String>)>,
    members: BTreeSet<String>,
}

impl Vocabulary {
    fn read(dts: &str) -> Vocabulary {
        let mut types = BTreeMap::new();
        let mut bases: BTreeMap<String, (BTreeSet<String>, Vec<String>)> = BTreeMap::new();
        let mut open: Option<String> = None;
        let mut leaf: Option<String> = None;
        for line in dts.lines() {
            let decl = line.trim_start_matches("export ");
            if let Some(rest) = decl.strip_prefix("interface ") {
                let (name, parents) = rest.split_once(" extends ").unwrap_or((rest, ""));
                let name = name.trim_end_matches(" {").trim().to_string();
                let parents: Vec<String> = parents
                    .trim_end_matches(" {")
                    .split(',')
                    .map(|p| p.trim().to_string())
                    .filter(|p| p.ends_with("Base"))
                    .collect();
                if name.ends_with("Leaf") {
                    leaf = parents.first().cloned();
                    open = None;
                } else {
                    bases.insert(name.clone(), (BTreeSet::new(), parents));
                    open = Some(name);
                    leaf = None;
                }
                continue;
            }
            if line.starts_with('}') {
                open = None;
                leaf = None;
                continue;
            }
            let field = line.trim_start();
            if let Some(rest) = field.strip_prefix("\"@type\": \"")
                && let Some(base) = &leaf
            {
                types.insert(rest.trim_end_matches("\";").to_string(), base.clone());
            } else if let (Some(base), Some(rest)) = (&open, field.strip_prefix('"'))
                && let Some((prop, _)) = rest.split_once("\"?:")
            {
                bases.get_mut(base).unwrap().0.insert(prop.to_string());
            }
        }
        let members = dts
            .match_indices("\"https://schema.org/")
            .filter_map(|(at, _)| {
                let rest = &dts[at + 1..];
                rest.find('"').map(|end| rest[..end].to_string())
            })
            .collect();
        Vocabulary {
            types,
            bases,
            members,
        }
    }

    fn allows(&self, ty: &str, prop: &str) -> bool {
        let Some(base) = self.types.get(ty) else {
            return false;
        };
        let mut todo = vec![base.as_str()];
        let mut seen = BTreeSet::new();
        while let Some(b) = todo.pop() {
            if !seen.insert(b) {
                continue;
            }
            if let Some((props, parents)) = self.bases.get(b) {
                if props.contains(prop) {
                    return true;
                }
                todo.extend(parents.iter().map(String::as_str));
            }
        }
        false
    }

    /// Every problem of a node and the nodes inside it, by JSON path.
    fn check(&self, v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Array(items) => {
                for (n, item) in items.iter().enumerate() {
                    self.check(item, &format!("{path}[{n}]"), out);
                }
            }
            serde_json::Value::String(s)
                if s.starts_with("https://schema.org/") && !self.members.contains(s) =>
            {
                out.push(format!("{path}: {s} is no member of the vocabulary"));
            }
            serde_json::Value::Object(map) => {
                let ty = map.get("@type").and_then(|t| t.as_str());
                if let Some(ty) = ty
                    && !self.types.contains_key(ty)
                {
                    // Its properties are unknown with it.
                    out.push(format!("{path}: unknown type {ty}"));
                    return;
                }
                for (key, value) in map {
                    if key.starts_with('@') {
                        continue;
                    }
                    match ty {
                        Some(ty) if !self.allows(ty, key) => {
                            out.push(format!("{path}: {ty} has no property {key}"))
                        }
                        None => out.push(format!("{path}: {key} on a node without @type")),
                        _ => {}
                    }
                    self.check(value, &format!("{path}.{key}"), out);
                }
            }
            _ => {}
        }
    }
}

fn vocabulary() -> Option<Vocabulary> {
    let path = support::tool(
        "schema.d.ts",
        "GONGKAI_SCHEMA_DTS",
        &["target/tools/schema-vocab/node_modules/schema-dts/dist/schema.d.ts"],
    )?;
    let text = std::fs::read_to_string(&path).expect("read the vocabulary");
    Some(Vocabulary::read(&text))
}

#[test]
fn the_checker_knows_the_vocabulary_and_refuses_what_it_lacks() {
    let Some(v) = vocabulary() else {
        return;
    };
    assert!(v.types.len() > 800, "{} types", v.types.len());
    assert!(v.allows("Legislation", "legislationDateOfApplicability"));
    assert!(v.allows("Legislation", "name"), "inherited from Thing");
    assert!(v.allows("GovernmentService", "jurisdiction"));
    assert!(
        !v.allows("GovernmentService", "associatedMedia"),
        "no CreativeWork"
    );
    let mut out = Vec::new();
    let bad = serde_json::json!({
        "@type": "Legislation",
        "legislationDateVersion": "2024-01-01",
        "legislationEffectiveDate": "2024-01-01",
        "legislationLegalForce": "https://schema.org/Valid",
        "publisher": {"@type": "CityGovernment", "name": "x"},
    });
    v.check(&bad, "$", &mut out);
    assert_eq!(
        out,
        [
            "$: Legislation has no property legislationEffectiveDate",
            "$.legislationLegalForce: https://schema.org/Valid is no member of the vocabulary",
            "$.publisher: unknown type CityGovernment",
        ]
    );
}

#[test]
fn every_json_ld_block_of_the_example_uses_only_the_vocabulary() {
    let Some(v) = vocabulary() else {
        return;
    };
    let (_tmp, public) = common::build_example();
    let mut problems = Vec::new();
    let mut blocks = 0;
    let mut types = BTreeSet::new();
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let page = entry.path().strip_prefix(&public).unwrap_or(Path::new(""));
        let open = "<script type=\"application/ld+json\">";
        for (at, _) in html.match_indices(open) {
            let start = at + open.len();
            let end = start + html[start..].find("</script>").unwrap();
            let doc: serde_json::Value = serde_json::from_str(&html[start..end])
                .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
            assert_eq!(doc["@context"], "https://schema.org");
            let graph = doc["@graph"].as_array().expect("@graph");
            assert!(!graph.is_empty(), "{}: an empty graph", page.display());
            for node in graph {
                types.insert(node["@type"].as_str().unwrap_or("").to_string());
                if node["@type"] == "BreadcrumbList" {
                    assert!(
                        node["itemListElement"]
                            .as_array()
                            .is_some_and(|l| !l.is_empty()),
                        "{}: an empty BreadcrumbList",
                        page.display()
                    );
                }
            }
            let mut out = Vec::new();
            v.check(&doc["@graph"], "@graph", &mut out);
            problems.extend(out.into_iter().map(|p| format!("{}: {p}", page.display())));
            blocks += 1;
        }
    }
    assert!(blocks > 500, "{blocks} JSON-LD blocks");
    for ty in [
        "Legislation",
        "GovernmentService",
        "BreadcrumbList",
        "WebSite",
        "GovernmentOrganization",
    ] {
        assert!(types.contains(ty), "no {ty} in the example: {types:?}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
