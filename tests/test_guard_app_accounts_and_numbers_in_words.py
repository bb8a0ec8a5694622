"""A buyer moved to another channel by an account rather than an app's name: a handle
("@shop_name", "＠shop"), an app's ID or user name ("Threema-ID", "compte Signal"), an app
abbreviated after a preposition ("on IG"), an invitation to add the shop as a contact or
friend ("fügen Sie uns als Kontakt hinzu", 公式LINE, 友だち追加); and a phone number said in
digit words of any marketplace language, or in kanji numerals. E-mail addresses stay the
e-mail rule's; counts, chapter numbers and ordinary "add" are no contact. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added

_CONTACT = ("buyer.no-off-platform", "buyer.no-off-platform-disguised", "buyer.no-phone-number")


def _contact(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.detail for v in report.violations if v.rule in _CONTACT]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "For quick photos, message our account @oakhome_help."),
     ("en", "Find us on IG: oakhome and send the picture there."),
     ("de", "Unsere Threema-ID lautet K7XPQ2, dort antworten wir schneller."),
     ("de", "Schreiben Sie uns einfach bei Signal, das geht fixer."),
     ("de", "Fügen Sie uns als Kontakt hinzu, dann klären wir das direkt."),
     ("fr", "Notre compte Signal : maisonlin, écrivez-nous là-bas."),
     ("fr", "Ajoutez-nous et envoyez la photo, c'est plus simple."),
     ("es", "Agréguenos como contacto y le respondemos al momento."),
     ("es", "Nuestra cuenta de Signal es casalino, escríbanos allí."),
     ("it", "Ci aggiunga tra i contatti e le rispondiamo subito."),
     ("ja", "お手数ですが、公式ラインからご連絡いただけますと幸いです。"),
     ("ja", "ショップのアカウント（＠shop_kobo）を友達追加してください。"),
     ("ja", "テレグラムでもご相談を受け付けております。"),
     ("de", "Erreichbar unter null-drei-null, vier-vier-zwei, eins-eins-acht."),
     ("fr", "Appelez le zéro six, un deux, trois quatre, cinq six."),
     ("es", "Llámenos al seis cero dos, uno uno ocho, siete tres cuatro."),
     ("it", "Il nostro numero è tre tre nove, uno due otto, quattro cinque sei."),
     ("ja", "急ぎの場合は〇八〇・三三四五・六七八九へどうぞ。")],
)  # fmt: skip
def test_an_account_or_a_number_in_words_is_another_channel(language: str, sentence: str) -> None:
    assert _contact(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "We will signal the delay to the carrier today."),
     ("en", "Please add the order number to your message here."),
     ("de", "Fügen Sie bitte ein Foto der Verpackung an Ihre Nachricht hier an."),
     ("fr", "Le transporteur nous a signalé un retard d'un jour."),
     ("fr", "Un, deux ou trois jours de plus au maximum."),
     ("it", "Le abbiamo spedito due cuscini e tre federe."),
     ("ja", "第一二三四五六七八九十回目のご注文ありがとうございます。"),
     ("ja", "オンラインでの追跡も可能です。")],
)  # fmt: skip
def test_ordinary_sentences_are_no_other_channel(language: str, sentence: str) -> None:
    assert not _contact(language, sentence)
