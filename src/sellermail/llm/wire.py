"""What a chat-completions reply must look like before anything of it is used.

A server (or a proxy, a captive portal, a broken gateway) may answer status 200 with anything:
an HTML page, a JSON list, ``choices`` as a string, no ``message``, ``content`` as a number,
``usage`` in strings, JSON nested ten thousand deep. :func:`completion_from` reads the raw body
and returns a :class:`Completion`; a body that is not a usable chat completion gives one with a
``problem`` (a failed attempt), never an exception. The ``openai`` SDK's own models are not used
to read the body: they accept such shapes unchecked, or raise on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sellermail.guard.secrets import redact

#: The largest reply read (bytes): a chat completion of 1,500 tokens is a few kilobytes.
MAX_BODY = 4 * 1024 * 1024
#: The most tokens one reply can be counted for (a larger count is not believed).
MAX_TOKENS_COUNTED = 10_000_000


@dataclass(frozen=True)
class Completion:
    """What came back: the text, why it stopped, and the tokens it cost. ``problem`` says why
    the reply is unusable (not a chat completion), ``None`` when it is one."""

    text: str
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    refusal: str | None = None
    problem: str | None = None


def _unusable(why: str) -> Completion:
    return Completion("", None, problem=f"the reply was not a chat completion ({why})")


def _tokens(usage: Any, name: str) -> int:
    value = usage.get(name) if isinstance(usage, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_TOKENS_COUNTED:
        return value
    return 0


def _text(content: Any) -> str | None:
    """The message's text: a string, or a list of text parts; ``None`` for anything else."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(
        isinstance(part, dict) and isinstance(part.get("text"), str) for part in content
    ):
        return "".join(part["text"] for part in content)
    return None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}  # fmt: skip
    return names.get(type(value), type(value).__name__)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(redact(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def completion_from(body: bytes) -> Completion:
    """The completion in a reply's body (see the module docstring)."""
    if len(body) > MAX_BODY:
        return _unusable(f"more than {MAX_BODY // 1024 // 1024} MB")
    try:
        data = json.loads(body)
    except RecursionError:
        return _unusable("JSON nested too deeply")
    except ValueError:  # not JSON, or not UTF-8
        head = body[:200].lstrip().lower()
        html = head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
        return _unusable("an HTML page" if html else "not JSON")
    if not isinstance(data, dict):
        return _unusable(f"JSON {_kind(data)}, not an object")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        error = data.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return _unusable(f"an error: {_short(error['message'])}")
        return _unusable("no choices" if choices in (None, []) else f"choices is {_kind(choices)}")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice, dict) else None
    if not isinstance(message, dict):
        return _unusable("no message")
    text = _text(message.get("content"))
    if text is None:
        return _unusable(f"content is {_kind(message.get('content'))}")
    refusal = message.get("refusal")
    finish = choice.get("finish_reason")
    usage = data.get("usage")
    return Completion(
        text=text,
        finish_reason=finish[:40] if isinstance(finish, str) else None,
        prompt_tokens=_tokens(usage, "prompt_tokens"),
        completion_tokens=_tokens(usage, "completion_tokens"),
        refusal=refusal if isinstance(refusal, str) and refusal.strip() else None,
    )
