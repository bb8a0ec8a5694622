"""``--via batch-api``: a batch's rows handed to the provider's own batch service, in rounds.

Round 1 sends every row's first request (the very request a live run sends, from the response
cache when it is there); round N sends, for each row whose reply of round N-1 failed the guard,
the retry a live run would send (the first request with the problems listed), up to
``--max-attempts`` rounds; a row still failing falls back to the deterministic text. Rows are
written to OUT as their round ends, exactly as the live path writes them.

Each round's requests go to the provider in batches of at most 50,000 requests and 100 MB
(:mod:`sellermail.llm.batches`). Before a batch is created its input file id is saved, and its
id once it is created (:mod:`sellermail.batch.state`); only then does the run wait, polling with
a growing pause and showing each batch's status and request counts. Replies are matched to rows
by ``custom_id``, never by their place in the file.

``--resume`` plays the rounds again from what is saved: a reply comes from the response cache,
else from its batch's output file; a batch still running is waited for; no batch is created for
a row whose batch of that round is running or gave its reply. A batch that expired, failed or
was cancelled leaves the rows it did not answer out of OUT (``--resume`` sends them again), or,
under ``--strict``, to the deterministic text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sellermail.batch.outbox import Outbox
from sellermail.batch.runner import Batch, Job, Progress, Tally, line
from sellermail.batch.state import State, Submitted, fresh, load
from sellermail.errors import SellermailError
from sellermail.llm import batches as provider
from sellermail.llm import cache as response_cache
from sellermail.llm.batches import BatchAPI, Failure, Status
from sellermail.llm.client import ChatRequest, Completion, TransportError
from sellermail.llm.polish import Attempts, Polished

if TYPE_CHECKING:
    from sellermail.llm.cache import ResponseCache

#: The pause between two looks at a batch grows by this factor up to this many seconds.
POLL_GROWTH = 1.5
POLL_LONGEST = 60.0
#: Looks in a row that may fail to reach the provider before the run stops (--resume goes on).
MISSED_LOOKS = 10


@dataclass
class Handover:
    """How a run hands its rows over: where the state is kept, and what to do."""

    state_path: Path
    input_file: Path
    #: Create the first round's batches, then stop (``--resume`` collects).
    submit_only: bool = False
    #: A row whose batch ended without its reply falls back (else it is left for --resume).
    strict: bool = False
    #: The first pause between two looks at a batch (seconds).
    poll: float = 5.0
    #: Where the progress lines go (a batch's status and request counts).
    status: Callable[[str], None] = field(default=lambda _: None)


@dataclass
class Handed:
    tally: Tally
    #: The batches still running when ``--submit-only`` stopped (``[]`` otherwise).
    waiting: list[str] = field(default_factory=list)


def _shown(status: Status) -> str:
    counts = f"{status.completed:,} of {status.total:,} requests done"
    if status.failed:
        counts += f", {status.failed:,} failed"
    why = f" ({status.problem})" if status.problem and status.status == "failed" else ""
    return f"{status.id} {status.status}{why}, {counts}"


class Rounds:
    """The rounds of one run (see the module docstring)."""

    state: State
    api: BatchAPI
    cache: ResponseCache | None

    def __init__(self, work: Batch, outbox: Outbox, how: Handover,
                 progress: Progress | None = None) -> None:  # fmt: skip
        if work.options.settings is None:
            raise ValueError("a batch handed to the provider needs a model")
        self.work, self.outbox, self.how, self.progress = work, outbox, how, progress
        self.settings = work.options.settings
        self.tally = Tally(total=work.sheet.count, earlier_errors=outbox.done_errors,
                           unsent_why="their batch ended without their reply")  # fmt: skip
        self.live: dict[int, tuple[Job, Attempts]] = {}
        #: The last progress line of each batch.
        self.seen: dict[str, str] = {}
        #: Looks at a batch in a row that could not reach the provider.
        self.missed = 0

    def run(self) -> Handed:
        return asyncio.run(self._run())

    async def _run(self) -> Handed:
        from sellermail.llm.cache import ResponseCache

        how = self.how
        self.state = load(how.state_path, self.settings, how.input_file) or fresh(
            how.state_path, self.settings, how.input_file
        )
        self.api = BatchAPI(self.settings)
        self.cache = ResponseCache() if self.work.options.cache else None
        if self.cache and self.cache.problem and self.work.notes:
            self.work.notes(f"note: {self.cache.problem}")
        try:
            await self.api.check()
            self._begin()
            number = 0
            while self.live:
                number += 1
                if waiting := await self._round(number):
                    return Handed(self.tally, waiting)
        except TransportError as exc:
            if not self.state.batches:
                raise SellermailError(f"model: {exc}. Nothing was submitted") from None
            raise SellermailError(
                f"model: {exc}. The batches keep running at the provider and the rows done so "
                f"far are saved; run again with --resume to collect them"
            ) from None
        finally:
            await self.api.close()
            if self.cache:
                self.cache.close()
        if not self.tally.unsent:
            self.state.forget()
        return Handed(self.tally)

    def _begin(self) -> None:
        """Every row not yet in OUT rendered; a row that cannot be is written with its error."""
        for row in self.work.pending(self.outbox, self.tally):
            begun = self.work.begin(row, self.settings)
            if isinstance(begun, dict):
                self._write(begun)
            else:
                self.live[row.number] = begun

    def _write(self, data: dict[str, object], usage: dict[str, int] | None = None) -> None:
        self.outbox.write(data)
        self.tally.add(data, usage)
        if self.progress:
            self.progress(self.tally)

    def _finish(self, number: int, outcome: Polished) -> None:
        job, _ = self.live.pop(number)
        self._write(line(job, outcome), outcome.usage)

    async def _round(self, number: int) -> list[str]:
        """One round: the rows' next requests answered, their replies judged. Returns the
        batches left running when ``--submit-only`` stops here."""
        asking: dict[int, ChatRequest] = {}
        for row, (_, attempts) in list(self.live.items()):
            request = attempts.request()
            if request is None:
                self._finish(row, attempts.fallback())
            else:
                asking[row] = request
        answers: dict[int, Completion | Failure] = {}
        if self.cache:
            for row, request in asking.items():
                if (hit := self.cache.get(response_cache.key(request, self.settings))) is not None:
                    self.tally.cache_hits += 1
                    answers[row] = replace(hit, prompt_tokens=0, completion_tokens=0)
        cached = set(answers)
        running = await self._attach(number, asking, answers)
        settled = answers.keys() | {row for batch in running for row in batch.rows}
        if missing := {row: r for row, r in asking.items() if row not in settled}:
            running += await self._submit(number, missing)
        if running and self.how.submit_only:
            return [batch.id for batch in running if batch.id]
        for batch, status in zip(running, await self._wait(running), strict=True):
            await self._collect(batch, status, answers)
        self._judge(asking, answers, cached)
        return []

    async def _attach(self, number: int, asking: dict[int, ChatRequest],
                      answers: dict[int, Completion | Failure]) -> list[Submitted]:  # fmt: skip
        """The saved batches of this round that hold a row still asking: those finished give
        their replies now, those running are returned (to be waited for)."""
        running = []
        for batch in self.state.of_round(number):
            if not any(row in asking and row not in answers for row in batch.rows):
                continue
            if batch.id is None:  # killed after uploading its file: created, or not yet?
                found = await self.api.started_from(batch.input_file)
                status = found or await self.api.create(batch.input_file, self._note(number))
                batch.id = status.id
                self.state.save()
            else:
                status = await self.api.retrieve(batch.id)
            self._show(number, status)
            if status.finished:  # before this run: a row it did not answer is sent again
                got: dict[int, Completion | Failure] = {}
                await self._collect(batch, status, got)
                answers.update((row, answer) for row, answer in got.items()
                               if not (isinstance(answer, Failure) and answer.transient))  # fmt: skip
            else:
                running.append(batch)
        return running

    def _note(self, number: int) -> str:
        return f"{self.outbox.path.name}, round {number}"

    async def _submit(self, number: int, requests: dict[int, ChatRequest]) -> list[Submitted]:
        """New batches for ``requests``: each input file's id saved once uploaded, each batch's
        id once created."""
        rows = sorted(requests)
        lines = [provider.request_line(provider.custom_id(row), requests[row]) for row in rows]
        made = []
        for part, (start, end) in enumerate(provider.split([len(x) for x in lines]), 1):
            name = f"{self.outbox.path.stem}-round{number}-{part}.jsonl"
            file_id = await self.api.upload(name, b"".join(lines[start:end]))
            batch = Submitted(number, rows[start:end], file_id)
            self.state.batches.append(batch)
            self.state.save()
            status = await self.api.create(file_id, self._note(number))
            batch.id, batch.status = status.id, status.status
            self.state.save()
            self._show(number, status)
            made.append(batch)
        return made

    def _show(self, number: int, status: Status) -> None:
        """A progress line when a batch's status or counts change."""
        shown = _shown(status)
        if self.seen.get(status.id) != shown:
            self.seen[status.id] = shown
            self.how.status(f"round {number}: {shown}")

    async def _wait(self, running: list[Submitted]) -> list[Status]:
        """Look at every running batch, pausing longer each time, until each has finished."""
        statuses: dict[int, Status] = {}
        pause = self.how.poll
        while len(statuses) < len(running):
            await asyncio.sleep(pause)
            pause = min(pause * POLL_GROWTH, POLL_LONGEST)
            for index, batch in enumerate(running):
                if index in statuses or batch.id is None:
                    continue
                status = await self._look(batch.id)
                if status is None:
                    break
                self._show(batch.round, status)
                if status.finished:
                    statuses[index] = status
                    batch.status = status.status
                    self.state.save()
        return [statuses[index] for index in range(len(running))]

    async def _look(self, batch_id: str) -> Status | None:
        """A running batch's status; ``None`` when the provider could not be reached this time
        (after the request's own retries): a run waiting a day outlives a passing outage, up
        to :data:`MISSED_LOOKS` looks in a row."""
        try:
            status = await self.api.retrieve(batch_id)
        except TransportError as exc:
            self.missed += 1
            if not exc.transient or self.missed >= MISSED_LOOKS:
                raise
            self.how.status(f"could not look at {batch_id} ({exc}); trying again")
            return None
        self.missed = 0
        return status

    async def _collect(self, batch: Submitted, status: Status,
                       answers: dict[int, Completion | Failure]) -> None:  # fmt: skip
        """The replies of a finished batch to rows still without one (its output and error
        files are read only when a row needs them)."""
        wanted = {provider.custom_id(row): row for row in batch.rows if row not in answers}
        if not wanted:
            return
        found: dict[str, Completion | Failure] = {}
        for file_id in (status.error_file_id, status.output_file_id):  # replies win
            if file_id:
                found.update(provider.results(await self.api.download(file_id)))
        for custom_id, row in wanted.items():
            if custom_id in found:
                answers[row] = found[custom_id]
            elif status.status != "completed":
                answers[row] = Failure(None, f"batch {status.id} {status.status}")

    def _judge(self, asking: dict[int, ChatRequest],
               answers: dict[int, Completion | Failure], cached: set[int]) -> None:  # fmt: skip
        """Each reply judged as a live run judges it; a row without one is left for --resume
        (or falls back, ``--strict``)."""
        for row, request in asking.items():
            got = answers.get(row)
            attempts = self.live[row][1]
            if isinstance(got, Completion):
                if self.cache and row not in cached:
                    self.cache.put(response_cache.key(request, self.settings), got)
                if (outcome := attempts.take(got)) is not None:
                    self._finish(row, outcome)
                continue
            failure = got or Failure(None, "the batch gave no reply for it")
            where = self.settings.masked_url() or "the OpenAI API"
            code = f"HTTP {failure.status}: " if failure.status else ""
            error = TransportError(f"{where}: {code}{failure.why}", status=failure.status)
            if failure.transient and not self.how.strict:
                del self.live[row]
                self.tally.unsent += 1
                if self.progress:
                    self.progress(self.tally)
            else:
                self._finish(row, attempts.unreachable(error))


def refuse_unsupported(work: Batch) -> None:
    """A profile known to have no batch API is refused before anything is sent."""
    settings = work.options.settings
    if settings is not None and settings.batch_api is False:
        raise SellermailError(
            f"--via batch-api: the {settings.profile or 'chosen'} profile's provider has no "
            "batch API; use --via direct"
        )
