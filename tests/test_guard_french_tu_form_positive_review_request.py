"""A review asked only of a satisfied buyer addressed with "tu" ("si tu es contente", "si ça te
plaît"), or named by its short form ("une éval' positive"), is a positive-review request like the
"vous" form; a "si tu ..." that asks for no review is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

ASKED_OF_THE_HAPPY = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    "sentence",
    ["Et si tu es ravie de ton colis, une petite éval' sympa nous ferait plaisir.",
     "Si ça te plaît, laisse-nous un avis sur la fiche !",
     "Si tu as aimé ton achat, un commentaire nous aiderait beaucoup.",
     "Une éval positive nous aiderait énormément."],
)  # fmt: skip
def test_tu_form_or_short_review_asked_of_a_happy_buyer(sentence: str) -> None:
    assert rules_blocking("fr", sentence) & ASKED_OF_THE_HAPPY


@pytest.mark.parametrize(
    "sentence",
    ["Si tu as une question, écris-nous, on répond vite.",
     "Si tu es contente de ta commande, tant mieux, on en est ravis !"],
)  # fmt: skip
def test_tu_form_without_a_review_is_fine(sentence: str) -> None:
    assert not rules_blocking("fr", sentence) & ASKED_OF_THE_HAPPY
