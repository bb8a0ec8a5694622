"""A review noun, then an editing verb in another clause, is the seller's own edit, not a request
to the buyer: "Thanks for your review: the listing can be updated", "Merci pour votre avis : la
notice peut être modifiée" (a colon or semicolon ends the clause whose subject the review was);
the review itself said to be editable still is one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

#: The rules of conduct about reviews and recourses (a sentence that breaks none is no request).
_CONDUCT = {
    "review.no-manipulation",
    "review.no-manipulation-implied",
    "review.no-positive-request",
    "review.no-selective-request",
    "review.no-incentive",
    "buyer.no-suppression",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Votre avis sur la notice peut être modifié à tout moment."),
        ("en", "Your review of the listing can be updated at any time."),
    ],
)
def test_the_review_itself_open_to_change_is_still_a_request(language: str, sentence: str) -> None:
    """The review is the subject of the editing verb."""
    raised = rules_raised(language, sentence)
    assert any((rule or "").startswith("review.no-manipulation") for rule in raised), raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thanks for your review: the listing can be updated to show the correct size."),
        ("en", "Thanks for the feedback; our product page will be updated with the measurements."),
        ("fr", "Merci pour votre commentaire ; la fiche produit sera corrigée cette semaine."),
        ("it", "Grazie per la recensione: la notice può essere modificata da noi."),
        ("de", "Danke für Ihre Bewertung: die Anleitung kann von uns jederzeit angepasst werden."),
        ("es", "Gracias por su reseña: la descripción se puede corregir desde nuestra parte."),
    ],
)
def test_the_sellers_own_edit_after_a_review_is_no_request(language: str, sentence: str) -> None:
    """Another noun, in another clause, is what gets edited."""
    assert not rules_raised(language, sentence) & _CONDUCT
