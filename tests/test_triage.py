"""Triage: kinds, confidence, facts, language; the triage and reply commands; --llm keeps only
facts written in the message (a fake model, no network)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import Result
from fakeserver import FakeLLM, Reply
from sellermail.guard.language import detect
from sellermail.io.paths import data_dir
from sellermail.llm import client as llm
from sellermail.llm.config import LLMSettings
from sellermail.triage.assisted import DISAGREED, llm_triage, parse_answer
from sellermail.triage.classify import MESSAGE_KINDS as KINDS
from sellermail.triage.classify import URGENT, report_order, triage
from sellermail.triage.message import parse_message

Run = Callable[..., Result]

RELAY = """You have received a message from Amazon customer {name}.

Order ID: 113-4567890-1234567
Item: Waterproof Hiking Backpack 40L, Grey

------------- Begin message -------------
{words}
------------- End message -------------

To respond to this message, reply to this e-mail."""


def relayed(words: str, name: str = "Anna Schmidt") -> bytes:
    return RELAY.format(words=words, name=name).encode()


def notice(subject: str, body: str) -> bytes:
    return (
        f"From: Amazon Seller Performance <seller-performance@amazon.com>\nSubject: {subject}\n"
        f"Date: Tue, 10 Nov 2026 09:30:00 +0000\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


KIND_CASES = [
    ("buyer-where-is-my-order", relayed("Hi, where is my package? It was due last week.")),
    ("buyer-where-is-my-order", relayed("Hallo, mein Paket ist immer noch nicht angekommen.")),
    ("buyer-where-is-my-order", relayed("Bonjour, je n'ai toujours pas reçu mon colis.")),
    ("buyer-where-is-my-order", relayed("Hola, mi pedido todavía no ha llegado.")),
    ("buyer-where-is-my-order", relayed("注文した商品がまだ届きません。")),
    ("buyer-where-is-my-order",
     relayed("My order is two weeks late. If it doesn't arrive I will leave negative feedback.")),
    ("buyer-tracking-request", relayed("Could you send me the tracking number please?")),
    ("buyer-tracking-request", relayed("Buongiorno, quando verrà spedito il mio ordine?")),
    ("buyer-delivery-time", b"Hi, how long does shipping take to Canada? I want it before Christmas."),
    ("buyer-delivery-time", b"Wie lange dauert der Versand nach Deutschland?"),
    ("buyer-return-request", relayed("The zipper is broken. I want to return it for a refund.")),
    ("buyer-return-request", relayed("Quiero devolver el artículo, está roto.")),
    ("buyer-size-issue", relayed("The jacket is too small for me, can I get a size bigger?")),
    ("buyer-size-issue", relayed("Die Jacke ist zu klein, passt nicht.")),
    ("buyer-exchange-request", relayed("Could I change the colour to blue instead of the red one?")),
    ("buyer-how-to-use", relayed("How do I pair the headphones with my phone? The manual is unclear.")),
    ("buyer-quantity-question", relayed("I ordered a pack of 4 but only received one in the box.")),
    ("negative-review", notice("New negative feedback",
                               "A buyer left negative feedback. Rating: 1\nComment: never arrived")),
    ("amazon-account-deactivated", notice("Your Amazon selling account has been deactivated",
        "Dear Seller, your account has been deactivated because we could not verify your identity.")),
    ("amazon-account-under-review", notice("Your account is under review",
        "Dear Seller, your account is under review; funds will be held while we review it.")),
    ("amazon-policy-violation", notice("Your selling privileges have been removed",
        "Hello, we removed your selling privileges because your account is related to another "
        "selling account that may not sell on Amazon.")),
    ("amazon-authenticity-complaint", notice("Action required: authenticity complaints",
        "Dear Seller, customers report that items you sold are inauthentic. Send invoices from "
        "your supplier covering the last 365 days.")),
    ("amazon-odr-warning", notice("Account health: order defect rate",
        "Dear Seller, your Order Defect Rate is 2.4%, above our target of under 1%.")),
    ("amazon-a-to-z-claim", notice("A-to-z Guarantee claim on order 113-4567890-1234567",
        "Dear Seller, a buyer has filed an A-to-z Guarantee claim. Respond to this claim.")),
    ("amazon-ip-complaint", notice("Policy warning: intellectual property",
        "Dear Seller, we removed your listing after a notice of copyright infringement from the "
        "rights owner about images.")),
    ("hijacker-alert", notice("New offer on your listing",
        "Dear Seller, a new seller is now selling on your listing B08N5WRWNW and won the Buy Box.")),
    ("other", relayed("Got it today, thank you for the quick delivery, love it!")),
    ("other", b"We are a wholesale distributor and would like to discuss a partnership."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "data"), KIND_CASES)
def test_a_message_is_classified_by_its_cues(kind: str, data: bytes) -> None:
    result = triage(parse_message(data, "test"))
    assert result.kind == kind
    assert result.kind in KINDS


def test_the_data_files_hold_no_key_twice() -> None:
    """YAML keeps the last of two equal keys: a second ``4:`` list would silently drop the first."""
    import yaml

    class Strict(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
            assert len(keys) == len(set(keys)), f"a key twice at line {node.start_mark.line + 1}"
            return super().construct_mapping(node, deep=deep)

    for name in ("kinds", "languages", "facts", "notices"):
        yaml.load((data_dir("inbound") / f"{name}.yaml").read_text(encoding="utf-8"), Strict)


def test_every_kind_is_covered_by_a_case() -> None:
    assert {kind for kind, _ in KIND_CASES} == set(KINDS)


# Phrasings written apart from the corpus, to keep the cue lists general.
PHRASINGS = [
    (
        "buyer-where-is-my-order",
        "Hey, ordered a week ago and the tracking hasnt changed since it left the warehouse. Any idea when I'll actually get it?",
    ),
    (
        "buyer-where-is-my-order",
        "My parcel is missing. The carrier website says it is at customs for 10 days now. Please help.",
    ),
    (
        "buyer-where-is-my-order",
        "Hallo, laut Sendungsverfolgung liegt das Paket seit einer Woche im Verteilzentrum. Wann kommt es endlich an?",
    ),
    (
        "buyer-where-is-my-order",
        "Bonjour, ma commande devait arriver lundi, nous sommes jeudi et toujours pas de colis. Que se passe-t-il ?",
    ),
    (
        "buyer-where-is-my-order",
        "Buenos días, el seguimiento dice entregado pero yo no he recibido nada. ¿Dónde está mi paquete?",
    ),
    (
        "buyer-where-is-my-order",
        "Salve, il corriere dice consegnato ma a casa non c'è nulla. Potete verificare?",
    ),
    (
        "buyer-where-is-my-order",
        "先週注文した商品ですが、まだ到着しておりません。配送状況を確認していただけますか。",
    ),
    (
        "buyer-where-is-my-order",
        "order still hasnt come, been 3 weeks. if i dont get it by monday ill leave bad feedback",
    ),
    (
        "buyer-tracking-request",
        "Hi there, could you let me know the tracking number for my order? I'd like to follow the delivery.",
    ),
    (
        "buyer-tracking-request",
        "Guten Tag, können Sie mir die Trackingnummer zusenden? Vielen Dank.",
    ),
    (
        "buyer-tracking-request",
        "Bonjour, pouvez-vous m'envoyer le lien de suivi de ma commande ? Merci.",
    ),
    ("buyer-tracking-request", "発送予定日を教えてください。よろしくお願いします。"),
    (
        "buyer-tracking-request",
        "Has my order been dispatched yet? I ordered 3 days ago and it still says preparing.",
    ),
    (
        "buyer-delivery-time",
        "Hi, what is the usual delivery time to the UK? Thinking of buying two.",
    ),
    ("buyer-delivery-time", "¿Cuánto tarda en llegar a Canarias? Quiero comprarlo para un regalo."),
    ("buyer-delivery-time", "Quanto impiega la spedizione verso la Sicilia?"),
    ("buyer-delivery-time", "Wie lange ist die Lieferzeit in die Schweiz?"),
    (
        "buyer-return-request",
        "The blender arrived with a cracked jar. I'd like a refund please, how do I send it back?",
    ),
    (
        "buyer-return-request",
        "Bonjour, le produit ne fonctionne pas du tout. Je souhaite être remboursé.",
    ),
    (
        "buyer-return-request",
        "Hallo, der Artikel ist beschädigt angekommen. Ich möchte vom Kauf zurücktreten und mein Geld zurück.",
    ),
    ("buyer-return-request", "I don't need this anymore, can I send it back for my money?"),
    ("buyer-return-request", "商品が破損していました。返品と返金をお願いします。"),
    (
        "buyer-size-issue",
        "The shoes are way too narrow for my feet, I need a wider size or I'll return them.",
    ),
    ("buyer-size-issue", "Hola, el vestido me queda grande, ¿puedo cambiarlo por una talla S?"),
    (
        "buyer-size-issue",
        "Die Hose ist zu lang und an der Taille zu weit. Kann ich eine kleinere Größe bekommen?",
    ),
    ("buyer-size-issue", "Il maglione è troppo piccolo, vorrei una taglia più grande."),
    (
        "buyer-exchange-request",
        "Hi, I ordered the black one but I'd prefer white. It's already shipped - can I change it when it arrives?",
    ),
    (
        "buyer-exchange-request",
        "Bonjour, j'ai commandé le mauvais modèle, je voudrais l'échanger contre la version 128 Go.",
    ),
    (
        "buyer-exchange-request",
        "Hallo, ich hätte gerne statt der blauen Variante die rote. Ist ein Umtausch möglich?",
    ),
    ("buyer-how-to-use", "Hello, the app doesn't find the scale. What am I doing wrong?"),
    (
        "buyer-how-to-use",
        "Bonjour, je n'arrive pas à régler l'heure sur la montre. Pouvez-vous m'aider ?",
    ),
    ("buyer-how-to-use", "¿Cómo se limpia el filtro? No viene explicado."),
    ("buyer-how-to-use", "この加湿器のタイマーの設定方法がわかりません。"),
    (
        "buyer-quantity-question",
        "I ordered 6 but the box only had 4 in it. Is the rest coming separately?",
    ),
    (
        "buyer-quantity-question",
        "Hallo, ich habe 3 Sets bestellt – sind das 3 x 12 Gläser oder insgesamt 12?",
    ),
    (
        "buyer-quantity-question",
        "Bonjour, le lot contient combien d'unités exactement ? J'en ai commandé 2.",
    ),
    (
        "negative-review",
        "Buyer feedback: 1 star. 'Item broke after one use, very disappointed.' Order 113-1234567-1234567",
    ),
    (
        "negative-review",
        "You received a new 2-star customer review on your product: 'smaller than pictured'.",
    ),
    (
        "negative-review",
        "Neue Bewertung: 1 von 5 Sternen – 'Qualität schlecht, nicht zu empfehlen'.",
    ),
    (
        "amazon-account-deactivated",
        "Dear Seller, we have deactivated your Amazon selling account because the documents you provided did not match the information in your account.",
    ),
    (
        "amazon-account-under-review",
        "Hello, your account is being reviewed due to customer complaints about used items sold as new. Your disbursements are temporarily on hold.",
    ),
    (
        "amazon-odr-warning",
        "Your account is at risk of deactivation: your ODR is 1.6%, above the target of less than 1%.",
    ),
    (
        "amazon-a-to-z-claim",
        "A buyer has opened an A-to-z Guarantee claim for order 113-7654321-7654321. Please respond within 3 days.",
    ),
    (
        "amazon-ip-complaint",
        "We received a report from a rights owner that your listing infringes their trademark. The listing has been deactivated.",
    ),
    (
        "hijacker-alert",
        "Alert: 2 new sellers joined your listing B0ABCDE123 today. Lowest price $12.99.",
    ),
    (
        "hijacker-alert",
        "Someone else is now selling our brand product on our ASIN at a lower price, and they took the Buy Box.",
    ),
    ("other", "Thanks a lot, the package arrived on time and my son loves it!"),
    ("other", "Hello, do you sell this product in bulk for our company? We need 500 units."),
    ("other", "Is this charger compatible with a Samsung S23?"),
    ("other", "Important: changes to FBA fulfillment fees starting January 15, 2027."),
    (
        "buyer-where-is-my-order",
        "Good afternoon. My order from the 2nd still shows 'label created' and nothing else. Is it actually on its way?",
    ),
    (
        "buyer-where-is-my-order",
        "Hi, the estimated delivery date has passed and I have no package. Can you check with the shipping company?",
    ),
    (
        "buyer-where-is-my-order",
        "Moin, mein Päckchen hängt seit Tagen beim Zoll fest. Können Sie da etwas machen?",
    ),
    (
        "buyer-where-is-my-order",
        "Bonsoir, le suivi n'a pas bougé depuis 12 jours, je commence à m'inquiéter.",
    ),
    (
        "buyer-where-is-my-order",
        "Hola, hace un mes que hice el pedido y nada. ¿Me lo van a enviar o no?",
    ),
    (
        "buyer-where-is-my-order",
        "Buongiorno, ho ordinato due settimane fa e il pacco risulta ancora in transito. Quando lo riceverò?",
    ),
    ("buyer-where-is-my-order", "荷物の追跡が1週間以上止まったままです。どうなっていますか？"),
    ("buyer-where-is-my-order", "我的订单显示已发货但是十天了物流一直没有动，请帮忙查一下。"),
    (
        "buyer-tracking-request",
        "Can you send me a tracking number? Amazon says shipped but there's no tracking info.",
    ),
    (
        "buyer-tracking-request",
        "Hallo, ist meine Bestellung schon unterwegs? Ich habe noch keine Versandbestätigung.",
    ),
    ("buyer-tracking-request", "Hola, ¿me podéis decir cuándo me lo enviáis? Gracias."),
    ("buyer-tracking-request", "Ciao, potete mandarmi il codice di tracking? Grazie"),
    ("buyer-delivery-time", "Do you deliver to Puerto Rico and how long would that take?"),
    (
        "buyer-delivery-time",
        "Bonjour, en combien de jours recevrais-je l'article si je commande aujourd'hui ?",
    ),
    ("buyer-delivery-time", "東京まで何日で届きますか？注文を考えています。"),
    (
        "buyer-return-request",
        "This is not what I expected at all, the material feels cheap. I want to return it.",
    ),
    (
        "buyer-return-request",
        "Hi, the charger stopped working after a week. Can I get my money back?",
    ),
    ("buyer-return-request", "Bonjour, l'article reçu est défectueux, je voudrais le retourner."),
    ("buyer-return-request", "Hola, el producto llegó roto. Quiero que me devuelvan el dinero."),
    ("buyer-return-request", "Salve, il prodotto non funziona. Vorrei il rimborso."),
    (
        "buyer-size-issue",
        "Ordered a medium but it's tiny, fits like an XS. Can I swap for a large?",
    ),
    (
        "buyer-size-issue",
        "Bonjour, les chaussures sont trop petites, je voudrais la pointure au-dessus.",
    ),
    (
        "buyer-size-issue",
        "Hallo, die Schuhe sind eine Nummer zu klein. Kann ich sie gegen 43 tauschen?",
    ),
    ("buyer-size-issue", "サイズが小さくて履けませんでした。交換は可能ですか？"),
    (
        "buyer-exchange-request",
        "Hi! Can I switch my order to the grey version instead? It already shipped.",
    ),
    (
        "buyer-exchange-request",
        "Hola, me equivoqué de color al pedir, ¿lo puedo cambiar por el azul?",
    ),
    ("buyer-how-to-use", "How do I reset the timer? The booklet is only in Chinese."),
    (
        "buyer-how-to-use",
        "Hallo, wie bekomme ich die Kamera mit dem WLAN verbunden? Es klappt nicht.",
    ),
    ("buyer-how-to-use", "Ciao, non riesco a collegare le cuffie al telefono, come si fa?"),
    (
        "buyer-quantity-question",
        "Hi, the listing says 12 pieces but I counted 10. Can you send the missing 2?",
    ),
    (
        "buyer-quantity-question",
        "Before you ship: my order is for 40 units, please confirm they all come in the same batch and color.",
    ),
    ("negative-review", "Feedback notification: Rating 2/5 - 'Slow shipping and poor packaging.'"),
    (
        "negative-review",
        "Un client a laissé un avis 1 étoile sur votre produit : « cassé à l'arrivée ».",
    ),
    ("negative-review", "お客様から評価1のレビューが投稿されました：「すぐ壊れた」"),
    (
        "amazon-account-deactivated",
        "Votre compte vendeur a été désactivé car nous n'avons pas pu vérifier les informations fournies.",
    ),
    (
        "amazon-account-under-review",
        "La tua account è in fase di revisione per possibili violazioni delle norme. I pagamenti sono sospesi.",
    ),
    (
        "amazon-odr-warning",
        "Su tasa de defectos en pedidos es del 2,1%, superior al objetivo del 1%. Su cuenta podría ser desactivada.",
    ),
    (
        "amazon-a-to-z-claim",
        "Le client a déposé une réclamation au titre de la Garantie A à Z pour la commande 171-1234567-1234567.",
    ),
    (
        "amazon-ip-complaint",
        "Hemos eliminado su anuncio por una reclamación de propiedad intelectual del titular de la marca.",
    ),
    (
        "hijacker-alert",
        "Heads up: a seller called BestDealz just added an offer to your brand listing B0XXXXXXX1.",
    ),
    ("other", "Received the replacement, all good now. Have a nice day!"),
    (
        "other",
        "We are a logistics company offering cheap shipping from China to the US, contact us for a quote.",
    ),
    (
        "buyer-where-is-my-order",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nHello, the delivery date was yesterday and nothing came. Please advise.\n------------- End message -------------\n",
    ),
    (
        "buyer-where-is-my-order",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nGuten Tag, die Lieferung war für Montag angekündigt, bis heute ist nichts da.\n------------- End message -------------\n",
    ),
    (
        "buyer-where-is-my-order",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nIl mio ordine non è ancora arrivato, potete controllare?\n------------- End message -------------\n",
    ),
    (
        "buyer-where-is-my-order",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nLa entrega estaba prevista para el lunes y todavía nada.\n------------- End message -------------\n",
    ),
    (
        "buyer-tracking-request",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nCould you tell me if my order has left your warehouse yet?\n------------- End message -------------\n",
    ),
    (
        "buyer-tracking-request",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nHallo, wurde meine Bestellung schon verschickt? Gibt es eine Sendungsverfolgung?\n------------- End message -------------\n",
    ),
    (
        "buyer-delivery-time",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nHi, I'm thinking of ordering 2 more. How soon would they arrive in Texas?\n------------- End message -------------\n",
    ),
    (
        "buyer-return-request",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nDas Gerät ist nach zwei Tagen kaputt gegangen. Ich möchte es zurückgeben.\n------------- End message -------------\n",
    ),
    (
        "buyer-return-request",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nThe color is completely different from the photos, I'd like to send it back.\n------------- End message -------------\n",
    ),
    (
        "buyer-size-issue",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nThe gloves are too small for my hands, can I get a size L?\n------------- End message -------------\n",
    ),
    (
        "buyer-size-issue",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nLa veste est trop petite, je voudrais une taille au-dessus.\n------------- End message -------------\n",
    ),
    (
        "buyer-exchange-request",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nCould I get the blue one instead of green? Not opened yet, just changed my mind on the colour.\n------------- End message -------------\n",
    ),
    (
        "buyer-how-to-use",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nHi, the hose connector keeps leaking, how do I attach it properly?\n------------- End message -------------\n",
    ),
    (
        "buyer-quantity-question",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nHi, my order says quantity 3 but I only need 2, and is each one a set of 2?\n------------- End message -------------\n",
    ),
    (
        "negative-review",
        "From: Amazon <no-reply@amazon.com>\nSubject: New customer review\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nA customer left a 1-star review on ASIN B0ABCDEFGH: 'Leaks everywhere, useless.'\n",
    ),
    (
        "negative-review",
        "From: Amazon <no-reply@amazon.com>\nSubject: Negative feedback received\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nRating: 2\nComments: Item arrived late and box damaged.\nOrder ID: 113-1111111-2222222\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.com>\nSubject: Your Amazon.com selling account\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nHello,\nWe could not verify the information you provided during registration. As a result, your selling account has been deactivated.\nTo reactivate, please upload a valid ID and bank statement.\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.com>\nSubject: Ihr Verkäuferkonto\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nGuten Tag,\nwir konnten Ihre Identität nicht bestätigen. Ihr Konto wurde deaktiviert.\n",
    ),
    (
        "amazon-account-under-review",
        "From: Amazon <no-reply@amazon.com>\nSubject: Action required: account review\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nHello,\nYour account is under review because of offers on products of brands you are not authorized to sell. Your funds are on hold during the review.\n",
    ),
    (
        "amazon-odr-warning",
        "From: Amazon <no-reply@amazon.com>\nSubject: Account Health warning\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nYour Order Defect Rate (ODR) is 2.3%, which exceeds our target of under 1%. If it does not improve, your account may be deactivated.\n",
    ),
    (
        "amazon-odr-warning",
        "From: Amazon <no-reply@amazon.com>\nSubject: Your selling privileges have been removed\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nHello,\nYour account has been deactivated because your Order Defect Rate is above our target of 1%. Please submit a plan of action.\n",
    ),
    (
        "amazon-a-to-z-claim",
        "From: Amazon <no-reply@amazon.com>\nSubject: Claim notification: Order 113-2222222-3333333\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nA buyer filed an A-to-z Guarantee claim. Reason: item not as described.\nBuyer's comment: 'it broke, I want a refund'.\n",
    ),
    (
        "amazon-a-to-z-claim",
        "From: Amazon <no-reply@amazon.com>\nSubject: Réclamation Garantie A à Z\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nBonjour,\nUn client a ouvert une réclamation au titre de la garantie A à Z pour la commande 405-1111111-2222222. Motif : article non reçu.\n",
    ),
    (
        "amazon-ip-complaint",
        "From: Amazon <no-reply@amazon.com>\nSubject: Notice: Policy Warning\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nWe removed your listing ASIN B0ABCDEFGH because it may infringe the copyright of a rights owner (images).\n",
    ),
    (
        "amazon-ip-complaint",
        "From: Amazon <no-reply@amazon.com>\nSubject: Verletzung geistigen Eigentums\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nWir haben Ihr Angebot entfernt, weil ein Rechteinhaber eine Markenrechtsverletzung gemeldet hat.\n",
    ),
    (
        "hijacker-alert",
        "From: Amazon <no-reply@amazon.com>\nSubject: Alert: new offer on B0ABCDEFGH\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nA new offer has appeared on your listing from seller QuickMart at $8.99. You no longer win the Buy Box.\n",
    ),
    (
        "hijacker-alert",
        "Hey team, some other seller jumped on our listing for the garden hose yesterday, can we send them a warning?",
    ),
    (
        "other",
        "You have received a message from Amazon customer Max Mustermann.\n\nOrder ID: 302-1111111-2222222\nItem: Garden Hose 30m\n\n------------- Begin message -------------\nJust wanted to say the hose works perfectly, great quality!\n------------- End message -------------\n",
    ),
    (
        "other",
        "From: Amazon <no-reply@amazon.com>\nSubject: Your payment is on the way\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nWe have initiated a disbursement of $1,234.56 to your bank account.\n",
    ),
    (
        "other",
        "From: Amazon <no-reply@amazon.com>\nSubject: Prime Day deals submission open\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nSubmit your deals for Prime Day now. Lightning deals close on June 1.\n",
    ),
    ("buyer-where-is-my-order", "WHERE IS MY STUFF. ORDERED 2 WEEKS AGO. NOTHING."),
    (
        "buyer-where-is-my-order",
        "helo my pakage not arive yet, tracking say in transit since 10 days, pls check",
    ),
    (
        "buyer-where-is-my-order",
        "Hi I'm still waiting on my order from last month, it's been forever",
    ),
    ("buyer-where-is-my-order", "Servus, Paket immer noch nicht da!! Was ist los?"),
    ("buyer-where-is-my-order", "bonjour colis toujours pas arrivé cest normal??"),
    ("buyer-where-is-my-order", "hola mi paquete no llega desde hace 3 semanas que pasa"),
    ("buyer-where-is-my-order", "ciao il pacco non arriva, che succede?"),
    ("buyer-where-is-my-order", "注文した品物はいつ届きますか？もう2週間経ちました。"),
    ("buyer-where-is-my-order", "你好，我的东西什么时候能到？已经等了两个星期了"),
    ("buyer-tracking-request", "pls send tracking"),
    ("buyer-tracking-request", "Do you have a tracking # for this order yet?"),
    ("buyer-tracking-request", "Hi, has this shipped? Ordered Monday, no update from Amazon."),
    ("buyer-tracking-request", "Bonjour, ma commande est-elle expédiée ? Merci"),
    ("buyer-delivery-time", "how long shipping to germany?"),
    ("buyer-delivery-time", "Can this arrive within a week if I order now? Need it for a trip."),
    ("buyer-return-request", "item is junk. refund now."),
    (
        "buyer-return-request",
        "Hi, I received the wrong item - a red mug instead of the kettle I ordered. I want my money back.",
    ),
    ("buyer-return-request", "Der Artikel entspricht nicht der Beschreibung, bitte Geld zurück."),
    ("buyer-size-issue", "shirt is too tight across the chest, need XL"),
    ("buyer-size-issue", "the ring doesn't fit, it's too big, can I return it for a smaller one?"),
    (
        "buyer-exchange-request",
        "Can I change the size from M to L on my order? it shipped already but I realized I need bigger for my husband",
    ),
    ("buyer-how-to-use", "the drone won't take off, just blinks red. what am i supposed to do?"),
    ("buyer-how-to-use", "Wie lade ich die Powerbank richtig auf? Die LED blinkt nur."),
    ("buyer-how-to-use", "Hi! where can i download the app for this camera? cant find it"),
    (
        "buyer-quantity-question",
        "listing says 100 pcs but the bag has like 60, did i get the right pack?",
    ),
    (
        "negative-review",
        "Review: ★☆☆☆☆ 'Stopped working in a week. Avoid.' - posted by J. Smith on ASIN B0DEFGHIJK",
    ),
    ("other", "ok thanks got it"),
    ("other", "Can you do a discount if I buy 10?"),
    ("other", "Is this dishwasher safe?"),
    (
        "buyer-size-issue",
        "I tried the boots on and they pinch my toes. Could I exchange them for a 9?",
    ),
    (
        "buyer-size-issue",
        "Les baskets taillent petit, je dois prendre une pointure de plus. Échange possible ?",
    ),
    ("buyer-size-issue", "Las botas me quedan justas, necesito un número más. ¿Puedo cambiarlas?"),
    ("buyer-size-issue", "Die Schuhe drücken vorne, ich brauche eine Nummer größer."),
    ("buyer-size-issue", "Return request\nReason: Item too large\nBuyer comment: fits like a tent"),
    (
        "buyer-exchange-request",
        "My daughter wants the pink one instead of purple, I know it already shipped. Can we swap when it arrives?",
    ),
    (
        "buyer-exchange-request",
        "Ich möchte die Bestellung auf die 2-Liter-Version ändern, ist schon verschickt.",
    ),
    (
        "buyer-exchange-request",
        "Vorrei cambiare il colore da nero a bianco, l'ordine è già stato spedito.",
    ),
    (
        "buyer-return-request",
        "Return request\nReason: Defective/Does not work properly\nBuyer comment: screen flickers",
    ),
    ("buyer-return-request", "The toy is missing parts and the box was open. I want to return it."),
    (
        "buyer-return-request",
        "Je me suis trompé de produit, je voudrais le renvoyer et être remboursé.",
    ),
    ("negative-review", "★☆☆☆☆ Terrible. Broke on first use. Do not buy this junk."),
    ("negative-review", "Customer feedback (2 stars): 'Seller never answered my messages.'"),
    ("negative-review", "Kundenbewertung: 1 Stern. Lieferung hat drei Wochen gedauert."),
    (
        "buyer-where-is-my-order",
        "Hi, my package was supposed to come Tuesday, tracking now says 'delivery exception'. What does that mean?",
    ),
    (
        "buyer-where-is-my-order",
        "The tracking says returned to sender?? I never got it. Where is it going?",
    ),
    (
        "buyer-tracking-request",
        "Hello, I haven't gotten a shipping notification yet. Can you confirm you sent it and give me the tracking?",
    ),
    (
        "buyer-delivery-time",
        "Will this get to Miami by Friday if I order today with standard shipping?",
    ),
    (
        "buyer-how-to-use",
        "Hi, how many hours do I need to charge it before first use? The manual doesn't say.",
    ),
    (
        "buyer-quantity-question",
        "Do I get 2 pillows or 1? The title says 2-pack but the picture shows one.",
    ),
    (
        "amazon-account-under-review",
        "Your Amazon seller account is under review. We have received reports that you are selling counterfeit items on listings you do not own. Until the review is complete, your disbursements will be held.",
    ),
    (
        "amazon-ip-complaint",
        "We removed the following listing due to a report of trademark infringement: ASIN B0XXXXXXX2. Rights owner: BrandCo.",
    ),
    (
        "amazon-account-deactivated",
        "Your account has been deactivated. We were unable to verify the documents you submitted. You can appeal by providing a valid government-issued ID.",
    ),
    ("hijacker-alert", "Buy Box lost: another seller is offering ASIN B0XXXXXXX3 at $14.50."),
    (
        "other",
        "Hello, I'm a blogger and would love to review your product on my channel. Can you send a free sample?",
    ),
    ("other", "Your Amazon order has shipped! Track your package."),
    (
        "negative-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: Nueva valoración\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn cliente ha dejado una valoración de 1 estrella: «Llegó roto»\n",
    ),
    (
        "negative-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: Nuova recensione\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn cliente ha lasciato una recensione da 2 stelle: 'Qualità scarsa'.\n",
    ),
    (
        "negative-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: 評価が投稿されました\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n購入者から星1つの評価が投稿されました。コメント：商品が届くのが遅い\n",
    ),
    (
        "amazon-odr-warning",
        "From: Amazon <no-reply@amazon.de>\nSubject: Taux de défaut de commande\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nVotre taux de défaut de commande (ODR) est de 1,9 %, supérieur à notre objectif de moins de 1 %.\n",
    ),
    (
        "amazon-odr-warning",
        "From: Amazon <no-reply@amazon.de>\nSubject: 注文不良率について\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nお客様の注文不良率が1.5%となり、目標値の1%を超えています。\n",
    ),
    (
        "amazon-odr-warning",
        "From: Amazon <no-reply@amazon.de>\nSubject: 订单缺陷率警告\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n您的订单缺陷率为2%，超过了1%的目标。\n",
    ),
    (
        "amazon-a-to-z-claim",
        "From: Amazon <no-reply@amazon.de>\nSubject: Reclamación de la Garantía de la A a la Z\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn comprador ha presentado una reclamación de la Garantía de la A a la Z para el pedido 402-1111111-2222222.\n",
    ),
    (
        "amazon-a-to-z-claim",
        "From: Amazon <no-reply@amazon.de>\nSubject: Reclamo Garanzia dalla A alla Z\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn acquirente ha aperto un reclamo Garanzia dalla A alla Z per l'ordine 171-1111111-2222222.\n",
    ),
    (
        "amazon-a-to-z-claim",
        "From: Amazon <no-reply@amazon.de>\nSubject: マーケットプレイス保証の申請\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n購入者様がAmazonマーケットプレイス保証を申請しました。注文番号：250-1111111-2222222\n",
    ),
    (
        "hijacker-alert",
        "From: Amazon <no-reply@amazon.de>\nSubject: Nouvelle offre sur votre fiche\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn nouveau vendeur propose votre produit de marque B0XXXXXXX4.\n",
    ),
    (
        "hijacker-alert",
        "From: Amazon <no-reply@amazon.de>\nSubject: Nueva oferta en su anuncio\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nOtro vendedor ha empezado a vender en su anuncio de marca B0XXXXXXX5.\n",
    ),
    (
        "hijacker-alert",
        "From: Amazon <no-reply@amazon.de>\nSubject: Nuova offerta sulla tua inserzione\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nUn altro venditore ha iniziato a vendere sulla tua inserzione B0XXXXXXX6.\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.de>\nSubject: Cuenta de vendedor desactivada\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nNo hemos podido verificar la información proporcionada. Su cuenta ha sido desactivada.\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.de>\nSubject: Account venditore disattivato\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nNon siamo riusciti a verificare le informazioni fornite. Il tuo account è stato disattivato.\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.de>\nSubject: アカウント停止のお知らせ\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nご提供いただいた情報を確認できませんでした。お客様の出品用アカウントは停止されました。\n",
    ),
    (
        "amazon-account-deactivated",
        "From: Amazon <no-reply@amazon.de>\nSubject: 账户已停用\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n我们无法验证您提供的信息，您的卖家账户已被停用。\n",
    ),
    (
        "amazon-account-under-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: Ihr Konto wird überprüft\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nIhr Verkäuferkonto wird derzeit überprüft. Auszahlungen werden bis zum Abschluss einbehalten.\n",
    ),
    (
        "amazon-account-under-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: Compte en cours d'examen\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nVotre compte vendeur est en cours d'examen. Vos fonds sont bloqués.\n",
    ),
    (
        "amazon-account-under-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: Cuenta en revisión\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nSu cuenta de vendedor está en revisión por posibles infracciones de las políticas.\n",
    ),
    (
        "amazon-account-under-review",
        "From: Amazon <no-reply@amazon.de>\nSubject: アカウントの審査\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nお客様のアカウントは現在審査中です。審査期間中は売上金の支払いを保留します。\n",
    ),
    (
        "amazon-ip-complaint",
        "From: Amazon <no-reply@amazon.de>\nSubject: Violation de propriété intellectuelle\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nNous avons supprimé votre offre suite à une plainte pour violation de marque.\n",
    ),
    (
        "amazon-ip-complaint",
        "From: Amazon <no-reply@amazon.de>\nSubject: 知的財産権の侵害\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n権利所有者から商標権侵害の申し立てがあり、出品を削除しました。\n",
    ),
    (
        "amazon-ip-complaint",
        "From: Amazon <no-reply@amazon.de>\nSubject: Violazione della proprietà intellettuale\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nAbbiamo rimosso la tua offerta per una segnalazione di violazione del copyright.\n",
    ),
    (
        "buyer-where-is-my-order",
        "Hello, my order should have been here last week. The tracking link just says 'in transit' for 8 days. Can you look into it?",
    ),
    (
        "buyer-where-is-my-order",
        "Guten Morgen, wann kann ich mit meiner Lieferung rechnen? Die Sendung steht seit Tagen still.",
    ),
    (
        "buyer-where-is-my-order",
        "Bonjour, je n'ai toujours rien reçu alors que la date de livraison est dépassée.",
    ),
    (
        "buyer-where-is-my-order",
        "Hola, ¿podrían decirme dónde está mi pedido? Ya pasó la fecha estimada.",
    ),
    (
        "buyer-where-is-my-order",
        "Buongiorno, il pacco doveva arrivare ieri ma non è arrivato niente.",
    ),
    (
        "buyer-where-is-my-order",
        "お世話になります。注文した商品がまだ届いておりません。確認をお願いします。",
    ),
    (
        "buyer-tracking-request",
        "Hi, could you please share the tracking details for my order? Thanks!",
    ),
    ("buyer-tracking-request", "Bonjour, avez-vous un numéro de suivi pour ma commande ?"),
    ("buyer-tracking-request", "Hola, ¿cuándo enviarán mi pedido? Lo necesito pronto."),
    ("buyer-delivery-time", "Hi, how long does it usually take to ship to Ireland?"),
    ("buyer-delivery-time", "Ciao, in quanti giorni arriva in Sardegna?"),
    (
        "buyer-return-request",
        "The handle snapped off the first time I used it. I'd like to return it please.",
    ),
    ("buyer-return-request", "Hallo, ich möchte den Artikel zurücksenden, er gefällt mir nicht."),
    (
        "buyer-return-request",
        "Bonjour, je souhaite retourner cet article, il ne correspond pas à la description.",
    ),
    (
        "buyer-size-issue",
        "Hi, the dress doesn't fit me, it's too tight around the waist. Can I get a bigger size?",
    ),
    ("buyer-size-issue", "Hola, la camiseta me queda pequeña, ¿puedo cambiarla por una M?"),
    (
        "buyer-exchange-request",
        "Hello, I accidentally ordered the wrong color. It's shipped already - can I exchange it for the navy one?",
    ),
    (
        "buyer-how-to-use",
        "Hello, how do I set the time on this clock? There are no instructions in the box.",
    ),
    (
        "buyer-how-to-use",
        "Bonjour, comment fonctionne le minuteur ? Je ne comprends pas la notice.",
    ),
    (
        "buyer-quantity-question",
        "Hi, I ordered 5 packs but the confirmation says quantity 1. Can you check how many you'll send?",
    ),
    (
        "negative-review",
        "New negative feedback received for order 113-5555555-6666666. Rating: 1. Comment: 'Never again.'",
    ),
    (
        "amazon-odr-warning",
        "Your Order Defect Rate has exceeded 1%. Your account is at risk of deactivation.",
    ),
    (
        "amazon-a-to-z-claim",
        "Hello, a customer has filed an A-to-z claim on order 114-1234567-7654321. Reason: Item not received.",
    ),
    (
        "amazon-account-deactivated",
        "Hello, Your Amazon selling account has been deactivated because we could not verify your identity.",
    ),
    (
        "amazon-account-under-review",
        "We are reviewing your account due to policy violations. Funds will be held until the review is complete.",
    ),
    (
        "amazon-ip-complaint",
        "Your listing has been removed because of a copyright complaint from the rights owner.",
    ),
    (
        "hijacker-alert",
        "Hey, just noticed a new seller on our listing undercutting us by $2. Can we do something?",
    ),
    ("other", "Thanks so much, everything arrived in perfect condition!"),
    ("other", "Do you offer gift wrapping?"),
    ("other", "Can I pick it up in person?"),
    (
        "buyer-where-is-my-order",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHi there,\n\nI placed this order almost three weeks ago and according to the tracking it has been sitting in Los Angeles for 9 days. I contacted USPS and they told me to contact the sender. Could you please find out what is happening? I really need the bottle for a hiking trip next weekend.\n\nThank you,\nMegan\n----------------------------\n",
    ),
    (
        "buyer-where-is-my-order",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nThis is the second time I'm writing. No answer. Where is my bottle?? If I don't hear back today I'm opening a claim.\n----------------------------\n",
    ),
    (
        "buyer-return-request",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHello, the bottle leaks from the lid, water everywhere in my bag. I'd like a replacement or my money back.\n\nRegards,\nTom\n----------------------------\n",
    ),
    (
        "buyer-size-issue",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHallo, die Flasche ist zu groß für den Getränkehalter im Auto, passt leider nicht. Kann ich sie zurückgeben?\n----------------------------\n",
    ),
    (
        "buyer-exchange-request",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHi! Could I get the 750ml version instead? I know it's already on the way, I can send this one back unopened.\n----------------------------\n",
    ),
    (
        "buyer-how-to-use",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHow do I get the lid seal out for cleaning? It seems stuck and I don't want to break it.\n----------------------------\n",
    ),
    (
        "buyer-quantity-question",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nI ordered 2 bottles but the order page shows 1. Will you be sending both?\n----------------------------\n",
    ),
    (
        "buyer-tracking-request",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nBonjour, pourriez-vous m'indiquer le numéro de suivi du colis ? Merci beaucoup.\n----------------------------\n",
    ),
    (
        "buyer-delivery-time",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nHola, si lo pido hoy, ¿llegaría antes del 24 de diciembre a Valencia?\n----------------------------\n",
    ),
    (
        "other",
        "You have received a message from an Amazon customer.\n\nOrder ID: 113-2223334-4445556\nItem: Stainless Steel Water Bottle 1L\n\n-------- Message: --------\nReceived it today, it's great, thank you!\n----------------------------\n",
    ),
    (
        "buyer-where-is-my-order",
        "Subject: Re: Your order\n\nStill nothing here. You said it would be here by Friday.\n\n> On Nov 3, 2026, Sunrise Store wrote:\n> Your order has shipped and should arrive by Friday.",
    ),
    (
        "negative-review",
        "Subject: Amazon: Neues negatives Feedback\n\nEin Käufer hat eine negative Bewertung abgegeben.\nBewertung: 1/5\nKommentar: Artikel kam beschädigt an.\nBestellnummer: 302-1234567-1234567",
    ),
    (
        "buyer-where-is-my-order",
        "Sehr geehrte Damen und Herren,\n\nich habe am 2. November eine Bestellung aufgegeben. Laut Amazon hätte das Paket spätestens am 10. November ankommen sollen. Leider habe ich bis heute nichts erhalten und die Sendungsverfolgung zeigt seit einer Woche denselben Status.\n\nMit freundlichen Grüßen\nPetra Schulz",
    ),
    (
        "buyer-return-request",
        "Guten Tag,\n\ndas Gerät riecht stark nach Plastik und wird sehr heiß. Ich möchte es nicht weiter benutzen und bitte um eine Rücknahme.\n\nMfG\nK. Weber",
    ),
    (
        "buyer-exchange-request",
        "Hallo, ich habe aus Versehen die falsche Farbe bestellt (schwarz statt weiß). Das Paket ist schon unterwegs. Kann ich es nach Erhalt in weiß umtauschen?",
    ),
    (
        "buyer-where-is-my-order",
        "Bonjour,\n\nMa commande passée il y a 15 jours n'est toujours pas livrée. Le transporteur ne répond pas. Pouvez-vous vérifier où en est mon colis ?\n\nBien à vous,\nJulien",
    ),
    (
        "buyer-size-issue",
        "Bonjour, j'ai essayé le pantalon, il est trop court de 5 cm. Est-ce possible d'avoir la taille au-dessus ?",
    ),
    (
        "buyer-how-to-use",
        "Bonjour, je n'arrive pas à appairer le casque avec mon ordinateur. Y a-t-il une manipulation particulière ?",
    ),
    (
        "buyer-where-is-my-order",
        "Hola,\n\nCompré este artículo hace tres semanas y aún no lo tengo. El seguimiento indica que está en aduanas desde hace 10 días. ¿Qué puedo hacer?\n\nUn saludo,\nMarta",
    ),
    (
        "buyer-return-request",
        "Hola, el producto no funciona desde el primer día. Solicito la devolución y el reembolso completo.",
    ),
    ("buyer-how-to-use", "Hola, ¿cómo se empareja el mando con la consola? He probado de todo."),
    (
        "buyer-where-is-my-order",
        "Salve,\n\nho effettuato l'ordine il 28 ottobre e non ho ancora ricevuto nulla. Il tracciamento è fermo da giorni. Potete aiutarmi?\n\nCordiali saluti\nAndrea",
    ),
    (
        "buyer-size-issue",
        "Buongiorno, le scarpe sono strette, di solito porto il 40 ma queste sembrano un 39. Posso cambiarle con il 41?",
    ),
    (
        "buyer-quantity-question",
        "Buongiorno, ho ordinato 3 confezioni: sono 3 pezzi in totale o 3 confezioni da 4?",
    ),
    (
        "buyer-where-is-my-order",
        "こんにちは。11月1日に注文しましたが、まだ商品が届いていません。配送業者に問い合わせても分からないと言われました。至急確認してください。",
    ),
    (
        "buyer-return-request",
        "届いた商品が初期不良で電源が入りません。返品・返金の手続きを教えてください。",
    ),
    (
        "buyer-size-issue",
        "靴が小さくて足が入りませんでした。ワンサイズ大きいものに交換できますか？",
    ),
    (
        "buyer-where-is-my-order",
        "你好，我十一月初下的订单到现在还没收到，物流信息一直没有更新，请帮我查一下。谢谢！",
    ),
    ("buyer-return-request", "收到的产品是坏的，不能用，我想退货退款。"),
    ("buyer-how-to-use", "请问这个加湿器怎么清洗？说明书看不懂。"),
    (
        "buyer-where-is-my-order",
        "Hi, I ordered a car seat cover 12 days ago and the estimated delivery was last Thursday. Tracking 9400111899561234567890 hasn't updated since it left the facility in New Jersey. My sister's wedding road trip is Saturday. Is there anything you can do?\nOrder ID: 112-5512345-7788990",
    ),
    (
        "buyer-where-is-my-order",
        "hello?? anyone there? 3rd message. my order 114-2233445-5667788 STILL not here. amazon says contact seller. so im contacting you. wheres my parcel",
    ),
    (
        "buyer-tracking-request",
        "Hi! I got an email saying my order shipped but there was no tracking number in it. Could you send it over so I can keep an eye on it? Order 113-9988776-5544332. Thanks so much, Priya",
    ),
    (
        "buyer-tracking-request",
        "Bonjour, je voulais savoir si ma commande était déjà partie. Je pars en vacances le 20 et j'aimerais la recevoir avant. Merci d'avance, Claire",
    ),
    (
        "buyer-delivery-time",
        "Hello, I'm in Hawaii. Before I order, can you tell me roughly how many business days shipping takes to Honolulu? Some sellers take a month.",
    ),
    (
        "buyer-delivery-time",
        "Guten Tag, ich würde gerne 2 Stück bestellen. Wie schnell wäre die Lieferung nach Wien? Danke",
    ),
    (
        "buyer-return-request",
        "Hi there, I bought the bamboo cutting board as a gift but the recipient already has one. It's unopened in the original packaging. What's the process for sending it back? Order 111-2345678-9012345",
    ),
    (
        "buyer-return-request",
        "The zipper broke the second time I used the backpack. For $59 I expected better. I want a full refund and I'll send it back if needed.",
    ),
    (
        "buyer-size-issue",
        "Hi, I ordered the hiking boots in 10 but they're about half a size too short, my toes hit the front. Can I send them back for a 10.5?",
    ),
    (
        "buyer-size-issue",
        "Bonjour, le manteau taille M est beaucoup trop large aux épaules, je flotte dedans. Je voudrais l'échanger contre un S.",
    ),
    (
        "buyer-exchange-request",
        "Hey, my order just shipped but I realized I picked the 2-pack when I wanted the 4-pack. Can we switch it to the 4-pack? I'll pay extra.",
    ),
    (
        "buyer-exchange-request",
        "Hola, pedí la funda en negro pero mi marido la prefiere en gris. Sé que ya está enviada, ¿es posible cambiarla cuando llegue?",
    ),
    (
        "buyer-how-to-use",
        "my new robot vacuum keeps saying 'error 5' and stops after a minute. Ive cleaned the brushes. Is there a reset or something? Item: Robot Vacuum Cleaner 2000Pa",
    ),
    (
        "buyer-how-to-use",
        "Hallo, der Wasserkocher zeigt 'E2' an und heizt nicht. Was bedeutet das und wie kann ich das beheben?",
    ),
    (
        "buyer-quantity-question",
        "Hello, we're a daycare and just ordered 24 of the nap mats (order 113-4455667-7889900). Could you confirm all 24 will come in the same blue color and ship together? We need them for opening day.",
    ),
    (
        "buyer-quantity-question",
        "Bonjour, j'ai commandé 3 lots de 6 verres. Pouvez-vous confirmer que je recevrai bien 18 verres au total ?",
    ),
    (
        "other",
        "Just wanted to let you know the organizer arrived and it's perfect. My kitchen has never looked better. Thanks!",
    ),
    ("other", "Hi, does this kettle come with a UK plug or EU plug? Thinking of buying one."),
    (
        "other",
        "Subject: Your Seller Central weekly summary\n\nLast week you had 42 orders and sales of $1,234.50. Keep it up!",
    ),
    (
        "other",
        "Subject: Amazon Seller Forums digest\n\nTop posts this week: How to handle returns during the holidays; Inventory limits explained.",
    ),
    (
        "other",
        "Subject: Survey: tell us about your experience\n\nWe'd love your feedback on Seller Central. The survey takes 5 minutes.",
    ),
    (
        "other",
        "Subject: Shipment confirmation\n\nYour FBA shipment FBA17ABCDEF has been received at the fulfillment center.",
    ),
    (
        "other",
        "Hi! Quick question - do you have this in a bigger size before I buy? Looking for XL.",
    ),
    (
        "other",
        "Hello, can I get an invoice with VAT for my order 302-1234567-1234567? Company name: Müller GmbH.",
    ),
    (
        "other",
        "Good morning, I'd like to buy 200 units for our hotel chain. What is your best price?",
    ),
    ("other", "Thank you for the fast reply and the replacement. All sorted now!"),
    (
        "hijacker-alert",
        "Subject: [SellerSentinel] Offer change detected\n\nASIN B0AAAAAAA1 - a new offer from seller 'TopGoodsShop' at $19.99 (yours: $24.99).",
    ),
    (
        "negative-review",
        "Subject: [FeedbackBot] New 1-star review\n\nProduct: Silicone Spatula Set\nRating: 1/5\n'Melted in the pan after a week.'",
    ),
    (
        "amazon-account-under-review",
        "Subject: Your account health is at risk\n\nWe received complaints that the items you sold were inauthentic. Your account is under review and your funds are on hold.",
    ),
    (
        "amazon-ip-complaint",
        "Subject: Notice of Policy Warning\n\nWe removed some of your listings because a rights owner reported that they infringe their intellectual property.",
    ),
    (
        "amazon-a-to-z-claim",
        "Subject: Action required: A-to-z claim\n\nPlease respond within 72 hours to the A-to-z Guarantee claim on order 113-7777777-8888888.",
    ),
    (
        "amazon-odr-warning",
        "Subject: Important: Order Defect Rate\n\nYour ODR is above 1%. Please review the defects and submit a plan of action.",
    ),
    (
        "amazon-account-deactivated",
        "Subject: Selling privileges removed\n\nWe were unable to verify your business address. Your selling privileges have been removed and your account deactivated.",
    ),
    (
        "buyer-return-request",
        "Return request from buyer\nOrder: 113-1212121-3434343\nReason: Changed mind\nComment: found it cheaper elsewhere",
    ),
    (
        "buyer-size-issue",
        "Return request from buyer\nOrder: 113-1212121-5656565\nReason: Too small\nComment: ordered my usual size",
    ),
    (
        "buyer-return-request",
        "Return request\nOrder: 113-1212121-7878787\nReason: Item arrived damaged\nComment: box crushed, glass broken",
    ),
    (
        "buyer-where-is-my-order",
        "Hallo, mein Order ist noch nicht delivered, tracking sagt seit 5 Tagen 'in transit'. Bitte checken!",
    ),
    (
        "buyer-where-is-my-order",
        "Bonjour, le tracking indique 'livré' mais je n'ai rien reçu, ni dans la boîte aux lettres ni chez les voisins.",
    ),
    (
        "buyer-return-request",
        "Hi, the blender is too loud and the jar cracked on day 3. I'd like to return it. Also, your customer service number doesn't work.",
    ),
    (
        "buyer-return-request",
        "I want a refund. The product is fake, not the brand shown in the pictures.",
    ),
    (
        "buyer-where-is-my-order",
        "Where is my order? I've been waiting for 3 weeks. If it doesn't come by Friday I want a refund.",
    ),
    (
        "buyer-size-issue",
        "Ordered 2 shirts in L, both way too big, like XXL. Can I exchange for M? I'll send these back.",
    ),
    (
        "buyer-exchange-request",
        "Hi, I'd like to change the pillow covers I ordered from beige to dark grey, please. Order already shipped. Thanks - Rob",
    ),
    (
        "buyer-how-to-use",
        "Hey, got the smart bulb but the app keeps saying 'device not found'. Router is 2.4GHz. Help?",
    ),
    (
        "buyer-quantity-question",
        "Hi, my order was for 10 packs of batteries but the box only has 8. Are the other 2 coming separately?",
    ),
    ("buyer-delivery-time", "Hi, do you ship to Alaska and how long will it take to get there?"),
    ("buyer-tracking-request", "I got charged but no shipping confirmation yet. Has it shipped?"),
    (
        "negative-review",
        "Review on Amazon.com\n★★☆☆☆ Not as described\n'The color is completely different and the seller didn't reply to my message.'\nReviewed by Sandra K.",
    ),
    (
        "other",
        "Hi, I just wanted to update my shipping address before you send it: 12 Elm Street, Springfield. Thanks!",
    ),
    ("other", "Hello, please cancel my order, I bought it by mistake."),
]


@pytest.mark.parametrize(("kind", "text"), PHRASINGS)
def test_a_phrasing_is_classified(kind: str, text: str) -> None:
    assert triage(parse_message(text.encode(), "test")).kind == kind


def test_confidence_is_low_and_the_kind_other_without_cues() -> None:
    result = triage(parse_message(b"Hello, I have a question about my account settings.", "t"))
    assert (result.kind, result.scenario) == ("other", None)
    assert result.confidence < 0.3


def test_confidence_grows_with_evidence_and_falls_with_conflict() -> None:
    one = triage(parse_message(b"where is my order", "t")).confidence
    more = triage(parse_message(b"where is my order? it never arrived, still waiting", "t"))
    conflict = triage(parse_message(b"where is my order? also it is too small", "t"))
    assert 0 < conflict.confidence < one < more.confidence <= 1


def test_a_where_is_my_order_message_suggests_the_scenario_by_tracking() -> None:
    with_tracking = triage(
        parse_message(relayed("Where is my parcel? Tracking LX123456785CN"), "t")
    )
    without = triage(parse_message(relayed("Where is my parcel?"), "t"))
    assert with_tracking.scenario == "shipping-in-transit"
    assert without.scenario == "shipment-no-update"


FACTS = (
    "Order ID: 113-4567890-1234567\nItem: Bamboo Cutting Board, Set of 3\n\n"
    "-------- Message: --------\n"
    "Hi, I ordered on November 3, 2026 and paid $23.99 (plus EUR 4,50 shipping). UPS tracking "
    "1Z999AA10123456784 shows nothing since 05.11.2026. The other order 114-1111111-2222222 "
    "(ASIN B08N5WRWNW and B07XJ8C8F5) is fine.\nThanks,\nMaria Lopez\n-------- End --------"
)


def test_facts_are_extracted_as_written_dates_as_iso() -> None:
    facts = triage(parse_message(FACTS.encode(), "t")).facts
    assert facts == {
        "order_ids": ["113-4567890-1234567", "114-1111111-2222222"],
        "asins": ["B08N5WRWNW", "B07XJ8C8F5"],
        "tracking_number": "1Z999AA10123456784",
        "carrier": "UPS",
        "buyer_name": "Maria Lopez",
        "product": "Bamboo Cutting Board, Set of 3",
        "dates": ["2026-11-03", "2026-11-05"],
        "amounts": ["$23.99", "EUR 4,50"],
    }


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Sendungsnummer: 00340434161094042557 (DHL)", "tracking_number", "00340434161094042557"),
        ("追跡番号：1234-5678-9012 ヤマト運輸", "tracking_number", "1234-5678-9012"),
        ("ASIN: 0306406152", "asin", "0306406152"),
        ("ASIN: 0306406153", "asin", None),  # ISBN-10 check digit fails
        ("le 3 novembre 2026", "dates", ["2026-11-03"]),
        ("el 3 de noviembre de 2026", "dates", ["2026-11-03"]),
        ("2026年11月3日に注文", "dates", ["2026-11-03"]),
        ("ordered 11/03/2026", "dates", ["2026-11-03"]),
        ("bestellt am 11/03/2026", "dates", ["2026-03-11"]),
        ("Delivery estimate: Nov 12 - Nov 15, 2026", "dates", ["2026-11-12", "2026-11-15"]),
        ("arrives November 12-15, 2026", "dates", ["2026-11-12", "2026-11-15"]),
        ("livraison prévue 12-15 novembre 2026", "dates", ["2026-11-12", "2026-11-15"]),
        ("le 1er décembre 2026", "dates", ["2026-12-01"]),
        ("dal 1° luglio 2026", "dates", ["2026-07-01"]),
        ("Lieferung bis 3. November", "dates", None),  # no year, no Date header: left out
        ("shipped via FedEx 771234567890 on Monday", "tracking_number", "771234567890"),
        ("I called UPS at 1-800-742-5877 twice", "tracking_number", None),
        ("tracking: 1-800-742-5877", "tracking_number", None),
        ("Preis 45,00 € und ¥3,280 und ￥3280 und £12.50", "amounts",
         ["45,00 €", "¥3,280", "￥3280", "£12.50"]),
        ("商品名：ステンレス水筒 500ml", "product", "ステンレス水筒 500ml"),
        ("Article : Lampe de bureau LED", "product", "Lampe de bureau LED"),
        ("Shipped with Royal Mail, thanks", "carrier", "Royal Mail"),
        ("oops, ups and downs", "carrier", None),  # acronyms match in capitals only
        ("Hi, my name is Anna Weber and my parcel never arrived.", "buyer_name", "Anna Weber"),
        ("This is ridiculous, where is my order\nThis is Amazon Support", "buyer_name", None),
        ("Where is my parcel?\nThanks,\nTom\nSunrise Home Team", "buyer_name", "Tom"),
        ("Where is my parcel?\nBest regards,\nTom Baker", "buyer_name", "Tom Baker"),
        ("Danke, K. Bauer", "buyer_name", "K. Bauer"),
        ("包裹还没到\n李女士", "buyer_name", "李女士"),
    ],
)  # fmt: skip
def test_one_fact(text: str, key: str, value: object) -> None:
    assert triage(parse_message(text.encode(), "t")).facts.get(key) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Where is my order? I have been waiting for two weeks.", "en"),
        ("Hallo, wo ist mein Paket? Ich warte seit zwei Wochen.", "de"),
        ("Bonjour, où est mon colis ? J'attends depuis deux semaines.", "fr"),
        ("Hola, ¿dónde está mi pedido? Llevo dos semanas esperando.", "es"),
        ("Buongiorno, dov'è il mio pacco? Aspetto da due settimane.", "it"),
        ("荷物がまだ届きません。", "ja"),
        ("我的包裹还没到。", "zh"),
        ("mi pedido no llega!!!", "es"),
        ("wo bleibt mein paket", "de"),
    ],
)
def test_the_language_is_detected(text: str, language: str) -> None:
    assert detect(text) == language


def test_chinese_characters_alone_from_a_japanese_marketplace_are_japanese() -> None:
    data = "From: x@marketplace.amazon.co.jp\nSubject: 未着\n\n商品未着。\n".encode()
    assert triage(parse_message(data, "t")).language == "ja"
    assert triage(parse_message("商品未着。".encode(), "t")).language == "zh"


def test_the_language_is_the_buyers_not_the_wrappers() -> None:
    result = triage(parse_message(relayed("Wo bleibt mein Paket? Ich warte schon lange."), "t"))
    assert result.language == "de"


def test_urgent_kinds_come_first_in_a_report() -> None:
    ordered = sorted(KINDS, key=report_order)
    assert tuple(ordered[: len(URGENT)]) == URGENT


# --- the commands ------------------------------------------------------------------------------


@pytest.fixture
def wimo(tmp_path: Path) -> Path:
    path = tmp_path / "wimo.txt"
    path.write_bytes(
        relayed("Wo ist meine Bestellung? Sendungsnummer LX123456785CN, Deutsche Post.")
    )
    return path


def test_triage_json_follows_the_contract(run: Run, wimo: Path) -> None:
    result = run("triage", str(wimo), "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert list(data) == [
        "kind", "confidence", "scenario", "facts", "language", "runner_up", "reply_by"
    ]  # fmt: skip
    assert data["kind"] == "buyer-where-is-my-order" and data["language"] == "de"
    assert data["runner_up"] == "buyer-tracking-request" and data["reply_by"] is None
    # a buyer who writes the tracking number has it: the question is where the parcel is
    assert data["scenario"] == "shipping-in-transit" and data["confidence"] >= 0.5
    assert data["facts"]["tracking_number"] == "LX123456785CN"


def test_triage_prints_a_summary(run: Run, wimo: Path) -> None:
    result = run("triage", str(wimo))
    assert result.code == 0
    assert "buyer-where-is-my-order" in result.out and "German (de)" in result.out
    assert f"sellermail reply {wimo}" in result.out


def test_triage_reads_standard_input(run: Run) -> None:
    result = run("triage", "-", "--json", stdin="where is my order??")
    assert json.loads(result.out)["kind"] == "buyer-where-is-my-order"


def test_reply_from_a_triage_that_is_not_sure_says_which_kind_it_answers(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "unsure.txt"
    path.write_bytes(relayed("Wo ist meine Bestellung? Sendungsnummer?"))
    result = run("reply", str(path), "--offline")
    assert result.code == 0, result.err
    assert (
        "note: triage is not sure (buyer-where-is-my-order or buyer-tracking-request); this "
        "answers buyer-where-is-my-order: check it, or choose with --scenario ID"
    ) in result.err.splitlines()


def test_reply_drafts_shipping_in_transit_with_no_further_input(run: Run, wimo: Path) -> None:
    result = run("reply", str(wimo))
    assert result.code == 0, result.err
    assert "LX123456785CN" in result.out and "Deutsche Post" in result.out
    assert result.out.startswith("Hallo Anna Schmidt,")  # the buyer wrote in German
    assert "Paketzentrum" not in result.out  # no status given: no word on where the parcel is
    assert result.err.splitlines() == [
        "note: the buyer wrote in German (de); so does the reply (--language en for English)",
        "note: stated from defaults (check them; change with --set): transit_days: 7-15",
        "offline: no API key (OPENAI_API_KEY is not set) and no local base URL; printed the "
        "deterministic text (to polish, set a key or a profile: see `sellermail config show`)",
    ]
    given = run("reply", str(wimo), "--set", "status=ist im Paketzentrum angekommen", "--set",
                "transit_days=5-9", "--offline")  # fmt: skip
    assert "ist im Paketzentrum angekommen" in given.out and "5–9 Tage" in given.out
    assert "defaults" not in given.err
    english = run("reply", str(wimo), "--language", "en", "--offline")
    assert english.out.startswith("Hi Anna,") and "7–15 days" in english.out  # first name only
    assert "wrote in" not in english.err


def test_reply_lists_missing_facts_with_ready_set_lines(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "claim.eml"
    path.write_bytes(
        notice("A-to-z Guarantee claim", "Dear Seller, a buyer filed an A-to-z claim.")
    )
    result = run("reply", str(path))
    assert result.code == 2
    assert result.err.splitlines() == [
        "error: reply: appeal-a-to-z needs order_id, root_cause, store_name and "
        "corrective_actions, which the message does not contain; add them with --facts or --set:",
        "  --set order_id=...",
        "  --set root_cause=...",
        "  --set store_name=...",
        "  --set corrective_actions=...",
    ]
    done = run("reply", str(path), "--set", "order_id=113-4567890-1234567",
               "--set", "store_name=Maple Home", "--set", "root_cause=our reply was late",
               "--set", "corrective_actions=We have answered every open message", "--json")  # fmt: skip
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["scenario"] == "appeal-a-to-z" and "113-4567890-1234567" in data["reply"]["text"]


def test_reply_polishes_with_a_model_and_strict_fails_on_a_fallback(run: Run, wimo: Path) -> None:
    with FakeLLM([Reply(content="")]) as server:
        result = run("reply", str(wimo), "--base-url", server.url, "--max-attempts", "1",
                     "--strict", "--json")  # fmt: skip
    assert result.code == 1
    assert json.loads(result.out)["reply"]["source"] == "fallback"
    assert "fell back to the deterministic text after 1 attempts" in result.err
    assert len(server.received) == 1


def test_reply_set_wins_over_the_message(run: Run, wimo: Path) -> None:
    result = run("reply", str(wimo), "--set", "buyer_name=Mrs Schmidt", "--json")
    assert "Frau Schmidt" in json.loads(result.out)["reply"]["text"]  # in German, as written


def test_reply_to_other_is_an_error(run: Run) -> None:
    result = run("reply", "-", stdin="Thanks, got it today, love it!")
    assert result.code == 2
    assert result.err.strip() == "error: reply: no scenario answers this message (kind: other)"


def test_triage_dir_writes_jsonl_and_a_table_urgent_first(run: Run, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(relayed("Where is my package?"))
    (inbox / "b.eml").write_bytes(notice("New offer on your listing", "A new seller joined."))
    (inbox / "c.txt").write_bytes(b"")
    (inbox / "notes.md").write_text("not a message")
    report = tmp_path / "report.jsonl"
    result = run("triage", "--dir", str(inbox), "--out", str(report))
    assert result.code == 0
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    assert [row["file"] for row in rows] == ["a.txt", "b.eml", "c.txt"]
    assert rows[1]["kind"] == "hijacker-alert" and "error" in rows[2]
    assert result.out.index("hijacker-alert") < result.out.index("buyer-where-is-my-order")
    assert "warning: message" in result.err


def test_a_large_folder_is_shared_among_cores_with_the_same_results_in_order(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sellermail.pipeline.inbox

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    texts = [
        relayed("Where is my package?"),
        notice("New offer on your listing", "A seller joined."),
        b"",
    ]
    for i in range(30):
        (inbox / f"{i:02d}.txt").write_bytes(texts[i % 3])
    serial = run("triage", "--dir", str(inbox), "--json")
    monkeypatch.setattr(sellermail.pipeline.inbox, "PARALLEL_FROM", 10)
    monkeypatch.setattr(sellermail.pipeline.inbox.os, "cpu_count", lambda: 2)
    shared = run("triage", "--dir", str(inbox), "--json")
    assert shared.code == serial.code == 0
    assert shared.out == serial.out
    rows = [json.loads(line) for line in shared.out.splitlines()]
    assert [row["file"] for row in rows] == [f"{i:02d}.txt" for i in range(30)]
    assert [row.get("kind") for row in rows[:3]] == [
        "buyer-where-is-my-order",
        "hijacker-alert",
        None,
    ]
    assert rows[2]["error"].startswith("message")


def test_triage_needs_a_message_or_a_folder(run: Run, tmp_path: Path) -> None:
    assert run("triage").code == 2
    assert run("triage", "-", "--dir", str(tmp_path)).code == 2
    assert "give --dir too" in run("triage", "-", "--out", "r.jsonl", stdin="hi").err
    assert "--llm: reads one message" in run("triage", "--dir", str(tmp_path), "--llm").err


# --- --llm -------------------------------------------------------------------------------------

LLM_MESSAGE = relayed("Where is my package? Tracking LX123456785CN.")


def fake_send(answer: str) -> Callable[[llm.ChatRequest, LLMSettings], llm.Completion]:
    def send(request: llm.ChatRequest, settings: LLMSettings) -> llm.Completion:
        assert "<message>" in request.messages[1][1]
        return llm.Completion(answer, "stop")

    return send


LOCAL = LLMSettings(base_url="http://127.0.0.1:9/v1", model="m", temperature=0, timeout=5,
                    profile=None)  # fmt: skip


def test_llm_facts_are_kept_only_when_written_in_the_message() -> None:
    message = parse_message(LLM_MESSAGE, "t")
    offline = triage(message)
    answer = json.dumps({
        "kind": "buyer-where-is-my-order",
        "facts": {"order_id": "999-9999999-9999999", "carrier": "FedEx",
                  "tracking_number": "LX123456785CN", "buyer_name": "Anna Schmidt",
                  "amounts": ["$10.00"], "secret": "x"},
    })  # fmt: skip
    result = llm_triage(message, offline, LOCAL, send=fake_send(f"```json\n{answer}\n```"))
    assert result.facts["order_id"] == "113-4567890-1234567"  # the invented one is dropped
    assert "carrier" not in result.facts and "amounts" not in result.facts
    assert "secret" not in result.facts
    assert result.kind == "buyer-where-is-my-order" and result.confidence >= 0.9


def test_llm_kind_outside_the_contract_falls_back_with_a_note() -> None:
    message = parse_message(LLM_MESSAGE, "t")
    offline = triage(message)
    result = llm_triage(message, offline, LOCAL, send=fake_send('{"kind": "angry-buyer"}'))
    assert result.kind == offline.kind and result.facts == offline.facts
    assert result.note == (
        "note: the model returned a kind that does not exist ('angry-buyer'); "
        "printed the offline triage"
    )


SMOLLM = LLMSettings(base_url="http://localhost:8090/v1", model="SmolLM2-135M-Instruct",
                     temperature=0.0, timeout=600, profile="llamacpp")  # fmt: skip


@pytest.mark.vcr
def test_a_real_model_keeps_a_contract_kind_and_only_literal_facts() -> None:
    """Recorded against llama.cpp's server with SmolLM2-135M (see the README): a weak model, so
    what is asserted is the filter, on what it answered."""
    message = parse_message(LLM_MESSAGE, "t")
    offline = triage(message)
    result = llm_triage(message, offline, SMOLLM)
    # The model answered (a cassette of a model that could not be reached, or answered no JSON,
    # would give the offline triage with a note, and prove nothing about the filter).
    assert result.note is None, result.note
    assert (result.kind, result.confidence) == ("buyer-tracking-request", DISAGREED)
    assert result.kind in KINDS and result.language == offline.language
    written = f"{message.subject}\n{message.body}"
    for key, value in result.facts.items():
        for item in value if isinstance(value, list) else [value]:
            assert item in written or item in offline.facts.get(key, []), (key, item)
    assert "asin" not in result.facts  # the recorded answer invented one (and "113" as order id)


def test_parse_answer_finds_the_json_object_in_chatter() -> None:
    assert parse_answer('Sure! {"kind": "other"} hope it helps') == {"kind": "other"}
    assert parse_answer("no json here {oops") is None
    assert parse_answer('{"facts": {"asin": "B0"}}') is None  # no kind


def test_parse_answer_reads_a_cut_off_answer_up_to_its_last_complete_member() -> None:
    cut = '{"kind": "other", "facts": {"order_id": "1"}, "facts": {"asin": "B'
    assert parse_answer(cut) == {"kind": "other", "facts": {"order_id": "1"}}


def test_a_fact_inside_a_longer_one_is_not_written() -> None:
    message = parse_message(LLM_MESSAGE, "t")
    answer = '{"kind": "other", "facts": {"order_id": "113", "buyer_name": "Anna"}}'
    found = llm_triage(message, triage(message), LOCAL, send=fake_send(answer))
    assert found.kind == "other" and found.confidence == 0.6
    assert found.facts["order_id"] == "113-4567890-1234567"


def test_triage_llm_over_the_wire_and_a_refused_request(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(LLM_MESSAGE)
    content = '{"kind": "buyer-tracking-request", "facts": {"tracking_number": "LX123456785CN"}}'
    with FakeLLM([Reply(content=content)]) as server:
        result = run("triage", str(path), "--llm", "--base-url", server.url, "--json")
    assert json.loads(result.out)["kind"] == "buyer-tracking-request"
    assert server.received[0].body["temperature"] == 0.0
    with FakeLLM([Reply(status=401)]) as server:  # refused: not retried
        refused = run("triage", str(path), "--llm", "--base-url", server.url, "--json")
    assert refused.code == 0
    assert json.loads(refused.out)["kind"] == "buyer-where-is-my-order"
    assert refused.err.startswith("note: the model could not be reached (")
    assert refused.err.rstrip().endswith("; printed the offline triage")


def test_a_broken_header_or_charset_is_read_around_and_never_stops_a_folder(
    run: Run, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(
        b"From: a@b.c\nSubject: =?utf-8?b?YWJjZ?=\nContent-Type: text/plain\n\nwhere is my order??\n"
    )
    (inbox / "b.eml").write_bytes(
        b'From: a@b.c\nSubject: hi\nContent-Type: text/plain; charset="ut\xe9f-8"\n\n'
        b"where is my order??\n"
    )
    result = run("triage", "--dir", str(inbox), "--json")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [row.get("kind") for row in rows] == ["buyer-where-is-my-order"] * 2


def test_triage_dir_says_in_one_line_when_its_report_cannot_be_written(
    run: Run, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("where is my order??", encoding="utf-8")
    result = run("triage", "--dir", str(inbox), "--out", str(tmp_path / "missing" / "r.jsonl"))
    assert result.code == 2
    assert result.err.startswith("error: --out ") and "cannot write" in result.err


def test_the_library_triages_a_file_as_the_command_does(run: Run, wimo: Path) -> None:
    import sellermail

    result = sellermail.triage_file(wimo)
    assert isinstance(result, sellermail.Triage)
    assert result.to_dict() == json.loads(run("triage", str(wimo), "--json").out)
