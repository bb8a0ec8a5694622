#!/usr/bin/env python3
"""Build the .eml files of the inbound triage corpus.

Deterministic and re-runnable: every header (Date, Message-ID, MIME boundary) is fixed, so
running it again rewrites byte-identical files.  It writes exactly the .eml files listed in
EMLS below, next to this script, and nothing else.  Not part of the test suite.

    python3 _make_eml.py            # (re)write the .eml files
    python3 _make_eml.py --check    # only verify that the files on disk are up to date

Each entry also carries the expectation of its message (kind, language, facts); the corpus
file expected.yaml is the reference the tests read, and these values are kept in sync with it.
"""
import html
import io
import sys
import zlib
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent


def M(name, frm, to, subject, date, body, *, charset="utf-8", cte="qp", html_alt=False,
      subject_charset=None, name_charset=None, kind, lang, facts=None, note=None):
    return dict(name=name, frm=frm, to=to, subject=subject, date=date, body=body,
                charset=charset, cte=cte, html_alt=html_alt, subject_charset=subject_charset,
                name_charset=name_charset, kind=kind, lang=lang, facts=facts or {}, note=note)


def relay(display, user, tld):
    """From of a message relayed by Amazon's buyer-seller messaging."""
    return (display, f"{user}@marketplace.amazon.{tld}")


