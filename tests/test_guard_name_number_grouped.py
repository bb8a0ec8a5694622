"""A number of thousands in a product's name may be written grouped or not ("Schleifer 12000
U/min" as "12.000 U/min", "12 000", "12,000"): the name is kept; another number is still a
changed name. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_NAMES = {
    "de": ("Akku-Poliermaschine 12000 U/min", "Poliermaschine"),
    "fr": ("ponceuse 12000 tr/min", "ponceuse"),
    "it": ("levigatrice 12000 giri/min", "levigatrice"),
    "es": ("lijadora 12000 rpm", "lijadora"),
    "en": ("cordless polisher 12,000 rpm", "polisher"),
}
_SAID = {
    "de": "Anbei die Anleitung für die Akku-Poliermaschine {n} U/min.",
    "fr": "Voici le mode d'emploi de la ponceuse {n} tr/min.",
    "it": "Le inviamo le istruzioni della levigatrice {n} giri/min.",
    "es": "Le enviamos las instrucciones de la lijadora {n} rpm.",
    "en": "Here is the guide for the cordless polisher {n} rpm.",
}


def _product_missing(language: str, number: str) -> bool:
    product, _ = _NAMES[language]
    facts = {"buyer_name": "Ilse", "product": product, "attachment_name": "PDF",
             "store_name": "Werkbank Nord"}  # fmt: skip
    draft = f"Ilse,\n\n{_SAID[language].format(n=number)} PDF\n\nWerkbank Nord\n"
    report = checked("usage-instructions", language, draft, facts)
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize("language", sorted(_NAMES))
@pytest.mark.parametrize("number", ["12.000", "12 000", "12000", "12,000", "12\u202f000"])
def test_a_number_of_thousands_grouped_any_way_keeps_the_name(language: str, number: str) -> None:
    assert not _product_missing(language, number)


@pytest.mark.parametrize("language", sorted(_NAMES))
def test_another_number_is_still_a_changed_name(language: str) -> None:
    assert _product_missing(language, "15.000")
    assert _product_missing(language, "1.200")
