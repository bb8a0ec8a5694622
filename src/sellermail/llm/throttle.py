"""The batch's pool of requests in flight, which slows down when the provider pushes back.

At most ``limit`` requests are in flight. A 429 halves the limit (at most once per pause, so a
burst of 429s from one full pool counts once) and holds back new requests for as long as the
server's ``Retry-After`` asks; each success then raises the limit by ``1/limit``, about one
request per round of replies, back up to the ``--concurrency`` ceiling (additive increase,
multiplicative decrease, as TCP does). A 429 storm so slows the batch rather than failing rows.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

#: The pause after a 429 that says nothing of when to come back (seconds).
DEFAULT_PAUSE = 1.0
#: The longest pause a 429 can ask for (the client caps Retry-After at this too).
MAX_PAUSE = 60.0


class Throttle:
    """``async with throttle.slot(): send()``; ``throttle.rate_limited(wait)`` on a 429."""

    def __init__(self, ceiling: int) -> None:
        self.ceiling = max(1, ceiling)
        self.limit = float(self.ceiling)
        self.in_flight = 0
        #: The most requests that were in flight at once.
        self.peak = 0
        #: How many times a 429 cut the limit.
        self.slowdowns = 0
        self._resume_at = 0.0
        self._cut_until = 0.0
        self._waiting: deque[asyncio.Future[None]] = deque()

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for room in the pool (first come, first served), hold it for one request."""
        if self.in_flight >= int(self.limit) or self._waiting:
            turn = asyncio.get_running_loop().create_future()
            self._waiting.append(turn)
            try:
                await turn  # handed over by a request that ended (see _release)
            except asyncio.CancelledError:
                if turn.done() and not turn.cancelled():
                    self._release()  # handed over just as this waiter was cancelled
                raise
        else:
            self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        succeeded = False
        try:
            # After a 429 the pool waits out the server's Retry-After, queued requests too.
            while (pause := self._resume_at - self._now()) > 0:
                await asyncio.sleep(pause)
            yield
            succeeded = True
        finally:
            if succeeded:
                self.limit = min(self.ceiling, self.limit + 1 / self.limit)
            self._release()

    def _release(self) -> None:
        """Free a slot: hand it straight to the longest waiter while the limit allows."""
        self.in_flight -= 1
        while self._waiting and self.in_flight < int(self.limit):
            turn = self._waiting.popleft()
            if not turn.done():  # a waiter cancelled meanwhile is skipped
                self.in_flight += 1
                turn.set_result(None)

    def rate_limited(self, wait: float | None) -> None:
        """A 429: halve the limit (once per pause) and hold new requests back for ``wait``."""
        now = self._now()
        # no wait, or one that is not a number of seconds (NaN), is the default; at most 60 s
        pause = DEFAULT_PAUSE if wait is None or not wait >= 0 else min(wait, MAX_PAUSE)
        self._resume_at = max(self._resume_at, now + pause)
        if now >= self._cut_until:
            self.limit = max(1.0, self.limit / 2)
            self.slowdowns += 1
            self._cut_until = now + max(pause, DEFAULT_PAUSE)
