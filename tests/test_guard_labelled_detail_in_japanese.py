"""A labelled detail written without Latin words or numbers ("色: ナチュラル") is kept as
written: a draft that drops it misses a fact. (Sentences of our own.)"""

from __future__ import annotations

from drafted import checked


def _missing(language: str, facts: dict[str, object], draft: str) -> list[str | None]:
    report = checked("order-quantity-confirmation", language, draft, facts)
    return [v.fact for v in report.violations if v.kind == "missing_fact"]


_JA = {"order_id": "503-1112223-3334445", "product": "園芸用手袋", "quantity": 4,
       "specs": ["サイズ: M", "色: モスグリーン"], "store_name": "緑の庭"}  # fmt: skip


def test_a_japanese_detail_dropped_is_missing() -> None:
    draft = (
        "ご注文番号 503-1112223-3334445「園芸用手袋」4点、サイズMでよろしいでしょうか。\n\n緑の庭\n"
    )
    assert "specs" in _missing("ja", _JA, draft)


def test_a_japanese_detail_kept_is_kept() -> None:
    draft = ("ご注文番号 503-1112223-3334445「園芸用手袋」4点、サイズM、色はモスグリーンで"
             "よろしいでしょうか。\n\n緑の庭\n")  # fmt: skip
    assert _missing("ja", _JA, draft) == []
