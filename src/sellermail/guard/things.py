"""What kind of thing a fact in words names, in every language (``lexicon/things.yaml``).

A free-text fact the seller typed in another language than the message ("the installation
video" in an Italian message), or left at its default (wording, not a fact), cannot be kept
word for word: it is held as what can be seen in any language, its untranslatable parts
(numbers, codes, acronyms, names) and the kind of thing it is ("il video di installazione"
keeps it; "il manuale" changes it).
"""

from __future__ import annotations

import re
from functools import cache

from sellermail.guard.language import normalise
from sellermail.io.paths import data_dir
from sellermail.io.structured import parse_yaml

#: Languages whose words join into compounds (German) or stand unspaced (Japanese): a kind's
#: word is looked for anywhere in a word.
_ANYWHERE = frozenset({"de", "ja"})
#: Parts of a name no language translates: a number or code ("CG-150"), an acronym ("USB").
_UNTRANSLATED = re.compile(r"[\w-]*(?:\d|[A-Z]{2})[\w-]*")


@cache
def _families() -> dict[str, dict[str, list[str]]]:
    """Each kind's words by language, read once for every language."""
    found: dict[str, dict[str, list[str]]] = parse_yaml(
        (data_dir("lexicon") / "things.yaml").read_text(encoding="utf-8")
    )
    return found


@cache
def _kinds(language: str) -> dict[str, re.Pattern[str]]:
    data = _families()
    edge = "" if language in _ANYWHERE else r"(?<!\w)"
    return {
        kind: re.compile(edge + "(?:" + "|".join(re.escape(normalise(w)) for w in words) + ")")
        for kind, by_language in data.items()
        if (words := by_language.get(language))
    }


def kinds(text: str, language: str) -> tuple[str, ...]:
    """The kinds of thing ``text`` (written in ``language``) names."""
    plain = normalise(text)
    return tuple(kind for kind, pattern in _kinds(language).items() if pattern.search(plain))


def untranslated(text: str) -> tuple[str, ...]:
    """The parts of ``text`` every language writes alike."""
    return tuple(part.lower() for part in _UNTRANSLATED.findall(text))
