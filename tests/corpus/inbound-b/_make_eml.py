#!/usr/bin/env python3
"""Deterministic generator for the .eml files of the sellermail triage hold-out corpus.

Re-run with:  python3 _make_eml.py      (writes the .eml files listed in MESSAGES next to this script)
Only the stdlib `email` package is used; boundaries, dates and Message-IDs are fixed so the
output is byte-for-byte identical on every run.
"""
import base64
import os
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.charset import Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))


def cs(name, body=None, header=None, output=None):
    """A Charset with explicit body/header encodings (QP / BASE64 / None=7bit/8bit)."""
    c = Charset(name)
    if output:
        c.output_charset = output
    if body is not None:
        c.body_encoding = body if body != '7bit' else None
    if header is not None:
        c.header_encoding = header
    return c


QP, B64 = _cs.QP, _cs.BASE64


def ew(text, charset, enc='B'):
    """RFC 2047 encoded-words (upper-case charset name, e.g. =?ISO-2022-JP?B?...?=), each at
    most 75 characters and each encoding whole characters, folded with CRLF-SP (written as LF)."""
    if enc != 'B':
        return Header(text, cs(charset, header=QP)).encode(maxlinelen=76)
    words, chunk = [], ''
    for ch in text:
        trial = chunk + ch
        w = '=?%s?B?%s?=' % (charset.upper(), base64.b64encode(trial.encode(charset)).decode('ascii'))
        if len(w) > 75 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return '\n '.join('=?%s?B?%s?=' % (charset.upper(), base64.b64encode(c.encode(charset)).decode('ascii'))
                       for c in words)


def relay(name, addr):
    """From: of a marketplace relay: "Name - Amazon Marketplace" <addr> (quoted if ASCII)."""
    name = name + ' - Amazon Marketplace'
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr)
    except UnicodeEncodeError:
        return None


def fold(value, width=76):
    """Fold a plain ASCII header value at spaces (RFC 5322 folding, LF written)."""
    if '=?' in value or len(value) <= width:
        return value
    out, line = [], ''
    for word in value.split(' '):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = (line + ' ' + word) if line else word
    out.append(line)
    return '\n '.join(out)


def date(y, mo, d, h, mi, s, tz=0):
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=tz))))


