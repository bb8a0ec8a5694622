"""A note meant for the seller's own team left in a message is a leak, in any language: a
named internal note or memo, a note for a colleague, a "do not send", at a line's start or
opening a bracket; ordinary sentences about notes, internal teams or a product's inside are
not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _notes(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.detail for v in report.violations if v.rule == "any.no-internal-note"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "[internal - Mark: customer was rude last time, keep it short]"),
     ("en", "Note for the warehouse: double-check the label before it goes out."),
     ("de", "(Interne Notiz für Jonas: Rücksendequote prüfen)"),
     ("de", "[Nicht senden – erst mit Lager klären]"),
     ("fr", "Note interne : vérifier le stock avant de promettre une date."),
     ("es", "(nota para Carmen: revisar el margen antes de reembolsar)"),
     ("it", "[Interno – Paolo: il corriere ha già perso due pacchi]"),
     ("ja", "【社内メモ】返金前に出荷状況を確認すること"),
     ("ja", "※社内用：在庫切れのため入荷待ち"),
     # a colleague named in more than one word, or told what to keep from the reader
     ("en", "[Note for Maria Jose – check the stock count first]"),
     ("en", "(keep the refund small, do not mention the second warehouse)"),
     ("de", "[Lager: bitte das Ersatzteil nicht erwähnen]"),
     ("fr", "(ne pas mentionner le deuxième entrepôt)")],
)  # fmt: skip
def test_a_note_for_the_team_is_a_leak(language: str, sentence: str) -> None:
    assert _notes(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Please note: the parcel may arrive in two boxes."),
     ("en", "Our internal team has checked the tracking for you."),
     ("en", "Note for your records: the parcel ships from our warehouse."),
     ("de", "Hinweis für Sie: Die Sendung kann in zwei Paketen kommen."),
     ("it", "Interno: cotone morbido, esterno in lino."),
     ("es", "Nota para usted: el paquete puede llegar en dos cajas."),
     ("ja", "内部の部品は交換可能です。"),
     ("en", "(You don't mention the colour, so we sent the one shown.)")],
)  # fmt: skip
def test_ordinary_sentences_are_no_note(language: str, sentence: str) -> None:
    assert not _notes(language, sentence)
