"""Something of value named as what a review is exchanged for ("in exchange for the refund: a
review", "in cambio del rimborso ... due righe di feedback") ties value to a review, in every
language; a refund offered with no review asked is fine. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "All we ask in return for the discount is a short review."),
     ("de", "Als Gegenleistung für den Rabatt bitten wir nur um eine kurze Bewertung."),
     ("fr", "En échange de ce geste, nous vous demandons juste un petit avis."),
     ("es", "A cambio del descuento, solo te pedimos una reseña breve."),
     ("it", "In cambio dello sconto ti chiediamo soltanto una breve recensione.")],
)  # fmt: skip
def test_value_exchanged_for_a_review_is_an_incentive(language: str, sentence: str) -> None:
    assert "review.no-incentive" in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "In cambio del reso ti rimborsiamo l'intero importo."),
     ("es", "A cambio del artículo defectuoso te enviamos uno nuevo.")],
)  # fmt: skip
def test_an_exchange_without_a_review_is_no_incentive(language: str, sentence: str) -> None:
    assert "review.no-incentive" not in rules_blocking(language, sentence)
