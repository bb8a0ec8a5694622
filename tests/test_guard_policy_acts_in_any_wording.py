"""What a message asks about returns and ratings in any verb, notes addressed to a team, blanks
in any script's braces, and an address spelled with a language's "at": policy breaches.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


@pytest.mark.parametrize(
    ("wanted", "language", "sentence"),
    [
        (
            "buyer.no-suppression",
            "de",
            "Bitte stellen Sie keinen Rücksendeantrag bei Amazon, wir klären das hier.",
        ),
        (
            "buyer.no-suppression",
            "es",
            "No hace falta que abra una solicitud de devolución en Amazon, lo resolvemos aquí.",
        ),
        ("buyer.no-suppression", "ja", "レビューを書かれる前に、まずは当店までご相談ください。"),
        ("any.no-internal-note", "fr", "[Note SAV – ne pas transmettre : marge faible.]"),
        ("any.no-internal-note", "ja", "（担当メモ：原価が高いので返金は避ける）"),
        ("any.no-internal-note", "en", "[Note to CS team – do not forward: margin is thin]"),
        ("placeholder", "ja", "{お客様名}様、ありがとうございます。"),
        ("placeholder", "fr", "Bonjour {prénom du client},"),
        (
            "buyer.no-off-platform-disguised",
            "es",
            "Escríbenos a soporte arroba tienda punto es y lo vemos.",
        ),
        (
            "buyer.no-off-platform-disguised",
            "it",
            "Scrivi a assistenza chiocciola negozio punto it e ti rispondiamo.",
        ),
    ],
)
def test_breach_in_any_wording_blocks(wanted: str, language: str, sentence: str) -> None:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    assert any(wanted in (v.rule, v.kind) for v in report.violations), report.violations


@pytest.mark.parametrize(
    ("unwanted", "language", "sentence"),
    [
        (
            "buyer.no-suppression",
            "ja",
            "ご返品の前に、商品の状態を写真でお送りいただけますと助かります。",
        ),
        (
            "any.no-internal-note",
            "fr",
            "Merci de ne pas transmettre vos coordonnées bancaires par message.",
        ),
        ("buyer.no-off-platform-disguised", "es", "Lo dejamos en punto es decir, listo."),
    ],
)
def test_like_words_are_no_breach(unwanted: str, language: str, sentence: str) -> None:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    assert all(unwanted not in (v.rule, v.kind) for v in report.violations), report.violations
