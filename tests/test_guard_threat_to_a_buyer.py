"""A threat to a buyer (legal steps, a review called defamation) blocks in every language:
intimidating a buyer over a review is review manipulation. Reserving a right over the seller's
own dealings, or a claim with the carrier, threatens no one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "buyer.no-threat"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Certains propos de votre avis sont diffamatoires ; nous envisageons des poursuites.",
        ),
        ("de", "Ihre Bewertung ist rufschädigend; wir behalten uns rechtliche Schritte vor."),
        ("it", "La sua recensione è diffamatoria e ci riserviamo di agire per vie legali."),
        ("en", "Your review is defamatory, and we reserve the right to take legal action."),
        ("de", "Sollte die Bewertung online bleiben, werden wir unseren Anwalt einschalten."),
    ],
)
def test_a_threat_blocks(language: str, sentence: str) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Nous nous réservons le droit de modifier nos délais de livraison."),
        ("en", "If the parcel is lost, we will open a claim with the carrier."),
    ],
)
def test_no_threat(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
