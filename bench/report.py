#!/usr/bin/env python3
"""Turns bench/results/gatling.csv and measurements.jsonl into bench/results/summary.md (tables for the README).

  report.py [RESULTS_DIR]
Only the latest row per label and request counts (a rerun replaces earlier figures).
"""
import csv
import json
import os
import platform
import subprocess
import sys

RESULTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")

PAGES = ["login", "register list", "register page", "register filter", "register search", "party page",
         "agreement dashboard", "agreement page", "quadrant matrix", "overview pdf"]
SINGLE = [("list", "register list"), ("page", "register page"), ("filter", "register filter"),
          ("search", "register search"), ("party", "party page"), ("dashboard", "agreement dashboard"),
          ("agreement", "agreement page"), ("matrix", "quadrant matrix"),
          # the second wave's pages (issue 22)
          ("start", "start page"), ("calendar", "calendar"), ("api", "api parties"),
          ("positioning", "positioning"), ("headersearch", "header search")]


def loop_rps(row):
    """Requests per second of a single-page loop: its count over the loop's seconds (the log-in before the loop
    does not count); Gatling's own figure (over the whole run) when the loop time is unknown."""
    if row.get("request") == "static baseline":
        return float(row["rps"])  # no log-in before its loop; it may stop early at the request cap
    if row.get("loop_s"):
        return int(row["ok"]) / float(row["loop_s"])
    return float(row["rps"])


