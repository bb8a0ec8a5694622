"""A buyer message offers exactly the remedies it offers: in a scenario without an ``offers``
field that is what its text offers (usually nothing), and any remedy a draft adds is caught."""

from __future__ import annotations

import pytest

import sellermail
from sellermail.guard.remedies import offered

NO_OFFERS = [
    s for s in sellermail.scenarios() if s.recipient == "buyer" and "offers" not in s.fields
]
ADDED = [
    "We will refund you in full.",
    "We'd be happy to send you a new one at no cost.",
    "As a thank-you we'll add a $10 gift card.",
    "If you like, we can also take it back and give you your money back.",
]


def test_every_buyer_scenario_without_offers_is_covered() -> None:
    assert len(NO_OFFERS) >= 8


def _base(scenario: sellermail.Scenario) -> str:
    return sellermail.render(scenario, scenario.example, channel=scenario.channels[0]).text


#: Each scenario with each sentence whose remedy its own text does not offer already.
CASES = [
    (scenario, sentence)
    for scenario in NO_OFFERS
    for sentence in ADDED
    if not offered(sentence) & offered(_base(scenario))
]


@pytest.mark.parametrize(
    ("scenario", "sentence"),
    CASES,
    ids=lambda x: x.id if isinstance(x, sellermail.Scenario) else x[:24],
)
def test_a_remedy_added_to_a_scenario_that_offers_none_is_an_offer_mismatch(
    scenario: sellermail.Scenario, sentence: str
) -> None:
    channel = scenario.channels[0]
    base = sellermail.render(scenario, scenario.example, channel=channel)
    assert sellermail.check(scenario, scenario.example, base.text, channel=channel).ok
    report = sellermail.check(
        scenario, scenario.example, f"{base.text}\n\n{sentence}", channel=channel
    )
    assert not report.ok
    assert any(v.kind in ("offer_mismatch", "invented_fact") for v in report.violations), (
        report.violations
    )


def test_a_remedy_the_text_already_offers_may_be_kept() -> None:
    scenario = sellermail.get_scenario("replacement-shipped")
    text = sellermail.render(scenario, scenario.example).text
    assert sellermail.check(scenario, scenario.example, text).ok


def test_a_signature_with_the_store_name_keeps_a_defaulted_signer() -> None:
    scenario = sellermail.get_scenario("appeal-odr")
    facts = {k: v for k, v in scenario.example.items() if k != "signer"}
    text = sellermail.render(scenario, facts, channel="email").text
    store = facts["store_name"]
    assert f"{store} Team" in text or f"{store} Customer Service" in text or store in text
    signed = text.rsplit(store, 1)[0] + store + "\n"
    assert sellermail.check(scenario, facts, signed, channel="email").ok


def test_a_signer_the_seller_gave_must_be_kept() -> None:
    scenario = sellermail.get_scenario("appeal-odr")
    facts = dict(scenario.example)
    text = sellermail.render(scenario, facts, channel="email").text
    unsigned = text.replace(str(facts["signer"]), str(facts["store_name"]))
    report = sellermail.check(scenario, facts, unsigned, channel="email")
    assert any(v.kind == "missing_fact" and v.fact == "signer" for v in report.violations)
