"""The buyer's return told first, then the remedies it leads to given as list items under a
sentence announcing them ("Once it is back, we offer one of the following:" / "・交換 ・全額返金"):
the return is the step of those remedies, no return added. A return offered besides them
still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

LISTED = {
    "en": "Please send it back from your orders page first. As soon as it is with us, you can "
    "pick one of these:\n\n- a replacement in the other colour\n- a full refund",
    "de": "Bitte schicken Sie den Artikel zuerst über Ihr Konto zurück. Sobald er bei uns ist, "
    "haben Sie die Wahl:\n\n• Umtausch gegen die andere Farbe\n• volle Erstattung",
    "fr": "Merci de nous renvoyer d'abord l'article depuis votre compte. Dès sa réception, vous "
    "aurez le choix entre :\n\n1. un échange contre l'autre coloris\n2. un remboursement intégral",
    "es": "Primero devuélvanos el artículo desde su cuenta, por favor. En cuanto llegue, podrá "
    "elegir entre:\n\n- un reemplazo en el otro color\n- un reembolso completo",
    "ja": "まずは注文履歴から返品の手続きをお願いいたします。商品の到着を確認後、以下よりお選びいただけます。"
    "\n\n・別の色の商品との交換\n・代金の全額返金",
}


@pytest.mark.parametrize("language", list(LISTED))
def test_a_return_before_listed_remedies_adds_none(language: str) -> None:
    blocks = offer_blocks(language, LISTED[language], ["replacement", "full_refund"])
    assert not any("adds a return" in b for b in blocks), blocks


def test_a_return_offered_beside_the_list_still_adds_one() -> None:
    sentence = (
        "You can also simply return it for your money. Otherwise we offer:\n\n- a replacement"
    )
    blocks = offer_blocks("en", sentence, ["replacement"])
    assert any("adds a return" in b for b in blocks), blocks
