"""A message that says another party gave its word — the rights owner, the complainant, a firm
named by its legal form, the carrier or the buyer confirming, agreeing, approving, permitting
or withdrawing — claims what no fact supports (an invented fact), whether the party is the
subject, the agent of a passive, the one the seller contacted ("who agreed") or the source of a
confirmation. Contacting them, asking them, or a condition on their word claims nothing.
(Sentences of our own.)"""

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
        "We reached out to the rights owner, who agreed to withdraw the complaint.",
        "The brand owner has since given us permission to use the images.",
        "Acme Sports Ltd has confirmed it has no further concerns.",
        "We received written confirmation from the complainant that the matter is closed.",
        "We spoke with Elastiq Fitness and they have withdrawn their notice.",
        "The new images were approved by the rights owner last week.",
    ],
)
def test_third_party_word_is_blocked(sentence: str) -> None:
    assert any("confirmed, approved" in d for d in _blocks(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We have contacted the rights owner to apologise.",
        "We have not heard back from the rights owner yet.",
        "If the rights owner agrees, we would like to relist the product.",
    ],
)
def test_no_word_of_theirs_claimed(sentence: str) -> None:
    assert not any("confirmed, approved" in d for d in _blocks(sentence))
