"""Start-up of offline commands: wall time of a whole `sellermail render` process against
`python -c "import typer, jinja2, yaml"` measured in the same run, and proof that `list`,
`show` and `render` never import the `openai` package.

Usage: python benchmarks/startup.py [--runs N]
Run it with the interpreter of an environment where sellermail is installed from a wheel
(`pip install .`): an editable install adds an import hook that slows every start.
Target (issue 2): render within 1.3x the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The console script a user runs (next to this interpreter), as installed by pip.
SCRIPT = str(Path(sys.executable).with_name("sellermail"))
RENDER = [
    SCRIPT,
    "render",
    "shipping-in-transit",
    "--set",
    "tracking_number=LX123456785CN",
    "--set",
    "buyer_name=Emily",
]
BASELINE = [sys.executable, "-c", "import typer, jinja2, yaml"]
OFFLINE_COMMANDS = {
    "list": ["list"],
    "show": ["show", "shipping-in-transit"],
    "render": RENDER[1:],
}


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def imported_modules(args: list[str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "sellermail", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    for command in (BASELINE, RENDER):  # warm the file cache and .pyc files
        wall(command)
    baseline: list[float] = []
    render: list[float] = []
    for _ in range(runs):  # interleaved, so a busy moment hurts both alike
        baseline.append(wall(BASELINE))
        render.append(wall(RENDER))
    base_ms, render_ms = statistics.median(baseline) * 1000, statistics.median(render) * 1000
    ratio = render_ms / base_ms
    print(f"runs: {runs} each, interleaved; medians")
    print(f"baseline  import typer, jinja2, yaml : {base_ms:7.1f} ms")
    print(f"sellermail render shipping-in-transit: {render_ms:7.1f} ms")
    print(f"ratio: {ratio:.2f}x (target <= 1.30x) -> {'PASS' if ratio <= 1.3 else 'FAIL'}")
    ok = ratio <= 1.3
    for name, args in OFFLINE_COMMANDS.items():
        openai = any(m == "openai" or m.startswith("openai.") for m in imported_modules(args))
        print(f"sellermail {name:6}: imports openai: {'YES -> FAIL' if openai else 'no'}")
        ok = ok and not openai
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
