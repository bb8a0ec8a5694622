"""A small OpenAI-compatible chat-completions server for tests and benchmarks.

It answers from a script of :class:`Reply` objects (the last one repeats), on 127.0.0.1 only,
and keeps every request it received. Error paths (429 with Retry-After, 500, slow replies,
empty content) are what it is for; real model behaviour comes from recorded cassettes.
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


def _fenced(request: dict[str, Any]) -> str:
    """The text inside <message> tags of the request's first user message."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return user.split("<message>", 1)[1].split("</message>", 1)[0].strip()


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
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
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
                content = _fenced(request) if reply.echo else reply.content
                if reply.status == 200:
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
                payload = json.dumps(data).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

        return Handler
