"""The buyer's wish recalled when they are addressed informally (du, tú, tu) is no offer, as
with the formal forms; "if you like" (wenn du möchtest, si quieres, si tu veux, se vuoi) still
offers, and a choice "of the colour you prefer" is no recall. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence", "remedy"),
    [
        ("de", "Wir haben gesehen, du möchtest die Lampe zurückschicken.", "return"),
        ("de", "Du hast uns um eine Erstattung für die Lampe gebeten.", "refund"),
        ("de", "Danke für deinen Wunsch nach einer Erstattung.", "refund"),
        ("es", "Hemos visto que quieres devolver la lámpara. ¿Nos cuentas por qué?", "return"),
        ("es", "Vemos que has pedido un reembolso de la lámpara.", "refund"),
        ("fr", "Nous avons vu que tu souhaites retourner la lampe.", "return"),
        ("fr", "Tu as demandé un remboursement pour la lampe.", "refund"),
        ("it", "Abbiamo visto che vuoi restituire la lampada.", "return"),
        ("it", "Hai chiesto un rimborso per la lampada.", "refund"),
    ],
)  # fmt: skip
def test_an_informal_wish_recalled_offers_nothing(
    language: str, sentence: str, remedy: str
) -> None:
    assert remedy not in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("language", "sentence", "remedy"),
    [
        ("de", "Wenn du möchtest, kannst du die Lampe zurückschicken.", "return"),
        ("es", "Si quieres, puedes devolver la lámpara sin coste.", "return"),
        ("fr", "Si tu veux, tu peux nous retourner la lampe.", "return"),
        ("it", "Se vuoi, puoi restituire la lampada.", "return"),
        ("it", "Potrai scegliere la sostituzione con la variante che preferisci oppure il rimborso completo.", "full_refund"),
    ],
)  # fmt: skip
def test_an_informal_offer_stays_one(language: str, sentence: str, remedy: str) -> None:
    assert remedy in offered(sentence, phrasing(language)), sentence
