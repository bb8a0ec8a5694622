"""German sets the verb at the end of a subordinate clause: "wenn Sie anderen Kunden kurz
erzählen, wie zufrieden Sie sind" asks satisfied buyers to tell other customers, like "erzählen
Sie anderen Kunden"; telling other customers nothing about satisfaction is no review request.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "DHL", "buyer_name": "Emma"}


@pytest.mark.parametrize(
    "sentence",
    ["Wir würden uns riesig freuen, wenn Sie anderen Kunden hier auf Amazon kurz erzählen, wie "
     "zufrieden Sie mit ihr sind.",
     "Wenn Sie zufrieden sind, freuen wir uns, wenn Sie es anderen Käufern mitteilen."],
)  # fmt: skip
def test_telling_others_with_the_verb_last_is_a_positive_request(sentence: str) -> None:
    assert "review.no-positive-request" in rules_raised("de", sentence, TRANSIT)


def test_other_customers_named_alone_ask_nothing() -> None:
    assert not rules_raised(
        "de", "Auch anderen Kunden schicken wir die Anleitung gern zu.", TRANSIT
    )
