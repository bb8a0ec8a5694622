"""An event told as done is a claim in the shapes writers use for it: Japanese's completed
state (発送を完了しております), a sentence opened by an "or" (もしくは, no "if" like もし), and
Spanish's parcel arrived at its (final) destination (ha llegado a su destino). Arrival at a
destination country or hub, and an "if", claim nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.claims import claims, phrasing

STATED = [
    ("ja", "shipped", "ご注文の商品は、先ほど発送を完了しております。"),
    ("ja", "shipped", "お荷物はすでに出荷を完了しているため、変更はできかねます。"),
    ("ja", "refunded", "交換もしくは返金とのご希望でしたが、返金処理はすでに完了しております。"),
    ("ja", "refunded", "交換もしくは返金のうち返金をお選びいただき、本日返金いたしました。"),
    ("es", "delivered", "Según el seguimiento, el paquete ha llegado a su destino."),
    ("es", "delivered", "Vemos que el pedido ya llegó a su destino esta mañana."),
    ("ja", "shipped", "ご注文の品は本日出荷が完了しております。"),
    (
        "ja",
        "refunded",
        "交換もしくは返金をご希望とのことでしたので、返金手続きを完了いたしました。",
    ),
    ("es", "delivered", "Según el seguimiento, su pedido ya llegó a su destino final."),
]
NOT_STATED = [
    ("ja", "shipped", "もし発送を完了しておりましたら、ご連絡いたします。"),
    ("es", "delivered", "El paquete ha llegado al país de destino y pronto saldrá a reparto."),
    ("es", "delivered", "El envío ha llegado a destino en el centro logístico de Madrid."),
]


@pytest.mark.parametrize(("language", "name", "sentence"), STATED)
def test_the_event_told_as_done_is_claimed(language: str, name: str, sentence: str) -> None:
    assert name in {c.name for c in claims(sentence, None, phrasing(language))}


@pytest.mark.parametrize(("language", "name", "sentence"), NOT_STATED)
def test_a_hedged_or_other_arrival_is_no_claim(language: str, name: str, sentence: str) -> None:
    assert name not in {c.name for c in claims(sentence, None, phrasing(language))}
