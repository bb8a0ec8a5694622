"""Japanese offers an exchange as お取り替え (取り替え, 取替) as well as 交換, and offers a choice of
remedies with a humble する (交換または返金をさせていただきます): both offer the exchange; the
same words asked about or declined do not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from offered import FACTS, offer_blocks

HEAD = "David 様\n\nご注文の品はすでに出荷済みで、内容の変更はできかねます。\n"
TAIL = "\nお届け後にご連絡ください。\n\nMaple Home"


@pytest.mark.parametrize(
    "options",
    [
        "お届け後、新品とお取り替えするか、全額返金いたします。\n",
        "お届け後は、お取り替えか全額返金のいずれかをお選びください。\n",
        "お届け後、状況に応じて交換か全額返金をさせていただきます。\n",
    ],
)
def test_an_exchange_in_other_words_is_offered(options: str) -> None:
    facts = {**FACTS, "offers": ["replacement", "full_refund"]}
    report = checked("exchange-after-shipment", "ja", HEAD + options + TAIL, facts)
    assert not [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    "sentence",
    ["お取り替えのご依頼について確認いたしました。", "交換をさせていただくことはできかねます。"],
)
def test_an_exchange_asked_about_or_declined_is_no_offer(sentence: str) -> None:
    assert not any("replacement" in b for b in offer_blocks("ja", sentence, ["full_refund"]))


def test_an_exchange_in_other_words_is_added_where_none_is_offered() -> None:
    blocks = offer_blocks("ja", "新品とお取り替えいたします。", ["full_refund"])
    assert any("adds a replacement" in b for b in blocks), blocks
