"""Asking a buyer to wait before rating the sale is suppression when the rating is named by its
verb as well as its noun: "prima di valutare la transazione", "bevor Sie uns bewerten",
"avant de nous évaluer", "antes de valorar la compra"; weighing options before acting
("prima di valutare le alternative") is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "DHL", "buyer_name": "Emma"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Aspetta la nostra risposta prima di valutare la transazione."),
     ("de", "Bitte warten Sie unsere Antwort ab, bevor Sie uns bewerten."),
     ("fr", "Attendez notre réponse avant de nous évaluer, s'il vous plaît."),
     ("es", "Espera nuestra respuesta antes de valorar la compra, por favor.")],
)  # fmt: skip
def test_waiting_before_rating_is_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" in rules_raised(language, sentence, TRANSIT)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Prima di valutare le alternative, controlli la batteria."),
     ("es", "Antes de valorar otras opciones, revise la batería.")],
)  # fmt: skip
def test_weighing_options_first_is_not(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" not in rules_raised(language, sentence, TRANSIT)
