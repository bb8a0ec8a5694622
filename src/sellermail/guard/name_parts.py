"""A thing's name and what it comes with ("specchio da tavolo con luci LED") said the other way
round, or apart, in one sentence ("le luci LED del Suo specchio da tavolo"): every word of the
name kept, each part whole, so a changed word still changes the name."""

from __future__ import annotations

import re

from sellermail.guard.wording import keeps_name, name_fold, name_forms

#: The word a name sets between a thing and what it comes with, by language.
_WITH = {"en": "with", "de": "mit", "fr": "avec", "es": "con", "it": "con"}
#: What may stand between the two parts: words of one sentence, not too many, none taking
#: the part away ("the mirror without LED lights").
_GAP = r"(?:(?!(?<!\w)(?:without|ohne|sans|sin|senza)(?!\w))[^.!?\n]){1,60}?"


def kept(text: str, name: str, language: str) -> bool:
    """Whether ``text`` (as :func:`wording.name_fold` gives it) keeps the name ``name``, whole
    or as its thing and what it comes with in one sentence, in either order."""
    if keeps_name(text, name, language):
        return True
    link = _WITH.get(language)
    head, _, part = name.partition(f" {link} ") if link else (name, "", "")
    if not part or not head:
        return False
    thing, extra = (rf"(?<!\w){name_forms(p, language)}(?!\w)" for p in (head, part))
    return re.search(rf"{extra}{_GAP}{thing}|{thing}{_GAP}{extra}", text) is not None


#: A pack or quantity in brackets closing a name ("(pack de 2)", "(4er-Set)", "(set of 3)"):
#: brackets holding a number.
_PACK = re.compile(r"\s*[(（]([^()（）]*\d[^()（）]*)[)）]\s*$")


def pack_first(value: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` (a product's name, folded, and its shorter forms) with the pack or quantity
    its brackets close it with set before the thing, as a sentence says it ("enchufe WiFi
    (pack de 2)": "el pack de 2 enchufes WiFi"): the same words, the count unchanged."""
    pack = _PACK.search(value)
    if not pack:
        return ()
    said = name_fold(pack[1])
    tail = f" {said}"
    return tuple(f"{said} {name[: -len(tail)]}" for name in names if name.endswith(tail))
