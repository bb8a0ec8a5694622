"""A Plan of Action's blame may name the other by itself: a fault that is someone else's
("it was wholly her fault"), or an act done without or against the seller ("without our
consent", "contrary to our instructions"), which only someone else can do. Both warn; a fault
denied to another, or checks against the seller's own documents, warn of nothing. (Sentences
of our own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-image-infringement", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mix-up with the photos was wholly her fault.",
        "The pictures went live without our consent.",
        "Someone replaced the gallery contrary to our explicit instructions.",
        "These uploads happened behind our back.",
    ],
)
def test_blame_naming_the_other_by_itself_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not their fault; we never checked the source of the photos.",
        "A second person now checks every picture against our licence records before it goes live.",
    ],
)
def test_owning_the_fault_warns_of_nothing(sentence: str) -> None:
    assert "appeal.no-blame-others" not in _warnings(sentence)
