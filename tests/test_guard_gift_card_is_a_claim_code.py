"""A gift card, a voucher or store credit is what a claim code redeems: offered beside a
replacement, it adds a claim code; when a claim code is offered, the draft may call it so.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

SENTENCES = {
    "en": "We are sending you a replacement and a $10 gift card for the trouble.",
    "de": "Wir schicken Ihnen einen Ersatz und einen Gutschein über 10 € für die Mühe.",
    "fr": "Nous vous envoyons un remplacement et une carte cadeau de 10 € pour le désagrément.",
    "es": "Le enviamos un reemplazo y una tarjeta regalo de 10 € por las molestias.",
    "it": "Le inviamo una sostituzione e un buono regalo da 10 € per il disagio.",
}


@pytest.mark.parametrize("language", list(SENTENCES))
def test_a_gift_card_beside_a_replacement_adds_a_claim_code(language: str) -> None:
    blocks = offer_blocks(language, SENTENCES[language], ["replacement"])
    assert any("adds a claim code" in b for b in blocks), blocks


@pytest.mark.parametrize(
    "sentence",
    ["You will also receive store credit to reorder the cover.",
     "We will also email you a voucher to reorder the cover at no cost."],
)  # fmt: skip
def test_a_claim_code_offered_may_be_called_a_voucher(sentence: str) -> None:
    assert not offer_blocks("en", sentence, ["replacement", "claim_code"])
