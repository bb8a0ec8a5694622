"""A buyer asked, if pleased ("se le sarà piaciuto"), for a few glowing lines on the product page
("due righe entusiaste nella pagina del prodotto") is asked for a positive review; asking for an
honest opinion of every buyer alike is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "review.no-positive-request"


@pytest.mark.parametrize(
    "sentence",
    [
        "Se il prodotto le fosse piaciuto, ci lasci qualche parola lusinghiera.",
        "Quando le sarà piaciuto, ci scriva una recensione nella pagina del prodotto.",
    ],
)
def test_glowing_lines_are_blocked(sentence: str) -> None:
    assert _RULE in rules_blocking("it", sentence)


def test_an_honest_opinion_is_not_blocked() -> None:
    sentence = "La sua opinione sincera, qualunque sia, ci aiuta a migliorare."
    assert _RULE not in rules_blocking("it", sentence)
