"""How each marketplace language writes the facts the guard compares: its dates ("8. Februar
2024", "2024年2月8日"), day ranges ("7 à 15 jours", "entre 7 y 15 días", "7～15日"), durations
("24 Stunden", "3営業日"), number words ("vierundzwanzig") and times named in words ("morgen",
"明日"): how a draft is READ, where
:mod:`sellermail.compose.notation` says how a message is written (its month names are these).
English is built into :mod:`sellermail.guard.mentions`; the others are data,
``lexicon/<lang>.notation.yaml``, compiled here once per language into the patterns
:func:`mentions` tries before the English ones.

Placeholders in a data file's patterns: ``{d}`` a day, ``{mo}`` a month's number, ``{m}`` a
month's name, ``{y}`` a year, ``{a}`` and ``{b}`` a range's ends, ``{u}`` its unit (which
a range's pattern may need; else it may follow). Patterns run on the
lower-cased text, whose full-width digits and signs are read as ASCII (:func:`narrow`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from sellermail.compose.notation import LANGUAGES
from sellermail.compose.notation import notation as written
from sellermail.guard.word_tree import trie
from sellermail.io.paths import data_dir
from sellermail.io.structured import parse_yaml

#: Full-width digits, letters and the signs written with them, as ASCII (one character each:
#: offsets hold).
_NARROW = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"，": ",", "．": ".", "／": "/", "－": "-", "％": "%"}
)
#: Any of them (looked for first: translating a text character by character is slow).
_WIDE = re.compile("[" + "".join(sorted(map(chr, _NARROW))) + "]")


def narrow(text: str) -> str:
    """``text`` with full-width digits, letters and signs as ASCII, offsets unchanged."""
    return text if text.isascii() or not _WIDE.search(text) else text.translate(_NARROW)


#: A word's edges in an alphabetic language (Japanese words have none).
_START, _END = r"(?<!\w)", r"(?!\w)"


_KANJI_DIGITS = "一二三四五六七八九"
#: What joins a range's ends in Japanese ("七日から十五日", "七～十五日").
_KANJI_TO = "(?:から|～|〜|~)"
#: What after a number and 日 makes it a number of days, not a day of the month ("一日以内").
_KANJI_SPAN = "(?:以内|間|後|以上|ほど|程度)"
#: Kanji numerals from 1 to 99 ("五", "十二", "二十五"); not ten alone ("十"), whose two
#: digits would not fit in its one character (numbers are read as digits in place).
_KANJI_NUMBERS = {
    (_KANJI_DIGITS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
    + (_KANJI_DIGITS[ones - 1] if ones else ""): 10 * tens + ones
    for tens in range(10)
    for ones in range(10)
    if (tens or ones) and 10 * tens + ones != 10
}  # fmt: skip


@dataclass(frozen=True)
class Notation:
    """One language's notations, compiled."""

    language: str
    #: Dates: groups ``d``, ``y`` and ``mo`` (a number) or ``m`` (a name).
    dates: tuple[re.Pattern[str], ...]
    #: Day ranges: groups ``a``, ``b`` and the optional unit ``u``.
    ranges: tuple[re.Pattern[str], ...]
    #: Day ranges with a week at one end ("una semana a diez días"): groups ``a`` or ``wa``
    #: (its weeks, none for one), ``b`` or ``wb``.
    week_ranges: tuple[re.Pattern[str], ...]
    #: A number and its unit: groups ``n`` and ``u``.
    durations: re.Pattern[str] | None
    #: Month names and abbreviations -> the month's number.
    months: dict[str, int]
    #: Unit words -> ``hours``, ``days``, ``business days`` or ``weeks``.
    units: dict[str, str]
    #: Number words -> their value, and a pattern finding them.
    number_words: dict[str, int]
    number_word: re.Pattern[str] | None
    #: Times named in words ("morgen", "demain", "明日", a weekday): commitments like dates.
    when: re.Pattern[str] | None = None
    #: One unit said with an article after a word of time span ("innerhalb eines Tages"), by
    #: unit: it keeps a fact of 1 (alone, "einen Tag später" commits to nothing).
    one: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: Words that say whom a product is for ("femme", "da donna"), which a rewrite may leave
    #: out of the product's name (the buyer knows whom they bought it for).
    audience: tuple[str, ...] = ()
    #: Words of using the product and of what the order's facts time (``advice``: see
    #: :mod:`sellermail.guard.advice`).
    advice_use: tuple[str, ...] = ()
    advice_order: tuple[str, ...] = ()
    #: Words that guess ("vielleicht", "magari"; not "if"): whole words (see
    #: :func:`sellermail.guard.advice.supposed`).
    advice_hedge: tuple[str, ...] = ()
    #: A name's leading article -> what a preposition before it contracts with it to ("le":
    #: "du", "au"; "il": "del", "nel"; "das": "vom", "im"), elided ones with their apostrophe.
    articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A formal salutation by title alone ("Madame,", "Gentile Signora,"), in a language whose
    #: formal register addresses the buyer so, the name left out.
    title_salutation: re.Pattern[str] | None = None
    #: Words that count pieces after a number ("2 pezzi", "3 Stück"): see :func:`pieces`.
    pieces: tuple[str, ...] = ()

    def month(self, group: str) -> int:
        """A date's month from its ``mo`` or ``m`` group."""
        return int(group) if group.isdigit() else self.months.get(group.rstrip("."), 0)

    def unit(self, words: str | None) -> str:
        return self.units.get(" ".join((words or "").split()), "")


