"""French offers a return as the buyer's own sending back, the item a pronoun before
"renvoyer" (si vous préférez les renvoyer), or as the request or procedure the buyer opens
(une demande de retour): a return, offered. The item sent back to the buyer by us (nous
pouvons vous les renvoyer) is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Lucie", "product": "bottines en cuir", "partial_refund": "EUR 6",
         "store_name": "Maison Demo", "marketplace": "Amazon.fr"}  # fmt: skip


def _blocks(sentence: str, offers: list[str]) -> list[str]:
    text = (f"Bonjour Lucie,\n\ndésolés que les bottines en cuir ne vous aillent pas. Vous pouvez "
            f"les garder et nous vous remboursons 6 €. {sentence}\n\nCordialement,\nMaison Demo")  # fmt: skip
    report = sellermail.check("return-size-mismatch", {**FACTS, "offers": offers}, text,
                              channel="amazon", language="fr")  # fmt: skip
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


RETURN = [
    "Ou bien, si vous préférez les renvoyer, faites-le depuis votre compte.",
    "Sinon, il suffit de lancer une demande de retour dans votre espace client.",
    "Vous pouvez aussi ouvrir une procédure de retour depuis « Vos commandes ».",
    "Si elle ne convient pas, libre à vous de la renvoyer.",
    "Autrement, vous pourrez les renvoyer via votre compte Amazon.",
    "Sinon, une demande de retour depuis votre compte suffit.",
]
NOT_A_RETURN = [
    "Si le colis revient chez nous, nous pouvons vous les renvoyer à la bonne adresse.",
    "Nous allons vous la renvoyer dès demain si besoin.",
]


@pytest.mark.parametrize("sentence", RETURN)
def test_the_buyer_sending_it_back_is_the_offered_return(sentence: str) -> None:
    assert not _blocks(sentence, ["partial_refund", "return"])


@pytest.mark.parametrize("sentence", NOT_A_RETURN)
def test_sending_it_to_the_buyer_is_no_return(sentence: str) -> None:
    assert not any("return" in b for b in _blocks(sentence, ["partial_refund"]))
