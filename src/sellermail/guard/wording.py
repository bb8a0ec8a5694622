"""How a draft's words are compared with the facts: text folded (case, quotes, spaces), names
laid out any way, content words crudely stemmed, whole words (an ID is not inside a longer one),
and counted things ("3 x red")."""

from __future__ import annotations

import re
from functools import lru_cache

from sellermail.guard.notation import contracted

#: Punctuation that separates the parts of a name however it is laid out ("Wang Fang, Maple
#: Home" signed on two lines, "Maple Home (Wang Fang)"), and the quotation marks around a part
#: of it, which every language and keyboard writes its own way: `Radtrikot "Alpenpass"` is
#: „Alpenpass“, «Alpenpass», 「Alpenpass」 or 'Alpenpass' (an apostrophe inside a word stays).
#: (A regular expression: str.translate with a table took 7 times as long on the benchmark drafts;
#: one class, with no look-arounds, is scanned for as fast as the separators alone.)
_NAME_PUNCTUATION = re.compile(r"[,;:()\[\]/|–—\"„«»‹›「」『』‚]")


def name_fold(text: str, folded: str | None = None) -> str:
    """A name as compared: folded, its separating punctuation taken as spaces."""
    spaced = _NAME_PUNCTUATION.sub(" ", fold(text) if folded is None else folded)
    if " '" in spaced or "' " in spaced:  # straight single quotes at a word's edge
        spaced = spaced.replace(" '", " ").replace("' ", " ")
    return " ".join(spaced.replace(" - ", " ").split())


def straight_quotes(text: str) -> str:
    """Fold typographic quotes so ``Maple’s`` and ``Maple's`` compare equal."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(
    "the and for with our we have has had all from that this were was are been into any each "
    "their them they its not you your per via also more than then once every which who who's "
    "will shall can may might must should would could about after before over under out off "
    # and a condition's conjunction: "when it changes" says what "if it changes" says
    "when whenever".split()  # (the adjacent literals are one string, split as one)
)


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """``removed``/``removing``/``remove`` -> ``remov``: crude, and the same for every form."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def stems(text: str, folded: str | None = None) -> set[str]:
    """The content words of ``text`` (``folded``: it folded, if at hand), crudely stemmed; each
    word stemmed once however often it recurs."""
    words = set(WORD.findall(fold(text) if folded is None else folded)) - _STOPWORDS
    return {_stem(word) for word in words if len(word) >= 3}


#: A Japanese content word: a run of katakana or of kanji, two or more ("収納", "ケース"); a
#: single kanji between kana is most often grammar ("付き", "各").
_JAPANESE_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}|[\u3400-\u4dbf\u4e00-\u9fff々]{2,}")


def japanese_words(text: str) -> set[str]:
    """The content words of Japanese ``text``, which has no spaces to find them by: its runs of
    katakana and of kanji (a draft keeps one by writing it anywhere, nouns do not inflect)."""
    return set(_JAPANESE_WORD.findall(text))


#: Units of length (their stems, in every language) and the sign a number may carry instead:
#: inches (inch, Zoll, pouce, pulgada, pollice) as `"`, `″` or "in", feet (foot, Fuss) as `'`,
#: `′` or "ft".
_INCH = re.compile(r"\d\s*(?:\"|″|''|in\b)")
_FOOT = re.compile(r"\d\s*(?:′|'(?![\w'])|ft\b)")
_UNIT_SIGNS = {"inch": _INCH, "zoll": _INCH, "pouc": _INCH, "pulgad": _INCH, "pollic": _INCH,
               "foot": _FOOT, "feet": _FOOT, "fuss": _FOOT}  # fmt: skip


def signed_unit(word: str, text: str) -> bool:
    """Whether ``word`` (a content word, stemmed) is a unit of length that ``text`` (folded)
    writes as its sign after a number: `52" x 95"` keeps "52 x 95 inch"."""
    sign = next((s for unit, s in _UNIT_SIGNS.items() if word.startswith(unit)), None)
    return sign is not None and sign.search(text) is not None


