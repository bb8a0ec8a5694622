"""A parcel said to be delivered as the tracking records or shows it ("お届け済みとの記録に
なっております", "配達完了との表示です") claims the delivery as much as saying it outright: with
the parcel still in transit no fact supports it. A delivery still to come ("配達完了との表示が
出ましたら") claims nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _false_claims(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.detail for v in report.violations if "claims that" in v.detail]


@pytest.mark.parametrize(
    "sentence",
    [
        "追跡情報によりますと、お届け済みとの記録になっております。",
        "配送状況では配達完了との表示になっています。",
        "追跡上、本日配達済みとの記録がございます。",
        "システム上は配送完了との記載がございます。",
    ],
)
def test_delivery_as_tracking_records_it_is_claimed(sentence: str) -> None:
    assert _false_claims("ja", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "配達完了との表示が出ましたら、お知らせください。",
        "お届け済みとの記録になっているか、こちらでも確認いたします。",
        "お届け完了との記録が出ましたら、改めてご連絡いたします。",
    ],
)
def test_a_delivery_still_to_come_claims_nothing(sentence: str) -> None:
    assert not _false_claims("ja", sentence)
