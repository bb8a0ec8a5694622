"""A code the facts' own words hold ("HY-1100B instead of HY-1100" in the root cause) is no
mistyped ID when a draft repeats it; a code one character off an ID that no fact holds is
still invented. (Sentences of our own.)"""

from __future__ import annotations

import sellermail

_FACTS = {
    "asins": ["B0C4KR7ZQ2"],
    "invoices": ["Invoice QP-5521, March 3, 2025: 120 units of B0C4KR7ZQ2"],
    "corrective_actions": ["We have updated the listing to show the QP-5521X carton"],
    "preventive_measures": ["A team member compares every new carton with the listing"],
    "root_cause": "Our supplier moved from carton QP-5521 to carton QP-5521X without telling us",
    "seller_id": "A2ZK7Q1M8XW3PD",
    "store_name": "Lumen Desk",
    "supplier": "Ningbo Qiping Lighting Co., Ltd.",
}
_DRAFT = (
    "Dear Seller Performance Team,\n\nLumen Desk (A2ZK7Q1M8XW3PD), ASIN B0C4KR7ZQ2.\n\n"
    "Root cause: our supplier replaced carton {old} with carton QP-5521X and did not tell us.\n\n"
    "Invoice QP-5521, March 3, 2025: 120 units of B0C4KR7ZQ2, from Ningbo Qiping Lighting Co., "
    "Ltd.\n\nWe have updated the listing to show the QP-5521X carton.\n\n"
    "A team member compares every new carton with the listing.\n\nLumen Desk\n"
)


def _invented(old: str) -> list[str]:
    report = sellermail.check("appeal-authenticity", _FACTS, _DRAFT.format(old=old))
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


def test_a_code_the_root_cause_holds_is_not_invented() -> None:
    assert not _invented("QP-5521")


def test_a_code_no_fact_holds_is_still_invented() -> None:
    assert any("QP-5621X" in d for d in _invented("QP-5621X"))
