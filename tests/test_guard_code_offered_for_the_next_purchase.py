"""A discount code for the next purchase is the remedy when the facts offer a claim code
(次回のお買い物にご利用いただける割引コード, un codice sconto per il prossimo ordine): no promotion.
Without a claim code offered it is promotion still, and so is a shop's range beside it.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"product": "Lampada LX", "order_id": "249-2206841-5573019", "buyer_name": "Sato",
         "store_name": "Negozio Demo", "marketplace": "Amazon.it"}  # fmt: skip


def _promotion(language: str, sentence: str, offers: list[str]) -> list[str]:
    text = f"Sato,\n\n249-2206841-5573019 Lampada LX.\n\n{sentence}\n\nNegozio Demo"
    facts = {**FACTS, "offers": offers}
    report = sellermail.check("review-followup-offer", facts, text, channel="amazon",
                              language=language)  # fmt: skip
    return [
        v.detail
        for v in report.violations
        if v.rule in {"buyer.no-promotion", "amazon.no-marketing"}
    ]


CODE = [
    ("ja", "次回のお買い物にご利用いただける割引コードを発行いたします。"),
    ("ja", "次回ご注文の際にお使いいただける割引クーポンをご用意いたします。"),
    ("it", "Possiamo inviarle un codice sconto da usare sul suo prossimo ordine."),
    ("fr", "Nous pouvons vous envoyer un code de réduction pour votre prochaine commande."),
    ("de", "Wir senden Ihnen gern einen Rabattcode für Ihre nächste Bestellung."),
    ("en", "We can send you a discount code for your next purchase."),
    (
        "de",
        "Alternativ schicken wir Ihnen einen Gutscheincode, den Sie bei Ihrem nächsten Einkauf einlösen können.",
    ),
    ("es", "También podemos enviarle un código de descuento para su próxima compra."),
    ("ja", "次回ご購入時にお使いいただけるクーポンコードをお送りすることも可能です。"),
]


@pytest.mark.parametrize(("language", "sentence"), CODE)
def test_a_code_for_the_next_purchase_is_the_offered_claim_code(
    language: str, sentence: str
) -> None:
    assert not _promotion(language, sentence, ["claim_code", "full_refund"])


@pytest.mark.parametrize(("language", "sentence"), CODE)
def test_without_a_claim_code_offered_it_is_promotion(language: str, sentence: str) -> None:
    assert _promotion(language, sentence, ["full_refund"])


def test_a_range_beside_the_code_is_promotion_still() -> None:
    sentence = "We can send you a discount code. Check out our new summer collection too!"
    assert _promotion("en", sentence, ["claim_code"])
