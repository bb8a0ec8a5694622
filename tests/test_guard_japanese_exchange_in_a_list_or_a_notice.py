"""Japanese names an exchange without an offering verb of its own: as one item of a list of
options under a lead that offers them (「以下のいずれかで対応いたします」 1. 交換), or as the
exchange for the unit the buyer chooses (ご希望のカラーとの交換). Those offer it. A notice of a
shipment (a subject line: 交換品発送のお知らせ, 再発送のご案内) tells of one and offers none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from offered import FACTS, offer_blocks

HEAD = "David 様\n\nご注文の商品はすでに発送済みのため、変更を承ることができません。\n"
TAIL = "\nお受け取り後にご希望をお知らせください。\n\nMaple Home"


def _offer_blocks(draft: str) -> list[str]:
    facts = {**FACTS, "offers": ["replacement", "full_refund"]}
    report = checked("exchange-after-shipment", "ja", draft, facts)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    "options",
    [
        "到着後、次のいずれかにてご対応いたします。\n1. 交換\n2. 全額返金\n",
        "対応方法は以下のとおりです。\n・交換品の発送\n・全額返金\n",
        "以下のどちらかで対応いたします。\n① ご指定の色との交換\n② 全額返金\n",
    ],
)
def test_an_exchange_named_among_options_is_offered(options: str) -> None:
    assert not _offer_blocks(HEAD + options + TAIL)


@pytest.mark.parametrize("line", ["件名：交換品発送のお知らせ", "再発送のご案内"])
def test_a_notice_of_a_shipment_offers_nothing(line: str) -> None:
    assert not offer_blocks("ja", line, ["full_refund"])


@pytest.mark.parametrize("line", ["交換品を発送いたします。", "交換品発送のご案内をいたします。"])
def test_a_shipment_promised_still_offers_an_exchange(line: str) -> None:
    assert any("adds a replacement" in b for b in offer_blocks("ja", line, ["full_refund"]))
