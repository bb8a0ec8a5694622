"""A whole batch run, as the library offers it: the input read and its columns mapped, every row
written to the output file, the spreadsheet copy made. The CLI calls :func:`run_batch` (or
:func:`check_batch` for ``--dry-run``) and only prints what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sellermail.batch.outbox import Outbox, check_copy, copy_path, spreadsheet_copy
from sellermail.batch.provider import Handover, Rounds, refuse_unsupported
from sellermail.batch.runner import Batch, Estimate, Options, Progress, Tally
from sellermail.batch.sheets import Sheet, map_columns, read_column_map
from sellermail.batch.state import state_path
from sellermail.compose.catalogue import Catalogue, builtin
from sellermail.errors import SellermailError
from sellermail.io.files import same_file
from sellermail.llm.config import LLMSettings
from sellermail.llm.polish import DEFAULT_MAX_ATTEMPTS, offline_reason

#: What ``--format`` may name: a spreadsheet copy beside the JSON Lines output.
OUT_FORMATS = ("csv",)
#: What ``--via`` may name: live requests, or the provider's batch service.
VIAS = ("direct", "batch-api")


@dataclass
class BatchRequest:
    """Everything a batch run needs to know, as the user gave it."""

    input_file: Path
    #: The JSON Lines output (``None`` for a dry run, which writes nothing).
    out: Path | None = None
    #: ``csv``: a spreadsheet copy beside ``out``.
    out_format: str | None = None
    #: Continue ``out`` (skip its rows), or replace it; an existing ``out`` is otherwise refused.
    resume: bool = False
    overwrite: bool = False
    scenario: str | None = None
    tone: str | None = None
    channel: str = "amazon"
    #: Rows without a language column: ``None`` is each row's marketplace's language.
    language: str | None = None
    columns: Path | None = None
    catalogue: Catalogue = field(default_factory=builtin)
    #: The model; ``None`` or a settings object with an ``offline_reason`` renders offline.
    settings: LLMSettings | None = None
    offline: bool = False
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    concurrency: int = 8
    cache: bool = True
    #: ``direct`` (live requests) or ``batch-api`` (the provider's batch service).
    via: str = "direct"
    #: ``batch-api``: create the first round's batches and stop (``resume`` collects).
    submit_only: bool = False
    #: ``batch-api``: a row whose batch ended without its reply falls back (not left out).
    strict: bool = False
    #: ``batch-api``: the first pause between two looks at a batch (seconds).
    poll: float = 5.0


@dataclass
class Prepared:
    """A batch ready to run: the request, the work, and why it runs offline (``None`` when it
    calls a model)."""

    request: BatchRequest
    work: Batch
    offline_reason: str | None

    @property
    def rows(self) -> int:
        return self.work.sheet.count


def prepare(request: BatchRequest, notes: Callable[[str], None] | None = None) -> Prepared:
    """Check the output's options, read the input's header and map its columns: a column that
    maps to no field, or a field filled twice, stops here, before any row is written. Notes
    (the model is off, the cache is off, an interruption) go to ``notes``."""
    if request.via not in VIAS:
        raise SellermailError(f"--via: {request.via!r} is unknown (expected direct or batch-api)")
    if request.submit_only and request.via != "batch-api":
        raise SellermailError("--submit-only: only with --via batch-api")
    if request.out is not None:
        inputs = [request.input_file, *([request.columns] if request.columns else [])]
        check_out(inputs, request.out, request.out_format, resume=request.resume,
                  overwrite=request.overwrite)  # fmt: skip
        check_state(inputs, request)
    sheet = Sheet(request.input_file)
    user_map = read_column_map(request.columns, request.catalogue) if request.columns else None
    mapping = map_columns(sheet.headers, user_map, request.catalogue)
    settings = request.settings
    if settings is None:
        why_offline: str | None = "--offline" if request.offline else "no model configured"
    else:
        why_offline = offline_reason(settings, request.offline)
    options = Options(scenario=request.scenario, tone=request.tone, channel=request.channel,
                      language=request.language, catalogue=request.catalogue, settings=None if why_offline else settings,
                      max_attempts=request.max_attempts, concurrency=request.concurrency,
                      cache=request.cache)  # fmt: skip
    work = Batch(sheet, mapping, options, notes=notes)
    if request.via == "batch-api" and not why_offline:
        refuse_unsupported(work)
    return Prepared(request, work, why_offline)


def check_state(inputs: list[Path], request: BatchRequest) -> None:
    """Batches submitted for this output are collected only by ``--via batch-api --resume``
    (a run that ignored them would pay for the rows twice), or forgotten by ``--overwrite``."""
    assert request.out is not None
    saved = state_path(request.out)
    for given in inputs:
        if same_file(saved, given):
            raise SellermailError(f"--out: {str(saved)!r} would overwrite the input; name another")
    if request.overwrite or not saved.exists():
        return
    if not request.resume or request.via != "batch-api":
        raise SellermailError(
            f"--out: {str(saved)!r} lists batches submitted for this output; "
            "--via batch-api --resume collects them (--overwrite starts again)"
        )


def check_out(inputs: list[Path], out: Path, out_format: str | None, *, resume: bool,
              overwrite: bool) -> None:  # fmt: skip
    """Refuse an output that is one of the inputs (by name, through a symbolic link, or as a
    hard link to it), a format we cannot write, or asking to continue and to replace the output
    at once."""
    if out_format not in (None, *OUT_FORMATS):
        raise SellermailError(f"--format: {out_format!r} is unknown (expected csv)")
    if resume and overwrite:
        raise SellermailError("--resume and --overwrite: choose one (continue OUT, or replace it)")
    if out_format and out.suffix.lower() == ".csv":
        raise SellermailError(
            "--out: name the JSON Lines file (OUT.jsonl); --format csv writes OUT.csv beside it"
        )
    outputs = [("--out", out), *([("--format csv", copy_path(out))] if out_format else [])]
    for option, path in outputs:
        for given in inputs:
            if same_file(path, given):
                raise SellermailError(
                    f"{option}: {str(path)!r} would overwrite the input {str(given)!r} (it is "
                    "that file, or a link to it); name another file"
                )


@dataclass
class BatchResult:
    tally: Tally
    out: Path
    #: The spreadsheet copy, when one was asked for.
    copy: Path | None = None
    #: ``--submit-only``: the batches submitted and still running (``--resume`` collects).
    waiting: list[str] = field(default_factory=list)

    def failed(self, strict: bool) -> bool:
        """Whether the run falls short: a row has an error or was not written, or (``strict``)
        a row did not get the model's text; never while batches are left running
        (``--submit-only``)."""
        if self.waiting:
            return False
        short_of_model = sum(n for source, n in self.tally.sources.items() if source != "llm")
        return bool(self.tally.errors or self.tally.earlier_errors or self.tally.unsent
                    or (strict and short_of_model))  # fmt: skip


def run_batch(prepared: Prepared, progress: Progress | None = None) -> BatchResult:
    """Write a line for every row of the input to the request's ``out`` (see
    :mod:`sellermail.batch.outbox`), then the spreadsheet copy if asked. Interrupted, the rows
    written so far stay in ``out`` and ``resume`` continues them."""
    request, work = prepared.request, prepared.work
    if request.out is None:
        raise SellermailError("--out: name the file the results go to (OUT.jsonl)")
    if request.out_format:  # an existing OUT.csv: refused before a line is written
        check_copy(request.out, resume=request.resume, overwrite=request.overwrite)
    outbox = Outbox(request.out, resume=request.resume, overwrite=request.overwrite)
    note = work.notes or (lambda _: None)
    if prepared.offline_reason:
        note(f"offline ({prepared.offline_reason}): every row gets the deterministic text")
    try:  # the output stays locked until its spreadsheet copy is written
        waiting: list[str] = []
        if request.overwrite and state_path(request.out).exists():
            state_path(request.out).unlink()
            note("note: the batches of the earlier run are forgotten, not cancelled")
        if request.via == "batch-api" and not prepared.offline_reason:
            how = Handover(state_path(request.out), request.input_file, request.submit_only,
                           request.strict, request.poll, status=note)  # fmt: skip
            handed = Rounds(work, outbox, how, progress).run()
            tally, waiting = handed.tally, handed.waiting
        else:
            tally = work.run(outbox, progress)
        copy = spreadsheet_copy(request.out) if request.out_format and not waiting else None
    except KeyboardInterrupt:
        note(f"the rows done so far are in {request.out}; --resume continues from there")
        raise
    finally:
        outbox.close()
    return BatchResult(tally, request.out, copy, waiting)


def check_batch(prepared: Prepared, progress: Progress | None = None) -> Estimate:
    """``--dry-run``: every row validated and rendered, and the tokens of its first attempt."""
    return prepared.work.estimate(prepared.work.options.settings, progress)
