"""The word "new" said of a plan, a project or an idea of the buyer ("when you have a new lighting
project in mind", "un nuovo progetto", "une nouvelle idée") is no new unit of the product: no
replacement offered; a new unit named by its noun still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Waiting is hard when you already have a new project planned for the weekend."),
        ("de", "Gerade wenn man ein neues Projekt im Garten plant, wartet man ungern."),
        ("fr", "Surtout quand on a une nouvelle idée de décoration en tête."),
        ("es", "Sobre todo cuando uno tiene un nuevo proyecto de jardín en marcha."),
        ("it", "Capiamo bene, soprattutto se ha in mente un nuovo progetto per il giardino."),
    ],
)
def test_a_new_plan_offers_no_replacement(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Le invieremo un nuovo faretto entro domani."),
        ("fr", "Nous vous enverrons une nouvelle lampe dès demain."),
    ],
)
def test_a_new_unit_is_still_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language)), sentence
