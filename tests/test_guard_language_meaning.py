"""The guard reads what a draft in another language means, not only its words: the original
going back in an exchange, a bare offer noun in an offering sentence, a wish the buyer voiced,
claims of what already happened, perks no fact gives, and times named in words."""

from __future__ import annotations

from typing import Any

import pytest

import sellermail
from drafted import blocking
from sellermail.guard.claims import claims
from sellermail.guard.claims import phrasing as claim_phrasing
from sellermail.guard.mentions import mentions
from sellermail.guard.remedies import NAMES, ORIGINAL, offers_in, phrasing
from sellermail.guard.vocabulary import vocabulary

EXCHANGE = {
    "buyer_name": "Jonas Weber",
    "order_id": "305-1122334-5566778",
    "product": "Wolldecke 150x200",
    "offers": ["replacement", "full_refund"],
    "store_name": "Wollstube",
}


def _blocks(scenario: str, facts: dict[str, Any], text: str, language: str) -> list[str]:
    return blocking(sellermail.check(scenario, facts, text, channel="amazon", language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please send the original item back from Your Orders."),
        ("de", "Die ursprüngliche Decke schicken Sie uns bitte über Ihr Konto zurück."),
        ("fr", "Vous pourrez nous retourner la couverture d'origine depuis Vos commandes."),
        ("es", "Para devolvernos la manta original, inicie la devolución en Mis pedidos."),
        ("it", "Per restituirci la coperta originale, avvii il reso da I miei ordini."),
        ("ja", "元の商品は、到着後に返品いただけます。"),
    ],
)
def test_sending_the_original_back_is_read_as_part_of_an_exchange(language: str, text: str) -> None:
    assert set(offers_in(text, phrasing(language))) == {ORIGINAL}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You can return it in the original packaging."),
        ("fr", "Vous pouvez nous retourner l'article dans son emballage d'origine."),
        ("it", "Può restituire l'articolo nella confezione originale."),
    ],
)
def test_original_packaging_does_not_make_a_return_part_of_an_exchange(
    language: str, text: str
) -> None:
    assert set(offers_in(text, phrasing(language))) == {"return"}


def test_an_exchange_may_tell_how_the_original_goes_back_but_not_offer_a_return() -> None:
    offer = (
        "Hallo Jonas,\n\nIhre Bestellung 305-1122334-5566778 (Wolldecke 150x200) ist schon "
        "unterwegs. Nach der Zustellung schicken wir Ihnen gern einen Ersatz oder erstatten "
        "Ihnen den vollen Kaufpreis.\n\n"
    )
    original = "Die ursprüngliche Decke senden Sie uns danach über „Meine Bestellungen“ zurück."
    plain = "Sie können die Decke auch einfach an uns zurückschicken."
    sign = "\n\nViele Grüße\nWollstube"
    scenario = "exchange-after-shipment"
    assert _blocks(scenario, EXCHANGE, offer + original + sign, "de") == []
    assert _blocks(scenario, EXCHANGE, offer + plain + sign, "de") == [
        "adds a return, which is not offered"
    ]


def test_a_german_clause_recalling_the_buyers_wish_offers_nothing() -> None:
    german = phrasing("de")
    recalled = "Wir haben gelesen, dass Sie die Kaffeemühle lieber zurückgeben möchten."
    assert offers_in(recalled, german) == {}
    offered = "Wenn Sie die Kaffeemühle zurückgeben möchten, senden wir Ihnen ein Etikett."
    assert set(offers_in(offered, german)) == {"return"}


def test_a_german_refund_with_words_between_verb_and_amount_is_partial() -> None:
    german = phrasing("de")
    partial = "Zusätzlich erstatten wir Ihnen für den Ärger einmalig 4,50 €."
    assert set(offers_in(partial, german)) == {"partial_refund"}
    full = "Wir erstatten Ihnen den vollen Kaufpreis von 39,90 €."
    assert "partial_refund" not in offers_in(full, german)


def test_a_japanese_offer_noun_counts_where_the_sentence_offers_it() -> None:
    japanese = phrasing("ja")
    offered = "到着後、代替品の無償発送か全額返金のいずれかにて対応いたします。"
    assert set(offers_in(offered, japanese)) == {"replacement", "full_refund"}
    asked = "交換のご依頼につきまして、全額返金にて対応いたします。"
    assert set(offers_in(asked, japanese)) == {"full_refund"}
    turned = "交換も検討いたしましたが、一部返金にて対応いたします。"
    assert set(offers_in(turned, japanese)) == {"partial_refund"}


