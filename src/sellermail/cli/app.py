"""The command line: parses arguments, calls the library, prints. Nothing else lives here.

Each command group is a module (``messages_cmd``, ``batch_cmd``, ``inbox_cmd``,
``config_cmd``); what they print beyond plain text is in :mod:`views`, and the exit status of
each outcome in :mod:`status`. Text goes to stdout; warnings and notes to stderr.
"""

# No ``from __future__ import annotations`` here: typer reads every parameter's annotation at
# start-up, and string annotations would each be evaluated again (about 10 ms of every run).
import sys
from typing import Annotated

import typer

from sellermail.cli import batch_cmd, config_cmd, inbox_cmd, messages_cmd, serve_cmd
from sellermail.errors import ExitStatus, SellermailError

HELP = "Careful messages for cross-border sellers: render, polish, guard, triage."

app = typer.Typer(
    name="sellermail", help=HELP, no_args_is_help=True, add_completion=False,
    rich_markup_mode="rich",
)  # fmt: skip


def _version(value: bool) -> None:
    if value:
        from sellermail import __version__

        typer.echo(f"sellermail {__version__}")
        raise typer.Exit()


@app.callback(help=HELP)
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    pass


app.command("list")(messages_cmd.list_)
app.command()(messages_cmd.show)
app.command()(messages_cmd.render)
app.command()(messages_cmd.polish)
app.command()(messages_cmd.check)
app.command()(batch_cmd.batch)
app.command()(inbox_cmd.triage)
app.command()(inbox_cmd.reply)
app.command()(serve_cmd.serve)
config_app = typer.Typer(help="Show or create the configuration (LLM profiles, templates).")
config_app.command("show")(config_cmd.show)
config_app.command("init")(config_cmd.init)
app.add_typer(config_app, name="config")


def main() -> None:
    """Console entry point: a user's mistake is one line on stderr and exit status 2; Ctrl-C
    ends with status 130 (typer's own handling)."""
    try:
        app()
    except SellermailError as exc:
        from sellermail.cli.views import note

        note(f"error: {exc}")  # secrets masked, control characters escaped
        sys.exit(exc.exit_status)
    sys.exit(ExitStatus.OK)
