"""Hostile replies for the fake server: bodies that are not chat completions, and the key."""

from __future__ import annotations

import json
from typing import Any

#: The API key the hostile tests configure: no output, file or cache may ever hold it.
KEY = "sk-proj-Hostile0Test1Key2abcdefghijklmnop345678"
DELIVERY = {"buyer_name": "Emily", "delivery_days": "7-12", "store_name": "Maple Home"}
POLISH = [
    "polish",
    "delivery-time-info",
    "--json",
    *[f"--set={k}={v}" for k, v in DELIVERY.items()],
]


def completion(**changes: Any) -> bytes:
    """A chat completion's body with top-level keys replaced (``choices=...``, ``usage=...``)."""
    data: dict[str, Any] = {
        "id": "chatcmpl-hostile",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
    data.update(changes)
    return json.dumps(data).encode()


def choice(message: Any = None, finish_reason: Any = "stop", **more: Any) -> list[Any]:
    """``choices`` with one choice holding ``message``."""
    return [{"index": 0, "message": message, "finish_reason": finish_reason, **more}]


#: Each class of reply that is not a chat completion: (body, content type).
NOT_COMPLETIONS: dict[str, tuple[bytes, str]] = {
    "non-JSON body": (b"upstream connect error or disconnect/reset before headers", "text/plain"),
    "non-JSON body sent as JSON": (b"{'choices': oops", "application/json"),
    "HTML page": (
        b"<!DOCTYPE html><html><body><h1>Sign in to Wi-Fi</h1></body></html>",
        "text/html",
    ),
    "empty body": (b"", "application/json"),
    "bytes": (bytes(range(256)) * 4, "application/octet-stream"),
    "JSON list": (b'[{"choices": []}]', "application/json"),
    "JSON string": (b'"ok"', "application/json"),
    "choices a string": (completion(choices="Hello Emily"), "application/json"),
    "choices empty": (completion(choices=[]), "application/json"),
    "choices missing": (completion(choices=None), "application/json"),
    "choice not an object": (completion(choices=["Hello Emily"]), "application/json"),
    "message missing": (
        completion(choices=[{"index": 0, "finish_reason": "stop"}]),
        "application/json",
    ),
    "message a string": (completion(choices=choice("Hello Emily")), "application/json"),
    "content a number": (completion(choices=choice({"content": 42})), "application/json"),
    "content a list": (completion(choices=choice({"content": [1, {"a": 2}]})), "application/json"),
    "content an object": (completion(choices=choice({"content": {"text": 1}})), "application/json"),
    "an error with status 200": (b'{"error": {"message": "model overloaded"}}', "application/json"),
    "deeply nested list": (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "deeply nested content": (
        b'{"choices": [{"message": {"content": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}]}",
        "application/json",
    ),
    "UTF-16 garbage": ("\ufeff{\x00".encode("utf-16-le") * 3, "application/json"),
}
