"""One fact mentioned in a text, and the shape of what finds one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple


class Mention(NamedTuple):
    """One fact mentioned in a text: its kind, canonical key and the words as written."""

    kind: str
    key: tuple[Any, ...]
    text: str
    #: Where the words start in the text they were found in (-1 when unknown).
    start: int = -1


#: Reads a match of a fact's pattern: the fact or facts it mentions, or ``None``.
Extractor = Callable[[re.Match[str]], Mention | list[Mention] | None]
#: (pattern, extractor, cues, beginnings): the pattern only runs on a text whose lower case
#: holds a cue, and is tried only where one of its beginnings (if given) occurs in lower case.
Extractors = list[tuple[re.Pattern[str], Extractor, tuple[str, ...], tuple[str, ...] | None]]


#: Among an extractor's beginnings: the first digit of a number (where a run of digits begins;
#: the pattern's own look-behinds reject one after a letter).
NUMBERS = "\\d"


class Registry:
    """Extractors in the order they are declared (the order they are tried in)."""

    def __init__(self) -> None:
        self.found: Extractors = []

    def __call__(
        self, pattern: str, cues: tuple[str, ...] = (), begins: tuple[str, ...] | None = None
    ) -> Callable[[Extractor], Extractor]:
        """Declares the function it decorates as the extractor of ``pattern``'s matches."""

        def register(func: Extractor) -> Extractor:
            self.found.append((re.compile(pattern), func, cues, begins))
            return func

        return register
