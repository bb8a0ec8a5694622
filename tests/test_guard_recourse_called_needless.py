"""A case or claim called needless, however the sentence is built, steers the buyer away from
it: "il n'est pas nécessaire d'ouvrir un litige", "vous n'avez pas à ouvrir de litige", the
recourse as the subject ("Ein Streitfall bei eBay ist hier nicht nötig"), ケースを開く必要はございません.
A return or a refund request called needless (a refund without return) is no recourse withheld.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Il n'est plus nécessaire d'ouvrir une réclamation auprès d'Amazon."),
        ("fr", "Vous n'avez pas à signaler cela à Amazon, nous nous en chargeons."),
        ("de", "Ein Streitfall bei eBay ist hier wirklich nicht nötig."),
        ("de", "Ein Antrag beim eBay-Käuferschutz wäre also nicht erforderlich."),
        ("ja", "A-to-Zの申し立てをしていただく必要はありません。"),
    ],
)
def test_recourse_called_needless_is_suppression(language: str, sentence: str) -> None:
    assert SUPPRESSION in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Il n'est pas nécessaire de nous renvoyer l'article."),
        ("de", "In diesem Fall ist eine Rücksendung nicht nötig."),
        ("de", "Ein Antrag auf Erstattung ist nicht nötig, wir erstatten von selbst."),
        ("ja", "商品のご返送は不要です。"),
    ],
)
def test_return_called_needless_is_no_suppression(language: str, sentence: str) -> None:
    assert SUPPRESSION not in rules_raised(language, sentence)
