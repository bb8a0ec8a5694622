"""The buyer asked to take the remedy into account in the rating ("que lo tuviera en cuenta en su
valoración", "en tenir compte dans votre évaluation", "in Ihrer Rezension berücksichtigen",
"ne tenesse conto nella sua recensione", レビューの際にご考慮): the rating steered, in every
language. The seller taking the buyer's opinion into account asks nothing. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {"review.no-manipulation", "review.no-manipulation-implied", "review.no-incentive"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Ojalá pueda tener en cuenta nuestra rápida respuesta en su reseña."),
        ("es", "Le pedimos que tenga en cuenta el reembolso a la hora de puntuarnos."),
        ("fr", "Nous vous serions reconnaissants d'en tenir compte dans votre évaluation."),
        ("fr", "Merci d'en tenir compte au moment de nous noter."),
        ("de", "Vielleicht können Sie die schnelle Erstattung in Ihrer Rezension berücksichtigen."),
        ("it", "Le saremmo grati se ne tenesse conto nella sua recensione."),
        ("it", "Speriamo che terrà conto del rimborso quando ci valuterà."),
        ("ja", "レビューの際には、今回の対応もご考慮いただけますと幸いです。"),
    ],
)
def test_the_remedy_to_be_weighed_in_the_rating_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Tendremos en cuenta su opinión para mejorar el producto."),
        ("es", "Tenga en cuenta que el reembolso aparecerá en su cuenta en unos días."),
        ("fr", "Nous tiendrons compte de votre avis pour améliorer la notice."),
        ("it", "Terremo conto del suo commento per migliorare il prodotto."),
        ("de", "Wir berücksichtigen Ihre Rückmeldung bei der nächsten Produktion."),
        ("en", "We will take your feedback into account when we update the manual."),
    ],
)
def test_the_seller_weighing_the_buyers_view_is_no_request(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
