"""A Plan of Action that says another party's examination — Amazon's inspection, the rights
owner's analysis, a carrier's investigation, testing by the manufacturer — has already
confirmed, verified or proved something claims that party's word, which no fact supports:
whether the examination is the subject ("Amazon's own inspection of our stock has confirmed"),
names the party as its agent ("an audit by the brand owner validated") or is the source
("according to Amazon's review of our invoices"). The seller's own inspection, a request for
one, a condition on one, or the rules a review follows claim nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import blocking


def _blocks(sentence: str) -> list[str]:
    spec = sellermail.get_scenario("appeal-image-infringement")
    text = sellermail.render(spec, spec.example).text
    return blocking(sellermail.check(spec, spec.example, f"{text}\n\n{sentence}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Amazon's own inspection of our stock at the warehouse has already confirmed that the goods "
        "are authentic.",
        "The investigation carried out by Amazon verified that our items are genuine.",
        "According to Amazon's review of our invoices, the products are authentic.",
        "The rights owner's own analysis of our samples proved they are original.",
        "The units were confirmed genuine by the manufacturer.",
        "An audit by the brand owner has validated our supply chain.",
        "The carrier's investigation confirmed the parcel was delivered.",
        "As the recent Amazon inspection has confirmed, our stock is genuine.",
    ],
)
def test_their_finding_claimed_is_blocked(sentence: str) -> None:
    assert any("confirmed, approved" in d for d in _blocks(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We have asked Amazon to inspect our inventory at the fulfillment center.",
        "If Amazon's review confirms the units are genuine, we would like to relist them.",
        "According to Amazon's review guidelines, we may not ask for positive reviews.",
        "Amazon's notice said the buyer suspected the items were not genuine.",
        "The buyer's photos showed a plain inner box without our sticker.",
    ],
)
def test_no_finding_of_theirs_claimed(sentence: str) -> None:
    assert not any("confirmed, approved" in d for d in _blocks(sentence))
