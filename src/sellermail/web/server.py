"""``sellermail serve``: bind the address (so that a port in use is one line, and ``--port 0``
picks a free one), print the URL, and run the app with uvicorn until Ctrl-C."""

from __future__ import annotations

import errno
import socket
import sys
import threading

from sellermail.compose.catalogue import Catalogue
from sellermail.errors import SellermailError


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; a failure is one line naming the option."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SellermailError(
            f"--host {host!r}: is not an address of this machine ({exc.strerror})"
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        problem = (
            "is in use; choose another with --port"
            if exc.errno == errno.EADDRINUSE
            else exc.strerror
        )
        raise SellermailError(f"--port {port}: {problem}") from None
    sock.set_inheritable(True)
    return sock


def serve(host: str, port: int, catalogue: Catalogue, *, open_browser: bool = False) -> None:
    """Serve the page on ``host:port`` until interrupted."""
    import uvicorn

    from sellermail.web.app import Site, create_app

    sock = bind(host, port)
    site = Site(catalogue, host, sock.getsockname()[1])
    config = uvicorn.Config(create_app(site), log_level="warning", access_log=False,
                            lifespan="on", server_header=False)  # fmt: skip
    server = uvicorn.Server(config)
    print(f"sellermail: serving on {site.url} (Ctrl-C stops)", flush=True)
    print(f"sellermail: scripts send the header X-Sellermail-Token: {site.token}", file=sys.stderr,
          flush=True)  # fmt: skip
    if open_browser:
        import webbrowser

        threading.Timer(0.3, webbrowser.open, args=(site.url,)).start()
    server.run(sockets=[sock])