def _plain(word: str) -> str:
    """``word`` without its accents ("déc" -> "dec")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _alternation(words: list[str]) -> str:
    """``words`` as one alternation nested by their letters (:func:`pattern_words.trie`): the
    engine compares one letter per branch instead of every word; where words begin alike, the
    longer is tried first (as a flat alternation longest first would)."""
    return trie(sorted(set(words)))


def _list(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key) or []
    return [str(item).lower() for item in value] if isinstance(value, list) else []


@cache
def notation(language: str) -> Notation | None:
    """The notations of ``language`` (``None`` for English, which :mod:`mentions` holds)."""
    path = data_dir("lexicon") / f"{language}.notation.yaml"
    if language == "en" or not path.is_file():
        return None
    data = parse_yaml(path.read_text(encoding="utf-8")) or {}
    # the month names the messages are written with (compose's notation), and their abbreviations
    names = [name.lower() for name in written(language).months] if language in LANGUAGES else []
    months = {name: i for i, name in enumerate(names, 1) if not name[:1].isdigit()}
    for abbreviation in _list(data, "month_abbreviations"):
        months.setdefault(abbreviation, next(
            (i for name, i in months.items() if _plain(name).startswith(_plain(abbreviation)[:3])),
            0))  # fmt: skip
    # an abbreviation that is also a word ("5 set" in Italian: five sets) is a month only with
    # its dot or a year after it
    words = set(_list(data, "month_abbreviations_words"))
    plain = [month for month in months if month not in words]
    dotted = "|" + _alternation(sorted(words)) + r"(?:\.|(?=\s+\d{4}(?!\d)))" if words else ""
    alphabetic = any(c.isascii() and c.isalpha() for c in "".join(months))
    start, end = (_START, _END) if alphabetic else ("", "")
    unit_data = data.get("units") or {}
    found = data.get("advice")
    advice: dict[str, object] = found if isinstance(found, dict) else {}
    units = {
        " ".join(str(word).lower().split()): canonical
        for canonical, words in (unit_data.items() if isinstance(unit_data, dict) else [])
        for word in (words if isinstance(words, list) else [])
    }
    unit = rf"(?P<u>{_alternation(list(units))}){end}" if units else r"(?P<u>(?!))"
    places = {
        "{d}": r"(?P<d>\d{1,2})(?!\d)",
        "{mo}": r"(?P<mo>\d{1,2})(?!\d)",
        "{m}": rf"(?P<m>{_alternation(plain)}\.?{end}{dotted})" if months else r"(?P<m>(?!))",
        "{y}": r"(?P<y>\d{4})(?!\d)",
        # a range of days or hours: no leading zero, no phone number's groups ("090-1234-5678")
        "{a}": r"(?P<a>[1-9]\d{0,2})",
        "{b}": r"(?P<b>[1-9]\d{0,2})(?![\d-])",
        "{u}": unit,  # a unit the pattern needs ("2 o 3 días": two numbers are no range alone)
        "{wa}": r"(?P<wa>[1-9])",
        "{wb}": r"(?P<wb>[1-9])",
    }

    before = r"[\w.,]" if alphabetic else r"[\d.,]"  # what a number may not follow
    number_start = rf"(?<!{before})"
    # A pattern that begins with a number begins with its first digit, and the look-behind
    # comes right after it (a character class first is what the engine scans for quickly).
    leading = {
        "{d}": rf"(?P<d>\d(?<!{before}\d)\d?)(?!\d)",
        "{mo}": rf"(?P<mo>\d(?<!{before}\d)\d?)(?!\d)",
        "{y}": rf"(?P<y>\d(?<!{before}\d)\d{{3}})(?!\d)",
        "{a}": rf"(?P<a>[1-9](?<!{before}[1-9])\d{{0,2}})",
    }

    def compiled(pattern: str, tail: str = "") -> re.Pattern[str]:
        first = start if pattern[:1].isalpha() else number_start
        lead = next((place for place in leading if pattern.startswith(place)), None)
        if lead:
            first, pattern = "", leading[lead] + pattern[len(lead) :]
        for place, group in places.items():
            pattern = pattern.replace(place, group)
        return re.compile(rf"{first}(?:{pattern}){tail}")

    words_data = data.get("number_words") or {}
    number_words = {
        str(word).lower(): int(value)
        for value, words in (words_data.items() if isinstance(words_data, dict) else [])
        for word in (words if isinstance(words, list) else [])
    }
    compounds = data.get("number_compounds")
    if isinstance(compounds, dict):  # "noventa y cinco": each tens word, the joiner, a ones word
        digits = {w: v for w, v in number_words.items() if 2 <= v <= 9}
        digits |= dict.fromkeys(compounds.get("ones") or (), 1)
        number_words |= {
            f"{ten}{compounds['joiner']}{one}": tens + value
            for ten, tens in list(number_words.items())
            if 30 <= tens <= 90 and tens % 10 == 0
            for one, value in digits.items()
        }
    counters = _list(data, "kanji_counters")
    number_word = (
        re.compile(rf"(?:{trie(sorted(number_words), at_word=True)}){_END}")
        if number_words
        else None
    )
    ones, joiners = _list(data, "range_ones"), _list(data, "range_joiners")
    if number_word and ones and joiners:  # "ein bis drei Tage": 1 only before a range's end
        number_words |= dict.fromkeys(ones, 1)
        number_word = re.compile(
            rf"{number_word.pattern}|(?:{trie(sorted(ones), at_word=True)})"
            rf"(?=\s+(?:{_alternation(joiners)})\s+(?:\d|{number_word.pattern}))"
        )
    if counters:  # kanji numerals, read only before a counter ("五点", "十二パーセント"), as
        # a range's ends ("七日から十五日", "七～十五日"), ten with its 日 there ("十日から"), or
        # before 日 and a word of span ("一日以内")
        number_words |= _KANJI_NUMBERS | {"十日": 10}
        kanji, counter = trie(sorted(_KANJI_NUMBERS)), _alternation(counters)
        number_word = re.compile(  # every match begins with a numeral: said first, so that
            # the engine skips to one (read at every character, the pattern cost a tenth of a check)
            rf"(?=[一二三四五六七八九十])(?<![〇一二三四五六七八九十百千万月])(?:(?:{kanji})(?=\s*(?:{counter}))"
            rf"|(?:{kanji}|十日)(?=\s*日?\s*{_KANJI_TO}\s*[一二三四五六七八九十])"
            rf"|(?:{kanji})(?=\s*日\s*{_KANJI_SPAN})"
            rf"|(?:(?<=から)|(?<=[～〜~]))(?:(?:{kanji})(?=\s*(?:日|{counter}))|十日))"
        )
    return Notation(
        language=language,
        dates=tuple(compiled(p) for p in _list(data, "dates")),
        ranges=tuple(
            compiled(p, "" if "{u}" in p else rf"(?:\s*{unit})?") for p in _list(data, "ranges")
        ),
        week_ranges=tuple(compiled(p) for p in _list(data, "week_ranges")),
        durations=re.compile(rf"(?P<n>\d(?<!{before}\d)\d{{0,3}})\s*{unit}") if units else None,
        months=months,
        units=units,
        number_words=number_words,
        number_word=number_word,
        when=re.compile(f"{start}(?:{'|'.join(when)}){end}")
        if (when := _list(data, "when"))
        else None,
        one=_one(data.get("one")),
        audience=tuple(_list(data, "audience")),
        advice_use=tuple(_list(advice, "use")),
        advice_order=tuple(_list(advice, "order")),
        advice_hedge=tuple(_list(advice, "hedge")),
        articles=_articles(data.get("articles")),
        title_salutation=re.compile(rf"(?:{title})\s*[,:!]?")
        if (title := data.get("title_salutation"))
        else None,
        pieces=tuple(_list(data, "pieces")),
    )


def _articles(data: object) -> dict[str, tuple[str, ...]]:
    spec = data if isinstance(data, dict) else {}
    return {str(a).lower(): tuple(str(f).lower() for f in forms) for a, forms in spec.items()}


#: How English says one unit after a word of time span ("within a day", "in one business day").
_ENGLISH_ONE = {
    "days": r"(?:within|in|inside|under|at\s+most)\s+(?:a|one|a single)\s+(?:calendar\s+)?day",
    "business days": r"(?:within|in|inside|under)\s+(?:a|one|a single)\s+(?:business|working)\s+day",
    "hours": r"(?:within|in|inside|under)\s+(?:an|one|a single)\s+hour",
    "weeks": r"(?:within|in|inside|under)\s+(?:a|one|a single)\s+week",
}


def _one(data: object) -> dict[str, re.Pattern[str]]:
    spec = data if isinstance(data, dict) else {}
    return {
        str(unit): re.compile(f"{_START}(?:{'|'.join(map(str, ways))}){_END}")
        for unit, ways in spec.items()
        if isinstance(ways, list) and ways
    }


@cache
def _english_one() -> dict[str, re.Pattern[str]]:
    return {unit: re.compile(f"{_START}(?:{way}){_END}") for unit, way in _ENGLISH_ONE.items()}


@cache
def said_in(n: int, language: str) -> tuple[str, ...]:
    """How ``language`` writes the number ``n`` in words ("drei", "tres"; English's are
    :mod:`wording`'s own)."""
    notes = notation(language) if language != "en" else None
    return tuple(w for w, value in notes.number_words.items() if value == n) if notes else ()


#: Whom an English product name says it is for.
_ENGLISH_AUDIENCE = (
    "women's", "womens", "women", "ladies'", "ladies", "men's", "mens", "men", "kids'", "kids",
    "children's", "boys'", "boys", "girls'", "girls", "unisex", "adults", "adult", "for women",
    "for men", "for kids", "for children", "baby", "for babies",
)  # fmt: skip


@cache
def audience(language: str) -> tuple[str, ...]:
    """The words (folded) that say whom a product is for in ``language``: a product's name may
    be written without them."""
    notes = notation(language) if language != "en" else None
    words = notes.audience if notes else ()
    return tuple(w for w in (*words, *_ENGLISH_AUDIENCE) if w)


@cache
def pieces(language: str) -> tuple[str, ...]:
    """The words (lower case) that count pieces after a number in ``language`` and English."""
    notes = notation(language) if language != "en" else None
    return (*(notes.pieces if notes else ()), "pieces", "piece", "pcs", "pc", "units")


@cache
def contracted(language: str) -> dict[str, tuple[str, ...]]:
    """``language``'s articles that may begin a name, each with what a preposition before it
    contracts with it to ("Le Grenier": "du Grenier", "au Grenier")."""
    notes = notation(language)
    return notes.articles if notes else {}


#: One thing said with an article and a word of oneness, in any language ("a single claim",
#: "eine einzige Reklamation", "une seule réclamation", "un solo reclamo", "un único pedido").
_SINGLE = re.compile(
    r"(?<!\w)(?:a single|only one|just one|eine?[nmrs]? einzige[nmrs]?|une? seule?"
    r"|una? (?:sol[oa]|[úu]nic[oa]))(?!\w)"
)


def says_one(text: str, unit: str, language: str) -> bool:
    """Whether ``text`` says one ``unit`` with an article after a word of time span (``within a
    day``), in English or ``language``: a fact of 1 kept in words; with no ``unit``, one thing
    (a count of 1) said with a word of oneness ("a single claim")."""
    lower = text.lower()
    if not unit:
        return _SINGLE.search(lower) is not None
    notes = notation(language) if language != "en" else None
    units = ("days", "business days") if unit == "handling days" else (unit,)
    patterns = [
        way for u in units for way in (_english_one().get(u), notes.one.get(u) if notes else None)
    ]
    return any(p is not None and p.search(lower) for p in patterns)


def salutes_by_title(text: str, language: str) -> bool:
    """Whether ``text`` opens with a formal salutation by title alone, a line of its own
    ("Madame,"): it addresses the buyer as the register does, so keeps their name (a title
    elsewhere, "merci, Madame", addresses nobody in particular)."""
    notes = notation(language) if language != "en" else None
    if notes is None or notes.title_salutation is None:
        return False
    first = text.lstrip().split("\n", 1)[0]
    return notes.title_salutation.fullmatch(first.strip().lower()) is not None
