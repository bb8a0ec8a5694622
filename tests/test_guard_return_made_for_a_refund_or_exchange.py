"""A message that offers no return of its own may still have the buyer send the item back as
the step a replacement or a refund takes: a return in the sentence of that remedy ("send it back
and we refund you in full") is no return added. A return offered beside them ("you can also
return it") still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

JOINED = {
    "en": "Once it arrives, just send it back to us and we will refund you in full.",
    "de": "Sobald es angekommen ist, schicken Sie es uns zurück und wir erstatten Ihnen den vollen Betrag.",
    "fr": "Une fois le colis arrivé, vous pourrez nous le retourner et nous vous rembourserons intégralement.",
    "es": "Cuando lo reciba, puede devolvérnoslo y le haremos un reembolso completo.",
    "it": "Quando lo riceve, può restituircelo e le faremo un rimborso completo.",
}
CHOICE = {
    "en": "When it arrives, return it to us and pick an exchange or a full refund.",
    "fr": "À réception, retournez-nous le colis puis choisissez entre un échange ou un remboursement intégral.",
}


@pytest.mark.parametrize("language", list(JOINED))
def test_a_return_that_leads_to_the_refund_adds_none(language: str) -> None:
    blocks = offer_blocks(language, JOINED[language], ["full_refund"])
    assert not any("adds a return" in b for b in blocks), blocks


@pytest.mark.parametrize("language", list(CHOICE))
def test_a_return_before_a_choice_of_remedies_adds_none(language: str) -> None:
    blocks = offer_blocks(language, CHOICE[language], ["replacement", "full_refund"])
    assert not any("adds a return" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You can also return it to us instead and we will refund you in full."),
        ("fr", "Vous pouvez aussi nous le retourner et nous vous rembourserons intégralement."),
    ],
)
def test_a_return_added_as_an_option_still_adds_one(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any("adds a return" in b for b in blocks), blocks
