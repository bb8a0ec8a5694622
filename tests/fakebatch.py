"""A fake provider batch service (OpenAI's Files and Batches endpoints) for tests.

Faithful enough that the official ``openai`` SDK works with it unchanged: ``POST /v1/files``
(multipart, purpose ``batch``), ``GET /v1/files/{id}/content``, ``POST /v1/batches``,
``GET /v1/batches/{id}``, ``GET /v1/batches`` and ``POST /v1/batches/{id}/cancel``. Each look at
a batch moves it one step: validating -> in_progress -> finalizing -> ``end`` (``completed``,
or ``expired``/``cancelled`` with only the first ``answered`` requests done, or ``failed`` with
none), unless ``hold`` keeps it in_progress. The output file lists the replies SHUFFLED (a
reader that matched them by position would mix rows up). ``endpoints=False``: a server with no
batch service (404 on all of it). On 127.0.0.1 only; keeps what it received.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: A request's body -> the reply's text, or (HTTP status, error message) for a failed request.
Answer = Callable[[dict[str, Any]], "str | tuple[int, str]"]


def echo(body: dict[str, Any]) -> str:
    """The message the request asked to rewrite, unchanged (a rewrite that keeps every fact)."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return user.split("<message>", 1)[1].split("</message>", 1)[0].strip()


STEPS = ("validating", "in_progress", "finalizing")


@dataclass
class FakeBatch:
    id: str
    input_file_id: str
    lines: list[dict[str, Any]]
    metadata: dict[str, str] | None
    end: str
    answered: int | None
    step: int = 0
    looks: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None

    @property
    def status(self) -> str:
        return STEPS[self.step] if self.step < len(STEPS) else self.end

    @property
    def custom_ids(self) -> list[str]:
        return [line["custom_id"] for line in self.lines]


