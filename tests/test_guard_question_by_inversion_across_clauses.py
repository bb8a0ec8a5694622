"""A clause opened by its auxiliary, the subject after it, in a sentence ending with a
question mark is asked, however many clauses follow before the mark ("Has the parcel arrived,
and does everything fit?"): it claims nothing; the same words stated still claim.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _claims_delivery(sentence: str) -> bool:
    report = with_added("shipping-in-transit", "en", sentence, IN_TRANSIT)
    return any(
        v.kind == "invented_fact" and "arrived" in v.detail
        for v in report.violations
        if v.severity == "block"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Has the parcel arrived, and does everything fit?",
        "Has it been delivered yet, or is the tracking still stuck, or something else?",
        "Just checking: has your order arrived, and is it all in one piece?",
    ],
)
def test_an_inverted_question_across_clauses_claims_nothing(sentence: str) -> None:
    assert not _claims_delivery(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your parcel has arrived, and we hope everything fits.",
        "The parcel was delivered, so could you check the box?",
    ],
)
def test_the_same_words_stated_still_claim(sentence: str) -> None:
    assert _claims_delivery(sentence)
