#!/usr/bin/env python3
"""Generates a large gongkai site for benchmarks: N disclosure records, each
with its Chinese source and translations into en, ja, ko, ru and es, made
from the example portal's own records (bodies, front matter, taxonomies), plus
the example's guides, pages, site.toml and locales.

    benches/gen_corpus.py N OUT_DIR
"""
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = ["en", "ja", "ko", "ru", "es"]


def main():
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    shutil.copy(ROOT / "site.toml", out / "site.toml")
    shutil.copytree(ROOT / "locales", out / "locales")
    for folder in (ROOT / "content").iterdir():
        if folder.name != "disclosure":
            dest = out / "content" / folder.name
            (shutil.copytree if folder.is_dir() else shutil.copy)(folder, dest)
    (out / "content" / "disclosure").mkdir()
    for f in (ROOT / "content" / "disclosure").glob("_index*.md"):
        shutil.copy(f, out / "content" / "disclosure" / f.name)

    # Templates: example records translated into every language.
    templates = []
    for src in sorted((ROOT / "content" / "disclosure").glob("*/dl-*.md")):
        if src.name.count(".") != 1:
            continue
        tr = {lang: src.with_name(f"{src.stem}.{lang}.md") for lang in LANGS}
        if all(p.exists() for p in tr.values()):
            templates.append((src.read_text(encoding="utf-8"), {l: p.read_text(encoding="utf-8") for l, p in tr.items()}))
    files = 0
    for i in range(n):
        zh, tr = templates[i % len(templates)]
        year = 2022 + i % 5
        serial = f"{i + 1:06d}"
        name = f"dl-{year}-{serial}"
        body_code = re.search(r'index_no = "([^/]+)/', zh).group(1)
        text = re.sub(r'index_no = "[^"]+"', f'index_no = "{body_code}/{year}-{serial}"', zh)
        text = re.sub(r"^supersedes = .*\n", "", text, flags=re.M)
        text = re.sub(r"^(written|published|effective) = \d{4}", lambda m: f"{m.group(1)} = {year}", text, flags=re.M)
        text = re.sub(r"^repealed = \d{4}-\d\d-\d\d", f"repealed = {year}-12-31", text, flags=re.M)
        # Keep each record's date order valid whatever year it moved to.
        text = re.sub(r"^written = (\d{4})-\d\d-\d\d", r"written = \1-01-01", text, flags=re.M)
        text = re.sub(r"^effective = (\d{4})-\d\d-\d\d", r"effective = \1-12-01", text, flags=re.M)
        text = re.sub(r"^published = (\d{4})-\d\d-\d\d", lambda m: f"published = {m.group(1)}-{1 + i % 11:02d}-{1 + i % 27:02d}", text, flags=re.M)
        folder = out / "content" / "disclosure" / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
        for lang, t in tr.items():
            (folder / f"{name}.{lang}.md").write_text(t, encoding="utf-8")
        files += 6
    print(f"{n} records, {files} record files, into {out}")


if __name__ == "__main__":
    main()
