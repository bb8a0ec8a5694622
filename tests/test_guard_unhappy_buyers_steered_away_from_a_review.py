"""A review request whose other branch sends the buyer to the seller instead: "a review would be
lovely; otherwise, please message us first", "dans le cas contraire, écrivez-nous plutôt",
"andernfalls schreiben Sie uns lieber zuerst". A review request beside an offer of help, with
no "otherwise", steers no one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A short review would be lovely; otherwise, please message us first."),
        ("en", "We'd welcome your feedback, and if it's not right, tell us privately."),
        ("fr", "Un avis nous ferait plaisir ; dans le cas contraire, écrivez-nous plutôt."),
        ("de", "Über eine Bewertung freuen wir uns, andernfalls schreiben Sie uns lieber zuerst."),
        ("es", "Nos encantaría tu reseña; de lo contrario, escríbenos primero."),
        ("it", "Ci lasci una recensione; altrimenti ci scriva prima qui in chat."),
    ],
)
def test_the_other_branch_sent_to_us_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We'd welcome a review, and we're here if you need anything at all."),
        ("fr", "Un avis nous ferait plaisir, et nous restons à votre disposition."),
        ("de", "Über eine Bewertung freuen wir uns, und bei Fragen sind wir für Sie da."),
        ("it", "Ci lasci pure una recensione quando vuole, e ci scriva per qualsiasi domanda."),
    ],
)
def test_a_review_beside_an_offer_of_help_is_allowed(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
