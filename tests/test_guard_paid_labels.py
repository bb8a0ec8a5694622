"""A return label the seller pays for is a perk no fact gives (a return offered is started from
the marketplace's orders, with its own label): promising one is an added offer in every
language, while naming the return label is not. (Sentences of our own, not of any corpus.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import with_added
from sellermail.guard.remedies import NAMES


def _perks(language: str, added: str) -> list[str]:
    """What blocks the return-size-mismatch message (a return offered) with ``added``."""
    facts = dict(sellermail.get_scenario("return-size-mismatch").example,
                 offers=["partial_refund", "return"])  # fmt: skip
    report = with_added("return-size-mismatch", language, added, facts)
    return [v.detail for v in report.violations if NAMES["perk"] in v.detail]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We will email you a prepaid return label."),
        ("de", "Ein vorfrankiertes Rücksendeetikett schicken wir Ihnen per Nachricht."),
        ("fr", "Nous vous ferons parvenir une étiquette de retour gratuite."),
        ("es", "Le enviaremos una etiqueta de devolución prepagada."),
        ("it", "Le invieremo un'etichetta di reso prepagata."),
        ("ja", "返送用の着払い伝票をお送りいたします。"),
    ],
)  # fmt: skip
def test_a_label_the_seller_pays_for_is_a_perk(language: str, sentence: str) -> None:
    assert _perks(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please start the return from Your Orders; the return label is provided there."),
        ("de", "Das Rücksendeetikett erhalten Sie über Ihre Bestellübersicht."),
        ("fr", "Vous trouverez l'étiquette de retour dans Vos commandes."),
        ("es", "La etiqueta de devolución está disponible en Mis pedidos."),
        ("it", "L'etichetta di reso è disponibile ne I miei ordini."),
        ("ja", "返品用ラベルは注文履歴から印刷できます。"),
    ],
)  # fmt: skip
def test_the_return_label_named_is_no_perk(language: str, sentence: str) -> None:
    assert _perks(language, sentence) == []
