"""Batch: one message per spreadsheet row — rendered, polished many at a time, guarded, and
written out as each row finishes.

Per row: its settings and facts (:mod:`sheets`) -> render -> the polish attempts
(:class:`~sellermail.polisher.Attempts`; each reply from the response cache, else from the API
through the throttled pool) -> one output line (:mod:`outbox`). A row with bad facts gets an
``error`` naming the field, and the batch goes on.

Offline (``--offline``, or no model configured) rows are rendered one after another, with no
event loop. With a model, twice ``--concurrency`` workers take rows from the file as they go,
so rows are prepared while others wait on the network, and the pool lets ``--concurrency``
requests be in flight at once (fewer while the provider answers 429).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sellermail.batch.outbox import Outbox, record
from sellermail.batch.sender import Sender
from sellermail.batch.sheets import SETTINGS, Row, Sheet
from sellermail.compose.catalogue import Catalogue, Scenario, builtin, tone_id
from sellermail.compose.render import Rendered, render
from sellermail.errors import SellermailError, shown
from sellermail.guard.secrets import refuse_secrets
from sellermail.llm import client as llm
from sellermail.llm.batches import custom_id, request_line
from sellermail.llm.config import LLMSettings
from sellermail.llm.polish import DEFAULT_MAX_ATTEMPTS, Attempts, Polished
from sellermail.pipeline.polish import start

if TYPE_CHECKING:
    pass


@dataclass
class Options:
    """How to run a batch; a row's own ``scenario``/``tone``/``channel``/``language`` win
    over these."""

    scenario: str | None = None
    tone: str | None = None
    channel: str = "amazon"
    #: ``None``: each row's marketplace's language (for buyer messages).
    language: str | None = None
    #: Where scenarios are found (the built-in ones by default).
    catalogue: Catalogue = field(default_factory=builtin)
    #: The model to call; ``None`` renders every row offline.
    settings: LLMSettings | None = None
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    concurrency: int = 8
    #: Reuse and keep replies in the response cache.
    cache: bool = True


@dataclass
class Tally:
    """What the batch has done so far (the progress display reads it)."""

    total: int
    #: Rows already in the output file (``--resume``), and how many of those are errors.
    skipped: int = 0
    earlier_errors: int = 0
    #: Finished rows by source: ``llm``, ``fallback``, ``offline``.
    sources: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    #: Rows left out of the output (--resume them), and why.
    unsent: int = 0
    unsent_why: str = "model unreachable"
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def finished(self) -> int:
        return self.skipped + sum(self.sources.values()) + self.errors + self.unsent

    def add(self, data: Mapping[str, Any], usage: Mapping[str, int] | None = None) -> None:
        if data["error"]:
            self.errors += 1
        else:
            self.sources[data["source"]] += 1
        if usage:
            self.prompt_tokens += usage["prompt_tokens"]
            self.completion_tokens += usage["completion_tokens"]


def row_error(exc: Exception) -> SellermailError:
    """The error of a row: a user's mistake as it is, and anything no rule foresaw as one line
    of that row (the batch goes on)."""
    if isinstance(exc, SellermailError):
        return exc
    return SellermailError(
        f"input: this row could not be rendered ({type(exc).__name__}: {shown(str(exc))})"
    )


@dataclass(frozen=True)
class Job:
    """A row ready to render: its scenario, tone, channel, language and raw facts."""

    row: int
    id: str | None
    scenario: Scenario
    tone: str | None
    channel: str
    facts: dict[str, Any]
    language: str | None = None


Progress = Callable[[Tally], None]


def line(job: Job, outcome: Polished) -> dict[str, Any]:
    """The output line of a polished row."""
    return record(job.row, job.id, job.scenario.id, language=job.language, text=outcome.text,
                  subject=outcome.subject, source=outcome.source, attempts=outcome.attempts,
                  violations=outcome.violations)  # fmt: skip


class Batch:
    """The rows of ``sheet`` (columns mapped by ``mapping``) under ``options``."""

    def __init__(
        self,
        sheet: Sheet,
        mapping: Mapping[str, str | None],
        options: Options,
        notes: Callable[[str], None] | None = None,
    ) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.options = options
        #: Where one-line notes go (the CLI: stderr).
        self.notes = notes
        self._check_columns()

    def _check_columns(self) -> None:
        """Without a scenario column every row is ``--scenario``'s: a column filling a field it
        does not have would be dropped from every row, so it stops the batch here."""
        filled = {f: h for h, f in self.mapping.items() if f}
        if "scenario" in filled:
            return
        if self.options.scenario is None:
            raise SellermailError(
                "scenario: the input has no scenario column; give one with --scenario"
            )
        spec = self.options.catalogue.find(self.options.scenario)
        for name, header in filled.items():
            if name not in spec.fields and name not in ("id", "tone", "channel", "language"):
                raise SellermailError(
                    f"columns: {header!r} fills {name}, which {spec.id} does not have; "
                    f"leave it out with '{header}: null' in a --columns file"
                )

    def job(self, row: Row) -> Job:
        """The row's settings taken out of its values; an unknown scenario or tone raises."""
        if row.error:
            raise SellermailError(row.error)
        values = dict(row.values)
        for key in SETTINGS:
            if not isinstance(values.get(key, ""), str):
                raise SellermailError(f"{key}: expected text, got {values[key]!r}")
        id_ = values.pop("id", None)
        scenario = values.pop("scenario", None) or self.options.scenario
        tone = values.pop("tone", None)
        channel = values.pop("channel", None) or self.options.channel
        language = values.pop("language", None) or self.options.language
        if scenario is None:
            raise SellermailError("scenario: empty in this row, and no --scenario given")
        tone = tone_id(tone) if tone else self.options.tone
        spec = self.options.catalogue.find(str(scenario))
        return Job(row.number, id_, spec, tone, str(channel).strip().lower(), values, language)

    def _message(self, job: Job) -> Rendered:
        message = render(job.scenario, job.facts, tone=job.tone, channel=job.channel,
                         language=job.language)  # fmt: skip
        refuse_secrets(message.scenario.id, message.text, message.facts.values)
        return message

    def pending(self, outbox: Outbox | None, tally: Tally) -> Iterator[Row]:
        """The rows not yet in the output file; a resumed file must come from this input."""
        done = outbox.done if outbox else {}
        for row in self.sheet.rows(self.mapping):
            if row.number not in done:
                yield row
                continue
            mine = row.values.get("id")
            if done[row.number] != mine:
                raise SellermailError(
                    f"--resume: row {row.number} has id {mine!r} in the input but "
                    f"{done[row.number]!r} in the output file, so the output file comes from "
                    "another input (use another --out)"
                )
            tally.skipped += 1

    def run(self, outbox: Outbox, progress: Progress | None = None) -> Tally:
        """Write a line for every row not yet in ``outbox``; return the tally."""
        tally = Tally(total=self.sheet.count, earlier_errors=outbox.done_errors)
        settings = self.options.settings
        if settings is None:
            for row in self.pending(outbox, tally):
                data = self._offline(row)
                outbox.write(data)
                tally.add(data)
                if progress:
                    progress(tally)
            return tally
        asyncio.run(self._online(outbox, tally, settings, progress))
        return tally

    def _offline(self, row: Row) -> dict[str, Any]:
        job = None
        try:
            job = self.job(row)
            message = self._message(job)
        except Exception as exc:  # a row's trouble never ends the batch
            return self._failed(row, row_error(exc), job)
        return record(job.row, job.id, job.scenario.id, language=message.language,
                      text=message.body, subject=message.subject, source="offline",
                      attempts=0)  # fmt: skip

    def _failed(self, row: Row, exc: SellermailError, job: Job | None) -> dict[str, Any]:
        """The line of a row that cannot be rendered, with its scenario's id once known."""
        given = {k: v if isinstance(v, str) else None for k, v in row.values.items()}
        scenario = job.scenario.id if job else given.get("scenario") or self.options.scenario
        return record(row.number, given.get("id"), scenario, error=str(exc))

    async def _online(
        self, outbox: Outbox, tally: Tally, settings: LLMSettings, progress: Progress | None
    ) -> None:
        from sellermail.llm.cache import ResponseCache
        from sellermail.llm.throttle import Throttle

        client = llm.async_client(settings)
        cache = ResponseCache() if self.options.cache else None
        if cache and cache.problem and self.notes:
            self.notes(f"note: {cache.problem}")
        sender = Sender(client, settings, Throttle(self.options.concurrency), cache, tally)
        rows = self.pending(outbox, tally)

        async def worker() -> None:
            for row in rows:
                try:
                    data, usage = await self._polished(row, sender)
                except SellermailError:
                    raise  # the batch stops (a rejected key, the model unreachable)
                except Exception as exc:  # a bug: this row gets the error, the others go on
                    problem = SellermailError(f"internal error ({type(exc).__name__}: {exc})")
                    data, usage = self._failed(row, problem, None), None
                if data is None:
                    tally.unsent += 1
                else:
                    outbox.write(data)
                    tally.add(data, usage)
                if progress:
                    progress(tally)

        try:
            async with asyncio.TaskGroup() as group:
                for _ in range(2 * self.options.concurrency):
                    group.create_task(worker())
        except ExceptionGroup as failure:
            first = failure.exceptions[0]
            raise first if isinstance(first, SellermailError) else failure from None
        finally:
            await client.close()
            if cache:
                cache.close()

    async def _polished(
        self, row: Row, sender: Sender
    ) -> tuple[dict[str, Any] | None, dict[str, int] | None]:
        """The row's output line and tokens; no line when the model could not be reached."""
        begun = self.begin(row, sender.settings)
        if isinstance(begun, dict):
            return begun, None
        job, attempts = begun
        outcome = await sender.polish(attempts)
        return (None, None) if outcome is None else (line(job, outcome), outcome.usage)

    def begin(self, row: Row, settings: LLMSettings) -> tuple[Job, Attempts] | dict[str, Any]:
        """The row's job and the attempts to polish it; its error line when it cannot be
        rendered (a row's trouble never ends the batch)."""
        job = None
        try:
            job = self.job(row)
            message = self._message(job)
            job = replace(job, language=message.language)  # as rendered, for the output line
            return job, start(message, job.facts, settings,
                              max_attempts=self.options.max_attempts)  # fmt: skip
        except Exception as exc:
            return self._failed(row, row_error(exc), job)

    def estimate(self, settings: LLMSettings | None, progress: Progress | None = None) -> Estimate:
        """``--dry-run``: every row validated and rendered, and the tokens its first attempt
        would cost (about four characters a token), with no call to the model."""
        found = Estimate(Tally(total=self.sheet.count))
        for row in self.pending(None, found.tally):
            try:
                job = self.job(row)
                message = self._message(job)
                if settings is not None:
                    attempts = start(message, job.facts, settings)
                    request = attempts.request()
                    assert request is not None  # a new polish has its first attempt to make
                    found.prompt_tokens += sum(len(c) for _, c in request.messages) // 4
                    found.lines.append(len(request_line(custom_id(row.number), request)))
                    found.completion_tokens += len(message.body) // 4
                found.tally.sources["valid"] += 1
            except Exception as exc:  # a row's trouble never ends the batch
                found.tally.errors += 1
                found.errors.append((row.number, str(row_error(exc))))
            if progress:
                progress(found.tally)
        return found


@dataclass
class Estimate:
    """What ``--dry-run`` found: the rows' tally, their errors (row, message), and the tokens
    of every row's first attempt."""

    tally: Tally
    errors: list[tuple[int, str]] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    #: The size of each first request as a line of a provider batch's input file (bytes).
    lines: list[int] = field(default_factory=list)

    def cost(self, prices: tuple[float, float] | None, attempts: int = 1) -> float | None:
        """USD for ``attempts`` attempts a row, at ``prices`` per million tokens."""
        if prices is None:
            return None
        return (
            attempts * (self.prompt_tokens * prices[0] + self.completion_tokens * prices[1]) / 1e6
        )
