"""An amount refunded may stand a few words after the verb, past an adverb ("nous vous
remboursons en plus 5,00 €", "le reembolsamos además 5,00 €"): a partial refund; the whole
price refunded so stays a full one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Et nous vous remboursons en sus 4,50 € pour le retard."),
        ("fr", "Nous vous remboursons par ailleurs 3,00 € de frais de port."),
        ("es", "Además le reembolsamos también 4,50 € por el retraso."),
        ("es", "Le reembolsaremos aparte 3,00 € de gastos de envío."),
    ],
)
def test_an_amount_after_an_adverb_is_a_partial_refund(language: str, sentence: str) -> None:
    assert "partial_refund" in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Nous vous remboursons intégralement les 25,00 € de la commande."),
        ("es", "Le reembolsamos íntegramente los 25,00 € del pedido."),
    ],
)
def test_the_whole_price_stays_a_full_refund(language: str, sentence: str) -> None:
    assert "partial_refund" not in offered(sentence, phrasing(language)), sentence