@dataclass
class FakeBatchAPI:
    answer: Answer = echo
    end: str = "completed"
    #: With ``end`` expired or cancelled: how many requests were done first.
    answered: int | None = None
    endpoints: bool = True
    hold: threading.Event | None = None
    seed: int = 7
    files: dict[str, bytes] = field(default_factory=dict)
    batches: dict[str, FakeBatch] = field(default_factory=dict)
    headers: list[dict[str, str]] = field(default_factory=list)
    looks: int = 0
    #: The next looks at a batch answered 503 (an outage).
    outage: int = 0

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.02}, daemon=True)  # fmt: skip

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeBatchAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.hold is not None:
            self.hold.set()
        self._server.shutdown()
        self._server.server_close()

    def created(self) -> list[FakeBatch]:
        """The batches created, oldest first."""
        return list(self.batches.values())

    # --- the service -------------------------------------------------------------------------

    def _file(self, data: bytes) -> dict[str, Any]:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = data
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": 0,
                "filename": "input.jsonl", "purpose": "batch", "status": "processed"}  # fmt: skip

    def _upload(self, content_type: str, body: bytes) -> dict[str, Any]:
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[name] = part.get_payload(decode=True)
        assert fields.get("purpose") == b"batch", fields.get("purpose")
        return self._file(fields["file"])

    def _create(self, body: dict[str, Any]) -> dict[str, Any]:
        assert body["endpoint"] == "/v1/chat/completions" and body["completion_window"] == "24h"
        data = self.files[body["input_file_id"]]
        lines = [json.loads(line) for line in data.splitlines()]
        for line in lines:
            assert line["method"] == "POST" and line["url"] == "/v1/chat/completions", line
        assert len({line["custom_id"] for line in lines}) == len(lines), "custom_id twice"
        batch = FakeBatch(f"batch_{next(self._ids)}", body["input_file_id"], lines,
                          body.get("metadata"), self.end, self.answered)  # fmt: skip
        self.batches[batch.id] = batch
        return self._shown(batch)

    def _finish(self, batch: FakeBatch) -> None:
        """The batch's output and error files, written as it ends."""
        if batch.end == "failed":
            return
        done = batch.lines if batch.answered is None else batch.lines[: batch.answered]
        output, errors = [], []
        for number, line in enumerate(batch.lines):
            if line not in done:
                code = f"batch_{batch.end}"
                errors.append({"id": f"req_{number}", "custom_id": line["custom_id"],
                               "response": None,
                               "error": {"code": code, "message": f"not run: {code}"}})  # fmt: skip
                continue
            reply = self.answer(line["body"])
            if isinstance(reply, tuple):
                status, message = reply
                response = {"status_code": status, "request_id": f"r{number}",
                            "body": {"error": {"message": message, "type": "invalid"}}}  # fmt: skip
                errors.append({"id": f"req_{number}", "custom_id": line["custom_id"],
                               "response": response, "error": None})  # fmt: skip
                continue
            completion = {
                "id": f"chatcmpl-{number}", "object": "chat.completion", "created": 0,
                "model": line["body"]["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": reply}}],
                "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
            }  # fmt: skip
            output.append({"id": f"req_{number}", "custom_id": line["custom_id"],
                           "response": {"status_code": 200, "request_id": f"r{number}",
                                        "body": completion}, "error": None})  # fmt: skip
        random.Random(self.seed).shuffle(output)
        random.Random(self.seed + 1).shuffle(errors)
        if output:
            batch.output_file_id = self._file(_jsonl(output))["id"]
        if errors:
            batch.error_file_id = self._file(_jsonl(errors))["id"]

    def _look(self, batch: FakeBatch) -> dict[str, Any]:
        self.looks += 1
        batch.looks += 1
        held = self.hold is not None and not self.hold.is_set()
        if batch.step < len(STEPS) and not (held and batch.status == "in_progress"):
            batch.step += 1
            if batch.step == len(STEPS):
                self._finish(batch)
        return self._shown(batch)

    def _shown(self, batch: FakeBatch) -> dict[str, Any]:
        total = len(batch.lines)
        done = 0
        if batch.status in ("finalizing", "completed"):
            done = total
        elif batch.status in ("expired", "cancelled"):
            done = min(total, batch.answered or 0)
        errors = None
        if batch.status == "failed":
            errors = {"object": "list", "data": [{"code": "invalid_model",
                                                  "message": "the model does not exist"}]}  # fmt: skip
        return {
            "id": batch.id, "object": "batch", "endpoint": "/v1/chat/completions",
            "errors": errors, "input_file_id": batch.input_file_id, "completion_window": "24h",
            "status": batch.status, "output_file_id": batch.output_file_id,
            "error_file_id": batch.error_file_id, "created_at": 0,
            "request_counts": {"total": total, "completed": done,
                               "failed": total - done if batch.status == "expired" else 0},
            "metadata": batch.metadata,
        }  # fmt: skip

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, data: Any, raw: bytes | None = None) -> None:
                payload = raw if raw is not None else json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _route(self, method: str) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                path = self.path.split("?", 1)[0].removeprefix("/v1")
                parts = path.strip("/").split("/")
                with fake._lock:
                    fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                    if not fake.endpoints or parts[0] not in ("files", "batches"):
                        self._reply(404, {"error": {"message": f"{path} not found"}})
                        return
                    if method == "POST" and parts == ["files"]:
                        self._reply(200, fake._upload(self.headers["Content-Type"], body))
                    elif method == "GET" and len(parts) == 3 and parts[2] == "content":
                        self._reply(200, None, raw=fake.files[parts[1]])
                    elif method == "POST" and parts == ["batches"]:
                        self._reply(200, fake._create(json.loads(body)))
                    elif method == "GET" and parts == ["batches"]:
                        data = [fake._shown(b) for b in reversed(fake.created())]
                        self._reply(200, {"object": "list", "data": data, "has_more": False})
                    elif method == "GET" and len(parts) == 2 and fake.outage > 0:
                        fake.outage -= 1
                        self._reply(503, {"error": {"message": "service unavailable"}})
                    elif method == "GET" and len(parts) == 2 and parts[1] in fake.batches:
                        self._reply(200, fake._look(fake.batches[parts[1]]))
                    else:
                        self._reply(404, {"error": {"message": f"{path} not found"}})

            def do_GET(self) -> None:
                self._route("GET")

            def do_POST(self) -> None:
                self._route("POST")

        return Handler


def _jsonl(items: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(item) + "\n" for item in items).encode()
