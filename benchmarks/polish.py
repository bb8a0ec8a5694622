"""Our own work per polish attempt: prompt building, the guard, reply parsing, bookkeeping —
everything but the HTTP round trip, which a stub replaces.

Usage: python benchmarks/polish.py [--rounds N]
Target (issue 4): under 5 ms per attempt.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import sellermail
from sellermail.compose.catalogue import TONES
from sellermail.llm.client import ChatRequest, Completion
from sellermail.llm.config import LLMSettings

SETTINGS = LLMSettings(base_url="http://localhost:8080/v1", model="stub", temperature=0.0,
                       timeout=60, profile=None)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    cases = [(s, tone) for s in sellermail.scenarios() for tone in TONES]

    def replying(text: str) -> object:
        def send(request: ChatRequest, settings: LLMSettings) -> Completion:
            return Completion(text, "stop", 500, 200)

        return send

    per_attempt: list[float] = []
    first_try: list[float] = []
    for _ in range(rounds):
        for scenario, tone in cases:
            channel = scenario.channels[0]
            body = sellermail.render(scenario, scenario.example, tone=tone, channel=channel).body
            good, bad = (
                replying(body),
                replying(body.replace("Customer", "Client") + " Call 555-0100."),
            )
            start = time.perf_counter()
            ok = sellermail.polish(scenario, scenario.example, tone=tone, channel=channel,
                                   settings=SETTINGS, send=good)  # fmt: skip
            first_try.append(time.perf_counter() - start)
            start = time.perf_counter()
            failed = sellermail.polish(scenario, scenario.example, tone=tone, channel=channel,
                                       settings=SETTINGS, send=bad, max_attempts=3)  # fmt: skip
            per_attempt.append((time.perf_counter() - start) / failed.attempts)
            assert ok.source == "llm" and failed.source == "fallback", (scenario.id, tone)
    p95 = statistics.quantiles(per_attempt, n=20)[-1] * 1000
    print(f"cases: {len(cases)} (21 scenarios x 6 tones) x {rounds} rounds, HTTP stubbed out")
    print(
        f"whole polish, first attempt passes (render + ledger + attempt): "
        f"median {statistics.median(first_try) * 1000:.2f} ms"
    )
    print(
        f"per attempt, failing attempts (prompt, guard, parsing): median "
        f"{statistics.median(per_attempt) * 1000:.2f} ms, p95 {p95:.2f} ms"
    )
    ok = p95 < 5
    print(f"target < 5 ms per attempt (p95): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
