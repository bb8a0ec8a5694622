"""An appeal that attaches a translation, an affidavit or a notarized copy of a document the
facts name attaches a paper no fact names; the named document itself is still fine.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {"store_name": "Oak & Ivy", "documents": ["a copy of our company registration"],
          "root_cause": "Our company name was entered with a typo, so it did not match our registration",
          "corrective_actions": ["We have corrected the company name in our account settings"],
          "preventive_measures": ["A colleague checks every account change against our papers"]}  # fmt: skip

_BODY = (
    "Dear Amazon team,\n\nWe appeal the deactivation of Oak & Ivy.\n\nRoot cause: our company "
    "name was entered with a typo, so it did not match our registration.\n\nCorrective action: "
    "we have corrected the company name in our account settings.\n\nPrevention: a colleague "
    "checks every account change against our papers.\n\nWe attach the following documents:\n"
    "1. A copy of our company registration\n{extra}\nOak & Ivy\n"
)


def _invented(extra: str) -> bool:
    report = sellermail.check("appeal-account-verification", _FACTS, _BODY.format(extra=extra))
    return any(v.kind == "invented_fact" for v in report.violations if v.severity == "block")


@pytest.mark.parametrize(
    "extra",
    [
        "2. A certified translation of our company registration\n",
        "2. A notarized copy of our company registration\n",
        "2. An affidavit from our director\n",
    ],
)
def test_a_paper_made_of_another_is_invented(extra: str) -> None:
    assert _invented(extra)


def test_the_named_document_alone_is_fine() -> None:
    assert not _invented("")
