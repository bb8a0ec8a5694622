"""A parcel past customs, out for delivery or waiting at a post office or pickup point is a claim
of its own in every language: a status that says so supports it (typed in English or in the
message's language), a status that says otherwise (still in transit, waiting for customs) does
not; a parcel delivered was past both. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import with_added


def _claimed(language: str, sentence: str, status: str) -> list[str]:
    facts = {**sellermail.get_scenario("shipping-in-transit").example, "status": status}
    report = with_added("shipping-in-transit", language, sentence, facts)
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


CLAIMS = [
    ("en", "Good news: your parcel cleared customs this morning."),
    ("en", "It is out for delivery today, so keep an eye on the door."),
    ("en", "The parcel has been dropped off at your local post office for collection."),
    ("de", "Ihr Paket wurde bereits vom Zoll freigegeben."),
    ("de", "Die Sendung liegt jetzt zur Abholung in Ihrer Postfiliale bereit."),
    ("fr", "Votre colis a déjà passé la douane."),
    ("fr", "Il est actuellement en cours de livraison."),
    ("es", "Su pedido ya ha pasado los trámites de aduana."),
    ("es", "El paquete está disponible para su recogida en la oficina de correos."),
    ("it", "Il pacco è già stato sdoganato."),
    ("it", "Il suo ordine risulta ora in consegna."),
    ("ja", "お荷物は通関手続きが完了いたしました。"),
    ("ja", "現在、お近くの郵便局にて保管されております。"),
]


@pytest.mark.parametrize(("language", "sentence"), CLAIMS)
def test_against_a_status_in_transit_the_claim_is_invented(language: str, sentence: str) -> None:
    assert _claimed(language, sentence, "is in transit and waiting for customs clearance")


@pytest.mark.parametrize(("language", "sentence"), CLAIMS)
def test_a_status_of_a_delivered_parcel_supports_it(language: str, sentence: str) -> None:
    assert not _claimed(
        language,
        sentence,
        "was delivered to the local post office yesterday and is ready for pickup",
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Once it clears customs, it will be out for delivery within a day or two."),
        ("de", "Sobald der Zoll die Sendung freigibt, geht sie in die Zustellung."),
        ("fr", "Dès que le dédouanement sera terminé, le colis partira en livraison."),
        ("es", "Cuando pase la aduana, saldrá a reparto."),
        ("it", "Appena sarà sdoganato, verrà messo in consegna."),
    ],
)  # fmt: skip
def test_what_will_happen_is_no_claim(language: str, sentence: str) -> None:
    assert not _claimed(language, sentence, "is in transit")
