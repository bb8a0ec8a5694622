"""Asking a buyer to revise what they wrote, whatever it is called: their "Rückmeldung", "lo
que escribió", their post (ご投稿の内容を見直し), asking that the review "reflect" the outcome,
or inviting them to revisit it ("you're welcome to revisit it"). Asking for a reply to change
an order asks nothing of the kind. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _rules(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.rule or "" for v in report.violations if v.kind == "policy"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir würden uns freuen, wenn Sie Ihre Rückmeldung bei Amazon nun anpassen."),
        ("de", "Schön wäre, wenn Ihre Bewertung das jetzt widerspiegelt."),
        ("es", "Le agradeceríamos que revisara lo que escribió sobre el molinillo."),
        ("es", "Quizá quiera reflejar en su valoración que ya está resuelto."),
        ("fr", "Peut-être pourriez-vous refléter cela dans votre avis."),
        ("it", "Forse potrebbe rifletterlo nella sua recensione."),
        ("ja", "以前のご投稿を、現在の状況に合わせて見直していただけますと幸いです。"),
        ("en", "You are of course welcome to revisit what you wrote whenever you like."),
    ],
)
def test_asking_to_revise_what_the_buyer_wrote_is_blocked(language: str, sentence: str) -> None:
    assert any(r.startswith("review.") for r in _rules(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Geben Sie uns kurz Ihre Rückmeldung und wir ändern die Bestellung."),
        ("es", "Según lo que nos escribió, cambiaremos la dirección."),
    ],
)
def test_a_reply_to_change_an_order_asks_no_revision(language: str, sentence: str) -> None:
    assert not [r for r in _rules(language, sentence) if r.startswith("review.")]
