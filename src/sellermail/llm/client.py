"""The LLM client: build a chat-completions request, then send it under one retry policy.

Building and sending are apart, so a request can be inspected, cached or handed to a provider's
batch API. Sending uses the ``openai`` SDK (imported only here, only when a request is sent) with
its own retries off: transport faults — 429 (waiting what ``Retry-After`` says), 5xx, timeouts,
lost connections — are retried by tenacity with jittered exponential backoff, up to
:data:`TRANSPORT_TRIES` tries. Anything else (a rejected key, a bad model name) is not retried.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from sellermail.errors import SellermailError
from sellermail.llm.config import LLMSettings

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI
    from openai.types.chat import ChatCompletion
    from tenacity import RetryCallState

#: Tries of one request when the transport fails (the first try included).
TRANSPORT_TRIES = 5
#: The longest wait between tries, whatever a server's Retry-After asks for (seconds).
MAX_WAIT = 60.0
#: The room a reply may take (tokens); a message longer than this comes back truncated.
MAX_TOKENS = 1500
#: A local server needs no key, but the SDK wants one: this placeholder is not a secret.
NO_KEY = "sk-no-key-needed"


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


@dataclass(frozen=True)
class Completion:
    """What came back: the text, why it stopped, and the tokens it cost."""

    text: str
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    refusal: str | None = None


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


@lru_cache(maxsize=8)
def _client(base_url: str | None, api_key: str, timeout: float) -> OpenAI:
    from openai import OpenAI

    return OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=0)


def async_client(settings: LLMSettings) -> AsyncOpenAI:
    """An asynchronous client for many requests at once (one per event loop: close it after)."""
    from openai import AsyncOpenAI

    return AsyncOpenAI(base_url=settings.base_url, api_key=settings.api_key or NO_KEY,
                       timeout=settings.timeout, max_retries=0)  # fmt: skip


def retry_after(exc: BaseException | None) -> float | None:
    """The wait a server asked for (``retry-after-ms`` or ``Retry-After``), in seconds."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, when.timestamp() - time.time()) if when else None


def _retryable(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _describe(exc: BaseException, settings: LLMSettings) -> str:
    """One line about a failed request, with the key (if any) never in it."""
    status = getattr(exc, "status_code", None)
    text = " ".join(str(exc).split())[:300]
    text = re.sub(r"^Error code: \d+ - ", "", text)  # the SDK's prefix repeats the status
    if settings.api_key:
        text = text.replace(settings.api_key, "****")
    where = settings.base_url or "the OpenAI API"
    return f"{where}: {f'HTTP {status}: ' if status else ''}{text or type(exc).__name__}"


class RateLimitListener(Protocol):
    """Told of every 429 before the retry waits (a pool slows down on it)."""

    def rate_limited(self, wait: float | None) -> None: ...


def _policy(listener: RateLimitListener | None) -> dict[str, Any]:
    """Tenacity's arguments for one request: which faults are retried, how long to wait."""
    from tenacity import retry_if_exception, stop_after_attempt
    from tenacity import wait_random_exponential as backoff

    jitter = backoff(multiplier=0.5, max=20)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after(error)
        if listener is not None and getattr(error, "status_code", None) == 429:
            listener.rate_limited(asked)
        return min(asked, MAX_WAIT) if asked is not None else jitter(state)

    return {
        "retry": retry_if_exception(_retryable),
        "stop": stop_after_attempt(TRANSPORT_TRIES),
        "wait": wait,
        "reraise": True,
    }


def _completion(response: ChatCompletion) -> Completion:
    choice = response.choices[0] if response.choices else None
    usage = response.usage
    message = choice.message if choice else None
    return Completion(
        text=(message.content or "") if message else "",
        finish_reason=choice.finish_reason if choice else None,
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        refusal=getattr(message, "refusal", None) if message else None,
    )


def _transport_error(exc: Exception, settings: LLMSettings) -> Exception:
    """An SDK error as a :class:`TransportError`; anything else unchanged."""
    if type(exc).__module__.startswith("openai"):
        return TransportError(_describe(exc, settings), status=getattr(exc, "status_code", None))
    return exc


def send(
    request: ChatRequest,
    settings: LLMSettings,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> Completion:
    """Send ``request``; transport faults are retried (see the module docstring)."""
    from tenacity import Retrying

    client = _client(settings.base_url, settings.api_key or NO_KEY, settings.timeout)
    try:
        for attempt in Retrying(sleep=sleep, **_policy(None)):
            with attempt:
                response = client.chat.completions.create(**request.payload())
    except Exception as exc:
        raise _transport_error(exc, settings) from None
    return _completion(response)


async def send_async(
    client: AsyncOpenAI,
    request: ChatRequest,
    settings: LLMSettings,
    *,
    gate: Callable[[], AbstractAsyncContextManager[None]] | None = None,
    listener: RateLimitListener | None = None,
) -> Completion:
    """:func:`send` on an asynchronous client. Every try (retries too) first passes ``gate``
    (a pool's slot), and ``listener`` hears of each 429."""
    from tenacity import AsyncRetrying

    try:
        async for attempt in AsyncRetrying(**_policy(listener)):
            with attempt:
                async with (gate or nullcontext)():
                    response = await client.chat.completions.create(**request.payload())
    except Exception as exc:
        raise _transport_error(exc, settings) from None
    return _completion(response)
