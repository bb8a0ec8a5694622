"""Text that is safe to show: no control character but newline and tab reaches a terminal raw.

A model's reply, an inbound message or a draft may hold ANSI escapes (``\\x1b[2J``,
``\\x1b]8;;...``), carriage returns and backspaces that overwrite what was printed, or bidi
overrides (U+202E) that make text read backwards. :func:`printable` shows each as an escape
(``\\x1b``, ``\\u202e``); :func:`json_text` escapes them in JSON too, where ``ensure_ascii=False``
would leave C1 controls and bidi overrides raw.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 controls but tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates,
#: and the Unicode line and paragraph separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: The same characters, other than the C0 controls json.dumps already escapes.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with Windows line ends as newlines and every unsafe character escaped."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return UNSAFE.sub(_escape, text)


def unsafe(text: str) -> list[str]:
    """The unsafe characters in ``text`` (a carriage return before a newline is not one), as
    escapes: ``["\\x1b", "\\u202e"]``."""
    return list(dict.fromkeys(_escape(m) for m in UNSAFE.finditer(text.replace("\r\n", "\n"))))


def json_text(data: Any, **options: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, ...)`` with the unsafe characters it would leave
    raw written as ``\\uXXXX`` escapes (the same JSON value)."""
    return _JSON_UNSAFE.sub(
        lambda m: f"\\u{ord(m[0]):04x}", json.dumps(data, ensure_ascii=False, **options)
    )
