"""Two numbers of days joined by "or", their unit after them ("2 or 3 days", "dos o tres
días", "2、3日"), are the day range 2–3: a draft keeps the fact and invents no duration from
the upper end; joined so for another range, they are still a changed fact; without a unit,
two numbers joined by "or" are no range. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard.mentions import mentions

_FACTS = {"buyer_name": "Tomasz", "delivery_days": "2-3", "store_name": "Kiefer & Co"}

_KEPT = {
    "en": "Delivery usually takes 2 or 3 days.",
    "de": "Die Zustellung dauert meist zwei oder drei Tage.",
    "fr": "La livraison prend en général 2 ou 3 jours.",
    "es": "El envío tarda normalmente dos o tres días.",
    "it": "La consegna richiede di solito 2 o 3 giorni.",
    "ja": "お届けまで通常2、3日かかります。",
}
_OTHER = {
    "en": "Delivery usually takes 3 or 4 days.",
    "de": "Die Zustellung dauert meist drei oder vier Tage.",
    "fr": "La livraison prend en général 3 ou 4 jours.",
    "es": "El envío tarda normalmente 3 o 4 días.",
    "it": "La consegna richiede di solito 3 o 4 giorni.",
    "ja": "お届けまで通常3日か4日かかります。",
}


def _facts_wrong(language: str, sentence: str) -> bool:
    report = checked("delivery-time-info", language, f"Tomasz,\n\n{sentence}\n\nKiefer & Co\n",
                     _FACTS)  # fmt: skip
    return any(v.kind in ("missing_fact", "invented_fact") for v in report.violations)


@pytest.mark.parametrize("language", sorted(_KEPT))
def test_two_numbers_joined_by_or_keep_the_range(language: str) -> None:
    assert not _facts_wrong(language, _KEPT[language])


@pytest.mark.parametrize("language", sorted(_OTHER))
def test_another_range_joined_by_or_is_still_caught(language: str) -> None:
    assert _facts_wrong(language, _OTHER[language])


@pytest.mark.parametrize(
    ("language", "text"), [("en", "We packed 1 or 2 spare parts."), ("es", "Faltan 1 o 2 piezas.")]
)
def test_numbers_joined_by_or_without_a_unit_are_no_range(language: str, text: str) -> None:
    assert not [m for m in mentions(text, language=language) if m.kind == "range"]
