"""What a message does, however it is phrased: each case appends one sentence to a good
rendering and says which rule must catch it (or that none may)."""

from __future__ import annotations

import pytest

import sellermail

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": "Emily"}

BUYER_BAD = [
    ("Please don't leave negative feedback before talking to us.", "buyer.no-suppression"),
    ("There is no need to open an A-to-z claim; we will sort it out.", "buyer.no-suppression"),
    ("Kindly cancel your return request and we will handle it directly.", "buyer.no-suppression"),
    ("Could you withdraw the case you opened?", "buyer.no-suppression"),
    (
        "Would you take another look at what you wrote on the product page?",
        "review.no-manipulation-implied",
    ),
    (
        "We'd be grateful if you could update your comments about the mug.",
        "review.no-manipulation-implied",
    ),
    (
        "If you are happy with the lamp, please share your experience.",
        "review.no-selective-request",
    ),
    ("Only satisfied customers are invited to leave a rating.", "review.no-selective-request"),
    ("Add us on 微信 for faster help.", "buyer.no-off-platform-disguised"),
    ("Our VX is maplehome88.", "buyer.no-off-platform-disguised"),
    ("Write to support at maplehome dot com.", "buyer.no-off-platform-disguised"),
    ("You can also pay by Pay Pal.", "buyer.no-off-platform-disguised"),
    ("Call five five five, one two three, four five six seven.", "buyer.no-phone-number"),
    ("Check out our new spring collection!", "buyer.no-promotion"),
    ("Use code SAVE20 on your next order.", "buyer.no-promotion"),
    ("Take a look at the rest of our range.", "buyer.no-promotion"),
]
BUYER_GOOD = [
    "If anything is wrong when it arrives, please let us know and we will help.",
    "You can always reach us through Amazon messages.",
    "The carrier's website shows the latest status.",
    "Thank you for your patience while it is on its way.",
    "Please keep the packaging until it arrives safely.",
]


def _transit() -> str:
    return sellermail.render("shipping-in-transit", TRANSIT).text


@pytest.mark.parametrize(
    ("sentence", "rule"), BUYER_BAD, ids=[r + ":" + s[:20] for s, r in BUYER_BAD]
)
def test_a_buyer_message_that_does_this_is_blocked(sentence: str, rule: str) -> None:
    report = sellermail.check("shipping-in-transit", TRANSIT, f"{_transit()}\n\n{sentence}")
    assert not report.ok
    assert rule in {v.rule for v in report.violations}, report.violations


@pytest.mark.parametrize("sentence", BUYER_GOOD)
def test_a_buyer_message_that_does_nothing_wrong_passes(sentence: str) -> None:
    report = sellermail.check("shipping-in-transit", TRANSIT, f"{_transit()}\n\n{sentence}")
    assert report.ok, report.violations


def _appeal() -> tuple[sellermail.Scenario, dict[str, object], str]:
    spec = sellermail.get_scenario("appeal-odr")
    return spec, dict(spec.example), sellermail.render(spec, spec.example, channel="email").text


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The late deliveries were the carrier's fault, not ours.", "appeal.no-blame-others"),
        ("A former employee who caused this has been fired.", "appeal.no-blame-others"),
        ("The buyers who complained were lying to get free items.", "appeal.no-blame-others"),
        ("We beg you to reinstate us; our family depends on this store.", "appeal.no-pleading"),
        ("Please give us one more chance.", "appeal.no-pleading"),
    ],
)
def test_a_plan_of_action_that_blames_or_pleads_is_warned(sentence: str, rule: str) -> None:
    spec, facts, text = _appeal()
    report = sellermail.check(spec, facts, f"{text}\n\n{sentence}", channel="email")
    assert rule in {v.rule for v in report.violations if v.severity == "warn"}, report.violations


def _letter(evidence: str | None = None) -> tuple[sellermail.Scenario, dict[str, object], str]:
    spec = sellermail.get_scenario("hijacker-cease-desist")
    facts = dict(spec.example)
    if evidence is not None and "evidence" in spec.fields:
        facts["evidence"] = [evidence]
    return spec, facts, sellermail.render(spec, facts, channel="email").text


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("You are a thief and a scammer.", "letter.no-accusation"),
        ("Your store sells fakes.", "letter.no-accusation"),
        ("We will go to the police and have you arrested.", "letter.no-threat"),
        ("We will expose you on social media.", "letter.no-threat"),
    ],
)
def test_a_letter_that_accuses_or_threatens_is_warned(sentence: str, rule: str) -> None:
    spec, facts, text = _letter()
    report = sellermail.check(spec, facts, f"{text}\n\n{sentence}", channel="email")
    assert rule in {v.rule for v in report.violations}, report.violations


