#!/usr/bin/env python3
"""Generate the .eml files of the holdout4 inbound corpus.

Deterministic and re-runnable: fixed dates, Message-IDs and MIME boundaries.
Writes exactly the files listed in EML_FILES next to this script.
Uses only the stdlib `email` package (compat32 policy, email.mime classes).
"""
import html
import os
from email import charset as email_charset
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))


def cs(name, body=None):
    c = Charset(name)
    if body == "8bit":
        c.body_encoding = None
    elif body is not None:
        c.body_encoding = body
    if name.lower() == "shift_jis":
        # the stdlib maps shift_jis output to iso-2022-jp; keep real Shift_JIS
        c.output_charset = "shift_jis"
        c.output_codec = "shift_jis"
        c.header_encoding = BASE64
        c.body_encoding = BASE64
    return c


def text_part(body, charset):
    return MIMEText(body, "plain", charset)


def html_of(body, title=""):
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111\">\n"
        "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:16px\">\n"
        "%s\n</td></tr></table>\n</body></html>\n" % (html.escape(title), "\n".join(out))
    )


def build(spec):
    body = spec["body"]
    kind = spec.get("mime", "plain")
    if kind == "alternative":
        msg = MIMEMultipart("alternative", boundary=spec["boundary"])
        msg.attach(text_part(body, spec["charset"]))
        msg.attach(MIMEText(html_of(body, spec["subject"]), "html", spec.get("html_charset", spec["charset"])))
    else:
        msg = text_part(body, spec["charset"])
    hdr_cs = spec.get("header_charset")
    name, addr = spec["from"]
    if hdr_cs and any(ord(ch) > 127 for ch in name):
        msg["From"] = formataddr((name, addr), charset=hdr_cs)
    else:
        msg["From"] = '"%s" <%s>' % (name, addr)
    msg["To"] = spec.get("to", "support@seller-example.com")
    subj = spec["subject"]
    if any(ord(ch) > 127 for ch in subj):
        msg["Subject"] = Header(subj, hdr_cs or "utf-8")
    else:
        msg["Subject"] = subj
    msg["Date"] = spec["date"]
    msg["Message-ID"] = spec["msgid"]
    # put MIME-Version after the routing headers for readability
    mv = msg["MIME-Version"]
    del msg["MIME-Version"]
    ct = msg["Content-Type"]
    cte = msg["Content-Transfer-Encoding"]
    del msg["Content-Type"]
    del msg["Content-Transfer-Encoding"]
    msg["MIME-Version"] = mv or "1.0"
    msg["Content-Type"] = ct
    if cte:
        msg["Content-Transfer-Encoding"] = cte
    return msg


UTF8_QP = lambda: cs("utf-8", QP)
UTF8_B64 = lambda: cs("utf-8", BASE64)

SPECS = {}

# ---------------------------------------------------------------- 002
SPECS["002-wo-bleibt-paket-bremsen-de.eml"] = dict(
    charset=cs("iso-8859-1", QP), header_charset="iso-8859-1",
    **{"from": ("Jürgen Baumgärtner - Amazon Marketplace", "8kq2hz7n4tbw1xm@marketplace.amazon.de")},
    to="info@autoteile-lindner.example",
    subject="Nachricht von Amazon-Kunde Jürgen Baumgärtner (Bestellung: 302-7718263-4451902)",
    date="Tue, 17 Nov 2026 08:42:11 +0100",
    msgid="<0102018f3a1c-7d2e9b41-de02@eu-west-1.amazonses.com>",
    body="""Sie haben eine Nachricht von einem Amazon-Kunden erhalten.

Bestellnummer: 302-7718263-4451902
Artikel: Kfz Bremsbelagsatz vorne für VW Golf VII 1.4 TSI
Menge: 1

------------- Nachricht: -------------

Guten Tag,

ich habe am 05.11. die Bremsbeläge bestellt, die Lieferung war für den 10.-12. November angekündigt. Heute ist Dienstag und es ist immer noch nichts da, bei Amazon steht nur "Versandt" und sonst gar nichts, keine Sendungsnummer, kein Paketdienst. Mein Auto steht seit einer Woche in der Werkstatt und der Mechaniker wartet auf die Teile!! Wo ist das Paket???

Bitte um schnelle Antwort.

Mfg

------------- Ende der Nachricht -------------

Um auf diese Nachricht zu antworten, antworten Sie bitte einfach auf diese E-Mail.
""")

