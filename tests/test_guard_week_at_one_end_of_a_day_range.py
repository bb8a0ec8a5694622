"""A range of days with a week at one end ("一週間から十日ほど", "a week to ten days", "de diez
días a dos semanas") is that range in days, in any language: seven days a week; a week alone
is no range, and a range whose ends fall the wrong way round is none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.mentions import mentions


def _ranges(text: str, language: str) -> set[tuple[int, int]]:
    return {m.key[1:3] for m in mentions(text, language=language) if m.kind == "range"}


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("ja", "お届けまで一週間から十日ほどかかります。", (7, 10)),
        ("ja", "五日から二週間ほどでお届けします。", (5, 14)),
        ("en", "Delivery takes a week to ten days.", (7, 10)),
        ("en", "It usually arrives in 10 days to two weeks.", (10, 14)),
        ("de", "Die Lieferung dauert eine Woche bis zehn Tage.", (7, 10)),
        ("fr", "Comptez d'une semaine à dix jours pour la livraison.", (7, 10)),
        ("es", "La entrega tarda de diez días a dos semanas.", (10, 14)),
        ("it", "La consegna richiede da una settimana a dieci giorni.", (7, 10)),
    ],
)  # fmt: skip
def test_a_week_at_one_end_is_seven_days(language: str, text: str, days: tuple[int, int]) -> None:
    assert days in _ranges(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Le escribimos de nuevo en una semana."),
        ("en", "It takes ten days to a week to arrive."),
        ("de", "Die Lieferung dauert eine Woche."),
    ],
)  # fmt: skip
def test_a_week_alone_or_the_wrong_way_round_is_no_range(language: str, text: str) -> None:
    assert not _ranges(text, language)
