"""The LLM client: build a chat-completions request, then send it under one retry policy and
one deadline.

Building and sending are apart, so a request can be inspected, cached or handed to a provider's
batch API. Sending uses the ``openai`` SDK (imported only here, only when a request is sent) with
its own retries off: transport faults — 429 (waiting what ``Retry-After`` says, at most
:data:`MAX_WAIT`), 5xx, lost connections — are retried by tenacity with jittered exponential
backoff, up to :data:`TRANSPORT_TRIES` tries. Anything else (a rejected key, a bad model name) is
not retried.

**Deadline.** A request has ``settings.timeout`` seconds in all: connecting, every byte of the
answer, every retry and every wait between tries (a batch's wait for a free slot in its pool
excepted). A server that never answers, or sends one byte every few seconds, is cut off at the
deadline; a wait that would not leave time for another try is not begun.

**Replies.** The body is read (at most :data:`~sellermail.llm.wire.MAX_BODY` bytes) and checked
by :func:`sellermail.llm.wire.completion_from`: a body that is not a chat completion is a
:class:`Completion` with a ``problem`` (a failed attempt), never an exception. Every failure is a
:class:`TransportError` whose message has the key and the base URL's credentials masked.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import os
import re
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sellermail.errors import SellermailError
from sellermail.guard.secrets import redact
from sellermail.llm.config import LLMSettings
from sellermail.llm.wire import MAX_BODY, Completion, completion_from

if TYPE_CHECKING:
    from openai import AsyncOpenAI
    from tenacity import RetryCallState

__all__ = ["ChatRequest", "Completion", "TransportError", "async_client", "call_async", "send",
           "send_async"]  # fmt: skip

T = TypeVar("T")

#: Tries of one request when the transport fails (the first try included).
TRANSPORT_TRIES = 5
#: The longest wait between tries, whatever a server's Retry-After asks for (seconds).
MAX_WAIT = 60.0
#: The room a reply may take (tokens); a message longer than this comes back truncated.
MAX_TOKENS = 1500
#: A local server needs no key, but the SDK wants one: this placeholder is not a secret.
NO_KEY = "sk-no-key-needed"
#: The least time a retry is begun with (seconds, at most a quarter of the deadline).
MIN_TRY = 1.0
#: The most characters of a server's error message shown (after masking secrets).
SHOWN = 300


@dataclass(frozen=True)
class ChatRequest:
    """One chat-completions request, as data."""

    model: str
    messages: tuple[tuple[str, str], ...]
    temperature: float
    max_tokens: int = MAX_TOKENS
    #: Ask for a JSON object as the reply (``response_format``), where the API supports it.
    json: bool = False

    def payload(self) -> dict[str, Any]:
        """The JSON body of the request."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": role, "content": content} for role, content in self.messages],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if self.json:
            body["response_format"] = {"type": "json_object"}
        return body


class TransportError(SellermailError):
    """The request could not be completed (after retries, or not retryable). ``status`` is the
    HTTP status of the last answer (``None``: no answer: a timeout, a lost connection)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

    @property
    def rejected(self) -> bool:
        """The API refuses us (a bad key, no access, an unknown model): every request would."""
        return self.status in (401, 403, 404)

    @property
    def transient(self) -> bool:
        """No answer, a rate limit or a server fault: the same request may pass later."""
        return self.status is None or self.status in (408, 429) or self.status >= 500


def async_client(settings: LLMSettings) -> AsyncOpenAI:
    """An asynchronous client for many requests at once (one per event loop: close it after).
    A base URL the SDK cannot use is a :class:`TransportError`."""
    from openai import AsyncOpenAI

    try:
        return AsyncOpenAI(base_url=settings.base_url, api_key=settings.api_key or NO_KEY,
                           timeout=settings.timeout, max_retries=0)  # fmt: skip
    except Exception as exc:
        raise TransportError(_describe(exc, settings)) from None


def _seconds(value: str, scale: float) -> float | None:
    """A Retry-After value (seconds, or an HTTP date) in seconds; ``None`` if it is neither."""
    value = value.strip()
    if not value or len(value) > 64:
        return None
    try:
        number = float(value) / scale
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            number = when.timestamp() - time.time()
        except Exception:  # a malformed or absurd date (year 99999) is no date
            return None
    return None if math.isnan(number) else number


def retry_after(exc: BaseException | None) -> float | None:
    """The wait a server asked for (``retry-after-ms`` or ``Retry-After``), in seconds, between
    0 and :data:`MAX_WAIT` whatever it asked (a huge, negative or malformed value cannot make
    anyone wait longer; a malformed one counts as not asked)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        asked = _seconds(value, scale) if isinstance(value, str) else None
        if asked is not None:
            return min(max(asked, 0.0), MAX_WAIT)
    return None


def _retryable(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, (TimeoutError, openai.APITimeoutError, openai.APIConnectionError,
                        openai.RateLimitError)):  # fmt: skip
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _describe(exc: BaseException, settings: LLMSettings) -> str:
    """One line about a failed request: secrets masked first, then cut to length."""
    status = getattr(exc, "status_code", None)
    if isinstance(exc, TimeoutError):
        text = (f"no complete answer within {settings.timeout:g} s "
                "(the request's deadline: --timeout, or timeout in the config file)")  # fmt: skip
    else:
        text = re.sub(r"^Error code: \d+( - |$)", "", " ".join(redact(str(exc)).split()))
        text = text if len(text) <= SHOWN else text[:SHOWN] + "…"
    where = settings.masked_url() or "the OpenAI API"
    if status:
        return f"{where}: HTTP {status}" + (f": {text}" if text else "")
    return f"{where}: {text or type(exc).__name__}"


