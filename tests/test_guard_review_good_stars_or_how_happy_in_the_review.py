"""Good stars asked ("unas buenas estrellas", "gute Sterne", "de bonnes étoiles", "良い星", "good
stars"), or the review asked to tell how happy the buyer is ("cuente en su opinión lo contenta
que está"): a positive-review request. How happy the buyer is asked without a review is not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "review.no-positive-request"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Nos encantaría que dijera en su reseña lo satisfecha que está."),
        ("es", "Unas buenas estrellas nos ayudarían muchísimo."),
        ("de", "Gute Sterne bedeuten uns kleinen Händlern alles."),
        ("de", "Schreiben Sie doch in Ihrer Bewertung, wie zufrieden Sie sind."),
        ("fr", "De bonnes étoiles, c'est tout pour une petite boutique."),
        ("fr", "Dites dans votre avis à quel point vous êtes contente."),
        ("it", "Delle belle stelle per noi sono tutto."),
        ("it", "Ci farebbe piacere se raccontasse nella recensione quanto è contenta."),
        ("ja", "レビューでどれだけ満足されているかお書きいただけると嬉しいです。"),
        ("en", "Good stars mean everything to a small shop like ours."),
    ],
)
def test_good_stars_or_happiness_told_in_the_review_is_a_positive_request(
    language: str, sentence: str
) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Puede dejar su opinión si lo desea."),
        ("de", "Sie können gern eine Bewertung hinterlassen, ganz wie Sie möchten."),
        ("en", "Let us know how happy you are with the replacement."),
        ("it", "Ci dica quanto è contenta del nuovo prodotto."),
        ("de", "Die Bewertung ist Ihre Sache; wie Sie es handhaben, entscheiden Sie."),
        ("fr", "Votre avis compte, quel qu'il soit."),
    ],
)
def test_happiness_asked_without_a_review_is_no_request(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
