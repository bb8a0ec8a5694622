"""A return the buyer started or wishes, recalled in a message about it ("dass Sie Ihre Jacke
zurücksenden möchten", "you've started a return"), offers no return; nor does the clause break
where the product's name holds a comma or a stop ("Daunenjacke Leicht, Gr. 38"). A return the
seller offers stays one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard.remedies import offers_in, phrasing

_FACTS = {"buyer_name": "Lena", "product": "Steppweste Herren, Gr. XL", "order_id":
          "302-1111111-2222222", "store_name": "Nordgrat"}  # fmt: skip


def _adds_return(sentence: str) -> bool:
    report = checked("return-reason-inquiry", "de", f"Hallo Lena,\n\n{sentence}\n\nNordgrat\n",
                     _FACTS)  # fmt: skip
    return any("adds a return" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Uns ist aufgefallen, dass Sie Ihre Steppweste Herren, Gr. XL an uns zurückschicken "
        "wollen. Dürfen wir fragen, woran es lag?",
        "Sie möchten die Steppweste Herren, Gr. XL zurückgeben – das ist kein Problem. "
        "Was hat nicht gepasst?",
    ],
)
def test_the_buyers_wish_across_a_punctuated_name_offers_no_return(sentence: str) -> None:
    assert not _adds_return(sentence)


def test_a_return_offered_beside_the_punctuated_name_is_still_caught() -> None:
    assert _adds_return("Sie können die Steppweste Herren, Gr. XL gern kostenlos zurücksenden.")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wie ich sehe, haben Sie für die Weste eine Rücksendung angemeldet."),
        ("de", "Du hast die Rückgabe der Schuhe bereits eingeleitet, danke dafür."),
        ("en", "I can see you've started a return for the desk lamp."),
        ("en", "We noticed you registered a return for your order last night."),
        ("fr", "Nous voyons que vous avez lancé un retour pour la lampe."),
        ("es", "Hemos visto que has iniciado la devolución de la lámpara."),
        ("it", "Vediamo che ha avviato un reso per la lampada."),
    ],
)
def test_a_return_the_buyer_started_is_no_offer(language: str, sentence: str) -> None:
    assert "return" not in offers_in(sentence, phrasing(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir haben für Sie eine Rücksendung angemeldet."),
        ("en", "You can start a return from your orders page at any time."),
    ],
)
def test_a_return_the_seller_arranges_or_offers_stays_one(language: str, sentence: str) -> None:
    assert "return" in offers_in(sentence, phrasing(language))
