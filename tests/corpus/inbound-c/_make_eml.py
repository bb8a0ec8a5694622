#!/usr/bin/env python3
"""Deterministic generator for the .eml files of the holdout2-inbound corpus.

Run:  python3 _make_eml.py    (writes the .eml files next to this script, nothing else)
Only the stdlib `email` package is used; every message is re-parsed after writing to check
that the decoded body equals the source text.
"""
import base64
import os
import quopri
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    """A text/* part; body encoded by hand so charset and CTE are exactly as asked."""
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    raw = text.replace("\n", "\r\n").encode(charset) if cte == "base64" else text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def hdr(value, charset, name):
    """Plain ASCII, or RFC 2047 encoded-words folded with the header name accounted for."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


def addr(name, address, charset="utf-8", field="From"):
    if not name:
        return address
    try:
        name.encode("ascii")
        out = formataddr((name, address))
    except UnicodeEncodeError:
        # encode only the non-ASCII part, keep an ASCII tail such as " - Amazon Marketplace"
        # as plain words (as marketplace relays do), so no encoded-word splits a word
        head, sep, tail = name.partition(" - ")
        if sep and all(ord(c) < 128 for c in tail):
            out = "%s - %s <%s>" % (Header(head, charset, header_name=field).encode(), tail, address)
        else:
            out = "%s <%s>" % (Header(name, charset, header_name=field).encode(), address)
    last = out.split("\n")[-1]
    if len(field) + 2 + len(last) > 78:
        out = out.replace(" <" + address + ">", "\n <" + address + ">")
    return out


def build(fname, *, from_, to, subject, date, msgid, body=None, html=None,
          charset="utf-8", cte="quoted-printable", hdr_charset=None, boundary=None,
          extra=()):
    hdr_charset = hdr_charset or charset
    if html is None:
        content = text_part(body, "plain", charset, cte)
    else:
        content = MIMEMultipart("alternative", boundary=boundary)
        del content["MIME-Version"]
        content.attach(text_part(body, "plain", charset, cte))
        content.attach(text_part(html, "html", charset, cte))
    msg = Message()
    msg["From"] = addr(*from_, charset=hdr_charset, field="From")
    msg["To"] = addr(*to, charset=hdr_charset, field="To")
    msg["Subject"] = hdr(subject, hdr_charset, "Subject")
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in content.items():
        msg[k] = v
    msg.set_payload(content._payload)  # raw, so 8bit payloads stay bytes-exact
    data = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n", max_line_length=998))
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(data)
    # self-check: the file parses and decodes back to the source text
    back = message_from_bytes(data, policy=policy.default)
    plain = back.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert plain.strip() == body.strip(), fname
    assert str(back["Subject"]) == subject, (fname, str(back["Subject"]))
    return fname


def html_of(text):
    import html as h
    paras = text.strip().split("\n\n")
    inner = "\n".join("<p>%s</p>" % h.escape(p).replace("\n", "<br>\n") for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</body></html>\n" % inner)


MESSAGES = []


def m(fname, **kw):
    MESSAGES.append((fname, kw))


# ---------------------------------------------------------------- 002 de, iso-8859-1 QP
m("002-dhl-paket-haengt-de.eml",
  from_=("Jürgen Weißhaupt - Amazon Marketplace", "0k4tqz8m2wlb3xr@marketplace.amazon.de"),
  to=("", "service@kuechenglueck-shop.de"),
  subject="Nachricht von einem Kunden zu Bestellung 302-5518274-9021136",
  date="Thu, 15 Oct 2026 09:12:44 +0200",
  msgid="<0102018f3a9c7d21-5e1b-4c2a-9f0e-1a2b3c4d5e6f-000000@eu-west-1.amazonses.com>",
  charset="iso-8859-1", cte="quoted-printable",
  body="""Sie haben eine Nachricht von einem Kunden erhalten.

Bestellnummer: 302-5518274-9021136
Artikel: Edelstahl Thermoskanne 1L mit Teesieb, Schwarz
Menge: 1

------------- Nachricht: -------------
Guten Tag,

ich habe am 02.10.2026 bestellt und laut DHL Sendungsverfolgung (JJD000390073821645) liegt das Paket seit Tagen im Paketzentrum und es bewegt sich gar nichts mehr. Wo ist mein Paket??? Ich warte jetzt fast zwei Wochen, das ist ein Geschenk. Können Sie bitte bei DHL nachfragen was da los ist

