"""Liking the product or being satisfied, as a condition, asks for a review only when its
sentence speaks of one (an opinion, stars, a few words): "if you like the jacket anyway and
want to keep it, we refund part of the price" asks for nothing; "if you like it, we would be
glad of your opinion" asks a satisfied buyer alone. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added

_KEEP = {
    "de": "Wenn Ihnen die Jacke trotzdem gefällt und Sie sie behalten möchten, erstatten wir Ihnen einen Teil.",
    "fr": "Si vous aimez la veste et souhaitez la garder, nous vous remboursons une partie du prix.",
    "es": "Si le gusta la chaqueta y prefiere quedársela, le devolvemos una parte del precio.",
    "it": "Se il prodotto le piace e desidera tenerlo, le rimborsiamo una parte del prezzo.",
}
_ASKED = {
    "de": "Wenn Ihnen die Jacke gefällt, freuen wir uns sehr über Ihre Meinung.",
    "fr": "Si vous aimez la veste, un petit mot de votre part nous ferait plaisir.",
    "es": "Si le gusta la chaqueta, nos encantaría conocer su opinión.",
    "it": "Se il prodotto le piace, ci farebbe piacere un suo commento.",
}


def _asks_positive(language: str, sentence: str) -> bool:
    report = with_added("return-size-mismatch", language, sentence)
    return any(v.rule == "review.no-positive-request" for v in report.violations)


@pytest.mark.parametrize("language", sorted(_KEEP))
def test_liking_as_the_condition_of_keeping_asks_for_nothing(language: str) -> None:
    assert not _asks_positive(language, _KEEP[language])


@pytest.mark.parametrize("language", sorted(_ASKED))
def test_liking_as_the_condition_of_an_opinion_is_still_caught(language: str) -> None:
    assert _asks_positive(language, _ASKED[language])
