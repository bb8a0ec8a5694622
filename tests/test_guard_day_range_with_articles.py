"""Italian joins a day range's ends with the article that agrees with each number as it is
said ("dai 4 agli 8 giorni", "dal 3 all'8", "tra gli 8 e gli 11"): the range is kept and its
upper end is no invented duration; another range written so is still a changed fact.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard.mentions import mentions

_FACTS = {"buyer_name": "Tomasz", "delivery_days": "4-8", "store_name": "Kiefer & Co"}


def _facts_wrong(sentence: str) -> bool:
    report = checked("delivery-time-info", "it", f"Tomasz,\n\n{sentence}\n\nKiefer & Co\n",
                     _FACTS)  # fmt: skip
    return any(v.kind in ("missing_fact", "invented_fact") for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Il corriere consegna di norma dai 4 agli 8 giorni dopo la spedizione.",
        "Servono in genere dai quattro agli otto giorni.",
        "La consegna avviene dal 4 all'8 giorno dopo la spedizione.",
    ],
)
def test_a_range_joined_by_articles_is_kept(sentence: str) -> None:
    assert not _facts_wrong(sentence)


def test_another_range_joined_by_articles_is_still_caught() -> None:
    assert _facts_wrong("Il corriere consegna di norma dai 5 agli 11 giorni.")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("tra gli 8 e gli 11 giorni", 8, 11),
        ("dagli 8 agli 11 giorni", 8, 11),
        ("dall'1 al 3 giorni", 1, 3),
    ],
)
def test_the_ends_are_read_with_their_articles(text: str, low: int, high: int) -> None:
    assert [m.key[1:3] for m in mentions(text, language="it") if m.kind == "range"] == [(low, high)]
