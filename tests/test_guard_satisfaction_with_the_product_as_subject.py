"""A review asked only if the product wins the buyer over, with the product as the subject
("if the new lamp convinces you", "wenn die Lampe Sie überzeugt", "si la lampe vous donne
satisfaction") or expectations met ("tutto come ti aspettavi"), is selective, also when the review
is named as a few lines on the marketplace; a product that does not convince is no such
condition. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-selective-request", "review.no-positive-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If the blender turns out to be just what you hoped, we'd welcome a few words on "
            "Amazon."),
     ("de", "Falls der Rucksack Ihnen zusagt, würden wir uns über ein paar Zeilen auf der "
            "Produktseite freuen."),
     ("de", "Wenn das Kissen deine Erwartungen erfüllt, freuen wir uns über eine Rezension."),
     ("fr", "Si la bouilloire vous convient, quelques lignes sur la fiche produit nous aideraient "
            "beaucoup."),
     ("fr", "Si le sac répond à vos attentes, nous serions ravis de lire votre avis."),
     ("es", "Si la mochila te convence, nos ayudaría mucho una reseña."),
     ("es", "Cuando compruebes que la lámpara cumple tus expectativas, agradeceríamos unas "
            "palabras en Amazon."),
     ("it", "Se lo zaino ti convince, ci farebbe piacere una recensione."),
     ("it", "Quando avrai provato la borraccia, se sarà tutto come ti aspettavi, lasciaci qualche "
            "riga sulla pagina del prodotto.")],
)  # fmt: skip
def test_satisfaction_with_the_product_as_condition_is_selective(
    language: str, sentence: str
) -> None:
    assert rules_blocking(language, sentence) & SELECTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Wenn die Lampe Sie nicht überzeugt, schreiben Sie uns; eine Bewertung ist freiwillig."),
     ("fr", "Si la lampe ne vous convient pas, dites-le-nous simplement."),
     ("es", "Si la mochila no te convence, escríbenos y lo solucionamos."),
     ("en", "If the blender is not what you expected, just reply and we'll help.")],
)  # fmt: skip
def test_a_product_that_does_not_convince_asks_for_no_review(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & SELECTIVE
