"""A Plan of Action that puts the cause on another for not passing on what the seller needed —
a supplier that did not send the data sheet, a manufacturer that never mentioned a
requirement, a forwarder that failed to include the papers — blames others, whatever the verb
of passing on (send, provide, supply, include, share, tell, mention). The seller not asking,
not checking or not including, or another sending it now, warns of nothing. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-image-infringement", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our supplier did not send us the safety data sheet, so we listed the item without it.",
        "The manufacturer never mentioned that a test summary was required for this battery.",
        "The factory failed to include the certificates in the shipment.",
        "We only learned of the requirement later because the supplier had not told us about it.",
        "Our manufacturer never supplied the compliance paperwork, which is why our listing lacked it.",
    ],
)
def test_not_passing_on_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We did not ask our supplier for the safety data sheet before listing the item.",
        "Our supplier has now sent us the UN38.3 test summary, which we have uploaded.",
        "We failed to include the safety data sheet when we created the listing.",
        "We have asked our supplier to send every certificate with each shipment.",
    ],
)
def test_owning_what_was_missing_warns_of_nothing(sentence: str) -> None:
    assert "appeal.no-blame-others" not in _warnings(sentence)