Mit freundlichen Grüßen
Jürgen Weißhaupt
------------- Ende der Nachricht -------------

Antworten Sie direkt auf diese E-Mail, um dem Kunden zu antworten.
""")

# ---------------------------------------------------------------- 005 fr, multipart/alternative
t005 = """Vous avez reçu un message d'un client Amazon.

Numéro de commande : 171-2290451-6603529
Article : Coque iPhone 15 Pro antichoc transparente avec MagSafe
Quantité : 1

------------- Message : -------------
Bonjour,
J'ai commandé le 14 septembre 2026 et je n'ai toujours reçu aucun mail d'expédition, sur mon compte c'est marqué "pas encore expédié". Le colis est-il parti ? Pourriez-vous m'envoyer le numéro de suivi svp, je pars en vacances samedi prochain et je voudrais savoir si je dois faire livrer chez ma voisine.
Merci d'avance
Camille Lefèvre
------------- Fin du message -------------
"""
m("005-numero-de-suivi-fr.eml",
  from_=("Camille Lefèvre - Amazon Marketplace", "7hd2mxq0pl3b9zs@marketplace.amazon.fr"),
  to=("Boutique Nuvio", "contact@nuvio-accessoires.fr"),
  subject="Demande de renseignements d'un client (Commande : 171-2290451-6603529)",
  date="Mon, 21 Sep 2026 18:03:10 +0200",
  msgid="<0102018e71c4aa09-d2f4-4b61-8c3e-77aa19b0c5e2-000000@eu-west-1.amazonses.com>",
  body=t005, html=html_of(t005), boundary="----=_Part_5513_1937048812.1790010190000")

# ---------------------------------------------------------------- 006 ja, ISO-2022-JP
m("006-hassou-itsu-ja.eml",
  from_=("佐藤 美咲 - Amazon Marketplace", "m3q9vx2kd7rtl0a@marketplace.amazon.co.jp"),
  to=("", "shop@hikari-zakka.jp"),
  subject="購入者からのお問い合わせ（注文番号：250-3318462-0074915）",
  date="Thu, 22 Oct 2026 21:47:05 +0900",
  msgid="<0106018f99a1b2c3-1122-4d5e-9f00-aabbccddeeff-000000@ap-northeast-1.amazonses.com>",
  charset="iso-2022-jp", cte="7bit",
  body="""購入者からメッセージが届きました。

注文番号：250-3318462-0074915
商品名：折りたたみ傘 自動開閉 晴雨兼用 ネイビー
数量：1

------------- メッセージ: -------------
お世話になります。
10月20日に注文したのですが、まだ発送されていないようです。いつ頃発送になりますか？
発送されましたらお問い合わせ番号を教えていただけると助かります。
よろしくお願いいたします。
佐藤
------------- メッセージ終了 -------------
""")

# ---------------------------------------------------------------- 008 es (MX), base64
m("008-cuanto-tarda-monterrey-mx.eml",
  from_=("Luis Alberto Ramírez - Amazon Marketplace", "r8zk1pw5xq0mn7d@marketplace.amazon.com.mx"),
  to=("", "ventas@casanova-cocina.mx"),
  subject="Pregunta de un cliente sobre un producto",
  date="Wed, 04 Nov 2026 16:21:37 -0600",
  msgid="<01000190a4b5c6d7-33ee-4f10-8a2b-5c6d7e8f9a0b-000000@email.amazonses.com>",
  cte="base64",
  body="""Has recibido una pregunta de un cliente de Amazon.com.mx.

Producto: Set de 3 sartenes antiadherentes con mango de madera
ASIN: B0D4KX81TR

------------- Mensaje: -------------
buenas tardes, cuantos dias tarda en llegar a Monterrey N.L.? lo ocupo para regalo de cumpleaños de mi mamá y no quiero que llegue tarde. si lo compro hoy como para cuando me llegaria aprox? o sale de china?
gracias
------------- Fin del mensaje -------------
"""
)

# ---------------------------------------------------------------- 011 it, utf-8 QP
m("011-reso-bilancia-rimborso-it.eml",
  from_=("Giulia Bernardi - Amazon Marketplace", "b2n6tq8wz1kx4rp@marketplace.amazon.it"),
  to=("", "assistenza@cucinabella-store.it"),
  subject="Richiesta informazioni dall'acquirente - ordine 404-7719352-1186740",
  date="Tue, 10 Nov 2026 11:08:52 +0100",
  msgid="<0102018fb0c1d2e3-4455-4f66-8a77-8899aabbccdd-000000@eu-west-1.amazonses.com>",
  body="""Hai ricevuto un messaggio da un cliente.