@pytest.mark.parametrize("opt_out", [
    "If you'd prefer not to hear from us, just reply and let us know.",
    "Reply STOP and we'll take you off our mailing list.",
    "You can manage your email preferences at any time.",
    "To unsubscribe, reply to this e-mail.",
])  # fmt: skip
def test_marketing_email_opt_outs_in_plain_words_are_recognised(opt_out: str) -> None:
    spec = sellermail.get_scenario("vip-invitation")
    facts = dict(spec.example)
    text = sellermail.render(spec, facts, channel="email").text
    lines = [line for line in text.splitlines() if "unsubscribe" not in line.lower()]
    draft = "\n".join(lines) + f"\n\n{opt_out}"
    report = sellermail.check(spec, facts, draft, channel="email")
    assert "email.marketing-opt-out" not in {v.rule for v in report.violations}, report.violations


@pytest.mark.parametrize("address", [
    "Maple Home, 120 Harbor Street, Suite 4, Seattle, WA 98101",
    "Maple Home Ltd, 14 King's Road, London SW3 4RP",
    "Maple Home GmbH, Hauptstraße 12, 10115 Berlin",
    "Maple Home, PO Box 2231, Toronto, ON M5V 2T6",
    "枫叶家居，深圳市南山区科技园路 88 号",
])  # fmt: skip
def test_postal_addresses_in_many_formats_are_recognised(address: str) -> None:
    from sellermail.guard.marketing import POSTAL_ADDRESS

    assert POSTAL_ADDRESS.search(address)


def test_marketing_email_without_any_opt_out_is_blocked() -> None:
    spec = sellermail.get_scenario("vip-invitation")
    facts = dict(spec.example)
    text = sellermail.render(spec, facts, channel="email").text
    draft = "\n".join(line for line in text.splitlines() if "unsubscribe" not in line.lower())
    report = sellermail.check(spec, facts, draft, channel="email")
    assert "email.marketing-opt-out" in {v.rule for v in report.violations}


@pytest.mark.parametrize("sentence", [
    "Our Seller Central password is Qx!7rain#22.",
    "login: maple_ops / password: Hm#2024ship",
    "The verification code is 448213.",
    "OPENAI_API_KEY=sk-proj-4fQ9tLm2Xv7Rk1Zb8NwYc3Hd6Ps0JgUe5TaKq7WmBn2Vx",
])  # fmt: skip
def test_credentials_never_leave_in_any_message(sentence: str) -> None:
    spec, facts, text = _appeal()
    report = sellermail.check(spec, facts, f"{text}\n\n{sentence}", channel="email")
    assert not report.ok
    assert {v.rule for v in report.violations} & {"any.no-credentials", "any.no-secret"}


@pytest.mark.parametrize("sentence", [
    "If you're not satisfied with your experience, please let us know.",
    "If you're not happy with the product, please share a photo of the problem.",
    "If you like, you can share a photo of the label.",
    "The signal on the tracking page may lag a little.",
    "We carry the full range of sizes for this jacket.",
    "Please don't hesitate to contact us.",
])  # fmt: skip
def test_ordinary_customer_service_sentences_pass(sentence: str) -> None:
    report = sellermail.check("shipping-in-transit", TRANSIT, f"{_transit()}\n\n{sentence}")
    assert report.ok, report.violations


@pytest.mark.parametrize("sentence", [
    "Instead of leaving negative feedback, please contact us first.",
    "Rather than filing an A-to-z claim, just message us.",
    "Please reach out to us instead of opening a case.",
    "Please don't report this to Amazon.",
    "Visit maplehome dot com for more.",
])  # fmt: skip
def test_steering_and_spelled_addresses_are_blocked(sentence: str) -> None:
    report = sellermail.check("shipping-in-transit", TRANSIT, f"{_transit()}\n\n{sentence}")
    assert not report.ok


@pytest.mark.parametrize("sentence", [
    "Our packing errors caused two customers to receive damaged items.",
    "The fault was entirely ours, not the buyer's.",
    "We apologize to the buyers for the errors in our listing.",
])  # fmt: skip
def test_a_plan_of_action_owning_its_mistakes_is_not_blame(sentence: str) -> None:
    spec, facts, text = _appeal()
    report = sellermail.check(spec, facts, f"{text}\n\n{sentence}", channel="email")
    assert not {v.rule for v in report.violations} & {"appeal.no-blame", "appeal.no-blame-others"}


def test_the_engines_own_apologetic_appeal_passes_strictly(run: object) -> None:
    for scenario in ("appeal-policy-violation", "appeal-odr", "appeal-a-to-z"):
        spec = sellermail.get_scenario(scenario)
        for tone in ("apologetic", "formal", "firm"):
            text = sellermail.render(spec, spec.example, tone=tone, channel="email").text
            report = sellermail.check(spec, spec.example, text, channel="email", tone=tone)
            assert report.clean, (scenario, tone, report.violations)
