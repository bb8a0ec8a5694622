"""A rule written with no word the guard reads as a word (Japanese: "翌週の水曜日") is kept by
the day it names: a draft that leaves the weekend rule out misses it, one that names another
day changes it, and the day said short ("水曜") or in other words keeps it. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"order_id": "250-1234567-7654321", "handling_days": 2, "delivery_business_days": "2-4",
          "weekend_dispatch": "翌週の水曜日", "buyer_name": "山田 花子", "store_name": "Kiefer"}  # fmt: skip


def _wrong(weekend: str) -> set[str]:
    draft = (f"山田 花子 様\n\nご注文（250-1234567-7654321）はご購入から2日以内に発送いたします。{weekend}"
             "発送後2～4営業日でお届けします。\n\nKiefer\n")  # fmt: skip
    report = checked("tracking-number-reply", "ja", draft, _FACTS)
    return {v.kind for v in report.violations if v.kind in ("missing_fact", "invented_fact")}


def test_the_weekend_rule_left_out_is_missing() -> None:
    assert "missing_fact" in _wrong("")


def test_another_day_is_changed() -> None:
    assert _wrong("土日のご注文は翌週の木曜日の発送です。")


@pytest.mark.parametrize("said", ["土日のご注文は翌週の水曜日の発送です。",
                                  "週末にいただいたご注文は、翌週水曜の発送となります。"])  # fmt: skip
def test_the_day_in_other_words_keeps_it(said: str) -> None:
    assert not _wrong(said)
