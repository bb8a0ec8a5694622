"""A document an appeal attaches keeps its verb of attaching however long the list before it
("Attached are Invoice LM-23-1187, November 14, 2023, for 120 units of B0…, and the letter of
authorization our supplier issued to us"); a document the same sentence says it lacks or will
only ask for is still none attached. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from sellermail.compose.catalogue import builtin

SCENARIO = builtin().find("appeal-authenticity")


def _invented(sentence: str) -> bool:
    text = sellermail.render(SCENARIO, SCENARIO.example).text
    report = sellermail.check(SCENARIO, SCENARIO.example, f"{text}\n\n{sentence}")
    return any("document" in v.detail for v in report.violations if v.kind == "invented_fact")


@pytest.mark.parametrize(
    "sentence",
    ["Attached are the supplier invoice from March 3, 2024, covering all 300 units we sold, and the "
     "letter of authorization the manufacturer issued to us.",
     "We enclose our purchase records for the last six months, the packing lists for each delivery "
     "and a certificate of authenticity signed by the brand."],
)  # fmt: skip
def test_a_document_far_in_an_attached_list_is_invented(sentence: str) -> None:
    assert _invented(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["We attach the invoices from March 3, 2024, covering all 300 units we sold, but we do not "
     "have a letter of authorization from the brand.",
     "We have provided the invoices for every unit sold this year, and if a letter of authorization "
     "is needed we will request one."],
)  # fmt: skip
def test_a_document_the_sentence_lacks_is_none_attached(sentence: str) -> None:
    assert not _invented(sentence)
