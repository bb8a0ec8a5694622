"""A review named in one sentence and, later in its paragraph, the buyer asked to look at it
again by a pronoun ("You rated us two stars. ... could you take a second look at it?") is a
request to revise it, in every language; the seller looking at it again is not. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "We noticed the two-star rating you posted. When the mug is in your hands, would you "
            "kindly reconsider it?"),
     ("de", "Uns ist deine Rezension mit zwei Sternen aufgefallen. Sobald der Rucksack da ist, "
            "würden wir uns freuen, wenn du dir das nochmal ansiehst."),
     ("de", "Sie hatten uns einen kritischen Kommentar geschrieben. Vielleicht mögen Sie sich diesen "
            "nach der Lieferung noch einmal überlegen."),
     ("fr", "Nous avons lu votre avis sur la lampe. Quand le colis sera là, pourriez-vous y jeter "
            "un nouveau regard ?"),
     ("es", "Vimos la reseña que dejaste la semana pasada. Cuando llegue la mochila, ¿podrías "
            "volver a mirarla?"),
     ("it", "Abbiamo letto la tua recensione. Quando arriva lo zaino, potresti riconsiderarla?")],
)  # fmt: skip
def test_a_review_asked_to_be_looked_at_again_by_a_pronoun_is_manipulation(
    language: str, sentence: str
) -> None:
    rules = rules_blocking(language, sentence)
    assert rules & {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Thanks for your review of the bottle. Could you look at it and tell us if the lid is "
            "cracked?"),
     ("de", "Danke für Ihre Bewertung. Wir sehen uns das noch einmal genau an."),
     ("fr", "Merci pour votre avis. Nous allons examiner la question de notre côté.")],
)  # fmt: skip
def test_the_seller_looking_again_or_the_item_named_is_no_manipulation(
    language: str, sentence: str
) -> None:
    rules = rules_blocking(language, sentence)
    assert not rules & {"review.no-manipulation", "review.no-manipulation-implied"}