def test_a_chained_japanese_verb_in_a_past_sentence_is_a_claim() -> None:
    japanese = claim_phrasing("ja")
    done = "先ほど商品を再発送し、300円の返金手続きも完了しました。"
    assert {c.name for c in claims(done, None, japanese)} == {"resent", "refunded"}
    assert claims("商品を再発送し、到着しましたらお知らせします。", None, japanese) == []


def test_a_spanish_refund_in_the_present_is_an_offer_not_a_claim() -> None:
    spanish = claim_phrasing("es")
    assert claims("Le reembolsamos 3,00 € por las molestias.", None, spanish) == []
    found = claims("Ya le reembolsamos 3,00 € por las molestias.", None, spanish)
    assert [c.name for c in found] == ["refunded"]


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("de", "Laut Sendungsverfolgung wurde das Kissen am Vormittag zugestellt.", "delivered"),
        ("ja", "追跡情報では、すでにお届け済みとなっております。", "delivered"),
        ("de", "Ihr Paket ist schon wieder unterwegs zu Ihnen.", "resent"),
        ("fr", "Votre colis est déjà reparti ce matin.", "resent"),
        ("es", "Ya le volvimos a mandar el paquete.", "resent"),
        ("ja", "商品はすでに再発送しております。", "resent"),
        ("it", "Il rimborso di 7,50 € è già stato effettuato.", "refunded"),
    ],
)
def test_claims_of_what_already_happened_are_read_as_classes_of_verbs(
    language: str, text: str, claim: str
) -> None:
    assert [c.name for c in claims(text, None, claim_phrasing(language))] == [claim]


def test_a_delivery_to_the_wrong_address_is_no_delivery_claim() -> None:
    text = "Leider wurde das Paket an eine falsche Adresse zugestellt."
    assert claims(text, None, claim_phrasing("de")) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wir möchten fragen, ob die Lampe, die wir Ihnen geschickt haben, angekommen ist."),
        ("fr", "Nous voulons savoir si la lampe, que nous vous avons envoyée, est bien arrivée."),
        ("it", "Vorremmo sapere se la lampada, che Le abbiamo spedito, è arrivata."),
    ],
)
def test_an_indirect_question_across_a_relative_clause_claims_nothing(
    language: str, text: str
) -> None:
    assert claims(text, None, claim_phrasing(language)) == []


def test_a_delivery_is_judged_where_the_message_checks_on_a_parcel() -> None:
    facts = {
        "buyer_name": "Inès Robert",
        "product": "bouilloire électrique",
        "tracking_number": "LY482913576CN",
        "store_name": "Maison Brune",
    }
    text = (
        "Bonjour Inès,\n\nSelon le suivi (numéro LY482913576CN), votre bouilloire électrique de "
        "remplacement vous a été livrée hier. Si elle ne fonctionne pas, répondez-nous.\n\n"
        "Maison Brune"
    )
    found = _blocks("review-followup-check", facts, text, "fr")
    assert any("claims that the order has arrived" in detail for detail in found)


VIP = {
    "buyer_name": "Giulia Ferri",
    "program_name": "Club Terra",
    "contact_email": "club@terra-casa.it",
    "discount_percent": 10,
    "store_name": "Terra Casa",
}


@pytest.mark.parametrize(
    ("language", "text", "perk"),
    [
        ("it", "I soci hanno la spedizione sempre gratuita.", "free_shipping"),
        ("fr", "Les membres profitent de la livraison offerte.", "free_shipping"),
        ("de", "Mitglieder bestellen versandkostenfrei.", "free_shipping"),
        ("es", "Al unirse recibirá un regalo de bienvenida.", "perk"),
        ("ja", "会員様には先行販売をご案内します。", "perk"),
        ("en", "Members get early access to new arrivals.", "perk"),
    ],
)
def test_a_perk_is_read_as_an_offer_of_its_own(language: str, text: str, perk: str) -> None:
    assert set(offers_in(text, phrasing(language))) == {perk}


def test_a_perk_no_fact_gives_blocks_the_draft() -> None:
    text = (
        "Oggetto: Club Terra\n\nBuongiorno Giulia,\n\nLa invitiamo nel Club Terra: 10 % di "
        "sconto e la spedizione sempre gratuita. Per aderire risponda a questa e-mail o scriva a "
        "club@terra-casa.it.\n\nTerra Casa\n\nSe non desidera più ricevere e-mail, risponda "
        "«cancellami»."
    )
    report = sellermail.check("vip-invitation", VIP, text, channel="email", language="it")
    assert f"adds {NAMES['free_shipping']}, which is not offered" in {
        v.detail for v in report.violations
    }


