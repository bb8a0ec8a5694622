"""The command line: parses arguments, calls the library, prints. Nothing else lives here.

Text goes to stdout; warnings and notes to stderr. Exit codes: see :class:`ExitStatus`.
"""

# No ``from __future__ import annotations`` here: typer reads every parameter's annotation at
# start-up, and string annotations would each be evaluated again (about 10 ms of every run).
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sellermail.compose import catalogue
from sellermail.compose.catalogue import CHANNELS, TONES
from sellermail.errors import ExitStatus, SellermailError

if TYPE_CHECKING:
    from sellermail.llm.polish import Polished

app = typer.Typer(
    name="sellermail",
    help="Careful English messages for cross-border sellers: render, polish, guard.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        from sellermail import __version__

        typer.echo(f"sellermail {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Careful English messages for cross-border sellers: render, polish, guard."""


config_app = typer.Typer(help="Show or create the configuration (LLM profiles, templates).")
app.add_typer(config_app, name="config")

Scenario = Annotated[str, typer.Argument(help="A scenario id (see: sellermail list).")]
TemplatesDir = Annotated[
    Path | None,
    typer.Option("--templates-dir", help="A folder of your own templates, searched first."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
Facts = Annotated[Path | None, typer.Option("--facts", help="A YAML or JSON file of field: value.")]
Sets = Annotated[
    list[str] | None,
    typer.Option("--set", help="field=value; repeatable; lists comma- or ;-separated."),
]
Tone = Annotated[
    str | None, typer.Option(help=f"One of {', '.join(TONES)} (default: the scenario's).")
]
Channel = Annotated[str, typer.Option(help=f"One of {', '.join(CHANNELS)}.")]
Offline = Annotated[bool, typer.Option(help="Do not call a model.")]
Model = Annotated[str | None, typer.Option(help="The model name.")]
BaseUrl = Annotated[
    str | None, typer.Option(help="An OpenAI-compatible API, e.g. http://localhost:8080/v1.")
]
Profile = Annotated[
    str | None, typer.Option(help="An LLM profile: openai, deepseek, qwen, ollama, ...")
]
Temperature = Annotated[float | None, typer.Option(help="Sampling temperature (0-2).")]
MaxAttempts = Annotated[int, typer.Option(min=1, max=10, help="Model calls before falling back.")]
Strict = Annotated[bool, typer.Option(help="Exit 1 when the polish falls back.")]
Message = Annotated[str, typer.Argument(help="The message file (.eml or text), or - for stdin.")]


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _note(message: str) -> None:
    typer.echo(message, err=True)


def _raw_facts(
    facts: Path | None, assignments: list[str] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    from sellermail.compose.facts import parse_assignments, read_facts_file

    return (read_facts_file(facts) if facts else {}), parse_assignments(assignments or [])


def _finish(polished: "Polished", data: dict[str, Any] | None, strict: bool) -> None:
    """Print a polish's warnings and note (stderr), then its message or ``data`` as JSON;
    exit 1 when ``strict`` and it fell back."""
    if polished.rendered:
        for warning in polished.rendered.facts.warnings:
            _note(f"warning: {warning}")
    if polished.note:
        _note(polished.note)
    if data is not None:
        _print_json(data)
    else:
        typer.echo(polished.message)
    failed = strict and polished.source == "fallback"
    raise typer.Exit(ExitStatus.VIOLATIONS if failed else ExitStatus.OK)


def _templates(templates_dir: Path | None) -> Path | None:
    from sellermail.llm.config import load_settings

    return load_settings(templates_dir).templates_dir


@app.command("list")
def list_(templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """List the scenarios: id, Chinese and English title, recipient."""
    found = catalogue.scenarios(_templates(templates_dir))
    if as_json:
        from sellermail.compose.describe import summary

        _print_json([summary(s) for s in found])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "中文", "title", "recipient", box=None, pad_edge=False)
    for scenario in found:
        table.add_row(scenario.id, scenario.title_zh, scenario.title, scenario.recipient)
    Console().print(table)


@app.command()
def show(scenario: Scenario, templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """Show a scenario's fields, types and defaults, and an example facts file."""
    from sellermail.compose.describe import describe, print_description

    spec = catalogue.get(scenario, _templates(templates_dir))
    if as_json:
        _print_json(describe(spec))
    else:
        print_description(spec)


@app.command()
def render(
    scenario: Scenario,
    facts: Facts = None,
    assignments: Sets = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Render a scenario's message from your facts, offline and deterministically."""
    from sellermail.compose.render import render as render_message

    raw, overrides = _raw_facts(facts, assignments)
    message = render_message(scenario, raw, overrides=overrides, tone=tone, channel=channel,
                             templates_dir=_templates(templates_dir))  # fmt: skip
    for warning in message.facts.warnings:
        _note(f"warning: {warning}")
    if as_json:
        _print_json(message.to_dict())
    else:
        typer.echo(message.text)


@app.command()
def polish(
    scenario: Scenario,
    facts: Facts = None,
    assignments: Sets = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    offline: Offline = False,
    model: Model = None,
    base_url: BaseUrl = None,
    profile: Profile = None,
    temperature: Temperature = None,
    max_attempts: MaxAttempts = 3,
    strict: Strict = False,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Render, then rewrite with an LLM for fluency and tone; every fact is guarded."""
    from sellermail.llm.config import load_llm_settings
    from sellermail.llm.polish import polish as polish_message

    raw, overrides = _raw_facts(facts, assignments)
    settings = load_llm_settings(model=model, base_url=base_url, profile=profile,
                                 temperature=temperature)  # fmt: skip
    result = polish_message(scenario, raw, overrides=overrides, tone=tone, channel=channel,
                            templates_dir=_templates(templates_dir), settings=settings,
                            max_attempts=max_attempts, offline=offline)  # fmt: skip
    _finish(result, result.to_dict() if as_json else None, strict)


@app.command()
def check(
    scenario: Annotated[str, typer.Argument(help="The scenario the draft answers.")],
    draft: Annotated[str, typer.Argument(help="The draft's file, or - to read standard input.")],
    facts: Facts = None,
    assignments: Sets = None,
    channel: Channel = "amazon",
    tone: Annotated[
        str | None,
        typer.Option(
            help="Hold the draft to this tone's rendering (default: what every tone keeps)."
        ),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Warnings fail the check too.")] = False,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Check a draft against its facts and the channel's policy (exit 1 on a violation)."""
    from sellermail.guard.check import check as check_draft
    from sellermail.guard.check import read_draft

    raw, overrides = _raw_facts(facts, assignments)
    report = check_draft(scenario, raw | overrides, read_draft(draft), channel=channel, tone=tone,
                         templates_dir=_templates(templates_dir))  # fmt: skip
    if as_json:
        _print_json(report.to_dict())
    elif report.clean:
        typer.echo("ok: no violations")
    else:
        for v in report.violations:
            label = v.kind + (f" ({v.fact})" if v.fact else "") + (f" [{v.rule}]" if v.rule else "")
            typer.echo(f"{v.severity}: {label}: {v.detail}")
    failed = not report.ok or (strict and not report.clean)
    raise typer.Exit(ExitStatus.VIOLATIONS if failed else ExitStatus.OK)


@app.command()
def batch(
    input_file: Annotated[
        Path,
        typer.Argument(metavar="INPUT", help="A .csv, .xlsx or .jsonl file: one row, one message."),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="The results: one JSON line per row (OUT.jsonl).")
    ],
    scenario: Annotated[
        str | None, typer.Option(help="The scenario for rows that name none.")
    ] = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    columns: Annotated[
        Path | None,
        typer.Option("--columns", help="A YAML map of your column headers to field names."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=256, help="Requests to the model in flight at once.")
    ] = 8,
    max_attempts: MaxAttempts = 3,
    offline: Offline = False,
    resume: Annotated[bool, typer.Option(help="Skip the rows already in --out.")] = False,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing --out.")] = False,
    dry_run: Annotated[
        bool, typer.Option(help="Check every row and estimate tokens and cost; send nothing.")
    ] = False,
    cache: Annotated[
        bool, typer.Option(help="Reuse the model's earlier replies (--no-cache asks again).")
    ] = True,
    out_format: Annotated[
        str | None,
        typer.Option("--format", help="csv: also write OUT.csv for Excel (UTF-8 with BOM)."),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Also exit 1 when a row falls back.")] = False,
    model: Model = None,
    base_url: BaseUrl = None,
    profile: Profile = None,
    temperature: Temperature = None,
    templates_dir: TemplatesDir = None,
) -> None:
    """Write a message for every row of a spreadsheet: concurrent, resumable, cached.

    Exit 1 when a row has an error or could not be sent (or, with --strict, falls back).
    """
    from sellermail.batch.outbox import Outbox, spreadsheet_copy
    from sellermail.batch.runner import Batch, Options
    from sellermail.batch.sheets import Sheet, map_columns, read_column_map
    from sellermail.cli import views as report
    from sellermail.llm.config import load_llm_settings
    from sellermail.llm.polish import offline_reason

    if out_format not in (None, "csv"):
        raise SellermailError(f"--format: {out_format!r} is unknown (expected csv)")
    if resume and overwrite:
        raise SellermailError("--resume and --overwrite: choose one (continue OUT, or replace it)")
    if out.resolve() == input_file.resolve() or (
        out_format and out.with_suffix(".csv").resolve() == input_file.resolve()
    ):
        raise SellermailError(f"--out {str(out)!r}: would overwrite the input; name another file")
    if out_format and out.suffix.lower() == ".csv":
        raise SellermailError(
            "--out: name the JSON Lines file (OUT.jsonl); --format csv writes OUT.csv beside it"
        )
    folder = _templates(templates_dir)
    sheet = Sheet(input_file)
    user_map = read_column_map(columns, folder) if columns else None
    mapping = map_columns(sheet.headers, user_map, folder)
    settings = load_llm_settings(model=model, base_url=base_url, profile=profile,
                                 temperature=temperature)  # fmt: skip
    why_offline = offline_reason(settings, offline)
    options = Options(scenario=scenario, tone=tone, channel=channel, templates_dir=folder,
                      settings=None if why_offline else settings, max_attempts=max_attempts,
                      concurrency=concurrency, cache=cache)  # fmt: skip
    work = Batch(sheet, mapping, options, notes=_note)
    if dry_run:
        with report.progress_bar(sheet.count, "checking") as progress:
            found = work.estimate(options.settings, progress)
        report.estimate(found, options.settings, max_attempts)
        raise typer.Exit(ExitStatus.VIOLATIONS if found.tally.errors else ExitStatus.OK)
    outbox = Outbox(out, resume=resume, overwrite=overwrite)
    if why_offline:
        _note(f"offline ({why_offline}): every row gets the deterministic text")
    try:
        with report.progress_bar(sheet.count) as progress:
            tally = work.run(outbox, progress)
    except KeyboardInterrupt:
        _note(f"the rows done so far are in {out}; --resume continues from there")
        raise
    finally:
        outbox.close()
    report.summary(tally, str(out))
    if out_format:
        _note(f"wrote {spreadsheet_copy(out)}")
    failed = tally.errors or tally.unsent or (strict and tally.sources["fallback"])
    raise typer.Exit(ExitStatus.VIOLATIONS if failed else ExitStatus.OK)


@app.command()
def triage(
    message: Annotated[
        str | None, typer.Argument(help="The message file (.eml or text), or - for stdin.")
    ] = None,
    folder: Annotated[
        Path | None, typer.Option("--dir", help="Triage every .eml and .txt file in a folder.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="With --dir: write the JSONL report here.")
    ] = None,
    use_llm: Annotated[
        bool,
        typer.Option(
            "--llm",
            help="Ask the configured model for the kind and facts (only facts written in the "
            "message are kept).",
        ),
    ] = False,
    model: Model = None,
    base_url: BaseUrl = None,
    profile: Profile = None,
    as_json: Json = False,
) -> None:
    """Say what kind an inbound message is, what facts it carries, and which scenario answers it."""
    from sellermail.cli import views as report
    from sellermail.triage.classify import report_line, triage_folder
    from sellermail.triage.classify import triage as triage_message
    from sellermail.triage.message import read_message

    if (message is None) == (folder is None):
        raise SellermailError("triage: give one message (a file or -) or --dir FOLDER")
    if folder is None and out is not None:
        raise SellermailError("--out: writes the report of --dir FOLDER; give --dir too")
    if folder is not None and use_llm:
        raise SellermailError("--llm: reads one message at a time; leave it out with --dir")
    if folder is not None:
        rows = list(triage_folder(folder))
        for _, problem in rows:
            if isinstance(problem, SellermailError):
                _note(f"warning: {problem}")
        lines = [json.dumps(report_line(path, result), ensure_ascii=False) for path, result in rows]
        if out is not None:
            try:
                out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
            except OSError as exc:
                raise SellermailError(
                    f"--out {str(out)!r}: cannot write ({exc.strerror})"
                ) from None
        if as_json:
            typer.echo("\n".join(lines))
        else:
            report.inbox_table(rows)
        return
    assert message is not None
    parsed = read_message(message)
    result = triage_message(parsed)
    if use_llm:
        from sellermail.llm.config import load_llm_settings
        from sellermail.triage.assisted import llm_triage

        settings = load_llm_settings(model=model, base_url=base_url, profile=profile)
        result = llm_triage(parsed, result, settings)
        if result.note:
            _note(result.note)
    if as_json:
        _print_json(result.to_dict())
    else:
        report.triage_summary(result, message)


@app.command()
def reply(
    message: Message,
    facts: Facts = None,
    assignments: Sets = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    offline: Offline = False,
    model: Model = None,
    base_url: BaseUrl = None,
    profile: Profile = None,
    temperature: Temperature = None,
    max_attempts: MaxAttempts = 3,
    strict: Strict = False,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Triage a message, then draft a reply from its scenario (polished when a model is configured)."""
    from sellermail.llm.config import load_llm_settings
    from sellermail.llm.polish import polish as polish_message
    from sellermail.pipeline.reply import assumed, plan
    from sellermail.triage.classify import triage_file

    raw, overrides = _raw_facts(facts, assignments)
    result = triage_file(message)
    folder = _templates(templates_dir)
    draft = plan(result, raw | overrides, channel=channel, templates_dir=folder)
    if draft.language_note:
        _note(draft.language_note)
    for warning in draft.warnings:
        _note(f"warning: {warning}")
    settings = load_llm_settings(model=model, base_url=base_url, profile=profile,
                                 temperature=temperature)  # fmt: skip
    polished = polish_message(draft.scenario, draft.facts | raw, overrides=overrides, tone=tone,
                              channel=channel, templates_dir=folder, settings=settings,
                              max_attempts=max_attempts, offline=offline)  # fmt: skip
    if polished.rendered and (assumption := assumed(polished.rendered.facts)):
        _note(assumption)
    data = {"triage": result.to_dict(), "scenario": draft.scenario.id, "reply": polished.to_dict()}
    _finish(polished, data if as_json else None, strict)


@config_app.command("show")
def config_show(
    profile: Annotated[str | None, typer.Option(help="Show this LLM profile's settings.")] = None,
    as_json: Json = False,
) -> None:
    """Print the effective settings and where each comes from (the key is masked)."""
    from sellermail.llm.config import config_path, load_llm_settings

    settings = load_llm_settings(profile=profile)
    rows = {
        "config file": (str(config_path()), "exists" if config_path().is_file() else "not found"),
        "profile": (settings.profile or "(none)", ""),
        "base_url": (settings.base_url or "(OpenAI default)", settings.sources.get("base_url", "default")),
        "model": (settings.model, settings.sources.get("model", "")),
        "temperature": (str(settings.temperature), settings.sources.get("temperature", "")),
        "api_key": (settings.masked_key(), settings.sources.get("api_key", "")),
        "mode": (f"offline: {settings.offline_reason}" if settings.offline_reason else "polish calls the model", ""),
    }  # fmt: skip
    if as_json:
        _print_json(
            {name: {"value": value, "source": source} for name, (value, source) in rows.items()}
        )
        return
    width = max(map(len, rows))
    for name, (value, source) in rows.items():
        typer.echo(f"{name:<{width}}  {value}" + (f"  ({source})" if source else ""))


@config_app.command("init")
def config_init(
    force: Annotated[bool, typer.Option(help="Overwrite an existing config file.")] = False,
) -> None:
    """Write a starter config file with the built-in LLM profiles explained."""
    from sellermail.llm.config import config_path, write_example

    path = config_path()
    if path.exists() and not force:
        raise SellermailError(
            f"config file {str(path)!r}: exists already (use --force to overwrite)"
        )
    write_example(path)
    typer.echo(f"wrote {path}")


def main() -> None:
    """Console entry point: a user's mistake is one line on stderr and exit status 2."""
    try:
        app()
    except SellermailError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_status)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    sys.exit(ExitStatus.OK)
