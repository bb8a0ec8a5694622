"""A participle that shares its auxiliary with one before it ("abbiamo fermato il pacco e
preparato la misura giusta", "we've stopped the parcel and set aside the right size") states
what was done as much as one right after the auxiliary does. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims(language: str, sentence: str) -> list[str]:
    report = with_added("shipment-no-update", language, sentence)
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Abbiamo già fatto fermare il pacco dal corriere e preparato la misura giusta."),
        ("es", "Hemos detenido el paquete y preparado la talla correcta."),
        ("fr", "Nous avons bloqué le colis et préparé la bonne taille."),
        ("en", "We've stopped the parcel and set aside the right size for you."),
        ("de", "Wir haben das Paket gestoppt und die richtige Größe schon bereitgelegt."),
    ],
)
def test_a_participle_sharing_its_auxiliary_is_a_claim(language: str, sentence: str) -> None:
    assert _claims(language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Abbiamo visto che il prodotto spedito era la taglia giusta?"),
        ("en", "We have checked your order and can send a replacement if you like."),
    ],
)
def test_no_participle_after_the_and_is_no_claim(language: str, sentence: str) -> None:
    assert not [c for c in _claims(language, sentence) if "replacement" in c], sentence