def load():
    stats = {}
    path = os.path.join(RESULTS, "gatling.csv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                stats[(row["label"], row["request"])] = row
    measurements = []
    path = os.path.join(RESULTS, "measurements.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            measurements = [json.loads(line) for line in f if line.strip()]
    return stats, measurements


def machine():
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip()
    mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/{print $2}'"], capture_output=True, text=True).stdout.strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    pg = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "SHOW server_version"],
                        capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {mem} GiB RAM, {platform.system()} {platform.release()}, {java}, "
            f"PostgreSQL {pg}, Open Liberty 26.0.0.5; Gatling runs on the same machine (loopback)")


def users_of(label):
    return int(label.rsplit("-", 1)[1].rstrip("u"))


def labels_with(stats, prefix):
    return sorted({label for label, _ in stats if label.startswith(prefix)}, key=users_of)


def cell(r):
    return f"{r['p50_ms']} / {r['p95_ms']} / {r['p99_ms']}, {r['rps']}, {r['ko']}" if r else "–"


def per_page_table(stats, labels, header):
    out = ["| Page | " + " | ".join(header(l) for l in labels) + " |", "|---|" + "---|" * len(labels)]
    for page in PAGES + ["All Requests"]:
        if any(stats.get((l, page)) for l in labels):
            out.append(f"| {page} | " + " | ".join(cell(stats.get((l, page))) for l in labels) + " |")
    return out + [""]


def targets(stats, measurements):
    """The issue's targets against the 20-user session run (and the unloaded PDF, errors and memory of the run)."""
    run = "session-20u"
    if not any(label == run for label, _ in stats):
        return []
    out = ["### Against the targets (20 concurrent users, size and database as above, 2 cores)\n",
           "| Target | Measured | Met? |", "|---|---|---|"]

    def p95(page, limit, name):
        r = stats.get((run, page))
        if r:
            ok = int(r["p95_ms"]) <= limit
            out.append(f"| {name} p95 ≤ {limit} ms | {r['p95_ms']} ms (p50 {r['p50_ms']}, p99 {r['p99_ms']}; "
                       f"{r['total']} requests) | {'yes' if ok else 'no'} |")

    p95("register list", 200, "register list")
    p95("register page", 200, "register list, next page (ajax)")
    p95("register filter", 200, "register list, filtered (ajax)")
    p95("party page", 300, "party page")
    p95("agreement dashboard", 300, "agreement dashboard")
    p95("quadrant matrix", 300, "quadrant matrix (200 points)")
    pdfs = [m for m in measurements if m["kind"] == "overview_pdf"]
    if pdfs:
        worst = max(pdfs[-1]["seconds"])
        loaded = stats.get((run, "overview pdf"))
        extra = f"; in the 20-user run: max {int(loaded['max_ms']) / 1000:.1f} s of {loaded['total']}" if loaded else ""
        out.append(f"| overview PDF of {pdfs[-1]['parties']} parties ≤ 5 s | unloaded: "
                   f"{', '.join(str(x) for x in pdfs[-1]['seconds'])} s{extra} | {'yes' if worst <= 5 else 'no'} |")
    ko = sum(int(r["ko"]) for (label, request), r in stats.items() if request == "All Requests")
    out.append(f"| 0 errors | {ko} KO over all recorded runs | {'yes' if ko == 0 else 'no'} |")
    rss = [m["rss_mib"] for m in measurements if m["kind"] == "memory"]
    rss += [x["rss_mib"] for m in measurements if m["kind"] == "memory_watch" for x in m["samples"]]
    if rss:
        out.append(f"| RSS ≤ 1 GiB | at most {max(rss)} MiB (every memory reading of the run, the 10-minute run "
                   f"sampled every 30 s) | {'yes' if max(rss) <= 1024 else 'no'} |")
    return out + [""]


def main():
    stats, measurements = load()
    out = []
    out.append(f"Machine: {machine()}\n")
    gen = [m for m in measurements if m["kind"] == "generate"]
    if gen:
        g = gen[-1]
        rows = g["generator"]["rows"]
        out.append(f"Data set: size {g['generator']['size']} (seed {g['generator']['seed']}) in `{g['db']}`: "
                   f"{rows.get('tenant', 0)} tenants, {rows.get('party', 0):,} parties, "
                   f"{rows.get('agreement', 0):,} agreements, {rows.get('agreement_indicator', 0):,} indicators, "
                   f"{rows.get('measurement', 0):,} measurements; database {g['db_size']}. Generated in "
                   f"{g['wall_s']} s wall clock (migration {g['generator']['migration_s']} s, load "
                   f"{g['generator']['load_s']} s, including ANALYZE).\n")
    out += targets(stats, measurements)
    sessions = labels_with(stats, "session-")
    if sessions:
        out.append("### Regisseur session with a pause between pages, per page (p50 / p95 / p99 ms, req/s, KO)\n")
        out += per_page_table(stats, sessions, lambda l: f"{users_of(l)} users")
    saturation = labels_with(stats, "saturation-")
    if saturation:
        out.append("### Saturation: the same session without pauses (p50 / p95 / p99 ms, req/s, KO)\n")
        out += per_page_table(stats, saturation, lambda l: f"{users_of(l)} users, no pause")
    long_runs = labels_with(stats, "long-")
    if long_runs:
        out.append("### Ten-minute run with a pause between pages (p50 / p95 / p99 ms, req/s, KO)\n")
        out += per_page_table(stats, long_runs, lambda l: f"{users_of(l)} users, 10 minutes")
        for m in [m for m in measurements if m["kind"] == "memory_watch"]:
            xs = m["samples"]
            if xs:
                out.append(f"Memory during `{m['label']}` ({len(xs)} samples, every {m['interval_s']} s, no forced GC): "
                           f"RSS {xs[0]['rss_mib']} MiB after {xs[0]['s']} s, at most "
                           f"{max(x['rss_mib'] for x in xs)} MiB, {xs[-1]['rss_mib']} MiB after {xs[-1]['s']} s; "
                           f"heap used between {min(x['heap_used_mib'] for x in xs)} and "
                           f"{max(x['heap_used_mib'] for x in xs)} MiB of {xs[-1]['heap_committed_mib']} MiB "
                           f"committed. RSS series: {', '.join(str(x['rss_mib']) for x in xs)}.\n")
    statics = {users_of(l): stats.get((l, "static baseline")) for l in labels_with(stats, "static-")}
    single_users = sorted({users_of(l) for l, _ in stats if l.startswith("single-")})
    if single_users:
        out.append("### Each page alone, no pause: req/s (ratio to the static file at the same concurrency), "
                   "p50 / p95 ms, KO\n")
        out.append("| Page | " + " | ".join(f"{u} users" for u in single_users) + " |")
        out.append("|---|" + "---|" * len(single_users))
        for key, name in SINGLE:
            cells = []
            for u in single_users:
                r = stats.get((f"single-{key}-{u}u", name))
                base = statics.get(u)
                if r:
                    ratio = f"{loop_rps(r) / loop_rps(base):.3f}" if base and loop_rps(base) else "–"
                    cells.append(f"{loop_rps(r):.1f} ({ratio}), {r['p50_ms']} / {r['p95_ms']}, {r['ko']}")
                else:
                    cells.append("–")
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        cells = []
        for u in single_users:
            base = statics.get(u)
            cells.append(f"{loop_rps(base):.1f} (1), {base['p50_ms']} / {base['p95_ms']}, {base['ko']}" if base else "–")
        out.append("| static file (register page saved) | " + " | ".join(cells) + " |")
        out.append("")
    views = [m for m in measurements if m["kind"] == "view_memory"]
    if views:
        out.append("### Heap a page view keeps in the HTTP session (live heap after full GCs, "
                   f"{views[-1]['views']} views per page)\n")
        out.append("| Page | KiB per view |")
        out.append("|---|---|")
        latest = {}
        for m in views:
            latest[m["page"]] = m
        for m in latest.values():
            out.append(f"| {m['page']} | {m['kib_per_view']} |")
        out.append("")
    out.append("### Other figures\n")
    out.append("| Figure | Value |")
    out.append("|---|---|")
    for m in measurements:
        k = m["kind"]
        db = m["db"]
        if k == "cold_start":
            out.append(f"| cold start ({db}) | ready (/health/ready) after {m['ready_s']} s; first login + register "
                       f"list {m['first_login_and_list_s']} s, second list {m['second_list_s']} s |")
        elif k == "memory":
            out.append(f"| memory {m['label']} ({db}) | RSS {m['rss_mib']} MiB; heap committed "
                       f"{m['heap_committed_mib']} MiB, used {m['heap_used_mib']} MiB, used after full GC "
                       f"{m['heap_used_after_full_gc_mib']} MiB |")
        elif k == "overview_pdf":
            out.append(f"| draft overview PDF, {m['parties']} parties ({db}), unloaded, sequential | "
                       f"{', '.join(str(s) for s in m['seconds'])} s ({m['bytes']:,} bytes) |")
        elif k == "import_10000":
            out.append(f"| import {m['rows']:,} measurements ({m['files']} CSV files of 5,000 rows, through the "
                       f"page's upload) ({db}) | {m['total_s']} s ({', '.join(str(s) for s in m['seconds_per_file'])} "
                       f"s per file), {m['stored']:,} stored |")
        elif k == "static_baseline":
            out.append(f"| static baseline file ({db}) | {m['bytes']:,} bytes (register page as served: "
                       f"{m['register_page_bytes']:,} bytes) |")
    sql = [m for m in measurements if m["kind"] == "sql_per_page"]
    if sql:
        out.append("")
        out.append("### SQL statements per request (PostgreSQL log_statement=all on the bench database; second of "
                   "two rounds; in brackets: without BEGIN/COMMIT/SET/SHOW)\n")
        sizes = sorted({m["parties"] for m in sql})
        out.append("| Page | " + " | ".join(f"{s:,} parties" for s in sizes) + " |")
        out.append("|---|" + "---|" * len(sizes))
        pages = []
        for m in sql:
            if m["page"] not in pages:
                pages.append(m["page"])
        latest = {(m["page"], m["parties"]): m for m in sql}
        for p in pages:
            cells = []
            for s in sizes:
                m = latest.get((p, s))
                cells.append(f"{m['statements']} ({m['statements_without_tx_control']})" if m else "–")
            out.append(f"| {p} | " + " | ".join(cells) + " |")
    text = "\n".join(out) + "\n"
    with open(os.path.join(RESULTS, "summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
