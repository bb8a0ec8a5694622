"""A refusal just before a remedy's verb ("we won't send them again", "we will never resend")
offers nothing; a refusal of something else further before the remedy ("we won't charge you
for the replacement") leaves the remedy offered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offers_read import read

REFUSED = [
    "If you'd rather not hear from us, reply STOP and we won't send them again.",
    "Tell us and we will not send these newsletters again.",
]
OFFERED = ["We won't charge you anything for the replacement."]


@pytest.mark.parametrize("sentence", REFUSED)
def test_nothing_is_offered(sentence: str) -> None:
    assert not read("en", sentence)[0]


@pytest.mark.parametrize("sentence", OFFERED)
def test_the_remedy_further_on_is_offered(sentence: str) -> None:
    assert "replacement" in read("en", sentence)[0]