# ---------------------------------------------------------------- 003
SPECS["003-nimotsu-ugokanai-yamato-ja.eml"] = dict(
    charset=cs("iso-2022-jp"), header_charset="iso-2022-jp",
    **{"from": ("佐々木 美穂 - Amazon Marketplace", "3v9xq0mdl2kf7ab@marketplace.amazon.co.jp")},
    to="shop@kidsafe-japan.example",
    subject="購入者からの問い合わせ：配送について (注文番号: 249-5520174-8836215)",
    date="Mon, 07 Dec 2026 21:15:40 +0900",
    msgid="<0106018f9b2e-44c1a8d0-jp03@ap-northeast-1.amazonses.com>",
    body="""Amazonのお客様からメッセージが届きました。

注文番号: 249-5520174-8836215
商品名：ベビーゲート 突っ張り式 ドア幅75-85cm対応 ホワイト
数量: 1

------------- メッセージ: -------------

お世話になっております。
12月1日に注文した者です。
息子がハイハイを始めたばかりで、階段の上にゲートを付けたくて急いで注文しました。
ヤマト運輸の伝票番号 438622190574 で追跡していますが、12月3日から「輸送中」のまま全く動いていません。
今どこにあるのか確認していただけますか？
よろしくお願いいたします。

------------- メッセージの終わり -------------
""")

# ---------------------------------------------------------------- 006
SPECS["006-fahuo-danhao-gb18030.eml"] = dict(
    charset=cs("gb18030"), header_charset="gb18030",
    **{"from": ("王磊 - Amazon Marketplace", "p7x2kd9wq3mzr1c@marketplace.amazon.com")},
    to="service@sunnyby-baby.example",
    subject="买家消息：订单 112-6620938-1047735 什么时候发货",
    date="Wed, 25 Nov 2026 22:03:51 -0800",
    msgid="<010001901c7f-2b9e5d13-zh06@email.amazonses.com>",
    body="""You have received a message from an Amazon customer.

Order ID: 112-6620938-1047735
Item: Sunnyby Foldable Baby Stroller Lightweight Travel Stroller, Grey
Quantity: 1

-------- Message: --------
你好，我是在美国读书的中国人，英文不太好所以用中文写，希望你们能看懂（看到你们的店名应该是国内的卖家吧）。
我11月20号下的单，到现在订单页面还是显示未发货。请问什么时候能发出？发出以后麻烦把快递单号发给我，我好自己查。
谢谢！
王磊
-------- End of message --------
""")

# ---------------------------------------------------------------- 008
SPECS["008-livraison-belgique-noel-fr.eml"] = dict(
    charset=UTF8_B64(), header_charset="utf-8",
    **{"from": ("Élodie Marchand - Amazon Marketplace", "z4kq8m2xw7tbn0d@marketplace.amazon.fr")},
    to="contact@petitnid-eveil.example",
    subject="Question préalable à l'achat – ASIN B09X4LQW7R",
    date="Thu, 03 Dec 2026 19:03:22 +0100",
    msgid="<0102018fd4a1-93be02c7-fr08@eu-west-1.amazonses.com>",
    body="""Vous avez reçu une question d'un client Amazon concernant l'un de vos produits.

ASIN : B09X4LQW7R
Article : Tapis de jeu d'éveil bébé 4 en 1 avec arches amovibles

-------- Message : --------
Bonsoir,

Je voudrais offrir ce tapis d'éveil à ma nièce qui est née le mois dernier, c'est pour Noël. Ma sœur habite en Belgique (à Liège) et je préférerais le faire livrer directement chez elle, ça m'éviterait un aller-retour.

Vous livrez en Belgique ? Si je commande ce soir, est-ce qu'il arrivera avant le 24 décembre ? Combien de jours faut-il compter en général ?

Merci d'avance
-------- Fin du message --------
""")

