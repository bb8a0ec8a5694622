"""The web app: its routes, and the guard every request passes before reaching them.

The guard (:class:`Guard`) refuses with 403:

- a ``Host`` that is not the address the server is bound to (a DNS rebinding page would send
  its own name); on a loopback address, ``localhost``, ``127.0.0.1`` and ``[::1]`` at the
  same port are the same page; bound to every address (``--host 0.0.0.0``), the machine's
  own name and addresses are;
- an ``Origin`` that is not this page's (another site's script);
- a request that changes anything (every method but GET and HEAD) without the page's token
  (a random value made when the server starts, written into every page and sent back by its
  script in the :data:`TOKEN_HEADER` header).

Every response carries a Content-Security-Policy that allows only the page's own scripts and
styles, so a value that slipped past the escaping still could not run.
"""

from __future__ import annotations

import hmac
import secrets
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellermail.compose.catalogue import Catalogue
from sellermail.io.terminal import json_text

#: The header that carries the page's token.
TOKEN_HEADER = "x-sellermail-token"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARD = ("0.0.0.0", "::", "")
STATIC = Path(__file__).with_name("static")
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]  # fmt: skip


@dataclass
class Site:
    """What the app serves and to whom: the catalogue, the address it answers to, its token."""

    catalogue: Catalogue
    host: str
    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    @property
    def url(self) -> str:
        return f"http://{_netloc(self.names()[0], self.port)}/"

    def names(self) -> list[str]:
        """The names this page answers to, the one its URL uses first: the bound address (on
        a loopback address, the loopback names too; on every address, this machine's name and
        addresses)."""
        if self.host not in WILDCARD:
            return [self.host, *(n for n in LOOPBACK if self.host in LOOPBACK and n != self.host)]
        machine = socket.gethostname()
        try:
            addresses = {str(info[4][0]) for info in socket.getaddrinfo(machine, None)}
        except OSError:
            addresses = set()
        return [machine, socket.getfqdn(), *sorted(addresses), *LOOPBACK]

    def hosts(self) -> frozenset[str]:
        """The ``Host`` values this page answers to."""
        return frozenset(_netloc(name, self.port).lower() for name in self.names())


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, site: Site) -> None:
        self.app = app
        self.hosts = site.hosts()
        self.origins = frozenset(f"http://{host}" for host in self.hosts)
        self.token = site.token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # the page has none: no other way in
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":  # the lifespan
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v for k, v in scope["headers"]}
        problem = self.problem(scope["method"], headers)
        if problem:
            await _refuse(send, problem)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, secured)

    def problem(self, method: str, headers: dict[str, bytes]) -> str | None:
        """Why a request is refused, or ``None``."""
        host = headers.get("host", b"").decode("latin-1").lower()
        if host not in self.hosts:
            return "host: this page answers only at its own address (a foreign Host is refused)"
        origin = headers.get("origin")
        if origin is not None and origin.decode("latin-1").lower() not in self.origins:
            return "origin: requests from another site are refused"
        if method not in ("GET", "HEAD") and not hmac.compare_digest(
            headers.get(TOKEN_HEADER, b""), self.token
        ):
            return f"token: send the page's token in the {TOKEN_HEADER} header"
        return None


async def _refuse(send: Send, problem: str) -> None:
    body = json_text({"error": problem, "field": None}).encode()
    await send({"type": "http.response.start", "status": 403, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def create_app(site: Site) -> Any:
    """The app for ``site``, wrapped in its :class:`Guard`."""
    from sellermail.web import api, pages
    from sellermail.web.batches import Batches

    batches = Batches()
    routes = [
        Route("/", pages.compose),
        Route("/check", pages.check),
        Route("/inbox", pages.inbox),
        Route("/batch", pages.batch),
        Route("/api/scenarios", api.scenarios),
        Route("/api/render", api.render, methods=["POST"]),
        Route("/api/polish", api.polish, methods=["POST"]),
        Route("/api/check", api.check, methods=["POST"]),
        Route("/api/triage", api.triage, methods=["POST"]),
        Route("/api/facts/read", api.read_facts, methods=["POST"]),
        Route("/api/facts/yaml", api.facts_yaml, methods=["POST"]),
        Route("/api/inbox/file", api.inbox_file, methods=["POST"]),
        Route("/api/inbox/folder", api.inbox_folder, methods=["POST"]),
        Route("/api/batch", api.batch_upload, methods=["POST"]),
        Route("/api/batch/{job}", api.batch_progress),
        Route("/api/batch/{job}/run", api.batch_run, methods=["POST"]),
        Route("/api/batch/{job}/results.{format}", api.batch_results),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        batches.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.site = site
    app.state.batches = batches
    return Guard(app, site)
