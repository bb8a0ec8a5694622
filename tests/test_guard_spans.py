"""Each violation says where its words are in the draft (``span``), so a page can highlight it."""

from __future__ import annotations

import json
from collections.abc import Callable

import sellermail
from conftest import Result

Run = Callable[..., Result]
FACTS = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": "Emily"}


def draft() -> str:
    base = sellermail.render("shipping-in-transit", FACTS).text
    return (
        base.replace("LX123456785CN", "LX123456786CN")
        + "\n\nVisit www.maple-home.com and leave us a 5-star review! [Your Name] "
        + "We will refund you in full."
    )


def test_every_violation_with_words_points_at_them() -> None:
    text = draft()
    report = sellermail.check("shipping-in-transit", FACTS, text)
    kinds = {v.kind for v in report.violations}
    assert {"missing_fact", "invented_fact", "placeholder", "policy", "offer_mismatch"} <= kinds
    for violation in report.violations:
        if violation.kind == "missing_fact":
            assert violation.span is None
            continue
        assert violation.span is not None, violation
        start, end = violation.span
        words = text[start:end]
        assert (words and words.lower() in violation.detail.lower()) or violation.kind == (
            "offer_mismatch"
        ), (violation, words)


def test_an_added_remedy_points_at_its_phrase() -> None:
    text = draft()
    report = sellermail.check("shipping-in-transit", FACTS, text)
    added = next(v for v in report.violations if v.kind == "offer_mismatch")
    assert added.span is not None
    assert "refund" in text[added.span[0] : added.span[1]].lower()


def test_check_json_gives_each_span_or_null(run: Run) -> None:
    args = [f"--set={k}={v}" for k, v in FACTS.items()]
    result = run("check", "shipping-in-transit", "-", *args, "--json", stdin=draft())
    violations = json.loads(result.out)["violations"]
    assert all(
        list(v) == ["kind", "fact", "detail", "severity", "rule", "span"] for v in violations
    )
    assert any(v["span"] is None for v in violations if v["kind"] == "missing_fact")
    assert all(isinstance(v["span"], list) for v in violations if v["kind"] == "placeholder")