# ---------------------------------------------------------------- 010
SPECS["010-fan-unopened-elderly-return.eml"] = dict(
    mime="alternative", boundary="==holdout4-010-alt-7f3c==",
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Harold Whitcombe - Amazon Marketplace", "h2w8q4kz0rm5tvx@marketplace.amazon.com")},
    to="orders@breezemax-home.example",
    subject="Message from Amazon customer Harold Whitcombe (Order: 113-2047719-8835016)",
    date="Wed, 14 Oct 2026 10:21:09 -0500",
    msgid="<010001900a3b-6c1de2f8-en10@email.amazonses.com>",
    body="""You have received a message from an Amazon customer.

Order ID: 113-2047719-8835016
Item: BreezeMax 16 inch Pedestal Fan with Remote, Oscillating, 3 Speeds
Quantity: 1

-------- Message: --------
Dear Sir or Madam,

I hope this note finds you well. I am 81 years old and my granddaughter helped me order this fan on September 30 because our summer had been so terribly hot. Well, as luck would have it, the weather turned the very week it arrived and the fan has been sitting in its box in the hallway ever since. It has not been opened. It looks like a very fine fan, and I have nothing bad to say about it at all.

My late wife always said I buy things before I need them. I suppose she was right.

I would like to send it back and have the $54.99 put back on my card, if that is still possible.

Sincerely yours,
Harold Whitcombe
-------- End of message --------

To respond to this customer, please reply to this e-mail or visit your Seller Central account.
""")

# ---------------------------------------------------------------- 011
SPECS["011-richiesta-reso-pentole-it.eml"] = dict(
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Amazon.it", "resi-notifiche@amazon.it")},
    to="vendite@cucinapiu.example",
    subject="Richiesta di reso autorizzata: ordine 404-3310928-6627154",
    date="Fri, 20 Nov 2026 14:07:55 +0100",
    msgid="<0102018fc011-5ae27b90-it11@eu-west-1.amazonses.com>",
    body="""Gentile venditore,

un cliente ha inviato una richiesta di reso per l'articolo indicato di seguito. La richiesta è stata autorizzata automaticamente in base alle tue impostazioni dei resi.

Numero ordine: 404-3310928-6627154
Articolo: Set Pentole Antiaderenti 10 Pezzi Induzione, Nero
ASIN: B0B7N2KQ4D
Quantità: 1
Motivo del reso: Non più necessario
Commenti del cliente: "ce ne hanno regalati due uguali al matrimonio, questo non lo usiamo. la scatola è ancora sigillata con il cellophane"
Numero di autorizzazione al reso: DkT7mQ2vRRMA

Il cliente dovrebbe restituire l'articolo entro il 20 dicembre 2026. Una volta ricevuto il reso, ricordati di emettere il rimborso entro 2 giorni lavorativi.

Cordiali saluti,
Servizio Venditori Amazon.it
""")

# ---------------------------------------------------------------- 014
SPECS["014-return-too-small-cycling-shorts-uk.eml"] = dict(
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Amazon.co.uk", "seller-notification@amazon.co.uk")},
    to="hello@pedalkids.example",
    subject="Return authorisation requested: Order 203-5518830-9920467",
    date="Sat, 24 Oct 2026 09:12:44 +0100",
    msgid="<0102018f77d0-1a9c3e55-uk14@eu-west-1.amazonses.com>",
    body="""Hello,

A customer has asked to return an item from the order below. Because the request falls within your return policy, it has been authorised automatically.

Order number: 203-5518830-9920467
Item: Kids' Padded Cycling Shorts with Chamois, Age 7-8, Black
ASIN: B0C3ZP8HWM
Quantity: 1
Return reason: Too small
Customer comments: Bought for my lad's birthday, he tried them on and couldn't get them past his knees. Sizing chart must be off. Could do with a refund please, the bigger size is out of stock anyway.
Latest return date: 23 November 2026

Refund amount if the item is returned: £17.99

Kind regards,
Amazon.co.uk Seller Services
""")

