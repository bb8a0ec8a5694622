"""The remedy made to wait until the buyer's review "has been" revised, said in the passive or
the future perfect ("dès que votre commentaire aura été revu", "sobald Ihre Bewertung
überarbeitet worden ist", "non appena la sua recensione sarà stata rivista"): a revision asked as
the remedy's condition, in every language. A remedy waiting for the parcel or the return asks no
such thing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {"review.no-manipulation", "review.no-manipulation-implied", "review.no-incentive"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Nous expédierons le remplacement une fois que votre évaluation aura été mise à jour."),
        ("fr", "Le geste commercial sera versé lorsque votre note aura été corrigée."),
        ("de", "Die Erstattung veranlassen wir, sobald Ihre Bewertung überarbeitet worden ist."),
        ("de", "Den Ersatz schicken wir los, wenn Ihre Rezension angepasst wurde."),
        ("es", "Tramitaremos el reembolso en cuanto su valoración haya sido modificada."),
        ("it", "Procederemo con il rimborso non appena la sua recensione sarà stata rivista."),
        ("ja", "レビューが修正され次第、返金の手続きを進めさせていただきます。"),
        ("en", "We will process the refund as soon as your review has been revised."),
    ],
)  # fmt: skip
def test_a_remedy_held_until_the_review_is_revised_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Nous lancerons le remboursement dès que votre colis aura été réceptionné."),
        ("es", "Tramitaremos el reembolso en cuanto su devolución haya sido recibida."),
        ("it", "Procederemo con il rimborso non appena il reso sarà stato ricevuto."),
        ("de", "Die Erstattung veranlassen wir, sobald die Rücksendung bei uns eingegangen ist."),
    ],
)
def test_a_remedy_waiting_for_the_return_is_no_request(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
