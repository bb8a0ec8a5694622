"""A time named in words in a clause that guesses ("maybe next year", "magari per il prossimo
anno", "vielleicht nächstes Jahr", "来年なら使えるかもしれません") and names nothing the order's
facts time is when the buyer might use the item, no fact of the order; a time given for a
delivery, a dispatch, a refund or a reply is still an invented one, hedged or not, and so is one
only supposed ("if you are not home on Monday, the courier…": it times a delivery).
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_PRODUCT = {"en": "school apron", "de": "Schulschürze", "fr": "tablier d'école",
            "es": "delantal escolar", "it": "grembiule scolastico", "ja": "通園スモック"}  # fmt: skip


def _invented(language: str, sentence: str) -> bool:
    product = _PRODUCT[language]
    draft = f"{product}\n\n{sentence}\n\nKiefer & Co\n"
    report = checked("usage-instructions", language, draft,
                     {"product": product, "store_name": "Kiefer & Co"})  # fmt: skip
    return any(v.kind == "invented_fact" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If it is a little big, maybe it will fit next year."),
        ("en", "You could keep it (perhaps for next year) and size up later."),
        ("it", "Se ti sta ancora grande, magari andrà bene il prossimo anno."),
        ("it", "Puoi tenerlo da parte (forse per l'anno prossimo)."),
        ("de", "Vielleicht passt sie ja nächstes Jahr, dann können Sie sie behalten."),
        ("fr", "Il sera peut-être à la bonne taille l'année prochaine."),
        ("es", "Quizás le sirva el próximo año, cuando haya crecido."),
        ("ja", "来年なら使えるかもしれません。"),
    ],
)
def test_a_hedged_time_of_use_is_no_invented_fact(language: str, sentence: str) -> None:
    assert not _invented(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your new apron will arrive next Monday."),
        ("en", "Maybe it will be delivered next week."),
        ("it", "Il nuovo grembiule arriverà il prossimo lunedì."),
        ("it", "Magari il rimborso arriva la prossima settimana."),
        ("de", "Vielleicht wird die Schürze nächste Woche geliefert."),
        ("fr", "Le colis sera livré la semaine prochaine."),
        ("es", "Quizás el reembolso llegue el próximo mes."),
        ("ja", "来週お届けできるかもしれません。"),
        ("en", "If you are not home on Monday, the courier will leave a card."),
        ("de", "Falls Sie nächste Woche nicht zu Hause sind, hinterlässt der Bote eine Karte."),
        ("it", "Se lunedì prossimo non sei in casa, il corriere lascerà un avviso."),
    ],
)
def test_a_time_of_the_order_is_still_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence)
