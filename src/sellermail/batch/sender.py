"""Sending one batch row's polish attempts: each reply from the response cache, else from the
API through the throttled pool; the batch stops when the model cannot be reached."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sellermail.errors import SellermailError
from sellermail.llm import client as llm
from sellermail.llm.config import LLMSettings
from sellermail.llm.polish import Attempts, Polished

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from sellermail.batch.runner import Tally
    from sellermail.llm.cache import ResponseCache
    from sellermail.llm.throttle import Throttle

#: Rows in a row that could not reach the model before the batch stops (at least).
UNREACHABLE_STREAK = 4


class Sender:
    """Sends a row's attempts: replies from the cache, else through the pool."""

    def __init__(
        self,
        client: AsyncOpenAI,
        settings: LLMSettings,
        throttle: Throttle,
        cache: ResponseCache | None,
        tally: Tally,
    ) -> None:
        self.client = client
        self.settings = settings
        self.throttle = throttle
        self.cache = cache
        self.tally = tally
        self.unreachable = 0

    async def polish(self, attempts: Attempts) -> Polished | None:
        """The row's outcome; ``None`` when the model could not be reached (not written)."""
        from sellermail.llm import cache as response_cache

        while (request := attempts.request()) is not None:
            key = response_cache.key(request, self.settings) if self.cache else ""
            completion = self.cache.get(key) if self.cache else None
            if completion is not None:
                self.tally.cache_hits += 1
                completion = replace(completion, prompt_tokens=0, completion_tokens=0)
            else:
                try:
                    completion = await llm.send_async(
                        self.client, request, self.settings,
                        gate=self.throttle.slot, listener=self.throttle,
                    )  # fmt: skip
                except llm.TransportError as exc:
                    self._give_up_on(exc)
                    # a passing fault leaves the row for --resume; a refused request falls back
                    return None if exc.transient else attempts.unreachable(exc)
                self.unreachable = 0
                if self.cache:
                    self.cache.put(key, completion)
            if (outcome := attempts.take(completion)) is not None:
                return outcome
        return attempts.fallback()

    def _give_up_on(self, exc: llm.TransportError) -> None:
        """A rejected request (bad key, unknown model), or several rows in a row that could not
        reach the model, stop the batch: the rows not written run again with ``--resume``."""
        self.unreachable += 1
        streak = max(UNREACHABLE_STREAK, self.throttle.ceiling)
        if exc.rejected or self.unreachable >= streak:
            raise SellermailError(
                f"model: {exc}. The batch stopped; the rows done so far are saved. "
                "Fix this and run again with --resume"
            )
