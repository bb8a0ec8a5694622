"""A carrier the facts name is kept when a draft names it by another of its names or scripts
("Yamato Transport" as "ヤマト運輸" or "クロネコヤマト", "Sagawa" as "佐川急便", "Japan Post" as
"日本郵便"); another carrier is still a changed fact. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_DRAFT = (
    "田中 様\n\n交換品を{c}で発送いたしました。追跡番号は 512345678901 です。"
    "お届けまで3〜5日ほどです。\n\n緑の庭\n"
)


def _blocks(fact: str, written: str) -> list[str]:
    facts = {"tracking_number": "512345678901", "carrier": fact, "store_name": "緑の庭",
             "delivery_days": "3-5", "marketplace": "Amazon.co.jp"}  # fmt: skip
    report = sellermail.check("replacement-shipped", facts, _DRAFT.format(c=written),
                              channel="amazon", language="ja")  # fmt: skip
    return [v.kind for v in report.violations if v.severity == "block"]


@pytest.mark.parametrize(
    ("fact", "written"),
    [
        ("Yamato Transport", "ヤマト運輸"),
        ("ヤマト運輸", "クロネコヤマト"),
        ("Sagawa", "佐川急便"),
        ("佐川急便", "佐川"),
        ("Japan Post", "日本郵便"),
        ("日本郵便", "ゆうパック"),
    ],
)
def test_the_same_carrier_by_another_name_is_kept(fact: str, written: str) -> None:
    assert _blocks(fact, written) == []


@pytest.mark.parametrize(
    ("fact", "written"), [("Yamato Transport", "佐川急便"), ("日本郵便", "ヤマト運輸")]
)
def test_another_carrier_is_still_caught(fact: str, written: str) -> None:
    assert "missing_fact" in _blocks(fact, written)
