"""Letting the buyer keep the item free of charge, nothing going back, is a remedy the facts
must offer (a perk), in every language; keeping it against a partial refund, or keeping the
packaging, is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offers_read import read

KEPT = [
    ("en", "There's no need to return the original, so please keep it at no charge."),
    ("de", "Den alten Rucksack dürfen Sie gern kostenlos behalten."),
    ("es", "Puedes quedarte con la chaqueta original sin coste alguno."),
    ("fr", "Vous pouvez garder l'ancien gratuitement."),
    ("it", "Può tenere quello originale senza alcun costo."),
]  # fmt: skip
NOT_KEPT_FREE = [
    ("en", "Please keep the original packaging until the replacement arrives."),
    ("en", "You can keep it and we'll refund you 5 euros."),
    ("de", "Sie behalten die Tasche, und wir erstatten Ihnen 8,00 €."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), KEPT)
def test_keeping_it_free_is_read(language: str, sentence: str) -> None:
    assert "perk" in read(language, sentence)[0]


@pytest.mark.parametrize(("language", "sentence"), NOT_KEPT_FREE)
def test_no_perk_is_read(language: str, sentence: str) -> None:
    assert "perk" not in read(language, sentence)[0]


def test_a_label_already_paid_is_a_perk() -> None:
    assert "perk" in read("es", "Te pasamos la etiqueta ya pagada para el envío.")[0]
