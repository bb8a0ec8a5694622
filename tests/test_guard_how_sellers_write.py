"""Ways native sellers write good rewrites the guard must accept, and slips it must catch: a
new unit named by the product's own noun, an ID written in groups, a review "helping us
improve", an address spelled out in the language, a carrier nobody named. (Sentences of our
own, not of any corpus.)"""

from __future__ import annotations

from typing import Any

import pytest

import sellermail
from drafted import IN_TRANSIT, blocking, checked, with_added

OFFER = {"buyer_name": "Jonas Weber", "order_id": "305-1122334-5566778",
         "product": "Wasserkocher", "offers": ["replacement", "full_refund"],
         "store_name": "Wollstube"}  # fmt: skip


def _blocks(scenario: str, facts: dict[str, Any], text: str, language: str) -> list[str]:
    return blocking(sellermail.check(scenario, facts, text, channel="amazon", language=language))


def _in_transit(language: str, added: str = "") -> list[str]:
    """What blocks the shipping-in-transit message as ``language`` renders it, with ``added``
    as its last line."""
    return blocking(with_added("shipping-in-transit", language, added, IN_TRANSIT))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", "Wir schicken Ihnen gern einen neuen Wasserkocher, oder wir erstatten Ihnen den vollen Kaufpreis."),
        ("fr", "Nous pouvons vous envoyer une bouilloire neuve, ou vous rembourser intégralement."),
        ("es", "Podemos enviarle un hervidor nuevo o reembolsarle el importe íntegro."),
        ("it", "Possiamo inviarle un bollitore nuovo oppure rimborsarla per intero."),
    ],
)  # fmt: skip
def test_a_new_unit_named_by_the_products_noun_is_a_replacement(language: str, words: str) -> None:
    text = f"Bestellung 305-1122334-5566778.\n\n{words}\n\nWollstube"
    blocks = blocking(checked("review-followup-offer", language, text, OFFER))
    assert not [b for b in blocks if "replacement" in b], blocks


def test_a_new_parcel_is_no_new_unit() -> None:
    facts = OFFER | {"marketplace": "Amazon.de", "offers": ["full_refund"]}
    text = ("Hallo Jonas Weber, zu Ihrem Wasserkocher (Bestellung 305-1122334-5566778): Sie "
            "erhalten eine neue Sendungsnummer per E-Mail. Wir erstatten Ihnen den vollen "
            "Kaufpreis.\n\nWollstube")  # fmt: skip
    assert not _blocks("review-followup-offer", facts, text, "de")


def test_a_tracking_number_written_in_groups_is_kept_and_no_phone_number() -> None:
    facts = {"order_id": "503-1234567-1234567", "tracking_number": "398127465102",
             "marketplace": "Amazon.co.jp"}  # fmt: skip
    text = sellermail.render("shipping-in-transit", facts, language="ja").body
    grouped = text.replace("398127465102", "3981-2746-5102")
    assert grouped != text
    assert not _blocks("shipping-in-transit", facts, grouped, "ja")
    changed = text.replace("398127465102", "3981-2746-5103")
    assert _blocks("shipping-in-transit", facts, changed, "ja")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Votre avis nous est précieux pour améliorer nos produits."),
        ("it", "La sua recensione ci aiuta a migliorare i nostri prodotti."),
    ],
)
def test_a_review_that_helps_us_improve_asks_no_change(language: str, sentence: str) -> None:
    assert not _in_transit(language, sentence)


@pytest.mark.parametrize(
    "spelled",
    ["contact (arobase) maison-sorel (point) fr", "info at wollstube punkt de",
     "ayuda arroba tienda punto es", "support at maple dot com for help"],
)  # fmt: skip
def test_an_address_spelled_out_in_any_language_is_off_platform(spelled: str) -> None:
    facts = {"order_id": "305-1122334-5566778", "tracking_number": "LX123456785CN"}
    text = sellermail.render("shipping-in-transit", facts).body + f"\nWrite to {spelled}."
    assert any("other contact" in b for b in _blocks("shipping-in-transit", facts, text, "en"))


