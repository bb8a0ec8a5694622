"""Phrase lists from the data files in inbound/, and the fast matcher triage runs over them.

Text and phrases are compared in one normal form (:func:`sellermail.guard.language.normalise`,
shared with the guard's language check): NFKC, lower case, accents removed from Latin letters,
apostrophes dropped but for an elision, one space for any run of white space. A list of phrases
becomes ONE regular expression shaped as a trie (a common prefix is written once), so a message
is scanned once whatever the number of phrases. A phrase
that begins (ends) with a Latin letter or digit must begin (end) a word; one ending in ``*``
matches the start of a word; ``{n}`` matches a number; phrases in Chinese or Japanese match
anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import yaml

from sellermail.io.paths import data_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


WORD_CHARS = "a-z0-9ß"


def split(spec: str | None) -> list[str]:
    """``"a | b | c"`` -> ``["a", "b", "c"]`` (a data file's phrase list)."""
    return [item.strip() for item in (spec or "").split("|") if item.strip()]


@cache
def load(name: str) -> dict[str, Any]:
    """The data file ``inbound/<name>.yaml``, read once."""
    path = data_dir("inbound") / f"{name}.yaml"
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return data


def _latin(char: str) -> bool:
    return char == _NUMBER_KEY or (char.isascii() and char.isalnum())


#: ``{n}`` in a phrase stands for a number; in the trie it is this one character.
NUMBER = "{n}"
_NUMBER_KEY = "\x00"


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        stem = word.endswith("*")
        node = root
        for char in word.rstrip("*").replace(NUMBER, _NUMBER_KEY):
            node = node.setdefault(char, {})
        node["*" if stem else ""] = True
    return root


def _char(char: str) -> str:
    return r"\d{1,4}" if char == _NUMBER_KEY else re.escape(char)


def _pattern(node: dict[str, Any], last: str) -> str:
    branches = [
        _char(char) + _pattern(child, char)
        for char, child in sorted(node.items())
        if char not in ("", "*")
    ]
    if "*" in node:
        branches.append("")
    elif "" in node:
        branches.append(f"(?![{WORD_CHARS}])" if _latin(last) else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alternation(phrases: Iterable[str]) -> str:
    """The expression of :func:`matcher`, uncompiled, to use inside a larger one. Each branch
    of the trie's root begins with its first character (and checks the word boundary just
    after it), so the engine can skip ahead to the characters that start a phrase."""
    root = _trie(phrases)
    branches = [
        _char(char)
        + (f"(?<![{WORD_CHARS}]{re.escape(char)})" if _latin(char) else "")
        + _pattern(child, char)
        for char, child in sorted(root.items())
        if char not in ("", "*")
    ]
    return "|".join(branches) or "(?!)"


def matcher(phrases: Iterable[str]) -> re.Pattern[str]:
    """One expression matching any of ``phrases`` (already normalised) by the module's rules."""
    return re.compile(alternation(phrases))
