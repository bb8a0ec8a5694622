"""A Plan of Action blames another by cause as well as by fault: the other (or its system)
failing and that failing said to have caused, led or contributed to the problem ("the
courier's van broke down, which contributed to the delay"), the problem said to be due to the
other ("our reply came late because of the outage on Amazon's side"), or the other said to have
acted too soon for the seller ("the buyer escalated prematurely", "before we could reply"). All
warn; the seller's own failing as the cause, or the other merely named in a cause of our own,
warn of nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-a-to-z", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The courier's van broke down twice that week, which contributed to the late delivery.",
        "Amazon's app did not send us any alert, and this led to the three-day delay.",
        "The carrier failed to scan the parcel at the depot, causing the buyer to believe it was lost.",
        "The supplier never told us about the new handle, which played a big part in the mix-up.",
        "Seller Central notifications were down for two days, which made it impossible to answer.",
        "Our reply came late largely because of the notification outage on Amazon's side.",
        "The missed message was partly due to the buyer writing to an old address.",
        "The delay was caused by the courier losing the first label.",
        "The error stemmed from the manufacturer's change of packaging.",
    ],
)
def test_problem_caused_by_another_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The customer opened the claim before allowing us any time to reply.",
        "Amazon closed the case before we could send our evidence.",
        "The buyer escalated prematurely, only a day after writing to us.",
        "The complainant never gave us a chance to explain.",
    ],
)
def test_another_acting_too_soon_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We did not check the supplier's batch, which led to the wrong handle being shipped.",
        "Our outdated photo caused the buyer to receive a different model than expected.",
        "The delay was caused by our agent missing the buyer's message.",
        "The buyer received a dumbbell that did not match our listing photo, which led to the claim.",
        "Due to the buyer's claim, we reviewed every listing photo in our store.",
        "The error was due to a missing check on our side.",
        "We now answer every message before the buyer has to ask twice.",
        "The buyer waited three days before we replied, which is unacceptable on our part.",
    ],
)
def test_a_cause_of_our_own_warns_of_nothing(sentence: str) -> None:
    assert "appeal.no-blame-others" not in _warnings(sentence)
