"""A satisfaction condition ("wenn Ihnen die Jacke gefällt", "si le produit vous plaît", "si
le ha gustado", "se è soddisfatto") asks for a positive review only beside a review, rating or
opinion in its sentence, as in English; the same condition on keeping an item for a partial
refund asks for none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

POSITIVE = "review.no-positive-request"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wenn Ihnen die Jacke gefällt, freuen wir uns über eine Bewertung."),
        ("de", "Über eine Rezension freuen wir uns, wenn Sie zufrieden sind."),
        ("fr", "Si le produit vous a plu, laissez-nous un avis."),
        ("es", "Si le ha gustado, nos encantaría leer su opinión."),
        ("it", "Se è soddisfatto, ci lasci una recensione."),
    ],
)
def test_satisfaction_beside_a_review_is_a_positive_request(language: str, sentence: str) -> None:
    assert POSITIVE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Wenn Ihnen die Jacke trotzdem gefällt und Sie sie behalten, erstatten wir 10 € zurück.",
        ),
        ("fr", "Si vous êtes satisfaite de la couleur, gardez-la simplement."),
        ("es", "Si le gusta el color, puede quedárselo sin más."),
        ("it", "Se è soddisfatto della misura, può tenerlo così."),
    ],
)
def test_satisfaction_on_keeping_an_item_asks_for_no_review(language: str, sentence: str) -> None:
    assert POSITIVE not in rules_raised(language, sentence)
