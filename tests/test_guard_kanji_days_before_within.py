"""Kanji numerals before 日 and a word of span (以内, 間, 後, 以上, ほど, 程度) write a number of
days ("一日以内に発送", "三日後に発送"): they keep a handling time held in digits, and another
number is still a changed one. 一日 alone may be the 1st of a month and is no duration.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SPEC = sellermail.get_scenario("tracking-number-reply")


def _handling_missing(days: int, sentence: str) -> bool:
    facts = {"marketplace": "Amazon.co.jp", "store_name": "木工房さくら",
             "handling_days": days, "delivery_business_days": "2-4"}  # fmt: skip
    text = (f"お問い合わせありがとうございます。\n\nご注文の商品は{sentence}"
            "発送後2～4営業日でお届けします。\n\n木工房さくら")  # fmt: skip
    report = sellermail.check(_SPEC, facts, text, channel="amazon", language="ja")
    return any(v.fact == "handling_days" for v in report.violations)


@pytest.mark.parametrize(
    ("days", "sentence"),
    [(1, "一日以内に発送いたします。"),
     (5, "ご注文から五日以内に出荷いたします。"),
     (3, "ご注文確定の三日後までに発送いたします。"),
     (1, "通常一日ほどで発送となります。")],
)  # fmt: skip
def test_kanji_days_before_a_span_keep_the_handling_time(days: int, sentence: str) -> None:
    assert not _handling_missing(days, sentence)


@pytest.mark.parametrize(
    ("days", "sentence"),
    [(2, "一日以内に発送いたします。"),
     (1, "三日以内に出荷いたします。"),
     (1, "三月一日に発送いたします。")],
)  # fmt: skip
def test_another_number_or_a_date_is_no_handling_time(days: int, sentence: str) -> None:
    assert _handling_missing(days, sentence)