def test_free_shipping_comes_with_a_remedy_that_is_shipped() -> None:
    facts = {
        "buyer_name": "Jonas Weber",
        "order_id": "305-1122334-5566778",
        "partial_refund": "EUR 4,00",
        "offers": ["resend", "partial_refund", "full_refund"],
        "store_name": "Wollstube",
    }
    text = (
        "Hallo Jonas,\n\nIhre Bestellung 305-1122334-5566778 ging leider an eine falsche Adresse. "
        "Wir senden sie Ihnen versandkostenfrei erneut zu und erstatten Ihnen zusätzlich 4,00 €. "
        "Alternativ erstatten wir Ihnen den vollen Kaufpreis. Was ist Ihnen lieber?\n\n"
        "Viele Grüße\nWollstube"
    )
    assert _blocks("wrong-address", facts, text, "de") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Si vous publiez un avis sur la boutique après réception, envoyez-nous le lien et "
            "nous vous ferons parvenir un coffret offert.",
        ),
        (
            "es",
            "Si nos deja una reseña cuando le llegue el pedido, mándenos una captura y le "
            "enviaremos un pequeño obsequio.",
        ),
        (
            "it",
            "Se lascia una recensione dopo la consegna, ci mandi uno screenshot e Le spediremo "
            "un piccolo omaggio.",
        ),
    ],
)
def test_a_review_asked_as_the_condition_for_a_gift_is_an_incentive(
    language: str, text: str
) -> None:
    found = vocabulary(language)
    assert found is not None
    assert found.rules["review.no-incentive"][0].search(text.lower())


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("de", "Das Paket wird morgen zugestellt.", "morgen"),
        ("fr", "Le colis sera livré demain.", "demain"),
        ("es", "El paquete llegará mañana.", "mañana"),
        ("it", "Il pacco arriverà domani.", "domani"),
        ("ja", "明日お届けの予定です。", "明日"),
        ("de", "Die Zustellung erfolgt am Dienstag.", "am Dienstag"),
    ],
)
def test_a_time_named_in_words_is_a_commitment_like_a_date(
    language: str, text: str, words: str
) -> None:
    assert ("date", words) in {(m.kind, m.text) for m in mentions(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Guten Morgen! Bestellungen vom Samstag gehen später raus."),
        ("fr", "Bonne fin de journée !"),
        ("es", "Esta mañana revisamos su pedido."),
        ("it", "Buon fine settimana!"),
    ],
)
def test_greetings_and_the_weekend_are_no_date(language: str, text: str) -> None:
    assert not [m for m in mentions(text, language=language) if m.kind == "date"]


def test_an_english_follow_up_may_not_say_the_replacement_was_delivered() -> None:
    facts = {
        "buyer_name": "Nora",
        "product": "kettle",
        "tracking_number": "LY482913576CN",
        "store_name": "Brune Home",
    }
    ask = (
        "Hi Nora,\n\nWe are checking that the replacement kettle we sent you (tracking number "
        "LY482913576CN) has arrived. If anything is wrong, just reply.\n\nBrune Home"
    )
    told = ask.replace(
        "We are checking that the replacement kettle we sent you (tracking number LY482913576CN) "
        "has arrived.",
        "Tracking shows the replacement kettle (tracking number LY482913576CN) was delivered to "
        "your address.",
    )
    assert _blocks("review-followup-check", facts, ask, "en") == []
    assert any(
        "claims that the order has arrived" in d
        for d in _blocks("review-followup-check", facts, told, "en")
    )
    assert claims("It was delivered to the wrong address.") == []


@pytest.mark.parametrize(
    ("language", "checking", "asserting"),
    [
        (
            "es",
            "Queremos asegurarnos de que su pedido ha sido entregado.",
            "Le confirmamos que su pedido ha sido entregado.",
        ),
        (
            "fr",
            "Nous voulions nous assurer que votre colis a été livré.",
            "Nous vous assurons que votre colis a été livré.",
        ),
        (
            "it",
            "Vorremmo accertarci che il pacco sia stato consegnato.",
            "Le garantiamo che il pacco è stato consegnato.",
        ),
        (
            "de",
            "Wir schreiben Ihnen, um sicherzustellen, dass die Lampe angekommen ist.",
            "Wir bestätigen Ihnen, dass die Lampe angekommen ist.",
        ),
    ],
)
def test_checking_that_a_parcel_arrived_claims_nothing_but_assuring_it_does(
    language: str, checking: str, asserting: str
) -> None:
    phrased = claim_phrasing(language)
    assert claims(checking, None, phrased) == []
    assert [c.name for c in claims(asserting, None, phrased)] == ["delivered"]
