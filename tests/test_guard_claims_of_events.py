"""A draft that says something already happened which no fact says is caught in every language:
a return received back, the buyer's photos received, a claim or investigation opened, the
carrier contacted, the order cancelled, the address changed. Negated, conditional, future,
hoped-for and asked sentences claim nothing, nor does the buyer's request restated. (Sentences
of our own, not of any corpus.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import blocking, with_added
from sellermail.guard.claims import NAMES, claims, phrasing

SCENARIO = sellermail.get_scenario("return-request-reply")
#: A buyer message naming a tracking number: every claim is judged in it.
JUDGED = sellermail.get_scenario("review-followup-check")

STATED = [
    ("en", "return_received", "We have received the returned kettle and checked it."),
    ("en", "return_received", "Your return has been received at our warehouse."),
    ("en", "return_received", "The kettle you sent back arrived back with us on Monday."),
    ("en", "evidence_received", "Thanks for the pictures of the cracked lid."),
    ("en", "evidence_received", "We've looked at the photos you sent."),
    ("en", "case_opened", "We have filed a claim with the courier."),
    ("en", "case_opened", "A trace request has been opened with the post office."),
    ("en", "contacted", "I've already contacted the courier about the delay."),
    ("en", "contacted", "The carrier has been notified."),
    ("en", "cancelled", "We have cancelled your order."),
    ("en", "address_updated", "We've updated the shipping address on your order."),
    ("de", "return_received", "Wir haben Ihre Rücksendung heute erhalten."),
    ("de", "return_received", "Das Paket ist gestern wohlbehalten bei uns eingegangen."),
    ("de", "evidence_received", "Vielen Dank für die Bilder des gesprungenen Deckels."),
    ("de", "evidence_received", "Wir haben Ihre Fotos bereits geprüft."),
    ("de", "case_opened", "Wir haben beim Paketdienst einen Nachforschungsantrag gestellt."),
    ("de", "contacted", "Wir haben den Zusteller bereits kontaktiert."),
    ("de", "contacted", "Inzwischen haben wir uns mit dem Versanddienstleister in Verbindung gesetzt."),
    ("de", "cancelled", "Ihre Bestellung wurde storniert."),
    ("de", "address_updated", "Wir haben die Lieferadresse in Ihrer Bestellung geändert."),
    ("fr", "return_received", "Nous avons bien réceptionné le colis de retour."),
    ("fr", "return_received", "L'article retourné est arrivé dans notre entrepôt ce matin."),
    ("fr", "evidence_received", "Merci pour les photos du couvercle fêlé."),
    ("fr", "evidence_received", "Nous avons examiné les images que vous nous avez envoyées."),
    ("fr", "case_opened", "Nous avons déposé une réclamation auprès de La Poste."),
    ("fr", "contacted", "Nous avons contacté le transporteur hier."),
    ("fr", "contacted", "Nous nous sommes rapprochés du livreur."),
    ("fr", "cancelled", "Votre commande a été annulée."),
    ("fr", "address_updated", "Nous avons mis à jour votre adresse de livraison."),
    ("es", "return_received", "Hemos recibido el hervidor devuelto en nuestro almacén."),
    ("es", "return_received", "Su devolución ya ha llegado."),
    ("es", "evidence_received", "Gracias por las fotos de la tapa rota."),
    ("es", "evidence_received", "Ya revisamos las imágenes que nos envió."),
    ("es", "case_opened", "Hemos abierto una reclamación con Correos."),
    ("es", "contacted", "Nos hemos puesto en contacto con la empresa de mensajería."),
    ("es", "cancelled", "Su pedido ha sido cancelado."),
    ("es", "address_updated", "Hemos actualizado su dirección de envío."),
    ("it", "return_received", "Abbiamo ricevuto il pacco di reso stamattina."),
    ("it", "return_received", "Il prodotto restituito è già rientrato nel nostro magazzino."),
    ("it", "evidence_received", "Grazie per le fotografie del coperchio incrinato."),
    ("it", "evidence_received", "Abbiamo esaminato con attenzione le immagini che ci ha inviato."),
    ("it", "case_opened", "Abbiamo aperto una segnalazione presso il corriere."),
    ("it", "contacted", "Abbiamo già contattato il corriere."),
    ("it", "cancelled", "Il suo ordine è stato annullato."),
    ("it", "address_updated", "Abbiamo aggiornato il suo indirizzo di consegna."),
    ("ja", "return_received", "返品商品を本日受領いたしました。"),
    ("ja", "evidence_received", "お送りいただいた写真を拝見いたしました。"),
    ("ja", "case_opened", "配送業者に調査を依頼いたしました。"),
    ("ja", "contacted", "配送業者にすでに連絡いたしました。"),
    ("ja", "cancelled", "ご注文をキャンセルいたしました。"),
    ("ja", "address_updated", "お届け先の住所を変更いたしました。"),
    # a claim before a contrast stands: the question after it asks something else
    ("ja", "delivered", "追跡情報では配達完了となっておりましたが、問題なくお使いいただけていますでしょうか。"),
]  # fmt: skip

NOT_CLAIMED = [
    ("en", "We have received your return request."),
    ("en", "We have not received the returned kettle yet."),
    ("en", "Once we have received the returned kettle, we will refund you."),
    ("en", "Thank you in advance for the photos."),
    ("en", "Have you contacted the courier?"),
    ("en", "We will contact the carrier today."),
    ("en", "We can cancel the order if you wish."),
    ("en", "Please confirm your shipping address."),
    ("de", "Wir haben Ihre Rücksendeanfrage erhalten."),
    ("de", "Sobald wir die Rücksendung erhalten haben, erstatten wir den Betrag."),
    ("de", "Vielen Dank im Voraus für die Fotos."),
    ("de", "Wir haben den Zusteller noch nicht kontaktiert."),
    ("de", "Die Bestellung kann storniert werden, wenn Sie möchten."),
    ("fr", "Nous avons bien reçu votre demande de retour."),
    ("fr", "Merci d'avance pour les photos."),
    ("fr", "Si nous n'avons pas de nouvelles, nous contacterons le transporteur."),
    ("fr", "Nous avons joint à ce message le mode d'emploi."),
    ("fr", "Votre commande n'a pas été annulée."),
    ("es", "Hemos recibido su solicitud de devolución."),
    ("es", "Cuando hayamos recibido el hervidor devuelto, le reembolsaremos."),
    ("es", "Gracias de antemano por las fotos."),
    ("es", "No hemos contactado con la mensajería todavía."),
    ("it", "Abbiamo ricevuto la sua richiesta di reso."),
    ("it", "Grazie in anticipo per le foto."),
    ("it", "Se necessario, contatteremo il corriere."),
    ("it", "L'ordine non è stato annullato."),
    ("ja", "返品のご依頼を受け付けました。"),
    ("ja", "写真をお送りいただけますと幸いです。"),
    ("ja", "必要に応じて配送業者に連絡いたします。"),
    ("ja", "ご注文をキャンセルいたしましょうか。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "name", "sentence"), STATED, ids=lambda x: str(x)[:30])
def test_a_statement_that_it_happened_is_a_claim(language: str, name: str, sentence: str) -> None:
    found = claims(sentence, JUDGED, phrasing(language))
    assert name in [claim.name for claim in found], found


@pytest.mark.parametrize(("language", "sentence"), NOT_CLAIMED, ids=lambda x: str(x)[:30])
def test_a_negated_conditional_future_or_asked_sentence_claims_nothing(
    language: str, sentence: str
) -> None:
    assert claims(sentence, JUDGED, phrasing(language)) == []


def _blocks(language: str, added: str) -> list[str]:
    facts = dict(SCENARIO.example, offers=["replacement", "partial_refund"])
    return blocking(with_added(SCENARIO.id, language, added, facts))


@pytest.mark.parametrize("language", ("en", "de", "fr", "es", "it", "ja"))
def test_the_rendering_restates_its_facts_and_claims_nothing_new(language: str) -> None:
    assert _blocks(language, "") == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [(language, sentence) for language, name, sentence in STATED if name == "evidence_received"],
    ids=lambda x: str(x)[:30],
)
def test_a_claim_no_fact_supports_blocks_the_draft(language: str, sentence: str) -> None:
    blocks = _blocks(language, sentence)
    assert any(NAMES["evidence_received"] in detail for detail in blocks), blocks


def test_claims_about_what_was_done_for_a_buyer_are_judged_in_buyer_messages_only() -> None:
    appeal = sellermail.get_scenario("appeal-odr")
    sentence = "We have contacted the carrier. We have updated our business address."
    assert claims(sentence, appeal) == []
    assert {c.name for c in claims(sentence, SCENARIO)} == {"contacted", "address_updated"}


@pytest.mark.parametrize(
    "sentence",
    ["Thank you for getting back to us.", "You have got back to us quickly, thank you.",
     "Since you came back to us with more details, we looked again."],
)  # fmt: skip
def test_a_buyer_getting_back_to_the_seller_is_no_return(sentence: str) -> None:
    assert claims(sentence, JUDGED) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have passed your feedback on to our product team."),
        ("en", "We have reported the issue to our quality team."),
        ("de", "Wir haben unser Qualitätsteam bereits informiert."),
        ("fr", "Nous avons signalé le problème à notre équipe qualité."),
        ("es", "Hemos informado a nuestro equipo de calidad."),
        ("it", "Abbiamo segnalato il problema al nostro reparto qualità."),
    ],
)  # fmt: skip
def test_telling_the_sellers_own_team_is_no_contact_with_a_carrier(
    language: str, sentence: str
) -> None:
    assert claims(sentence, JUDGED, phrasing(language)) == []
