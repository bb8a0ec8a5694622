"""A small OpenAI-compatible chat-completions server for tests and benchmarks.

It answers from a script of :class:`Reply` objects (the last one repeats), on 127.0.0.1 only,
and keeps every request it received. Error paths (429 with Retry-After, 500, slow replies,
empty content) are what it is for, and hostile servers: any body at all (``body``: HTML, JSON
of the wrong shape, bytes), an answer sent one byte at a time (``drip``), or none (``silent``).
Real model behaviour comes from recorded cassettes.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    content: str | None = "Hello, your order is on its way."
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    finish_reason: str = "stop"
    #: Answer with the message the request asked to rewrite (a rewrite that keeps every fact).
    echo: bool = False
    #: The body as sent, instead of a chat completion (hostile servers), with its content type.
    body: bytes | None = None
    content_type: str = "application/json"
    #: Send the whole answer (status line and headers too) one byte every ``drip`` seconds.
    drip: float = 0.0
    #: Send nothing at all, keeping the connection open, until the server stops.
    silent: bool = False


def _fenced(request: dict[str, Any]) -> str:
    """The text inside <message> tags of the request's first user message."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return user.split("<message>", 1)[1].split("</message>", 1)[0].strip()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a deadline, a cut-off read) is no error of the server's."""


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeLLM:
    """``with FakeLLM([Reply(429, headers={"Retry-After": "1"}), Reply()]) as server: ...``"""

    def __init__(self, script: list[Reply] | None = None, port: int = 0) -> None:
        self.script = list(script or [Reply()])
        self.received: list[Received] = []
        self.in_flight = 0
        self.max_in_flight = 0
        #: When the first request arrived (time.monotonic), for start-up measurements.
        self.first_at: float | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()  # silent and dripping answers end
        self._server.shutdown()
        self._server.server_close()

    def _next(self) -> Reply:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # or every reply waits 40 ms for a delayed ACK
            protocol_version = "HTTP/1.1"  # keep-alive, as real providers do

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.received.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    fake.in_flight += 1
                    fake.first_at = fake.first_at or time.monotonic()
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    reply = fake._next()
                    if reply.delay:
                        time.sleep(reply.delay)
                    self._answer(reply, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _answer(self, reply: Reply, request: dict[str, Any]) -> None:
                if reply.silent:
                    fake._stopping.wait()
                    return
                content = _fenced(request) if reply.echo else reply.content
                if reply.body is not None:
                    data: Any = None
                elif reply.status == 200:
                    data: dict[str, Any] = {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion",
                        "created": 0,
                        "model": request.get("model", "fake"),
                        "choices": [{
                            "index": 0,
                            "message": {"role": "assistant", "content": content},
                            "finish_reason": reply.finish_reason,
                        }],
                        "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
                    }  # fmt: skip
                else:
                    data = {"error": {"message": f"fake error {reply.status}", "type": "fake"}}
                payload = json.dumps(data).encode() if reply.body is None else reply.body
                headers = {"Content-Type": reply.content_type, "Content-Length": str(len(payload)),
                           **reply.headers}  # fmt: skip
                if reply.drip:
                    self._drip(reply, headers, payload)
                    return
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def _drip(self, reply: Reply, headers: dict[str, str], payload: bytes) -> None:
                lines = [
                    f"HTTP/1.1 {reply.status} Whatever",
                    *(f"{k}: {v}" for k, v in headers.items()),
                ]
                raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload
                for i in range(len(raw)):
                    self.wfile.write(raw[i : i + 1])
                    self.wfile.flush()
                    if fake._stopping.wait(reply.drip):
                        return

        return Handler
