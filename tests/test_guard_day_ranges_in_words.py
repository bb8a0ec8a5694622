"""A day range written in words ("drei bis fünf Werktage", "cinq à huit jours", "tres a seis
días", "otto-tredici giorni") is the range in digits: a draft keeps the fact and invents no
duration from the range's upper end; another range in words is still a changed fact.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked, with_added

_FACTS = {"buyer_name": "Tomasz", "delivery_days": "3-5", "store_name": "Kiefer & Co"}


def _draft(sentence: str) -> str:
    return f"Hallo Tomasz,\n\n{sentence}\n\nKiefer & Co\n"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ihr Paket ist normalerweise drei bis fünf Tage unterwegs."),
        ("de", "Rechnen Sie bitte mit drei bis fünf Tagen."),
        ("fr", "Comptez en général trois à cinq jours pour la livraison."),
        ("es", "El envío tarda normalmente tres a cinco días."),
        ("it", "La consegna richiede di solito tre-cinque giorni."),
    ],
)
def test_a_range_in_words_keeps_the_fact(language: str, sentence: str) -> None:
    report = checked("delivery-time-info", language, _draft(sentence), _FACTS)
    assert not [v for v in report.violations if v.kind in ("missing_fact", "invented_fact")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ihr Paket ist normalerweise drei bis sechs Tage unterwegs."),
        ("fr", "Comptez en général trois à sept jours pour la livraison."),
        ("it", "La consegna richiede di solito tre-sei giorni."),
    ],
)
def test_another_range_in_words_is_still_caught(language: str, sentence: str) -> None:
    report = checked("delivery-time-info", language, _draft(sentence), _FACTS)
    assert not report.ok


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Bei Sonderanfertigungen sind es siebzehn Tage."),
        ("fr", "Pour les commandes spéciales, comptez dix-huit jours."),
        ("es", "Para pedidos especiales son dieciséis días."),
        ("it", "Per gli ordini speciali servono diciotto giorni."),
    ],
)
def test_a_teen_number_of_days_in_words_is_a_duration(language: str, sentence: str) -> None:
    assert not with_added("delivery-time-info", language, sentence, _FACTS).ok
