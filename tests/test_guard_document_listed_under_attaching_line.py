"""A document in a list that an attaching line opens ("Enclosed with this appeal:"), its items
apart by blank lines or ticked, is said to be attached: one no fact names (a rental agreement,
a power of attorney) is invented; the documents the facts name are not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {
    "corrective_actions": ["We have corrected our address in Seller Central"],
    "documents": ["a utility bill for our office", "the passport of our director"],
    "preventive_measures": ["A second person checks every change to our account details"],
    "root_cause": "We entered the address of our old office, which no longer matched our bill",
    "seller_id": "A3QK9D2M7XW1PL",
    "store_name": "Vale Street Goods",
}


def _invented(items: list[str], bullet: str = "-") -> list[str]:
    listed = "\n\n".join(f"{bullet} {item}" for item in items)
    draft = (
        "Dear Seller Performance Team,\n\nVale Street Goods (A3QK9D2M7XW1PL).\n\nRoot cause: we "
        "entered the address of our old office, which no longer matched our bill.\n\nActions "
        "taken: we have corrected our address in Seller Central.\n\nPreventive measures: a second "
        "person checks every change to our account details.\n\nEnclosed with this appeal:\n\n"
        f"{listed}\n\nVale Street Goods\n"
    )
    report = sellermail.check("appeal-account-verification", _FACTS, draft)
    return [v.detail for v in report.violations if "document no fact names" in v.detail]


@pytest.mark.parametrize(
    ("extra", "bullet"),
    [
        ("a signed rental agreement for the office", "-"),
        ("a power of attorney for our manager", "✔"),
    ],
)
def test_a_document_added_to_the_list_is_caught(extra: str, bullet: str) -> None:
    given = ["a utility bill for our office", "the passport of our director", extra]
    assert _invented(given, bullet)


def test_the_documents_the_facts_name_invent_nothing() -> None:
    assert not _invented(["a utility bill for our office", "the passport of our director"])