Numero ordine: 404-7719352-1186740
Articolo: Bilancia da cucina digitale 5kg con ciotola, argento
Quantità: 1

------------- Messaggio: -------------
Buongiorno, ho ricevuto la bilancia ieri ma purtroppo mio marito ne aveva già comprata una uguale al supermercato, quindi non ci serve più. E' ancora nuova nella scatola originale, mai aperta. Vorrei restituirla e avere il rimborso dei 24,90 € pagati. Come devo fare? La spedizione del reso la devo pagare io?
Grazie mille
Giulia Bernardi
------------- Fine del messaggio -------------
""")

# ---------------------------------------------------------------- 012 en (UK) return notice, multipart
t012 = """Dear Seller,

A customer has asked to return an item from the order below. Please review the request within 48 hours and authorise or close it in Manage Returns.

Order ID: 202-6631847-3390725
Return request date: 9 November 2026
Item: Electric Milk Frother Handheld, USB Rechargeable, Black
ASIN: B0BT7HQW3C
Quantity: 1
Order total: £14.99
Return reason: Item defective or doesn't work
Customer comments: "stopped spinning after 3 days, charged it fully, still dead"

If you do not respond within 48 hours, the request will be authorised automatically and the customer will receive a return label.

Kind regards,
Amazon Services Europe
"""
m("012-return-authorisation-frother-uk.eml",
  from_=("Amazon.co.uk", "returns-notification@amazon.co.uk"),
  to=("", "support@brewnest-uk.co.uk"),
  subject="Return authorisation request for order 202-6631847-3390725",
  date="Mon, 09 Nov 2026 14:30:00 +0000",
  msgid="<0102018fab12cd34-ef56-4a78-9b01-23c45d67e890-000000@eu-west-1.amazonses.com>",
  body=t012, html=html_of(t012), boundary="----=_Part_8823_402911337.1794234600000")

# ---------------------------------------------------------------- 014 de return notice size, base64
m("014-ruecksendung-zu-klein-de.eml",
  from_=("Amazon Seller Central", "seller-notification@amazon.de"),
  to=("", "info@bergpfad-outdoor.de"),
  subject="Rücksendeanfrage für Bestellung 304-2284176-5530712",
  date="Tue, 03 Nov 2026 08:15:22 +0100",
  msgid="<0102018f9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f-000000@eu-west-1.amazonses.com>",
  cte="base64",
  body="""Hallo,

ein Kunde hat eine Rücksendung für folgende Bestellung beantragt:

Bestellnummer: 304-2284176-5530712
Artikel: Herren Wanderschuhe wasserdicht Gr. 44, Braun
ASIN: B0C9ZP5V1K
Menge: 1
Rücksendegrund: Zu klein
Kommentar des Kunden: "Schuhe fallen mind. eine Nummer kleiner aus, vorne drückt es bei jedem Schritt. Hätte gerne 45 stattdessen, geht das?"
Datum der Anfrage: 03.11.2026

Bitte bearbeiten Sie die Anfrage innerhalb von 2 Werktagen unter "Rücksendungen verwalten".

Freundliche Grüße
Amazon.de
""")

# ---------------------------------------------------------------- 017 fr exchange, iso-8859-1 8bit
m("017-echange-couleur-sac-fr.eml",
  from_=("Sophie Marchand - Amazon Marketplace", "x5c7pm2rq9wz3ht@marketplace.amazon.fr"),
  to=("", "contact@vela-bagagerie.fr"),
  subject="Question sur la commande 408-1193520-7746128",
  date="Sat, 07 Nov 2026 10:42:19 +0100",
  msgid="<0102018fa7e6d5c4-b3a2-4918-8f7e-6d5c4b3a2918-000000@eu-west-1.amazonses.com>",
  charset="iso-8859-1", cte="8bit",
  body="""Numéro de commande : 408-1193520-7746128
Article : Sac à dos ordinateur 15,6 pouces imperméable, Noir

------------- Message : -------------
Bonjour,

