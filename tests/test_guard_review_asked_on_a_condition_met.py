"""A review asked on a condition that the product won the buyer over: expectations met in any
tense ("everything you'd hoped for"), the product working reliably ("sobald die Pumpe
zuverlässig läuft"), satisfaction given with words between ("vous apporte vraiment entière
satisfaction", after "une" or "verano", whose "ne" or "no" is no negation). The same condition without a review,
or a review asked of everyone, is allowed. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SELECTIVE = {"review.no-selective-request", "review.no-positive-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If it's everything you'd hoped for, a quick review would mean a lot."),
        ("en", "If the blender is everything you had expected, we'd love a review."),
        ("de", "Sobald die Pumpe zuverlässig läuft, freuen wir uns über eine Bewertung."),
        ("fr", "Si le coussin vous apporte vraiment entière satisfaction, laissez-nous un avis."),
        ("fr", "Si une fois installée la lampe vous donne satisfaction, un avis nous aiderait."),
        ("es", "Si el cojín de verano te deja satisfecho, nos encantaría leer tu opinión."),
        ("es", "Si el termo bueno te ha gustado, cuéntaselo a otros compradores."),
    ],
)
def test_a_review_on_a_condition_met_is_selective(language: str, sentence: str) -> None:
    assert _SELECTIVE & rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If it isn't everything you'd hoped for, please let us know."),
        ("de", "Sobald die Pumpe zuverlässig läuft, melden Sie sich gern."),
        ("fr", "Si la lampe ne vous donne pas satisfaction, écrivez-nous."),
        ("es", "Si el cojín de verano no te deja satisfecho, escríbenos antes de dar tu opinión."),
        ("en", "We'd welcome a review from every buyer, whatever their experience."),
    ],
)
def test_the_condition_alone_or_a_review_of_all_is_allowed(language: str, sentence: str) -> None:
    assert not _SELECTIVE & rules_blocking(language, sentence)