def html_of(text):
    import html
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    return ('<!DOCTYPE html>\n<html><head><meta charset="{cs}"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#111">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def build(m):
    body_cs = m['charset']
    if m.get('html'):
        outer = MIMEMultipart('alternative', boundary=m['boundary'])
        h = html_of(m['text']).replace('{cs}', str(body_cs))
        for sub in (MIMEText(m['text'], 'plain', body_cs), MIMEText(h, 'html', body_cs)):
            del sub['MIME-Version']
            outer.attach(sub)
        msg = outer
    else:
        msg = MIMEText(m['text'], 'plain', body_cs)
    # headers in a realistic order; MIMEText already set MIME-Version / Content-Type / CTE
    mime_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg['From'] = fold(m['from'])
    msg['To'] = m['to']
    msg['Subject'] = fold(m['subject'])
    msg['Date'] = m['date']
    msg['Message-ID'] = m['msgid']
    for k, v in m.get('extra', []):
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in mime_headers:
        if k != 'MIME-Version':
            msg[k] = v
    # folding is done above by hand (RFC 2047 words <= 75 chars); keep it as is
    return msg.as_bytes(policy=compat32.clone(max_line_length=998))


MESSAGES = []


def add(fname, **kw):
    kw['fname'] = fname
    MESSAGES.append(kw)


# --------------------------------------------------------------------------- 005
add('005-tracking-number-please.eml',
    **{'from': relay("Derek O'Connell", 'r7kq2wz1xy0b4m3@marketplace.amazon.com'),
       'to': 'orders@hengdahome.example',
       'subject': "Shipping inquiry from Amazon customer Derek O'Connell (Order: 114-6620374-1182650)",
       'date': date(2026, 11, 16, 3, 41, 9, -8),
       'msgid': '<0100019a2f3c7d1e-5b8a1c2e-6f0d-4d3b-9a77-1e2f3a4b5c6d-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_118834_1655321.1794829269000',
       'extra': [('Reply-To', 'r7kq2wz1xy0b4m3@marketplace.amazon.com')],
       'text': """------------- Begin message -------------

Hello, I ordered the heated blanket on Nov 12 and it still shows “not yet shipped”. When are you going to ship it? Can you please send me the tracking number as soon as it goes out, I want to make sure someone is home to bring it in. Thanks

------------- End message -------------

Order ID: 114-6620374-1182650
Item: Electric Heated Throw Blanket 50" x 60", Flannel, Grey
ASIN: B0CQ4TRM7K

For your privacy, we have replaced the buyer's e-mail address with an Amazon-generated address. Reply to this e-mail to respond to the buyer.

Was this message helpful? Amazon Marketplace uses a messaging system to protect buyers and sellers.
"""})

# --------------------------------------------------------------------------- 006
add('006-hassou-itsu-jp.eml',
    **{'from': '%s <3mfp8x0qa2lwz7c@marketplace.amazon.co.jp>' % ew('佐藤 美咲 - Amazon Marketplace', 'iso-2022-jp'),
       'to': 'jp-shop@lumostrading.example',
       'subject': ew('お客様からのお問い合わせ（注文番号：250-4471938-0065213）', 'iso-2022-jp'),
       'date': date(2026, 12, 1, 21, 5, 44, 9),
       'msgid': '<0106019a7b11e2c4-4d1f0a88-93b2-4a51-8e0c-6b7a9d2f4e11-000000@ap-northeast-1.amazonses.com>',
       'charset': cs('iso-2022-jp'),
       'text': """Amazon.co.jpのお客様からメッセージが届きました。

注文番号: 250-4471938-0065213
商品名：ステンレス製 折りたたみ 水切りラック 2段

------------- メッセージ開始 -------------
お世話になります。
11月27日に注文したのですが、まだ「未発送」のままになっています。
いつ発送していただけますか？
発送されましたら追跡番号を教えていただけると助かります。
よろしくお願いいたします。

佐藤
------------- メッセージ終了 -------------

このメールに返信すると、お客様にメッセージが送信されます。
"""})

# --------------------------------------------------------------------------- 008
add('008-delai-livraison-belgique-fr.eml',
    **{'from': '%s <b2x9tq0m4vz7k1p@marketplace.amazon.fr>' % ew('Camille Lefèvre - Amazon Marketplace', 'utf-8'),
       'to': 'service.fr@moonlitdeco.example',
       'subject': ew('Question sur un produit de la part d’un client Amazon', 'utf-8'),
       'date': date(2026, 11, 20, 19, 22, 3, 1),
       'msgid': '<0102019a4e5f6a7b-9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f-000000@eu-west-1.amazonses.com>',
       'charset': cs('utf-8', body=B64),
       'text': """Vous avez reçu un message d'un client Amazon.

------------- Début du message -------------
Bonjour,
je voudrais commander l'article ci-dessous mais j'habite en Belgique (Liège). Combien de jours faut-il compter pour la livraison chez moi ? C'est pour un anniversaire le 5 décembre, est-ce que ça arrivera à temps ??
Merci d'avance
Camille
------------- Fin du message -------------

Article : Veilleuse lune 3D 16 couleurs avec télécommande, 15 cm
ASIN : B0BZ7WQ3LM

Pour protéger votre vie privée, nous avons remplacé l'adresse e-mail de l'acheteur par une adresse générée par Amazon.
"""})

# --------------------------------------------------------------------------- 011
add('011-quiero-devolver-es.eml',
    **{'from': '%s <k0v5n8c2r6y1w3q@marketplace.amazon.es>' % ew('Alejandro Ruiz Peña - Amazon Marketplace', 'utf-8', 'Q'),
       'to': 'soporte@auralink-store.example',
       'subject': ew('Consulta de un cliente de Amazon (Pedido: 406-8812047-3350962)', 'utf-8', 'Q'),
       'date': date(2026, 10, 19, 10, 13, 58, 2),
       'msgid': '<0102019a0c1d2e3f-7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d-000000@eu-west-1.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'text': """Has recibido un mensaje.

Número de pedido: 406-8812047-3350962
Producto: Auriculares inalámbricos Bluetooth 5.3 con estuche de carga, negro

------------- Inicio del mensaje -------------
Buenas,
Os escribo porque quiero devolver los auriculares. Me llegaron el 14 de octubre y el de la izquierda se escucha muy bajo y con un pitido. Ya he probado a resetearlos como pone en el manual y sigue igual. No quiero otros, prefiero el reembolso de los 32,99 € por favor. ¿Cómo hago la devolución? ¿Tengo que pagar yo el envío?

Un saludo,
Alejandro
------------- Fin del mensaje -------------
"""})

# --------------------------------------------------------------------------- 014
add('014-schuhe-zu-klein-de.eml',
    **{'from': '%s <q4h7d1m9s0x2p6f@marketplace.amazon.de>' % ew('Sabine Krüger - Amazon Marketplace', 'iso-8859-1', 'Q'),
       'to': 'kundenservice@swiftstride.example',
       'subject': ew('Anfrage von Amazon-Kundin Sabine Krüger (Bestellung: 302-5561874-2209347)', 'iso-8859-1', 'Q'),
       'date': date(2026, 10, 24, 16, 47, 31, 2),
       'msgid': '<0102019a1f2e3d4c-2b1a0f9e-8d7c-4b6a-a5f4-e3d2c1b0a9f8-000000@eu-west-1.amazonses.com>',
       'charset': cs('iso-8859-1', body=QP),
       'text': """Sie haben eine Nachricht von einem Amazon-Kunden erhalten.

Bestellnummer: 302-5561874-2209347
Artikel: Damen Laufschuhe Atmungsaktiv Sneaker, Größe 40, Grau

------------- Beginn der Nachricht -------------
Guten Tag,

die Schuhe sind heute angekommen, leider fallen sie deutlich zu klein aus. Ich trage sonst immer 40 und komme kaum rein, vorne drückt es an den Zehen. Kann ich die gegen eine 41 umtauschen? Oder muss ich sie zurückschicken und neu bestellen? Die Schuhe selbst gefallen mir gut.

Mit freundlichen Grüßen
Sabine Krüger
------------- Ende der Nachricht -------------
"""})

# --------------------------------------------------------------------------- 015
add('015-return-notice-too-small-uk.eml',
    **{'from': formataddr(('Amazon.co.uk', 'return-notification@amazon.co.uk')),
       'to': 'uk-seller@northpeakapparel.example',
       'subject': 'Return authorisation request for order 203-9938412-5561720',
       'date': date(2026, 11, 5, 8, 2, 17, 0),
       'msgid': '<0102019a33aa44bb-55cc66dd-77ee-4f88-99aa-bbccddeeff00-000000@eu-west-1.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'text': """Dear Seller,

A customer has requested a return for the item below. Please authorise or close the request in Manage Returns.

Order ID: 203-9938412-5561720
Item: Men's Quilted Puffer Jacket with Hood, Navy, Size L
ASIN: B0CM8VJ2RT
Return quantity: 1
Reason for return: Too small
Buyer comment: Sleeves short and tight across the chest, I'd need an XL. Lovely jacket otherwise.
Order total: £45.99

Please respond to this request by 8 November. Requests without a response will be authorised automatically.

Reference: RMA-DdK7Tq2Pz

Amazon.co.uk Seller Notifications
"""})

# --------------------------------------------------------------------------- 018
add('018-huan-yanse-zh.eml',
    **{'from': '%s <w8z3c5n1k7q0t2m@marketplace.amazon.com>' % ew('张伟 - Amazon Marketplace', 'gbk'),
       'to': 'service@urbanfleece.example',
       'subject': 'Inquiry from Amazon customer (Order: 112-7195530-0428861)',
       'date': date(2026, 11, 11, 6, 30, 12, -5),
       'msgid': '<0100019a2a1b0c9d-8e7f6a5b-4c3d-4e2f-8a1b-0c9d8e7f6a5b-000000@email.amazonses.com>',
       'charset': cs('gbk', body=B64),
       'text': """You have received a message.

Order ID: 112-7195530-0428861
Item: Men's Fleece Lined Hoodie Zip Up Jacket, Black, Large
ASIN: B0D5RL3W9E

------------- Begin message -------------
你好，我昨天下单的这件卫衣（黑色 L码），刚看到已经发货了。尺码应该没问题，我一直穿L，但是我老婆说黑色不好看，想换成灰色的，同样L码。收到以后可以寄回去换灰色吗？运费我可以自己出。谢谢！
张伟
------------- End message -------------

For your privacy, we have replaced the buyer's e-mail address with an Amazon-generated address.
"""})

# --------------------------------------------------------------------------- 020
add('020-tsukaikata-sjis.eml',
    **{'from': '%s <p1r6v3x8b0n5j2k@marketplace.amazon.co.jp>' % ew('高橋 健太 - Amazon Marketplace', 'utf-8'),
       'to': 'support-jp@kohikobo.example',
       'subject': ew('商品の使い方について（注文番号：503-6612098-2274431）', 'utf-8'),
       'date': date(2026, 12, 3, 11, 18, 26, 9),
       'msgid': '<0106019a7f0e1d2c-3b4a5968-7786-4a95-b4c3-d2e1f0a9b8c7-000000@ap-northeast-1.amazonses.com>',
       'charset': cs('shift_jis', body=B64, output='shift_jis'),
       'text': """Amazon.co.jp マーケットプレイスをご利用のお客様からメッセージが届いています。

注文番号：503-6612098-2274431
商品名：電動 コーヒーミル 臼式 30段階 粗さ調整

----- メッセージ -----
昨日届きました。ありがとうございます。
ただ、使い方がよくわかりません。付属の説明書が英語と中国語だけで、日本語がありません。
粗さの調整ダイヤルはどちらに回すと細かくなるのでしょうか？
ドリップ用にしたいのですが、何段階目がおすすめですか？
また、ボタンを押しても3秒くらいで止まってしまいます。故障でしょうか、それとも何か設定が必要ですか？
日本語の説明書があればPDFで送っていただけると助かります。

高橋
----------------------
"""})

# --------------------------------------------------------------------------- 022
add('022-how-many-pieces.eml',
    **{'from': relay('Tamara Jenkins', 'z5m0q8t3w1c7x4v@marketplace.amazon.com'),
       'to': 'b2b@safehandsupply.example',
       'subject': 'Product question from Amazon customer Tamara Jenkins (Order: 111-9046615-7738204)',
       'date': date(2026, 9, 29, 9, 55, 40, -5),
       'msgid': '<0100019985a1b2c3-d4e5f607-1829-4a3b-8c4d-5e6f7a8b9c0d-000000@email.amazonses.com>',
       'charset': cs('us-ascii'),
       'text': """You have received a message.

Order ID: 111-9046615-7738204
Item: Disposable Nitrile Gloves, Powder Free, Large (Pack of 100)
Quantity: 12

------------- Begin message -------------
Hi,
I placed an order for 12 for our clinic (business account). Before it ships can you confirm what we are actually getting - is it 12 boxes of 100 gloves = 1,200 gloves total, or 12 gloves?? The listing title and the pictures don't match. Also need to confirm these are size Large and latex free, we have staff with allergies.
If it's only 12 pieces please cancel. The invoice should show $143.88.

Tamara Jenkins
Office Manager, Lakeside Family Dental
------------- End message -------------
"""})

# --------------------------------------------------------------------------- 023
add('023-quanti-pezzi-it.eml',
    **{'from': relay('Francesca Moretti', 'f9c2k6x0m3t8q1w@marketplace.amazon.it'),
       'to': 'assistenza@retrobulb.example',
       'subject': 'Domanda da un cliente Amazon (Ordine: 403-6627301-9154482)',
       'date': date(2026, 10, 7, 12, 4, 51, 2),
       'msgid': '<0102019a0b9c8d7e-6f5a4b3c-2d1e-4f0a-9b8c-7d6e5f4a3b2c-000000@eu-west-1.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'text': """Hai ricevuto un messaggio da un cliente.

Numero d'ordine: 403-6627301-9154482
Articolo: Lampadine LED E27 Filamento Vintage 6W Luce Calda 2700K
Quantità: 4

------------- Inizio del messaggio -------------
Buongiorno, ho ordinato 4 pezzi ma non ho capito bene: ogni pezzo è una confezione da 6 lampadine o una lampadina sola? Perché mi servono 24 lampadine in tutto per il locale. Inoltre confermatemi che sono dimmerabili e attacco E27 grande, non E14. Se sono singole ne ordino altre.
Grazie, Francesca
------------- Fine del messaggio -------------
"""})

# --------------------------------------------------------------------------- 025
add('025-negative-feedback-delivery.eml',
    **{'from': formataddr(('Amazon Seller Notifications', 'seller-notification@amazon.com')),
       'to': 'orders@brightnest-home.example',
       'subject': 'Negative feedback received for order 112-3318805-6691024',
       'date': date(2026, 11, 23, 14, 7, 2, -8),
       'msgid': '<0100019a5c4d3e2f-1a0b9c8d-7e6f-4a5b-8c3d-2e1f0a9b8c7d-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_2049117_88013442.1795471622000',
       'text': """Hello,

A buyer has left feedback with a rating of 1 out of 5 for one of your orders.

Order ID: 112-3318805-6691024
Rating: 1
Comments: “Took almost a month to arrive, tracking never updated and seller did not answer my message. Product is ok but never again.”
Date posted: Nov 21

Feedback is an important part of the Amazon experience. You can respond to this feedback publicly or contact the buyer through Buyer-Seller Messaging. Please note that you may not ask the buyer to remove or change feedback in exchange for a refund or any other incentive.

To view this feedback, go to Seller Central > Performance > Feedback.

Thank you,
Amazon Seller Services
"""})

# --------------------------------------------------------------------------- 027
add('027-hyouka-iso2022jp.eml',
    **{'from': formataddr(('Amazon.co.jp', 'seller-notification@amazon.co.jp')),
       'to': 'jp-shop@sakurahome.example',
       'subject': ew('出品者評価のお知らせ（注文番号 249-3058127-4416390）', 'iso-2022-jp'),
       'date': date(2026, 10, 30, 9, 31, 7, 9),
       'msgid': '<0106019a2c3b4a59-68778695-a4b3-4c2d-81e0-f9a8b7c6d5e4-000000@ap-northeast-1.amazonses.com>',
       'charset': cs('iso-2022-jp'),
       'text': """出品者様

お客様から以下の評価が投稿されました。

注文番号： 249-3058127-4416390
評価： 2
コメント： 「商品説明の写真と色が全然違います。ベージュと書いてあるのに届いたのは黄色っぽい色でした。梱包も雑で箱がつぶれていました。残念です。」
投稿日： 2026年10月29日

評価に対しては、セラーセントラルの「評価」ページから公開コメントを投稿することができます。
なお、お客様に評価の削除や変更を依頼することはできませんのでご注意ください。

Amazon.co.jp
"""})

# --------------------------------------------------------------------------- 028
add('028-deactivated-verification.eml',
    **{'from': formataddr(('Seller Performance', 'seller-performance@amazon.com')),
       'to': 'admin@hengdahome.example',
       'subject': 'Your Amazon.com selling account has been deactivated',
       'date': date(2026, 9, 15, 2, 12, 45, -7),
       'msgid': '<0100019946b7c8d9-e0f1a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_5521873_40712265.1789463565000',
       'text': """Hello,

We have deactivated your Amazon.com selling account. Your listings have been removed from the Amazon store and funds in your account will be held while we review this matter.

Why is this happening?
We were unable to verify the information you provided during registration. Specifically, the business address on your utility bill does not match the address you entered, and the name on the bank statement could not be matched to the legal business name on your business license.

How do I reactivate my account?
Submit the following documents through the Account Health page:
• A valid, government-issued ID for the primary contact person
• A bank or credit card statement issued within the last 180 days showing the business name and address
• Your business license

Merchant Token: A2KZ7Q9XW4MN5T
Store name: Hengda Home Direct

We may not be able to review appeals that do not include all requested documents.

Seller Performance Team
Amazon.com
"""})

# --------------------------------------------------------------------------- 029
add('029-zhanghu-tingyong-zh.eml',
    **{'from': formataddr(('Amazon Seller Performance', 'seller-performance@amazon.co.uk')),
       'to': 'yunying@xinghuimaoyi.example',
       'subject': ew('您的亚马逊销售账户已被停用', 'gb18030'),
       'date': date(2026, 10, 12, 15, 40, 33, 1),
       'msgid': '<0102019a1c2d3e4f-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@eu-west-1.amazonses.com>',
       'charset': cs('gb18030', body=B64),
       'text': """您好，

我们已停用您在 Amazon.co.uk 和 Amazon.de 上的销售账户，您的商品信息已被移除，账户中的资金将暂时保留。

停用原因：
我们无法验证您在注册过程中提供的信息。您上传的营业执照上的法定代表人姓名与身份证件不一致，且您提交的信用卡账单地址无法核实。

如何恢复销售权限？
请在“账户状况”页面提交以下材料：
1. 法定代表人身份证正反面彩色扫描件
2. 最近180天内的银行对账单或信用卡对账单，需显示完整姓名和地址
3. 营业执照原件照片

我们将在收到完整材料后进行审核。如未能在2026年11月11日前提交材料，您的账户将保持停用状态。

亚马逊卖家绩效团队
"""})

# --------------------------------------------------------------------------- 031
add('031-under-review-funds-held.eml',
    **{'from': formataddr(('Amazon Seller Performance', 'seller-performance@amazon.com')),
       'to': 'admin@topvaluegoods.example',
       'subject': 'Your Amazon selling account is under review',
       'date': date(2026, 8, 25, 23, 3, 19, -7),
       'msgid': '<01000198e1f2a3b4-c5d6e7f8-0910-4a2b-b3c4-d5e6f7a8b9c0-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'text': """Hello,

Your Amazon.com selling account is currently under review. During this review you can continue to sell, but the funds in your account will be held until the review is complete.

Why is this happening?
We received complaints from customers who purchased items from you on listings created by other sellers. Customers reported that the items received were not the brand shown on the detail page. This violates our policy on selling on listings where you are not authorized to sell.

Affected ASINs:
B09TQ4LZ8M
B0BF6WX2KJ
B0C1RM5P7D

How do I resolve this?
Submit a plan of action explaining the root cause, the actions you have taken, and the steps you will take to prevent this in the future. Include invoices from your suppliers dated within the last 365 days.

Current held balance: $8,214.36

We’re here to help,
Seller Performance Team
"""})

# --------------------------------------------------------------------------- 033
add('033-konto-ueberpruefung-de.eml',
    **{'from': formataddr(('Amazon.de Seller Performance', 'seller-performance@amazon.de')),
       'to': 'eu-team@fengyuanecom.example',
       'subject': ew('Ihr Verkäuferkonto wird überprüft', 'utf-8'),
       'date': date(2026, 10, 2, 7, 26, 50, 2),
       'msgid': '<0102019a9f8e7d6c-5b4a3928-1706-4f5e-a4d3-c2b1a0f9e8d7-000000@eu-west-1.amazonses.com>',
       'charset': cs('utf-8', body=B64),
       'text': """Guten Tag,

Ihr Verkäuferkonto auf Amazon.de wird derzeit überprüft. Sie können weiterhin verkaufen, Auszahlungen werden jedoch bis zum Abschluss der Überprüfung zurückgehalten.

Warum geschieht das?
Wir haben Beschwerden von Kunden erhalten, die über Ihre Angebote auf Produktdetailseiten anderer Marken gekauft haben. Die gelieferten Artikel entsprachen nicht der angegebenen Marke. Betroffen sind unter anderem die folgenden ASINs: B0C4WN8QHZ, B0BKT2M6YR.

Zurückgehaltener Betrag: 2.735,80 EUR

Was muss ich tun?
Bitte reichen Sie bis zum 16. Oktober 2026 einen Maßnahmenplan ein, der die Ursache, die bereits ergriffenen Maßnahmen und die vorbeugenden Schritte beschreibt.

Mit freundlichen Grüßen
Seller Performance
Amazon.de
"""})

# --------------------------------------------------------------------------- 034
add('034-odr-above-target.eml',
    **{'from': formataddr(('Amazon Account Health', 'account-health@amazon.com')),
       'to': 'ops@pinecrestoutdoor.example',
       'subject': 'Action recommended: Your Order Defect Rate is above the target',
       'date': date(2026, 11, 2, 18, 0, 4, -8),
       'msgid': '<0100019a3e2d1c0b-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_7730214_91827364.1793671204000',
       'text': """Hello,

Your account’s Order Defect Rate (ODR) is 2.3%, which exceeds our target of under 1%. The ODR is the percentage of orders with one or more indicators of poor customer experience during a 60-day period.

Period: Aug 31, 2026 – Oct 29, 2026
Orders in period: 304
Orders with a defect: 7
 - Negative feedback: 3
 - A-to-z Guarantee claims: 2
 - Chargebacks: 2

Sellers who do not maintain an ODR under 1% may lose their selling privileges. To avoid deactivation, review the affected orders on the Account Health page and take steps to fix the root causes.

Thanks,
Account Health Team
"""})

# --------------------------------------------------------------------------- 036
add('036-taux-defauts-fr.eml',
    **{'from': formataddr(('Amazon.fr Performance vendeur', 'seller-performance@amazon.fr')),
       'to': 'contact@lotusmaison.example',
       'subject': ew("Votre taux de défauts de commande est supérieur à l'objectif", 'iso-8859-1', 'Q'),
       'date': date(2026, 11, 18, 6, 55, 12, 1),
       'msgid': '<0102019a4a5b6c7d-8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3-000000@eu-west-1.amazonses.com>',
       'charset': cs('iso-8859-1', body=QP),
       'text': """Bonjour,

Le taux de défauts de commande (ODR) de votre compte vendeur sur Amazon.fr est actuellement de 1,6 %, alors que notre objectif est inférieur à 1 %. Si ce taux n'est pas corrigé, votre compte risque d'être désactivé.

Commandes concernées :
- 402-7731860-2295433 : réclamation au titre de la Garantie A à Z
- 171-0948276-5530819 : évaluation négative

Période de calcul : du 15 septembre 2026 au 13 novembre 2026.

Nous vous recommandons de consulter la page Santé du compte et de nous indiquer les mesures prises pour améliorer la satisfaction de vos clients.

Cordialement,
L'équipe Performance vendeur
Amazon.fr
"""})

# --------------------------------------------------------------------------- 037
add('037-a-to-z-not-received.eml',
    **{'from': formataddr(('Amazon A-to-z Guarantee', 'atoz-guarantee@amazon.com')),
       'to': 'orders@tinyducklings.example',
       'subject': ew('A-to-z Guarantee claim filed – Order 111-4471905-6035528', 'utf-8'),
       'date': date(2026, 12, 7, 10, 30, 0, -8),
       'msgid': '<0100019a9d8c7b6a-59483726-1504-4f3e-a2d1-c0b9a8f7e6d5-000000@email.amazonses.com>',
       'charset': cs('us-ascii'),
       'text': """Dear Seller,

We are contacting you because a buyer has filed an A-to-z Guarantee claim for the following order:

Order ID: 111-4471905-6035528
Item: Baby Bath Thermometer Floating Duck, Digital
Claim amount: $41.25
Claim reason: Item not received
Buyer's comments: Its been 5 weeks. Tracking LX482157365CN hasnt moved since it arrived in the US. Seller stopped answering.

Please respond within 3 calendar days (by Dec 10) by going to Performance > A-to-z Guarantee Claims in Seller Central and providing shipment information or issuing a refund. If we do not receive a response, we may decide the claim in the buyer's favor and debit your account.

Claims granted against you count toward your Order Defect Rate.

Sincerely,
Amazon.com
"""})

# --------------------------------------------------------------------------- 040
add('040-ip-image-complaint.eml',
    **{'from': formataddr(('Amazon Seller Performance', 'notice-dispute@amazon.com')),
       'to': 'listing@greenleafbath.example',
       'subject': 'Notice: Policy Warning - Copyright complaint on your listing',
       'date': date(2026, 7, 21, 4, 48, 36, -7),
       'msgid': '<01000198a7b6c5d4-e3f2a1b0-c9d8-4e7f-a6b5-c4d3e2f1a0b9-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_3318420_65102293.1784634516000',
       'text': """Hello,

We removed some of your listings because we received a report from a rights owner that they infringe the rights owner’s copyright. This report concerns images used on your detail page.

ASIN: B0CHN4K7WS
Title: Bamboo Bath Caddy Tray Expandable with Book Stand
Infringement type: Copyright
Complaint ID: 12870354611
Rights owner: Nordhaven Living GmbH
Rights owner email: legal@nordhaven-living.example

Why did this happen?
Images on your listing appear to be copied from the rights owner’s website without permission.

How can I reactivate my listing?
If you believe the report is inaccurate, contact the rights owner and ask them to retract the complaint, or submit a plan of action explaining how you will prevent this from happening again.

Another policy violation on your account may result in the loss of your selling privileges.

Seller Performance
"""})

# --------------------------------------------------------------------------- 043
add('043-new-offer-on-listing.eml',
    **{'from': formataddr(('Amazon Brand Registry', 'brand-registry-noreply@amazon.com')),
       'to': 'brand@korvexlighting.example',
       'subject': 'A new seller is offering your branded product',
       'date': date(2026, 11, 27, 13, 15, 48, -8),
       'msgid': '<0100019a6b5a4938-27160504-f3e2-4d1c-b0a9-f8e7d6c5b4a3-000000@email.amazonses.com>',
       'charset': cs('us-ascii'),
       'text': """Hello,

We noticed a new offer on a product under your registered brand.

Brand: KORVEX
ASIN: B0CRW5H2NJ
Product: KORVEX Tactical Flashlight 2000 Lumen, Rechargeable, IPX7
New seller: ShineMart-US
Offer price: $16.49 (your price: $24.99)
Condition: New
First seen: Nov 26

If this seller is not authorized to sell your brand, you can report it with the Report a Violation tool. Test buys can help you document counterfeit products.

Amazon Brand Registry
"""})

# --------------------------------------------------------------------------- 047
add('047-fee-change-announcement.eml',
    **{'from': formataddr(('Amazon Selling Partner Communications', 'seller-news@amazon.com')),
       'to': 'admin@hengdahome.example',
       'subject': 'Upcoming changes to US referral and FBA fees for 2027',
       'date': date(2026, 12, 10, 16, 0, 0, -8),
       'msgid': '<0100019aa1b2c3d4-e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>',
       'charset': cs('utf-8', body=QP),
       'html': True,
       'boundary': '----=_Part_9901122_33445566.1797004800000',
       'text': """Dear Seller,

We are writing to let you know about changes to our selling fees in the US store that will take effect on January 15, 2027.

What is changing
• The referral fee for Home and Kitchen items priced under $15.00 will be reduced from 15% to 8%.
• FBA fulfillment fees for small standard-size items will increase by an average of $0.12 per unit.
• The monthly inventory storage fee for October through December will be $2.40 per cubic foot.

No action is required from you. The new rates will be visible in the Revenue Calculator starting December 17, 2026.

For more details, see the Fee Changes page in Seller Central Help.

Sincerely,
Amazon Selling Partner Services
"""})

# --------------------------------------------------------------------------- 048
add('048-4px-newsletter-zh.eml',
    **{'from': '%s <edm@mail.4px-news.example>' % ew('递四方速递', 'gb18030'),
       'to': 'yunying@xinghuimaoyi.example',
       'subject': ew('【递四方】旺季物流方案上线 美国专线运费限时优惠', 'gb18030'),
       'date': date(2026, 10, 28, 10, 0, 0, 8),
       'msgid': '<20261028100000.5F3A2B1C@mail.4px-news.example>',
       'charset': cs('gb18030', body=B64),
       'html': True,
       'boundary': '=_edm_4px_20261028_b7c1',
       'extra': [('List-Unsubscribe', '<mailto:unsubscribe@mail.4px-news.example>')],
       'text': """尊敬的客户您好：

旺季来啦！递四方（4PX）为亚马逊卖家推出年末旺季专线优惠：

● 美国专线小包：时效7-12个工作日，首重仅需 ¥38.5/票
● 欧洲专线（德、法、意、西）：全程可追踪，支持官网实时查询
● FBA头程海运：美西 ¥6.8/kg 起

活动时间：2026年11月1日至2026年12月31日
新开户即送 ¥200 运费券，名额有限！

立即联系您的专属客户经理，或登录官网下单。

如不想再收到此类邮件，请点击退订。
递四方速递
"""})


def main():
    for m in MESSAGES:
        data = build(m)
        with open(os.path.join(HERE, m['fname']), 'wb') as f:
            f.write(data)
    print('wrote %d .eml files' % len(MESSAGES))


if __name__ == '__main__':
    main()
