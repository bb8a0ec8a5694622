"""A letter to another seller threatens nothing beyond reporting the listing to Amazon and the
law: not to shame the seller in public (naming it to followers, the press, other sellers) nor
to press it through others (its bank, payment processor, customers, suppliers, authorities).
Reporting to Amazon, filing suit and asking for invoices stay allowed."""

from __future__ import annotations

import pytest

from drafted import warned_by


@pytest.mark.parametrize(
    "sentence",
    [
        "Otherwise we will share your shop name and our test-buy results with our followers on TikTok.",
        "If the offer stays up, we'll publish a post naming your company on our blog.",
        "Failing that, we will get in touch with your bank about the way you trade.",
        "We will also be contacting your suppliers and your wholesale partners.",
        "We will alert your card processor to these sales.",
        "Otherwise we will make this public and let the whole seller community know what you did.",
        "We will pass your details to the trading standards office.",
        "We'll name you publicly in our newsletter.",
        "We are prepared to tell every one of our Facebook fans exactly who you are.",
        "If not, we intend to notify your customers that the goods they bought are not ours.",
        "We won't hesitate to send this letter to the press.",
        "We will write to your payment provider and your hosting company.",
    ],
)
def test_a_threat_to_shame_or_to_press_through_others_is_warned(sentence: str) -> None:
    assert "letter.no-threat" in warned_by("hijacker-cease-desist", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the offers are still live after 48 hours, we will report them through Brand Registry"
        " and reserve all other remedies.",
        "Please send us your supplier invoices within 48 hours and we will review them.",
        "Selling different goods under our name misleads our customers.",
        "Our product photos, which you copied, were first posted on our Instagram page in 2022.",
        "If we do not hear from you, we will file a lawsuit in the appropriate court.",
        "We will contact you again if the offer is still active.",
        "We will let you know once we have reviewed your invoices.",
        "If you believe your goods are genuine, tell us who your supplier is and we will check"
        " with them.",
        "We will inform Amazon Seller Performance of the violation.",
        "Your listing tells customers the kettle is ours, which it is not.",
    ],
)
def test_the_stated_remedies_are_no_threat(sentence: str) -> None:
    assert "letter.no-threat" not in warned_by("hijacker-cease-desist", sentence)
