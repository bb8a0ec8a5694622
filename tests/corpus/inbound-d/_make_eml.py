#!/usr/bin/env python3
"""Deterministic generator for the .eml files of the holdout3 inbound corpus.

Re-runnable: it (re)writes exactly the .eml files listed in MESSAGES, next to this
script, and nothing else. Uses only the stdlib `email` package (compat32 API so that
body charsets / transfer encodings can be chosen explicitly). Not part of the test suite.
"""
import html
import os
from datetime import datetime, timedelta, timezone

from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))


def tz(hours):
    return timezone(timedelta(hours=hours))


def make_charset(name):
    cs = Charset(name)
    if cs.input_charset == "shift_jis":
        # the stdlib converts Shift_JIS to ISO-2022-JP on output; keep real Shift_JIS
        cs.output_charset = "shift_jis"
        cs.output_codec = "shift_jis"
        cs.header_encoding = BASE64
    return cs


def body_charset(name, encoding):
    """encoding: 'qp', 'b64', '7bit' (no transfer encoding, charset's own form)."""
    cs = make_charset(name)
    if encoding == "qp":
        cs.body_encoding = QP
    elif encoding == "b64":
        cs.body_encoding = BASE64
    elif encoding == "7bit":
        cs.body_encoding = None
    else:
        raise ValueError(encoding)
    return cs


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def header_value(value, charset, b64=False):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = make_charset(charset)
        if b64:
            cs.header_encoding = BASE64
        return Header(value, cs)


def address(name, addr, charset):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        h = Header(name, make_charset(charset))
        h.append(" <%s>" % addr, "us-ascii")
        return h


