"""The language a text is written in (ISO 639-1): script first, then common words; and the
guard's rule that a draft is written in the language it is held to.

The word lists are data (inbound/languages.yaml, shared with triage): kana -> ``ja``; Chinese
characters without kana -> ``zh``; Latin text -> the language whose common words and letters it
holds most.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any

import yaml

from sellermail.guard.rule import BLOCK, Finding
from sellermail.guard.sentences import lowered
from sellermail.io.paths import data_dir

_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A character from kana on (kana, Chinese characters, full-width forms).
_FROM_KANA = re.compile("[\u3040-\U0010ffff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _accent_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base.lower()
    table.update(
        {ord(k): v for k, v in {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "ß": "ss"}.items()}
    )
    table.update({ord(k): "'" for k in "’‘`´"})
    return table


_ACCENTS = _accent_table()
_SPACES = re.compile(r"\s+")
_BLANKS = re.compile(r"[^\S\n]+")
#: An elided article or pronoun ("l'", "d'", "qu'"): its apostrophe becomes a space.
_ELISION = re.compile(r"(?<![a-z])([a-z]|qu)'")


def normalise(text: str, *, lines: bool = False) -> str:
    """NFKC (full-width letters and digits become plain ones), lower case, accents removed from
    Latin letters (ß is ss), apostrophes dropped ("hasn't" = "hasnt") but for an elision
    ("d'échanger" = "d echanger"), one space for any run of white space (with ``lines``, line
    breaks are kept)."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_ACCENTS)
    if "'" in text:
        text = _ELISION.sub(r"\1 ", text).replace("'", "")
    return (_BLANKS if lines else _SPACES).sub(" ", text)


@cache
def _data() -> dict[str, Any]:
    path = data_dir("inbound") / "languages.yaml"
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return data


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str], int, str]:
    data = _data()
    words: dict[str, list[str]] = {}
    letters: dict[str, str] = {}
    for code, spec in data["latin"].items():
        for word in normalise(spec["words"]).split():
            words.setdefault(word, []).append(code)
        letters[code] = spec["letters"]
    hits = {word: tuple(codes) for word, codes in words.items()}
    return hits, letters, int(data["letter_weight"]), str(data["default"])


