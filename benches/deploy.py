#!/usr/bin/env python3
"""Times `gongkai deploy` to a real S3 server (s3s-fs on 127.0.0.1) on a
generated corpus of N records in six languages: the first deploy (every
object), a second with nothing changed, and a third after one record's edit
and rebuild; prints what each sent and how long it took, and counts the
objects the server actually wrote.

    cargo build --release && benches/deploy.py [N] [--jobs J]

Needs s3s-fs (scripts/test installs it into target/tools/bin) or $S3S_FS.
The binary is target/release/gongkai, or $GONGKAI. The corpus is made by
benches/gen_corpus.py into $CORPUS (default /tmp/gongkai-corpus-N) and the
bucket lives in a temporary folder beside it; the edited record is put back
at the end.
"""
import argparse
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
KEY, SECRET, BUCKET = "GKBENCHKEY", "gk-bench-secret", "portal"


def find(env, *candidates):
    if os.environ.get(env):
        return pathlib.Path(os.environ[env])
    for c in candidates:
        path = shutil.which(c) if "/" not in str(c) else (c if pathlib.Path(c).is_file() else None)
        if path:
            return pathlib.Path(path)
    sys.exit(f"{candidates[0]} not found: set ${env}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def objects(bucket_dir):
    """Every object's file and its modification time in nanoseconds."""
    out = {}
    for p in bucket_dir.rglob("*"):
        key = str(p.relative_to(bucket_dir))
        if p.is_file() and not key.startswith(".gongkai/"):  # the bucket's record aside
            out[key] = p.stat().st_mtime_ns
    return out


def run(cmd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return wall, proc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=8)
    args = ap.parse_args()
    binary = find("GONGKAI", TARGET / "release" / "gongkai")
    s3s = find("S3S_FS", TARGET / "tools" / "bin" / "s3s-fs", "s3s-fs")
    corpus = pathlib.Path(os.environ.get("CORPUS", f"/tmp/gongkai-corpus-{args.n}"))
    subprocess.run([sys.executable, ROOT / "benches" / "gen_corpus.py", str(args.n), str(corpus)], check=True)
    build = [str(binary), "build", "--root", str(corpus), "--today", "2027-01-01", "--quiet"]
    wall_build, _ = run(build)
    manifest = corpus / "public" / ".gongkai" / "manifest.json"
    files = len(re.findall(r'"hash"', manifest.read_text()))
    print(f"corpus: {args.n} records, {files} files in the output (built in {wall_build:.1f} s)")

    store = pathlib.Path(tempfile.mkdtemp(prefix="gongkai-bucket-", dir=corpus.parent))
    (store / BUCKET).mkdir()
    port = free_port()
    server = subprocess.Popen(
        [str(s3s), "--host", "127.0.0.1", "--port", str(port), "--access-key", KEY, "--secret-key", SECRET, str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    record = None
    try:
        for _ in range(400):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        env = dict(os.environ, AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET)
        deploy = [str(binary), "deploy", "--root", str(corpus), "--to", f"http://127.0.0.1:{port}/{BUCKET}", "--jobs", str(args.jobs)]
        rows = []

        def measure(label):
            before = objects(store / BUCKET)
            wall, proc = run(deploy, env)
            after = objects(store / BUCKET)
            written = sum(1 for k, t in after.items() if before.get(k) != t)
            gone = sum(1 for k in before if k not in after)
            summary = proc.stderr.strip().splitlines()[-1]
            rows.append((label, wall, written, gone, summary))
            print(f"{label}: {wall:.2f} s — {summary}")

        measure("first deploy")
        measure("nothing changed")
        records = sorted((corpus / "content" / "disclosure").rglob("*.md"))
        record = next(p for p in records if p.name.count(".") == 1 and not p.name.startswith("_"))
        original = record.read_text()
        record.write_text(original + "\n本通知自发布之日起施行。\n")
        wall_rebuild, _ = run(build)
        print(f"one record edited ({record.relative_to(corpus)}), rebuilt in {wall_rebuild:.1f} s")
        measure("after one record's edit")
        record.write_text(original)

        first = rows[0][1]
        print()
        print("| deploy | wall | objects written (server) | deleted | gongkai's summary | of the first |")
        print("|---|---:|---:|---:|---|---:|")
        for label, wall, written, gone, summary in rows:
            print(f"| {label} | {wall:.2f} s | {written} | {gone} | {summary} | {wall / first:.1%} |")
    finally:
        if record is not None and "original" in locals():
            record.write_text(original)
        server.terminate()
        server.wait()
        shutil.rmtree(store, ignore_errors=True)


if __name__ == "__main__":
    main()
