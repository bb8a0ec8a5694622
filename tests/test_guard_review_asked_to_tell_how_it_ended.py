"""A review hoped to tell how the problem ended ("the rest of the story", "wie es ausgegangen
ist", "la fin de l'histoire", "cómo se resolvió", "come è andata a finire") is a request to
revise it, like a review hoped to "reflect" the outcome. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "It would be lovely if your review also showed how the problem was sorted."),
     ("de", "Schön wäre, wenn Ihre Rezension auch erzählt, wie die Sache ausgegangen ist."),
     ("fr", "Peut-être que votre évaluation pourrait aussi mentionner comment tout a été réglé."),
     ("es", "Nos encantaría que tu opinión mostrara también cómo se resolvió todo."),
     ("it", "Sarebbe bello se il tuo commento raccontasse anche come è andata a finire.")],
)  # fmt: skip
def test_a_review_asked_to_tell_the_outcome_is_manipulation(language: str, sentence: str) -> None:
    rules = rules_blocking(language, sentence)
    assert rules & {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Let us know how it turned out once the parcel arrives."),
     ("de", "Erzählen Sie uns gern, wie es ausgegangen ist."),
     ("es", "Cuéntanos cómo se resolvió con el transportista.")],
)  # fmt: skip
def test_asking_how_it_ended_without_a_review_is_fine(language: str, sentence: str) -> None:
    rules = rules_blocking(language, sentence)
    assert not rules & {"review.no-manipulation", "review.no-manipulation-implied"}