@cache
def _marks(letters: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """Any of the languages' own letters (one pass over a text to count them all), and the
    languages whose own letter each is (``letters``: each language's code and letters)."""
    languages_of: dict[str, list[str]] = {}
    for code, marks in letters:
        for mark in marks:
            languages_of.setdefault(mark, []).append(code)
    return re.compile(f"[{re.escape(''.join(languages_of))}]"), languages_of


def name(code: str) -> str:
    """``de`` -> ``German``."""
    names: dict[str, str] = _data()["names"]
    return names.get(code, code)


def _script(text: str) -> str | None:
    """``ja`` or ``zh`` for a text mostly in Chinese characters or kana, else ``None``."""
    if text.isascii() or not _FROM_KANA.search(text):
        return None
    kana = len(_KANA.findall(text))
    cjk = kana + len(_HAN.findall(text))
    if cjk and cjk * 3 >= sum(map(len, _LATIN.findall(text))):
        # Japanese prose runs on hiragana (particles, endings); a Chinese text quoting a
        # Japanese product name ("木製コースター") has katakana, hardly any hiragana
        return "ja" if len(_HIRAGANA.findall(text)) >= max(2, cjk // 20) else "zh"
    return None


#: What stands around a word between spaces.
_PUNCTUATION = ".,;:!?()[]{}\"'«»¡¿“”‘’„-–—/*"


#: The languages whose common word a piece of text between spaces is, by the piece as read.
_PIECES: dict[str, tuple[str, ...] | None] = {}


def _languages_of(piece: str) -> tuple[str, ...] | None:
    """The languages whose common word ``piece`` (lower case, between spaces) is: stripped of
    punctuation, and normalised if that finds none and it was not plain ASCII (remembered:
    messages repeat their words)."""
    if piece in _PIECES:
        return _PIECES[piece]
    hits = _tables()[0]
    word = piece.strip(_PUNCTUATION)
    codes = hits.get(word)
    if codes is None and not piece.isascii():
        codes = hits.get(normalise(word))
    if len(_PIECES) >= 100_000:  # a bound on what is remembered
        _PIECES.clear()
    _PIECES[piece] = codes
    return codes


def scores(text: str, plain: str | None = None) -> dict[str, int]:
    """Each Latin-script language's score for ``text`` (``plain``: it normalised, if at hand;
    without it only the words are normalised, which is quicker)."""
    hits, letters, letter_weight, _ = _tables()
    found = dict.fromkeys(letters, 0)
    lower = text.lower()
    get: Callable[[str], tuple[str, ...] | None] = hits.get
    if plain is not None:
        read = _WORD.findall(plain)
    else:
        read = lower.split()
        get = _languages_of
    for word, times in Counter(read).items():  # each word once, however often
        for code in get(word) or ():
            found[code] += times
    if not text.isascii():
        pattern, languages_of = _marks(tuple(letters.items()))
        for mark, times in Counter(pattern.findall(lower)).items():
            for code in languages_of[mark]:
                found[code] += letter_weight * times
    return found


def detect(text: str, plain: str | None = None) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (see the module docstring);
    ``plain``: the text already normalised, if at hand."""
    script = _script(text)
    if script:
        return script
    found = scores(text, plain)
    default = _tables()[3]
    best = max(found, key=lambda code: (found[code], code == default))
    return best if found[best] else default


#: Below this many common words a text is too short to say it is in another language.
_LEAST_WORDS = 6
#: The words read to judge, at the message's start and at its end: a message in the wrong
#: language is so from its first lines, or drifts into it ("Your tracking number is ...").
_JUDGED_WORDS = 80


#: Bits of a packed score given to each language (see :class:`_Packed`).
_FIELD = 32


class _Packed(dict[str, int]):
    """Each piece of text (lower case, between spaces) as read, remembered: how many points it
    gives each Latin-script language, packed into one number (``_FIELD`` bits per language, in
    their order), so a text's score is a sum. ``marks``: the points of its letters that are a
    language's own (weighted); else one point to each language whose common word it is."""

    def __init__(self, marks: bool) -> None:
        super().__init__()
        self.marks = marks

    def __missing__(self, piece: str) -> int:
        _, letters, weight, _ = _tables()
        order = {code: place for place, code in enumerate(letters)}
        codes: list[str] = []
        if not self.marks:
            codes += _languages_of(piece) or ()
        elif not piece.isascii():
            pattern, languages_of = _marks(tuple(letters.items()))
            codes += [code for mark in pattern.findall(piece) for code in languages_of[mark]]
        value = sum((weight if self.marks else 1) << (_FIELD * order[c]) for c in codes)
        if len(self) >= 100_000:  # a bound on what is remembered
            self.clear()
        self[piece] = value
        return value


_WORDS, _LETTERS = _Packed(marks=False), _Packed(marks=True)


def _scored(part: str, pieces: list[str] | None = None) -> int:
    """The Latin-script languages' scores, packed, for ``part`` (lower case; ``pieces``: its
    words, if at hand): the common words among its first words (``_JUDGED_WORDS``), its own
    letters throughout."""
    pieces = part.split() if pieces is None else pieces
    found = sum(map(_WORDS.__getitem__, pieces[:_JUDGED_WORDS]))
    return found + sum(map(_LETTERS.__getitem__, pieces)) if not part.isascii() else found


class _Room(dict[str, int]):
    """For a message held to the language at place ``mine``: how many points each piece gives
    every other Latin-script language beyond those it gives that one (common words and own
    letters apart, none below nought), packed as in :class:`_Packed`. Summed over a text it
    bounds how far any line or paragraph of it can score over the language."""

    def __init__(self, mine: int) -> None:
        super().__init__()
        self.mine = mine

    def __missing__(self, piece: str) -> int:
        words, letters, mine = _unpacked(_WORDS[piece]), _unpacked(_LETTERS[piece]), self.mine
        value = sum(
            (max(0, words[c] - words[mine]) + max(0, letters[c] - letters[mine])) << (_FIELD * c)
            for c in range(len(words))
            if c != mine
        )
        if len(self) >= 100_000:  # a bound on what is remembered
            self.clear()
        self[piece] = value
        return value


@cache
def _room(mine: int) -> _Room:
    return _Room(mine)


def _unpacked(found: int) -> list[int]:
    mask = (1 << _FIELD) - 1
    return [(found >> (_FIELD * place)) & mask for place in range(len(_tables()[1]))]


def _other_language(text: str, language: str) -> str | None:
    """The Latin-script language ``text`` is plainly written in if not ``language``: scoring
    at least twice as high (and on enough words) over its first words, its last words, or one
    of its lines or paragraphs of several lines (a passage in another language is often one
    line, one paragraph or a list of steps); these only when another language is read at all
    at its start or its end (enough of its common words, a quarter of the language's)."""
    codes = list(_tables()[1])
    mine = codes.index(language) if language in codes else -1
    lower = lowered(text)
    words = lower.split()
    lines = lower.split("\n")
    if len(words) > _JUDGED_WORDS:  # its last words too (a drift into another language)
        last = words[-_JUDGED_WORDS:]
        parts = [_scored(lower, words), _scored(" ".join(last), last)]
    else:
        parts = [sum(map(_scored, lines))]
    look = False
    for found in map(_unpacked, parts):
        other = max((c for c in range(len(codes)) if c != mine), key=found.__getitem__)
        own = found[mine] if mine >= 0 else 0
        if found[other] >= _LEAST_WORDS and found[other] >= 2 * own:
            return codes[other]
        look = look or (found[other] >= _LEAST_WORDS and 4 * found[other] >= own)
    if not look or "\n" not in lower.strip():
        return None
    # A line or paragraph is read as another language when it scores at least 6 and twice as
    # high in it: at least 3 over the message's own; the whole text must give it that much room.
    if mine >= 0 and 2 * max(_unpacked(sum(map(_room(mine).__getitem__, words)))) < _LEAST_WORDS:
        return None
    # a line of fewer words cannot hold enough common words of another language
    judged = [line for line in lines if line.count(" ") >= _LEAST_WORDS - 1]
    judged += [part for part in lower.split("\n\n") if "\n" in part.strip()]
    for found in map(_unpacked, map(_scored, judged)):
        other = max(range(len(codes)), key=found.__getitem__)
        own = found[mine] if mine >= 0 else 0
        if other != mine and found[other] >= _LEAST_WORDS and found[other] >= 2 * own:
            return codes[other]
    return None


#: Characters of written Chinese that Japanese does not write (simplified forms, 您, 们, 吗).
_ZH_ONLY = frozenset(
    "们您这请吗呢么谢还对发货运时给让说个复欢购买订单递收问题联络处們這嗎麼對發讓說"
)
#: A run of Chinese characters or kana, unbroken but for the punctuation between them.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3000-\u30ff"
                      r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20！？，。]{3,}")  # fmt: skip


def _foreign_passage(text: str, language: str, base: str) -> str | None:
    """The language of a passage in Chinese or Japanese script that the facts' rendering
    (``base``) does not hold: a line of Chinese (characters Japanese does not write, no kana)
    in a Japanese message; four or more such characters in a Latin-script one."""
    for run in _CJK_RUN.findall(text):
        if run in base:
            continue
        if language == "ja":
            if not _KANA.search(run) and any(c in _ZH_ONLY for c in run):
                return "zh"
        elif language != "zh":
            return "ja" if _HIRAGANA.search(run) else "zh"
    return None


def written_in(text: str, language: str, base: str = "") -> list[Finding]:
    """A finding when ``text`` is plainly written in another language than ``language``: in
    another script, or scoring at least twice as high (and on enough words) in another
    Latin-script language over its first words, its last words or one of its lines; or
    holding a passage in Chinese or Japanese script that the facts' rendering ``base`` does
    not."""
    script = _script(text)
    if script or language in ("ja", "zh"):
        wrong = script != language
        other = script or detect(text)
    else:
        found = _other_language(text, language)
        wrong, other = found is not None, found or language
    if not wrong and not text.isascii():
        passage = _foreign_passage(text, language, base)
        wrong, other = passage is not None, passage or language
    if not wrong:
        return []
    reason = f"the message must be written in {name(language)}, not {name(other)}"
    return [Finding("language.mismatch", BLOCK, "", reason)]
