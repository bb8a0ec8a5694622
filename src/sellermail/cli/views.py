"""What the commands print: JSON, notes and warnings (stderr), a polished message, a guard's
violations, the scenario table and a scenario's description, a batch's live progress bar (on a
terminal only), its summary and what ``--dry-run`` found (stderr), a triage's summary and an
inbox's table grouped by kind.

Nothing reaches the terminal raw that could drive it: every text printed (a model's reply, an
inbound message's facts, a draft's quoted words, a file name) goes through
:func:`~sellermail.io.terminal.printable` (ANSI escapes, carriage returns, backspaces and bidi
overrides shown as ``\\x1b``, ``\\u202e``), and JSON escapes them too. Notes and errors also
have secrets masked (:func:`~sellermail.guard.secrets.redact`)."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer

from sellermail.guard.secrets import redact
from sellermail.io.terminal import json_text, printable

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console

    from sellermail.batch.runner import Estimate, Progress, Tally
    from sellermail.compose.catalogue import Scenario
    from sellermail.errors import SellermailError
    from sellermail.guard.verdict import Report
    from sellermail.llm.config import LLMSettings
    from sellermail.llm.polish import Polished
    from sellermail.triage.classify import Triage

#: Row errors listed by --dry-run before "... and N more".
SHOWN_ERRORS = 50


def print_json(data: Any) -> None:
    typer.echo(json_text(data, indent=2))


def print_lines(items: Iterable[Any]) -> None:
    """JSON Lines on stdout."""
    typer.echo("\n".join(json_text(item) for item in items))


def text(message: str) -> None:
    """A message (a rendering, a polished text, an example file) on stdout."""
    typer.echo(printable(message))


def note(message: str) -> None:
    """A note, warning or error on stderr: secrets masked, control characters escaped."""
    typer.echo(printable(redact(message)), err=True)


def _markup(value: str) -> str:
    """``value`` safe inside rich markup: escaped, and printable."""
    from rich.markup import escape

    return escape(printable(value))


def warnings(found: Iterable[str]) -> None:
    for warning in found:
        note(f"warning: {warning}")


def polished(result: Polished, data: dict[str, Any] | None) -> None:
    """A polish's warnings and note (stderr), then its message, or ``data`` as JSON."""
    if result.rendered:
        warnings(result.rendered.facts.warnings)
    if result.note:
        note(result.note)
    if data is not None:
        print_json(data)
    else:
        text(result.message)


def violations(report: Report) -> None:
    """A checked draft: ``ok`` or one line a violation."""
    if report.clean:
        typer.echo("ok: no violations")
    for v in report.violations:
        label = v.kind + (f" ({v.fact})" if v.fact else "") + (f" [{v.rule}]" if v.rule else "")
        typer.echo(printable(f"{v.severity}: {label}: {v.detail}"))


def settings_table(rows: dict[str, tuple[str, str]]) -> None:
    """``config show``: name, value and where it came from, aligned."""
    width = max(map(len, rows))
    for name, (value, source) in rows.items():
        line = f"{name:<{width}}  {value}" + (f"  ({source})" if source else "")
        typer.echo(printable(redact(line)))


