#!/usr/bin/env python3
"""Counts of a generated corpus (benches/gen_corpus.py): records and files
per language, distinct titles, bodies and summaries (and their ratios), and
sizes: Markdown bytes, body characters (min, median, max).

    benches/corpus_stats.py SITE_DIR

Exits with status 1 when two documents share a title or a body.
"""
import pathlib
import statistics
import sys

LANGS = ["zh", "en", "ja", "ko", "ru", "es"]


def main():
    site = pathlib.Path(sys.argv[1])
    docs = {lang: [] for lang in LANGS}
    for path in sorted((site / "content" / "disclosure").rglob("dl-*.md")):
        parts = path.name.split(".")
        lang = parts[1] if len(parts) == 3 else "zh"
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("+++\n", 2)
        fields = dict(line.split(" = ", 1) for line in front.splitlines() if " = " in line)
        docs[lang].append((fields.get("title"), fields.get("summary"), body.strip(), len(text.encode())))
    print("| lang | files | distinct titles | distinct bodies | distinct summaries | MiB | body chars min / median / max |")
    print("|---|---:|---:|---:|---:|---:|---|")
    bad = False
    all_titles, all_bodies, total = set(), set(), 0
    for lang, rows in docs.items():
        n = len(rows)
        if not n:
            continue
        titles, summaries, bodies = (len({r[k] for r in rows}) for k in (0, 1, 2))
        lengths = [len(r[2]) for r in rows]
        size = sum(r[3] for r in rows) / 2**20
        print(f"| {lang} | {n} | {titles} ({titles / n:.3f}) | {bodies} ({bodies / n:.3f}) | "
              f"{summaries} ({summaries / n:.3f}) | {size:.1f} | "
              f"{min(lengths)} / {statistics.median(lengths):.0f} / {max(lengths)} |")
        bad |= titles < n or bodies < n
        all_titles |= {r[0] for r in rows}
        all_bodies |= {r[2] for r in rows}
        total += n
    print(f"\n{total} documents; {len(all_titles)} distinct titles, {len(all_bodies)} distinct bodies across languages")
    if bad or len(all_titles) < total or len(all_bodies) < total:
        sys.exit("some documents share a title or a body")


if __name__ == "__main__":
    main()
