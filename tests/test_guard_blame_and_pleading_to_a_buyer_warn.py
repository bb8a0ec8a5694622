"""Blaming a carrier or supplier to the buyer, or pleading that the seller's livelihood hangs on
them, warns in every language and never blocks; a carrier's delay told as a fact is no blame.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _raised(language: str, sentence: str) -> dict[str | None, str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return {v.rule: v.severity for v in report.violations}


@pytest.mark.parametrize(
    ("rule", "language", "sentence"),
    [
        (
            "buyer.no-blame",
            "de",
            "Leider ist DHL derzeit total unzuverlässig, das ist nicht unsere Schuld.",
        ),
        (
            "buyer.no-blame",
            "en",
            "Honestly the courier has been hopeless lately, it's entirely their fault.",
        ),
        (
            "buyer.no-blame",
            "fr",
            "Le retard est entièrement la faute du transporteur, pas la nôtre.",
        ),
        ("buyer.no-blame", "es", "La culpa es de la empresa de mensajería, que es poco fiable."),
        (
            "buyer.no-blame",
            "ja",
            "今回の遅れは配送業者の不手際によるもので、当店の責任ではございません。",
        ),
        (
            "buyer.no-pleading",
            "en",
            "We're a tiny shop and our whole business depends on buyers like you.",
        ),
        (
            "buyer.no-pleading",
            "de",
            "Unsere Existenz hängt davon ab, dass Sie uns noch eine Chance geben.",
        ),
        (
            "buyer.no-pleading",
            "fr",
            "Notre petite entreprise dépend entièrement de clients comme vous.",
        ),
        ("buyer.no-pleading", "ja", "小さな店舗にとっては死活問題ですので、どうかご理解ください。"),
    ],
)
def test_blame_and_pleading_warn(rule: str, language: str, sentence: str) -> None:
    assert _raised(language, sentence).get(rule) == "warn"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "DHL hat die Zustellung leider um zwei Tage verzögert."),
        ("en", "The carrier has delayed the parcel by a day."),
        ("ja", "配送業者にて遅延が発生しております。"),
        ("de", "Wir sind ein kleiner Familienbetrieb und freuen uns über Ihre Nachricht."),
    ],
)
def test_a_delay_told_as_fact_is_no_blame(language: str, sentence: str) -> None:
    raised = _raised(language, sentence)
    assert "buyer.no-blame" not in raised and "buyer.no-pleading" not in raised
