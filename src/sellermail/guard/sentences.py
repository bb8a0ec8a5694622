"""Reading a text line by line, only where it matters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Where a clause ends: a stop, comma, colon or semicolon before a space; an East Asian stop or
#: comma; a line break. (One character class first, which the engine scans for quickly.)
CLAUSE_END = re.compile(r"[.!?;:,。、！？；：\n](?:(?<=[.!?;:,])(?=\s)|(?<![.!?;:,]))")
#: Where a sentence ends: a stop before a space, an East Asian stop, a line break.
SENTENCE_END = re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=\s)|(?<![.!?]))")


@lru_cache(maxsize=32)
def _any_of(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``cues`` (one pass over a text, not one per cue and line)."""
    return re.compile("|".join(map(re.escape, cues)))


def cued_sentences(
    pattern: re.Pattern[str], text: str, cues: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, read only in the lines (paragraphs) that hold
    one of ``cues``: for phrases that never run past a line (a remedy offered, a claim made),
    which most lines do not hold. Not split at full stops: "Rs. 500" and "5 Fr." hold one.
    ``text`` and ``cues`` are lower case; no cue is empty or holds a line break."""
    any_cue = _any_of(cues)
    cue = any_cue.search(text)
    while cue:
        start = text.rfind("\n", 0, cue.start()) + 1
        end = text.find("\n", cue.start()) + 1 or len(text)
        yield from pattern.finditer(text, start, end)
        cue = any_cue.search(text, end)
