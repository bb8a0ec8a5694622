"""A review asked "in return" for the remedy the seller gives ("in cambio", "a cambio",
"en échange", "im Gegenzug", "dafür bitten wir", "その代わりに", "in return"): an incentive,
in every language. The old item given back "in exchange for" the new one is a swap.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_INCENTIVE = {"review.no-incentive"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Se sceglie il rimborso, in cambio Le chiediamo soltanto di aggiornare la Sua recensione."),
        ("it", "Le mandiamo una nuova moka e in cambio ci basterebbe una recensione."),
        ("es", "Le enviamos otro reloj; a cambio, solo le pedimos que cuente su experiencia en una reseña."),
        ("fr", "Nous vous envoyons un nouvel article; en échange, nous vous demandons simplement un petit avis."),
        ("de", "Wir schicken Ihnen ein neues Geschirr, im Gegenzug bitten wir Sie nur, Ihre Erfahrung in einer Rezension zu schildern."),
        ("de", "Wir erstatten den vollen Betrag; dafür bitten wir Sie um eine kurze Bewertung."),
        ("ja", "新品をお送りします。その代わりに、レビューでご感想をお聞かせください。"),
        ("en", "If you choose the replacement, all we ask in return is that you describe your new experience in the review."),
        ("en", "We'll refund you in full; in exchange, we only ask for a short review."),
    ],
)  # fmt: skip
def test_a_review_asked_in_return_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _INCENTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Le enviamos el reloj nuevo a cambio del defectuoso, sin coste alguno."),
        ("it", "Le inviamo una moka nuova in cambio di quella difettosa."),
        ("fr", "Nous vous envoyons un nouvel article en échange de l'article défectueux."),
        ("de", "Im Gegenzug senden Sie uns bitte das defekte Gerät zurück."),
        ("it", "In cambio Le chiediamo solo di rispedirci la moka difettosa."),
        ("ja", "代わりに新しい商品をお送りします。"),
        ("en", "In exchange for the faulty kettle, we will send you a new one."),
        ("en", "We send a new one in exchange for the old unit; you are welcome to leave an honest review."),
    ],
)  # fmt: skip
def test_a_swap_in_exchange_passes(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _INCENTIVE
