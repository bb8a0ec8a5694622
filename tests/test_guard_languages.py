"""The guard reads every marketplace language: each fact in the language's own notation, its
remedies, claims and policy words, and a draft in the wrong language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sellermail.guard.claims import claims
from sellermail.guard.claims import phrasing as claim_phrasing
from sellermail.guard.language import detect, written_in
from sellermail.guard.mentions import mentions
from sellermail.guard.notation import notation
from sellermail.guard.policy import rules
from sellermail.guard.remedies import offers_in, phrasing
from sellermail.guard.vocabulary import vocabulary
from sellermail.io.paths import data_dir

LANGUAGES = ("de", "fr", "es", "it", "ja")
WITH_PHRASES = [
    code for code in LANGUAGES if (data_dir("lexicon") / f"{code}.phrases.yaml").is_file()
]


def keys(text: str, language: str) -> set[tuple[object, ...]]:
    return {m.key for m in mentions(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "am 8. Februar 2024"),
        ("de", "bis zum 08.02.2024"),
        ("fr", "le 8 février 2024"),
        ("es", "el 8 de febrero de 2024"),
        ("it", "l'8 febbraio 2024"),
        ("ja", "2024年2月8日までに"),
        ("ja", "２０２４年２月８日"),
    ],
)
def test_a_date_in_the_languages_own_notation_is_the_same_date(language: str, text: str) -> None:
    assert ("date", 2024, 2, 8) in keys(text, language)


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("de", "in der Regel 7–15 Tage", "days"),
        ("de", "zwischen 7 und 15 Tagen", "days"),
        ("de", "7 bis 15 Werktage", "business days"),
        ("fr", "de 7 à 15 jours", "days"),
        ("fr", "entre 7 et 15 jours ouvrés", "business days"),
        ("es", "entre 7 y 15 días", "days"),
        ("es", "de 7 a 15 días hábiles", "business days"),
        ("it", "7–15 giorni", "days"),
        ("it", "da 7 a 15 giorni lavorativi", "business days"),
        ("ja", "7～15日", "days"),
        ("ja", "７〜１５営業日", "business days"),
    ],
)
def test_a_day_range_in_the_languages_own_words_keeps_its_ends_and_unit(
    language: str, text: str, unit: str
) -> None:
    assert ("range", 7, 15, unit) in keys(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "innerhalb von 24 Stunden"),
        ("de", "innerhalb von vierundzwanzig Stunden"),
        ("fr", "sous 24 heures"),
        ("es", "en 24 horas"),
        ("it", "entro 24 ore"),
        ("ja", "２４時間以内に"),
    ],
)
def test_hours_in_digits_or_words_are_one_duration(language: str, text: str) -> None:
    assert ("duration", "hours", 24) in keys(text, language)


def test_an_article_is_not_read_as_the_number_one() -> None:
    assert not [m for m in mentions("innerhalb einer Woche", language="de") if m.kind == "duration"]


def test_money_in_european_and_japanese_notation_is_the_same_amount() -> None:
    assert ("money", Decimal("9.9"), "EUR") in keys("eine Erstattung von 9,90 €", "de")
    assert ("money", Decimal("1980"), "JPY") in keys("１，９８０円をご返金", "ja")


def test_english_reads_no_other_languages_notation() -> None:
    assert notation("en") is None
    assert not [m for m in mentions("le 8 février 2024") if m.kind == "date"]


@pytest.mark.parametrize("language", WITH_PHRASES)
def test_each_language_has_remedies_claims_and_the_rules_of_conduct(language: str) -> None:
    found = vocabulary(language)
    assert found is not None and found.offers and found.claims
    ids = {rule.id for rule in rules(language)}
    assert {"review.no-incentive", "buyer.no-links", "buyer.no-off-platform"} <= ids
    assert "appeal.no-pleading" not in ids  # appeals and letters stay English


def test_a_french_draft_offering_a_refund_and_a_replacement_is_read_as_offering_both() -> None:
    if "fr" not in WITH_PHRASES:
        pytest.skip("no French phrases")
    text = "Nous pouvons vous proposer un remboursement intégral ou un article de remplacement."
    assert set(offers_in(text, phrasing("fr"))) == {"full_refund", "replacement"}
    assert not offers_in("Sans remboursement possible.", phrasing("fr"))


def test_a_french_delivery_claim_is_a_claim() -> None:
    if "fr" not in WITH_PHRASES:
        pytest.skip("no French phrases")
    found = claims("Votre colis a été livré hier.", None, claim_phrasing("fr"))
    assert [c.name for c in found] == ["delivered"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for your order. We have shipped it and you will receive it soon.", "en"),
        ("Vielen Dank für Ihre Bestellung. Wir haben das Paket heute verschickt.", "de"),
        ("Merci pour votre commande. Nous avons expédié votre colis aujourd'hui.", "fr"),
        ("Gracias por su pedido. Hemos enviado su paquete hoy mismo.", "es"),
        ("Grazie per il suo ordine. Abbiamo spedito il pacco oggi.", "it"),
        ("ご注文いただきありがとうございます。本日発送いたしました。", "ja"),
    ],
)
def test_a_draft_is_held_to_its_language(text: str, language: str) -> None:
    assert detect(text) == language
    assert written_in(text, language) == []
    other = "de" if language == "en" else "en"
    assert [f.rule for f in written_in(text, other)] == ["language.mismatch"]


def test_a_short_or_mixed_signature_is_not_called_another_language() -> None:
    assert written_in("Merci, Maple Home Customer Service", "fr") == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("お詫びとして800円を一部返金いたします", "money", "800円"),
        ("追跡番号LX123456785CNでご確認ください", "id", "LX123456785CN"),
        ("会員は10%割引", "percent", "10%"),
        ("お電話090-1234-5678まで", "phone", "090-1234-5678"),
    ],
)
def test_a_fact_written_straight_after_kana_or_kanji_is_read(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in {(m.kind, m.text) for m in mentions(text, language="ja")}


@pytest.mark.parametrize(
    "text",
    [
        "Eine Rücksendung ist nicht nötig.",  # denied after the remedy, verb last
        "Sie haben eine Erstattung angefragt.",  # only what the buyer asked for
    ],
)
def test_a_german_remedy_taken_back_after_it_is_not_offered(text: str) -> None:
    assert offers_in(text, phrasing("de")) == {}


def test_a_german_hope_before_the_comma_is_no_claim() -> None:
    assert claims("Wir hoffen, die Sendung ist gut angekommen.", None, claim_phrasing("de")) == []
    found = claims("Ihre Sendung ist gestern angekommen.", None, claim_phrasing("de"))
    assert [c.name for c in found] == ["delivered"]
