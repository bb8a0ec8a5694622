"""The language a message's writer used (ISO 639-1): script first, then common words.

The rules and word lists are data (inbound/languages.yaml): kana -> ``ja``; Chinese characters
without kana -> ``zh``; Latin text -> the language whose common words and letters it holds most.
"""

from __future__ import annotations

import re
from functools import cache

from sellermail.triage.phrases import load, normalise

_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str], int, str]:
    data = load("languages")
    words: dict[str, list[str]] = {}
    letters: dict[str, str] = {}
    for code, spec in data["latin"].items():
        for word in normalise(spec["words"]).split():
            words.setdefault(word, []).append(code)
        letters[code] = spec["letters"]
    hits = {word: tuple(codes) for word, codes in words.items()}
    return hits, letters, int(data["letter_weight"]), str(data["default"])


def name(code: str) -> str:
    """``de`` -> ``German``."""
    names: dict[str, str] = load("languages")["names"]
    return names.get(code, code)


def detect(text: str, plain: str | None = None) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (see the module docstring);
    ``plain``: the text already normalised, if at hand."""
    hits, letters, letter_weight, default = _tables()
    kana = len(_KANA.findall(text))
    cjk = kana + len(_HAN.findall(text))
    if cjk and cjk * 3 >= len(_LATIN.findall(text)):
        return "ja" if kana >= max(2, cjk // 20) else "zh"
    scores = dict.fromkeys(letters, 0)
    for word in _WORD.findall(normalise(text) if plain is None else plain):
        for code in hits.get(word, ()):
            scores[code] += 1
    lower = text.lower()
    for code, marks in letters.items():
        scores[code] += letter_weight * sum(lower.count(mark) for mark in marks)
    best = max(scores, key=lambda code: (scores[code], code == default))
    return best if scores[best] else default
