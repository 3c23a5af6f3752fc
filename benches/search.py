#!/usr/bin/env python3
"""Search index, side by side with Pagefind, on a generated corpus: N records
in six languages (benches/gen_corpus.py), built once by gongkai; Pagefind
(npm `pagefind`, its extended binary, installed under target/pagefind) indexes
the same HTML.

    cargo build --release && benches/search.py [N]

Prints, for each: index build time and peak memory, files and bytes per
language, and the gzip bytes a browser downloads for a first one-word query
(JS, entry, shards, metadata and the excerpts of the shown results),
measured in headless Chromium (benches/search_bytes.mjs); and for gongkai,
the search files written and gone when one record's Chinese body has one
digit changed and the site is built again. GONGKAI_BIN names another binary. Pagefind on 60,000
pages takes minutes and gigabytes: it runs once.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
corpus = pathlib.Path(os.environ.get("CORPUS", f"/tmp/gongkai-corpus-{n}"))
binary = pathlib.Path(os.environ.get("GONGKAI_BIN", ROOT / "target" / "release" / "gongkai"))
WORDS = {"zh": "环境", "en": "investment", "ja": "外国人", "ko": "투자", "ru": "инвестиции", "es": "inversión"}


def timed(cmd, **kw):
    """Runs cmd under GNU time: (wall seconds, peak RSS MB, stderr)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr[-3000:]
    peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
    return wall, peak, proc.stderr


def tree(folder, key):
    """Files and bytes below folder, grouped by key(relative path)."""
    out = {}
    for p in folder.rglob("*"):
        if p.is_file():
            k = key(p.relative_to(folder))
            files, size = out.get(k, (0, 0))
            out[k] = (files + 1, size + p.stat().st_size)
    return out


if not (corpus / "site.toml").exists():
    subprocess.run([sys.executable, ROOT / "benches" / "gen_corpus.py", str(n), str(corpus)], check=True)
public = corpus / "public"
shutil.rmtree(corpus / ".gongkai-cache", ignore_errors=True)
build = [str(binary), "build", "--root", str(corpus), "--out", str(public), "--no-compress", "--today", "2027-01-01"]
# --force: a build that finds its previous output unchanged would skip the work.
cold, cold_peak, log = timed(build + ["--force"])
search_s = float(re.search(r"search index ([\d.]+) s", log).group(1))
warm, _, log = timed(build)
# A build that finds nothing changed may say so instead of timing stages.
warm_search_s = float((re.search(r"search index ([\d.]+) s", log) or re.match("()", "0")).group(1) or 0)

def snapshot(folder):
    """Every file below folder: relative path → bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# One record's edit: a digit of its Chinese body changed (a phone number, a
# date), then the build again; the search files written or gone.
before = snapshot(public / "search-index")
record = sorted((corpus / "content" / "disclosure").rglob("*.md"))[0]
if ".en." in record.name or record.name.count(".") > 1:
    record = next(p for p in sorted((corpus / "content" / "disclosure").rglob("*.md")) if p.name.count(".") == 1)
original = record.read_text()
head, sep, body = original.partition("\n+++\n")
digit = re.search(r"\d", body)
edited = head + sep + (body[:digit.start()] + str((int(digit.group()) + 1) % 10) + body[digit.end():] if digit else body + "\n电话：0411-12345678\n")
record.write_text(edited)
try:
    timed(build)
    after = snapshot(public / "search-index")
finally:
    record.write_text(original)
edit_written = sorted(k for k, v in after.items() if before.get(k) != v)
edit_gone = sorted(k for k in before if k not in after)
timed(build)

pf_dir = ROOT / "target" / "pagefind"
if not (pf_dir / "node_modules" / ".bin" / "pagefind").exists():
    pf_dir.mkdir(parents=True, exist_ok=True)
    (pf_dir / "package.json").write_text('{"private": true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "pagefind@1.6.0"], cwd=pf_dir, check=True)
pf_out = corpus / "pf" / "pagefind"
shutil.rmtree(pf_out.parent, ignore_errors=True)
pf_time, pf_peak, _ = timed([str(pf_dir / "node_modules" / ".bin" / "pagefind"), "--site", str(public), "--output-path", str(pf_out)])

ours = tree(public / "search-index", lambda r: r.parts[0])
theirs = tree(pf_out, lambda r: (re.match(r"(?:pagefind\.|wasm\.)?([a-z]{2})[-_.]", r.name) or re.match("()", "")).group(1) or "shared")
probe = subprocess.run(
    ["node", ROOT / "benches" / "search_bytes.mjs", str(public), str(pf_out)] + [f"{k}={v}" for k, v in WORDS.items()],
    capture_output=True, text=True, cwd=ROOT, check=True)
first = json.loads(probe.stdout)

pages = sum(1 for _ in public.rglob("index.html"))
print(f"\n{n} records × 6 languages: {pages} HTML pages\n")
print(f"{'':34}{'gongkai':>16}{'Pagefind 1.6':>16}")
print(f"{'index build, wall':34}{search_s:>14.1f} s{pf_time:>14.1f} s")
print(f"{'  (whole gongkai build, cold)':34}{cold:>14.1f} s")
print(f"{'  (search index, cache fresh)':34}{warm_search_s:>14.1f} s")
print(f"{'peak memory (whole build / index)':34}{cold_peak:>13.0f} MB{pf_peak:>13.0f} MB")
print(f"{'files written':34}{sum(f for f, _ in ours.values()):>16}{sum(f for f, _ in theirs.values()):>16}")
print(f"{'bytes written':34}{sum(b for _, b in ours.values()) / 1e6:>13.1f} MB{sum(b for _, b in theirs.values()) / 1e6:>13.1f} MB")
for lang in WORDS:
    o = ours.get(lang, (0, 0))
    t = theirs.get(lang, theirs.get(lang + "-cn", (0, 0)))
    print(f"{'  ' + lang + ' index, files / MB':34}{o[0]:>7} {o[1] / 1e6:>6.1f} MB{t[0]:>7} {t[1] / 1e6:>6.1f} MB")
print("first one-word query, gzip bytes fetched (files), results:")
for lang, word in WORDS.items():
    g, p = first[f"gongkai {lang}"], first[f"pagefind {lang}"]
    print(f"{'  ' + lang + ' ' + word:34}{g['gzip'] / 1e3:>7.1f} KB ({g['files']:>2}){p['gzip'] / 1e3:>7.1f} KB ({p['files']:>2})   {g['results']} / {p['results']}")
print(f"one record's edit ({record.relative_to(corpus)}): search files written {len(edit_written)}, gone {len(edit_gone)}")
for k in edit_written[:12]:
    print(f"  + {k}")