Je me suis trompée en commandant : j'ai cliqué sur le noir alors que je voulais le rose poudré (c'est pour ma fille). Je vois que le colis est déjà expédié. Est-ce qu'il est possible de faire un échange contre le rose quand je le reçois ? Je le renverrai sans l'ouvrir bien sûr.

Cordialement,
Sophie Marchand
------------- Fin du message -------------
""")

# ---------------------------------------------------------------- 018 zh exchange, GBK base64 (buyer mails the store directly)
m("018-huanhuo-heise-zh.eml",
  from_=("王磊", "wanglei_1988@163.com"),
  to=("", "service@trekora-bags.com"),
  subject="换个颜色 订单113-6620947-3318250",
  date="Fri, 06 Nov 2026 07:55:31 +0800",
  msgid="<4d2f1c6a.8b3e.18f9a7c2d41.Coremail.wanglei_1988@163.com>",
  charset="gbk", cte="base64",
  extra=(("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT"),),
  body="""你好，

我在亚马逊美国站买了你们的双肩包，订单号 113-6620947-3318250。下单的时候手滑选成了grey，其实想要black的。刚看到已经发货了，能不能等我收到以后换成黑色的？来回运费我可以自己出，没问题。

包裹里的卡片上写着有问题可以直接发邮件，所以就发到这个邮箱了。

谢谢！
王磊
""")

# ---------------------------------------------------------------- 020 ja how-to, Shift_JIS base64
m("020-yoyaku-timer-settei-ja.eml",
  from_=("高橋 健一 - Amazon Marketplace", "k0w4pz7nd1qs8yx@marketplace.amazon.co.jp"),
  to=("", "support@kurashi-denki.jp"),
  subject="商品の使い方について（注文番号：503-7726154-4490318）",
  date="Sun, 08 Nov 2026 09:30:12 +0900",
  msgid="<0106018fa9f0e1d2-c3b4-4a59-8687-96a5b4c3d2e1-000000@ap-northeast-1.amazonses.com>",
  charset="shift_jis", cte="base64",
  body="""購入者からメッセージが届きました。

注文番号：503-7726154-4490318
商品名：電気圧力鍋 2.5L 予約タイマー付き ホワイト

------------- メッセージ: -------------
こんにちは。
昨日届いた圧力鍋ですが、予約タイマーの設定方法がわかりません。取扱説明書の通りに「予約」ボタンを押しても時間が点滅するだけで、スタートしません。
朝7時に炊き上がるようにしたいのですが、どう操作すればいいでしょうか？
高橋
------------- メッセージ終了 -------------
""")

# ---------------------------------------------------------------- 024 de quantity, utf-8 QP
m("024-stueckzahl-kabelbinder-de.eml",
  from_=("Katrin Vogel - Amazon Marketplace", "v9d3kx6mq2tp8zw@marketplace.amazon.de"),
  to=("", "shop@ordnungsprofi24.de"),
  subject="Frage zur Bestellung 303-6147720-8852139",
  date="Wed, 11 Nov 2026 13:05:48 +0100",
  msgid="<0102018fb5a4c3d2-e1f0-4a1b-9c2d-3e4f5a6b7c8d-000000@eu-west-1.amazonses.com>",
  body="""Bestellnummer: 303-6147720-8852139
Artikel: Kabelbinder wiederverwendbar mit Klett, 50 Stück, bunt
Menge: 3

------------- Nachricht: -------------
Hallo,
kurze Frage bevor es rausgeht: Ich habe 3 bestellt. Bekomme ich dann 3 Packungen mit je 50 Stück, also 150 insgesamt? In der Beschreibung steht einmal 50 und weiter unten "Packung à 25", das verwirrt mich. Wir brauchen für den Büroumzug mindestens 120 Stück, sonst muss ich noch nachbestellen.
Danke und Gruß
Katrin Vogel
------------- Ende der Nachricht -------------
""")

# ---------------------------------------------------------------- 025 en negative feedback (delivery), multipart
t025 = """Hello,

A buyer has left feedback for one of your orders. Feedback with a rating of 1 or 2 stars counts as negative feedback and is included in your Order Defect Rate.

Order ID: 113-2048816-7329061
Product: Adjustable Laptop Stand, Aluminum, Silver
Rating: 1 out of 5
Feedback date: October 28, 2026
Comments: "Took 19 days to arrive, seller kept telling me it was on the way. Stand itself is fine but I will never wait like that again."

