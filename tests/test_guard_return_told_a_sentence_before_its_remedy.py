"""The buyer sending the item back may be told in a sentence of its own, the replacement or the
refund it leads to in the next one ("Send it back through your account. Once it is in, we
send a replacement or refund you"): the return is still the step of that remedy, no return
added. A return offered beside them ("you can also return it") still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

STEP = {
    "en": "Once it arrives, please send it back via your orders page. After we receive it, "
    "we'll ship you a replacement or refund you in full, whichever you prefer.",
    "de": "Wenn das Paket da ist, schicken Sie es bitte über Ihr Konto an uns zurück. "
    "Nach Eingang erhalten Sie von uns wahlweise Ersatz oder den vollen Kaufpreis zurück.",
    "fr": "Dès réception, vous pourrez nous renvoyer l'article depuis votre compte. "
    "Une fois le retour reçu, nous vous enverrons un article de remplacement ou vous rembourserons intégralement.",
    "es": "Cuando le llegue, puede devolvernos el artículo desde su cuenta. "
    "En cuanto lo recibamos, le enviaremos un reemplazo o le haremos un reembolso completo.",
    "it": "Appena arriva, può rimandarci l'articolo dal suo account. "
    "Ricevuto il reso, potrà scegliere tra la sostituzione e il rimborso completo.",
}


@pytest.mark.parametrize("language", list(STEP))
def test_a_return_before_the_sentence_of_its_remedy_adds_none(language: str) -> None:
    blocks = offer_blocks(language, STEP[language], ["replacement", "full_refund"])
    assert not any("adds a return" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You can also return it for a refund. We will send a replacement otherwise."),
        ("de", "Sie können ihn auch einfach zurückschicken. Wir senden Ihnen dann Ersatz."),
    ],
)
def test_a_return_offered_besides_still_adds_one(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any("adds a return" in b for b in blocks), blocks
