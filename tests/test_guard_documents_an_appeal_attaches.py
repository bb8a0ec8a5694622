"""An appeal that says it attaches a kind of document the seller's facts never name (a letter
of authorization, a test report, a certificate) invents evidence; attaching the invoices the
facts list, or naming such a document without attaching it, does not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from sellermail.compose.catalogue import builtin

SCENARIO = builtin().find("appeal-authenticity")


def _invented(sentence: str) -> list[str]:
    text = sellermail.render(SCENARIO, SCENARIO.example).text
    report = sellermail.check(SCENARIO, SCENARIO.example, f"{text}\n\n{sentence}")
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We also attach a letter of authorization from the brand owner.",
        "A lab report from an independent laboratory is attached.",
        "We have uploaded a certificate of authenticity for the product.",
    ],
)
def test_a_document_no_fact_names_is_invented(sentence: str) -> None:
    assert any("document" in d for d in _invented(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We attach the invoices listed above once more.",
        "We will ask the brand for a letter of authorization if you need one.",
    ],
)
def test_listed_or_unattached_documents_invent_nothing(sentence: str) -> None:
    assert not [d for d in _invented(sentence) if "document" in d]
