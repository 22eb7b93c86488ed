#!/usr/bin/env python3
"""Where the server spends its time on one page (issue 22): a JFR recording of the bench server while Gatling
repeats that page, summarised as the hottest frames.

  python3 bench/profile.py PAGE [SECONDS] [USERS]     e.g. python3 bench/profile.py dashboard 20 10

Starts a JFR recording (settings=profile: a stack sample every 10-20 ms per running thread) on the running bench
server, runs bench/loadtest's SinglePage for PAGE, stops the recording into results/profiles/PAGE.jfr and prints
(and writes to results/profiles/PAGE.txt) the frames that were on top of the stack most often ("self") and the
application's own frames by how often they were anywhere on the stack ("total"). Open the .jfr in JDK Mission
Control for the flame graph.
"""
import collections
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def summarise(jfr, out, top=25):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", jfr],
                          capture_output=True, text=True, check=True).stdout
    own = collections.Counter()
    total = collections.Counter()
    ours = collections.Counter()
    samples = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = [line.strip().split("line:")[0].strip() for line in event.splitlines()
                  if line.strip().startswith(("java.", "jdk.", "sun.", "com.", "org.", "nl.", "io.", "jakarta.",
                                              "net.", "liquibase."))]
        if not frames:
            continue
        samples += 1
        own[frames[0]] += 1
        for frame in set(frames):
            total[frame] += 1
            if frame.startswith("nl.verbonden"):
                ours[frame] += 1
    lines = [f"{samples} samples", "", "Self (top of stack):"]
    lines += [f"  {100 * n / samples:5.1f}%  {frame}" for frame, n in own.most_common(top)]
    lines += ["", "Application frames anywhere on the stack:"]
    lines += [f"  {100 * n / samples:5.1f}%  {frame}" for frame, n in ours.most_common(top)]
    lines += ["", "Any frame anywhere on the stack (libraries included):"]
    lines += [f"  {100 * n / samples:5.1f}%  {frame}" for frame, n in total.most_common(top)]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def main():
    page = sys.argv[1]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    users = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    folder = os.path.join(harness.RESULTS, "profiles")
    os.makedirs(folder, exist_ok=True)
    jfr = os.path.join(folder, page + ".jfr")
    pid = str(harness.server_pid())
    subprocess.run(["jcmd", pid, "JFR.start", "name=bench", "settings=profile"], check=True, capture_output=True)
    try:
        subprocess.run(["mvn", "-B", "-q", "-f", "bench/loadtest/pom.xml", "gatling:test",
                        "-Dsimulation=nl.verbonden.bench.SinglePage", "-Dpage=" + page, "-Dusers=" + str(users),
                        "-Dduration=" + str(seconds)], check=False, capture_output=True)
    finally:
        subprocess.run(["jcmd", pid, "JFR.stop", "name=bench", "filename=" + jfr], check=True, capture_output=True)
    summarise(jfr, os.path.join(folder, page + ".txt"))


if __name__ == "__main__":
    main()
