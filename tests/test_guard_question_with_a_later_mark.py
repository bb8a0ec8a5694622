"""A claim asked with the verb first ("Has it arrived, and is everything fine?") is a question
though its mark closes a later clause; stated, it is still a claim. (Sentences of our own.)"""

from __future__ import annotations

from sellermail.guard.claims import claims


def test_an_inverted_question_claims_nothing() -> None:
    assert not claims("Has the lamp arrived yet, and does it work this time?")
    assert not claims("Did it get to you, and has it arrived in one piece?")


def test_a_statement_before_a_question_is_still_a_claim() -> None:
    assert [c.name for c in claims("The lamp has arrived, so does it work now?")] == ["delivered"]
