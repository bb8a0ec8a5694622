"""Japanese writes a blank as circles or crosses for the digits ("〇月〇日までに", "○○円"): an
unfilled blank, like "[date]"; a numeral's zero ("二〇〇年") and a bullet before a weekday are
not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "ヤマト運輸", "buyer_name": "西村 優"}


def _blanks(sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", "ja", sentence, TRANSIT)
    return [v.detail for v in report.violations if v.kind == "placeholder"]


@pytest.mark.parametrize(
    "sentence",
    ["〇月〇日までにご返信いただけますでしょうか。", "お詫びとして○○円をご返金いたします。",
     "××日以内にお届けいたします。"],
)  # fmt: skip
def test_circled_digits_are_a_blank(sentence: str) -> None:
    assert _blanks(sentence)


@pytest.mark.parametrize(
    "sentence", ["当店は二〇〇年の歴史がございます。", "○月曜日から金曜日まで営業しております。"]
)
def test_a_numeral_zero_or_a_bullet_is_no_blank(sentence: str) -> None:
    assert not _blanks(sentence)
