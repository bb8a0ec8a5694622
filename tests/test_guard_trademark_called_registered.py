"""A letter to another seller may call the trademark registered only when the seller gave its
registration number: with a pending application, or none, "registered trademark", "our
registration" or "®" claims what no fact supports. Amazon's Brand Registry is no registration.
(Names and numbers of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"brand": "Orvella", "offender": "Bargain Hub 77", "asins": ["B0CZ7TQ4LM"],
         "evidence": ["our test-buy order 113-2233445-5566778 arrived without the Orvella seal"],
         "signer": "Orvella Brand Team"}  # fmt: skip
PENDING = FACTS | {"application_number": "98765432",
                   "trademark_office": "United States Patent and Trademark Office"}  # fmt: skip
REGISTERED = FACTS | {"registration_number": "7123456",
                      "trademark_office": "United States Patent and Trademark Office"}  # fmt: skip


def _invented(facts: dict[str, object], sentence: str) -> list[str]:
    text = sellermail.render("hijacker-cease-desist", facts).text
    report = sellermail.check("hijacker-cease-desist", facts, f"{text}\n\n{sentence}")
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


@pytest.mark.parametrize("facts", [PENDING, FACTS], ids=["pending", "no-number"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Orvella is a registered trademark.",
        "Our registration covers these goods.",
        "Orvella® is ours.",
    ],
)
def test_calling_an_unregistered_trademark_registered_is_invented(
    facts: dict[str, object], sentence: str
) -> None:
    assert any("registration" in d for d in _invented(facts, sentence))


def test_a_registered_trademark_may_be_called_registered() -> None:
    assert not _invented(
        REGISTERED, "Orvella is a registered trademark; our registration covers these goods."
    )


def test_brand_registry_is_no_registration_claim() -> None:
    assert not _invented(PENDING, "Our brand is registered in Amazon Brand Registry.")
