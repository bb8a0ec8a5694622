"""What a regular expression's matches must hold: the words they begin with, the words they
cannot do without, and its alternatives, read from the pattern itself (the guard reads a text
only where those words occur: :mod:`sellermail.guard.sentences`)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Iterator
from functools import lru_cache


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each ``(``, ``)`` and ``|`` of ``pattern`` from ``start`` (escapes and classes skipped),
    where it stands and the depth of groups after it."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def by_number(pattern: str) -> bool:
    """Whether ``pattern`` has a group known by its number (a plain ``(...)``) or refers back
    to a group (``\\1``, ``(?P=name)``): its alternatives then cannot be read apart."""
    if "(?P=" in pattern or re.search(r"(?<!\\)(?:\\\\)*\\[1-9]", pattern):
        return True
    return any(
        char == "(" and not pattern.startswith("(?", i) for i, char, _ in _structure(pattern)
    )


def may_be_empty(pattern: str) -> bool:
    """Whether a match of ``pattern`` may be empty (as the ``re`` module's own parser reads
    it)."""
    parser = importlib.import_module("re._parser")
    return int(parser.parse(pattern).getwidth()[0]) == 0


def top_branches(pattern: str) -> list[str]:
    """``pattern``'s alternatives at the top level (groups, classes and escapes kept whole)."""
    bars = _bars(pattern)
    return [pattern[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(pattern)], strict=True)]


@lru_cache(maxsize=4096)
def _bars(pattern: str) -> tuple[int, ...]:
    """Where ``pattern``'s top-level alternatives are parted (read once per pattern: the
    analyses below ask again for the groups they descend into)."""
    return tuple(i for i, char, depth in _structure(pattern) if char == "|" and depth == 0)


_ZERO_WIDTH = ("(?<!", "(?<=", "(?=", "(?!")
#: Characters that stand for themselves unescaped (besides letters and digits).
_PLAIN = set(" '’-%€£¥@&/、。「」（）")
#: A class of more characters than this is no beginning worth looking for.
_WIDEST = 24
#: Beginnings shorter than this say too little to be worth looking for.
_SHORTEST = 2
#: More beginnings than this: the pattern is read everywhere instead.
_MOST = 400


def group_end(pattern: str, at: int) -> int:
    """The index just after the group opening at ``pattern[at]``."""
    end = _group_ends(pattern).get(at)
    if end is None:
        raise ValueError(pattern)
    return end


