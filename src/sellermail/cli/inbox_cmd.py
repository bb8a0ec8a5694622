"""Commands on inbound messages: ``triage`` and ``reply``."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from pathlib import Path
from typing import Annotated

import typer

from sellermail.cli import status, views
from sellermail.cli.options import (
    BaseUrl,
    Json,
    MessageFile,
    MessageFlags,
    Model,
    ModelFlags,
    Profile,
    Timeout,
    with_flags,
)
from sellermail.errors import SellermailError


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
    overwrite: Annotated[
        bool, typer.Option(help="With --out: replace an existing report file.")
    ] = False,
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
    timeout: Timeout = None,
    as_json: Json = False,
) -> None:
    """Say what kind an inbound message is, what facts it carries, and which scenario answers it."""
    if (message is None) == (folder is None):
        raise SellermailError("triage: give one message (a file or -) or --dir FOLDER")
    if folder is None and out is not None:
        raise SellermailError("--out: writes the report of --dir FOLDER; give --dir too")
    if folder is not None and use_llm:
        raise SellermailError("--llm: reads one message at a time; leave it out with --dir")
    if folder is not None:
        from sellermail.pipeline.inbox import check_report, report_line, triage_folder, write_report

        if out is not None:
            check_report(out, folder, overwrite=overwrite)
        rows = list(triage_folder(folder))
        views.warnings(str(problem) for _, problem in rows if isinstance(problem, SellermailError))
        if out is not None:
            write_report(rows, out, overwrite=overwrite)
        if as_json:
            views.print_lines(report_line(path, result) for path, result in rows)
        else:
            views.inbox_table(rows)
        return
    assert message is not None
    from sellermail.triage.classify import triage as triage_message
    from sellermail.triage.message import read_message

    parsed = read_message(message)
    result = triage_message(parsed)
    if use_llm:
        from sellermail.llm.config import load_llm_settings
        from sellermail.triage.assisted import llm_triage

        settings = load_llm_settings(model=model, base_url=base_url, profile=profile,
                                     timeout=timeout)  # fmt: skip
        result = llm_triage(parsed, result, settings)
        if result.note:
            views.note(result.note)
    if as_json:
        views.print_json(result.to_dict())
    else:
        views.triage_summary(result, message)


@with_flags(MessageFlags, ModelFlags)
def reply(
    source: MessageFile,
    message: MessageFlags,
    model: ModelFlags,
    scenario: Annotated[
        str | None,
        typer.Option(
            "--scenario",
            help="Answer with this scenario (id or title) instead of the one triage suggests; "
            "settles a triage that is not sure.",
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Triage a message, then draft a reply from its scenario (polished when a model is configured)."""
    from sellermail.pipeline.reply import reply as draft_reply

    drafted = draft_reply(source, scenario=scenario, **message.arguments(), **model.arguments())
    for line in drafted.notes:
        views.note(line)
    views.polished(drafted.polished, drafted.to_dict() if as_json else None)
    raise typer.Exit(status.of_polish(drafted.polished, model.strict))
