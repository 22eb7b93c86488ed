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
          ("agreement", "agreement page"), ("matrix", "quadrant matrix")]


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
    labels = sorted({label for label, _ in stats if label.startswith("session-")},
                    key=lambda l: int(l.split("-")[1].rstrip("u")))
    if labels:
        out.append("### Regisseur session, per page (closed model, each user logs in, works through the pages, "
                   "logs out, starts again)\n")
        out.append("| Page | " + " | ".join(f"{l.split('-')[1].rstrip('u')} users: p50 / p95 / p99 ms, req/s, KO"
                                            for l in labels) + " |")
        out.append("|---|" + "---|" * len(labels))
        for page in PAGES + ["All Requests"]:
            cells = []
            for l in labels:
                r = stats.get((l, page))
                cells.append(f"{r['p50_ms']} / {r['p95_ms']} / {r['p99_ms']}, {r['rps']}, {r['ko']}" if r else "–")
            out.append(f"| {page} | " + " | ".join(cells) + " |")
        out.append("")
    static = sorted({label for label, _ in stats if label.startswith("static-")},
                    key=lambda l: int(l.split("-")[1].rstrip("u")))
    if static:
        out.append("### Static baseline (a saved copy of the register page, same Liberty, no login)\n")
        out.append("| Users | req/s | p50 ms | p95 ms | p99 ms | KO |")
        out.append("|---|---|---|---|---|---|")
        for l in static:
            r = stats.get((l, "static baseline"))
            if r:
                out.append(f"| {l.split('-')[1].rstrip('u')} | {loop_rps(r):.1f} | {r['p50_ms']} | {r['p95_ms']} | "
                           f"{r['p99_ms']} | {r['ko']} |")
        out.append("")
    singles = [l for l, _ in stats if l.startswith("single-")]
    if singles:
        users = singles[0].rsplit("-", 1)[1]
        base = stats.get((f"static-{users}", "static baseline"))
        out.append(f"### Each page alone, {users.rstrip('u')} concurrent users, no pause; throughput as a ratio to the "
                   f"static baseline at the same concurrency\n")
        out.append("| Page | req/s (OK per second of the loop) | ratio to static | p50 ms | p95 ms | p99 ms | KO |")
        out.append("|---|---|---|---|---|---|---|")
        for key, name in SINGLE:
            r = stats.get((f"single-{key}-{users}", name))
            if r:
                rps = loop_rps(r)
                ratio = f"{rps / loop_rps(base):.3f}" if base and loop_rps(base) else "–"
                out.append(f"| {name} | {rps:.1f} | {ratio} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
                           f"{r['ko']} |")
        if base:
            out.append(f"| static baseline | {loop_rps(base):.1f} | 1 | {base['p50_ms']} | {base['p95_ms']} | "
                       f"{base['p99_ms']} | {base['ko']} |")
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
