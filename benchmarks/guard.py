"""Guard throughput in one process on one core: checks per second over every scenario x tone,
half of the drafts defective (a changed ID, an added link and review request).

Usage: python benchmarks/guard.py [--seconds S]
Target (issue 3): at least 2,000 checks per second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import sellermail
from sellermail.catalogue import TONES
from sellermail.guard import _ledger, guard, ledger_for


def drafts() -> list[tuple[sellermail.Scenario, str, str]]:
    cases = []
    for scenario in sellermail.scenarios():
        channel = scenario.channels[0]
        for tone in TONES:
            text = sellermail.render(scenario, scenario.example, tone=tone, channel=channel).text
            cases.append((scenario, channel, text))
            bad = text.replace("1", "7", 1) + "\nLeave us a 5-star review at www.example.com!"
            cases.append((scenario, channel, bad))
    return cases


def rate(run: object, cases: list, seconds: float, rounds: int = 5) -> float:
    """Checks per second of this process's CPU time (other processes on the machine do not
    count against it; the process is pinned to one core): the median of ``rounds`` rounds."""
    rates = []
    for _ in range(rounds):
        done, start = 0, time.process_time()
        while time.process_time() - start < seconds / rounds:
            for case in cases:
                run(*case)  # type: ignore[operator]
            done += len(cases)
        rates.append(done / (time.process_time() - start))
    return statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    seconds = parser.parse_args().seconds
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    cases = drafts()
    ledgers = {(s.id, c): ledger_for(s, s.example, channel=c) for s, c, _ in cases}
    pure = rate(lambda s, c, t: guard(ledgers[(s.id, c)], t), cases, seconds)
    warm = rate(lambda s, c, t: sellermail.check(s, s.example, t, channel=c), cases, seconds)
    cold = rate(
        lambda s, c, t: (_ledger.cache_clear(), sellermail.check(s, s.example, t, channel=c)),
        cases,
        seconds,
    )
    print(
        f"drafts: {len(cases)} (21 scenarios x 6 tones, good and defective), one core, CPU time, median of 5 rounds"
    )
    print(f"guard(ledger, text)                        : {pure:7,.0f} checks/s")
    print(
        f"check(scenario, facts, text), ledger known : {warm:7,.0f} checks/s"
        "  (a new draft of facts already checked)"
    )
    print(
        f"check(scenario, facts, text), ledger new   : {cold:7,.0f} checks/s"
        "  (renders the scenario first)"
    )
    ok = pure >= 2000 and warm >= 2000
    print(
        f"target >= 2,000 checks/s (guard, and check with a known ledger): {'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
