"""Another product of ours slipped into a service message: a postscript with a product, a
season's range of ours, a product of ours just come in or back in stock, one we began to carry,
our store page to look at, one the buyer "will appreciate too": promotion, in every language.
Our stock or a parcel arriving, or a seasonal greeting, is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "P.S. Our new bamboo range has just arrived, have a look!"),
        ("en", "Our Christmas gift sets are a lovely idea too."),
        ("en", "Our linen aprons have just come back in stock."),
        (
            "de",
            "Übrigens: Wer gern backt, wird auch unsere Silikonformen aus Platin sehr zu schätzen wissen.",
        ),
        ("de", "Alle Farben finden Sie auf unserer Markenseite."),
        ("de", "Unsere Leinenschürzen sind gerade eingetroffen."),
        ("fr", "Nos gigoteuses en lin viennent d'arriver, parfaites pour l'été."),
        ("es", "Nuestras mantas de lino acaban de llegar."),
        ("it", "I nostri grembiuli in lino sono appena arrivati, dategli un'occhiata."),
        ("ja", "この秋からランタンも取り扱いを開始しました。"),
        ("ja", "新作のマグはショップトップに掲載中ですので、ぜひ覗いてみてください。"),
    ],
)
def test_a_product_of_ours_slipped_in_is_promotion(language: str, sentence: str) -> None:
    assert _PROMOTION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "P.S. Happy holidays from all of us!"),
        ("en", "Our stock has just arrived, so we will ship tomorrow."),
        ("de", "Unsere Pakete sind gerade angekommen."),
        ("fr", "Nos stocks viennent d'arriver, nous expédions demain."),
        ("it", "I nostri magazzini sono appena stati riforniti."),
        ("ja", "返品の受付を開始しました。"),
    ],
)
def test_our_stock_or_a_greeting_is_no_promotion(language: str, sentence: str) -> None:
    assert _PROMOTION not in rules_blocking(language, sentence)
