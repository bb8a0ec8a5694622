"""A new unit named by its own noun said to be on its way ("Eine neue Lampe ist schon
unterwegs", "una tetera nueva ya está en camino"), a resend said set in motion ("ya hemos
gestionado el reenvío", "abbiamo già disposto la rispedizione") and a parcel said back with
the seller in the compound passive ("le colis nous a déjà été renvoyé") are claims; waiting
("sin hacerle esperar") is no hope that hedges them; a hope still does. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims(scenario: str, language: str, sentence: str) -> list[str]:
    report = with_added(scenario, language, sentence)
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Eine neue Lampe ist schon unterwegs zu Ihnen."),
        ("de", "Wir haben die Ersatzlieferung heute veranlasst."),
        ("fr", "Une nouvelle lampe est déjà en route vers vous."),
        ("fr", "Nous avons déjà lancé la réexpédition ce matin."),
        ("es", "Una lámpara nueva ya está en camino."),
        ("es", "Sin hacerle esperar, ya hemos gestionado el reenvío."),
        ("it", "Una nuova lampada è già in viaggio."),
        ("it", "Abbiamo già disposto la rispedizione stamattina."),
    ],
)  # fmt: skip
def test_a_resend_no_fact_makes_is_claimed(language: str, sentence: str) -> None:
    assert _claims("shipment-no-update", language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Das Paket wurde vom Zusteller bereits an uns zurückgeschickt."),
        ("fr", "Le colis nous a déjà été renvoyé par La Poste."),
        ("es", "El paquete ya nos ha sido devuelto por la mensajería."),
        ("it", "Il pacco ci è già stato restituito dal corriere."),
    ],
)  # fmt: skip
def test_a_parcel_back_with_us_is_claimed(language: str, sentence: str) -> None:
    assert _claims("shipment-no-update", language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Esperamos que el paquete nuevo ya esté en camino."),
        ("de", "Sobald die neue Lampe unterwegs ist, melden wir uns."),
        ("fr", "Si vous le souhaitez, une nouvelle lampe peut partir dès demain."),
        ("it", "Se preferisce, possiamo disporre la rispedizione."),
    ],
)  # fmt: skip
def test_a_hope_or_an_offer_claims_nothing(language: str, sentence: str) -> None:
    assert not _claims("shipment-no-update", language, sentence), sentence
