"""Commands on one message: ``list``, ``show``, ``render``, ``polish``, ``check``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from typing import Annotated

import typer

from sellermail.cli import status, views
from sellermail.cli.options import (
    BaseUrl,
    Channel,
    Facts,
    Json,
    MaxAttempts,
    Model,
    Offline,
    Profile,
    ScenarioName,
    Sets,
    Strict,
    Temperature,
    TemplatesDir,
    Tone,
    catalogue,
    llm_settings,
    raw_facts,
)


def list_(templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """List the scenarios: id, Chinese and English title, recipient."""
    found = catalogue(templates_dir).scenarios()
    if as_json:
        from sellermail.compose.describe import summary

        views.print_json([summary(s) for s in found])
    else:
        views.scenario_table(found)


def show(scenario: ScenarioName, templates_dir: TemplatesDir = None, as_json: Json = False) -> None:
    """Show a scenario's fields, types and defaults, and an example facts file."""
    spec = catalogue(templates_dir).find(scenario)
    if as_json:
        from sellermail.compose.describe import describe

        views.print_json(describe(spec))
    else:
        views.description(spec)


def render(
    scenario: ScenarioName,
    facts: Facts = None,
    assignments: Sets = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Render a scenario's message from your facts, offline and deterministically."""
    from sellermail.compose.render import render as render_message

    raw, overrides = raw_facts(facts, assignments)
    message = render_message(scenario, raw, overrides=overrides, tone=tone, channel=channel,
                             catalogue=catalogue(templates_dir))  # fmt: skip
    views.warnings(message.facts.warnings)
    if as_json:
        views.print_json(message.to_dict())
    else:
        typer.echo(message.text)


def polish(
    scenario: ScenarioName,
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
    from sellermail.pipeline.polish import polish as polish_message

    raw, overrides = raw_facts(facts, assignments)
    result = polish_message(scenario, raw, overrides=overrides, tone=tone, channel=channel,
                            catalogue=catalogue(templates_dir),
                            settings=llm_settings(model, base_url, profile, temperature),
                            max_attempts=max_attempts, offline=offline)  # fmt: skip
    views.polished(result, result.to_dict() if as_json else None)
    raise typer.Exit(status.of_polish(result, strict))


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
    strict: Annotated[bool, typer.Option(help="Exit 1 on any violation, warnings too.")] = False,
    templates_dir: TemplatesDir = None,
    as_json: Json = False,
) -> None:
    """Check a draft against its facts and the channel's policy (exit 1 on a violation)."""
    from sellermail.guard.verdict import read_draft
    from sellermail.pipeline.check import check as check_draft

    raw, overrides = raw_facts(facts, assignments)
    report = check_draft(scenario, raw | overrides, read_draft(draft), channel=channel, tone=tone,
                         catalogue=catalogue(templates_dir))  # fmt: skip
    if as_json:
        views.print_json(report.to_dict())
    else:
        views.violations(report)
    raise typer.Exit(status.of_check(report, strict))