def test_everyday_words_next_to_point_are_no_address() -> None:
    facts = {"order_id": "305-1122334-5566778", "tracking_number": "LX123456785CN"}
    added = "De notre point de vue, tout va bien."
    assert not blocking(with_added("shipping-in-transit", "fr", added, facts))


def test_a_carrier_the_facts_do_not_name_is_invented() -> None:
    facts = {"order_id": "171-1234567-1234567", "handling_days": 2}
    assert not blocking(with_added("tracking-number-reply", "es", facts=facts))
    invented = "Su paquete viajará con Correos Express."
    assert any(
        "Correos Express" in b
        for b in blocking(with_added("tracking-number-reply", "es", invented, facts))
    )
    named = {"order_id": "113-1234567-1234567", "tracking_number": "1Z999AA10123456784",
             "carrier": "UPS"}  # fmt: skip
    body = sellermail.render("shipping-in-transit", named).body
    assert "UPS" in body and not _blocks("shipping-in-transit", named, body, "en")
    assert not _blocks("shipping-in-transit", named, body + "\nNo ups and downs here.", "en")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wer uns eine Bewertung hinterlässt, bekommt beim nächsten Kauf ein Geschenk gratis."),
        ("fr", "Tous ceux qui nous laissent un avis reçoivent un petit cadeau."),
        ("es", "A quienes nos dejan su opinión les regalamos un recetario."),
        ("it", "Chi ci lascia una recensione riceve in omaggio un ricettario."),
        ("ja", "レビューを書いていただいた方には、次回使えるクーポンをプレゼントしております。"),
    ],
)  # fmt: skip
def test_a_gift_for_whoever_leaves_a_review_is_an_incentive(language: str, sentence: str) -> None:
    blocks = _in_transit(language, sentence)
    assert any("anything of value to a review" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "marketplace", "words"),
    [
        ("en", "Amazon.com", "We ship every order within a day of purchase."),
        ("de", "Amazon.de", "Wir verschicken jede Bestellung innerhalb eines Tages nach dem Kauf."),
        ("fr", "Amazon.fr", "Nous expédions chaque commande sous un jour après l'achat."),
        ("es", "Amazon.es", "Enviamos cada pedido en un día desde la compra."),
        ("it", "Amazon.it", "Spediamo ogni ordine entro un giorno dall'acquisto."),
    ],
)  # fmt: skip
def test_one_day_said_with_an_article_keeps_a_fact_of_one(
    language: str, marketplace: str, words: str
) -> None:
    facts = {"order_id": "302-1234567-1234567", "handling_days": 1, "marketplace": marketplace}
    text = f"Order 302-1234567-1234567.\n{words}"
    blocks = _blocks("tracking-number-reply", facts, text, language)
    assert not [b for b in blocks if "handling_days" in b], blocks
    later = f"Order 302-1234567-1234567.\n{words.split()[0]} ... a day later."
    assert [
        b for b in _blocks("tracking-number-reply", facts, later, language) if "handling_days" in b
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We've added a free spare cable to your parcel."),
        ("de", "Wir haben Ihnen eine Ersatzdichtung gratis mit ins Paket gelegt."),
        ("fr", "Nous avons glissé dans le colis un petit guide offert."),
        ("es", "Hemos añadido al paquete un cable de repuesto sin coste."),
        ("it", "Abbiamo aggiunto nel pacco un cavo di ricambio in omaggio."),
        ("ja", "予備のケーブルを無料で同梱いたしました。"),
    ],
)  # fmt: skip
def test_an_extra_item_put_in_the_parcel_for_free_is_an_invented_perk(
    language: str, sentence: str
) -> None:
    blocks = _in_transit(language, sentence)
    assert any("perk" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Orders placed before 2 pm leave our warehouse the same day."),
        ("de", "Bestellungen, die bis 13 Uhr eingehen, verlassen noch am selben Tag das Lager."),
        ("es", "Los pedidos realizados antes de las 14:00 salen el mismo día."),
        ("ja", "14時までのご注文は当日発送いたします。"),
    ],
)  # fmt: skip
def test_a_time_of_day_no_fact_gives_is_invented(language: str, sentence: str) -> None:
    blocks = _in_transit(language, sentence)
    assert any("not among the facts given" in b for b in blocks), blocks
    assert not _in_transit(language)
