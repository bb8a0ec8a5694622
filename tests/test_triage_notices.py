"""Triage revision 2 (shared/spec/inbound-v2.md): notices read by their parts, the new kinds
and scenario rules, "not sure", reply_by, eBay and Walmart order numbers, and reply refusing
to draft an appeal or a letter from a triage that is not sure."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from sellermail.triage.classify import triage
from sellermail.triage.message import parse_message

Run = Callable[..., Result]


def email(subject: str, body: str, *, sender: str = "Seller Performance <sp@amazon.com>",
          date: str = "Fri, 06 Nov 2026 10:00:00 +0000") -> bytes:  # fmt: skip
    return (f"From: {sender}\nSubject: {subject}\nDate: {date}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()  # fmt: skip


RELATED = email(
    "Your selling privileges have been removed",
    """Hello,

We have removed your selling privileges and placed a temporary hold on your funds.

We took this action because this account is related to another selling account that may not
sell on Amazon. Note that amounts paid as a result of A-to-z Guarantee claims and chargebacks
may be deducted from your seller account.

How do I reactivate my account?
Visit the Performance Notifications page and click the Appeal button.""",
)

HOLD = email(
    "Your account",
    """Hello,

We are reviewing your selling account. You can continue to ship your orders, but your
disbursements are held until the review is complete.

Why is this happening?
Because you are a new seller, we review your first sales.

What happens next?
The Order Defect Rate counts negative feedback and A-to-z Guarantee claims.""",
)

OTHERS_LISTINGS = email(
    "Your account is under review",
    """Hello,

Your account is under review and your funds are held, because you offered products on
detail pages of other brands that do not match what you shipped.""",
)


def triaged(data: bytes) -> object:
    return triage(parse_message(data, "test"))


def test_a_notice_is_read_by_its_subject_and_why_not_its_boilerplate() -> None:
    result = triage(parse_message(RELATED, "t"))
    assert (result.kind, result.scenario) == ("amazon-policy-violation", "appeal-policy-violation")
    assert result.facts["policy"] == "policy on related and multiple selling accounts"
    assert result.sure


def test_an_account_hold_that_names_no_violation_suggests_no_appeal() -> None:
    result = triage(parse_message(HOLD, "t"))
    assert result.kind == "amazon-account-under-review" and result.scenario is None


def test_an_account_review_over_others_listings_suggests_the_listing_appeal() -> None:
    result = triage(parse_message(OTHERS_LISTINGS, "t"))
    assert result.scenario == "appeal-listing-violation"


@pytest.mark.parametrize(
    ("body", "scenario", "facts"),
    [
        ("We removed your listing because the rights owner reported that its images copy "
         "their photographs.\n\nASIN: B0CHN4K7WS", "appeal-image-infringement", {}),
        ("We removed your listing after a trademark complaint.\n\nComplaint ID: 12904418736\n"
         "Rights owner: Voltaris Inc.", "ip-complaint-retraction",
         {"complaint_id": "12904418736", "rights_owner": "Voltaris Inc."}),
        ("Your account has been deactivated because of repeated intellectual property "
         "complaints about your products.", "appeal-policy-violation",
         {"policy": "Intellectual Property Policy"}),
    ],
)  # fmt: skip
def test_an_ip_complaint_is_answered_by_what_it_names(
    body: str, scenario: str, facts: dict[str, str]
) -> None:
    result = triage(parse_message(email("Intellectual property complaint", body), "t"))
    assert (result.kind, result.scenario) == ("amazon-ip-complaint", scenario)
    assert facts.items() <= result.facts.items()


def test_an_ip_complaint_naming_neither_images_nor_an_owner_suggests_nothing() -> None:
    body = "We removed your listing after a trademark complaint from the rights owner."
    result = triage(parse_message(email("Intellectual property complaint", body), "t"))
    assert result.kind == "amazon-ip-complaint" and result.scenario is None


def test_a_faq_heading_is_no_buyer_question() -> None:
    result = triage(parse_message(RELATED, "t"))  # "How do I reactivate my account?"
    assert result.kind == "amazon-policy-violation" and result.runner_up != "buyer-how-to-use"


def test_one_generic_word_decides_no_notice() -> None:
    result = triage(parse_message(email("Update", "Hello,\n\nThanks for your review."), "t"))
    assert result.kind == "other" and not result.sure and result.scenario is None


def test_two_kinds_close_give_no_scenario_and_a_runner_up() -> None:
    body = ("Hello,\n\nYour account has been deactivated. Your Order Defect Rate is above our "
            "target, and we could not verify your identity.")  # fmt: skip
    result = triage(parse_message(email("Your selling account", body), "t"))
    assert not result.sure and result.scenario is None
    assert {result.kind, result.runner_up} == {"amazon-odr-warning", "amazon-account-deactivated"}


RELAY = """You have received a message.

