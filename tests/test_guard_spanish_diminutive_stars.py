"""Spanish asks for stars in the diminutive as well: "con esas cinco estrellitas" is a
five-star request like "cinco estrellas"; stars of the product's own pattern are not.
(Sentences of our own.)"""

from __future__ import annotations

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "Correos", "buyer_name": "Almudena"}


def test_five_little_stars_are_a_positive_review_request() -> None:
    rules = rules_raised("es", "Nos harías un favor enorme si contaras tu experiencia en Amazon con esas "
                   "cinco estrellitas que tanto nos ayudan.", TRANSIT)  # fmt: skip
    assert "review.no-positive-request" in rules


def test_stars_on_the_fabric_are_no_review() -> None:
    assert not rules_raised("es", "La tela lleva un estampado de estrellitas doradas.", TRANSIT)