class RateLimitListener(Protocol):
    """Told of every 429 before the retry waits (a pool slows down on it)."""

    def rate_limited(self, wait: float | None) -> None: ...


class _Budget:
    """What is left of one request's deadline (seconds)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.left = seconds
        #: A retry was not begun for want of time.
        self.ran_out = False

    def spend(self, seconds: float) -> None:
        self.left -= seconds

    def allows(self, wait: float) -> bool:
        """Whether a retry after ``wait`` seconds still has time for a try."""
        self.ran_out = self.left - wait < min(MIN_TRY, self.seconds / 4)
        return not self.ran_out


def _policy(listener: RateLimitListener | None, budget: _Budget) -> dict[str, Any]:
    """Tenacity's arguments for one request: which faults are retried, how long to wait, and
    when to stop (the tries, or the deadline)."""
    from tenacity import retry_if_exception
    from tenacity import wait_random_exponential as backoff

    jitter = backoff(multiplier=0.5, max=20)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after(error)
        if listener is not None and getattr(error, "status_code", None) == 429:
            listener.rate_limited(asked)
            return 0.0  # the pool holds the retry back for as long as the server asked
        return asked if asked is not None else float(jitter(state))

    def stop(state: RetryCallState) -> bool:
        return state.attempt_number >= TRANSPORT_TRIES or not budget.allows(state.upcoming_sleep)

    return {"retry": retry_if_exception(_retryable), "stop": stop, "wait": wait, "reraise": True}


async def _one_try(client: AsyncOpenAI, request: ChatRequest) -> Completion:
    """One try: the request and its whole reply (at most :data:`MAX_BODY` bytes read)."""
    create = client.chat.completions.with_streaming_response.create
    async with create(**request.payload()) as response:
        body = bytearray()
        async for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MAX_BODY:
                break
        return completion_from(bytes(body))


async def call_async(
    work: Callable[[], Awaitable[T]],
    settings: LLMSettings,
    *,
    gate: Callable[[], AbstractAsyncContextManager[None]] | None = None,
    listener: RateLimitListener | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """Call the API with ``work`` (one SDK call) under the transport policy of the module
    docstring: retries, waits and one deadline; a failure is a :class:`TransportError`. Every
    try first passes ``gate`` (untimed), and ``listener`` hears of each 429."""
    from tenacity import AsyncRetrying

    budget = _Budget(settings.timeout)
    pause = sleep or asyncio.sleep

    async def waiting(seconds: float) -> None:
        budget.spend(seconds)
        await pause(seconds)

    async def timed() -> T:
        async with (gate or nullcontext)():
            clock = asyncio.get_running_loop().time
            started = clock()
            try:
                async with asyncio.timeout(max(budget.left, 0.0)):
                    return await work()
            finally:
                budget.spend(clock() - started)

    try:
        async for attempt in AsyncRetrying(sleep=waiting, **_policy(listener, budget)):
            with attempt:
                return await timed()
    except Exception as exc:  # the SDK's errors, and anything a hostile server provokes
        why = _describe(exc, settings)
        if budget.ran_out and not isinstance(exc, TimeoutError):
            why += f" (no time left to retry within the {settings.timeout:g} s deadline)"
        raise TransportError(why, status=getattr(exc, "status_code", None)) from None
    raise AssertionError("tenacity returns or raises")  # pragma: no cover


async def send_async(
    client: AsyncOpenAI,
    request: ChatRequest,
    settings: LLMSettings,
    *,
    gate: Callable[[], AbstractAsyncContextManager[None]] | None = None,
    listener: RateLimitListener | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Completion:
    """Send ``request`` (see the module docstring). Every try (retries too) first passes
    ``gate`` (a pool's slot), and ``listener`` hears of each 429; ``sleep`` waits between tries
    (``asyncio.sleep``; tests give their own)."""
    return await call_async(lambda: _one_try(client, request), settings, gate=gate,
                            listener=listener, sleep=sleep)  # fmt: skip


#: The blocking send's clients, by base URL, key and timeout (a forked child starts afresh).
_clients: dict[tuple[str | None, str, float], AsyncOpenAI] = {}
os.register_at_fork(after_in_child=_clients.clear)


async def _send_on_loop(request: ChatRequest, settings: LLMSettings,
                        sleep: Callable[[float], Awaitable[None]] | None) -> Completion:  # fmt: skip
    """:func:`send_async` with a client kept on the blocking send's loop (a few, newest kept)."""
    key = (settings.base_url, settings.api_key or NO_KEY, settings.timeout)
    client = _clients.get(key)
    if client is None:
        client = _clients[key] = async_client(settings)
        while len(_clients) > 8:
            await _clients.pop(next(iter(_clients))).close()
    return await send_async(client, request, settings, sleep=sleep)


def send(
    request: ChatRequest,
    settings: LLMSettings,
    *,
    sleep: Callable[[float], None] | None = None,
) -> Completion:
    """Send ``request`` and wait for the reply (see the module docstring); ``sleep`` is told of
    each wait between tries instead of waiting (tests)."""
    from sellermail.llm import loop

    async def told(seconds: float) -> None:
        assert sleep is not None
        sleep(seconds)

    work = _send_on_loop(request, settings, told if sleep else None)
    try:
        return loop.run(work, settings.timeout + 30)
    except TimeoutError as exc:  # the last resort: the loop itself did not answer in time
        raise TransportError(_describe(exc, settings)) from None
