"""A count in kanji numerals before a counter or unit ("五点", "二十四個", "三枚", "十二パーセント")
keeps a count held in digits; kanji numerals inside ordinary words (一緒, 統一, 一部) are no
number, and another count in kanji is still a changed one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SPEC = sellermail.get_scenario("order-quantity-confirmation")
_FACTS = {"buyer_name": "山田", "marketplace": "Amazon.co.jp", "order_id": "249-1234567-1234567",
          "product": "木製コースター", "quantity": "7", "store_name": "木工房さくら"}  # fmt: skip


def _quantity_missing(sentence: str) -> bool:
    text = (
        f"山田様\n\nご注文番号 249-1234567-1234567 の「木製コースター」{sentence}\n\n木工房さくら"
    )
    report = sellermail.check(_SPEC, _FACTS, text, channel="amazon", language="ja")
    return any(v.fact == "quantity" for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    ["を七点、確かに承りました。",
     "は七個でのご注文となっております。",
     "七 枚のご注文、ありがとうございます。",
     "につきまして、七セットを準備いたします。",
     "を7点承りました。",
     "を七本ご用意いたします。",
     "は七台でよろしいでしょうか。"],
)  # fmt: skip
def test_a_count_in_kanji_numerals_is_kept(sentence: str) -> None:
    assert not _quantity_missing(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["を三点、確かに承りました。",
     "は十七個でのご注文となっております。",
     "を一緒にお送りします。",
     "を二十七点承りました。"],
)  # fmt: skip
def test_another_count_or_no_count_is_missing(sentence: str) -> None:
    assert _quantity_missing(sentence)
