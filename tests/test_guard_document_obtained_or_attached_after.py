"""An appeal that says it obtained a document the facts never name ("we have obtained a
letter of authorization") or attaches it in a clause after the document ("which we have
attached") invents it; a document the seller does not claim to hold invents nothing. (Sentences
of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import blocking


def _blocks(sentence: str) -> list[str]:
    spec = sellermail.get_scenario("appeal-listing-violation")
    text = sellermail.render(spec, spec.example).text
    return blocking(sellermail.check(spec, spec.example, f"{text}\n\n{sentence}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "We have secured a distribution agreement with the manufacturer.",
        "A test report from an accredited lab, which we have included, confirms the piece count.",
        "A certificate of incorporation of our company has been uploaded with this appeal.",
    ],
)
def test_document_claimed_is_blocked(sentence: str) -> None:
    assert any("document no fact names" in d for d in _blocks(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not list branded kits unless the brand owner gives us an authorization letter.",
        "We have obtained new photos of every kit and compared them with the detail pages.",
    ],
)
def test_no_document_claimed(sentence: str) -> None:
    assert not any("document no fact names" in d for d in _blocks(sentence))
