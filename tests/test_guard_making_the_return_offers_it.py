"""A return offered as something the buyer may make ("effettui il reso", "realizar la
devolución", "effectuer le retour") is offered, as "organise a return" is; recalling the
buyer's own request for one offers nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

KEEP = {
    "fr": "Gardez la veste et nous vous remboursons 9,50 €,",
    "es": "Quédese la chaqueta y le reembolsamos 9,50 €,",
    "it": "Tenga la giacca e le rimborsiamo 9,50 €,",
}


def _offer_blocks(language: str, sentence: str) -> list[str]:
    facts = {"buyer_name": "Marta", "product": "giacca", "partial_refund": "9,50",
             "offers": ["partial_refund", "return"]}  # fmt: skip
    text = f"{KEEP[language]} {sentence}\n\nNordvento"
    report = checked("return-size-mismatch", language, text, facts)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "oppure effettui il reso dell'articolo."),
        ("it", "oppure può fare un reso."),
        ("es", "o puede realizar la devolución del artículo."),
        ("es", "o hacer una devolución."),
        ("fr", "ou bien effectuer le retour de l'article."),
        ("fr", "ou faire un retour."),
    ],
)
def test_making_the_return_offers_it(language: str, sentence: str) -> None:
    blocks = _offer_blocks(language, sentence)
    assert not [b for b in blocks if "return" in b], blocks
