"""A quantity confirmation keeps every line of its specs: one dropped is a missing fact, also
when a tone's wording happens to repeat one of its words elsewhere (the line is held by the
words only it brings in every tone), and in Japanese, whose lines are read by their kanji and
katakana words. A line said in other words keeps it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_DE = {"order_id": "303-1209946-5582073", "product": "Kinder-Schürze zum Backen", "quantity": "4",
       "specs": ["Farbe: 2 x Blau, 2 x Gelb", "Aufdruck: Namen laut Nachricht"]}  # fmt: skip
_JA = {"order_id": "503-1928374-6650213", "product": "竹製カトラリーセット", "quantity": "4",
       "specs": ["箸・スプーン・フォーク各1本入り", "収納ケース付き"]}  # fmt: skip


def _specs_missing(language: str, facts: dict[str, object], body: str) -> bool:
    report = checked("order-quantity-confirmation", language, body, facts)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        (
            "Hallo,\n\nBestellung 303-1209946-5582073: 4 Kinder-Schürzen zum Backen, 2 in Blau und "
            "2 in Gelb. Stimmt das?\n\nGrüße\n",
            True,
        ),
        (
            "Hallo,\n\nBestellung 303-1209946-5582073: 4 Kinder-Schürzen zum Backen, 2 in Blau und "
            "2 in Gelb, mit den Namen laut deiner Nachricht bedruckt. Stimmt das?\n\nGrüße\n",
            False,
        ),
    ],
)
def test_a_german_spec_line_dropped(body: str, missing: bool) -> None:
    assert _specs_missing("de", _DE, body) is missing


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        (
            "ご注文番号503-1928374-6650213「竹製カトラリーセット」4セット、各セットに箸・スプーン・"
            "フォークが1本ずつ入っております。\n",
            True,
        ),
        (
            "ご注文番号503-1928374-6650213「竹製カトラリーセット」4セット、各セットに箸・スプーン・"
            "フォークが1本ずつ入り、収納ケースも付いております。\n",
            False,
        ),
    ],
)
def test_a_japanese_spec_line_dropped(body: str, missing: bool) -> None:
    assert _specs_missing("ja", _JA, body) is missing
