"""The batch's pool: never more in flight than allowed, first come first served, halved by a
429 (once per pause) and grown back by successes."""

from __future__ import annotations

import asyncio

import pytest

from sellermail.llm import throttle as throttle_module
from sellermail.llm.throttle import Throttle


def test_the_pool_never_holds_more_than_its_limit_and_serves_in_order() -> None:
    async def scenario() -> tuple[int, list[int]]:
        throttle = Throttle(3)
        order: list[int] = []

        async def request(n: int) -> None:
            async with throttle.slot():
                order.append(n)
                assert throttle.in_flight <= 3
                await asyncio.sleep(0.01)

        await asyncio.gather(*(request(n) for n in range(10)))
        return throttle.peak, order

    peak, order = asyncio.run(scenario())
    assert peak == 3
    assert order == list(range(10))


def test_a_burst_of_429s_halves_the_limit_once_and_successes_win_it_back() -> None:
    async def scenario() -> tuple[float, int, float, bool]:
        throttle = Throttle(16)
        for _ in range(16):  # a whole pool answered 429 at once
            throttle.rate_limited(0.05)
        halved, cuts = throttle.limit, throttle.slowdowns
        loop = asyncio.get_running_loop()
        start = loop.time()
        async with throttle.slot():  # new requests wait out the Retry-After
            waited = loop.time() - start >= 0.045
        for _ in range(200):
            async with throttle.slot():
                pass
        return halved, cuts, throttle.limit, waited

    halved, cuts, recovered, waited = asyncio.run(scenario())
    assert (halved, cuts) == (8.0, 1)
    assert waited
    assert recovered == 16


def test_a_429_after_the_pause_cuts_again_but_never_below_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(throttle_module, "DEFAULT_PAUSE", 0.01)

    async def scenario() -> float:
        throttle = Throttle(4)
        for _ in range(5):
            throttle.rate_limited(None)
            await asyncio.sleep(0.02)  # past the pause: each 429 is a new episode
        return throttle.limit

    assert asyncio.run(scenario()) == 1.0


def test_a_request_handed_a_slot_during_a_pause_waits_for_the_pause_to_end() -> None:
    async def scenario() -> list[tuple[str, float]]:
        throttle = Throttle(1)
        loop = asyncio.get_running_loop()
        start = loop.time()
        sent: list[tuple[str, float]] = []

        async def rate_limited() -> None:
            async with throttle.slot():
                sent.append(("first", loop.time() - start))
                await asyncio.sleep(0.01)
            throttle.rate_limited(0.2)  # as tenacity reports a 429: after the slot is freed

        async def queued() -> None:
            await asyncio.sleep(0.001)  # queues behind the first request
            async with throttle.slot():
                sent.append(("queued", loop.time() - start))

        await asyncio.gather(rate_limited(), queued())
        return sent

    (_, first), (_, queued) = asyncio.run(scenario())
    assert first < 0.05
    assert queued >= 0.2


@pytest.mark.parametrize(
    ("asked", "pause"), [(1e20, 60.0), (float("inf"), 60.0), (float("nan"), 1.0), (-5.0, 1.0)]
)
def test_a_429_holds_the_pool_at_most_60_seconds_whatever_it_asks(
    asked: float, pause: float
) -> None:
    async def scenario() -> float:
        throttle = Throttle(4)
        now = asyncio.get_running_loop().time()
        throttle.rate_limited(asked)
        return throttle._resume_at - now

    assert asyncio.run(scenario()) == pytest.approx(pause, abs=0.05)
