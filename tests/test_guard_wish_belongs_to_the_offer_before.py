"""The buyer's wish said inside one remedy offered ("el cambio que desea", "the size you
want") belongs to that offer: the remedy offered after it in the same clause ("o le
reembolsamos el importe íntegro") is offered too, not the buyer's request recalled. A wish
before any offer still recalls the remedy. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "Le mandamos otra unidad en la talla que usted prefiere o le reembolsamos el importe completo.",
        ),
        ("en", "We can send a new pair in the size you want or refund you in full."),
        (
            "fr",
            "Nous vous envoyons un nouvel article dans la couleur que vous souhaitez ou nous vous remboursons intégralement.",
        ),
        (
            "it",
            "Le inviamo un nuovo articolo nel colore che preferisce oppure la rimborsiamo per intero.",
        ),
    ],
)
def test_a_refund_after_an_offer_holding_the_wish_is_offered(language: str, sentence: str) -> None:
    assert "full_refund" in offered(sentence, phrasing(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Entendemos que usted prefiere un reembolso completo."),
        ("en", "We understand you'd rather have your money back."),
    ],
)
def test_a_wish_before_any_offer_still_recalls(language: str, sentence: str) -> None:
    assert not offered(sentence, phrasing(language)) & {"full_refund", "refund"}
