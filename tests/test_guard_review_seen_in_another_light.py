"""The buyer's review said to be seen in another, a different or a somewhat better light, or
with other eyes, after the remedy ("in einem etwas anderen Licht", "bajo una luz algo distinta",
"sous un jour un peu différent", "sotto un'altra luce", "違った目で"), in either order: a revision
asked for. Our own view of a matter seen anew asks nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_REVISION = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Vielleicht sehen Sie Ihre Bewertung dann in einem ganz anderen Licht."),
        ("de", "Möglicherweise erscheint Ihre Rezension danach in einem freundlicheren Licht."),
        ("de", "Mit etwas anderen Augen betrachten Sie dann vielleicht auch Ihre Rezension."),
        ("es", "Quizá después vea su reseña bajo una luz algo distinta."),
        ("es", "Tal vez así mire su valoración con ojos distintos."),
        ("fr", "Peut-être verrez-vous alors votre avis sous un jour un peu différent."),
        ("fr", "Vous regarderez peut-être votre note d'un tout autre œil."),
        ("it", "Magari dopo vedrà la sua recensione sotto un'altra luce."),
        ("it", "Forse ora guarderà la sua valutazione con occhi un po' diversi."),
        ("ja", "交換後は、レビューを違った目で見ていただけるかもしれません。"),
        ("en", "Perhaps you'll then see your review in a slightly different light."),
    ],
)
def test_a_review_seen_in_another_light_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _REVISION


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir sehen die Sache jetzt in einem anderen Licht und entschuldigen uns."),
        ("es", "Vemos el problema con otros ojos y le pedimos disculpas."),
        ("it", "Ora vediamo la questione sotto un'altra luce e ci scusiamo."),
    ],
)
def test_our_own_view_seen_anew_passes(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _REVISION
