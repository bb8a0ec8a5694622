"""The command line: parses arguments, calls the library, prints. Nothing else lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from . import catalogue
from .catalogue import CHANNELS, TONES
from .errors import ExitStatus, SellermailError

app = typer.Typer(
    name="sellermail",
    help="Careful English messages for cross-border sellers: render, polish, guard.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

TemplatesDir = Annotated[
    Path | None,
    typer.Option("--templates-dir", help="A folder of your own templates, searched first."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


@app.command("list")
def list_(templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """List the scenarios: id, Chinese and English title, recipient."""
    from .config import load_settings

    found = catalogue.scenarios(load_settings(templates_dir).templates_dir)
    if as_json:
        _print_json([_summary(s) for s in found])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "中文", "title", "recipient", box=None, pad_edge=False)
    for scenario in found:
        table.add_row(scenario.id, scenario.title_zh, scenario.title, scenario.recipient)
    Console().print(table)


def _summary(scenario: catalogue.Scenario) -> dict[str, Any]:
    return {
        "id": scenario.id,
        "title": scenario.title,
        "title_zh": scenario.title_zh,
        "category": scenario.category,
        "recipient": scenario.recipient,
        "tone": scenario.tone,
        "channels": list(scenario.channels),
    }


@app.command()
def show(
    scenario: Annotated[str, typer.Argument(help="A scenario id (see: sellermail list).")],
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Show a scenario's fields, types and defaults, and an example facts file."""
    from .config import load_settings
    from .describe import describe, print_description

    spec = catalogue.get(scenario, load_settings(templates_dir).templates_dir)
    if as_json:
        _print_json(describe(spec))
    else:
        print_description(spec)


@app.command()
def render(
    scenario: Annotated[str, typer.Argument(help="A scenario id (see: sellermail list).")],
    facts: Annotated[
        Path | None, typer.Option("--facts", help="A YAML or JSON file of field: value.")
    ] = None,
    assignments: Annotated[
        list[str] | None,
        typer.Option("--set", help="field=value; repeatable; lists comma- or ;-separated."),
    ] = None,
    tone: Annotated[
        str | None, typer.Option(help=f"One of {', '.join(TONES)} (default: the scenario's).")
    ] = None,
    channel: Annotated[str, typer.Option(help=f"One of {', '.join(CHANNELS)}.")] = "amazon",
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Render a scenario's message from your facts, offline and deterministically."""
    from .config import load_settings
    from .facts import parse_assignments, read_facts_file
    from .render import render as render_message

    message = render_message(
        scenario,
        read_facts_file(facts) if facts else {},
        overrides=parse_assignments(assignments or []),
        tone=tone,
        channel=channel,
        templates_dir=load_settings(templates_dir).templates_dir,
    )
    for warning in message.facts.warnings:
        _warn(warning)
    if as_json:
        _print_json(message.to_dict())
    else:
        typer.echo(message.text)


@app.command()
def check(
    scenario: Annotated[str, typer.Argument(help="The scenario the draft answers.")],
    draft: Annotated[str, typer.Argument(help="The draft's file, or - to read standard input.")],
    facts: Annotated[
        Path | None, typer.Option("--facts", help="The facts the draft must keep (YAML/JSON).")
    ] = None,
    assignments: Annotated[
        list[str] | None, typer.Option("--set", help="field=value; repeatable.")
    ] = None,
    channel: Annotated[str, typer.Option(help=f"One of {', '.join(CHANNELS)}.")] = "amazon",
    strict: Annotated[bool, typer.Option(help="Warnings fail the check too.")] = False,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Check a draft against its facts and the channel's policy (exit 1 on a violation)."""
    from .config import load_settings
    from .facts import parse_assignments, read_facts_file
    from .guard import check as check_draft
    from .guard import read_draft

    raw = read_facts_file(facts) if facts else {}
    raw |= parse_assignments(assignments or [])
    report = check_draft(
        scenario,
        raw,
        read_draft(draft),
        channel=channel,
        templates_dir=load_settings(templates_dir).templates_dir,
    )
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
