"""The buyer's question reported ("you asked whether we could resend it", "vous nous demandiez
s'il était possible de", "Sie fragten, ob wir ... könnten") names a remedy asked about, not one
offered; a seller asking the buyer whether to send it ("let us know if you'd like us to resend
it") still offers it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

RESEND = "adds shipping the order again"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You asked if it would be possible to send the order again; sadly we cannot."),
        ("en", "You asked us whether we could resend it. Unfortunately that is not possible."),
        ("fr", "Vous nous demandiez s'il serait possible de réexpédier le colis : hélas non."),
        ("fr", "Vous vous demandiez si un nouvel envoi était envisageable : ce n'est pas le cas."),
        ("es", "Nos preguntaba si sería posible reenviar el pedido; lamentablemente no podemos."),
        ("es", "Usted nos preguntó si podíamos reenviar el paquete: no es posible."),
        ("it", "Ci chiedeva se fosse possibile rispedire il pacco: purtroppo non possiamo."),
        (
            "de",
            "Sie fragten, ob wir die Bestellung erneut versenden könnten: Das geht leider nicht.",
        ),
        ("de", "Sie hatten gefragt, ob ein erneuter Versand möglich ist. Leider nein."),
    ],
)
def test_a_remedy_the_buyer_asked_about_is_no_offer(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert not any(RESEND in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Let us know if you would like us to resend the order."),
        ("fr", "Dites-nous si vous souhaitez que nous vous renvoyions la commande."),
        ("es", "Indíquenos si desea que le reenviemos el pedido."),
        ("de", "Sagen Sie uns einfach, ob wir Ihnen die Bestellung erneut senden dürfen."),
    ],
)
def test_asking_the_buyer_whether_to_send_it_still_offers(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert any(RESEND in b for b in blocks), blocks


def test_the_sellers_own_if_possible_asks_for_a_return() -> None:
    sentence = "Nous vous demandons si possible de nous retourner l'article."
    blocks = offer_blocks("fr", sentence, ["replacement"])
    assert any("adds a return" in b for b in blocks), blocks
