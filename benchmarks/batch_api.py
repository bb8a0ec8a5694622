"""`sellermail batch --via batch-api` against the FAKE batch service (tests/fakebatch.py), which
finishes a batch after three looks and answers every request at once: what this measures is
sellermail's own work for a large run (rendering, the request files, uploading, reading the
shuffled output, guarding every reply, writing OUT), not a provider's queue, which is what
takes the time in real use (up to 24 hours; see the README).

Usage: python benchmarks/batch_api.py [--rows 5000] [--concurrency 16]
Prints the wall time and rows per second of the run, the batches and bytes it submitted, and
the same rows through --via direct against the fake live server for comparison.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from batch import write_rows  # noqa: E402
from fakebatch import FakeBatchAPI  # noqa: E402
from fakeserver import FakeLLM, Reply  # noqa: E402


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "sellermail", *args], env=env,
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"sellermail exited {done.returncode}:\n{done.stderr}")
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "in.csv"
        write_rows(source, options.rows)
        env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"),
                   PYTHONPATH=str(ROOT / "src"), OPENAI_API_KEY="sk-bench")  # fmt: skip
        common = [str(source), "--scenario", "shipping-in-transit", "--model", "fake",
                  "--no-cache"]  # fmt: skip
        with FakeBatchAPI() as api:
            seconds = timed(["batch", *common, "--out", str(work / "a.jsonl"), "--base-url",
                             api.url, "--via", "batch-api", "--poll", "0.1"], env)  # fmt: skip
            sent = sum(len(api.files[b.input_file_id]) for b in api.created())
            batches = len(api.created())
        print(f"--via batch-api (fake service): {options.rows:,} rows in {seconds:.1f} s "
              f"({options.rows / seconds:,.0f} rows/s), {batches} batch(es), "
              f"{sent / 1e6:.1f} MB of requests uploaded")  # fmt: skip
        with FakeLLM([Reply(echo=True)]) as live:
            seconds = timed(["batch", *common, "--out", str(work / "b.jsonl"), "--base-url",
                             live.url, "--concurrency", str(options.concurrency)], env)  # fmt: skip
        print(
            f"--via direct (fake server, no latency, concurrency {options.concurrency}): "
            f"{options.rows:,} rows in {seconds:.1f} s ({options.rows / seconds:,.0f} rows/s)"
        )


if __name__ == "__main__":
    main()