# ---------------------------------------------------------------- 015
SPECS["015-pijama-bebe-talla-es.eml"] = dict(
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Lucía Ferrándiz - Amazon Marketplace", "f3nq7w1zk8pxm2r@marketplace.amazon.es")},
    to="atencion@algodonito.example",
    subject="Consulta del cliente sobre el pedido 171-0048827-3365914",
    date="Mon, 09 Nov 2026 16:48:03 +0100",
    msgid="<0102018fa3b7-0e6d41c2-es15@eu-west-1.amazonses.com>",
    body="""Has recibido un mensaje de un cliente de Amazon.

Número de pedido: 171-0048827-3365914
Artículo: Pijama Bebé Manga Larga Algodón Orgánico Pack de 3, 6-9 meses
Cantidad: 1

-------- Mensaje: --------
Hola buenas. Os escribo porque el pijama es precioso, la tela muy suave y se nota que es algodón del bueno, mi madre también lo ha dicho que es de los que ya no se encuentran.

Mi hija tiene 7 meses y lo pedí en la talla 6-9 meses, se lo probé anoche y no le cierran los corchetes de la entrepierna, le queda súper justo de largo. ¿Me podéis mandar la 9-12 meses? Si no es posible, lo devuelvo y me devolvéis el dinero.

Un saludo
-------- Fin del mensaje --------
""")

# ---------------------------------------------------------------- 020
SPECS["020-fm-transmitter-koppeln-de.eml"] = dict(
    mime="alternative", boundary="==holdout4-020-alt-b81e==",
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Kevin Schreiber - Amazon Marketplace", "k5rz0q8mx2wn4tb@marketplace.amazon.de")},
    to="support@roadtune-audio.example",
    subject="Frage zu Ihrem Artikel (Bestellung: 306-4417782-1190538)",
    date="Sun, 18 Oct 2026 20:31:00 +0200",
    msgid="<0102018f6e92-c4a83b07-de20@eu-west-1.amazonses.com>",
    body="""Sie haben eine Nachricht von einem Amazon-Kunden erhalten.

Bestellnummer: 306-4417782-1190538
Artikel: Bluetooth 5.3 FM Transmitter Auto, KFZ Radio Adapter mit PD 30W Schnellladen
Menge: 1

------------- Nachricht: -------------
Hi, Ding ist angekommen und läuft auch, also Strom ist da und das Display leuchtet blau. Aber mein Handy (Pixel 7) findet den nicht bei Bluetooth, und im Radio hör ich nur Rauschen wenn ich 87,5 einstelle. Welche Frequenz muss ich nehmen und wie koppel ich das genau? In der Anleitung steht nur englisch und chinesisch, und ganz ehrlich die ist so klein gedruckt dass ich ne Lupe brauche. Gibts das auch als PDF auf Deutsch?
------------- Ende der Nachricht -------------
""")

# ---------------------------------------------------------------- 023
SPECS["023-cables-office-qty-confirm.eml"] = dict(
    charset=cs("utf-8", None), header_charset="utf-8",
    **{"from": ("Tom Reyes - Amazon Marketplace", "t9vb3k1xq6mzw2p@marketplace.amazon.com")},
    to="sales@voltgrip-direct.example",
    subject="Question about your order 113-6021498-3357726",
    date="Tue, 08 Dec 2026 11:05:37 -0600",
    msgid="<01000190b2c4-8f1a0d3e-en23@email.amazonses.com>",
    body="""You have received a message from an Amazon customer.

Order ID: 113-6021498-3357726
Item: VoltGrip Braided USB-C to USB-C Cable 6ft 100W, 2-Pack, White
Quantity: 12

-------- Message: --------
Hi,

I handle IT purchasing for a small group of dental offices and we placed an order for 12 of this cable for the front desks. Before it ships I need to confirm a couple of things for our asset records:

1) Quantity 12 = 12 two-packs, so 24 cables total?
2) Are all of them white? Last time (different seller) we got a mixed box.
3) Do they really do 100W / PD 3.0 as listed, or only 60W? Our laptops need 100W.

If it's only 12 cables total please let me know and I'll adjust the order.

Thanks,
Tom Reyes
IT Coordinator | Lakeside Family Dental
-------- End of message --------
""")

