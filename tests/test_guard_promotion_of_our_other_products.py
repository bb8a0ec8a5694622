"""Promotion in a message about an order, however it is phrased: another product of ours
suggested ("you might like our ...", "könnte Ihnen auch unser ... gefallen"), one just launched,
a new series (新シリーズ) or the store page to look at; a replacement or the buyer's own order is
no promotion. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

PROMOTION = {"buyer.no-promotion", "amazon.no-marketing"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "By the way, you might also love our bamboo cutting boards."),
     ("en", "Our stainless lunch box was just launched, too."),
     ("de", "Vielleicht könnte Ihnen auch unsere Brotdose aus Edelstahl gefallen."),
     ("de", "Übrigens ist bei uns gerade eine Lunchbox erschienen."),
     ("fr", "Vous pourriez aussi adorer notre boîte à lunch en inox."),
     ("es", "Te podría interesar nuestra fiambrera de acero."),
     ("it", "Potrebbe piacerti anche il nostro portapranzo in acciaio."),
     ("ja", "この春、弁当箱の新シリーズを発売しました。"),
     ("ja", "よろしければショップページもご覧ください。")],
)  # fmt: skip
def test_our_other_products_suggested_are_promotion(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & PROMOTION


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Your parcel just arrived at the local depot."),
     ("de", "Ihr Paket ist gerade im Verteilzentrum eingetroffen."),
     ("fr", "Votre colis vient d'être remis au transporteur."),
     ("ja", "新しい商品を本日発送いたしました。")],
)  # fmt: skip
def test_the_order_itself_is_no_promotion(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & PROMOTION
