"""Phrase lists from the data files in inbound/, and the fast matcher triage runs over them.

Text and phrases are compared in one normal form (:func:`sellermail.guard.language.normalise`,
shared with the guard's language check): NFKC, lower case, accents removed from Latin letters,
apostrophes dropped but for an elision, one space for any run of white space. A list of phrases
becomes ONE regular expression shaped as a trie (a common prefix is written once), so a message
is scanned once whatever the number of phrases. A phrase that begins (ends) with a Latin letter
or digit must begin (end) a word; a word ending in ``*`` matches any word it starts ("trop*
grand*": trop grande, troppo grandi); ``{n}`` matches a number; `` ~ `` up to three words ("has it
~ shipped": has it shipped, has it already been shipped); phrases in Chinese or Japanese match
anywhere. A :func:`matcher` finds phrases one after the other, the longest where several start;
a :func:`scanner` finds them all, overlapping or held in one another, so that triage can count
those of its phrases a matcher would find (:func:`leftmost`) and its benchmark can tell which
phrases a text holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

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
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(f"[{WORD_CHARS}]")


class Found(NamedTuple):
    """A phrase found in a text, and where."""

    start: int
    end: int
    phrase: str


_NUMBER_KEY = "\x00"
#: A ``*`` inside a phrase ("trop* grand*": the word's end may be any).
_STEM_KEY = "\x01"
#: A `` ~ `` in a phrase: up to :data:`GAP_WORDS` words ("has it ~ shipped": has it shipped,
#: has it already been shipped).
_GAP_KEY = "\x02"
GAP_WORDS = 3


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        stem = word.endswith("*")
        node = root
        inner = word.rstrip("*").replace(NUMBER, _NUMBER_KEY).replace(" ~ ", f" {_GAP_KEY}")
        for char in inner.replace("*", _STEM_KEY):
            node = node.setdefault(char, {})
        node["*" if stem else ""] = True
    return root


def _char(char: str) -> str:
    if char == _STEM_KEY:
        return f"[{WORD_CHARS}]*"
    if char == _GAP_KEY:
        return f"(?:[{WORD_CHARS}]+ ){{0,{GAP_WORDS}}}"
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


@dataclass(frozen=True)
class Scanner:
    """Finds every phrase of a list in a text (:meth:`every`) and tells which phrase of the
    list a match is (:meth:`key`)."""

    pattern: re.Pattern[str]
    #: The phrases as keys: as written, without a final ``*``.
    keys: frozenset[str]
    #: The phrases written with a final ``*`` (a match cut short may end one).
    stems: frozenset[str]
    #: The phrases with a stem or a gap inside ("trop* grand*", "has it ~ shipped"), each an
    #: expression of its match.
    inner: tuple[tuple[re.Pattern[str], str], ...]

    def key(self, found: str) -> str:
        """The phrase that ``found`` (a match) is: itself, the phrase with a stem or a gap
        inside that matches it, or itself with its numbers as ``{n}`` ("3 sets" is "{n}
        sets")."""
        if found in self.keys:
            return found
        for pattern, phrase in self.inner:
            if pattern.fullmatch(found):
                return phrase
        return _DIGITS.sub(NUMBER, found)

    def every(self, text: str) -> list[Found]:
        """Every phrase found in ``text``, in the order found: phrases that overlap or hold one
        another ("tracking number please" holds "tracking number") are each found."""
        found = []
        for match in self.pattern.finditer(text):
            start, end = match.span(1)
            found.append(Found(start, end, match[1]))
            # the shorter phrases that start there: a match cut short must end a word (unless
            # it is a stem's, or Chinese or Japanese)
            while (shorter := self.pattern.match(text, start, end - 1)) and (
                end := shorter.end(1)
            ) > start:
                phrase = shorter[1]
                stem = self.key(phrase) in self.stems or not _latin(phrase[-1])
                if stem or not _WORD.match(text, end):
                    found.append(Found(start, end, phrase))
        return found


def scanner(phrases: Iterable[str]) -> Scanner:
    """A :class:`Scanner` of ``phrases`` (normalised): :func:`matcher`'s expression looked for
    at every position without consuming the text, so that phrases may overlap."""
    listed = sorted(set(phrases))
    return Scanner(
        re.compile(f"(?=({alternation(listed)}))"),
        frozenset(p.rstrip("*") for p in listed),
        frozenset(p.rstrip("*") for p in listed if p.endswith("*")),
        tuple((matcher([p]), p.rstrip("*")) for p in listed if "*" in p.rstrip("*") or " ~ " in p),
    )


def leftmost(found: Iterable[Found]) -> list[Found]:
    """The phrases of ``found`` one after the other, the longest where several start, as a
    :func:`matcher` of them finds them: the longer phrase says what its words mean ("how many
    days" asks no quantity)."""
    kept: list[Found] = []
    reach = -1
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.start >= reach:
            kept.append(item)
            reach = item.end
    return kept
