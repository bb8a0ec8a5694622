"""Discouraging feedback or a claim with a verb of going through it ("inutile de passer par
une réclamation") or with a clause between the rating and the ask (ストア評価のご投稿につきまし
ては、本件が解決するまでお控え…): suppression. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


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
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    assert any(v.rule == "buyer.no-suppression" for v in report.violations), report.violations