# ---------------------------------------------------------------- 024
SPECS["024-wiper-suryo-kakunin-sjis.eml"] = dict(
    charset=cs("shift_jis"), header_charset="utf-8",
    **{"from": ("高橋 健一 - Amazon Marketplace", "t6kh1x9qw3zm0rb@marketplace.amazon.co.jp")},
    to="info@carparts-nagoya.example",
    subject="ご注文内容の確認について（注文番号 250-7719004-2284431）",
    date="Wed, 25 Nov 2026 13:22:08 +0900",
    msgid="<0106018fe2a9-53d7c0b4-jp24@ap-northeast-1.amazonses.com>",
    body="""Amazonのお客様からメッセージが届きました。

注文番号: 250-7719004-2284431
商品名：車用 ワイパーブレード 替えゴム 650mm+400mm セット
数量: 4

------------- メッセージ: -------------
お世話になります。社用車4台分として数量4で注文しました。
1セットに運転席側(650mm)と助手席側(400mm)が1本ずつ入っているという理解でよろしいでしょうか。
合計8本届くのか、4本なのか、発送前に確認させてください。
------------- メッセージの終わり -------------
""")

# ---------------------------------------------------------------- 025
SPECS["025-feedback-1star-late-crushed.eml"] = dict(
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Amazon Seller Notifications", "seller-notification@amazon.com")},
    to="ops@northbay-supply.example",
    subject="Negative feedback received – Order 111-8846302-2751904",
    date="Thu, 29 Oct 2026 03:14:52 -0700",
    msgid="<010001907d11-e05b2a46-en25@email.amazonses.com>",
    body="""Dear Seller,

A buyer has left the following feedback for an order you fulfilled. Ratings of 1 or 2 stars count as negative feedback and are included in your Order Defect Rate.

Rating: 1 out of 5
Comments: "Took almost three weeks and came in a crushed box. Seller never answered my message. Product itself ok I guess."
Order ID: 111-8846302-2751904
Feedback date: October 28, 2026

You can post a public response to this feedback in Seller Central under Performance > Feedback.

Sincerely,
Amazon Services
""")

# ---------------------------------------------------------------- 028
SPECS["028-selling-privileges-deactivated-kyc.eml"] = dict(
    mime="alternative", boundary="==holdout4-028-alt-4d09==",
    charset=cs("utf-8", None), header_charset="utf-8",
    **{"from": ("Amazon Seller Performance", "seller-performance@amazon.com")},
    to="admin@lumenwares-store.example",
    subject="Your Amazon.com selling account has been deactivated",
    date="Fri, 06 Nov 2026 17:40:02 +0000",
    msgid="<01000190917c-3fa8d6b2-en28@email.amazonses.com>",
    body="""Hello,

We have deactivated your Amazon selling account because we were unable to verify the information you provided.

Why did this happen?
The documents you submitted for seller identity verification did not match the information in your account. The name on the business license does not match the legal business name entered in Seller Central, and the utility bill you uploaded was issued more than 180 days ago.

What happens now?
Your listings are no longer available on Amazon.com and funds in your account will be held. You will not be able to sell until we are able to verify your information.

How do I reactivate my account?
Go to Account Health in Seller Central and click "Reactivate account". Provide:
- A business license showing the same legal business name as your account
- A bank account or credit card statement issued in the last 180 days
- A clear color copy of a valid passport or national ID of the primary contact person

Merchant token: A2Q8ZK4N7VXR3M

Amazon Seller Performance
""")