------------- Begin message -------------
{words}
------------- End message -------------"""


@pytest.mark.parametrize(
    ("sender", "date", "body", "due"),
    [
        ("Ann - Amazon Marketplace <x@marketplace.amazon.com>", "Sat, 07 Nov 2026 10:00:00 +0000",
         RELAY.format(words="My item was never delivered."), "2026-11-08T10:00:00+00:00"),
        ("eBay <ebay@ebay.com>", "Fri, 06 Nov 2026 10:00:00 +0000",
         "A buyer opened a request: item not received.", "2026-11-11T10:00:00+00:00"),
        ("Walmart <relay@relay.walmart.com>", "Fri, 06 Nov 2026 10:00:00 -0600",
         "Where is my order? It still hasn't arrived.", "2026-11-08T10:00:00-06:00"),
        ("Amazon <sp@amazon.com>", "Fri, 06 Nov 2026 10:00:00 +0000",
         "Hello,\n\nRespond within 72 hours with a plan of action.", "2026-11-09T10:00:00+00:00"),
        ("Amazon.de <sp@amazon.de>", "Fri, 06 Nov 2026 10:00:00 +0100",
         "Guten Tag,\n\nbitte antworten Sie innerhalb von 17 Tagen.", "2026-11-23T10:00:00+01:00"),
    ],
)  # fmt: skip
def test_reply_by_follows_the_channel_or_the_notice(
    sender: str, date: str, body: str, due: str
) -> None:
    result = triage(parse_message(email("Message", body, sender=sender, date=date), "t"))
    assert result.reply_by == due


def test_no_date_no_deadline() -> None:
    assert triage(parse_message(b"Where is my order?", "t")).reply_by is None


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("Order number: 14-10358-27741. Where is it?", ["14-10358-27741"]),
        ("my ebay order 23-10822-44519 never came", ["23-10822-44519"]),
        ("Walmart order 2000221875543 still hasn't come", ["2000221875543"]),
        ("Walmart Seller Center\nPO #: 4812290017\nWhere is my order?", ["4812290017"]),
        ("Order 4812290017 has not arrived", []),  # no label and no Walmart: not an order
    ],
)
def test_ebay_and_walmart_order_numbers_are_found(text: str, orders: list[str]) -> None:
    facts = triage(parse_message(text.encode(), "t")).facts
    found = facts.get("order_ids") or ([facts["order_id"]] if "order_id" in facts else [])
    assert found == orders


def test_a_latin1_notice_is_read_as_latin1() -> None:
    text = "Guten Tag,\n\nIhr Verkäuferkonto wurde deaktiviert, weil wir Ihre Identität nicht verifizieren konnten."
    result = triage(parse_message(text.encode("cp1252"), "t"))
    assert result.kind == "amazon-account-deactivated" and result.language == "de"


def test_reply_drafts_no_appeal_from_a_triage_that_is_not_sure(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "notice.eml"
    body = ("Hello,\n\nYour account has been deactivated. Your Order Defect Rate is above our "
            "target, and we could not verify your identity.")  # fmt: skip
    path.write_bytes(email("Your selling account", body))
    result = run("reply", str(path), "--offline")
    assert result.code == 2 and result.out == ""
    [line] = result.err.splitlines()
    assert "amazon-odr-warning" in line and "amazon-account-deactivated" in line
    assert "--scenario" in line and line.startswith("error: reply: not sure whether this is")
    chosen = run("reply", str(path), "--offline", "--scenario", "appeal-account-verification",
                 "--set", "store_name=Maple Home", "--set", "root_cause=our bank letter was old",
                 "--set", "corrective_actions=we uploaded a new one", "--set",
                 "documents=a bank statement from October 2026", "--json")  # fmt: skip
    assert chosen.code == 0, chosen.err
    assert json.loads(chosen.out)["scenario"] == "appeal-account-verification"


def test_reply_drafts_no_appeal_for_a_hold_that_names_no_violation(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "hold.eml"
    path.write_bytes(HOLD)
    result = run("reply", str(path), "--offline")
    assert result.code == 2
    assert result.err.strip() == (
        "error: reply: amazon-account-under-review: the message names nothing a scenario "
        "answers; if it does, choose one with --scenario ID"
    )


def test_triage_dir_puts_the_earliest_deadline_first(run: Run, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    late = "Sat, 07 Nov 2026 10:00:00 +0000"
    (inbox / "a-later.eml").write_bytes(
        email("Q", RELAY.format(words="Where is my order?"),
              sender="Bo - Amazon Marketplace <b@marketplace.amazon.com>", date=late))  # fmt: skip
    (inbox / "b-sooner.eml").write_bytes(
        email("Case", "A buyer opened a request: item not received.", sender="eBay <e@ebay.com>",
              date="Tue, 03 Nov 2026 10:00:00 +0000"))  # fmt: skip
    (inbox / "c-none.txt").write_bytes(b"Where is my order?")
    out = run("triage", "--dir", str(inbox)).out
    assert out.index("b-sooner") < out.index("a-later") < out.index("c-none")
    assert "2026-11-06 10:00" in out and "2026-11-08 10:00" in out


def test_a_walmart_relay_is_a_buyers_message_with_its_order_number() -> None:
    data = email("Question about your order", "Where is my order 2000221875543?\n\nThanks,\nDana",
                 sender="Walmart Customer <relay-1@relay.walmart.com>")  # fmt: skip
    result = triage(parse_message(data, "t"))
    assert result.facts["order_id"] == "2000221875543" and result.facts["buyer_name"] == "Dana"
    assert result.kind == "buyer-where-is-my-order"


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nWe have placed an account-level reserve on your balance. No action is needed.",
        "Hello,\n\nYour listing is under review. We will reactivate it if it meets our rules.",
    ],
)
def test_a_notice_that_needs_no_reply_is_other(body: str) -> None:
    result = triage(parse_message(email("Update about your account", body), "t"))
    assert result.kind == "other" and result.scenario is None