@lru_cache(maxsize=4096)
def _group_ends(pattern: str) -> dict[int, int]:
    """Where each group of ``pattern`` opens and the index just after it (read in one pass:
    the analyses ask for the groups of a pattern many times)."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for i, char, _ in _structure(pattern):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            ends[opened.pop()] = i + 1
    return ends


def _inner(branch: str, at: int, end: int) -> str | None:
    """What the group ``branch[at:end]`` holds, or ``None`` for a group with flags of its own."""
    if branch.startswith("(?:", at):
        return branch[at + 3 : end - 1]
    if branch.startswith("(?P<", at):
        return branch[branch.index(">", at) + 1 : end - 1]
    return None if branch.startswith("(?", at) else branch[at + 1 : end - 1]


def _characters(pattern: str, at: int) -> tuple[list[str], int]:
    """The characters ``pattern[at:]`` begins by matching (a literal, an escaped sign, a small
    class), and its width in the pattern; none when it matches more (a wildcard, ``\\w``)."""
    char = pattern[at]
    if char == "\\":
        escaped = pattern[at + 1 : at + 2]
        return ([escaped], 2) if escaped and not escaped.isalnum() else ([], 0)
    if char == "[":
        close = pattern.find("]", at + 2)
        body = pattern[at + 1 : close]
        if close < 0 or body.startswith("^") or "\\" in body or "[" in body:
            return [], 0
        chars: list[str] = []
        for i, c in enumerate(body):
            if c == "-" and 0 < i < len(body) - 1:
                chars += [chr(code) for code in range(ord(body[i - 1]) + 1, ord(body[i + 1]))]
            else:
                chars.append(c)
        unique = sorted(set(chars))
        if len(unique) > _WIDEST or any(c.isupper() for c in unique):
            return [], 0
        return unique, close + 1 - at
    if (char.isalnum() or char in _PLAIN) and not char.isupper():
        return [char], 1
    return [], 0


def _width(pattern: str, at: int) -> int:
    """How many characters of ``pattern`` the one thing matched at ``at`` takes (an escape, a
    class, a wildcard)."""
    if pattern[at] == "\\":
        return 2
    if pattern[at] == "{" and "}" in pattern[at:]:  # a lexicon's placeholder: {money}
        return pattern.index("}", at) + 1 - at
    if pattern[at] == "[":
        i = at + 1 + (pattern[at + 1 : at + 2] == "^")
        i += pattern[i : i + 1] == "]"  # a "]" first is a character of the class
        while i < len(pattern) and pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i + 1 - at
    return 1


def _optional(pattern: str, at: int) -> tuple[bool, int]:
    """Whether what ends at ``at`` may be absent (``?``, ``*``, ``{0,``), and where the
    quantifier (if any) ends."""
    rest = pattern[at:]
    if rest[:1] in ("?", "*"):
        return True, at + 1 + (rest[1:2] in ("?", "+"))
    if rest[:1] == "+":
        return False, at + 1 + (rest[1:2] in ("?", "+"))
    if rest[:1] == "{" and "}" in rest:
        close = rest.index("}")
        return rest[1:close].split(",")[0].strip() in ("", "0"), at + close + 1
    return False, at


def _past_zero_width(branch: str, at: int) -> int:
    """Where ``branch`` goes on past the ``\\b`` and look-arounds at ``at`` (``at`` if none)."""
    while True:
        if branch.startswith("\\b", at):
            at += 2
        elif branch.startswith(_ZERO_WIDTH, at):
            at = group_end(branch, at)
        else:
            return at


def _starts(pattern: str) -> set[tuple[str, bool]] | None:
    """The literal beginnings of ``pattern``'s matches, each with whether it is the whole
    match; ``None`` when one begins with no literal (a class, a wildcard)."""
    found: set[tuple[str, bool]] = set()
    for branch in top_branches(pattern):
        head, at = "", 0
        while True:
            at = _past_zero_width(branch, at)
            if at == len(branch):
                found.add((head, True))
                break
            if branch[at] == "(":
                end = group_end(branch, at)
                held = _inner(branch, at, end)
                inner = _starts(held) if held is not None else None
                optional, after = _optional(branch, end)
                if inner is None:
                    found.add((head, False))
                    break
                once = branch[end:after] in ("", "?", "??")  # not repeated: the rest comes next
                rest = _starts(branch[after:]) if once and all(w for _, w in inner) else None
                if rest is None or len(rest) * len(inner) > _MOST:
                    rest = {("", False)}
                found |= {(head + words + more, done) for words, _ in inner for more, done in rest}
                if optional:
                    skipped = _starts(branch[after:]) or {("", False)}
                    found |= {(head + more, done) for more, done in skipped}
                break
            chars, width = _characters(branch, at)
            if not chars:
                found.add((head, False))
                break
            optional, after = _optional(branch, at + width)
            if after > at + width:  # "x?", "x*", "x+", "x{2,4}"
                found |= {(head + char, False) for char in chars}
                if optional:
                    rest = _starts(branch[after:]) or {("", False)}
                    found |= {(head + more, done) for more, done in rest}
                break
            if len(chars) > 1:  # a class: each of its characters begins a way
                rest = _starts(branch[after:]) if len(chars) <= 4 else None
                if rest is None or len(rest) * len(chars) > _MOST:
                    rest = {("", False)}
                found |= {(head + char + more, done) for char in chars for more, done in rest}
                break
            head, at = head + chars[0], at + width
    return found


def _candidates(branch: str) -> list[frozenset[str]]:
    """The literal runs and groups every match of ``branch`` (one alternative) cannot do
    without, each as the words one of which it holds."""
    candidates: list[frozenset[str]] = []
    run, at = "", 0
    while (at := _past_zero_width(branch, at)) < len(branch):
        if branch[at] == "(":
            end = group_end(branch, at)
            optional, after = _optional(branch, end)
            held = _inner(branch, at, end)
            inner = _needs(held) if held is not None else None
            candidates += [frozenset({run})] if run else []
            candidates += [inner] if inner and not optional else []
            run, at = "", after
            continue
        chars, width = _characters(branch, at)
        optional, after = _optional(branch, at + (width or _width(branch, at)))
        if len(chars) == 1 and not optional:
            run += chars[0]
            if after > at + width:  # "x+": one x, then the run ends
                candidates.append(frozenset({run}))
                run = ""
        else:
            candidates += [frozenset({run})] if run else []
            run = ""
        at = after
    return candidates + ([frozenset({run})] if run else [])


def _rarity(words: Collection[str]) -> tuple[int, int]:
    """How rare words look: the longer their shortest, and the fewer, the rarer."""
    return min(map(len, words)), -len(words)


@lru_cache(maxsize=4096)
def _needs(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` holds somewhere (for each alternative, the
    rarest-looking of the literal runs or groups it cannot do without), or ``None``."""
    chosen: frozenset[str] = frozenset()
    for branch in top_branches(pattern):
        candidates = _candidates(branch)
        if not candidates:
            return None
        chosen |= max(candidates, key=_rarity)
    return chosen


#: At most this many of an alternative's needed words are looked for (the rarest-looking).
_KEPT = 3


def requirements(pattern: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each alternative of ``pattern`` (lower case), sets of words of each of which every
    match of the alternative holds one (its rarest-looking literal runs and groups it cannot do
    without, at most :data:`_KEPT`); an alternative of which nothing can be said has none."""
    found: list[tuple[tuple[str, ...], ...]] = []
    for branch in top_branches(pattern):
        whole = _only_group(branch)
        if whole is not None:  # "(?<!\w)(?:a|b)": the alternatives of the group, each
            found += requirements(whole)
            continue
        try:
            candidates = _candidates(branch)
        except ValueError:
            candidates = []
        sets = {_shortest(words) for words in candidates if all(map(telling, words))}
        found.append(
            tuple(sorted(sets, key=lambda words: (_rarity(words), words), reverse=True)[:_KEPT])
        )
    return tuple(found)


def alternatives(pattern: str) -> tuple[str, ...]:
    """The alternatives of ``pattern`` that :func:`requirements` reads apart (one for each of
    its requirements, in order), each a pattern that matches where and as it does within
    ``pattern``: behind the same look-arounds, inside the same groups."""
    found: list[str] = []
    for branch in top_branches(pattern):
        whole = _only_group(branch)
        if whole is None:
            found.append(branch)
            continue
        opening = branch[: len(branch) - len(whole) - 1]  # look-arounds, the group's opening
        found += [f"{opening}{inner})" for inner in alternatives(whole)]
    return tuple(found)


def telling(word: str) -> bool:
    """Whether ``word`` is rare enough to be worth looking for before reading a text with a
    pattern that needs it: four letters of an alphabet, or two characters of a script
    without spaces ("the", "our" or a lone space are in every text)."""
    word = word.strip()
    return len(word) >= (2 if max(word, default="a") >= "\u2e80" else 3)


def _only_group(branch: str) -> str | None:
    """What ``branch`` holds when it is one group, once, behind nothing but look-arounds and
    ``\\b`` (``None`` otherwise)."""
    at = _past_zero_width(branch, 0)
    if not branch.startswith("(", at):
        return None
    end = group_end(branch, at)
    return _inner(branch, at, end) if end == len(branch) else None


def _shortest(words: Collection[str]) -> tuple[str, ...]:
    """``words`` without those holding a shorter one ("refund" covers "refunded"): what is
    looked for, one of which a text holds whenever it holds one of ``words``."""
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(sorted(kept))


def _too_short(words: str) -> bool:
    """Too common to look for: nothing, or one letter of an alphabet (a digit, a sign, a
    kana or a Chinese character alone is rare enough)."""
    return not words or (len(words) < _SHORTEST and words.isalpha() and ord(words) < 0x2E80)


def starts_word(branch: str) -> bool:
    """Whether every match of ``branch`` begins with ``\\b`` and a letter or a digit (so that
    behind a look-behind for a word's start, the ``\\b`` says nothing more)."""
    if not branch.startswith("\\b"):
        return False
    try:
        starts = _starts(branch[2:])
    except ValueError:
        return False
    return starts is not None and bool(starts) and all(w[:1].isalnum() for w, _ in starts)


def unbounded(pattern: str) -> str:
    """``pattern`` without the ``\\b`` that begins its alternatives (for a pattern behind one
    look-behind for a word's start, which says it once: the engine can then skip at once the
    alternatives whose first letter differs)."""
    return "|".join(branch.removeprefix("\\b") for branch in top_branches(pattern))


def cues(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` (lower case) holds: its beginnings, or the
    rarer words it cannot do without ("zugestellt" rather than "ist" in "ist ... zugestellt");
    the cues of :func:`cued_sentences` and :func:`holds_any`. ``None`` when nothing can be said."""
    try:
        needed = _needs(pattern)
    except ValueError:
        needed = None
    first = beginnings(pattern)
    ways = [tuple(sorted(w)) for w in (needed, first) if w and not any(map(_too_short, w))]
    if not ways:
        return None
    best = max(ways, key=_rarity)
    return tuple(sorted(_shortest(best), key=len))


def beginnings(pattern: str) -> tuple[str, ...] | None:
    """Words one of which begins every match of ``pattern`` (a lower-case pattern): the cues of
    :func:`cued_sentences`, found from the pattern itself; ``None`` when some match may begin
    otherwise (with a class, a wildcard, a word too short to look for)."""
    try:
        starts = _starts(pattern)
    except ValueError:
        return None
    if not starts or any(_too_short(words) for words, _ in starts):
        return None
    words = sorted({words for words, _ in starts}, key=lambda word: (len(word), word))
    kept: list[str] = []
    for word in words:  # "refund" covers "refunded": the shorter is looked for
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)
    return tuple(kept)
