"""A provider's batch service: the Files and Batches endpoints that OpenAI defined and Alibaba
DashScope, vLLM and other compatible servers offer.

A batch is a JSON Lines file of requests (each with a ``custom_id``), uploaded with purpose
``batch``; the provider runs it within a 24-hour window and writes an output file (the replies)
and an error file (the requests that failed), in any order. Every call goes through the
``openai`` SDK's ``files`` and ``batches`` resources, on the client that live requests use and
under their transport policy (:func:`sellermail.llm.client.call_async`: retries, one deadline
a call, the key masked). A reply's body is read like a live one
(:func:`sellermail.llm.wire.completion_from`); a result line that is not one is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar

from sellermail.errors import ExitStatus, SellermailError
from sellermail.guard.secrets import redact
from sellermail.llm.client import ChatRequest, Completion, TransportError, async_client, call_async
from sellermail.llm.config import LLMSettings
from sellermail.llm.wire import completion_from

if TYPE_CHECKING:
    from openai.types import Batch

T = TypeVar("T")

#: What one batch may hold: requests, and bytes of its input file. The providers publish
#: 50,000 requests; 200 MB at OpenAI but 100 MB at DashScope, so the smaller (a request of
#: sellermail's is 2-3 KB: 50,000 of them can be more than 100 MB).
MAX_REQUESTS = 50_000
MAX_BYTES = 100 * 1024 * 1024
#: The endpoint every request of a batch goes to.
ENDPOINT: Final = "/v1/chat/completions"
#: A batch in one of these states changes no more.
FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})


class NoBatchAPI(SellermailError):
    """The API has no Files and Batches endpoints."""

    exit_status = ExitStatus.VIOLATIONS


def custom_id(number: int) -> str:
    """The ``custom_id`` of request ``number`` (a batch row's number): replies are matched
    by it, never by their place in the output file."""
    return f"row-{number}"


def request_line(custom_id: str, request: ChatRequest) -> bytes:
    """One line of a batch's input file: the live request's body, under ``custom_id``."""
    line = {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": request.payload()}
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Status:
    """Where a batch stands, and its request counts."""

    id: str
    status: str
    input_file_id: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    #: Why a batch failed (its first error), masked and cut short.
    problem: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _count(counts: Any, name: str) -> int:
    value = getattr(counts, name, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _status(batch: Batch) -> Status:
    """The SDK's batch object, read with no trust in its types (the SDK does not check them)."""
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    first = errors[0] if isinstance(errors, list) and errors else None
    problem = _text(getattr(first, "message", None)) or _text(getattr(first, "code", None))
    counts = getattr(batch, "request_counts", None)

    def field(name: str) -> str | None:
        return _text(getattr(batch, name, None))

    return Status(
        id=field("id") or "?",
        status=field("status") or "unknown",
        input_file_id=field("input_file_id") or "?",
        output_file_id=field("output_file_id"),
        error_file_id=field("error_file_id"),
        total=_count(counts, "total"),
        completed=_count(counts, "completed"),
        failed=_count(counts, "failed"),
        problem=_short(problem) if problem else None,
    )


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(redact(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Failure:
    """A request of a batch that got no reply: the HTTP status the provider gives it (``None``
    when it gives none: the batch expired or was cancelled first) and why."""

    status: int | None
    why: str

    @property
    def transient(self) -> bool:
        """The same request may pass later (a rate limit, a server fault, no time left)."""
        return self.status is None or self.status in (408, 429) or self.status >= 500


def results(data: bytes) -> dict[str, Completion | Failure]:
    """The replies and failures in an output or error file, by ``custom_id`` (in any order)."""
    found: dict[str, Completion | Failure] = {}
    for line in data.splitlines():
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            continue
        custom_id = item.get("custom_id") if isinstance(item, dict) else None
        if not isinstance(custom_id, str):
            continue
        response, error = item.get("response"), item.get("error")
        status = response.get("status_code") if isinstance(response, dict) else None
        body = response.get("body") if isinstance(response, dict) else None
        if status == 200 and isinstance(body, dict):
            found[custom_id] = completion_from(json.dumps(body).encode("utf-8"))
            continue
        why = None
        for source in (body, {"error": error}):
            failed = source.get("error") if isinstance(source, dict) else None
            if isinstance(failed, dict):
                why = why or _text(failed.get("message")) or _text(failed.get("code"))
        code = status if isinstance(status, int) and not isinstance(status, bool) else None
        found[custom_id] = Failure(code, _short(why or "the provider gave no reason"))
    return found


class BatchAPI:
    """The batch service of ``settings``' API (one per event loop: :meth:`close` it)."""

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self.client = async_client(settings)

    def _missing(self) -> NoBatchAPI:
        where = self.settings.masked_url() or "the OpenAI API"
        return NoBatchAPI(
            f"--via batch-api: {where} has no batch API (/files and /batches are not found); "
            "use --via direct"
        )

    async def _call(self, work: Callable[[], Awaitable[T]], *, endpoint: bool = True) -> T:
        """``work`` under the transport policy; a 404 from an endpoint means there is none."""
        try:
            return await call_async(work, self.settings)
        except TransportError as exc:
            if endpoint and exc.status in (404, 405):
                raise self._missing() from None
            raise

    async def upload(self, name: str, data: bytes) -> str:
        """Upload a batch's input file; its id."""
        uploaded = await self._call(
            lambda: self.client.files.create(
                file=(name, data, "application/jsonl"), purpose="batch"
            )
        )
        file_id = _text(uploaded.id)
        if file_id is None:
            raise TransportError(f"{name}: the provider gave the uploaded file no id")
        return file_id

    async def create(self, file_id: str, note: str) -> Status:
        """Start a batch of the requests in ``file_id`` (``note``: its metadata, for people)."""
        batch = await self._call(
            lambda: self.client.batches.create(
                input_file_id=file_id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"created_by": "sellermail", "run": note[:500]},
            )
        )
        status = _status(batch)
        if status.id == "?":
            raise TransportError("the provider gave the new batch no id")
        return status

    async def retrieve(self, batch_id: str) -> Status:
        return _status(await self._call(lambda: self.client.batches.retrieve(batch_id),
                                        endpoint=False))  # fmt: skip

    async def started_from(self, file_id: str) -> Status | None:
        """The batch made from the input file ``file_id``, if there is one among the newest
        hundred (a run killed between creating a batch and saving its id finds it here)."""
        page = await self._call(lambda: self.client.batches.list(limit=100))
        found = getattr(page, "data", None)
        for batch in found if isinstance(found, list) else []:
            if getattr(batch, "input_file_id", None) == file_id:
                return _status(batch)
        return None

    async def check(self) -> None:
        """Ask for the newest batch: an API without the endpoints says so before any work."""
        await self._call(lambda: self.client.batches.list(limit=1))

    async def download(self, file_id: str) -> bytes:
        """The content of an output or error file."""

        async def fetch() -> bytes:
            return (await self.client.files.content(file_id)).content

        return await self._call(fetch, endpoint=False)

    async def close(self) -> None:
        await self.client.close()


def split(sizes: list[int]) -> list[tuple[int, int]]:
    """Lines of ``sizes`` bytes cut into batches (start, end) of at most :data:`MAX_REQUESTS`
    lines and :data:`MAX_BYTES` bytes each."""
    parts: list[tuple[int, int]] = []
    start, total = 0, 0
    for index, size in enumerate(sizes):
        if index > start and (index - start >= MAX_REQUESTS or total + size > MAX_BYTES):
            parts.append((start, index))
            start, total = index, 0
        total += size
    if start < len(sizes):
        parts.append((start, len(sizes)))
    return parts
