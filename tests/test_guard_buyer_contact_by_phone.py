"""A phone number in a language's own notation ("0201 / 48 39 27-12", area code, groups and
an extension), a call offered to the buyer, or the buyer's number asked for: contact off the
platform, in every language. (Numbers and sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _blocks(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.rule or v.kind for v in report.violations if v.severity == "block"]


@pytest.mark.parametrize(
    "number", ["0211 / 73 18 40-22", "0211/73 18 40", "0211 73 18 40 22", "030 / 8812 4471"]
)
def test_a_german_phone_number_in_groups_is_a_phone_number(number: str) -> None:
    blocks = _blocks("de", f"Rufen Sie im Lager an: {number}.")
    assert "buyer.no-phone-number" in blocks, blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Gern rufen wir Sie an, schicken Sie uns einfach Ihre Telefonnummer."),
        ("fr", "Nous pouvons vous appeler : indiquez-nous votre numéro de téléphone."),
        ("es", "Si quiere, le llamamos; envíenos su número de teléfono."),
        ("it", "Se vuole la chiamiamo noi: ci lasci il suo numero di telefono."),
        ("en", "If it helps, we can call you: just send us your phone number."),
    ],
)
def test_a_call_offered_or_the_buyers_number_asked_is_off_platform(
    language: str, sentence: str
) -> None:
    assert any(b.startswith("buyer.no-off-platform") for b in _blocks(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Lieferung dauert 3–5 Werktage."),
        ("en", "The carrier will bring it to your door."),
    ],
)
def test_a_plain_delivery_sentence_is_no_contact(language: str, sentence: str) -> None:
    assert not [b for b in _blocks(language, sentence) if "phone" in b or "off-platform" in b]
