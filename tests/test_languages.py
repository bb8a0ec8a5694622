"""Marketplace languages, the engine: which language a message is written in, how typed facts
print in it, what stays English, and the language through check, batch, reply and the CLI.
(The native texts themselves: tests/test_language_texts.py.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

import sellermail
from conftest import Result
from sellermail.compose.catalogue import builtin_dir
from sellermail.compose.money import Money
from sellermail.compose.notation import LANGUAGES, language_code, marketplace_language, notation
from sellermail.compose.values import Date, DayRange, Percent
from sellermail.errors import ScenarioError

Run = Callable[..., Result]
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "money", "date", "first"),
    [
        ("en", "€9.90", "February 8, 2024", "March 1, 2024"),
        ("de", f"9,90{NBSP}€", "8. Februar 2024", "1. März 2024"),
        ("fr", f"9,90{NBSP}€", "8 février 2024", "1er mars 2024"),
        ("es", f"9,90{NBSP}€", "8 de febrero de 2024", "1 de marzo de 2024"),
        ("it", f"9,90{NBSP}€", "8 febbraio 2024", "1 marzo 2024"),
        ("ja", "€9.90", "2024年2月8日", "2024年3月1日"),
    ],
)
def test_amounts_and_dates_print_in_the_languages_own_notation(
    language: str, money: str, date: str, first: str
) -> None:
    written = notation(language)
    assert written.written(Money(Decimal("9.90"), "EUR")) == money
    assert written.written(Date(2024, 2, 8)) == date
    assert written.written(Date(2024, 3, 1)) == first


def test_thousands_other_currencies_yen_and_percentages_follow_each_language() -> None:
    big = Money(Decimal("1234.50"), "EUR")
    assert notation("de").written(big) == f"1.234,50{NBSP}€"
    assert notation("fr").written(big) == f"1\u202f234,50{NBSP}€"
    assert notation("it").written(Money(Decimal("12.5"), "CHF")) == f"12,50{NBSP}CHF"
    assert notation("es").written(Money(Decimal("200"), "MXN")) == f"200,00{NBSP}MXN"
    assert notation("ja").written(Money(Decimal("1980"), "JPY")) == "1,980円"
    assert notation("ja").written(Money(Decimal("15"), "USD")) == "$15.00"
    assert notation("de").written(Percent(Decimal("1.5"))) == f"1,5{NBSP}%"
    assert notation("ja").written(Percent(Decimal("1.5"))) == "1.5%"


def test_each_language_knows_the_other_ways_it_writes_a_fact() -> None:
    assert {"1,980円", "1980円", "¥1,980"} <= set(
        notation("ja").equivalents(Money(Decimal("1980"), "JPY"))
    )
    assert {"08.02.2024", "8. Februar 2024"} <= set(notation("de").equivalents(Date(2024, 2, 8)))
    assert {"1er mars 2024", "1 mars 2024"} <= set(notation("fr").equivalents(Date(2024, 3, 1)))
    assert {"entre 7 y 15", "7–15"} <= set(notation("es").equivalents(DayRange(7, 15)))
    assert {"7～15"} <= set(notation("ja").equivalents(DayRange(7, 15)))
    assert notation("it").equivalents(DayRange(3, 3)) == ("3",)
    assert notation("de").equivalents("B08N5WRWNW") == ()


@pytest.mark.parametrize(
    ("marketplace", "language"),
    [("Amazon.de", "de"), ("amazon.fr", "fr"), ("Amazon.es", "es"), ("Amazon.com.mx", "es"),
     ("Amazon.it", "it"), ("Amazon.co.jp", "ja"), ("Amazon.com", "en"), ("Amazon.co.uk", "en"),
     ("Amazon.ca", "en"), ("eBay", "en"), ("myshop.de", "de")],
)  # fmt: skip
def test_each_marketplace_has_its_language(marketplace: str, language: str) -> None:
    assert marketplace_language(marketplace) == language


@pytest.mark.parametrize(
    ("typed", "code"),
    [("DE", "de"), ("de-AT", "de"), ("fr_CA", "fr"), ("German", "de"), ("德语", "de"),
     ("日语", "ja"), ("Español", "es"), ("italiano", "it"), ("英语", "en")],
)  # fmt: skip
def test_a_language_may_be_named_as_people_write_it(typed: str, code: str) -> None:
    assert language_code(typed) == code


def test_every_language_has_its_notation_data() -> None:
    for code in LANGUAGES:
        written = notation(code)
        assert len(written.months) == 12 and written.ranges, code


SIZE = {"product": "chemise en lin", "partial_refund": "9,90", "buyer_name": "Chloé Martin"}


def test_a_buyer_message_is_written_in_its_marketplaces_language() -> None:
    message = sellermail.render("return-size-mismatch", SIZE | {"marketplace": "Amazon.fr"})
    assert message.language == "fr"
    assert f"9,90{NBSP}€" in message.body and "Bonjour Chloé" in message.body
    assert message.to_dict()["language"] == "fr"
    english = sellermail.render("return-size-mismatch", SIZE | {"marketplace": "Amazon.fr"},
                                language="en")  # fmt: skip
    assert english.language == "en" and "€9.90" in english.body


def test_an_explicit_language_wins_over_the_marketplace() -> None:
    message = sellermail.render("return-size-mismatch", SIZE | {"marketplace": "Amazon.com"},
                                language="FR")  # fmt: skip
    assert message.language == "fr" and "$9.90" not in message.body
    assert f"9,90{NBSP}$" in message.body  # the marketplace's currency, the language's notation


def test_a_language_without_a_marketplace_is_for_its_own_marketplace() -> None:
    message = sellermail.render("return-size-mismatch", SIZE, language="fr")
    assert f"9,90{NBSP}€" in message.body and message.facts.values["marketplace"] == "Amazon.fr"
    japanese = sellermail.render("wrong-address", {"order_id": "503-1234567-1234567",
                                 "offers": "partial_refund", "partial_refund": "500"},
                                 language="ja")  # fmt: skip
    assert "500円" in japanese.body and "$" not in japanese.body
    spanish = sellermail.render("return-size-mismatch", SIZE, language="es")
    assert spanish.facts.values["marketplace"] == "Amazon.es"  # Spain's, not Mexico's


def test_the_signer_default_is_said_in_the_language() -> None:
    message = sellermail.render("return-size-mismatch", SIZE | {"store_name": "Maison Érable"},
                                language="fr")  # fmt: skip
    assert message.body.endswith("Le service client Maison Érable")
    assert sellermail.render("return-size-mismatch", SIZE, language="fr").body.endswith(
        "Le service client"
    )
    guide = sellermail.render("usage-instructions", {"product": "Mixeur"}, language="de").body
    assert "die Bedienungsanleitung" in guide and "instruction guide" not in guide


@pytest.mark.parametrize(
    "scenario", ["appeal-odr", "hijacker-cease-desist", "ip-complaint-retraction"]
)
def test_appeals_and_letters_stay_english_whatever_the_marketplace(scenario: str) -> None:
    spec = sellermail.get_scenario(scenario)
    assert spec.languages == ("en",)
    facts = dict(spec.example)
    message = sellermail.render(spec, facts, channel=spec.channels[0])
    assert message.language == "en"
    with pytest.raises(ScenarioError, match=rf"language: {scenario} is refused in de: .*English"):
        sellermail.render(spec, facts, channel=spec.channels[0], language="de")
    assert sellermail.render(spec, facts, channel=spec.channels[0], language="en").language == "en"


def test_an_appeal_refuses_another_language_on_the_command_line(run: Run) -> None:
    result = run("render", "appeal-odr", "--language", "de", "--set", "store_name=Maple")
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == (
        "error: language: appeal-odr is refused in de: appeals to Amazon Seller Performance "
        "are written in English, whatever the marketplace"
    )


def test_an_unknown_language_is_one_line_listing_the_languages(run: Run) -> None:
    result = run("render", "return-size-mismatch", "--language", "pt", "--set", "product=x")
    assert result.code == 2
    assert result.err.strip() == (
        "error: language: 'pt' is unknown (expected one of en, de, fr, es, it, ja)"
    )


def write_user_scenario(folder: Path, languages: dict[str, str]) -> None:
    (folder / "thank-you.j2").write_text(
        "---\nid: thank-you\ntitle: Thank-you note\ncategory: after-sales\nrecipient: buyer\n"
        "common: [buyer]\nfields:\n  paid_on:\n    type: date\n  total:\n    type: money\n"
        "  days:\n    type: day_range\n    default: 3-5\n---\n"
        "Thank you for your order of {{ paid_on }} ({{ total }}).\n",
        encoding="utf-8",
    )
    for code, body in languages.items():
        (folder / code).mkdir(exist_ok=True)
        (folder / code / "thank-you.j2").write_text(body, encoding="utf-8")


def test_a_scenario_without_the_language_names_the_languages_it_has(
    tmp_path: Path, run: Run
) -> None:
    write_user_scenario(tmp_path, {"de": "Danke!\n"})
    result = run("render", "thank-you", "--templates-dir", str(tmp_path), "--language", "ja")
    assert result.code == 2
    assert result.err.strip() == (
        "error: language: thank-you is not written in Japanese (ja); it is written in en, de"
    )


def test_user_templates_add_a_language_with_typed_facts_in_its_notation(
    tmp_path: Path, run: Run
) -> None:
    write_user_scenario(
        tmp_path,
        {"ja": "{{ paid_on }}のご注文（{{ total }}）ありがとうございます。"
               "{{ days.low }}～{{ days.high }}日でお届けします。\n"},
    )  # fmt: skip
    catalogue = sellermail.Catalogue(tmp_path)
    assert catalogue.get("thank-you").languages == ("en", "ja")
    facts = {"paid_on": "2024-02-08", "total": "1980", "marketplace": "Amazon.co.jp"}
    message = sellermail.render("thank-you", facts, catalogue=catalogue)
    assert message.language == "ja"
    assert (
        message.body
        == "2024年2月8日のご注文（1,980円）ありがとうございます。3～5日でお届けします。"
    )
    listed = run("list", "--json", "--templates-dir", str(tmp_path))
    entry = next(e for e in json.loads(listed.out) if e["id"] == "thank-you")
    assert entry["languages"] == ["en", "ja"]
    shown = run("show", "thank-you", "--templates-dir", str(tmp_path))
    assert "languages: en, ja" in shown.out


def test_a_marketplace_language_the_scenario_lacks_falls_back_to_english(tmp_path: Path) -> None:
    write_user_scenario(tmp_path, {})
    facts = {"paid_on": "2024-02-08", "total": "5", "marketplace": "Amazon.de"}
    message = sellermail.render("thank-you", facts, catalogue=sellermail.Catalogue(tmp_path))
    assert message.language == "en"
    assert message.body == "Thank you for your order of February 8, 2024 (€5.00)."
    assert message.facts.warnings == (
        "language: thank-you has no German template (de/thank-you.j2), the language of "
        "Amazon.de: it is written in English",
    )


def test_a_language_file_may_carry_its_subject_line(tmp_path: Path) -> None:
    (tmp_path / "invite.j2").write_text(
        "---\nid: invite\ntitle: Invitation\ncategory: after-sales\nrecipient: buyer\n"
        "subject: 'Join {{ store_name }}'\ncommon: [buyer]\nfields: {}\n---\nHello.\n",
        encoding="utf-8",
    )
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "invite.j2").write_text(
        "---\nsubject: 'Willkommen bei {{ store_name }}'\n---\nHallo.\n", encoding="utf-8"
    )
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "invite.j2").write_text("Bonjour.\n", encoding="utf-8")
    catalogue = sellermail.Catalogue(tmp_path)
    message = sellermail.render("invite", {"store_name": "Ahorn"}, catalogue=catalogue,
                                language="de")  # fmt: skip
    assert (message.subject, message.body) == ("Willkommen bei Ahorn", "Hallo.")
    with pytest.raises(ScenarioError, match=r"template fr/invite\.j2: needs its subject line"):
        sellermail.render("invite", {}, catalogue=catalogue, language="fr")


def test_a_language_template_imports_its_own_tone_macros_first(tmp_path: Path) -> None:
    write_user_scenario(tmp_path, {"it": '{% import "_tone.j2" as t with context %}{{ t.hi() }}'})
    (tmp_path / "it" / "_tone.j2").write_text("{% macro hi() %}Ciao!{% endmacro %}")
    message = sellermail.render("thank-you", {}, catalogue=sellermail.Catalogue(tmp_path),
                                language="it")  # fmt: skip
    assert message.body == "Ciao!"


def test_the_built_in_language_data_sits_with_the_templates() -> None:
    assert (builtin_dir() / "_languages.yaml").is_file()


def test_the_ledger_carries_the_language_and_shows_each_fact_in_its_notation() -> None:
    ledger = sellermail.ledger_for("return-size-mismatch", SIZE | {"marketplace": "Amazon.fr"},
                                   tone="friendly")  # fmt: skip
    assert ledger.language == "fr"
    money = next(c for c in ledger.commitments if c.field == "partial_refund")
    assert money.shown == f"9,90{NBSP}€"
    draft = ledger.base.replace(f"9,90{NBSP}€", "9,90 EUR")
    assert draft != ledger.base and sellermail.guard.guard(ledger, draft).ok  # the same amount
    english = sellermail.ledger_for("return-size-mismatch", SIZE, tone="friendly")
    assert english.language == "en"
    assert next(c for c in english.commitments if c.field == "partial_refund").shown == "$9.90"


def test_check_holds_a_draft_to_the_language_and_says_which(run: Run) -> None:
    draft = sellermail.render("return-size-mismatch", SIZE, language="fr").text
    report = sellermail.check("return-size-mismatch", SIZE, draft, language="fr")
    assert report.to_dict()["language"] == "fr"
    result = run("check", "return-size-mismatch", "--language", "fr", "--json",
                 "--set", "product=chemise en lin", "-", stdin=draft)  # fmt: skip
    assert json.loads(result.out)["language"] == "fr"
    english = run("check", "return-size-mismatch", "--json", "--set", "product=x", "-",
                  stdin="Hello")  # fmt: skip
    assert json.loads(english.out)["language"] == "en"


def test_a_batch_row_has_its_own_language_and_its_line_says_it(tmp_path: Path, run: Run) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text(
        "编号,语言,product,marketplace\n"
        "a1,fr,chemise en lin,Amazon.com\n"
        "a2,,linen shirt,Amazon.com\n"
        "a3,,chemise,Amazon.fr\n"
        "a4,xx,shirt,Amazon.com\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run("batch", str(sheet), "--out", str(out), "--scenario", "return-size-mismatch",
                 "--offline")  # fmt: skip
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["language"] for line in lines] == ["fr", "en", "fr", None]
    assert lines[0]["text"].startswith("Bonjour") and lines[1]["text"].startswith("Hi")
    assert lines[3]["error"].startswith("language: 'xx' is unknown")
    assert result.code == 1
    again = tmp_path / "again.jsonl"
    run("batch", str(sheet), "--out", str(again), "--scenario", "return-size-mismatch",
        "--offline", "--language", "en")  # fmt: skip
    firsts = [json.loads(line) for line in again.read_text(encoding="utf-8").splitlines()]
    assert [line["language"] for line in firsts] == ["fr", "en", "en", None]


def test_polish_asks_the_model_for_the_language_and_lists_facts_in_its_notation() -> None:
    from sellermail.llm.prompting import feedback, first_messages

    message = sellermail.render("return-size-mismatch", SIZE, language="fr")
    ledger = sellermail.ledger_for("return-size-mismatch", SIZE, tone=message.tone,
                                   language="fr")  # fmt: skip
    (_, system), (_, user) = first_messages(message, ledger)
    assert "communications in French" in system and "Write in French only" in system
    assert "vous" in system
    assert "below in French, in a friendly tone" in user
    assert f"- 9,90{NBSP}€" in user  # Amazon.fr's currency, French notation
    assert "Write the whole message in French" in feedback(["x"], "fr")
    english = sellermail.render("return-size-mismatch", SIZE)
    (_, system_en), (_, user_en) = first_messages(
        english, sellermail.ledger_for("return-size-mismatch", SIZE, tone=english.tone)
    )
    assert "in US English" in system_en and "Write in" not in system_en
    assert "below in a friendly tone" in user_en and "in French" not in feedback(["x"])


def relayed(words: str, name: str) -> str:
    return (f"From: {name} - Amazon Marketplace <x7@marketplace.amazon.com>\n"
            f"Subject: Inquiry from Amazon customer {name} (Order: 113-4567890-1234567)\n\n"
            f"{words}\n\n{name}\n")  # fmt: skip


def test_reply_answers_in_the_buyers_language(run: Run) -> None:
    message = relayed("Où est mon colis ? Numéro de suivi LX123456785CN, La Poste.", "Luc Roy")
    result = run("reply", "-", "--offline", stdin=message)
    assert result.code == 0, result.err
    assert result.out.startswith("Bonjour Luc") and "7 à 15 jours" in result.out
    assert result.err.splitlines()[0] == (
        "note: the buyer wrote in French (fr); so does the reply (--language en for English)"
    )


def test_a_chinese_buyer_gets_english_with_a_note(run: Run) -> None:
    message = relayed("你好，我的包裹到哪里了？跟踪号 LX123456785CN，一直没有更新。", "王芳")
    result = run("reply", "-", "--offline", stdin=message)
    assert result.code == 0, result.err
    assert result.out.startswith("Hi 王芳,")
    assert result.err.splitlines()[0] == (
        "note: the buyer wrote in Chinese (zh); the reply is in English (shipping-in-transit is "
        "written in en, de, fr, es, it, ja)"
    )


def test_check_and_polish_refuse_another_language_for_an_appeal(run: Run) -> None:
    check = run("check", "appeal-odr", "--language", "fr", "--set", "store_name=Maple", "-",
                stdin="Dear Seller Performance Team,")  # fmt: skip
    polish = run("polish", "appeal-odr", "--language", "ja", "--offline",
                 "--set", "store_name=Maple")  # fmt: skip
    for result, code in ((check, "fr"), (polish, "ja")):
        assert result.code == 2 and result.out == ""
        assert result.err.startswith(f"error: language: appeal-odr is refused in {code}: ")


def test_french_keeps_a_no_break_space_before_high_punctuation_in_what_the_seller_typed() -> None:
    spec = sellermail.get_scenario("order-quantity-confirmation")
    facts = spec.example | {"specs": ["Couleur : blanc", "Taille: 12 oz"]}
    french = sellermail.render(spec, facts, language="fr").body
    assert f"Couleur{NBSP}: blanc" in french and "Taille: 12 oz" in french
    german = sellermail.render(spec, facts, language="de").body
    assert "Couleur: blanc" in german


def test_spanish_on_amazon_com_mx_writes_amounts_the_mexican_way() -> None:
    facts = {"product": "tenis", "partial_refund": "200", "offers": ["partial_refund"]}
    mexico = sellermail.render("return-size-mismatch", facts | {"marketplace": "Amazon.com.mx"})
    spain = sellermail.render("return-size-mismatch", facts | {"marketplace": "Amazon.es"})
    assert (mexico.language, mexico.facts.locale) == ("es", "es-MX")
    assert "$200.00" in mexico.body and "MXN" not in mexico.body
    assert f"200,00{NBSP}€" in spain.body and spain.facts.locale == "es"
    dollars = sellermail.render("return-size-mismatch", facts | {"marketplace": "Amazon.com.mx",
                                "partial_refund": "USD 15"})  # fmt: skip
    assert "US$15.00" in dollars.body
    ledger = sellermail.ledger_for("return-size-mismatch", facts | {"marketplace": "Amazon.com.mx"})
    money = next(c for c in ledger.commitments if c.field == "partial_refund")
    assert ledger.language == "es" and money.shown == "$200.00"
