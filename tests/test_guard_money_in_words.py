"""An amount said in number words, its cents after the currency in words or two digits, with
or without a joining word ("doce euros con cincuenta", "douze euros cinquante", "12 euros 50",
"zwölf Euro fünfzig", "seven dollars and fifty cents"): one amount, not a whole one that was
never given. A number after a comma or before another word is no cents. (Sentences of our
own.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sellermail.guard.mentions import mentions
from sellermail.guard.numberwords import amounts_in_digits
from sellermail.guard.remedies import offered, phrasing


def _amounts(language: str, text: str) -> list[tuple[Decimal, str]]:
    return [(m.key[1], m.key[2]) for m in mentions(text, language=language) if m.kind == "money"]


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency"),
    [("es", "Le devolvemos doce euros con cincuenta por la molestia.", "12.5", "EUR"),
     ("fr", "Un remboursement de sept euros et cinquante centimes vous convient ?", "7.5", "EUR"),
     ("fr", "Nous vous remboursons douze euros cinquante tout de suite.", "12.5", "EUR"),
     ("fr", "Gardez-les contre 12 euros 50, remboursés aussitôt.", "12.5", "EUR"),
     ("de", "Wir erstatten Ihnen zwölf Euro fünfzig zurück.", "12.5", "EUR"),
     ("it", "Le offriamo un rimborso di dodici euro e cinquanta.", "12.5", "EUR"),
     ("en", "We can refund seven dollars and fifty cents right away.", "7.5", "$"),
     ("es", "Le devolvemos siete euros con noventa céntimos.", "7.9", "EUR"),
     ("it", "Possiamo rimborsarle sette euro e venti centesimi.", "7.2", "EUR"),
     ("de", "Wir erstatten sieben Euro und zwanzig Cent.", "7.2", "EUR")],
)  # fmt: skip
def test_an_amount_with_cents_in_words_is_one_amount(
    language: str, text: str, amount: str, currency: str
) -> None:
    assert _amounts(language, text) == [(Decimal(amount), currency)]


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency"),
    [("fr", "Nous vous remboursons sept euros.", "7", "EUR"),
     ("en", "We refund five dollars, 30 days after the return.", "5", "$"),
     ("es", "Le devolvemos doce euros y 30 días para cambiarlo.", "12", "EUR"),
     ("fr", "Nous remboursons douze euros, 30 jours pour changer d'avis.", "12", "EUR")],
)  # fmt: skip
def test_a_number_after_the_amount_is_no_cents(
    language: str, text: str, amount: str, currency: str
) -> None:
    assert _amounts(language, text) == [(Decimal(amount), currency)]


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Puede quedárselo y le devolvemos siete euros con cincuenta (7,50 €)."),
     ("fr", "Gardez-les, nous vous remboursons sept euros cinquante."),
     ("en", "Keep them and we will refund you seven dollars and fifty cents.")],
)  # fmt: skip
def test_a_refund_of_an_amount_in_words_is_a_partial_refund(language: str, text: str) -> None:
    read = amounts_in_digits(text, language)
    assert len(read) == len(text)
    assert "partial_refund" in offered(read, phrasing(language))
