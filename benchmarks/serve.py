"""``newslint serve`` under load: latency of ``POST /api/v1/check`` on a 10 KB story, requests per
second for one worker, and the server's memory over 2,000 requests, through the real command.

    python benchmarks/serve.py [--requests 2000] [--latency 300] [--clients 2] [--kb 10]

Targets (issue 18): p50 <= 50 ms, >= 30 requests/s per worker, no memory growth over 2,000
requests. The stories are built here from sentences written for this benchmark (a dozen variants,
names and numbers changed, so no cache sees the same text twice in a row). Run it on a quiet
machine: the client shares the cores with the server.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

PARAGRAPHS = [
    "Councillors in {town} voted on {day} to ask the Coastal Works Agency (CWA) to repair the sea wall along "
    "the north beach, {n} weeks after a storm surge flooded more than {m} homes and closed the harbour road.",
    "The vote followed a public meeting at which the harbour master, {name}, warned that the wall would not "
    "survive another winter without work, and that the the cost would double if the council waited a year.",
    "\"We were lucky this time,\" {name} said. \"The water came over the wall in four minutes, and it did not "
    "stop until the tide turned.\"",
    "Shopkeepers on Quay Street said they had recieved no warning before the surge, and several said their "
    "insurers had already told them that flood cover would cost more next year.",
    "The CWA has said it could begin work in the spring if the government agrees to pay for most of the "
    "scheme, which engineers have costed at {m} million pounds over three years.",
    "Critics say the money would be better spent raising homes on the lowest streets, and a petition asking "
    "for a second survey has gathered {n} hundred signatures since it opened last month.",
    "A spokesperson for the CWA said the agency would study the request with care and publish its answer "
    "before the end of the year, after talks with the county council and the harbour trust.",
    "{town} last suffered flooding on this scale in 1953, when the old wall was breached in two places and "
    "the lower town was cut off for a week.",
]
TOWNS = ["Vellamouth", "Kestrel Bay", "Ashcombe", "Porthallow", "Marlow Sands", "Hythe Point"]
NAMES = ["Marguerite Okonjo", "Annika Brennan", "Tomas Reyes", "Hilde Varga", "Owen Pryce", "Sadia Karim"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def stories(kb: int, count: int = 12) -> list[str]:
    """``count`` different stories of about ``kb`` KB each."""
    out = []
    for v in range(count):
        fill = {"town": TOWNS[v % len(TOWNS)], "name": NAMES[(v * 5) % len(NAMES)], "day": DAYS[v % len(DAYS)],
                "n": 3 + v, "m": 120 + 7 * v}
        parts = [f"{fill['town']} council backs sea wall repairs after winter floods", ""]
        i = 0
        while len("\n".join(parts).encode("utf-8")) < kb * 1024:
            parts += [PARAGRAPHS[(i + v) % len(PARAGRAPHS)].format(**fill), ""]
            i += 1
        out.append("\n".join(parts))
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its worker processes, in MB."""
    total = 0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def start_server(workers: int) -> tuple[subprocess.Popen, str]:
    folder = tempfile.mkdtemp(prefix="newslint-serve-bench-")
    proc = subprocess.Popen([sys.executable, "-m", "newslint", "serve", "--port", "0", "--workers", str(workers)],
                            cwd=folder, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("newslint serve: http"):
        proc.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return proc, line.split()[2]


def latencies(client: httpx.Client, url: str, texts: list[str], n: int) -> list[float]:
    times = []
    for i in range(n):
        start = time.perf_counter()
        response = client.post(url, json={"text": texts[i % len(texts)]})
        times.append(time.perf_counter() - start)
        response.raise_for_status()
    return times


def throughput(url: str, texts: list[str], clients: int, seconds: float) -> float:
    """Requests per second with ``clients`` clients sending back to back."""
    done = [0] * clients
    stop = time.perf_counter() + seconds

    def work(k: int) -> None:
        with httpx.Client(trust_env=False, timeout=60) as client:
            while time.perf_counter() < stop:
                client.post(url, json={"text": texts[(done[k] + k) % len(texts)]}).raise_for_status()
                done[k] += 1

    threads = [threading.Thread(target=work, args=(k,)) for k in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests for the memory run")
    parser.add_argument("--latency", type=int, default=300, help="sequential requests timed")
    parser.add_argument("--clients", type=int, default=2, help="concurrent clients for requests/s")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the requests/s run")
    parser.add_argument("--kb", type=int, default=10, help="story size")
    args = parser.parse_args()
    texts = stories(args.kb)
    proc, base = start_server(workers=1)
    url = base + "api/v1/check"
    try:
        with httpx.Client(trust_env=False, timeout=60) as client:
            latencies(client, url, texts, 50)  # warm: connections, first-use paths
            times = sorted(latencies(client, url, texts, args.latency))
            rate = throughput(url, texts, args.clients, args.seconds)
            before = rss_mb(proc.pid)
            marks = []
            for _ in range(4):
                latencies(client, url, texts, args.requests // 4)
                marks.append(rss_mb(proc.pid))
        size = len(texts[0].encode("utf-8")) / 1024
        print(f"story: {size:.1f} KB, {len(texts)} variants; one worker; {os.cpu_count()} cores")
        print(f"latency over {args.latency} sequential requests: p50 {1000 * statistics.median(times):.1f} ms, "
              f"p95 {1000 * times[int(0.95 * len(times)) - 1]:.1f} ms, mean {1000 * statistics.fmean(times):.1f} ms")
        print(f"requests/s, one worker, {args.clients} clients for {args.seconds:.0f} s: {rate:.1f}")
        print(f"server memory: {before:.1f} MB before {args.requests} requests; after each quarter: "
              + ", ".join(f"{m:.1f}" for m in marks) + f" MB (growth {marks[-1] - before:+.1f} MB)")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