#: Languages whose words change their endings with case, number and agreement, and how: a
#: word's base (its last vowels dropped: "borracci|a", "chaussur|e") takes any ending of these
#: ("borracce", "termiche", "chaussures", "Kopfhörern", "grigie").
_ENDINGS = {
    "de": r"(?:e|en|ens|n|s|es|er|ern|ers|em)?",  # "Trinkbrunnens" for "Trinkbrunnen"
    "fr": r"(?:[aeiouéè]{1,3}[sx]?|[sx])?",
    "es": r"(?:[aeiou]{1,2}s?|s)?",
    "it": r"(?:h?[aeiouì]{1,2})?",
}
_LAST_VOWELS = {"de": "e", "fr": "aeiouéè", "es": "aeiou", "it": "aeiouì"}


def word_forms(word: str, language: str) -> str:
    """A regular expression of ``word`` (folded) and the forms it takes in ``language``'s
    sentences; ``word`` alone in a language without endings (English, whose plurals the callers
    allow, Japanese) and for words of three letters or fewer ("de", "blu", "bt-90")."""
    endings = _ENDINGS.get(language)
    if endings is None or len(word) < 4 or not word[-1].isalpha():
        short = _SHORT_PLURAL.get(language, "") if len(word) == 3 and word.isalpha() else ""
        return re.escape(word) + short
    if language == "fr" and (feminine := _FRENCH_FEMININE.search(word)):
        base = word[: feminine.start()]
        grown = _FRENCH_GROWN[feminine.lastgroup or ""].format(e=feminine[0], c=feminine[0][-1])
        return rf"{re.escape(base)}(?:{re.escape(feminine[0])}|{grown}){endings}"
    if (changed := _PLURAL_STEM.get(language)) and (stem := changed.search(word)):
        # a plural that changes the stem's end: "animal" -> "animaux", "lápiz" -> "lápices"
        grown = "aux" if language == "fr" else "c"
        return rf"{re.escape(word[: stem.start()])}(?:{re.escape(stem[0])}|{grown}){endings}"
    return re.escape(root(word, language)) + endings


#: The plural endings a word of three letters takes ("bac" -> "bacs", "red" -> "redes",
#: "Set" -> "Sets"): too short to be cut to a base, it keeps its letters and adds them.
_SHORT_PLURAL = {"de": r"(?:e|en|s)?", "fr": r"[sx]?", "es": r"(?:es|s)?"}


#: The ends of words whose plural changes them (French "-al", Spanish "-z").
_PLURAL_STEM = {"fr": re.compile(r"al$"), "es": re.compile(r"z$")}


#: French endings whose feminine is more than an added "e" ("naturel" -> "naturelle",
#: "violet" -> "violette", "blanc" -> "blanche", "léger" -> "légère", "vif" -> "vive",
#: "heureux" -> "heureuse", "épais" -> "épaisse"), and the feminine stem (its ending follows).
_FRENCH_FEMININE = re.compile(
    r"(?P<doubled>(?:el|eil|en|on|et|ais|os)$)|(?P<er>er$)|(?P<anc>[ae]nc$)|(?P<f>f$)|(?P<x>x$)"
)
_FRENCH_GROWN = {"doubled": "{e}{c}", "er": "ère", "anc": "{e}h", "f": "v", "x": "s"}


#: German endings of case and agreement, which an adjective takes and a noun may seem to
#: ("elektrischer", "elektrischen" -> "elektrisch"; "Milchaufschäumer" -> "milchaufschäum").
_GERMAN_ENDING = re.compile(r"(?:e[mnrs]?|ern)$")


