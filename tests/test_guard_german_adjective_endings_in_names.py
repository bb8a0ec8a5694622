"""A German product name with an adjective is kept however the sentence declines it
("kabelloser Stabmixer" as "den kabellosen Stabmixer", "des kabellosen Stabmixers"); a
product with another adjective or noun is still missing. (Names and sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"buyer_name": "Jonas", "product": "kabelloser Stabmixer",
          "attachment_name": "die Bedienungsanleitung", "store_name": "Kochwerk"}  # fmt: skip


def _product_missing(sentence: str) -> bool:
    text = f"Hallo Jonas,\n\n{sentence}\nIm Anhang: die Bedienungsanleitung.\n\nKochwerk\n"
    report = checked("usage-instructions", "de", text, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "So nutzen Sie den kabellosen Stabmixer am besten.",
        "Der Akku des kabellosen Stabmixers lädt in zwei Stunden.",
        "Mit dem kabellosen Stabmixer gelingt das leicht.",
        "Ein kabelloser Stabmixer braucht etwas Übung.",
    ],
)
def test_a_declined_adjective_keeps_the_name(sentence: str) -> None:
    assert not _product_missing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "So nutzen Sie den elektrischen Stabmixer am besten.",
        "So nutzen Sie den kabellosen Handmixer am besten.",
    ],
)
def test_another_adjective_or_noun_is_still_missing(sentence: str) -> None:
    assert _product_missing(sentence)
