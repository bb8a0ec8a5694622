"""A German main clause that opens with the buyer's wish and ends in the remedy's verb, however
long the object between them ("Sie möchten die Leinen-Bettwäsche für das Doppelbett
zurückschicken"), recalls what the buyer wants and offers nothing; "wenn Sie möchten, können
Sie sie zurückschicken" is still an offer. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

RECALLED = [
    "Sie möchten die Bettwäsche aus Leinen für das Doppelbett zurückschicken – was ist der Grund?",
    "Du möchtest den großen blauen Bezug aus Leinen zurücksenden, verstehen wir.",
    "Sie wollen den Bezug mit dem Reißverschluss lieber zurückgeben.",
]
OFFERED = [
    "Wenn Sie möchten, können Sie den Bezug aus Leinen gern an uns zurückschicken.",
    "Sie können den Bezug aus Leinen für das Doppelbett jederzeit zurückschicken.",
]


@pytest.mark.parametrize("sentence", RECALLED)
def test_the_buyers_wish_adds_no_return(sentence: str) -> None:
    assert not [b for b in offer_blocks("de", sentence, ["replacement"]) if "return" in b]


@pytest.mark.parametrize("sentence", OFFERED)
def test_a_return_offered_is_still_caught(sentence: str) -> None:
    assert any("adds a return" in b for b in offer_blocks("de", sentence, ["replacement"]))