def scenario_table(found: list[Scenario]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    # An id is typed back as written: it is never cut, the titles wrap instead.
    table.add_column("id", no_wrap=True, min_width=max((len(s.id) for s in found), default=2))
    table.add_column("中文", overflow="fold")
    table.add_column("title", overflow="fold")
    table.add_column("recipient", no_wrap=True)
    for scenario in found:
        table.add_row(*map(_markup, (scenario.id, scenario.title_zh, scenario.title,
                                     scenario.recipient)))  # fmt: skip
    Console().print(table)


def _default_text(kind: str, value: Any) -> str:
    """A field's default as ``show`` prints it: a list of values (offers, ASINs) joined by
    commas; a list of sentences is printed under the table; candidates for one value (the
    first whose fields are given wins, e.g. a signer) as "A, else B"."""
    if value is None:
        return ""
    if not isinstance(value, list):
        return str(value)
    if kind == "list":
        return "see below"
    if kind in ("offers", "asin_list"):
        return ", ".join(str(item) for item in value)
    return ", else ".join(str(item) for item in value)


def description(scenario: Scenario) -> None:
    """``show``: header, fields table, example facts file."""
    from rich.console import Console
    from rich.table import Table

    from sellermail.compose.describe import describe, example_yaml, render_command

    escape = _markup
    out = Console()
    out.print(f"[bold]{escape(scenario.id)}[/bold]  {escape(scenario.title)} / "
              f"{escape(scenario.title_zh)}")  # fmt: skip
    out.print(
        f"recipient: {scenario.recipient}   default tone: {scenario.tone}   "
        f"channels: {', '.join(scenario.channels)}   languages: {', '.join(scenario.languages)}"
    )
    for channel, reason in describe(scenario)["refused"].items():
        out.print(f"refused on {channel}: {escape(reason)}")
    table = Table("field", "type", "required", "default", "help", box=None, pad_edge=False)
    for spec in scenario.fields.values():
        table.add_row(escape(spec.name), escape(spec.type), "yes" if spec.required else "",
                      escape(_default_text(spec.type, spec.default)), escape(spec.help))  # fmt: skip
    out.print(table)
    for spec in scenario.fields.values():
        if spec.type == "list" and spec.default:
            out.print(f"\n[bold]Default {spec.name}[/bold], used when you give none:")
            for number, item in enumerate(spec.default, start=1):
                out.print(f"  {number}. {escape(str(item))}", highlight=False)
    out.print(
        f"\n[bold]Example facts file[/bold] ({escape(render_command(scenario))}):",
        soft_wrap=True,  # commands stay whole, to be copied
    )
    out.print(escape(example_yaml(scenario)), end="", soft_wrap=True, highlight=False)


def console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def progress_bar(total: int, label: str = "rows") -> Iterator[Progress]:
    """A progress bar (rows, polished, fell back, errors, cache hits, ETA); yields the
    callback that moves it. Off when stderr is not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    out = console()
    bar = Bar(
        TextColumn(label),
        BarColumn(bar_width=24),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[counts]}"),
        console=out,
        disable=not out.is_terminal,
    )
    task = bar.add_task(label, total=total, counts="")

    def move(tally: Tally) -> None:
        counts = {"polished": tally.sources["llm"], "fell back": tally.sources["fallback"],
                  "errors": tally.errors, "cache hits": tally.cache_hits}  # fmt: skip
        shown = " · ".join(f"{name} {n}" for name, n in counts.items() if n or name == "errors")
        bar.update(task, completed=tally.finished, counts=shown)

    with bar:
        yield move


def summary(tally: Tally, out_path: str) -> None:
    """The table printed when a batch ends."""
    from rich.table import Table

    elapsed = time.monotonic() - tally.started
    done = tally.finished - tally.skipped
    table = Table(show_header=False, box=None)
    rows = [
        ("rows", f"{tally.total}"),
        ("already done (--resume)", f"{tally.skipped}" if tally.skipped else ""),
        ("polished (llm)", f"{tally.sources['llm']}" if tally.sources["llm"] else ""),
        ("fell back to the deterministic text", f"{tally.sources['fallback']}" if tally.sources["fallback"] else ""),
        ("offline (deterministic text)", f"{tally.sources['offline']}" if tally.sources["offline"] else ""),
        ("errors (see the error key)", f"{tally.errors + tally.earlier_errors}"),
        (f"not written, {tally.unsent_why} (rerun with --resume)", f"{tally.unsent}" if tally.unsent else ""),
        ("cache hits", f"{tally.cache_hits}" if tally.cache_hits else ""),
        ("tokens used (prompt + completion)", f"{tally.prompt_tokens:,} + {tally.completion_tokens:,}" if tally.prompt_tokens else ""),
        ("time", f"{elapsed:.1f} s ({done / elapsed:,.0f} rows/s)" if elapsed > 0 else ""),
    ]  # fmt: skip
    for name, value in rows:
        if value:
            table.add_row(name, value)
    out = console()
    out.print(printable(f"results: {out_path}"), markup=False, soft_wrap=True)
    out.print(table)


def estimate(found: Estimate, settings: LLMSettings | None, max_attempts: int) -> None:
    """What ``--dry-run`` prints: the rows' errors, then the counts, tokens and cost
    (``settings``: the model that would be called; ``None`` when the batch is offline)."""
    out = console()
    for number, error in found.errors[:SHOWN_ERRORS]:
        out.print(printable(redact(f"row {number}: {error}")), markup=False, soft_wrap=True)
    if len(found.errors) > SHOWN_ERRORS:
        out.print(f"... and {len(found.errors) - SHOWN_ERRORS} more rows with errors")
    valid = found.tally.sources["valid"]
    out.print(f"dry run: {_rows(valid)} valid, {found.tally.errors} with errors; nothing was sent")
    if settings is None:
        out.print("offline: no model would be called, so no tokens would be spent")
        return
    if not found.prompt_tokens:
        return
    out.print(
        f"estimated tokens, first attempts: {found.prompt_tokens:,} prompt + "
        f"{found.completion_tokens:,} completion (about 4 characters a token); "
        f"with retries, up to {max_attempts}x that"
    )
    low, high = found.cost(settings.prices), found.cost(settings.prices, max_attempts)
    if low is None or high is None:
        out.print(
            "estimated cost: unknown — set price_input and price_output (USD per million "
            "tokens) in your profile (see: sellermail config init)"
        )
    else:
        out.print(f"estimated cost: ${low:,.2f} (if every first attempt passes) to ${high:,.2f}")


def batch_plan(found: Estimate, settings: LLMSettings) -> None:
    """What ``--dry-run --via batch-api`` would submit."""
    from sellermail.llm.batches import split

    requests, files = len(found.lines), len(split(found.lines))
    out = console()
    out.print(
        f"batch API: round 1 would submit {requests:,} request{'s' * (requests != 1)} in "
        f"{files:,} file{'s' * (files != 1)} (one batch per file); rows whose replies fail the "
        "guard go into later rounds"
    )
    if settings.prices and requests:
        out.print(
            "the cost above is at your profile's prices; OpenAI and DashScope publish batch "
            "prices of about half their live ones"
        )


def submitted(batches: list[str], state: str) -> None:
    """``--submit-only``: the batch ids on stdout, and how to collect them."""
    for batch in batches:
        text(batch)
    count = f"{len(batches)} batch" + ("es are" if len(batches) > 1 else " is")
    note(
        f"{count} running at the provider (saved in {state}); collect the results later "
        "with the same command, --resume instead of --submit-only"
    )


def triage_summary(result: Triage, source: str) -> None:
    """A triage as aligned lines: kind and confidence, scenario, language, facts, next step."""
    from rich.console import Console

    from sellermail.guard.language import name

    escape = _markup

    rows = {"kind": f"[bold]{result.kind}[/bold] (confidence {result.confidence:.2f})",
            "scenario": escape(result.scenario or "none"),
            "language": f"{name(result.language)} ({result.language})"}  # fmt: skip
    if not result.sure:
        maybe = f"{result.kind} or {result.runner_up}" if result.runner_up else result.kind
        rows["scenario"] = escape(f"none: not sure ({maybe}); choose with reply --scenario ID")
    elif result.runner_up:
        rows["runner-up"] = escape(result.runner_up)
    if result.reply_by:
        rows["reply by"] = escape(result.reply_by)
    for key, value in result.facts.items():
        rows[key] = escape(", ".join(value) if isinstance(value, list) else str(value))
    if result.kind != "other" and (result.scenario or not result.sure):
        import shlex

        rows["next"] = escape(f"sellermail reply {shlex.quote(source)}")
    width = max(map(len, rows))
    out = Console(soft_wrap=True, highlight=False)
    for label, value in rows.items():
        out.print(f"{label:<{width}}  {value}")


def _due(result: Triage) -> tuple[float, str]:
    """Sorts messages with a deadline first, the earliest first; and the deadline in UTC."""
    import datetime as dt

    if not result.reply_by:
        return math.inf, "-"
    due = dt.datetime.fromisoformat(result.reply_by).astimezone(dt.UTC)
    return due.timestamp(), due.strftime("%Y-%m-%d %H:%M")


def inbox_table(rows: list[tuple[Path, Triage | SellermailError]]) -> None:
    """The triage of a folder, one line a message, the most urgent first: by the reply's
    deadline, then urgent kinds, then the contract's order (plain aligned text: a table of
    thousands of lines prints at once). A kind triage is not sure of ends in "?"."""
    import sys

    from sellermail.triage.classify import Triage, report_order

    done = sorted(((p, r) for p, r in rows if isinstance(r, Triage)),
                  key=lambda row: (_due(row[1])[0], report_order(row[1].kind), row[0].name))  # fmt: skip
    lines = [("reply by (UTC)", "kind", "file", "conf.", "lang", "order")]
    for path, result in done:
        order = result.facts.get("order_id") or ", ".join(result.facts.get("order_ids", []))
        kind = result.kind if result.sure else f"{result.kind}?"
        due = _due(result)[1]
        shown = [printable(cell) for cell in (kind, path.name, result.language, order)]
        lines.append((due, shown[0], shown[1], f"{result.confidence:.2f}", shown[2], shown[3]))
    widths = [max(len(line[i]) for line in lines) for i in range(5)]
    text = []
    for *cells, order in lines:
        aligned = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        text.append(f"{aligned}  {order}".rstrip() + "\n")
    sys.stdout.write("".join(text))


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"