You can post a public reply to this feedback from the Feedback Manager page in Seller Central. If the feedback is about the delivery of an order fulfilled by Amazon, it may be struck through automatically.

Amazon Seller Notifications
"""
m("025-negative-feedback-slow-delivery.eml",
  from_=("Amazon Seller Notifications", "seller-notification@amazon.com"),
  to=("", "orders@deskcraft-store.com"),
  subject="Negative feedback received for order 113-2048816-7329061",
  date="Wed, 28 Oct 2026 22:14:09 +0000",
  msgid="<01000190f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9-000000@email.amazonses.com>",
  body=t025, html=html_of(t025), boundary="----=_Part_10477_88120374.1793225649000")

# ---------------------------------------------------------------- 026 ja review alert, ISO-2022-JP
m("026-teihyouka-review-tumbler-ja.eml",
  from_=("Amazon.co.jp ブランド登録", "brand-registry-noreply@amazon.co.jp"),
  to=("", "brand@hikari-zakka.jp"),
  subject="低評価のカスタマーレビューが投稿されました（ASIN：B0CQ3MZ8WL）",
  date="Fri, 06 Nov 2026 06:02:40 +0900",
  msgid="<0106018fa3c2b1a0-9f8e-4d7c-b6a5-948372615049-000000@ap-northeast-1.amazonses.com>",
  charset="iso-2022-jp", cte="7bit",
  body="""ブランドオーナー様

お客様のブランドの商品に、評価が星2つ以下のカスタマーレビューが新たに投稿されました。

ASIN：B0CQ3MZ8WL
商品名：ステンレス 真空断熱タンブラー 600ml 蓋付き
評価：★☆☆☆☆（星1つ）
投稿日：2026年11月5日
レビュータイトル：保冷力はいいけど…
レビュー本文：
二週間使ったら蓋のパッキンが外れて、カバンの中がコーヒーでびしょびしょになりました。パッキンがすぐ取れる作りなのは問題だと思います。もう怖くて使えません。

レビューの内容をご確認のうえ、必要に応じて購入者様へのフォローアップをご検討ください。

Amazon.co.jp
""")

# ---------------------------------------------------------------- 028 en deactivated (verification), utf-8 QP
m("028-account-deactivated-verification-us.eml",
  from_=("Seller Performance", "seller-performance@amazon.com"),
  to=("", "admin@lumorahome.com"),
  subject="Your Amazon.com selling account has been deactivated",
  date="Tue, 01 Sep 2026 03:41:17 +0000",
  msgid="<01000190c0d1e2f3-a4b5-4c6d-9e7f-8091a2b3c4d5-000000@email.amazonses.com>",
  body="""Hello,

We have deactivated your Amazon.com selling account, and your listings have been removed from the site. This happened because we could not verify the information you provided during registration.

Why did this happen?
Sellers must provide accurate and current identity and business information. We were unable to confirm that the information you submitted — including your business address and the bank statement you uploaded on August 19, 2026 — belongs to the account holder.

Funds in your account will be held while we review your information.

How do I reactivate my account?
Go to Account Health and submit:
• A valid government-issued ID that matches the name on the account
• A utility bill or bank statement issued within the last 180 days showing the same address
• Your business license

Merchant token: A3KXQ81MZT7VWP
Reference: 5912-0034-7781

Sincerely,
Seller Performance Team
Amazon.com
""")

# ---------------------------------------------------------------- 029 zh deactivated (Chinese notice), utf-8 base64
m("029-zhanghu-tingyong-zh.eml",
  from_=("亚马逊卖家绩效团队", "seller-performance@amazon.com"),
  to=("", "ops@shenzhen-yuehai.com"),
  subject="您的亚马逊销售账户已被停用",
  date="Thu, 17 Sep 2026 02:10:55 +0000",
  msgid="<01000190d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f0a-000000@email.amazonses.com>",
  cte="base64",
  body="""您好，

我们已停用您的亚马逊销售账户，并从网站上移除了您的商品信息，原因是我们无法验证您在注册过程中提交的信息。

在账户停用期间，您账户中的资金将被暂扣。

如何重新激活账户？
请通过“账户状况”页面提交以下材料：
- 与账户注册人姓名一致的有效身份证件（正反面彩色扫描件）
- 营业执照
- 最近 180 天内开具的、显示相同地址的水电费账单或信用卡对账单

