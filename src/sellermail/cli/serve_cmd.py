"""``serve``: the local web page (Compose, Check, Inbox, Batch) on this machine."""

# No ``from __future__ import annotations``: typer reads these annotations at start-up.
from typing import Annotated

import typer

from sellermail.cli.options import TemplatesDir, catalogue


def serve(
    port: Annotated[int, typer.Option(min=0, max=65535, help="The port (0: any free one).")] = 8765,
    host: Annotated[
        str, typer.Option(help="The address to listen on; the page answers only at it.")
    ] = "127.0.0.1",
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in the web browser.")
    ] = False,
    templates_dir: TemplatesDir = None,
) -> None:
    """Serve the web page on this machine: compose, check, inbox and batch in the browser."""
    from sellermail.web.server import serve as run

    run(host, port, catalogue(templates_dir), open_browser=open_browser)
