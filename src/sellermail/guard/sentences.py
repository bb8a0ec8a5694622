"""Reading a text line by line, only where it matters."""

from __future__ import annotations

import re
from collections.abc import Iterator

_SENTENCE_END = re.compile(r"\n")


def cued_sentences(
    pattern: re.Pattern[str], text: str, cues: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, read only in the lines (paragraphs) that hold
    one of ``cues``: for phrases that never run past a line (a remedy offered, a claim made),
    which most lines do not hold. Not split at full stops: "Rs. 500" and "5 Fr." hold one.
    ``text`` and ``cues`` are lower case."""
    start = 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        if end > start and any(map(text[start:end].__contains__, cues)):
            yield from pattern.finditer(text, start, end)
        start = end
