"""A review asked only when all is in order, an opinion ("parere") asked of a satisfied buyer, a
code sent once the buyer "avrà condiviso" their experience, and reviewers served first: review
requests tied to satisfaction or to something of value. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _rules(language: str, sentence: str) -> set[str | None]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return {v.rule for v in report.violations if v.severity == "block"}


@pytest.mark.parametrize(
    ("rule", "language", "sentence"),
    [
        (
            "review.no-selective-request",
            "en",
            "If everything's in order this time, we'd be grateful if you shared your experience with other shoppers on Amazon.",
        ),
        (
            "review.no-selective-request",
            "en",
            "If everything looks good now, we'd love it if you posted a review.",
        ),
        (
            "review.no-positive-request",
            "it",
            "Se alla fine la soluzione La lascerà soddisfatto, saremmo felici di leggere un Suo parere su Amazon.",
        ),
        (
            "review.no-incentive",
            "it",
            "Le manderemo il buono sconto non appena avrà lasciato la Sua opinione su Amazon.",
        ),
        (
            "review.no-incentive",
            "ja",
            "レビューをご投稿いただいたお客様から優先して発送しております。",
        ),
    ],
)
def test_review_tied_to_satisfaction_or_value_blocks(
    rule: str, language: str, sentence: str
) -> None:
    assert rule in _rules(language, sentence)


@pytest.mark.parametrize(
    ("rule", "language", "sentence"),
    [
        (
            "review.no-selective-request",
            "en",
            "If everything is not fine, just reply here and we'll help.",
        ),
        ("review.no-incentive", "ja", "ご注文いただいたお客様から順に発送しております。"),
    ],
)
def test_like_words_ask_no_review(rule: str, language: str, sentence: str) -> None:
    assert rule not in _rules(language, sentence)