请在2026年9月30日之前提交上述材料。

此致
亚马逊
""")

# ---------------------------------------------------------------- 031 en under review, multipart
t031 = """Hello,

We are reviewing your selling account because of selling violations. While we complete our review, we are holding the funds in your account. You may continue to sell during this time.

Our records show that you offered products on the detail pages below, which belong to another brand, and that the items you shipped did not match those detail pages:

ASIN: B07Q4HPN6T
ASIN: B09WZ3LTY8
ASIN: B0BR5C2KQ1

Customers rely on detail pages being accurate. Offering a different product on an existing detail page, or selling on a listing you are not authorized to sell on, violates our policies.

What happens next?
Send us a plan of action within 17 days explaining:
- the root cause of the violations,
- the actions you have taken to resolve them, and
- the steps you will take to prevent them in the future.

Amount currently held: $8,412.37

Amazon.com Seller Performance
"""
m("031-account-under-review-funds-held.eml",
  from_=("Amazon Seller Performance", "seller-performance@amazon.com"),
  to=("", "admin@vantoo-direct.com"),
  subject="Action required: your selling account is under review",
  date="Mon, 26 Oct 2026 19:22:03 +0000",
  msgid="<01000190ee1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b-000000@email.amazonses.com>",
  body=t031, html=html_of(t031), boundary="----=_Part_7730_1150923321.1793042523000")

# ---------------------------------------------------------------- 033 es under review, utf-8 QP
m("033-cuenta-en-revision-es.eml",
  from_=("Rendimiento del vendedor", "seller-performance@amazon.es"),
  to=("", "tienda@hogarluz-online.es"),
  subject="Su cuenta de vendedor está en revisión",
  date="Fri, 06 Nov 2026 12:00:31 +0100",
  msgid="<0102018fa5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8e-000000@eu-west-1.amazonses.com>",
  body="""Hola:

Estamos revisando su cuenta de vendedor en Amazon.es. Mientras dure la revisión, retendremos los fondos disponibles en su cuenta. Puede seguir vendiendo durante este periodo.

Motivo: hemos detectado que ha publicado ofertas en las páginas de detalle de los siguientes productos, que pertenecen a otra marca, sin autorización y con artículos que no coinciden con la descripción:

B08N6VJ2XR
B0C1LMT7QE

Importe retenido: 2.317,40 €

¿Qué debe hacer?
Envíenos un plan de acción antes del 20 de noviembre de 2026 desde la página Estado de la cuenta, en el que explique la causa del problema, las medidas que ya ha tomado y cómo evitará que vuelva a ocurrir.

Atentamente,
Amazon.es
""")

# ---------------------------------------------------------------- 034 en ODR warning, 7bit us-ascii
m("034-odr-above-target-warning.eml",
  from_=("Amazon Seller Performance", "performance-notifications@amazon.com"),
  to=("", "admin@vantoo-direct.com"),
  subject="Warning: your Order Defect Rate is above our target",
  date="Sun, 08 Nov 2026 15:09:44 +0000",
  msgid="<01000191a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6e-000000@email.amazonses.com>",
  charset="us-ascii", cte="7bit",
  body="""Hello,

Your Order Defect Rate (ODR) on Amazon.com is 1.84%, which is above our target of under 1%. ODR is the percentage of your orders that have one or more defects: negative feedback, an A-to-z Guarantee claim, or a credit card chargeback.

Measurement window: August 10, 2026 - November 7, 2026
Orders in window: 1,413
Orders with a defect: 26
  Negative feedback: 14
  A-to-z Guarantee claims: 11
  Chargebacks: 1

If your ODR stays above 1%, we may remove your selling privileges. Please review the orders with defects on the Account Health page and take action now.

Amazon.com Seller Performance
""")

# ---------------------------------------------------------------- 036 zh ODR forwarded, GB18030 base64
m("036-odr-chaobiao-zhuanfa-zh.eml",
  from_=("陈晓燕", "chenxy_ops@qq.com"),
  to=("刘总", "liu.wei@shenzhen-yuehai.com"),
  subject="转发：账户状况警告：订单缺陷率超出目标",
  date="Wed, 14 Oct 2026 10:26:07 +0800",
  msgid="<tencent_8F2A41C7D93E5B06A1C4E7F2@qq.com>",
  charset="gb18030", cte="base64",
  extra=(("X-Mailer", "QQMail 2.x"),),
  body="""刘总，美国站的ODR又超了，通知在下面。今天必须处理一下，那两个A-to-Z要赶紧回复，不然账号要被封。

