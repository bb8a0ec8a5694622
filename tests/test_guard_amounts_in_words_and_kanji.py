"""An amount said in words with its currency's name ("noventa y cinco pesos", the tens, "y"
and the ones) or in kanji numerals with the yen sign ("八百円", "千五百円") is the amount, not a
smaller one the last words alone would say. (Sentences of our own.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sellermail.guard.mentions import mentions


def _money(text: str, language: str) -> list[tuple[Decimal, str]]:
    return [(m.key[1], m.key[2]) for m in mentions(text, language=language) if m.kind == "money"]


@pytest.mark.parametrize(("text", "amount"), [
    ("le reembolsamos noventa y cinco pesos", 95), ("son treinta y un euros", 31),
])  # fmt: skip
def test_spanish_tens_and_ones(text: str, amount: int) -> None:
    assert [a for a, _ in _money(text, "es")] == [Decimal(amount)]


@pytest.mark.parametrize(("text", "amount"), [
    ("八百円を返金いたします", 800), ("千五百円をご返金", 1500), ("一万二千円", 12000), ("二十五円", 25),
])  # fmt: skip
def test_yen_in_kanji(text: str, amount: int) -> None:
    assert _money(text, "ja") == [(Decimal(amount).normalize(), "JPY")]


def test_kanji_without_the_yen_sign_is_no_amount() -> None:
    assert _money("八百屋さん", "ja") == []
