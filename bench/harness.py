#!/usr/bin/env python3
"""Verbonden benchmark harness: everything around the Gatling runs (bench/README.md).

Talks to the bench server on loopback only. Writes JSON lines into the results directory; nothing asserts on time.

  harness.py start-cold          start the bench server, time until /health/ready and until the first page
  harness.py stop                stop the bench server
  harness.py baseline            save the register page (as the regisseur sees it) as the static baseline file
  harness.py memory LABEL        server RSS (ps) and heap (jcmd GC.heap_info) now, and live heap after a full GC
  harness.py memory-watch LABEL SECONDS INTERVAL   RSS and heap every INTERVAL s for SECONDS (no forced GC)
  harness.py viewmem [N]         heap each page's view keeps in the session (N views per page, at most 10; full GCs)
  harness.py pdf [N]             time N sequential draft overview PDFs (unloaded)
  harness.py import              time importing 10,000 measurements (2 CSV files of 5,000 rows) through the page
  harness.py sqlcount LABEL      SQL statements per page (PostgreSQL log_statement=all on the bench database)
  harness.py summarise DIR LABEL [LOOP_S]  turn a Gatling report (index.html) into rows of results/gatling.csv;
                                 LOOP_S: the seconds of a single-page loop, for throughput without the log-in
Environment: BENCH_DB (default verbonden_bench_l), BENCH_PORT (9380), BENCH_RESULTS (bench/results),
             BENCH_WLP (target/liberty/wlp), PGLOG (/var/log/postgresql/postgresql-15-main.log)
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
import time
from datetime import datetime, timezone

import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DB = os.environ.get("BENCH_DB", "verbonden_bench_l")
PORT = int(os.environ.get("BENCH_PORT", "9380"))
BASE = f"http://127.0.0.1:{PORT}"
RESULTS = os.environ.get("BENCH_RESULTS", os.path.join(ROOT, "bench", "results"))
WLP = os.environ.get("BENCH_WLP", os.path.join(ROOT, "target", "liberty", "wlp"))
SERVER = "bench"
PGLOG = os.environ.get("PGLOG", "/var/log/postgresql/postgresql-15-main.log")
LOGIN = ("regisseur.woudenberg", "verbonden")


def record(kind, **values):
    os.makedirs(RESULTS, exist_ok=True)
    row = {"kind": kind, "at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "db": DB, **values}
    with open(os.path.join(RESULTS, "measurements.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
    print(json.dumps(row))


def psql(sql, db=None):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db or DB, "-Atc", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def login():
    s = requests.Session()
    r = s.get(BASE + "/register/parties.xhtml")
    r.raise_for_status()
    token = re.search(r'name="vb_token" value="([^"]+)"', r.text).group(1)
    r = s.post(BASE + "/aanmelden", data={"vb_token": token, "j_username": LOGIN[0], "j_password": LOGIN[1]})
    r.raise_for_status()
    if 'id="j_username"' in r.text:
        raise SystemExit("login failed")
    return s


def logout(s):
    """Logs out as the menu's button does: POST /afmelden with the session's form token (from any page)."""
    r = s.get(BASE + "/index.xhtml")
    token = re.search(r'name="vb_token" value="([^"]+)"', r.text).group(1)
    s.post(BASE + "/afmelden", data={"vb_token": token})


def faces_state(text):
    vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', text).group(1)
    nonce = re.search(r"csp\.init\('([^']+)'", text).group(1)
    return vs, nonce


def server_pid():
    with open(os.path.join(WLP, "usr", "servers", ".pid", SERVER + ".pid")) as f:
        return int(f.read().strip())


def server(command):
    return subprocess.run([os.path.join(WLP, "bin", "server"), command, SERVER], capture_output=True, text=True)


def start_cold():
    t0 = time.monotonic()
    out = server("start")
    if out.returncode != 0:
        raise SystemExit(out.stdout + out.stderr)
    ready = None
    for _ in range(600):
        try:
            if requests.get(BASE + "/health/ready", timeout=5).status_code == 200:
                ready = time.monotonic() - t0
                break
        except requests.RequestException:
            pass
        time.sleep(0.2)
    if ready is None:
        raise SystemExit("server not ready after 120 s")
    t1 = time.monotonic()
    s = login()
    r = s.get(BASE + "/register/parties.xhtml")
    r.raise_for_status()
    first = time.monotonic() - t1
    t2 = time.monotonic()
    s.get(BASE + "/register/parties.xhtml").raise_for_status()
    second = time.monotonic() - t2
    record("cold_start", ready_s=round(ready, 2), first_login_and_list_s=round(first, 2),
           second_list_s=round(second, 3), pid=server_pid())


def baseline():
    s = login()
    r = s.get(BASE + "/register/parties.xhtml")
    r.raise_for_status()
    target = os.path.join(WLP, "usr", "servers", SERVER, "dropins", "bench-baseline.war")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "register.html"), "w", encoding="utf-8") as f:
        f.write(r.text)
    # Until the static application has started, the path falls to the application at "/" (its login page)
    for _ in range(150):
        static = requests.get(BASE + "/bench-baseline/register.html")
        if static.status_code == 200 and "ui-paginator" in static.text:
            break
        time.sleep(0.2)
    else:
        raise SystemExit("the static baseline application did not start")
    size = len(static.content)
    record("static_baseline", bytes=size, register_page_bytes=len(r.content))


def heap_info(pid):
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    m = re.search(r"total (\d+)K, used (\d+)K", info)
    return (int(m.group(1)) // 1024, int(m.group(2)) // 1024) if m else (None, None)


def rss_mib(pid):
    return int(subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True).stdout) // 1024


def live_heap_kib(pid):
    """Heap used after a forced full GC: what stays live."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    return int(re.search(r"total \d+K, used (\d+)K", info).group(1))


