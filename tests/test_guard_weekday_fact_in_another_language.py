"""A weekday given in one language ("the following Monday") is kept by the same day said in the
draft's ("il lunedì successivo", "am folgenden Montag", 翌週の月曜日) and is no invented day;
another day still changes the fact. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"order_id": "402-6617093-2248815", "handling_days": 1, "buyer_name": "Sara",
          "weekend_dispatch": "the following Monday", "store_name": "Lumiwise"}  # fmt: skip
_ORDER = {
    "it": "Ciao Sara,\n\nspediamo l'ordine 402-6617093-2248815 entro 1 giorno; {day}\n\nLumiwise\n",
    "de": "Hallo Sara,\n\nwir versenden die Bestellung 402-6617093-2248815 innerhalb von 1 Tag; {day}\n\nLumiwise\n",
    "es": "Hola Sara:\n\nenviamos el pedido 402-6617093-2248815 en 1 día; {day}\n\nLumiwise\n",
}


def _weekend_wrong(language: str, sentence: str) -> list[str]:
    draft = _ORDER[language].format(day=sentence)
    report = checked("tracking-number-reply", language, draft, _FACTS)
    return [v.detail for v in report.violations
            if v.kind in ("missing_fact", "invented_fact")
            and ("weekend" in v.detail or "not among" in v.detail)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "gli ordini del sabato e della domenica partono il lunedì seguente."),
        ("de", "Bestellungen vom Wochenende verschicken wir am darauffolgenden Montag."),
        ("es", "los pedidos del fin de semana salen el lunes siguiente."),
    ],
)
def test_the_same_weekday_in_the_drafts_language_keeps_it(language: str, sentence: str) -> None:
    assert not _weekend_wrong(language, sentence)


def test_another_weekday_still_changes_it() -> None:
    assert _weekend_wrong("it", "gli ordini del fine settimana partono il martedì seguente.")
