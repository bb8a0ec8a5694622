"""Japanese and Chinese set no space between words: a carrier written in kana or kanji is read
where it stands ("ヤマト運輸の宅急便"), so one the facts do not name is invented; a carrier
the facts name may be written by any of its names. (Sentences of our own.)"""

from __future__ import annotations

import sellermail
from sellermail.guard.carriers import carriers_in, same_carrier


def _invented(scenario: str, facts: dict[str, object], added: str) -> list[str]:
    text = sellermail.render(scenario, facts, language="ja").body
    report = sellermail.check(scenario, facts, f"{text}\n{added}", language="ja")
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


def test_a_carrier_next_to_kana_or_kanji_is_read() -> None:
    text = "明日、佐川急便にて発送し、DHLで追跡できます。ヤマトの営業所止めも可能です。"
    assert [name for name, _ in carriers_in(text)] == ["佐川急便", "DHL", "ヤマト"]
    assert carriers_in("No ups and downs, and no Dhlx either.") == []


def test_a_carrier_in_japanese_script_the_facts_do_not_name_is_invented() -> None:
    facts = {"order_id": "503-1122334-5566778", "handling_days": 2, "marketplace": "Amazon.co.jp"}
    assert _invented("tracking-number-reply", facts, "") == []
    assert any("佐川急便" in d for d in _invented("tracking-number-reply", facts,
                                              "配送は佐川急便が担当いたします。"))  # fmt: skip


def test_the_carrier_the_facts_name_may_be_written_by_any_of_its_names() -> None:
    assert "ヤマト運輸" in same_carrier("Yamato") and "Yamato" in same_carrier("クロネコヤマト")
    facts = {"order_id": "503-1122334-5566778", "tracking_number": "LX123456785CN",
             "carrier": "Yamato", "marketplace": "Amazon.co.jp"}  # fmt: skip
    assert _invented("shipping-in-transit", facts, "配送はヤマト運輸が担当しております。") == []
    assert _invented("shipping-in-transit", facts, "配送は日本郵便が担当しております。")