---------- 转发的邮件 ----------
发件人：亚马逊卖家绩效 <performance-notifications@amazon.com>
日期：2026年10月14日
主题：账户状况警告：订单缺陷率超出目标

您好，

您在 Amazon.com 的订单缺陷率 (ODR) 目前为 2.3%，高于我们低于 1% 的目标。如果不采取措施，您的销售权限可能会被移除。

统计时段：2026年7月15日 - 2026年10月12日
存在缺陷的订单：
113-5520914-0381726（亚马逊商城交易保障索赔）
112-0917346-2207518（亚马逊商城交易保障索赔）
114-7736081-5520493（差评）

请在“账户状况”页面查看详细信息并提交行动计划。
""")

# ---------------------------------------------------------------- 037 en A-to-z, multipart
t037 = """Dear Seller,

A buyer has filed an A-to-z Guarantee claim on the order below. Please respond to the claim by November 18, 2026. If you do not respond, Amazon may decide the claim in the buyer's favor and debit the claim amount from your account.

Order ID: 111-2854039-6677125
Order date: October 21, 2026
Claim amount: $45.98
Claim reason: Item not received
Carrier: YunExpress
Tracking ID: YT2625531108724416
Buyer comment: "Tracking hasn't moved since it left the facility and the seller never answered my two messages."

To respond, go to Performance > A-to-z Guarantee Claims in Seller Central.

Amazon.com
"""
m("037-atoz-claim-not-received.eml",
  from_=("Amazon.com", "atoz-guarantee-noreply@amazon.com"),
  to=("", "support@lumorahome.com"),
  subject="A-to-z Guarantee claim filed – Order 111-2854039-6677125",
  date="Wed, 11 Nov 2026 17:45:29 +0000",
  msgid="<01000191b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6f-000000@email.amazonses.com>",
  body=t037, html=html_of(t037), boundary="----=_Part_9041_377102985.1794418729000")

# ---------------------------------------------------------------- 039 ja A-to-z, utf-8 8bit
m("039-hosho-shinsei-ja.eml",
  from_=("Amazon.co.jp", "a-to-z-claims@amazon.co.jp"),
  to=("", "shop@kurashi-denki.jp"),
  subject="Amazonマーケットプレイス保証の申請がありました（注文番号：249-6630218-4471563）",
  date="Thu, 12 Nov 2026 10:17:55 +0900",
  msgid="<0106018fb8d9eaf1-0213-4c24-b536-475869708192-000000@ap-northeast-1.amazonses.com>",
  cte="8bit",
  body="""出品者様

以下の注文について、購入者様よりAmazonマーケットプレイス保証の申請がありました。

注文番号：249-6630218-4471563
申請金額：￥4,980
申請理由：商品が届かない
配送業者：日本郵便
追跡番号：548213307265
購入者様のコメント：「11月2日に発送済みになっていますが、まだ届きません。問い合わせにも返事がありません。」

2026年11月19日までに、セラーセントラルの「保証申請の管理」ページから回答してください。期限までにご回答がない場合、申請は購入者様に有利に判断される場合があります。

Amazon.co.jp
""")

# ---------------------------------------------------------------- 040 en IP copyright (image), multipart
t040 = """Hello,

We removed one of your listings because a rights owner told us that it infringes their copyright.

ASIN: B0D1RX7M4P
Product: Baby Silicone Bib Set of 3, Waterproof, Adjustable
Infringement type: Copyright
Complaint ID: 14902771365
Rights owner: Little Sprout Co.
Rights owner contact: legal@littlesproutco.com

The rights owner says the images on this listing are copies of photographs they own. Please remove any content you do not have permission to use.

If you believe this notice was sent in error, contact the rights owner to ask them to withdraw the complaint, or submit an appeal from Account Health. Further complaints may lead to the loss of your selling privileges.

