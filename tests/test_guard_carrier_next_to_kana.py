"""A carrier named right before or after kana or Chinese characters (ヤマト運輸の宅急便,
DHLで) is named: one the facts do not give is invented, one they give is kept. Inside a longer
Latin word it is no carrier. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"order_id": "503-1111222-3334445", "handling_days": 2, "delivery_business_days": "1-3",
         "marketplace": "Amazon.co.jp"}  # fmt: skip


def _invented(sentence: str) -> list[str]:
    text = sellermail.render("tracking-number-reply", FACTS, language="ja").body
    report = sellermail.check("tracking-number-reply", FACTS, f"{text}\n{sentence}", language="ja")
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


@pytest.mark.parametrize(
    "sentence", ["佐川急便の飛脚便にて発送いたします。", "DHLで発送いたします。"]
)
def test_a_carrier_next_to_kana_no_fact_names_is_invented(sentence: str) -> None:
    assert _invented(sentence)


def test_a_latin_word_holding_a_carrier_name_names_none() -> None:
    assert not _invented("UPSideの箱に入れてお送りします。")
