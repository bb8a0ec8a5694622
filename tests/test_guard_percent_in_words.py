"""A percentage said with the language's word for per cent ("zwölf Prozent", "vingt pour
cent", "doce por ciento", "venti per cento", "十二パーセント"), its number in digits or in
words, is read as the percentage it is; a hundred of something and a count of points are not.
(Sentences of our own.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sellermail.guard.mentions import mentions


def _percents(language: str, sentence: str) -> list[Decimal]:
    return [m.key[1] for m in mentions(sentence, language=language) if m.kind == "percent"]


@pytest.mark.parametrize(
    ("language", "sentence", "value"),
    [("de", "Als Dankeschön erhalten Sie zwölf Prozent Nachlass.", 12),
     ("de", "Es gibt einen Rabatt von 20 Prozent auf alles.", 20),
     ("fr", "Vous profitez d'une remise de vingt pour cent.", 20),
     ("fr", "Cela fait 15 pour cent de réduction sur la commande.", 15),
     ("es", "Le ofrecemos un descuento del doce por ciento.", 12),
     ("it", "Per lei uno sconto del venti per cento.", 20),
     ("it", "Avrà il 15 percento in meno sul prossimo ordine.", 15),
     ("ja", "会員様は十二パーセント引きでお買い求めいただけます。", 12),
     ("ja", "次回のご注文が２０パーセントオフになります。", 20),
     ("en", "Members get twelve percent off.", 12),
     ("de", "Sie sparen dauerhaft acht Prozent bei uns.", 8),
     ("fr", "Profitez de dix pour cent sur tout le magasin.", 10),
     ("es", "Tiene un 30 por ciento de descuento en su próxima compra.", 30),
     ("es", "Descuento de veinte por ciento para socios.", 20),
     ("ja", "三十パーセントの割引をご用意しました。", 30)],
)  # fmt: skip
def test_a_percentage_in_words_is_read(language: str, sentence: str, value: int) -> None:
    assert _percents(language, sentence) == [Decimal(value)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("fr", "Nous avons expédié deux cents colis cette semaine."),
     ("it", "Ne abbiamo vendute a centinaia quest'anno."),
     ("ja", "十二点をご注文いただきました。")],
)  # fmt: skip
def test_no_percentage_without_its_word(language: str, sentence: str) -> None:
    assert _percents(language, sentence) == []
