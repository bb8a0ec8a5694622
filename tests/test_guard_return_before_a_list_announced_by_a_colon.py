"""The buyer's return told first, then the remedies it leads to listed under a line ending
in a colon, the list starting on the next line with no blank line ("Vous aurez alors le choix
entre :\\n1. ..."): the list's number is no end of a sentence, and the return is the step of
those remedies, no return added. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

LISTED = {
    "en": "Once it arrives, send it back from your orders page. You can then choose between:\n"
    "1. a replacement\n2. a full refund",
    "fr": "Une fois le colis reçu, renvoyez-nous l'article depuis votre compte. Vous aurez "
    "ensuite le choix entre :\n1. un remplacement ;\n2. un remboursement intégral.",
    "de": "Schicken Sie den Artikel nach Erhalt über Ihr Konto zurück. Danach können Sie "
    "wählen:\n1. einen Ersatzartikel\n2. eine volle Erstattung",
    "es": "Primero devuélvanos el artículo desde su cuenta. Después podrá elegir entre:\n"
    "1. un reemplazo\n2. un reembolso completo",
}


@pytest.mark.parametrize("language", list(LISTED))
def test_a_return_before_a_colon_list_adds_none(language: str) -> None:
    blocks = offer_blocks(language, LISTED[language], ["replacement", "full_refund"])
    assert not any("adds a return" in b for b in blocks), blocks
