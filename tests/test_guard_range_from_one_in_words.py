"""A range whose first end is the word for one ("ein bis drei Tage", "un à trois jours", "de
uno a tres días", "da uno a tre giorni") is the range from 1; the same word alone is an article
and no number. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.mentions import mentions


def _ranges(language: str, sentence: str) -> list[tuple[int, int, str]]:
    return [m.key[1:] for m in mentions(sentence, language=language) if m.kind == "range"]


@pytest.mark.parametrize(
    ("language", "sentence", "unit"),
    [("de", "Das Paket braucht meist ein bis drei Tage.", "days"),
     ("de", "Rechnen Sie mit einem bis 3 Werktagen.", "business days"),
     ("fr", "La livraison prend un à trois jours.", "days"),
     ("fr", "Comptez une ou trois semaines selon la destination.", "weeks"),
     ("es", "El envío tarda de uno a tres días.", "days"),
     ("es", "Llegará en una o tres semanas.", "weeks"),
     ("it", "La consegna richiede da uno a tre giorni.", "days"),
     ("es", "Suele tardar uno o tres días hábiles.", "business days"),
     ("it", "Ci vogliono una o tre settimane.", "weeks"),
     ("de", "Es dauert eine bis drei Wochen.", "weeks")],
)  # fmt: skip
def test_a_range_from_one_in_words(language: str, sentence: str, unit: str) -> None:
    assert _ranges(language, sentence) == [(1, 3, unit)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Ein Paket bis Freitag ist leider nicht mehr möglich."),
     ("fr", "Un colis à votre nom est arrivé."),
     ("it", "Uno a uno controlliamo i pacchi.")],
)  # fmt: skip
def test_the_word_alone_is_no_range(language: str, sentence: str) -> None:
    assert _ranges(language, sentence) == []