def memory(label):
    pid = server_pid()
    rss = rss_mib(pid)
    heap_total, heap_used = heap_info(pid)
    record("memory", label=label, rss_mib=rss, heap_committed_mib=heap_total, heap_used_mib=heap_used,
           heap_used_after_full_gc_mib=live_heap_kib(pid) // 1024)


def memory_watch(label, seconds, interval):
    """Samples RSS and heap (no forced GC) every interval seconds, while a run goes on."""
    pid = server_pid()
    start = time.monotonic()
    samples = []
    while time.monotonic() - start < seconds:
        time.sleep(interval)
        heap_total, heap_used = heap_info(pid)
        samples.append({"s": round(time.monotonic() - start), "rss_mib": rss_mib(pid),
                        "heap_committed_mib": heap_total, "heap_used_mib": heap_used})
    record("memory_watch", label=label, interval_s=interval, samples=samples)


def view_memory(n):
    """Heap each page's view keeps in the HTTP session: n GETs of the page in one session, live heap before and
    after (forced full GCs), divided by n. Faces keeps the last views of a session (and their view-scoped beans):
    n must not exceed the number it keeps (10, org.apache.myfaces.NUMBER_OF_VIEWS_IN_SESSION in web.xml)."""
    pid = server_pid()
    s = login()
    r = s.get(BASE + "/register/parties.xhtml")
    party = re.search(r"/register/party\.xhtml\?id=(\d+)", r.text).group(1)
    r = s.get(BASE + "/dvo/index.xhtml")
    agreement = re.search(r"/dvo/agreement\.xhtml\?id=(\d+)", r.text).group(1)
    logout(s)
    pages = {"register list": "/register/parties.xhtml", "party page": f"/register/party.xhtml?id={party}",
             "agreement dashboard": "/dvo/index.xhtml", "agreement page": f"/dvo/agreement.xhtml?id={agreement}",
             "quadrant matrix": "/kwadranten/index.xhtml", "role matrix": "/rollen/matrix.xhtml"}
    for name, path in pages.items():
        s = login()
        s.get(BASE + path).raise_for_status()  # the log-in's own view, and lazily created session state
        before = live_heap_kib(pid)
        for _ in range(n):
            s.get(BASE + path).raise_for_status()
        after = live_heap_kib(pid)
        record("view_memory", page=name, views=n, kib_per_view=round((after - before) / n))
        logout(s)


def pdf(n):
    s = login()
    times = []
    size = 0
    for _ in range(n):
        t0 = time.monotonic()
        r = s.get(BASE + "/overzichten/concept.pdf?jaar=2026")
        times.append(round(time.monotonic() - t0, 2))
        r.raise_for_status()
        if r.headers.get("Content-Type") != "application/pdf":
            raise SystemExit("no PDF: " + r.headers.get("Content-Type", ""))
        size = len(r.content)
    parties = psql("SELECT COUNT(*) FROM party WHERE tenant_code = 'GM0351'")
    record("overview_pdf", parties=int(parties), seconds=times, bytes=size)


def import_measurements():
    agreement = psql("SELECT id FROM agreement WHERE tenant_code = 'GM0351' AND title = 'DVO Benchmark import'")
    if not agreement:
        raise SystemExit("no import agreement: generate the data set with the bench generator")
    # start from nothing, so every row is new (bench database only)
    psql(f"DELETE FROM measurement_change WHERE measurement_id IN (SELECT m.id FROM measurement m JOIN "
         f"agreement_indicator i ON i.id = m.indicator_id WHERE i.agreement_id = {agreement})")
    psql(f"DELETE FROM escalation_event WHERE escalation_id IN (SELECT id FROM escalation WHERE agreement_id = {agreement})")
    psql(f"DELETE FROM escalation WHERE agreement_id = {agreement}")
    psql(f"DELETE FROM measurement WHERE indicator_id IN "
         f"(SELECT id FROM agreement_indicator WHERE agreement_id = {agreement})")
    months = [f"{2018 + m // 12}-{m % 12 + 1:02d}" for m in range(100)]  # 2018-01 .. 2026-04
    rows = [f"Importindicator {i + 1:03d};{month};{(i * 7 + k * 3) % 100},{k % 10}0;Bench;"
            for i in range(100) for k, month in enumerate(months)]
    files = [rows[:5000], rows[5000:]]
    s = login()
    times = []
    for part in files:
        r = s.get(BASE + f"/dvo/agreement.xhtml?id={agreement}")
        r.raise_for_status()
        vs, nonce = faces_state(r.text)
        body = ("indicator;periode;waarde;bron;toelichting\n" + "\n".join(part) + "\n").encode("utf-8")
        data = {
            "jakarta.faces.partial.ajax": "true",
            "jakarta.faces.source": "import:bestand",
            "jakarta.faces.partial.execute": "import:bestand",
            "jakarta.faces.partial.render": "@all",
            "import": "import",
            "import:bestand_totalFilesCount": "1",  # what PrimeFaces' uploader adds
            "primefaces.nonce": nonce,
            "jakarta.faces.ViewState": vs,
        }
        t0 = time.monotonic()
        r = s.post(BASE + "/dvo/agreement.xhtml", data=data,
                   files={"import:bestand": ("metingen.csv", body, "text/csv")},
                   headers={"Faces-Request": "partial/ajax", "X-Requested-With": "XMLHttpRequest"})
        times.append(round(time.monotonic() - t0, 2))
        r.raise_for_status()
        if "<error>" in r.text:
            raise SystemExit("import failed: " + r.text[:2000])
    stored = int(psql(f"SELECT COUNT(*) FROM measurement m JOIN agreement_indicator i ON i.id = m.indicator_id "
                      f"WHERE i.agreement_id = {agreement}"))
    if stored != len(rows):
        raise SystemExit(f"expected {len(rows)} stored measurements, found {stored}; last answer: {r.text[:1500]}")
    record("import_10000", files=len(files), rows=len(rows), seconds_per_file=times,
           total_s=round(sum(times), 2), stored=stored)


def sqlcount(label):
    """Counts the statements the bench database logs per request; needs log_statement=all on the database
    (ALTER DATABASE ... SET log_statement = 'all', then a server restart so the pool reconnects)."""
    tag = f"@{DB} LOG:  "

    def count_since(offset):
        with open(PGLOG, "rb") as f:
            f.seek(offset)
            text = f.read().decode("utf-8", "replace")
        lines = [l for l in text.splitlines() if tag in l and ("LOG:  execute" in l or "LOG:  statement:" in l)]
        control = re.compile(r"(statement|execute [^:]*):\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW)\b")
        plain = [l for l in lines if not control.search(l.split(tag, 1)[1])]
        return len(lines), len(plain)

    s = login()
    pages = {}

    def measure(name, call):
        time.sleep(0.5)
        offset = os.path.getsize(PGLOG)
        r = call()
        r.raise_for_status()
        time.sleep(1.0)  # the log writer
        pages[name] = count_since(offset)
        return r

    for round_ in range(2):  # the first round warms caches; the second is recorded
        pages.clear()
        r = measure("register list", lambda: s.get(BASE + "/register/parties.xhtml"))
        vs, nonce = faces_state(r.text)
        party = re.search(r"/register/party\.xhtml\?id=(\d+)", r.text).group(1)
        ajax = {"jakarta.faces.partial.ajax": "true", "lijst": "lijst", "primefaces.nonce": nonce,
                "jakarta.faces.ViewState": vs}
        hdr = {"Faces-Request": "partial/ajax"}
        measure("register page", lambda: s.post(BASE + "/register/parties.xhtml", headers=hdr, data={
            **ajax, "jakarta.faces.source": "lijst:partijen", "jakarta.faces.partial.execute": "lijst:partijen",
            "jakarta.faces.partial.render": "lijst:partijen", "lijst:partijen": "lijst:partijen",
            "lijst:partijen_pagination": "true", "lijst:partijen_first": "25", "lijst:partijen_rows": "25",
            "lijst:partijen_skipChildren": "true", "lijst:partijen_encodeFeature": "true"}))
        measure("register filter", lambda: s.post(BASE + "/register/parties.xhtml", headers=hdr, data={
            **ajax, "jakarta.faces.source": "lijst:groep", "jakarta.faces.partial.execute": "lijst:groep",
            "jakarta.faces.partial.render": "lijst:partijen", "jakarta.faces.behavior.event": "change",
            "jakarta.faces.partial.event": "change", "lijst:groep_input": "GEMEENSCHAPPELIJKE_REGELINGEN"}))
        measure("party page", lambda: s.get(BASE + f"/register/party.xhtml?id={party}"))
        r = measure("agreement dashboard", lambda: s.get(BASE + "/dvo/index.xhtml"))
        agreement = re.search(r"/dvo/agreement\.xhtml\?id=(\d+)", r.text).group(1)
        measure("agreement page", lambda: s.get(BASE + f"/dvo/agreement.xhtml?id={agreement}"))
        measure("quadrant matrix", lambda: s.get(BASE + "/kwadranten/index.xhtml"))
        measure("overview pdf", lambda: s.get(BASE + "/overzichten/concept.pdf?jaar=2026"))
        # the pages of the second wave (issue 22)
        measure("start page", lambda: s.get(BASE + "/index.xhtml"))
        measure("calendar", lambda: s.get(BASE + "/jaar/index.xhtml"))
        measure("api parties", lambda: s.get(BASE + "/api/v1/partijen?paginaGrootte=20",
                                             headers={"Accept": "application/json"}))
        measure("positioning", lambda: s.get(BASE + "/positionering/index.xhtml"))
        measure("header search", lambda: s.get(BASE + "/zoeken.xhtml?q=Jeugdzorg"))
    parties = int(psql("SELECT COUNT(*) FROM party WHERE tenant_code = 'GM0351'"))
    for name, (total, plain) in pages.items():
        record("sql_per_page", label=label, parties=parties, page=name, statements=total,
               statements_without_tx_control=plain)


COLUMNS = ["total", "ok", "ko", "ko_pct", "rps", "min_ms", "p50_ms", "p75_ms", "p95_ms", "p99_ms", "max_ms",
           "mean_ms", "stddev_ms"]


def summarise(report_dir, label, loop_s=""):
    with open(os.path.join(report_dir, "index.html"), encoding="utf-8") as f:
        text = f.read()
    rows = []
    for m in re.finditer(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', text, re.S):
        name_m = re.search(r'class="ellipsed-name">([^<]*)<', m.group(2))
        values = re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', m.group(2))
        if not name_m or len(values) < len(COLUMNS):
            continue
        row = {"label": label, "request": html.unescape(name_m.group(1))}
        for (_, v), c in zip(values, COLUMNS):
            row[c] = v.replace(",", "")
        rows.append(row)
    if not rows:
        raise SystemExit("no statistics found in " + report_dir)
    path = os.path.join(RESULTS, "gatling.csv")
    new = not os.path.exists(path)
    os.makedirs(RESULTS, exist_ok=True)
    with open(path, "a", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["label", "request", *COLUMNS, "loop_s", "report"])
        if new:
            w.writeheader()
        for row in rows:
            w.writerow({**row, "loop_s": loop_s, "report": os.path.basename(report_dir.rstrip("/"))})
    for row in rows:
        print(f"{label:28} {row['request']:28} n={row['total']:>6} ko={row['ko']:>4} rps={row['rps']:>7} "
              f"p50={row['p50_ms']:>6} p95={row['p95_ms']:>6} p99={row['p99_ms']:>6}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "help"
    if cmd == "start-cold":
        start_cold()
    elif cmd == "stop":
        print(server("stop").stdout.strip())
    elif cmd == "baseline":
        baseline()
    elif cmd == "memory":
        memory(sys.argv[2])
    elif cmd == "memory-watch":
        memory_watch(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "viewmem":
        view_memory(int(sys.argv[2]) if len(sys.argv) > 2 else 10)
    elif cmd == "pdf":
        pdf(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    elif cmd == "import":
        import_measurements()
    elif cmd == "sqlcount":
        sqlcount(sys.argv[2])
    elif cmd == "summarise":
        summarise(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "")
    else:
        print(__doc__)