def build(m):
    charset = m.get("charset", "utf-8")
    enc = m.get("cte", "qp")
    hdr_cs = m.get("header_charset", charset)
    body = m["body"].lstrip("\n")
    if m.get("html"):
        msg = MIMEMultipart("alternative", boundary=m["boundary"])
        for sub, text in (("plain", body), ("html", text_to_html(body))):
            part = MIMEText(text, sub, body_charset(charset, enc))
            del part["MIME-Version"]
            msg.attach(part)
    else:
        msg = MIMEText(body, "plain", body_charset(charset, enc))
    # MIMEText/MIMEMultipart already set MIME-Version and Content-Type.
    msg["From"] = address(m["from"][0], m["from"][1], hdr_cs)
    msg["To"] = m["to"]
    msg["Subject"] = header_value(m["subject"], hdr_cs, m.get("subject_b64", False))
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m["msgid"]
    # Put the usual headers first, as in a real message.
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
             "Content-Transfer-Encoding"]
    items = [(k, v) for k, v in msg._headers]
    msg._headers = sorted(items, key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    return msg


MESSAGES = [
    # ------------------------------------------------------------------ 002
    dict(
        file="002-lieferung-verspaetet-bewertung-de.eml",
        **{"from": ("Jürgen Hoffmann - Amazon Marketplace", "8kq2mz5vtc4lx0p@marketplace.amazon.de")},
        to="Autozubehoer Lange <service@autozubehoer-lange.de>",
        subject="Anfrage zur Lieferung von einem Kunden (Bestellung: 302-5518820-9934127)",
        date=datetime(2026, 3, 10, 19, 42, 11, tzinfo=tz(1)),
        msgid="<0102018e2a7c4f1d-6b1c9e02-000000@eu-west-1.amazonses.com>",
        charset="iso-8859-1", cte="qp",
        body="""
------------- Nachricht: -------------

Hallo,

ich habe am 24.02.2026 bei Ihnen die Fußmatten für meinen Golf 7 bestellt und bis heute ist nichts angekommen!!! Die Sendungsverfolgung bei DHL (JJD000390017624519) zeigt seit dem 3. März nur "Die Sendung wurde im Start-Paketzentrum bearbeitet" und dann NICHTS mehr.

Was ist da los? Wo ist mein Paket?? Ich brauche die Matten dringend, das Auto geht nächste Woche zum Verkauf.

Wenn das Paket nicht bis Freitag da ist, gebe ich Ihnen eine 1-Sterne-Bewertung und schreibe genau rein, wie das hier gelaufen ist. So geht man nicht mit Kunden um.

J. Hoffmann

------------- Ende der Nachricht -------------

Bestellnummer: 302-5518820-9934127
Artikel: Auto Fußmatten passend für VW Golf 7 (2012-2020) Gummi 4-teilig schwarz
Menge: 1

Um auf diese Nachricht zu antworten, antworten Sie einfach auf diese E-Mail.
""",
    ),
    # ------------------------------------------------------------------ 005
    dict(
        file="005-hassou-itsu-tsuiseki-ja.eml",
        **{"from": ("佐藤 美咲 - Amazon Marketplace", "3h7xq0wz9ld2k4m@marketplace.amazon.co.jp")},
        to="Nekomanma Store <shop@nekomanma-store.jp>",
        subject="注文番号 503-7712048-3390516 についてのお問い合わせ",
        date=datetime(2026, 1, 15, 8, 15, 40, tzinfo=tz(9)),
        msgid="<20260115081540.3h7xq0wz9ld2k4m@marketplace.amazon.co.jp>",
        charset="iso-2022-jp", cte="7bit",
        body="""
-------- メッセージ --------

お世話になっております。
1月10日に注文しましたが、まだ「未発送」のままになっています。
いつ発送していただけますか？発送済みでしたらお問い合わせ番号を教えてください。
来週末に使いたいので、よろしくお願いいたします。

佐藤

-------- メッセージ終了 --------

注文番号：503-7712048-3390516
商品名：猫用 自動給水器 2.5L 静音 フィルター付き ホワイト
数量：1
""",
    ),
    # ------------------------------------------------------------------ 006
    dict(
        file="006-quando-spedite-regalo-it.eml",
        **{"from": ("Francesca Bellini - Amazon Marketplace", "q5t9wd1mnr7zk2c@marketplace.amazon.it")},
        to="Bellezza Rapida <ordini@bellezzarapida.it>",
        subject="Domanda dal cliente Francesca Bellini (Ordine: 405-6620137-1184529)",
        date=datetime(2026, 2, 16, 10, 3, 27, tzinfo=tz(1)),
        msgid="<0102018dae31b7c2-2f0c4a8d-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="==_Part_4417_1602261003.amzn",
        body="""
Hai ricevuto un messaggio.

N. ordine: 405-6620137-1184529
Articolo: Set 12 Pennelli Trucco Professionali con Pochette, Rosa Oro
Quantità: 1

------------- Messaggio: -------------
Buongiorno, ho fatto l'ordine sabato e ancora risulta "non spedito". È un regalo per il compleanno di mia sorella il 21 febbraio. Potete dirmi quando partirà il pacco e mandarmi il codice per seguirlo? grazie mille
Francesca
------------- Fine messaggio -------------

Per rispondere, rispondi a questa e-mail o visita il tuo account venditore.
""",
    ),
    # ------------------------------------------------------------------ 009
    dict(
        file="009-zh-hawaii-delivery-time.eml",
        **{"from": ("张伟 - Amazon Marketplace", "m2v8kq7dxz0p3rt@marketplace.amazon.com")},
        to="FluffyDry Pet <support@fluffydrypet.com>",
        subject="关于商品的咨询 (ASIN: B0D2HN6T8Q)",
        date=datetime(2026, 2, 20, 21, 7, 55, tzinfo=tz(-10)),
        msgid="<0100018dc7a2e9f4-8e1b3d77-000000@email.amazonses.com>",
        charset="gb18030", cte="b64",
        body="""
You have received a question from an Amazon customer about one of your products.

ASIN: B0D2HN6T8Q
Product: Pet Dryer Box for Cats and Small Dogs, Quiet Hair Dryer Cabinet, 62L

-------- Question: --------
您好，
我住在夏威夷檀香山，想买你们这个宠物烘干箱，请问寄到夏威夷大概需要多少天？页面上写的送达时间应该是美国本土的吧？如果要两三个星期我就不买了，下个月就要用。
谢谢！
张伟
-------- End --------
""",
    ),
    # ------------------------------------------------------------------ 011
    dict(
        file="011-devolucion-defectuoso-aviso-es.eml",
        **{"from": ("Amazon.es", "notificaciones-vendedor@amazon.es")},
        to="Belleza Luna <hola@bellezaluna.es>",
        subject="Solicitud de devolución para el pedido 406-8851203-6627435",
        date=datetime(2026, 3, 12, 16, 48, 2, tzinfo=tz(1)),
        msgid="<0102018e33f0a1c9-77d5e1a0-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="b64",
        body="""
Estimado vendedor:

Un cliente ha solicitado la devolución de un artículo de su pedido. Revise la información a continuación y autorice o rechace la solicitud en un plazo de 2 días laborables.

N.º de pedido: 406-8851203-6627435
Solicitud de devolución n.º: DqR8vX2LkRMA
Fecha de la solicitud: 12 de marzo de 2026

Producto: Limpiador Facial Sónico de Silicona, Cepillo Facial Eléctrico Recargable, Rosa
ASIN: B0BV3M7PQ2
Cantidad: 1
Importe del pedido: 29,99 €

Motivo de la devolución: Producto defectuoso o no funciona
Comentarios del cliente: "no carga, lo he dejado enchufado toda la noche y la luz no se enciende. quiero que me devuelvan el dinero"

Para gestionar esta solicitud, vaya a Pedidos > Gestionar devoluciones en Seller Central.

Atentamente,
Amazon.es
""",
    ),
    # ------------------------------------------------------------------ 014
    dict(
        file="014-ruecksendung-zu-klein-stiefel-de.eml",
        **{"from": ("Amazon.de", "rueckgabe-benachrichtigung@amazon.de")},
        to="Schuhhaus Nordlicht <verkauf@schuhhaus-nordlicht.de>",
        subject="Rücksendeanfrage für Bestellung 028-4471920-3356801",
        date=datetime(2026, 2, 5, 11, 20, 44, tzinfo=tz(1)),
        msgid="<0102018d7be5c0aa-1d2e9f44-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="----=_Part_88120_20260205.rueck",
        subject_b64=True,
        body="""
Guten Tag,

für eine Ihrer Bestellungen wurde eine Rücksendung angefragt.

Bestellnummer: 028-4471920-3356801
Artikel: Damen Winterstiefel gefüttert wasserdicht Schneestiefel, Schwarz, Größe 39
ASIN: B0CKT5W8NE
Menge: 1
Rücksendegrund: Artikel ist zu klein
Kommentar des Kunden: "leider viel zu eng am Spann, normalerweise passt mir 39 immer. Hätte gerne 40, wenn nicht möglich dann Geld zurück"

Angefragt am: 5. Februar 2026

Bitte bearbeiten Sie diese Anfrage innerhalb von 2 Werktagen über "Rücksendungen verwalten" in Seller Central.

Mit freundlichen Grüßen
Amazon.de
""",
    ),
    # ------------------------------------------------------------------ 015
    dict(
        file="015-kutsu-chiisai-sjis-ja.eml",
        **{"from": ("田中 健一 - Amazon Marketplace", "z8c1nf4rk6w0yqa@marketplace.amazon.co.jp")},
        to="Hashiru Shoes <info@hashiru-shoes.jp>",
        subject="購入者からの連絡：注文番号 250-3318702-9945126",
        date=datetime(2026, 3, 2, 20, 31, 9, tzinfo=tz(9)),
        msgid="<20260302203109.z8c1nf4rk6w0yqa@marketplace.amazon.co.jp>",
        charset="shift_jis", cte="b64",
        body="""
注文番号：250-3318702-9945126
商品名：ランニングシューズ メンズ 軽量 通気性 ブラック 26.5cm
数量：1

--- メッセージ ---
届いたので履いてみましたが、つま先がきつくて痛いです。普段は26.5cmで大丈夫なのですが、これは小さめみたいです。27.5cmに交換してもらえますか？無理なら返品したいです。
箱とタグはそのままです。
田中
--- メッセージ終了 ---
""",
    ),
    # ------------------------------------------------------------------ 017
    dict(
        file="017-echange-coloris-volant-fr.eml",
        **{"from": ("Sophie Lefèvre - Amazon Marketplace", "r4p0ys8bw2ke6nj@marketplace.amazon.fr")},
        to="AutoStyle Boutique <contact@autostyle-boutique.fr>",
        subject="Demande de renseignements d'un client (Commande : 402-9917350-2248163)",
        date=datetime(2026, 1, 28, 14, 55, 30, tzinfo=tz(1)),
        msgid="<0102018d51f3e7b8-4c9a2e10-000000@eu-west-1.amazonses.com>",
        charset="iso-8859-1", cte="qp",
        body="""
Vous avez reçu un message.

Numéro de commande : 402-9917350-2248163
Article : Couvre-volant de voiture en cuir, Noir/Rouge, 37-38 cm
Quantité : 1

------------- Message : -------------
Bonjour,

J'ai bien vu que ma commande est déjà expédiée, mais est-ce qu'il serait possible de l'échanger contre le modèle Noir/Beige ? Le rouge ne va pas du tout avec l'intérieur de la voiture de mon mari, je me suis trompée en cliquant. Je ne l'ouvrirai pas, je peux vous le renvoyer dès réception.

Cordialement,
Sophie Lefèvre
------------- Fin du message -------------
""",
    ),
    # ------------------------------------------------------------------ 021
    dict(
        file="021-robot-app-setsuzoku-ja.eml",
        **{"from": ("鈴木 由美 - Amazon Marketplace", "k7w3bq9xe1m5zfh@marketplace.amazon.co.jp")},
        to="Mirai Toys <support@miraitoys.jp>",
        subject="商品の使い方について（注文番号 249-5520981-7734612）",
        date=datetime(2025, 12, 27, 9, 42, 18, tzinfo=tz(9)),
        msgid="<20251227094218.k7w3bq9xe1m5zfh@marketplace.amazon.co.jp>",
        charset="iso-2022-jp", cte="7bit",
        body="""
注文番号：249-5520981-7734612
商品名：プログラミングロボット 子供 おもちゃ STEM 教育 アプリ対応 ブルー

-------- メッセージ --------
こんにちは。
12月24日に届いて、子供へのクリスマスプレゼントにしました。
電源は入るのですが、スマホのアプリとつなげる方法がわかりません。Bluetoothの画面にも出てこないです。
説明書が英語だけなので、日本語の説明書があれば送っていただけませんか？
よろしくお願いします。
鈴木
""",
    ),
    # ------------------------------------------------------------------ 023
    dict(
        file="023-quante-confezioni-sacchetti-it.eml",
        **{"from": ("Giuseppe Russo - Amazon Marketplace", "w1n6hc3ja8v5td0@marketplace.amazon.it")},
        to="Pet Felici <negozio@petfelici.it>",
        subject="Domanda dal cliente Giuseppe Russo (Ordine: 403-2851176-6690412)",
        date=datetime(2026, 3, 18, 7, 58, 13, tzinfo=tz(1)),
        msgid="<0102018e4f2d9b31-a8e0c5f2-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="qp",
        body="""
N. ordine: 403-2851176-6690412
Articolo: Sacchetti igienici per cani biodegradabili, 10 rotoli x 15 pezzi
Quantità: 4

------------- Messaggio: -------------
Salve, ho ordinato 4 confezioni pero non mi è chiaro: ogni confezione ha 10 rotoli oppure sono 10 rotoli in tutto? Gestisco una piccola pensione per cani e mi servono almeno 600 sacchetti, quindi se sono 4 x 150 va bene, altrimenti devo ordinarne altre. Me lo confermate prima di spedire? Grazie
Giuseppe Russo
------------- Fine messaggio -------------
""",
    ),
    # ------------------------------------------------------------------ 024
    dict(
        file="024-office-tumblers-confirm-specs.eml",
        **{"from": ("Tanya Okafor - Amazon Marketplace", "d6y2rk0fq9s4lmx@marketplace.amazon.com")},
        to="Summit Drinkware <care@summitdrinkware.com>",
        subject="Additional information request from Amazon customer (Order: 114-3390817-2265094)",
        date=datetime(2026, 3, 25, 13, 4, 51, tzinfo=tz(-5)),
        msgid="<0100018e73b8c4d2-5f1e0a96-000000@email.amazonses.com>",
        charset="us-ascii", cte="7bit",
        body="""
Hi,

Our office placed order 114-3390817-2265094 for 40 of the insulated tumblers (the 20 oz ones). These are for our staff appreciation event on April 17, so before you pack them please double check:

- 40 units total, all 20 oz (NOT the 30 oz)
- all Matte Black
- lids with the slide closure, not the straw lids
- no printed retail price on the boxes if possible

Last time we ordered from a different seller we got a mix of colours, so I just want to be sure. Total was $519.60, please let me know if anything is off before it ships.

Thanks,
Tanya Okafor
Office Manager, Brightline Dental Group
""",
    ),
    # ------------------------------------------------------------------ 025
    dict(
        file="025-negative-feedback-late-crushed-uk.eml",
        **{"from": ("Amazon.co.uk", "seller-notification@amazon.co.uk")},
        to="Greenleaf Home & Garden <shop@greenleafhg.co.uk>",
        subject="Negative feedback received - Order 204-5571829-0036418",
        date=datetime(2026, 3, 19, 17, 26, 40, tzinfo=tz(0)),
        msgid="<0102018e54c6a8e0-93b1f7d2-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="----=_Part_31877_fb.1742405200",
        body="""
Dear seller,

A buyer has left feedback on one of your recent orders. We are letting you know because the rating is 2 stars or lower.

Rating: 1 out of 5
Comments: "Took nearly three weeks to turn up and the box was completely crushed, one of the pots inside was chipped. Courier just left it by the bins. Not impressed."
Arrived on time: No
Item as described: Yes
Customer service: Did not contact

Order ID: 204-5571829-0036418
Item: Set of 3 Ceramic Plant Pots with Drainage Holes and Saucers, 12/15/18 cm, Terracotta
Feedback date: 19 March 2026

You can post a public reply to this feedback in Seller Central under Performance > Feedback Manager. Sellers may not ask buyers to change or remove feedback.

Regards,
Amazon Services Europe
""",
    ),
    # ------------------------------------------------------------------ 028
    dict(
        file="028-deactivated-identity-not-verified.eml",
        **{"from": ("Amazon Seller Performance", "seller-performance@amazon.com")},
        to="Lumina Garden Co. <admin@luminagardenco.com>",
        subject="Your Amazon.com selling account has been deactivated",
        date=datetime(2026, 2, 2, 4, 18, 7, tzinfo=tz(-8)),
        msgid="<0100018d6a0f12c7-ab4e8c39-000000@email.amazonses.com>",
        charset="utf-8", cte="qp",
        body="""
Hello,

We could not verify the information you provided during registration, so your Amazon.com selling account has been deactivated. Your listings have been removed from the website and any funds in your account will be held while we review this matter.

Why did this happen?
The documents you submitted to confirm your identity could not be validated. The name on the bank statement does not match the name on your government-issued ID, and the business address could not be confirmed.

How do I reactivate my account?
Go to the Account Health page in Seller Central and click "Reactivate your account". Please provide:

– A valid, unexpired passport or national ID card of the primary contact person
– A bank or credit card statement issued within the last 180 days, showing the same name and address as your registration
– A business license, if you registered as a business

Selling account: Lumina Garden Co. (Merchant token A3KF82PQ01XZ7D)

We appreciate your understanding.

Amazon Seller Performance Team
https://sellercentral.amazon.com
""",
    ),
    # ------------------------------------------------------------------ 029
    dict(
        file="029-zh-zhanghu-tingyong-gb18030.eml",
        **{"from": ("亚马逊卖家绩效团队", "seller-performance@amazon.com")},
        to="深圳市禾木家居有限公司 <amazon@hemu-home.cn>",
        subject="您的亚马逊销售账户已被停用",
        date=datetime(2026, 1, 21, 10, 5, 33, tzinfo=tz(8)),
        msgid="<0100018d2b9e7f05-1c6a4d83-000000@email.amazonses.com>",
        charset="gb18030", cte="b64",
        body="""
您好，

由于我们无法验证您在注册时提供的信息，您的 Amazon.com 销售账户已被停用。您的商品已从网站上移除，账户中的资金将暂时保留。

原因：
您提交的营业执照上的公司名称与您在卖家平台中填写的名称不一致，且我们无法通过您提供的手机号码联系到主要联系人。

如何恢复您的账户：
请访问卖家平台“账户状况”页面，点击“申诉”并上传以下文件：
1. 主要联系人的有效身份证（正反面）
2. 最近 180 天内开具的银行对账单或信用卡账单
3. 与注册信息一致的营业执照彩色扫描件

请注意，所有文件须为清晰的彩色照片或扫描件，不接受截图。

亚马逊卖家绩效团队
""",
    ),
    # ------------------------------------------------------------------ 031
    dict(
        file="031-under-review-funds-held-asins.eml",
        **{"from": ("Amazon Seller Performance", "seller-performance@amazon.com")},
        to="Vantage Auto Supply <sales@vantageautosupply.com>",
        subject="Action required: Your Amazon.com account is under review",
        date=datetime(2026, 3, 30, 2, 51, 16, tzinfo=tz(-7)),
        msgid="<0100018e8d4a6b13-e27f0c58-000000@email.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="----=_Part_120934_spr.1743328276",
        body="""
Hello,

Your selling account is under review and, during this time, your disbursements will be held. We took this action because you offered products on detail pages that do not match the item you are selling, in violation of our policies.

Our records show that your offers on the following ASINs were for items that are materially different from those described on the detail page:

B08XR2LM6Y
B09P4KTW3C
B0C1ND8VQ5

Sellers may only list on a detail page when the item is exactly the same as the one described, including brand, model and packaging. Selling counterfeit or non-authentic versions of branded products is prohibited.

What happens next?
We will finish our review and inform you of our decision. To help us reach a decision, please submit a plan of action within 17 days explaining:
- the root cause of the problem
- the actions you have taken to address it
- the steps you have taken to prevent it from happening again

You can submit your plan of action from the Account Health page in Seller Central.

Sincerely,
Seller Performance Team
Amazon.com
""",
    ),
    # ------------------------------------------------------------------ 034
    dict(
        file="034-odr-above-target-warning.eml",
        **{"from": ("Amazon Seller Central", "no-reply@sellercentral.amazon.com")},
        to="Oakridge Pet Co <seller@oakridgepet.com>",
        subject="Account Health: Your Order Defect Rate is above our target",
        date=datetime(2026, 3, 7, 6, 30, 0, tzinfo=tz(-8)),
        msgid="<0100018e1a3c5e78-4d8f2b61-000000@email.amazonses.com>",
        charset="us-ascii", cte="7bit",
        body="""
Hello,

Your Order Defect Rate (ODR) for Amazon.com is 1.84%, which is above our target of under 1%. Sellers who do not maintain an ODR under 1% risk losing their selling privileges.

Period: January 6, 2026 - March 6, 2026 (60 days)
Orders in period: 815
Orders with a defect: 15
  - Negative feedback: 9
  - A-to-z Guarantee claims: 4
  - Chargeback claims: 2

What you can do:
Review the orders with defects on the Customer Service Performance page, find the root cause and take corrective action. If your ODR does not return to target, we may deactivate your account.

Thank you,
Amazon Seller Performance
""",
    ),
    # ------------------------------------------------------------------ 036
    dict(
        file="036-taux-defauts-commande-fr.eml",
        **{"from": ("Amazon.fr Performance Vendeur", "performance-vendeur@amazon.fr")},
        to="Maison Jardin Plus <vente@maisonjardinplus.fr>",
        subject="Votre taux de défauts de commande dépasse notre objectif",
        date=datetime(2026, 2, 3, 9, 12, 45, tzinfo=tz(1)),
        msgid="<0102018d6f8a2c14-5b7e0d93-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="b64", subject_b64=True,
        body="""
Bonjour,

Votre taux de défauts de commande (ODR) sur Amazon.fr est actuellement de 2,1 %, alors que notre objectif est de moins de 1 %. Un taux supérieur à cet objectif peut entraîner la désactivation de votre compte vendeur.

Période de référence : du 1er décembre 2025 au 29 janvier 2026
Commandes concernées : 7 sur 334
  • Commentaires négatifs : 3
  • Réclamations au titre de la Garantie A à Z : 4

Nous vous recommandons d'examiner ces commandes depuis la page « Performances du service client » et de prendre sans tarder les mesures nécessaires.

Cordialement,
L'équipe Performance Vendeur
Amazon.fr
""",
    ),
    # ------------------------------------------------------------------ 038
    dict(
        file="038-reclamacion-garantia-az-es.eml",
        **{"from": ("Amazon.es", "garantia-az@amazon.es")},
        to="Mascotas Felices <tienda@mascotasfelices.es>",
        subject="Reclamación de la Garantía de la A a la Z - Pedido 408-3361209-5574820",
        date=datetime(2026, 3, 9, 12, 40, 21, tzinfo=tz(1)),
        msgid="<0102018e2577d0b9-6a3c1f28-000000@eu-west-1.amazonses.com>",
        charset="utf-8", cte="qp",
        body="""
Estimado vendedor:

Un cliente ha presentado una reclamación en virtud de la Garantía de la A a la Z de Amazon por el siguiente pedido:

Número de pedido: 408-3361209-5574820
Motivo: El artículo no es como se describe
Importe reclamado: 54,90 €
Producto: Juego de 4 pelotas de juguete interactivas para perros, con luz LED
Número de seguimiento: RR277541904CN
Transportista: China Post

Comentario del comprador: "Las fotos muestran pelotas grandes de goma y me han llegado unas pequeñitas de plástico duro que mi perro rompió en 5 minutos. Ya escribí al vendedor el 2 de marzo y nadie me contesta."

Dispone de 3 días naturales para responder. Si no responde en ese plazo, podremos conceder la reclamación al comprador.

Atentamente,
Servicio de Atención al Vendedor de Amazon.es
""",
    ),
    # ------------------------------------------------------------------ 040
    dict(
        file="040-ip-copyright-images-policy-warning.eml",
        **{"from": ("Amazon Seller Central", "notice-dispute@amazon.com")},
        to="Petal & Pout Cosmetics <team@petalandpout.com>",
        subject="Policy Warning: Intellectual Property complaint received for your listing",
        date=datetime(2026, 2, 24, 15, 9, 38, tzinfo=tz(-8)),
        msgid="<0100018dda6e3f81-c04b9e27-000000@email.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="----=_Part_77710_ip.1740438578",
        body="""
Hello,

We removed some of your listings because we received a report from a rights owner that they infringe the rights owner's copyright.

ASIN: B0CQ6YH2WK
Product: Reusable Silicone Makeup Sponge Set, 4 Pieces, Latex-Free
Infringement type: Copyright
Complaint ID: 15839274061
Rights owner: Glowlane Beauty Ltd.
Rights owner email: ip@glowlanebeauty.example

The rights owner reports that the images on this listing were copied from their website and product packaging without permission.

If you believe this notice was sent in error, you can contact the rights owner and ask them to retract the complaint, or send us an appeal through the Account Health page. Repeated intellectual property complaints may result in the loss of your selling privileges.

Sincerely,
Amazon.com
""",
    ),
    # ------------------------------------------------------------------ 043
    dict(
        file="043-listingsentry-new-seller-buybox.eml",
        **{"from": ("ListingSentry Alerts", "alerts@listingsentry.io")},
        to="Harbor & Hearth <brand@harborandhearth.com>",
        subject="⚠ New seller on B0C4MJ8ZT1 – Buy Box lost",
        date=datetime(2026, 4, 2, 6, 41, 3, tzinfo=tz(0)),
        msgid="<alert.20260402064103.7f3e91c2@listingsentry.io>",
        charset="utf-8", cte="qp", html=True, boundary="ls-alt-7f3e91c2",
        body="""
Hi Harbor & Hearth team,

ListingSentry detected a change on one of your monitored listings.

ASIN: B0C4MJ8ZT1
Product: Harbor & Hearth Cast Iron Skillet 10.25 inch, Pre-Seasoned
Marketplace: Amazon.com
Event: New offer detected (1 new seller)

New seller: QXHome Direct Store
Seller ID: A1YV7T3KQ82XBN
Offer price: $19.49 (your price: $27.99)
Fulfillment: Merchant Fulfilled
Buy Box owner: QXHome Direct Store
First seen: Apr 2, 2026 06:40 UTC

Your brand is enrolled in Brand Registry. If this seller is not an authorized reseller, you can send them a cease and desist and report them via Report a Violation.

-- ListingSentry · Monitoring 38 ASINs for Harbor & Hearth
Unsubscribe from this alert type
""",
    ),
    # ------------------------------------------------------------------ 045
    dict(
        file="045-zh-genmai-tixing-gbk.eml",
        **{"from": ("跟卖哨兵", "notice@genmaishaobing.cn")},
        to="PetFeast <ops@petfeast.cn>",
        subject="【跟卖提醒】您的ASIN B0CZ2L7HWD 出现新跟卖卖家",
        date=datetime(2026, 4, 11, 14, 26, 10, tzinfo=tz(8)),
        msgid="<20260411142610.88213@genmaishaobing.cn>",
        charset="gbk", cte="b64",
        body="""
尊敬的用户：

您监控的 Listing 出现新的跟卖卖家，请及时处理。

站点：美国站 Amazon.com
ASIN：B0CZ2L7HWD
商品：宠物自动喂食器 4L 定时定量 猫狗通用 (PetFeast Auto Feeder 4L)
跟卖卖家：Sunfly-US
跟卖价格：$45.99（您的价格：$59.99）
发货方式：自发货
购物车：已被跟卖卖家抢占
发现时间：2026年4月11日 14:25（北京时间）

建议：如果您已完成品牌备案，可先向对方发送警告信，24小时内未下架可通过“举报违规行为”向亚马逊投诉。

—— 跟卖哨兵 · 每15分钟检测一次
""",
    ),
    # ------------------------------------------------------------------ 047
    dict(
        file="047-amazon-fee-changes-announcement.eml",
        **{"from": ("Amazon Selling Partner Communications", "sp-communications@amazon.com")},
        to="Oakridge Pet Co <seller@oakridgepet.com>",
        subject="Upcoming changes to US referral and FBA fees",
        date=datetime(2026, 2, 26, 9, 0, 0, tzinfo=tz(-8)),
        msgid="<0100018de4b7a023-7e2c5f19-000000@email.amazonses.com>",
        charset="utf-8", cte="qp", html=True, boundary="----=_Part_5521_spc.1740589200",
        body="""
Hello,

We are writing to let you know about changes to selling fees in the US store that will take effect on April 15, 2026.

What is changing
- The referral fee for Pet Supplies items priced under $15.00 will decrease from 15% to 8%.
- The FBA fulfillment fee for small standard-size items weighing 4 oz or less will increase by $0.06 per unit.
- The low-inventory-level fee will no longer apply to new products during their first 180 days after launch.

You can use the Revenue Calculator to estimate the impact of these changes on your products. No action is required from you.

Thank you for selling with Amazon.

Amazon Selling Partner Support
""",
    ),
    # ------------------------------------------------------------------ 048
    dict(
        file="048-zh-wuliu-newsletter-gbk.eml",
        **{"from": ("速达通国际物流", "market@sudatong-logistics.cn")},
        to="amazon@hemu-home.cn",
        subject="【速达通】美国专线时效升级 & 旺季附加费通知",
        date=datetime(2026, 4, 14, 18, 0, 0, tzinfo=tz(8)),
        msgid="<edm.20260414180000.41c7@sudatong-logistics.cn>",
        charset="gbk", cte="b64",
        body="""
尊敬的客户您好：

感谢您一直以来对速达通国际物流的支持！

一、美国专线时效升级
即日起，美国普货专线（含带电）全程时效提升至 7-12 个自然日，妥投率 98% 以上，支持全程轨迹查询。

二、旺季附加费通知
自2026年5月1日起，美国、加拿大线路每公斤加收 ￥2.5 旺季附加费，欧洲线路暂不调整。

三、新客户福利
首票发货满 50 公斤，立减 ￥300。

如需报价或开户，请联系您的专属客户经理，或直接回复本邮件。

速达通国际物流 · 市场部
深圳市宝安区
如不希望再收到此类邮件，请回复“退订”。
""",
    ),
]


def main():
    for m in MESSAGES:
        msg = build(m)
        path = os.path.join(HERE, m["file"])
        with open(path, "wb") as f:
            BytesGenerator(f, mangle_from_=False, policy=compat32).flatten(msg)
        print("wrote", m["file"])


if __name__ == "__main__":
    main()
