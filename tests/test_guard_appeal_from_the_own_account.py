"""A Plan of Action is submitted from the seller's own account (Account Health, the appeal
form), which names the account: the seller ID may be left out of it; written, it must be the
seller's own (another is an invented ID). Its root cause and what prevents a repeat may be
stated in other words than "root cause" and "prevent". (Sentences of our own.)"""

from __future__ import annotations

import sellermail

_SPEC = sellermail.get_scenario("appeal-odr")
_FACTS = dict(_SPEC.example)
_BASE = sellermail.render(_SPEC, _FACTS, channel="amazon").body


def _report(text: str) -> sellermail.Report:
    return sellermail.check(_SPEC, _FACTS, text, channel="amazon")


def _rules(report: sellermail.Report) -> set[str]:
    return {v.rule for v in report.violations if v.rule}


def test_the_seller_id_may_be_left_out() -> None:
    draft = _BASE.replace(" (seller ID A2EXAMPLE1234X)", "")
    assert "A2EXAMPLE1234X" not in draft
    assert _report(draft).ok


def test_another_seller_id_is_invented() -> None:
    report = _report(_BASE.replace("A2EXAMPLE1234X", "A2EXAMPLE1234Y"))
    assert any(v.kind == "invented_fact" for v in report.violations)
    assert any(v.kind == "missing_fact" and v.fact == "seller_id" for v in report.violations)
    assert not report.ok


def test_root_cause_and_prevention_in_other_words() -> None:
    draft = (
        _BASE.replace("Root cause:", "What went wrong:")
        .replace("Preventive measures:", "What we have changed going forward:")
        .replace("Please find our plan of action below.", "")
    )
    assert not {"appeal.plan-root-cause", "appeal.plan-prevention"} & _rules(_report(draft))


def test_a_plan_without_them_is_still_warned() -> None:
    cut = _BASE.split("Root cause:")[0] + "We respectfully request that you reinstate us.\n"
    assert {"appeal.plan-root-cause", "appeal.plan-prevention"} <= _rules(_report(cut))
