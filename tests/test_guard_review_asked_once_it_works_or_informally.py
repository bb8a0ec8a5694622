"""A review asked on the condition that the product works as it should, in any verb and tense
("once your mower is cutting the way it should", "quand votre robot tondra comme il faut",
"wenn dein Rasenmäher wieder richtig mäht", 正常に作動しましたら), of a buyer addressed
informally ("falls du zufrieden bist", "en cuanto nos dejes tu reseña"), or for full marks in any
inflection ("mit voller Punktzahl"). The same condition with a denial, or something of value tied
to what is not a review, asks for nothing. (Sentences of our own.)"""

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
        (
            "en",
            "Once your mower is cutting the way it should, don't forget to leave us a quick review!",
        ),
        ("en", "When everything runs smoothly, we'd love a review from you."),
        (
            "de",
            "Falls du mit unserer Lösung zufrieden bist, freuen wir uns über eine Bewertung mit voller Punktzahl.",
        ),
        ("de", "Wenn dein Rasenmäher wieder richtig mäht, lass uns doch eine kleine Bewertung da."),
        ("de", "Wenn du zufrieden bist, schreib uns gern eine Bewertung."),
        (
            "fr",
            "Quand votre robot tondra comme il faut, n'oubliez pas de nous laisser un petit avis.",
        ),
        ("fr", "Si tu es content de la solution, laisse-nous un petit avis."),
        ("es", "Cuando la lámpara funcione como es debido, no olvides dejarnos una reseña."),
        ("es", "Cuando todo funcione correctamente, nos ayudaría mucho tu opinión en Amazon."),
        ("it", "Quando la lampada funzionerà come si deve, lasciaci una recensione!"),
        ("it", "Appena tutto funziona correttamente, scrivici una recensione su Amazon."),
        ("ja", "ちゃんと動くようになりましたら、ぜひレビューをお願いします。"),
        ("en", "If you're happy with our fix, we'd love a review with full marks."),
    ],
)
def test_a_review_asked_once_it_works_or_of_a_happy_buyer(language: str, sentence: str) -> None:
    """Satisfaction or working as it should as the condition of a review."""
    raised = rules_raised(language, sentence)
    assert raised & {"review.no-positive-request", "review.no-selective-request"}, raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Sobald du uns deine Bewertung hinterlässt, erstatten wir dir die 4 €."),
        ("es", "En cuanto nos dejes tu reseña, te hacemos el reembolso de 5 €."),
        ("it", "Appena ci lasci la tua recensione, ti rimborsiamo i 5 euro."),
    ],
)
def test_a_review_tied_to_value_in_the_informal_address(language: str, sentence: str) -> None:
    """Something of value once the buyer (du, tu) leaves a review."""
    raised = rules_raised(language, sentence)
    assert "review.no-incentive" in raised, raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If it doesn't work the way it should, just reply here and we'll help."),
        ("en", "Once the mower is working properly, you will find more tips in the manual."),
        ("fr", "Si le robot ne tond pas comme il faut, répondez-nous ici."),
        ("es", "Si no funciona como es debido, escríbanos y lo solucionamos."),
        ("ja", "正常に作動しない場合は、こちらからご連絡ください。"),
        ("es", "En cuanto nos confirmes tu elección, te hacemos el reembolso."),
    ],
)
def test_a_denied_condition_or_no_review_asks_for_nothing(language: str, sentence: str) -> None:
    """It not working, or a refund on another condition."""
    assert not rules_raised(language, sentence) & _CONDUCT