EMLS = [
    # ------------------------------------------------------------ buyer-where-is-my-order
    M("003-late-heater-threat-1star.eml",
      relay("Derek Holloway - Amazon Marketplace", "7kq2xwzv9mt4pbd", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Derek Holloway (Order: 112-8830142-5561027)",
      "Mon, 17 Nov 2026 08:41:12 -0800",
      """------------- Begin message -------------

Hi,

I ordered this heater on November 2 and the tracking number you gave me,
YT2530621266004187, hasn't moved in 9 days. It just says "departed from facility"
in Shenzhen. YunExpress website is useless and nobody answers the phone. I paid for
this so I'd have it before my parents visit and now I have no idea if it's even coming.

Honestly this is ridiculous. If it's not here by the end of the week I'm leaving
1 star and reporting this to Amazon. Where is my package???

Derek

------------- End message -------------

Order ID: 112-8830142-5561027
Item: Ceramic Space Heater 1500W with Thermostat, Grey
ASIN: B0CJ7T2QX4
Quantity: 1
""",
      kind="buyer-where-is-my-order", lang="en",
      facts=dict(order_id="112-8830142-5561027", tracking_number="YT2530621266004187",
                 carrier="YunExpress", buyer_name="Derek Holloway",
                 product="Ceramic Space Heater 1500W with Thermostat, Grey",
                 asin="B0CJ7T2QX4", dates=["2026-11-02"]),
      note="late parcel + threat of a 1-star review: dominant intent is where-is-my-order"),

    M("004-wo-bleibt-paket-dhl-de.eml",
      relay("Jürgen Weiß - Amazon Marketplace", "m3xr8c2kq0vdl5s", "de"),
      "service@nordlicht-haushalt.de",
      "Anfrage von Amazon-Kunde Jürgen Weiß (Bestellung: 302-6619045-7723318)",
      "Thu, 04 Dec 2025 19:03:55 +0100",
      """Sie haben eine Nachricht von einem Amazon-Kunden erhalten.

-------- Nachricht: --------
Hallo,
ich habe am 21.11.2025 bestellt und laut Amazon hätte das Paket spätestens letzten
Dienstag da sein sollen. Die DHL Sendungsnummer JJD000390015882736451 zeigt seit
Tagen nur "Die Sendung wurde im Start-Paketzentrum bearbeitet". Wo ist mein Paket?
Bitte um kurze Rückmeldung.

Mit freundlichen Grüßen
Jürgen Weiß
--------------------------------

Bestellnummer: 302-6619045-7723318
Artikel: Edelstahl Thermosflasche 1L, mattschwarz
""",
      charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1", name_charset="iso-8859-1",
      kind="buyer-where-is-my-order", lang="de",
      facts=dict(order_id="302-6619045-7723318", tracking_number="JJD000390015882736451",
                 carrier="DHL", buyer_name="Jürgen Weiß",
                 product="Edelstahl Thermosflasche 1L, mattschwarz", dates=["2025-11-21"])),

    M("006-mada-todokanai-yamato-ja.eml",
      relay("佐藤 美咲 - Amazonマーケットプレイス", "q8w2ntr5xk1zv7a", "co.jp"),
      "shop@sakura-zakka.jp",
      "Amazon.co.jpのお客様からのお問い合わせ（注文番号：250-3381729-6604511）",
      "Sat, 10 Jan 2026 14:22:31 +0900",
      """出品者様

1月3日に注文した商品がまだ届いていません。
お届け予定日は1月7日となっていましたが、もう3日も過ぎています。
追跡番号 482913057316（ヤマト運輸）で確認しても「荷物受付」のままです。
いつ届くのか教えていただけますか。

佐藤
---
注文番号：250-3381729-6604511
商品名：ステンレス製 電気ケトル 0.8L ホワイト
""",
      charset="iso-2022-jp", cte="7bit", subject_charset="iso-2022-jp",
      name_charset="iso-2022-jp",
      kind="buyer-where-is-my-order", lang="ja",
      facts=dict(order_id="250-3381729-6604511", tracking_number="482913057316",
                 carrier="ヤマト運輸", buyer_name="佐藤 美咲",
                 product="ステンレス製 電気ケトル 0.8L ホワイト",
                 dates=["2026-01-03", "2026-01-07"]),
      note="dates without a year take the year of the Date header"),

    M("009-ups-delivered-not-received.eml",
      relay("Tamika Brooks - Amazon Marketplace", "v2hc9mz4kq7trx1", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Tamika Brooks (Order: 114-2290716-8834419)",
      "Wed, 26 Aug 2026 07:15:40 -0500",
      """Hello,

UPS shows my order as delivered yesterday at 2:14 pm but there is nothing at my door,
nothing in the mailroom, nothing with the neighbors. Tracking 1Z4E65F20398127746.
I checked the photo and that's not even my porch!! Can you please look into this and
tell me where my package actually went?

Thank you,
Tamika

Order ID: 114-2290716-8834419
Item: Bamboo Drawer Organizer Set of 6
""",
      html_alt=True,
      kind="buyer-where-is-my-order", lang="en",
      facts=dict(order_id="114-2290716-8834419", tracking_number="1Z4E65F20398127746",
                 carrier="UPS", buyer_name="Tamika Brooks",
                 product="Bamboo Drawer Organizer Set of 6"),
      note="carrier says delivered but buyer has nothing: still where-is-my-order"),

    M("013-estimate-passed-no-tracking-b64.eml",
      relay("Priya Raman - Amazon Marketplace", "x0p7ld3mw9c2kfz", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Priya Raman",
      "Wed, 19 Nov 2026 21:02:09 -0800",
      """Hi there, my order said Delivery estimate: Nov 12 - Nov 15 and it's almost a week past that. Tracking just says "Label created, not yet in system" since I ordered. Is it lost?? Order # 113-7702815-3349021
Thanks
Priya
""",
      cte="base64",
      kind="buyer-where-is-my-order", lang="en",
      facts=dict(order_id="113-7702815-3349021", buyer_name="Priya Raman",
                 dates=["2026-11-12", "2026-11-15"]),
      note="no tracking number in the message -> shipment-no-update; estimate range gives two dates"),

    # ------------------------------------------------------------ buyer-tracking-request
    M("016-when-will-you-ship.eml",
      relay("Greg Novak - Amazon Marketplace", "c5t1qz8rj2mw0hv", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Greg Novak (Order: 111-5581930-2047716)",
      "Tue, 03 Mar 2026 10:44:51 -0600",
      """Hey, I ordered on Feb 27 and it still says "not yet shipped". When are you going to
ship it? Can you send me the tracking number once you do. Thx

On Mar 1, 2026, at 9:02 AM, BrightNest Store wrote:
> Hello Greg, thank you for your order! Your item will ship within 2 business days
> and Amazon will e-mail you the shipping confirmation.
> BrightNest Store

Order ID: 111-5581930-2047716
Item: USB C Hub 7-in-1 Aluminum
""",
      cte="7bit",
      kind="buyer-tracking-request", lang="en",
      facts=dict(order_id="111-5581930-2047716", buyer_name="Greg Novak",
                 product="USB C Hub 7-in-1 Aluminum", dates=["2026-02-27", "2026-03-01"]),
      note="the quoted reply's 'On Mar 1, 2026 ... wrote:' line is a date in the body too"),

    M("019-numero-de-suivi-fr.eml",
      relay("Élodie Marchand - Amazon Marketplace", "h6k0wq3zp8n2ydl", "fr"),
      "contact@maison-lumiere-shop.fr",
      "Demande de renseignements d'un client Amazon : Élodie Marchand",
      "Mon, 13 Oct 2025 09:12:27 +0200",
      """Bonjour,

J'ai passé commande le 8 octobre et je n'ai toujours reçu aucun mail d'expédition.
Pourriez-vous me dire quand le colis part et me communiquer le numéro de suivi ?

Merci d'avance,
Élodie

Numéro de commande : 405-9918273-4410262
Article : Lampe de chevet tactile LED, bois clair
""",
      kind="buyer-tracking-request", lang="fr",
      facts=dict(order_id="405-9918273-4410262", buyer_name="Élodie Marchand",
                 product="Lampe de chevet tactile LED, bois clair", dates=["2025-10-08"])),

    M("023-shipped-yet-plus-transit-question.eml",
      relay("Marcus Webb - Amazon Marketplace", "n4r8bx2ct6qw1km", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Marcus Webb (Order: 112-4409187-6620394)",
      "Fri, 12 Dec 2025 16:30:02 -0500",
      """Hi,
Bought the kids' bike helmet on December 9th as a Christmas gift. Has it shipped yet?
The order page still says "Preparing for shipment". Please send me the tracking # when
you have it so I can keep an eye on it. Also roughly how long from your warehouse to Ohio?

Marcus

Order ID: 112-4409187-6620394
Item: Kids Bike Helmet Adjustable, Dinosaur Print
""",
      html_alt=True,
      kind="buyer-tracking-request", lang="en",
      facts=dict(order_id="112-4409187-6620394", buyer_name="Marcus Webb",
                 product="Kids Bike Helmet Adjustable, Dinosaur Print", dates=["2025-12-09"]),
      note="asks if shipped + tracking number; the transit-time question is secondary"),

    # ------------------------------------------------------------ buyer-delivery-time
    M("025-before-christmas-canada-presale.eml",
      relay("Hannah Leclair - Amazon Marketplace", "z9d3kw7mq1xv5tb", "com"),
      "support@brightnest-store.com",
      "Product question from Amazon customer Hannah Leclair",
      "Mon, 08 Dec 2025 12:05:33 -0800",
      """You have received a question about one of your products.

Product: Heated Throw Blanket 50x60, Sherpa, Cream
ASIN: B0D1M8K5RZ

-------- Message: --------
Hello! If I order today will it arrive before Christmas Eve (December 24)?
I'm in Vancouver, Canada. Don't want to order if it won't make it.
Thanks, Hannah
----------------------------
""",
      kind="buyer-delivery-time", lang="en",
      facts=dict(asin="B0D1M8K5RZ", product="Heated Throw Blanket 50x60, Sherpa, Cream",
                 buyer_name="Hannah Leclair", dates=["2025-12-24"]),
      note="pre-purchase question about transit time"),

    M("028-nannichi-todokimasu-sjis.eml",
      relay("山本 健太 - Amazonマーケットプレイス", "r1y6tm0bq4zk8wc", "co.jp"),
      "shop@sakura-zakka.jp",
      "商品についての質問",
      "Sun, 19 Apr 2026 20:48:15 +0900",
      """はじめまして。
購入を検討しています。北海道に住んでいるのですが、注文してから何日くらいで届きますか？
中国からの発送でしょうか。

山本
商品名：折りたたみ式 アウトドアチェア 軽量 ネイビー
ASIN：B0C8R3VN2L
""",
      charset="shift_jis", cte="base64", subject_charset="shift_jis", name_charset="shift_jis",
      kind="buyer-delivery-time", lang="ja",
      facts=dict(asin="B0C8R3VN2L", product="折りたたみ式 アウトドアチェア 軽量 ネイビー",
                 buyer_name="山本 健太")),

    M("031-ship-to-australia.eml",
      relay("Liam O'Connor - Amazon Marketplace", "k7f2xn9wd3qb6ml", "com"),
      "support@brightnest-store.com",
      "Product question from Amazon customer Liam O'Connor",
      "Thu, 21 May 2026 03:19:44 +1000",
      """G'day, does this ship to Australia and if so how long does it usually take to get
here? Cheers, Liam

Product: Magnetic Phone Mount for Car Dashboard
ASIN: B0BX4N7TQW
""",
      cte="7bit",
      kind="buyer-delivery-time", lang="en",
      facts=dict(buyer_name="Liam O'Connor", product="Magnetic Phone Mount for Car Dashboard",
                 asin="B0BX4N7TQW")),

    # ------------------------------------------------------------ buyer-return-request
    M("033-mixer-defekt-ruecksendung-de.eml",
      relay("Sabine Krüger - Amazon Marketplace", "p3w8zc1nk5tq9rx", "de"),
      "service@nordlicht-haushalt.de",
      "Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 028-3317204-9951863)",
      "Sat, 07 Feb 2026 11:26:08 +0100",
      """Guten Tag,

der Mixer funktioniert seit gestern nicht mehr, er macht nur noch ein Brummgeräusch und der
Motor läuft nicht an. Ich habe ihn erst am 28.01.2026 bekommen. Ich möchte ihn
zurückschicken und den Kaufpreis von 39,99 € erstattet bekommen. Bitte schicken Sie mir
ein Rücksendeetikett.

Freundliche Grüße
S. Krüger

Bestellnummer: 028-3317204-9951863
Artikel: Standmixer 1000W mit 2 To-Go-Flaschen
""",
      cte="base64",
      kind="buyer-return-request", lang="de",
      facts=dict(order_id="028-3317204-9951863", buyer_name="Sabine Krüger",
                 product="Standmixer 1000W mit 2 To-Go-Flaschen", dates=["2026-01-28"],
                 amounts=["39,99 €"])),

    M("035-return-notice-no-longer-needed.eml",
      ("Amazon Seller Central", "return-notification@amazon.com"),
      "seller@brightnest-store.com",
      "Return request received for Order 113-6620871-4459302",
      "Thu, 22 Jan 2026 05:11:47 +0000",
      """Dear Seller,

A customer has submitted a return request for the order below. Please review the
request in Seller Central within 48 hours.

Order ID: 113-6620871-4459302
Item: Stainless Steel Meal Prep Containers, 10 Pack
ASIN: B0B6Z2KQ7M
Quantity: 1
Return reason: No longer needed
Customer comments: "bought the wrong thing, never opened the box"
Request received: January 21, 2026
Refund amount requested: $27.49

To authorize or close this request, go to Orders > Manage Returns.

Thank you,
Amazon Seller Services
""",
      html_alt=True,
      kind="buyer-return-request", lang="en",
      facts=dict(order_id="113-6620871-4459302",
                 product="Stainless Steel Meal Prep Containers, 10 Pack", asin="B0B6Z2KQ7M",
                 dates=["2026-01-21"], amounts=["$27.49"]),
      note="marketplace return notice, classified by its reason (not a size reason)"),

    M("036-montre-rayee-remboursement-fr.eml",
      relay("Nicolas Ferrand - Amazon Marketplace", "g2m7vq4xz0kt8nd", "fr"),
      "contact@maison-lumiere-shop.fr",
      "Demande de renseignements d'un client Amazon : Nicolas Ferrand",
      "Wed, 18 Mar 2026 18:55:10 +0100",
      """Bonjour

j'ai reçu la montre connectée hier mais l'écran a une grosse rayure et le bracelet est
cassé. Je souhaite la retourner et être remboursé. Comment je fais ? je ne veux pas
d'échange, juste le remboursement svp.

Cordialement
Nicolas F.

N° de commande : 171-2290384-5517026
Article : Montre connectée sport étanche IP68 noire
""",
      kind="buyer-return-request", lang="fr",
      facts=dict(order_id="171-2290384-5517026", buyer_name="Nicolas Ferrand",
                 product="Montre connectée sport étanche IP68 noire")),

    M("039-earphone-henpin-ja.eml",
      relay("高橋 由美 - Amazonマーケットプレイス", "t5n1kz7wq3xm9bc", "co.jp"),
      "shop@sakura-zakka.jp",
      "注文番号 503-4728190-3365427 について",
      "Sun, 15 Feb 2026 09:37:22 +0900",
      """お世話になります。
2月12日に届いたワイヤレスイヤホンですが、右側から音が出ません。
充電も何度もやり直しましたがダメでした。
返品・返金をお願いしたいです。手続き方法を教えてください。

高橋
注文番号：503-4728190-3365427
""",
      charset="iso-2022-jp", cte="7bit", subject_charset="iso-2022-jp",
      name_charset="iso-2022-jp",
      kind="buyer-return-request", lang="ja",
      facts=dict(order_id="503-4728190-3365427", buyer_name="高橋 由美",
                 dates=["2026-02-12"])),

    # ------------------------------------------------------------ buyer-size-issue
    M("043-jacke-zu-klein-de.eml",
      relay("Lena Hoffmann - Amazon Marketplace", "w9c4tx1mz6kq2vp", "de"),
      "service@nordlicht-haushalt.de",
      "Anfrage von Amazon-Kunde Lena Hoffmann",
      "Tue, 21 Oct 2025 20:14:36 +0200",
      """Hallo,
habe die Jacke heute anprobiert, Größe M ist leider viel zu klein, vor allem an den
Schultern und die Ärmel sind zu kurz. Normalerweise trage ich immer M. Kann ich sie
zurückschicken bzw. gegen eine L tauschen?
LG Lena

Bestellnummer: 303-8812045-1176329
Artikel: Damen Softshelljacke wasserdicht, Größe M, Dunkelblau
""",
      kind="buyer-size-issue", lang="de",
      facts=dict(order_id="303-8812045-1176329", buyer_name="Lena Hoffmann",
                 product="Damen Softshelljacke wasserdicht, Größe M, Dunkelblau"),
      note="tried on, does not fit, wants L or return: size issue, not exchange"),

    M("046-return-notice-too-large.eml",
      ("Amazon Seller Central", "return-notification@amazon.com"),
      "seller@brightnest-store.com",
      "Return request: Order 111-9034471-2285316",
      "Fri, 06 Mar 2026 04:02:19 +0000",
      """Hello,

Your customer has requested to return an item from order 111-9034471-2285316.

Item: Women's High Waisted Yoga Leggings - Size L - Black
ASIN: B09T4W1MXN
Return reason: Too large
Buyer comment: "way too big in the waist, keeps sliding down. ordered my usual size"
Return request date: March 5, 2026

No action is needed if you have set up automatic return authorization for this listing.
Otherwise, please authorize the return or contact the buyer within 2 business days.

Amazon Seller Services
""",
      html_alt=True,
      kind="buyer-size-issue", lang="en",
      facts=dict(order_id="111-9034471-2285316",
                 product="Women's High Waisted Yoga Leggings - Size L - Black",
                 asin="B09T4W1MXN", dates=["2026-03-05"]),
      note="return-request notice classified by its reason (Too large) -> size issue"),

    # ------------------------------------------------------------ buyer-exchange-request
    M("052-ordered-m-by-mistake-want-l.eml",
      relay("Kevin Tran - Amazon Marketplace", "b8q3mw6zn1xt4kd", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Kevin Tran (Order: 114-6638201-9902745)",
      "Thu, 09 Apr 2026 13:21:58 -0700",
      """hi I just realized I ordered size M by mistake, I meant to get the L. Haven't gotten it
yet, the order says it shipped this morning. Can you swap it for a large or do I have to
wait and send it back? thanks
Kevin

Order ID: 114-6638201-9902745
Item: Men's Quick Dry Hiking Shorts, Khaki, M
""",
      cte="7bit",
      kind="buyer-exchange-request", lang="en",
      facts=dict(order_id="114-6638201-9902745", buyer_name="Kevin Tran",
                 product="Men's Quick Dry Hiking Shorts, Khaki, M"),
      note="size change but NOT tried on (ordered wrong size, already shipped) -> exchange, not size issue"),

    M("055-iro-henkou-hassou-zumi-ja.eml",
      relay("中村 翔 - Amazonマーケットプレイス", "e4v9kq2xm7tz1nw", "co.jp"),
      "shop@sakura-zakka.jp",
      "色の変更について",
      "Mon, 25 May 2026 22:40:03 +0900",
      """出品者様
先ほど注文したスマホケースですが、色をブラックからネイビーに変更することはできますか？
発送済みになっているのは確認しました。届いてから交換でも構いません。
よろしくお願いします。

注文番号：249-6613087-2284419
商品名：iPhone 15 手帳型ケース カード収納 ブラック
""",
      charset="iso-2022-jp", cte="7bit", subject_charset="iso-2022-jp",
      name_charset="iso-2022-jp",
      kind="buyer-exchange-request", lang="ja",
      facts=dict(order_id="249-6613087-2284419", buyer_name="中村 翔",
                 product="iPhone 15 手帳型ケース カード収納 ブラック")),

    # ------------------------------------------------------------ buyer-how-to-use
    M("060-smart-plug-wont-connect-app.eml",
      relay("Barbara Jennings - Amazon Marketplace", "f1z6wt3kq8mx0rb", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Barbara Jennings (Order: 113-2094418-6617302)",
      "Sat, 13 Jun 2026 15:08:27 -0400",
      """Hello, I bought 2 of the smart plugs and cannot get them to connect to the app. The
light blinks fast and then slow and then the app says "device not found". The little
paper that came in the box is mostly in Chinese. Is there an English manual or video?
My router is 5G if that matters.

Barbara Jennings

Order ID: 113-2094418-6617302
Item: Mini Smart Plug WiFi Outlet, 2 Pack
""",
      html_alt=True,
      kind="buyer-how-to-use", lang="en",
      facts=dict(order_id="113-2094418-6617302", buyer_name="Barbara Jennings",
                 product="Mini Smart Plug WiFi Outlet, 2 Pack")),

    M("063-led-remote-or-return.eml",
      relay("José Álvarez - Amazon Marketplace", "u7k2nq9zx4wm1tc", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer José Álvarez (Order: 112-3356602-7780146)",
      "Tue, 14 Jul 2026 19:52:41 -0500",
      """The LED strip lights up but the remote does nothing. I put the battery in (pulled the
plastic tab) and pointed it at the little sensor box. Am I missing a step? Is there a way
to pair it? If I cant get it working by the weekend i'll just return it.

Order: 112-3356602-7780146
Item: LED Strip Lights 50ft RGB with Remote
""",
      kind="buyer-how-to-use", lang="en",
      facts=dict(order_id="112-3356602-7780146", buyer_name="José Álvarez",
                 product="LED Strip Lights 50ft RGB with Remote"),
      note="asks how to make it work; the return is only a conditional fallback"),

    # ------------------------------------------------------------ buyer-quantity-question
    M("068-fifty-cushions-confirm.eml",
      relay("Dana Whitfield - Amazon Marketplace", "s0m5xq8kz2tw7vn", "com"),
      "support@brightnest-store.com",
      "Inquiry from Amazon customer Dana Whitfield",
      "Mon, 10 Aug 2026 09:03:12 -0700",
      """Hello,
I just placed an order for 50 of the ergonomic seat cushions (order 111-7720394-5518263)
for our office. Before it ships can you confirm that all 50 will be the same color
(charcoal) and whether they come in one shipment or several boxes? The listing shows a
2-pack photo but says "1 cushion" in the title, so I want to make sure I'm getting 50
cushions and not 100.

Thanks,
Dana Whitfield
Facilities, Northgate Dental Group
""",
      kind="buyer-quantity-question", lang="en",
      facts=dict(order_id="111-7720394-5518263", buyer_name="Dana Whitfield")),

    M("071-seis-camisetas-talla-es.eml",
      relay("Lucía Romero - Amazon Marketplace", "j3t8wz1qm6kx4bd", "es"),
      "tienda@solymar-outlet.es",
      "Consulta de un cliente de Amazon: Lucía Romero",
      "Wed, 16 Sep 2026 17:44:29 +0200",
      """Hola, he pedido 6 unidades de las camisetas térmicas para el equipo. ¿Me podéis
confirmar que vienen las 6 en talla M como puse en el pedido? En el resumen sale
"Cantidad: 6" pero no veo la talla. Gracias!

Lucía

Número de pedido: 403-5527190-8834102
Producto: Camiseta térmica manga larga deportiva, talla M
""",
      kind="buyer-quantity-question", lang="es",
      facts=dict(order_id="403-5527190-8834102", buyer_name="Lucía Romero",
                 product="Camiseta térmica manga larga deportiva, talla M")),

    # ------------------------------------------------------------ negative-review
    M("075-negative-feedback-late-crushed.eml",
      ("Amazon Seller Notifications", "feedback-notification@amazon.com"),
      "seller@brightnest-store.com",
      "Negative feedback received for order 113-4917736-2205849",
      "Tue, 14 Apr 2026 06:30:00 +0000",
      """Dear Seller,

You have received new feedback on Amazon.com.

Rating: 1 (out of 5)
Order ID: 113-4917736-2205849
Feedback date: April 13, 2026
Comments: "Arrived 2 weeks late and the box was crushed. Seller never replied to my message."
Arrived on time: No
Item as described: Yes
Prompt and courteous service: No

You can respond publicly to this feedback or contact the buyer through Buyer-Seller
Messaging within 60 days. Please remember that you may not ask the buyer to remove or
change feedback in exchange for a refund or other incentive.

Sincerely,
Amazon Services
""",
      kind="negative-review", lang="en",
      facts=dict(order_id="113-4917736-2205849", dates=["2026-04-13"]),
      note="feedback criticises delivery, still negative-review (not where-is-my-order)"),

    M("077-negative-bewertung-de.eml",
      ("Amazon Verkäufer-Benachrichtigungen", "bewertungen-benachrichtigung@amazon.de"),
      "service@nordlicht-haushalt.de",
      "Negative Bewertung erhalten – Bestellung 305-1128804-6637219",
      "Sun, 10 May 2026 07:15:00 +0200",
      """Guten Tag,

ein Käufer hat eine neue Verkäuferbewertung für Sie abgegeben.

Bewertung: 2 von 5 Sternen
Bestellnummer: 305-1128804-6637219
Datum: 09.05.2026
Kommentar: "Artikel kam ohne Originalverpackung und die Anleitung fehlte komplett.
Sieht gebraucht aus."

Sie können innerhalb von 60 Tagen öffentlich auf diese Bewertung antworten oder den
Käufer über den Nachrichtenaustausch kontaktieren. Bitten Sie den Käufer nicht, die
Bewertung gegen eine Erstattung zu ändern oder zu entfernen.

Ihr Amazon.de Verkäuferteam
""",
      subject_charset="utf-8", name_charset="utf-8",
      kind="negative-review", lang="de",
      facts=dict(order_id="305-1128804-6637219", dates=["2026-05-09"])),

    M("079-hikui-hyouka-review-ja.eml",
      ("レビューレーダー", "alert@reviewradar-app.jp"),
      "shop@sakura-zakka.jp",
      "【新しい低評価レビュー】B0CQ5W8J3N",
      "Wed, 03 Jun 2026 08:00:12 +0900",
      """新しい低評価レビューが投稿されました。

ASIN：B0CQ5W8J3N
商品名：加湿器 超音波式 大容量 4L 静音
評価：★1
投稿日：2026年6月2日
タイトル：2週間で壊れました
本文：最初は静かで良かったのですが、2週間ほどでミストが出なくなりました。
問い合わせても返事がありません。お金の無駄でした。

セラーセントラルで詳細を確認してください。
""",
      charset="iso-2022-jp", cte="7bit", subject_charset="iso-2022-jp",
      name_charset="iso-2022-jp",
      kind="negative-review", lang="ja",
      facts=dict(asin="B0CQ5W8J3N", product="加湿器 超音波式 大容量 4L 静音",
                 dates=["2026-06-02"])),

    M("081-critical-review-alert-html.eml",
      ("ReviewPulse Alerts", "alerts@reviewpulse-app.com"),
      "seller@brightnest-store.com",
      "New 2-star review on B0BR6M2X9T",
      "Sun, 19 Jul 2026 12:00:00 +0000",
      """ReviewPulse alert for store: HomeLuxe Direct

A new critical review was posted on one of your listings.

Product: Memory Foam Bath Mat, Non-Slip, 24x17 in, Grey
ASIN: B0BR6M2X9T
Marketplace: Amazon.com
Rating: 2 out of 5 stars
Review title: Looked nice for a week
Review: "Started shedding grey fuzz everywhere after the first wash and the back isn't
non-slip at all. My son slipped getting out of the shower. Wouldn't buy again."
Posted: July 18, 2026

Manage alerts: Settings > Notifications
""",
      html_alt=True,
      kind="negative-review", lang="en",
      facts=dict(product="Memory Foam Bath Mat, Non-Slip, 24x17 in, Grey", asin="B0BR6M2X9T",
                 dates=["2026-07-18"])),

    # ------------------------------------------------------------ amazon-account-deactivated
    M("084-account-deactivated-verification.eml",
      ("Amazon Seller Identity Verification", "seller-verification@amazon.com"),
      "seller@brightnest-store.com",
      "Your Amazon.com selling account has been deactivated",
      "Wed, 21 Jan 2026 02:47:31 +0000",
      """Hello,

We were unable to verify the information you provided during registration, so your
Amazon.com selling account has been deactivated. Listings on your account have been
removed from the store and funds in your account will not be transferred at this time.

Merchant token: A3KQ7ZP2M8VX1R
Case ID: 18830274591

What you can do
To reactivate your account, please provide the following:
- A valid government-issued ID whose name matches the name on your account
- A bank or credit card statement issued in the last 180 days showing the same address
  you entered in Seller Central

Submit the documents through the Account Health page. We review most submissions within
2 business days.

Regards,
Seller Performance Team
Amazon.com
""",
      kind="amazon-account-deactivated", lang="en", facts={}),

    M("085-zhanghu-tingyong-gb18030.eml",
      ("亚马逊卖家平台", "seller-notification@amazon.com"),
      "seller@shenzhen-brightnest.cn",
      "您的亚马逊销售账户已被停用（身份信息无法验证）",
      "Tue, 10 Mar 2026 03:15:44 +0000",
      """您好，

我们无法验证您在注册时提交的信息，因此您在 Amazon.com 上的销售账户已被停用。
您的商品已从商城下架，账户中的资金暂时不会转出。

卖家编号：A1V8ZXQ0R3KT5N
停用日期：2026年3月9日

如需恢复账户，请在“账户状况”页面提交以下文件：
1. 与账户名称一致的有效身份证件（正反面彩色扫描件）
2. 最近180天内开具的、显示您在卖家平台填写地址的银行对账单或信用卡账单

通常我们会在2个工作日内完成审核。

亚马逊卖家绩效团队
""",
      charset="gb18030", cte="base64", subject_charset="gb18030", name_charset="gb18030",
      kind="amazon-account-deactivated", lang="zh",
      facts=dict(dates=["2026-03-09"])),

    M("087-konto-deaktiviert-de.eml",
      ("Amazon.de Seller Performance", "seller-performance@amazon.de"),
      "service@nordlicht-haushalt.de",
      "Ihr Verkäuferkonto bei Amazon.de wurde deaktiviert",
      "Fri, 17 Apr 2026 10:20:05 +0200",
      """Hallo,

leider konnten wir die von Ihnen angegebenen Informationen nicht verifizieren. Ihr
Verkäuferkonto auf Amazon.de wurde daher deaktiviert. Ihre Angebote sind nicht mehr
sichtbar, und Auszahlungen werden bis auf Weiteres zurückgehalten.

Was Sie tun können:
Laden Sie bitte über die Seite „Kontozustand“ folgende Dokumente hoch:
- einen gültigen Reisepass oder Personalausweis des Kontoinhabers
- einen Kontoauszug der letzten 180 Tage mit der hinterlegten Geschäftsadresse
- eine Rechnung eines Versorgungsunternehmens (Strom, Wasser oder Internet)

Vorgangs-ID: 14420918375

Mit freundlichen Grüßen
Amazon.de Seller Performance
""",
      subject_charset="utf-8",
      kind="amazon-account-deactivated", lang="de", facts={}),

    M("089-account-teishi-ja-b64.eml",
      ("Amazon.co.jp 出品者パフォーマンス", "seller-performance@amazon.co.jp"),
      "shop@sakura-zakka.jp",
      "出品用アカウントの停止について",
      "Tue, 04 Aug 2026 18:00:00 +0900",
      """出品者様

ご登録時にご提供いただいた情報を確認できなかったため、Amazon.co.jpの出品用アカウントを停止しました。
出品中の商品は表示されなくなり、売上金の送金も保留されます。

アカウントを再開するには、以下の書類をアカウント健全性ページからご提出ください。
・有効な身分証明書（パスポートまたは運転免許証）
・過去180日以内に発行された、登録住所が記載された銀行取引明細書

通知日：2026年8月4日

Amazon.co.jp 出品者パフォーマンスチーム
""",
      cte="base64", subject_charset="utf-8", name_charset="utf-8",
      kind="amazon-account-deactivated", lang="ja",
      facts=dict(dates=["2026-08-04"])),

    # ------------------------------------------------------------ amazon-account-under-review
    M("091-under-review-funds-held-asins.eml",
      ("Amazon Seller Performance", "seller-performance@amazon.com"),
      "seller@brightnest-store.com",
      "Your Amazon selling account is under review",
      "Mon, 02 Feb 2026 22:10:54 +0000",
      """Hello,

Your selling account is under review because we received reports that you listed
products on detail pages you are not authorized to sell on, or that do not match the
items you shipped. While we review your account, we are holding the funds in your account.

The following ASINs are affected:
B07QH2KX8M
B08L5VT3RZ
B09D1NXJ4C

To resolve this, submit a plan of action that explains:
- the root cause of the issue
- the actions you have taken to resolve it
- the steps you have taken to prevent it in the future

You can submit your plan of action through the Account Health page in Seller Central.

Seller Performance Team
""",
      kind="amazon-account-under-review", lang="en",
      facts=dict(asins=["B07QH2KX8M", "B08L5VT3RZ", "B09D1NXJ4C"])),

    M("093-zhanghu-shenhe-gentmai-gb18030.eml",
      ("亚马逊卖家绩效团队", "seller-performance@amazon.com"),
      "seller@shenzhen-brightnest.cn",
      "您的销售账户正在审核中，资金已暂时冻结",
      "Thu, 26 Mar 2026 01:42:18 +0000",
      """您好，

由于您在其他品牌的商品详情页面上发布了与实际商品不符的报价，您的销售账户目前正在审核中。
审核期间，您账户中的资金将被暂时冻结。

涉及的ASIN：B0C2KX7L9P、B0BW3QZ8V1

请通过“账户状况”页面提交行动计划，说明：
1. 问题的根本原因；
2. 您已采取的纠正措施；
3. 防止此类问题再次发生的措施。

请于2026年4月15日前提交行动计划。

亚马逊卖家绩效团队
""",
      charset="gb18030", cte="base64", subject_charset="gb18030", name_charset="gb18030",
      kind="amazon-account-under-review", lang="zh",
      facts=dict(asins=["B0C2KX7L9P", "B0BW3QZ8V1"], dates=["2026-04-15"])),

    M("095-konto-ueberpruefung-guthaben-de.eml",
      ("Amazon.de Seller Performance", "seller-performance@amazon.de"),
      "service@nordlicht-haushalt.de",
      "Ihr Konto wird überprüft – Auszahlungen zurückgehalten",
      "Wed, 08 Jul 2026 14:33:26 +0200",
      """Guten Tag,

wir überprüfen derzeit Ihr Verkäuferkonto, weil Sie Angebote auf Produktdetailseiten
eingestellt haben, für die Sie keine Berechtigung besitzen (z. B. Angebote auf
Markenprodukten anderer Verkäufer). Während der Überprüfung halten wir Ihr Guthaben in
Höhe von EUR 3.482,16 zurück.

Betroffene ASIN: B08ZK4M1TQ

Bitte reichen Sie innerhalb von 17 Tagen über die Seite „Kontozustand“ einen
Maßnahmenplan ein, der die Ursache, die bereits ergriffenen Maßnahmen und Ihre
vorbeugenden Maßnahmen beschreibt.

Amazon.de Seller Performance
""",
      subject_charset="utf-8",
      kind="amazon-account-under-review", lang="de",
      facts=dict(asin="B08ZK4M1TQ", amounts=["EUR 3.482,16"])),

    M("097-compte-en-cours-examen-fr.eml",
      ("Amazon.fr Performance Vendeur", "performance-vendeur@amazon.fr"),
      "contact@maison-lumiere-shop.fr",
      "Votre compte vendeur est en cours d'examen",
      "Tue, 22 Sep 2026 09:05:40 +0200",
      """Bonjour,

Nous examinons actuellement votre compte vendeur, car des offres ont été créées sur des
pages produit de marques pour lesquelles vous n'êtes pas autorisé à vendre. Pendant cet
examen, le solde de votre compte (1215,40 €) est temporairement retenu.

ASIN concerné : B0C9FJ2W6K

Pour réactiver vos paiements, veuillez nous envoyer un plan d'action indiquant la cause
du problème, les mesures prises et les mesures mises en place pour éviter que cela ne se
reproduise, avant le 6 octobre 2026.

Cordialement,
L'équipe Performance Vendeur d'Amazon.fr
""",
      subject_charset="utf-8",
      kind="amazon-account-under-review", lang="fr",
      facts=dict(asin="B0C9FJ2W6K", amounts=["1215,40 €"], dates=["2026-10-06"])),

    # ------------------------------------------------------------ amazon-odr-warning
    M("098-odr-above-target-warning.eml",
      ("Amazon Seller Performance", "seller-performance@amazon.com"),
      "seller@brightnest-store.com",
      "Action required: Your Order Defect Rate is above our target",
      "Mon, 02 Mar 2026 15:00:00 +0000",
      """Hello,

Your Order Defect Rate (ODR) for Amazon.com is 1.62%, which is above our target of less
than 1%. Sellers are expected to keep ODR under 1% to sell on Amazon. If your ODR stays
above the target, your selling privileges may be removed.

Period: December 1, 2025 - February 28, 2026
Orders: 1,237
Orders with defects: 20
 - Negative feedback: 9
 - A-to-z Guarantee claims: 8
 - Chargeback claims: 3

Examples of affected orders:
112-3390217-6604158
114-8811720-3390627

Please review these orders and the Customer Service Performance section of Account
Health, and take steps to reduce defects.

Seller Performance Team
""",
      kind="amazon-odr-warning", lang="en",
      facts=dict(order_ids=["112-3390217-6604158", "114-8811720-3390627"],
                 dates=["2025-12-01", "2026-02-28"])),

    M("100-odr-chaobiao-tingyong-gbk.eml",
      ("亚马逊卖家绩效团队", "seller-performance@amazon.com"),
      "seller@shenzhen-brightnest.cn",
      "您的销售账户已被停用：订单缺陷率超出目标",
      "Wed, 01 Jul 2026 06:12:09 +0000",
      """您好，

您的订单缺陷率为 2.1%，超过了我们规定的低于 1% 的目标。因此，您的销售账户已被停用，
账户中的资金将被暂时保留。

统计期间：2026年5月1日至2026年6月29日
存在缺陷的订单：14 笔（其中亚马逊商城交易保障索赔 6 笔，差评 8 笔）

如需重新激活账户，请提交行动计划，说明导致订单缺陷的原因、您已采取的措施以及今后如何
防止问题再次发生。

亚马逊卖家绩效团队
""",
      charset="gbk", cte="base64", subject_charset="gbk", name_charset="gbk",
      kind="amazon-odr-warning", lang="zh",
      facts=dict(dates=["2026-05-01", "2026-06-29"]),
      note="account deactivated, but the cause is the Order Defect Rate -> ODR"),

    M("102-deactivated-due-to-odr-html.eml",
      ("Amazon Seller Performance", "seller-performance@amazon.com"),
      "seller@brightnest-store.com",
      "Your Amazon.com selling privileges have been removed",
      "Sat, 02 May 2026 08:41:17 +0000",
      """Hello,

Your Amazon.com selling account has been deactivated because your Order Defect Rate of
3.4% is above our target of under 1%. Buyers filed 6 A-to-z Guarantee claims and left 11
negative feedback ratings on orders shipped between March 3, 2026 and May 1, 2026.
Funds in your account will be held while your account is deactivated.

Orders to review include 111-4471823-9905316, 113-0952264-7718403 and 114-5530918-2267149.

How do I reactivate my account?
Send us a plan of action that explains what caused the defects, the actions you have
taken, and the steps you will take to prevent them from happening again.

Seller Performance Team
""",
      html_alt=True,
      kind="amazon-odr-warning", lang="en",
      facts=dict(order_ids=["111-4471823-9905316", "113-0952264-7718403",
                            "114-5530918-2267149"],
                 dates=["2026-03-03", "2026-05-01"]),
      note="says 'deactivated' but the cause is ODR -> amazon-odr-warning"),

    M("105-tasso-difettosita-ordini-it.eml",
      ("Amazon.it Performance Venditore", "performance-venditore@amazon.it"),
      "negozio@casa-bella-store.it",
      "Avviso: il tuo tasso di difettosità degli ordini supera l'obiettivo",
      "Mon, 31 Aug 2026 11:00:00 +0200",
      """Ciao,

il tasso di difettosità degli ordini (ODR) del tuo account su Amazon.it è pari all'1,45%
e supera il nostro obiettivo, che è inferiore all'1%. Se il tasso non migliora, potremmo
disattivare i tuoi privilegi di vendita.

Periodo: dal 1° luglio 2026 al 29 agosto 2026
Ordini con difetti: 11 (7 feedback negativi, 4 reclami Garanzia dalla A alla Z)

Ti invitiamo a esaminare la sezione Stato dell'account e ad adottare le misure necessarie.

Il team Performance Venditore di Amazon.it
""",
      subject_charset="utf-8",
      kind="amazon-odr-warning", lang="it",
      facts=dict(dates=["2026-07-01", "2026-08-29"])),

    # ------------------------------------------------------------ amazon-a-to-z-claim
    M("106-atoz-claim-not-received.eml",
      ("Amazon A-to-z Guarantee", "atoz-guarantee@amazon.com"),
      "seller@brightnest-store.com",
      "A-to-z Guarantee claim filed: Order 113-5528047-1902736",
      "Mon, 02 Feb 2026 19:26:43 +0000",
      """Dear Seller,

A buyer has filed an A-to-z Guarantee claim on the following order:

Order ID: 113-5528047-1902736
Claim amount: $46.99
Claim reason: Item not received
Buyer comment: "Tracking has said in transit for a month. Seller stopped answering."

Please respond by February 9, 2026 through the A-to-z Guarantee Claims page in Seller
Central. If you do not respond, we may grant the claim and debit the amount from your
account. Claims granted against you count toward your Order Defect Rate.

Amazon Services
""",
      kind="amazon-a-to-z-claim", lang="en",
      facts=dict(order_id="113-5528047-1902736", amounts=["$46.99"], dates=["2026-02-09"])),

    M("108-a-bis-z-garantie-de.eml",
      ("Amazon A-bis-z-Garantie", "a-bis-z-garantie@amazon.de"),
      "service@nordlicht-haushalt.de",
      "Antrag auf A-bis-z-Garantie für Bestellung 304-6618823-4410937",
      "Thu, 05 Mar 2026 16:48:02 +0100",
      """Guten Tag,

ein Käufer hat einen Antrag auf Erstattung im Rahmen der A-bis-z-Garantie gestellt.

Bestellnummer: 304-6618823-4410937
Erstattungsbetrag: 62,90 €
Grund: Artikel entspricht nicht der Beschreibung
Kommentar des Käufers: "Die Farbe ist komplett anders als auf den Bildern und das
Material fühlt sich billig an. Auf meine Nachricht kam keine Antwort."

Bitte antworten Sie bis zum 14. März 2026 über die Seite „A-bis-z-Garantieanträge“.

Ihr Amazon.de Team
""",
      kind="amazon-a-to-z-claim", lang="de",
      facts=dict(order_id="304-6618823-4410937", amounts=["62,90 €"], dates=["2026-03-14"])),

    M("110-marketplace-hoshou-ja.eml",
      ("Amazon.co.jp マーケットプレイス保証", "atoz-guarantee@amazon.co.jp"),
      "shop@sakura-zakka.jp",
      "Amazonマーケットプレイス保証の申請について",
      "Thu, 15 Oct 2026 10:30:00 +0900",
      """出品者様

以下の注文について、購入者様からAmazonマーケットプレイス保証（Aからzまでの保証）の申請がありました。

注文番号：250-7730418-5528931
申請金額：￥4,980
申請理由：商品が届かない
購入者様のコメント：「2週間以上待っていますが、追跡番号も更新されません。」

2026年10月22日までにご回答ください。

Amazon.co.jp
""",
      subject_charset="utf-8", name_charset="utf-8",
      kind="amazon-a-to-z-claim", lang="ja",
      facts=dict(order_id="250-7730418-5528931", amounts=["￥4,980"], dates=["2026-10-22"])),

    M("112-atoz-materially-different-qp.eml",
      ("Amazon A-to-z Guarantee", "atoz-guarantee@amazon.com"),
      "seller@brightnest-store.com",
      "Action needed: A-to-z claim on order 111-2274109-6631852",
      "Fri, 20 Nov 2026 23:55:01 +0000",
      """Hello,

An A-to-z Guarantee claim was filed by the buyer of order 111-2274109-6631852.

ASIN: B0D7KT5R2M
Reason: Item materially different from what was ordered
Amount: $32.95
Buyer's comments: "The pictures show a solid wood stand, what came is plastic with a wood sticker. Asked for return label 3 times, no answer."

Respond within 72 hours to avoid the claim being decided without your input.

Amazon Services
""",
      kind="amazon-a-to-z-claim", lang="en",
      facts=dict(order_id="111-2274109-6631852", asin="B0D7KT5R2M", amounts=["$32.95"]),
      note="buyer's complaint reads like a return request, but it is an A-to-z claim notice"),

    # ------------------------------------------------------------ amazon-ip-complaint
    M("114-ip-image-copyright-removed.eml",
      ("Amazon Seller Performance", "notice-dispute@amazon.com"),
      "seller@brightnest-store.com",
      "Policy Warning: Intellectual Property complaint - copyright (images)",
      "Tue, 09 Jun 2026 04:18:33 +0000",
      """Hello,

We received a report from a rights owner that the listing below infringes their
copyright. The images used on the detail page appear to belong to the rights owner. As a
result, we have removed the listing.

ASIN: B0B8N3KZ4Q
Product: Adjustable Laptop Stand, Aluminum, Silver
Complaint ID: 11870432519
Infringement type: Copyright
Rights owner: Kestrel Home Goods LLC
Rights owner contact: legal@kestrelhomegoods.com

If you believe this was a mistake, contact the rights owner and ask them to retract the
complaint. Repeated infringement may lead to deactivation of your selling account.

Seller Performance Team
""",
      kind="amazon-ip-complaint", lang="en",
      facts=dict(asin="B0B8N3KZ4Q", product="Adjustable Laptop Stand, Aluminum, Silver")),

    M("116-trademark-listing-removed-html.eml",
      ("Amazon Seller Performance", "notice-dispute@amazon.com"),
      "seller@brightnest-store.com",
      "Notice: listing removed - trademark infringement",
      "Fri, 24 Jul 2026 13:07:50 +0000",
      """Hello,

We removed the following listings because a rights owner reported that they use a
registered trademark without permission. The brand name appears in the title and in
the product images.

ASINs: B0CM2T8XQ4, B0CM2V1NKP
Complaint ID: 12258903417
Rights owner: Ardenwood Outdoor Co.
Date of notice: July 23, 2026

To have the listings reinstated, contact the rights owner for a retraction or provide
evidence that your products are genuine and that you are allowed to use the trademark.
Further violations may result in the loss of your selling privileges.

Seller Performance Team
""",
      html_alt=True, cte="base64",
      kind="amazon-ip-complaint", lang="en",
      facts=dict(asins=["B0CM2T8XQ4", "B0CM2V1NKP"], dates=["2026-07-23"])),

    M("118-markenrechtsverletzung-de.eml",
      ("Amazon.de Seller Performance", "notice-dispute@amazon.de"),
      "service@nordlicht-haushalt.de",
      "Warnung: Beschwerde wegen Verletzung geistigen Eigentums",
      "Mon, 14 Sep 2026 08:56:12 +0200",
      """Guten Tag,

wir haben von einem Rechteinhaber eine Beschwerde erhalten, nach der Ihr Angebot seine
Markenrechte verletzt. Das Angebot wurde daher entfernt.

ASIN: B0BV7Q2M8T
Beschwerde-ID: 13389021576
Art der Beschwerde: Markenrechtsverletzung
Rechteinhaber: Hallberg Küchentechnik GmbH

Wenn Sie der Meinung sind, dass es sich um einen Fehler handelt, wenden Sie sich an den
Rechteinhaber und bitten Sie ihn, die Beschwerde zurückzuziehen. Wiederholte Verstöße
können zur Deaktivierung Ihres Verkäuferkontos führen.

Amazon.de Seller Performance
""",
      subject_charset="utf-8",
      kind="amazon-ip-complaint", lang="de",
      facts=dict(asin="B0BV7Q2M8T")),

    M("120-violation-propriete-intellectuelle-fr.eml",
      ("Amazon.fr Performance Vendeur", "notice-dispute@amazon.fr"),
      "contact@maison-lumiere-shop.fr",
      "Avertissement : violation de droits de propriété intellectuelle (images)",
      "Thu, 29 Oct 2026 15:21:09 +0100",
      """Bonjour,

Un titulaire de droits nous a signalé que les images de votre offre ci-dessous
reproduisent ses photos sans autorisation (droit d'auteur). Nous avons donc supprimé
l'offre.

ASIN : B0D3HX6K1R
Article : Guirlande lumineuse boules coton 20 LED, blanc
ID de la réclamation : 13502274819
Titulaire des droits : Atelier Coton Lumière SAS

Si vous pensez qu'il s'agit d'une erreur, contactez le titulaire des droits pour qu'il
retire sa réclamation. Des violations répétées peuvent entraîner la désactivation de
votre compte vendeur.

L'équipe Performance Vendeur d'Amazon.fr
""",
      subject_charset="utf-8",
      kind="amazon-ip-complaint", lang="fr",
      facts=dict(asin="B0D3HX6K1R", product="Guirlande lumineuse boules coton 20 LED, blanc")),

    # ------------------------------------------------------------ hijacker-alert
    M("122-new-seller-on-listing-alert.eml",
      ("ListingSentry", "alerts@listingsentry-app.com"),
      "seller@lumora-official.com",
      "[ListingSentry] New seller on your listing B0C4YP7M2D",
      "Tue, 06 Oct 2026 10:14:22 +0000",
      """New offer detected

A new seller has started selling on one of your brand listings.

Product: Lumora Silk Sleep Mask, Contoured, Blackout
ASIN: B0C4YP7M2D
New seller: QuickDeal Store (A2ZRH5XK0M3P1Q)
Their price: $9.99 (your price: $14.99)
Fulfillment: Merchant
Detected: October 6, 2026 03:12 PDT

Tip: check whether this seller is an authorized reseller before taking action.
""",
      kind="hijacker-alert", lang="en",
      facts=dict(product="Lumora Silk Sleep Mask, Contoured, Blackout", asin="B0C4YP7M2D",
                 amounts=["$9.99", "$14.99"], dates=["2026-10-06"])),

    M("124-genmai-tixing-gb18030.eml",
      ("跟卖监控助手", "notice@genmai-jiankong.cn"),
      "seller@shenzhen-brightnest.cn",
      "【跟卖提醒】您的商品 B0BQ2M7HXT 出现新跟卖",
      "Mon, 14 Sep 2026 00:35:10 +0000",
      """跟卖监控提醒

您的Listing出现了新的跟卖卖家：

商品：硅胶折叠水杯 便携 500ml 蓝色
ASIN：B0BQ2M7HXT
站点：Amazon.com
跟卖卖家：Sunny Trading Co.
跟卖价格：$7.59（您的价格：$12.99）
发现时间：2026年9月14日 08:30

建议尽快核实对方是否为授权经销商，并发送警告信。
""",
      charset="gb18030", cte="base64", subject_charset="gb18030", name_charset="gb18030",
      kind="hijacker-alert", lang="zh",
      facts=dict(product="硅胶折叠水杯 便携 500ml 蓝色", asin="B0BQ2M7HXT",
                 amounts=["$7.59", "$12.99"], dates=["2026-09-14"])),

    M("126-neues-angebot-markenlisting-de.eml",
      ("ListingSentry", "alerts@listingsentry-app.com"),
      "service@nordlicht-haushalt.de",
      "[ListingSentry] Neuer Verkäufer auf Ihrem Angebot B0CZ4N7W1K",
      "Fri, 20 Nov 2026 06:50:37 +0000",
      """Neues Angebot erkannt

Auf einem Ihrer Marken-Listings bietet seit heute ein weiterer Verkäufer an.

Artikel: Nordlicht Bambus Schneidebrett 3er Set
ASIN: B0CZ4N7W1K
Marktplatz: Amazon.de
Neuer Verkäufer: Hausprofi24
Preis des Verkäufers: 16,49 € (Ihr Preis: 22,99 €)
Versand durch: Verkäufer

Prüfen Sie, ob es sich um einen autorisierten Händler handelt.
""",
      subject_charset="utf-8",
      kind="hijacker-alert", lang="de",
      facts=dict(product="Nordlicht Bambus Schneidebrett 3er Set", asin="B0CZ4N7W1K",
                 amounts=["16,49 €", "22,99 €"])),

    M("128-ainori-shuppin-ja.eml",
      ("出品モニター", "alert@shuppin-monitor.jp"),
      "shop@sakura-zakka.jp",
      "【相乗り出品検知】B0D5MW3R8Q に新しい出品者",
      "Sat, 12 Dec 2026 07:45:00 +0900",
      """相乗り出品を検知しました。

商品名：さくら雑貨 ガラス製 保存容器 5点セット
ASIN：B0D5MW3R8Q
新規出品者：ベストプライス商店
出品価格：￥1,980（お客様の価格：￥2,780）
検知日時：2026年12月12日 7:30

正規の販売店かどうかをご確認ください。
""",
      subject_charset="utf-8", name_charset="utf-8",
      kind="hijacker-alert", lang="ja",
      facts=dict(product="さくら雑貨 ガラス製 保存容器 5点セット", asin="B0D5MW3R8Q",
                 amounts=["￥1,980", "￥2,780"], dates=["2026-12-12"])),

    # ------------------------------------------------------------ other
    M("131-wholesale-inquiry.eml",
      ("Rachel Kim", "rachel.kim@oakandpine-boutique.com"),
      "support@brightnest-store.com",
      "Wholesale inquiry - bamboo organizers",
      "Tue, 27 Oct 2026 14:12:05 -0700",
      """Hi,

I own a small home goods boutique in Portland and came across your bamboo drawer
organizers on Amazon. Do you offer wholesale pricing? We'd be looking at around 500 units
for our first order, with possible reorders every quarter. Could you send a price sheet
and your MOQ, and let me know if you can ship to a US warehouse?

Best regards,
Rachel Kim
Owner, Oak & Pine Boutique
""",
      cte="7bit",
      kind="other", lang="en",
      facts=dict(buyer_name="Rachel Kim"),
      note="wholesale inquiry mentions units but is not an order quantity question"),

    M("132-seo-spam-page-one.eml",
      ("Jason | Amazon Growth Experts", "jason@rank-boost-agency.net"),
      "support@brightnest-store.com",
      "Get your products on page 1 of Amazon in 14 days",
      "Thu, 05 Nov 2026 03:33:33 +0000",
      """Hi there,

I noticed your store on Amazon and your listings are not ranking for your main keywords.
Our team has helped 1,200+ sellers reach page 1 and double their sales with our proven
keyword and review strategy.

For only $299 per month we handle everything: listing optimization, PPC, and
"verified" review campaigns.

Reply YES and I'll send you a free audit today.

Jason
Amazon Growth Experts
""",
      html_alt=True,
      kind="other", lang="en",
      facts=dict(amounts=["$299"]),
      note="spam; the sign-off is not a buyer"),

    M("133-carrier-newsletter-peak-rates.eml",
      ("YunExpress Newsletter", "newsletter@yunexpress-marketing.com"),
      "seller@shenzhen-brightnest.cn",
      "Peak season is here: new US line rates + faster transit",
      "Mon, 19 Oct 2026 02:00:00 +0000",
      """Dear valued customer,

Peak season is coming! YunExpress is adding extra flights on our US Express line so your
parcels arrive in 6-9 business days.

Special peak rates (per kg):
- US Express: from $5.80
- EU Standard: from $4.95

Offer valid until November 30, 2026. Contact your account manager to lock in these rates.

Track your parcels anytime on our website or app.

YunExpress Marketing Team
To unsubscribe, reply with "unsubscribe".
""",
      html_alt=True,
      kind="other", lang="en",
      facts=dict(carrier="YunExpress", amounts=["$5.80", "$4.95"], dates=["2026-11-30"]),
      note="carrier marketing newsletter: shipping words everywhere, but no buyer and no order"),

    M("134-fba-fee-change-announcement.eml",
      ("Amazon Selling Partner News", "seller-news@amazon.com"),
      "seller@brightnest-store.com",
      "Upcoming changes to FBA fulfillment fees",
      "Wed, 02 Dec 2026 17:00:00 +0000",
      """Hello,

We are writing to let you know about changes to US Fulfillment by Amazon fees that take
effect on January 15, 2027.

- The fulfillment fee for small standard-size items will increase by $0.15 per unit on
  average.
- A new low-inventory-level fee exemption applies to new selection for the first 180 days.
- The monthly storage fee for standard-size items during January to September stays at
  $0.78 per cubic foot.

You can see how these changes affect your products with the Revenue Calculator in Seller
Central.

Thank you for selling with Amazon.
""",
      kind="other", lang="en",
      facts=dict(amounts=["$0.15", "$0.78"], dates=["2027-01-15"]),
      note="Amazon announcement that is not a warning about this account"),

    M("138-buji-todokimashita-ja.eml",
      relay("小林 直子 - Amazonマーケットプレイス", "a6z1qk8tw3mx5nv", "co.jp"),
      "shop@sakura-zakka.jp",
      "Re: 発送のお知らせ",
      "Fri, 27 Nov 2026 19:11:48 +0900",
      """ご連絡ありがとうございます。
本日、無事に届きました。丁寧に梱包していただきありがとうございました。
また機会があれば利用させていただきます。

小林

> 小林様
> ご注文いただいた商品は本日発送いたしました。
> 到着まで今しばらくお待ちください。
""",
      charset="iso-2022-jp", cte="7bit", subject_charset="iso-2022-jp",
      name_charset="iso-2022-jp",
      kind="other", lang="ja",
      facts=dict(buyer_name="小林 直子"),
      note="buyer says thanks, parcel arrived; quoted shipping notice is not a question"),

    M("140-sold-ship-now.eml",
      ("Amazon Seller Central", "auto-confirm@amazon.com"),
      "seller@brightnest-store.com",
      "Sold, ship now: 2 x Bamboo Drawer Organizer Set of 6",
      "Sun, 29 Nov 2026 09:24:18 +0000",
      """Dear Seller,

Congratulations, you've sold an item. Please ship it by the date below.

Order ID: 114-7703928-1165402
Item: Bamboo Drawer Organizer Set of 6
Quantity: 2
Item price: $33.98
Shipping: $0.00
Ship by: December 3, 2026
Deliver by: December 10, 2026
Shipping service: Standard

Please do not ship until you see "Unshipped" in Manage Orders.

Amazon Seller Services
""",
      cte="qp",
      kind="other", lang="en",
      facts=dict(order_id="114-7703928-1165402", product="Bamboo Drawer Organizer Set of 6",
                 amounts=["$33.98", "$0.00"], dates=["2026-12-03", "2026-12-10"]),
      note="order notification with quantity and ship-by dates; nobody asks anything"),
]


def _msgid(name):
    tag = zlib.crc32(name.encode("utf-8")) & 0xFFFFFFFF
    return f"<{name[:3]}.{tag:08x}@mail.sellermail-corpus.invalid>"


def _cs(name):
    """A Charset that writes the charset it was asked for (the stdlib registry would turn
    shift_jis and euc-jp into iso-2022-jp on output)."""
    cs = Charset(name)
    cs.output_charset = cs.input_charset
    cs.output_codec = cs.input_codec
    return cs


def _charset(name, cte):
    cs = _cs(name)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "base64":
        cs.body_encoding = BASE64
    else:  # 7bit / 8bit: no transfer encoding
        cs.body_encoding = None
    return cs


def _html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family: Arial, sans-serif; font-size: 14px\">\n"
            f"{body}\n</body></html>\n")


def _text_part(text, subtype, charset, cte):
    return MIMEText(text, subtype, _charset(charset, cte))


def _addr(display, addr, charset):
    if display.isascii():
        return f'"{display}" <{addr}>'
    return formataddr((display, addr), charset=_cs(charset or "utf-8"))


def _subject(subject, charset):
    if charset:
        return Header(subject, _cs(charset))
    if not subject.isascii():
        return Header(subject, "utf-8")
    return subject


def build(spec):
    if spec["html_alt"]:
        msg = MIMEMultipart("alternative", boundary=f"=_sellermail_{spec['name'][:3]}_alt")
        msg.attach(_text_part(spec["body"], "plain", spec["charset"], spec["cte"]))
        msg.attach(_text_part(_html(spec["body"]), "html", spec["charset"], spec["cte"]))
        for part in msg.get_payload():
            del part["MIME-Version"]
    else:
        msg = _text_part(spec["body"], "plain", spec["charset"], spec["cte"])
    display, addr = spec["frm"]
    headers = [
        ("From", _addr(display, addr, spec["name_charset"])),
        ("To", spec["to"]),
        ("Subject", _subject(spec["subject"], spec["subject_charset"])),
        ("Date", spec["date"]),
        ("Message-ID", _msgid(spec["name"])),
    ]
    # Put the envelope headers first, as a mail client writes them.
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


def main(argv):
    check = "--check" in argv
    names = [s["name"] for s in EMLS]
    assert len(names) == len(set(names)), "duplicate file names"
    stale = []
    for spec in EMLS:
        data = build(spec)
        path = HERE / spec["name"]
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(spec["name"])
        else:
            path.write_bytes(data)
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            return 1
        print(f"{len(EMLS)} .eml files up to date")
        return 0
    print(f"wrote {len(EMLS)} .eml files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
