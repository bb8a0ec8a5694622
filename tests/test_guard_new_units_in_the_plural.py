"""A new unit of a product named in the plural ("unos auriculares nuevos", "de nouveaux
écouteurs", "delle cuffie nuove") is a replacement, as the singular is; a new parcel or new
tracking numbers are not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

FACTS = {"buyer_name": "Lena", "order_id": "305-1122334-5566778", "product": "x",
         "offers": ["replacement", "full_refund"], "store_name": "Klangwerk"}  # fmt: skip
REFUND = {"fr": "ou vous rembourser intégralement.", "es": "o reembolsarle el importe íntegro.",
          "it": "oppure rimborsarla per intero."}  # fmt: skip


def _offer_blocks(language: str, sentence: str) -> list[str]:
    text = f"Commande 305-1122334-5566778.\n\n{sentence} {REFUND[language]}\n\nKlangwerk"
    report = checked("review-followup-offer", language, text, FACTS)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Podemos enviarle unas zapatillas nuevas"),
        ("es", "Podemos mandarle unos nuevos cascos"),
        ("fr", "Nous pouvons vous envoyer de nouveaux écouteurs"),
        ("fr", "Nous pouvons vous envoyer des écouteurs neufs"),
        ("it", "Possiamo inviarle delle cuffie nuove"),
        ("it", "Possiamo spedirle dei nuovi auricolari"),
    ],
)
def test_new_units_in_the_plural_are_a_replacement(language: str, sentence: str) -> None:
    blocks = _offer_blocks(language, sentence)
    assert not [b for b in blocks if "replacement" in b], blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Le enviaremos unos números de seguimiento nuevos"),
        ("fr", "Vous recevrez de nouveaux numéros de suivi par e-mail"),
        ("it", "Riceverà dei nuovi codici di tracciamento"),
        ("fr", "Si vous avez de nouvelles questions, écrivez-nous"),
        ("it", "Per delle nuove domande siamo qui"),
    ],
)
def test_new_tracking_numbers_or_questions_are_no_replacement(language: str, sentence: str) -> None:
    blocks = _offer_blocks(language, sentence)
    assert any("drops a replacement" in b for b in blocks), blocks