# ---------------------------------------------------------------- 029
SPECS["029-zhanghu-tingyong-yanzheng-gbk.eml"] = dict(
    charset=cs("gbk"), header_charset="gbk",
    **{"from": ("亚马逊卖家平台", "seller-notification@amazon.com")},
    to="zhaoshang@shenzhen-mingrui.example",
    subject="您的亚马逊销售账户已被停用：需要验证您的信息",
    date="Tue, 01 Sep 2026 09:30:00 +0800",
    msgid="<01000190222e-7b41c6d9-zh29@email.amazonses.com>",
    body="""您好，

由于我们无法验证您在注册时提供的信息，您的亚马逊销售账户已被停用。您的商品已从亚马逊商城移除，账户中的资金将暂时保留。

我们需要您重新提交以下材料：
1. 法定代表人身份证正反面的彩色扫描件
2. 与账户信息一致的营业执照
3. 最近180天内开具的信用卡账单或银行对账单

请登录卖家平台，前往“账户状况”页面，点击“重新激活”上传上述文件。如果您在2026年9月15日之前未提交有效信息，我们可能无法继续审核您的账户。

此致
亚马逊全球开店
""")

# ---------------------------------------------------------------- 032
SPECS["032-under-review-funds-held-uk.eml"] = dict(
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Amazon.co.uk Seller Performance", "seller-performance@amazon.co.uk")},
    to="accounts@greenleaf-outdoor.example",
    subject="Action required: your Amazon.co.uk account is under review",
    date="Mon, 16 Nov 2026 12:03:44 +0000",
    msgid="<0102018fb6e4-2dc9a071-uk32@eu-west-1.amazonses.com>",
    body="""Dear Seller,

We are reviewing your selling account because of recent listing activity that may not comply with our policies. Our records show that you added offers to a detail page belonging to another brand (ASIN B08Y6RQ1JZ) and that customers reported the item they received was different from the one shown on that page.

During our review your listings stay active, but your available balance of £2,146.30 will be held and disbursements are paused. We expect to complete the review within 14 days.

To help us resolve this sooner, you can send us information from the Account Health page explaining how you source this product and what you have done to make sure your offers match the detail page.

Regards,
Seller Performance Team
Amazon.co.uk
""")

# ---------------------------------------------------------------- 033
SPECS["033-account-shinsa-chu-ja.eml"] = dict(
    charset=cs("iso-2022-jp"), header_charset="iso-2022-jp",
    **{"from": ("Amazon.co.jp 出品者パフォーマンス", "seller-performance@amazon.co.jp")},
    to="ec@hinata-kitchen.example",
    subject="【重要】お客様の出品用アカウントは審査中です",
    date="Thu, 22 Oct 2026 18:00:12 +0900",
    msgid="<0106018f7422-9ab15ce3-jp33@ap-northeast-1.amazonses.com>",
    body="""出品者様

Amazon.co.jpでの出品活動を確認したところ、他の出品者が作成した商品詳細ページにおいて、ページの内容と異なる商品を出品している可能性があることが判明しました。このため、お客様のアカウントは現在審査中です。

対象のASIN：
B0B5HW3Q8C
B0CJ7RZP2E

審査期間中、売上金（￥186,420）のお支払いは一時的に保留されます。出品中の商品は引き続き表示されます。

審査を早く完了させるために、セラーセントラルの「アカウント健全性」ページから、問題の原因、実施済みの対策、再発防止策をご提出ください。

Amazon.co.jp 出品者パフォーマンスチーム
""")

# ---------------------------------------------------------------- 035
SPECS["035-deactivated-because-odr.eml"] = dict(
    charset=cs("utf-8", "8bit"), header_charset="utf-8",
    **{"from": ("Seller Performance", "seller-performance@amazon.com")},
    to="owner@brightpaw-goods.example",
    subject="Your Amazon selling privileges have been removed",
    date="Wed, 02 Dec 2026 22:11:05 +0000",
    msgid="<01000190d0a8-66e2f913-en35@email.amazonses.com>",
    body="""Hello,

We have deactivated your selling account, and your listings have been removed from the Amazon.com website.

Why is this happening?
Your account does not meet our performance target for Order Defect Rate, which must stay under 1%. Between September 1, 2026 and October 30, 2026 your ODR was 3.1%, based on 4 A-to-z Guarantee claims and 6 negative feedback ratings across 319 orders.

How do I get my account reactivated?
Send us a plan of action that explains the root cause of the defects, the actions you have taken to resolve them, and the steps you will take to prevent them in the future. Go to Account Health and click "Appeal".

Funds in your account will be held while your account is deactivated.

Amazon Seller Performance
""")