def root(word: str, language: str) -> str:
    """``word`` without the last vowels ``language`` inflects ("grigio", "grigie" -> "grig";
    in German the endings of case, "elektrischer" -> "elektrisch"); ``word`` itself in a
    language without endings or when little would be left."""
    vowels = _LAST_VOWELS.get(language)
    if language == "de" and len(word) >= 4:
        base = _GERMAN_ENDING.sub("", word)
        return base if len(base) >= 3 else word
    base = word.rstrip(vowels) if vowels and len(word) >= 4 else word
    return base if len(base) >= 3 else word


def lemma(word: str, language: str) -> str:
    """``word``'s :func:`root`, in French a feminine's as the masculine's ("naturell",
    "naturel" -> "naturel"): what two forms of one word share, to compare them."""
    base = root(word, language)
    if language == "fr" and len(base) >= 4:
        folded = _FRENCH_MASCULINE.sub(_masculine, base)
        return folded if len(folded) >= 3 else base
    return base


#: A French feminine stem's end and the masculine's ("naturell" -> "naturel", "blanch" ->
#: "blanc", "légèr" -> "léger", "activ" -> "actif", "heureus" -> "heureux"); a doubled
#: consonant loses one, a doubled "s" both (the crude stem drops a masculine's "s": "épai").
_FRENCH_MASCULINE = re.compile(r"(?P<doubled>(?<=[aeo])(?:ll|nn|tt)$)|(?P<ss>(?<=[aeio])ss$)"
                               r"|(?P<anch>(?<=[ae]n)ch$)|(?P<er>èr$)|(?P<v>(?<=i)v$)"
                               r"|(?P<eus>(?<=e)us$)")  # fmt: skip
_MASCULINE = {"anch": "c", "er": "er", "v": "f", "eus": "ux"}


def _masculine(end: re.Match[str]) -> str:
    return end[0][:-1] if end.lastgroup == "doubled" else _MASCULINE.get(end.lastgroup or "", "")


