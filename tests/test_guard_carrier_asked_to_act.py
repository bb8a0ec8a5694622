"""The carrier or the marketplace asked to act ("we've asked the courier to hold it") is a
contact claimed, in every language; the buyer asked, or asked for patience, is none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims(report: object) -> list[str]:
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have asked the carrier to return the parcel to our warehouse."),
        ("de", "Wir haben Hermes bereits gebeten, die Sendung zurückzuschicken."),
        ("de", "Wir haben beim Paketdienst schon nachgefragt."),
        ("fr", "Nous avons demandé à Colissimo de retourner le colis."),
        ("es", "Hemos solicitado a la mensajería que devuelva el paquete."),
        ("it", "Abbiamo chiesto alle Poste di rimandarci il collo."),
        ("ja", "佐川急便に荷物の返送を依頼いたしました。"),
    ],
)  # fmt: skip
def test_the_carrier_asked_to_act_is_a_contact_claimed(language: str, sentence: str) -> None:
    assert _claims(with_added("shipment-no-update", language, sentence)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We asked for your patience in our last message."),
        ("de", "Wir haben Sie um etwas Geduld gebeten."),
        ("es", "Le hemos pedido un poco de paciencia."),
        ("it", "Se vuole, possiamo chiedere al corriere di fermare il collo."),
        ("ja", "佐川急便に返送を依頼いたしましたら、ご連絡いたします。"),
    ],
)  # fmt: skip
def test_the_buyer_asked_or_a_request_to_come_claims_nothing(language: str, sentence: str) -> None:
    assert not _claims(with_added("shipment-no-update", language, sentence)), sentence
