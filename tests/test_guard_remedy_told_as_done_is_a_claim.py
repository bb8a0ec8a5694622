"""A remedy told as already made states that it happened ("we were able to send a
replacement", "pudimos reembolsarle", 交換品をご用意することができました, 返金手続きをすでに
完了しております): it offers none anew, and the facts must support it as any claim; told as
done where the facts say so, it passes. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _details(scenario: str, language: str, sentence: str) -> list[str]:
    report = with_added(scenario, language, sentence)
    return [v.detail for v in report.violations if v.kind in ("invented_fact", "offer_mismatch")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We were able to send a replacement this morning."),
        ("de", "Zum Glück konnten wir Ihnen sofort Ersatz schicken."),
        ("fr", "Nous avons pu vous envoyer un remplacement ce matin."),
        ("es", "Pudimos enviarle un reemplazo esta mañana."),
        ("it", "Siamo riusciti a inviarle una sostituzione stamattina."),
        ("ja", "交換用の商品は本日、発送手配を完了いたしました。"),
    ],
)
def test_a_replacement_told_as_done_is_claimed(language: str, sentence: str) -> None:
    details = _details("shipment-no-update", language, sentence)
    assert any("which no fact supports" in d for d in details), details


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "お詫びとして、返金手続きをすでに完了しております。"),
        ("es", "Hemos podido reembolsarle el importe completo."),
    ],
)
def test_a_refund_told_as_done_is_claimed(language: str, sentence: str) -> None:
    details = _details("shipping-in-transit", language, sentence)
    assert any("refund has already been made" in d for d in details), details


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "すぐに交換品をご用意することができました。"),
        ("en", "We were able to send the replacement the same day."),
    ],
)
def test_a_replacement_told_as_done_where_it_was_sent_passes(language: str, sentence: str) -> None:
    assert not _details("replacement-shipped", language, sentence)


def test_a_replacement_one_can_still_prepare_is_offered_not_claimed() -> None:
    details = _details("shipment-no-update", "ja", "交換品をご用意することができます。")
    assert not any("which no fact supports" in d for d in details), details
