"""Batch throughput, measured on the real command line (`sellermail batch` as a subprocess).

1. Concurrency: N rows against the fake OpenAI-compatible server (tests/fakeserver.py) answering
   each request after a fixed latency; prints the wall time against the ideal
   (rows x latency / concurrency) plus start-up, and the most requests the server saw in flight.
2. Offline: 10,000 and 100,000 rows rendered without a model; prints rows per second and the
   peak memory of each run (flat memory: the two peaks are close).

Usage: python benchmarks/batch.py [--rows 400] [--latency 0.5] [--concurrency 16]
       [--offline-rows 100000] [--skip-offline]
Targets (issue 5): within 1.15x ideal plus start-up with >= 15 in flight (400 rows, 500 ms,
concurrency 16); offline >= 2,000 rows/s with flat memory.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import FakeLLM, Reply  # noqa: E402

SELLERMAIL = shutil.which("sellermail", path=str(Path(sys.executable).parent)) or "sellermail"


def write_rows(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(["id", "订单号", "买家姓名", "跟踪号", "物流商"])
        for n in range(rows):
            out.writerow([f"A{n}", f"113-{n % 10_000_000:07d}-{n:07d}", f"Buyer {n}",
                          f"9400111899223{n:09d}", "USPS"])  # fmt: skip


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """When one `sellermail` run started and how long it took (time.monotonic)."""
    start = time.monotonic()
    done = subprocess.run([SELLERMAIL, *args], env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"sellermail {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return start, elapsed


def peak_kib(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory of a run, in a child of its own."""
    code = (
        "import resource, subprocess, sys, time; s = time.perf_counter(); "
        "r = subprocess.run(sys.argv[1:], capture_output=True); "
        "e = time.perf_counter() - s; "
        "print(r.returncode, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, SELLERMAIL, *args], env=env,
                         capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    if out[0] != "0":
        sys.exit(f"sellermail {' '.join(args)} exited {out[0]}")
    return float(out[1]), int(out[2])


def concurrency(folder: Path, rows: int, latency: float, width: int, env: dict[str, str]) -> bool:
    source = folder / "rows.csv"
    write_rows(source, rows)
    with FakeLLM([Reply(echo=True, delay=latency)]) as server:
        launched, elapsed = run(["batch", str(source), "--out", str(folder / "out.jsonl"),
                          "--scenario", "shipping-in-transit", "--base-url", server.url,
                          "--model", "fake", "--concurrency", str(width), "--no-cache"], env)  # fmt: skip
        seen, requests = server.max_in_flight, len(server.received)
        startup = (server.first_at or launched) - launched
    ideal = rows * latency / width
    ratio = (elapsed - startup) / ideal
    print(f"concurrency: {rows} rows, {latency * 1000:.0f} ms latency, --concurrency {width}")
    print(f"  requests {requests}, wall {elapsed:.2f} s, start-up (launch to first request) "
          f"{startup:.2f} s, "
          f"ideal {ideal:.2f} s -> {ratio:.3f}x ideal (target <= 1.15x)")  # fmt: skip
    print(f"  most requests in flight at once: {seen} (target >= {width - 1})")
    return ratio <= 1.15 and seen >= width - 1 and requests == rows


def offline(folder: Path, rows: int, env: dict[str, str]) -> bool:
    ok = True
    peaks = []
    for count in (rows // 10, rows):
        source = folder / f"offline-{count}.csv"
        write_rows(source, count)
        elapsed, peak = peak_kib(["batch", str(source), "--out", str(folder / f"o{count}.jsonl"),
                                  "--scenario", "shipping-in-transit", "--offline"], env)  # fmt: skip
        lines = sum(1 for _ in (folder / f"o{count}.jsonl").open(encoding="utf-8"))
        rate = count / elapsed
        peaks.append(peak)
        print(f"offline: {count:,} rows in {elapsed:.2f} s = {rate:,.0f} rows/s "
              f"(target >= 2,000), peak memory {peak / 1024:.1f} MiB, {lines:,} lines")  # fmt: skip
        ok = ok and rate >= 2000 and lines == count
    growth = peaks[1] / peaks[0]
    print(f"  peak memory x{growth:.2f} for 10x the rows (flat: close to 1)")
    return ok and growth < 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--offline-rows", type=int, default=100_000)
    parser.add_argument("--skip-offline", action="store_true")
    options = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SELLERMAIL_"))}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env["XDG_CACHE_HOME"] = str(folder / "cache")
        env["SELLERMAIL_CONFIG"] = str(folder / "none.toml")
        ok = concurrency(folder, options.rows, options.latency, options.concurrency, env)
        if not options.skip_offline:
            ok = offline(folder, options.offline_rows, env) and ok
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
