"""Discouraging feedback or a claim with a verb of going through it ("inutile de passer par
une réclamation") or with a clause between the rating and the ask (ストア評価のご投稿につきまし
ては、本件が解決するまでお控え…): suppression. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

MARKETPLACES = {"fr": "Amazon.fr", "ja": "Amazon.co.jp"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Inutile de passer par une réclamation A-à-z : écrivez-nous."),
        ("ja", "評価のご投稿につきましては、こちらで対応が終わるまでお控えください。"),
    ],
)
def test_discouraging_a_recourse_across_a_clause_is_suppression(
    language: str, sentence: str
) -> None:
    facts = {"order_id": "405-1234567-1234567", "tracking_number": "LX123456785CN",
             "marketplace": MARKETPLACES[language]}  # fmt: skip
    text = sellermail.render("shipping-in-transit", facts, language=language).body
    report = sellermail.check(
        "shipping-in-transit", facts, f"{text}\n{sentence}", language=language
    )
    assert any(v.rule == "buyer.no-suppression" for v in report.violations), report.violations
