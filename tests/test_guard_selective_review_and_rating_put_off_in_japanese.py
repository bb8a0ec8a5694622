"""In Japanese, feedback asked only if the buyer had no problem (…場合に限り) is a selective
review request, and the seller put in the rating's place (フィードバックではなく、まずはご連絡)
discourages it; Italian says the same with "invece di". A plain "contact us if there is a
problem" is neither. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("rule", "language", "sentence"),
    [
        (
            "review.no-positive-request",
            "ja",
            "商品に問題がなかった場合に限り、レビューをお願いいたします。",
        ),
        (
            "buyer.no-suppression",
            "ja",
            "お気に召さない場合は、フィードバックではなくまずはメッセージでご連絡ください。",
        ),
        (
            "buyer.no-suppression",
            "it",
            "Se qualcosa non va, ci scriva prima invece di lasciare un feedback.",
        ),
    ],
)
def test_selective_or_put_off(rule: str, language: str, sentence: str) -> None:
    assert rule in rules_blocking(language, sentence)


def test_contact_if_a_problem_is_neither() -> None:
    raised = rules_blocking("ja", "商品に問題があった場合は、こちらのメッセージでご連絡ください。")
    assert "review.no-positive-request" not in raised and "buyer.no-suppression" not in raised
