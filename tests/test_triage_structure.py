"""Triage by a message's structure (classify.py, steps 3 and 4): who writes to whom decides
what a message can be. A marketplace's report on the seller's own metrics is no buyer's
question, a payment service's hold is no Amazon account review, a policy notice about reviews
is no review, a buyer's change of address or cancellation is no exchange."""

from __future__ import annotations

import pytest

from sellermail.triage.classify import triage
from sellermail.triage.message import parse_message


def email(sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\nSubject: {subject}\nDate: Mon, 07 Dec 2026 10:00:00 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()  # fmt: skip


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("Walmart Marketplace <noreply@walmart.com>",
         "Action needed: your On-Time Delivery rate is below standard",
         "Hi Seller,\n\nYour on-time delivery rate for the last 30 days is 88.2%, below the 90% "
         "standard. Orders that arrive late hurt customer trust. Please review your carriers so "
         "that orders are delivered by the promised date.\n\nWalmart Seller Performance"),
        ("eBay <ebay@ebay.de>", "Ihr Verkäuferstatus: unter dem Standard",
         "Hallo,\n\nbei der letzten Bewertung Ihrer Leistung lag Ihre Quote verspäteter "
         "Lieferungen bei 9 %. Käufer warten zu lange auf ihre Artikel.\n\nIhr eBay-Team"),
    ],
)  # fmt: skip
def test_a_report_on_the_sellers_metrics_is_no_buyer_question(
    sender: str, subject: str, body: str
) -> None:
    result = triage(parse_message(email(sender, subject, body), "t"))
    assert result.kind == "other" and result.scenario is None


def test_a_payment_services_hold_is_no_amazon_account_review() -> None:
    body = ("Hello,\n\nWe've placed a temporary hold on payments you receive for items sold. "
            "Your account is under review while we check recent activity.\n\nPayPal")  # fmt: skip
    result = triage(parse_message(email("PayPal <service@paypal.com>", "A hold", body), "t"))
    assert result.kind == "other" and result.scenario is None


def test_a_policy_notice_about_reviews_is_no_review() -> None:
    body = ("Hello,\n\nWe found that you offered buyers free products in return for positive "
            "customer reviews. This violates our Seller Code of Conduct.\n\n"
            "How do I reactivate my account?\nSend us a plan of action.")  # fmt: skip
    result = triage(parse_message(email("Amazon <sp@amazon.com>", "Your account", body), "t"))
    assert result.kind == "amazon-policy-violation"
    assert result.scenario == "appeal-policy-violation"


@pytest.mark.parametrize(
    "words",
    [
        "Hola, ¿podéis cambiar la dirección de envío de mi pedido? Me he mudado. Gracias",
        "Hi, please cancel my order, I ordered it twice by accident. Thanks",
        "Bonjour, je voudrais annuler ma commande, merci.",
    ],
)
def test_a_change_of_address_or_a_cancellation_is_no_exchange(words: str) -> None:
    result = triage(parse_message(words.encode(), "t.txt"))
    assert result.kind == "other" and result.scenario is None


@pytest.mark.parametrize(
    "words",
    [
        "Guten Tag, meine Sendungsnummer ist 00340434161094287312. Wo befindet sich das Paket?",
        "Hallo, laut DHL 00340434161094287312 seit einer Woche im Verteilzentrum. "
        "Wo steckt meine Sendung?",
        "Können Sie mir sagen, wo mein Paket ist? Die Sendungsnummer 00340434161094287312 "
        "zeigt seit Tagen denselben Status.",
    ],
)
def test_a_german_buyer_with_a_tracking_number_asks_where_the_parcel_is(words: str) -> None:
    assert triage(parse_message(words.encode(), "t.txt")).kind == "buyer-where-is-my-order"