Amazon.com Notice-Dispute Team
"""
m("040-ip-copyright-images-bib.eml",
  from_=("Amazon Seller Performance", "notice-dispute@amazon.com"),
  to=("", "admin@petitpoppy-baby.com"),
  subject="Notice: Policy Warning - listing removed (copyright)",
  date="Tue, 03 Nov 2026 20:51:12 +0000",
  msgid="<01000191c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f-000000@email.amazonses.com>",
  body=t040, html=html_of(t040), boundary="----=_Part_12290_5519038.1793739072000")

# ---------------------------------------------------------------- 043 en hijacker tool alert, utf-8 QP
m("043-new-seller-on-listing-tool-alert.eml",
  from_=("ShelfWatch Alerts", "alerts@shelfwatch.io"),
  to=("", "team@kitchenio.com"),
  subject="⚠ New seller on your listing B0CM8LHV2T",
  date="Tue, 10 Nov 2026 06:43:02 +0000",
  msgid="<20261110064302.7f3a9c1e2b4d@mailer.shelfwatch.io>",
  body="""ShelfWatch detected a change on one of your monitored listings.

Product: Kitchenio Silicone Spatula Set, 5 Pieces, Heat Resistant
ASIN: B0CM8LHV2T
Marketplace: Amazon.com
Event: New offer
New seller: SHENGDA TRADE CO (A1P7T3QKXB9ZRM)
Offer price: $11.99 (your price: $16.99)
Buy Box winner: SHENGDA TRADE CO
Detected at: 2026-11-10 06:42 UTC

Kitchenio is brand-registered and you are currently the only authorized seller on this listing.

-- 
Manage alerts: https://app.shelfwatch.io/alerts
You are receiving this because you enabled "New offer" alerts for Kitchenio.
""")

# ---------------------------------------------------------------- 045 fr hijacker (Brand Registry), utf-8 QP
m("045-nouvelle-offre-sur-votre-fiche-fr.eml",
  from_=("Amazon Brand Registry", "brand-registry-noreply@amazon.fr"),
  to=("", "marque@brightnest-home.eu"),
  subject="Un nouveau vendeur propose un produit de votre marque",
  date="Mon, 09 Nov 2026 08:20:46 +0100",
  msgid="<0102018fae9f8e7d-6c5b-4a39-8281-706f5e4d3c2b-000000@eu-west-1.amazonses.com>",
  body="""Bonjour,

Un vendeur tiers vient d'ajouter une offre sur une fiche produit de votre marque enregistrée.

Marque : Brightnest
ASIN : B0CZ8TQ4HV
Produit : Étagère de douche d'angle sans perçage, acier inoxydable
Vendeur : Zhuoyue Maoyi (A2XRM5KQ8HD1PW)
Prix de l'offre : 21,90 €
Date : 9 novembre 2026

Vous êtes actuellement le seul vendeur autorisé pour cette marque. Si vous pensez que ce vendeur enfreint vos droits, vous pouvez le signaler avec l'outil Signaler une violation.

L'équipe Amazon Brand Registry
""")

# ---------------------------------------------------------------- 047 other: carrier newsletter, multipart
t047 = """Dear Valued Customer,

Peak season is coming! To help your parcels arrive on time for Black Friday and Christmas, please note the following:

• Last hand-over for Christmas delivery to the US: December 5, 2026
• Peak season surcharge: USD 0.50 per kg from November 15, 2026 to January 10, 2027
• New: follow all your YunExpress parcels in one place with our app. Just scan the label barcode or type in the number - no more copy and paste!

Book your pick-up early, capacity to Europe is limited during the last two weeks of November.

Thank you for choosing YunExpress.
Your YunExpress Team

To unsubscribe from marketing e-mails, click here.
"""
m("047-yunexpress-peak-season-newsletter.eml",
  from_=("YunExpress", "newsletter@news.yunexpress-mail.com"),
  to=("", "ops@shenzhen-yuehai.com"),
  subject="Peak Season 2026: cut-off dates, surcharges & a faster way to track",
  date="Thu, 29 Oct 2026 02:00:00 +0000",
  msgid="<mc.20261029020000.5a1b2c3d4e@news.yunexpress-mail.com>",
  body=t047, html=html_of(t047), boundary="----=_Part_NL_20261029_0001",
  extra=(("List-Unsubscribe", "<https://news.yunexpress-mail.com/u/5a1b2c3d4e>"),))


def main():
    written = [build(f, **kw) for f, kw in MESSAGES]
    print("wrote %d .eml files" % len(written))
    for f in written:
        print(" ", f)


if __name__ == "__main__":
    main()
