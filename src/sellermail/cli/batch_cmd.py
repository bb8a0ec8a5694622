"""``batch``: a message for every row of a spreadsheet."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from pathlib import Path
from typing import Annotated

import typer

from sellermail.cli import status, views
from sellermail.cli.options import (
    Channel,
    Language,
    ModelFlags,
    TemplatesDir,
    Tone,
    catalogue,
    with_flags,
)


@with_flags(ModelFlags)
def batch(
    input_file: Annotated[
        Path,
        typer.Argument(metavar="INPUT", help="A .csv, .xlsx or .jsonl file: one row, one message."),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="The results: one JSON line per row (OUT.jsonl).")
    ],
    model: ModelFlags,
    scenario: Annotated[
        str | None, typer.Option(help="The scenario for rows that name none (id or title).")
    ] = None,
    tone: Tone = None,
    channel: Channel = "amazon",
    language: Language = None,
    columns: Annotated[
        Path | None,
        typer.Option("--columns", help="A YAML map of your column headers to field names."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=256, help="Requests to the model in flight at once.")
    ] = 8,
    resume: Annotated[bool, typer.Option(help="Skip the rows already in --out.")] = False,
    overwrite: Annotated[
        bool, typer.Option(help="Replace an existing --out (and OUT.csv with --format csv).")
    ] = False,
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
    templates_dir: TemplatesDir = None,
    via: Annotated[
        str,
        typer.Option(
            help="direct: live requests. batch-api: the provider's batch service (about half "
            "the price, results within 24 h)."
        ),
    ] = "direct",
    submit_only: Annotated[
        bool,
        typer.Option(
            help="With --via batch-api: submit, print the batch ids and exit; --resume collects."
        ),
    ] = False,
    poll: Annotated[
        float,
        typer.Option(
            min=0.1,
            max=3600,
            help="With --via batch-api: seconds between the first "
            "looks at a batch (the pause then grows to a minute).",
        ),
    ] = 5.0,
) -> None:
    """Write a message for every row of a spreadsheet: concurrent, resumable, cached.

    Exit 1 when a row has an error or could not be sent (or, with --strict, did not get the
    model's text).
    """
    from sellermail.batch.run import BatchRequest, check_batch, prepare, run_batch
    from sellermail.batch.state import state_path

    request = BatchRequest(
        input_file, out=out, out_format=out_format, resume=resume, overwrite=overwrite,
        scenario=scenario, tone=tone, channel=channel, language=language, columns=columns,
        catalogue=catalogue(templates_dir),
        settings=model.settings(), offline=model.offline, max_attempts=model.max_attempts,
        concurrency=concurrency, cache=cache, via=via, submit_only=submit_only,
        strict=model.strict, poll=poll,
    )  # fmt: skip
    prepared = prepare(request, notes=views.note)
    if dry_run:
        with views.progress_bar(prepared.rows, "checking") as progress:
            found = check_batch(prepared, progress)
        views.estimate(found, prepared.work.options.settings, model.max_attempts)
        if via == "batch-api" and prepared.work.options.settings is not None:
            views.batch_plan(found, prepared.work.options.settings)
        raise typer.Exit(status.of_dry_run(found))
    with views.progress_bar(prepared.rows) as progress:
        result = run_batch(prepared, progress)
    if result.waiting:
        views.submitted(result.waiting, str(state_path(out)))
        raise typer.Exit(status.of_batch(result, model.strict))
    views.summary(result.tally, str(out))
    if result.copy:
        views.note(f"wrote {result.copy}")
    raise typer.Exit(status.of_batch(result, model.strict))