#: A number of thousands as a name may write it: "35000", "35.000", "35 000" (a comma is folded
#: to a space, as every name's), "35'000".
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:[ .']\d{3})+(?![\d]|\.\d)")
_LONG_NUMBER = re.compile(r"(?<![\d.])\d{4,}(?![\d]|\.\d)")


def _grouped(digits: str) -> str:
    """A pattern of ``digits`` written in groups of thousands or not ("35000": "35.000")."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return r"[ .']?".join(groups)


def _numbers_grouped(name: str) -> str:
    """``name`` with its numbers of thousands written whole ("35 000" -> "35000")."""
    if not any(c.isdigit() for c in name):
        return name
    return _THOUSANDS.sub(lambda m: re.sub(r"\D", "", m[0]), name)


def keeps_name(text: str, name: str, language: str) -> bool:
    """Whether ``text`` (as :func:`name_fold` gives it) holds the name ``name`` (the same) in
    any form ``language`` inflects it to: "Bluetooth-Kopfhörern BT-90" keeps "Bluetooth-
    Kopfhörer BT-90", "tazas de cerámica esmaltada" keeps "taza de cerámica esmaltada"; a
    size in it may be named as one ("jacket (XL)" as "jacket, size XL")."""
    if language not in _ENDINGS:
        sized = _SIZED.fullmatch(name)
        return (
            has_word(text, name, plural=True)
            or bool(
                sized
                and re.search(
                    rf"(?<!\w){re.escape(_SIZE_NAMED.sub('', sized[1]))}[\s(（,、]*"
                    rf"(?:in\s+|{_SIZE_WORD}\s*|in\s+{_SIZE_WORD}\s*){sized[2]}(?!\w)",
                    text,
                )
            )
            or _keeps_number_grouped(text, name)
        )
    return re.search(rf"(?<!\w){name_forms(name, language)}(?!\w)", text) is not None


def _keeps_number_grouped(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name``, which holds a number of thousands, with that number
    grouped another way ("35.000 rpm" for "35000 rpm", "35000" for "35,000")."""
    whole = _numbers_grouped(name)
    numbers = list(_LONG_NUMBER.finditer(whole))
    if not numbers or not any(c.isdigit() for c in text):
        return False
    pieces, last = [], 0
    for m in numbers:
        pieces += [re.escape(whole[last : m.start()]), _grouped(m[0])]
        last = m.end()
    pattern = "".join([*pieces, re.escape(whole[last:])])
    edge = r"(?<!\w)" if alphabetic(whole[0]) else ""
    return re.search(rf"{edge}{pattern}(?:'s|es|s)?(?!\w)", text) is not None


#: A size as a name writes it ("XL", "2XL", "M"), and the word a message may set before it.
_SIZE = re.compile(r"(?:\d?x{0,3}[sl]|m|\d?xl)")
#: A name that ends in a size, and the size ("grill cover xl", "グリルカバー（xl）").
_SIZED = re.compile(r"(.+?)[\s(（]+(\d?x{0,3}[sl]|m|\d?xl)[)）]?")
_SIZE_WORD = r"(?:size|gr[öo](?:ß|ss)e|gr\.|taille|talla|taglia|tamaño|サイズ)"
#: A name's own word for its size before the size ("dog coat size xl"): the size is named
#: with it, as it, or after "in" ("dog coat in XL").
_SIZE_NAMED = re.compile(rf"\s+{_SIZE_WORD}$")
#: The words a message may set before a size named with its word: "in Größe L", "in der Größe
#: L", "en taille M", "de talla M", "in taglia M", "nella taglia M".
_SIZE_LINK = r"(?:in(?:\s+der)?|en(?:\s+la)?|de(?:\s+la)?|di|nella|della)"


#: The word a language may set before a measure inside a name: "tetera de hierro fundido de
#: 1,2 l" names the "tetera de hierro fundido 1,2 l", "borraccia da 750 ml" the "borraccia 750 ml".
_MEASURE_LINK = {"es": r"(?:de\s+)?", "fr": r"(?:de\s+|d'\s*)?", "it": r"(?:da\s+|di\s+)?"}
#: The word a sentence may set before what a name lists after its noun, the material, colour
#: or feature a catalogue writes bare: "Baby-Lauflernschuhe aus Leder" for "Baby-Lauflernschuhe
#: Leder", "chaise pliante en acacia", "taza de cerámica", "borsa in pelle".
_PART_LINK = {
    "de": r"(?:(?:aus|in|im|mit)\s+)?",
    "fr": r"(?:(?:en|de|à)\s+|d'\s*)?",
    "es": r"(?:(?:de|en|con)\s+)?",
    "it": r"(?:(?:in|di|da|con)\s+)?",
}


def _sized_next(words: list[str], i: int) -> bool:
    """Whether the word after ``words[i]`` is a size ("m", "xl", "42")."""
    return i + 1 < len(words) and bool(_SIZE.fullmatch(words[i + 1]) or words[i + 1].isdigit())


@lru_cache(maxsize=1024)
def name_forms(name: str, language: str) -> str:
    """A name's words in the forms ``language`` inflects them to, apart by spaces or joined by
    hyphens into a compound ("Fellfreunde-Pet-Team"), each after the first with the linking word
    a sentence may set before it; a size with or without its word ("in XL", "in Größe XL")."""
    if language not in _ENDINGS:
        return re.escape(name) + r"(?:'s|es|s)?"
    measure, part = _MEASURE_LINK.get(language, ""), _PART_LINK[language]
    first, *rest = _numbers_grouped(name).split()
    return _opening(first, language) + "".join(
        rf"(?:\s+(?:{_SIZE_LINK}\s+)?{_SIZE_WORD})?"
        if re.fullmatch(_SIZE_WORD, word) and _sized_next(rest, i)
        else r"[\s-]+" + (measure if word[0].isdigit() else part) + _word_or_number(word, language)
        if not _SIZE.fullmatch(word)
        else rf"\s+(?:{_SIZE_LINK}\s+)?(?:{_SIZE_WORD}\s+)?{re.escape(word)}"
        for i, word in enumerate(rest)
    )


def _opening(word: str, language: str) -> str:
    """A name's first word, a leading article also as a preposition contracts it ("le": "du",
    "au"; "l'angolo": "dell'angolo")."""
    articles = contracted(language)
    article = word if word in articles else word[: word.find("'") + 1]  # "l'" of "l'angolo"
    if article not in articles:
        return _word_or_number(word, language)
    rest = word[len(article) :]
    ways = "|".join(re.escape(w) for w in (article, *articles[article]))
    return f"(?:{ways})" + (_word_or_number(rest, language) if rest else "")


def _word_or_number(word: str, language: str) -> str:
    """``word``'s forms, or a number of thousands however it is grouped."""
    return _grouped(word) if len(word) >= 4 and word.isdigit() else word_forms(word, language)


def without_qualifiers(name: str, qualifiers: tuple[str, ...]) -> str:
    """``name`` (folded) without the words at either end that are ``qualifiers`` ("chaussures de
    randonnée femme" -> "chaussures de randonnée"); ``name`` when nothing else would be left."""
    short = f" {name} "
    for word in sorted(qualifiers, key=len, reverse=True):
        if short.endswith(f" {word} "):
            short = short[: -len(word) - 1]
        if short.startswith((f" {word} ", f" {word}-")):  # or a compound's first part
            short = " " + short[len(word) + 2 :]  # ("Baby-Badewanne": "Badewanne")
    return short.strip() if any(c.isalpha() for c in short) else name


def qualified_otherwise(
    text: str, name: str, qualifiers: tuple[str, ...], own: str, language: str
) -> bool:
    """Whether ``text`` writes ``name`` with a qualifier next to it that is not in ``own``
    (the full name it was shortened from): "chaussures de randonnée homme" for a name of
    women's shoes."""
    others = [re.escape(q) for q in qualifiers if f" {q} " not in f" {own} "]
    if not others:
        return False
    either = "|".join(sorted(others, key=len, reverse=True))
    forms = name_forms(name, language)
    return (
        re.search(rf"(?<!\w)(?:{either})[\s-]*{forms}|{forms}\s*(?:{either})(?!\w)", text)
        is not None
    )


def fold(text: str) -> str:
    """Lower case, typographic quotes folded, white space collapsed: for matching names."""
    return " ".join(straight_quotes(text).lower().split())


def alphabetic(char: str) -> bool:
    """A letter or digit of an alphabetic script (Chinese characters and kana are words of
    their own: "LX123456785CNで" holds the ID whole)."""
    return char.isalnum() and not ("\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"
                                   or "\uf900" <= char <= "\ufaff" or "\uff66" <= char <= "\uff9f")  # fmt: skip


def has_word(text: str, word: str, plural: bool = False) -> bool:
    """``word`` occurs in ``text`` as a whole (not inside a longer word or ID); with
    ``plural``, also followed by ``s``, ``es`` or ``'s`` ("mug" in "4 mugs"). A word's edge in
    Chinese characters or kana joins no neighbour."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if plural:
            end += next((len(x) for x in ("'s", "es", "s") if text.startswith(x, end)), 0)
        if (at == 0 or not (alphabetic(text[at - 1]) and alphabetic(word[0]))) and (
            end == len(text) or not (alphabetic(text[end]) and alphabetic(text[end - 1]))
        ):
            return True
        at = text.find(word, at + 1)
    return False


def adjective_first(value: str, names: tuple[str, ...], language: str) -> tuple[str, ...]:
    """``names`` (a product's name, folded, and its shorter forms) with the adjective a German
    catalogue writes after the noun set before it, as a sentence does ("Baby-Badewanne faltbar":
    "die faltbare Baby-Badewanne"): a German name's last word in lower case is no noun."""
    last = value.split()[-1]
    if language != "de" or last == value or not (last.isalpha() and last.islower()):
        return ()
    adjective = name_fold(last)
    tail = f" {adjective}"
    return tuple(f"{adjective} {name[: -len(tail)]}" for name in names if name.endswith(tail))