# ---------------------------------------------------------------- 036
SPECS["036-tasa-defectos-pedidos-es.eml"] = dict(
    charset=UTF8_B64(), header_charset="utf-8",
    **{"from": ("Rendimiento del vendedor de Amazon", "rendimiento-vendedor@amazon.es")},
    to="tienda@deportesmarin.example",
    subject="Aviso: la tasa de defectos en pedidos de tu cuenta supera el objetivo",
    date="Tue, 13 Oct 2026 07:55:19 +0200",
    msgid="<0102018f5c3d-b7e0a29f-es36@eu-west-1.amazonses.com>",
    body="""Hola:

Te escribimos porque la tasa de defectos en pedidos (ODR) de tu cuenta en Amazon.es es del 1,8 %, por encima del objetivo del 1 % que exigimos a todos los vendedores.

Este cálculo corresponde a los pedidos del periodo del 10 de agosto al 8 de octubre de 2026 e incluye valoraciones negativas, reclamaciones de la Garantía de la A a la Z y devoluciones de cargo.

Si tu tasa sigue por encima del objetivo, podríamos desactivar tu cuenta de vendedor. Te recomendamos revisar los pedidos afectados en la sección Estado de la cuenta y tomar medidas para mejorar tu rendimiento.

Atentamente,
Equipo de Rendimiento del vendedor
Amazon.es
""")

# ---------------------------------------------------------------- 037
SPECS["037-atoz-claim-ups-delivered-not.eml"] = dict(
    mime="alternative", boundary="==holdout4-037-alt-c2a5==",
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("Amazon A-to-z Guarantee", "atoz-guarantee-no-reply@amazon.com")},
    to="support@homecraft-outlet.example",
    subject="A-to-z Guarantee claim filed on order 114-5529830-0617742",
    date="Sat, 21 Nov 2026 05:42:30 -0800",
    msgid="<01000190c1f5-4a7d9e20-en37@email.amazonses.com>",
    body="""Dear Seller,

The buyer of the order below has filed a claim under the A-to-z Guarantee.

Order ID: 114-5529830-0617742
Claim reason: Item not received
Claim amount: $142.97
Order date: October 30, 2026
Estimated delivery: November 6 - November 10, 2026
Tracking ID: 1Z8V4E730394621759 (UPS)

Buyer comment: "UPS says delivered to front door, it was not. Messaged the seller twice, no answer."

Please respond by November 24, 2026 from the A-to-z Guarantee claims page in Seller Central. If we do not hear from you, we may decide the claim in the buyer's favor and debit your account.

Thank you,
Amazon.com
""")

# ---------------------------------------------------------------- 040
SPECS["040-copyright-image-listing-removed.eml"] = dict(
    charset=cs("utf-8", "8bit"), header_charset="utf-8",
    **{"from": ("Amazon.com Notice", "notice-dispute@amazon.com")},
    to="brand@dreamrest-travel.example",
    subject="Notice: Policy Warning",
    date="Mon, 19 Oct 2026 14:26:01 +0000",
    msgid="<010001906f0b-1e84c7d5-en40@email.amazonses.com>",
    body="""Hello,

We removed some of your listings because we received a report from a rights owner that the listings infringe the rights owner's copyright. This usually happens when images or text on a detail page belong to someone else.

ASIN: B0CR5K2WQN
Complaint ID: 14839572604
Infringement type: Copyright
Rights owner: Nestora Home LLC
Rights owner email: legal@nestorahome.example

How do I get my listing reinstated?
If you believe this report was made in error, contact the rights owner and ask for a retraction, or submit an appeal with evidence that you are authorized to use the content. You can also replace the images with photos you own and request reinstatement from Account Health.

Repeated intellectual property complaints may result in the removal of your selling privileges.

Amazon.com
""")

