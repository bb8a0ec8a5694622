"""A status the seller typed in English supports the same claim said in the message's language
("has been delivered to a neighbour" lets a German draft say "wurde zugestellt"), and supports
nothing it does not say. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import invented_with_status as _invented


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Laut Sendungsverfolgung ist das Paket bereits bei Ihnen angekommen."),
        ("fr", "D'après le suivi, votre colis est bien arrivé."),
        ("es", "Según el seguimiento, el paquete ya ha sido entregado."),
        ("ja", "追跡情報によると、お荷物は配達完了となっております。"),
    ],
)  # fmt: skip
def test_a_claim_the_english_status_makes_is_supported(language: str, sentence: str) -> None:
    assert not _invented(language, sentence, "has been delivered to the buyer's address")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Laut Sendungsverfolgung ist das Paket bereits bei Ihnen angekommen."),
        ("fr", "D'après le suivi, votre colis est bien arrivé."),
    ],
)  # fmt: skip
def test_a_claim_the_english_status_does_not_make_is_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence, "left the sorting centre in Shenzhen")
