"""A draft that says the item was tested, inspected or repaired, or its fault fixed ("we
bench-tested the new unit", "der Akkufehler wurde behoben") states what happened: no fact of
the order supports it, in any language; the same words as a plan, a condition or a negation
claim nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims_repair(language: str, sentence: str) -> bool:
    report = with_added("replacement-shipped", language, sentence)
    return any("tested, inspected or repaired" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Before it left, we bench-tested the new unit for an hour."),
        ("en", "The replacement has been carefully inspected by our technicians."),
        ("en", "The battery defect has since been fixed."),
        ("de", "Wir haben den Ersatzartikel vor dem Verpacken gründlich geprüft."),
        ("de", "Der Akkufehler wurde in der neuen Serie behoben."),
        ("fr", "Nous l'avons testé pendant deux jours avant l'envoi."),
        ("fr", "Le défaut de la batterie a été corrigé sur ce modèle."),
        ("es", "Hemos reparado el aparato y lo enviamos hoy."),
        ("es", "El fallo de la batería ha sido solucionado."),
        ("it", "Abbiamo collaudato il nuovo apparecchio prima della spedizione."),
        ("it", "Il difetto della batteria è stato risolto."),
        ("ja", "発送前に動作確認いたしました。"),
        ("ja", "バッテリーの不具合を修正しました。"),
    ],
)
def test_a_repair_or_test_no_fact_gives_is_caught(language: str, sentence: str) -> None:
    assert _claims_repair(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have checked the tracking and the parcel is moving."),
        ("en", "If anything is wrong with it, we will test it ourselves."),
        ("de", "Wir haben die Sendungsnummer noch einmal geprüft."),
        ("de", "Sollte das Gerät nicht funktionieren, prüfen wir es gern."),
        ("fr", "Nous n'avons pas encore testé ce modèle."),
        ("es", "Si el problema continúa, lo revisaremos."),
        ("it", "Se il problema persiste, lo verificheremo noi."),
        ("ja", "万が一不具合がございましたら、点検いたします。"),
    ],
)
def test_a_plan_a_condition_or_the_tracking_checked_claims_none(
    language: str, sentence: str
) -> None:
    assert not _claims_repair(language, sentence)
