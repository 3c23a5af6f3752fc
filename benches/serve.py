#!/usr/bin/env python3
"""Times `gongkai serve` on a generated corpus of N records in six languages:
the first load, then, for EDITS saves of one record, the time from the save
to the changed page being served (polling the page until the new text is
there), and to the catalogue listing that shows it.

    cargo build --release && benches/serve.py [N] [EDITS]
"""
import http.client
import os
import pathlib
import re
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 20
corpus = pathlib.Path(os.environ.get("CORPUS", f"/tmp/gongkai-corpus-{n}"))
binary = ROOT / "target" / "release" / "gongkai"

subprocess.run([sys.executable, ROOT / "benches" / "gen_corpus.py", str(n), str(corpus)], check=True)

log = []
started = time.perf_counter()
proc = subprocess.Popen([str(binary), "serve", "--root", str(corpus), "--port", "0", "--today", "2027-01-01"],
                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
threading.Thread(target=lambda: [log.append(line) for line in proc.stderr], daemon=True).start()


def fail(why):
    proc.kill()
    sys.exit(f"{why}\n{''.join(log)[-3000:]}")


while not any("at http://" in line for line in log):
    if proc.poll() is not None or time.perf_counter() - started > 60:
        fail("serve did not start")
    time.sleep(0.01)
host, port = re.search(r"at http://([\d.]+):(\d+)/", "".join(log)).groups()


def get(path):
    c = http.client.HTTPConnection(host, int(port), timeout=120)
    c.request("GET", path)
    r = c.getresponse()
    body = r.read().decode("utf-8", "replace")
    c.close()
    return r.status, body


def wait_for(path, text, deadline=300):
    t0 = time.perf_counter()
    while True:
        status, body = get(path)
        if status == 200 and text in body:
            return
        if time.perf_counter() - t0 > deadline:
            fail(f"{path} never showed {text!r}")
        time.sleep(0.002)


while get("/")[0] != 200:
    if time.perf_counter() - started > 600:
        fail("the first build never finished")
    time.sleep(0.05)
first_load = time.perf_counter() - started

source = sorted((corpus / "content" / "disclosure" / "2024").glob("dl-*.md"))
source = [p for p in source if p.name.count(".") == 1][len(source) // 12]
url = "/" + str(source.relative_to(corpus / "content").with_suffix("")) + "/"
listing = "/disclosure/2024/"
original = source.read_text(encoding="utf-8")
page_times, listing_times = [], []
for i in range(edits):
    marker = f"（第{i + 1}次修订）"
    text = re.sub(r'^title = "(.*)"$', lambda m: f'title = "{m.group(1)}{marker}"', original, count=1, flags=re.M)
    t0 = time.perf_counter()
    source.write_text(text, encoding="utf-8")
    wait_for(url, marker)
    page_times.append(time.perf_counter() - t0)
    wait_for(listing, marker)
    listing_times.append(time.perf_counter() - t0)
    print(f"edit {i + 1}: page {page_times[-1] * 1000:.0f} ms, listing {listing_times[-1] * 1000:.0f} ms")
    time.sleep(0.2)
source.write_text(original, encoding="utf-8")

# A new record (a file the site did not have): the site is linked again.
serial = re.search(r'index_no = "[^"]*-(\d+)"', original).group(1)
new_file = source.with_name("dl-2024-999999.md")
new_text = original.replace(f"-{serial}\"", "-999999\"", 1).replace('title = "', 'title = "新增：', 1)
t0 = time.perf_counter()
new_file.write_text(new_text, encoding="utf-8")
wait_for("/disclosure/2024/dl-2024-999999/", "新增：")
added = time.perf_counter() - t0
new_file.unlink()
rss = next((l.split()[1] for l in open(f"/proc/{proc.pid}/status") if l.startswith("VmRSS")), "?")
proc.send_signal(signal.SIGINT)
code = proc.wait(timeout=120)


def summary(xs):
    xs = sorted(xs)
    p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
    return f"median {statistics.median(xs) * 1000:.0f} ms, p90 {p90 * 1000:.0f} ms, max {xs[-1] * 1000:.0f} ms"


files = sum(1 for _ in corpus.rglob("*.md"))
print(f"serve: {n} records, {files} files; first load (start to the home page served) {first_load:.1f} s")
print(f"save -> edited page served ({edits} edits of {url}): {summary(page_times)}")
print(f"save -> its listing {listing} served: {summary(listing_times)}")
print(f"save -> a new record's page served: {added * 1000:.0f} ms")
print(f"memory: {int(rss) // 1024 if rss != '?' else '?'} MB resident; Ctrl-C: exit code {code}")
