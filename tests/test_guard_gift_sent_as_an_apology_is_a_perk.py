"""A free item or gift sent to the buyer as an apology or thanks is a remedy the facts must
offer, whether put in the parcel or sent on its own ("お詫びの気持ちとして…を1点お送りいたします",
"Als kleine Entschuldigung schicken wir Ihnen … zu"); a remedy the facts offer, framed as an
apology, adds nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "お詫びのしるしとして、当店オリジナルのマグカップを1つお送りいたします。"),
        ("de", "Als kleine Entschuldigung schicken wir Ihnen außerdem ein Geschirrtuch zu."),
        ("fr", "Pour nous excuser, nous vous enverrons également un tablier en lin."),
        ("es", "Como disculpa, te enviamos también un delantal de lino."),
    ],
)
def test_a_gift_sent_as_an_apology_is_added(language: str, sentence: str) -> None:
    assert any("perk" in detail for detail in offer_blocks(language, sentence, ["replacement"]))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "お詫びとして新しい商品をお送りいたします。"),
        ("de", "Als Entschuldigung schicken wir Ihnen kostenlos einen Ersatz zu."),
    ],
)
def test_an_offered_replacement_framed_as_an_apology_adds_nothing(
    language: str, sentence: str
) -> None:
    assert offer_blocks(language, sentence, ["replacement"]) == []