# ---------------------------------------------------------------- 042
SPECS["042-droit-auteur-images-retirees-fr.eml"] = dict(
    charset=cs("iso-8859-1", QP), header_charset="iso-8859-1",
    **{"from": ("Amazon.fr Performance vendeur", "performance-vendeur@amazon.fr")},
    to="boutique@maison-clairette.example",
    subject="Avertissement : violation présumée de droits de propriété intellectuelle",
    date="Wed, 04 Nov 2026 11:18:37 +0100",
    msgid="<0102018f8f5a-d3c072b8-fr42@eu-west-1.amazonses.com>",
    body="""Bonjour,

Nous avons reçu une réclamation d'un titulaire de droits indiquant que des images utilisées dans vos offres portent atteinte à ses droits d'auteur. Par conséquent, nous avons supprimé les offres suivantes :

ASIN : B0C6ZLQ9VT
ASIN : B0C6ZM2HKP

Numéro de réclamation : 13384920571
Type de violation : Droit d'auteur (images)
Titulaire des droits : Atelier Vérane SAS
Contact : juridique@atelier-verane.example

Si vous pensez que cette réclamation est injustifiée, vous pouvez contacter le titulaire des droits pour lui demander de la retirer, ou nous faire parvenir une contestation depuis la page Santé du compte.

Veuillez noter que des violations répétées peuvent entraîner la désactivation de votre compte vendeur.

Cordialement,
Performance vendeur
Amazon.fr
""")

# ---------------------------------------------------------------- 043
SPECS["043-listingguard-new-sellers-bottle.eml"] = dict(
    mime="alternative", boundary="==holdout4-043-alt-91be==",
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("ListingGuard Alerts", "alerts@listingguard.example")},
    to="brand@trailpeak-gear.example",
    subject="⚠ [ALERT] 2 new sellers detected on B0CW3RN8KT",
    date="Fri, 27 Nov 2026 04:03:10 +0000",
    msgid="<lg-alert-20261127-0403-b0cw3rn8kt@listingguard.example>",
    body="""ListingGuard – Hijacker Alert

Marketplace: Amazon.com
Brand: Trailpeak
ASIN: B0CW3RN8KT
Product: Trailpeak Insulated Water Bottle 32 oz, Wide Mouth, Midnight

Our last scan (Nov 27, 03:58 UTC) found 2 new sellers on this listing:

Seller name          Seller ID          Price    Fulfilment
QQShop-US            A3KD8Z2RTQ91XB     $18.49   Merchant
Sunny Day Trading    A1P7HV0XWE2M6L     $17.99   FBA

Your price: $24.99 | Buy Box: QQShop-US

If these sellers are not authorised, send them a cease & desist and file a report through Brand Registry.

Manage alert settings: https://app.listingguard.example/alerts
""")

# ---------------------------------------------------------------- 048
SPECS["048-dhl-peak-season-newsletter.eml"] = dict(
    mime="alternative", boundary="==holdout4-048-alt-e6d7==",
    charset=UTF8_QP(), header_charset="utf-8",
    **{"from": ("DHL News", "newsletter@news.dhl-mail.example")},
    to="logistics@homecraft-outlet.example",
    subject="Peak season 2026: holiday cut-off dates and surcharges",
    date="Tue, 03 Nov 2026 15:00:00 +0000",
    msgid="<nl-2026-11-peak-4471@news.dhl-mail.example>",
    body="""Peak season is here – plan ahead!

To get your customers' parcels there before the holidays, hand them over to DHL by these dates:

- US domestic: December 15
- Europe to US (Express Worldwide): December 17
- China to US / Europe: December 10

A peak season surcharge of $0.45 per kg applies to all international shipments from November 15, 2026 to January 15, 2027.

New: your customers can now change the delivery day in the app, and you get a live map of every shipment in your business account.

Your DHL team

You are receiving this newsletter because you registered for a business account. Unsubscribe | Privacy
""")

EML_FILES = sorted(SPECS)


def main():
    for name in EML_FILES:
        msg = build(SPECS[name])
        path = os.path.join(HERE, name)
        with open(path, "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, policy=compat32).flatten(msg)
    print("wrote %d .eml files" % len(EML_FILES))


if __name__ == "__main__":
    main()
