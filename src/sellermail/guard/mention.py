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
#: (pattern, extractor, cues): the pattern only runs on a text whose lower case holds a cue.
Extractors = list[tuple[re.Pattern[str], Extractor, tuple[str, ...]]]
