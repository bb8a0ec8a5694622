"""An appeal's list of attachments (a line of attaching, "We enclose:", then its items) says
each item goes with the appeal: a kind of document in it that the seller's facts never name
(a utility bill, a bank statement, articles of incorporation, an ID card) is invented; the
documents the facts name are not, nor a document in a list that attaches nothing.
(Documents and sentences of our own.)"""

from __future__ import annotations

import sellermail
from sellermail.compose.catalogue import builtin

SCENARIO = builtin().find("appeal-account-verification")
FACTS = dict(SCENARIO.example) | {
    "documents": ["a scan of our business license", "the passport of our director, Ana Ruiz"]
}
BASE = sellermail.render(SCENARIO, FACTS).text


def _invented(text: str) -> list[str]:
    report = sellermail.check(SCENARIO, FACTS, text)
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


def _with_list(opening: str, *items: str) -> str:
    return BASE + f"\n{opening}\n" + "".join(f"- {item}\n" for item in items)


def test_a_listed_document_no_fact_names_is_invented() -> None:
    text = _with_list("We also enclose:", "a recent phone bill for our office",
                      "our articles of incorporation", "a bank statement from May")  # fmt: skip
    found = _invented(text)
    assert any("phone bill" in d for d in found)
    assert any("articles of incorporation" in d for d in found)
    assert any("bank statement" in d for d in found)


def test_the_documents_the_facts_name_are_no_invention() -> None:
    text = _with_list("We also enclose:", "a scan of our business license",
                      "the passport of our director, Ana Ruiz")  # fmt: skip
    assert not _invented(text)


def test_a_list_that_attaches_nothing_invents_no_document() -> None:
    text = _with_list("What we checked before writing:", "the address on our bank statement")
    assert not [d for d in _invented(text) if "document" in d]
