"""A buyer asked to hold off feedback, a claim or a review ("we'd ask you not to leave feedback",
"message us rather than posting", "prima di esprimere un giudizio"), or to steer the return's
reason ("choose 'no longer needed' as the return reason instead of 'defective'"). The seller's
own processing of a return ("antes de tramitar la devolución"), or a reason simply asked for,
holds nothing off. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We'd ask you not to leave feedback until the replacement has arrived."),
        ("en", "Please try not to open a claim while we look into this."),
        ("en", "If anything is wrong, write to us first rather than reviewing."),
        ("en", "Could you pick 'changed my mind' as the return reason instead of 'item damaged'?"),
        ("en", "Would you mind changing the return reason to 'no longer needed'?"),
        ("it", "Prima di esprimere un giudizio sul venditore, ci scriva."),
    ],
)
def test_feedback_held_off_or_reason_steered_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please choose the return reason that best describes the problem."),
        ("en", "You are free to leave feedback whenever you like."),
        ("es", "Antes de tramitar la devolución, ¿puedes enviarnos una foto?"),
        ("en", "We have not yet received the return, but it is on its way."),
    ],
)
def test_a_reason_asked_or_our_processing_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
