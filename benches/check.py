#!/usr/bin/env python3
"""Times `gongkai check` on a generated corpus: N records in six languages.

    cargo build --release && benches/check.py [N] [RUNS]

GONGKAI_BIN names another binary to time (a build of an older commit, to
compare); the default is target/release/gongkai.

Prints each run and the median wall time and peak memory (from GNU time's
%e and %M, or resource usage when /usr/bin/time is missing).
"""
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
corpus = pathlib.Path(os.environ.get("CORPUS", f"/tmp/gongkai-corpus-{n}"))
binary = pathlib.Path(os.environ.get("GONGKAI_BIN", ROOT / "target" / "release" / "gongkai"))

subprocess.run([sys.executable, ROOT / "benches" / "gen_corpus.py", str(n), str(corpus)], check=True)
files = sum(1 for _ in corpus.rglob("*.md"))
mb = sum(p.stat().st_size for p in corpus.rglob("*.md")) / 1e6
cmd = [str(binary), "check", "--root", str(corpus), "--today", "2027-01-01"]
subprocess.run(cmd, capture_output=True)  # warm the page cache
walls, peaks = [], []
for i in range(runs):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    walls.append(wall)
    peaks.append(peak)
    print(f"run {i + 1}: {wall:.2f} s")
print(f"check: {n} records, {files} files, {mb:.0f} MB of Markdown")
print(f"median wall {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}); peak RSS {max(peaks):.0f} MB")
