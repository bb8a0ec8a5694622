"""A buyer asked to let the review show how things stand now ("wenn Ihre Rezension auch den
aktuellen Stand zeigt", "現在の状況に合わせた内容にしていただけますと") is asked to revise it,
in every language; the seller telling the current state of the parcel asks nothing of the
kind. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "review.no-manipulation"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Vielleicht möchten Sie, dass Ihre Bewertung die jetzige Lage besser wiedergibt."),
        ("fr", "Ce serait formidable que votre avis reflète désormais la situation actuelle."),
        ("es", "Nos alegraría que su reseña mostrara ahora la situación actual."),
        ("it", "Ci farebbe piacere se la sua recensione rispecchiasse la situazione attuale."),
        (
            "ja",
            "以前お書きいただいたレビューも、その後の状況を反映した内容にしていただけますと幸いです。",
        ),
    ],
)
def test_review_showing_the_current_state_is_blocked(language: str, sentence: str) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Sendungsverfolgung zeigt den aktuellen Stand Ihres Pakets jederzeit an."),
        ("it", "Il tracciamento mostra la situazione attuale della spedizione."),
    ],
)
def test_the_parcels_state_is_not_blocked(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
