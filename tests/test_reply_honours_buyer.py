"""``reply`` honours what the buyer said (Revision 2, rule 5): triage keeps the buyer's words and
reads from them the remedies asked for or refused and whether a reason was given, in every
triage language; the reply offers what was asked first, never what was refused, and does not ask
again for a reason already given."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from sellermail.pipeline.reply import honoured_offers
from sellermail.triage.said import Said, said

Run = Callable[..., Result]

RELAY = """From: "{name} - Amazon Marketplace" <b7k2m9x4q1w8z3v@marketplace.amazon.com>
To: seller@maplehome.example
Subject: Return request from Amazon customer {name}
Date: Tue, 10 Nov 2026 09:30:00 +0000
Content-Type: text/plain; charset=utf-8

Order ID: 112-3456789-0123456
Item: Electric Milk Frother

------------- Message: -------------
{words}
-------------------------------------
"""


@pytest.mark.parametrize(
    ("words", "wants", "refuses"),
    [
        ("I want a refund, not a replacement.", ("refund",), ("replacement",)),
        ("It does not work so I want a refund", ("refund",), ()),
        ("DO NOT SEND ME ANOTHER ONE, I JUST WANT MY MONEY BACK", ("refund",), ("replacement",)),
        ("I am not waiting another month for a replacement. I want my money back.",
         ("refund",), ("replacement",)),
        ("Can I get a replacement or a refund?", ("replacement", "refund"), ()),
        ("Rather than a replacement, I would like a partial refund and keep it.",
         ("partial_refund",), ("replacement",)),
        ("Je ne veux pas d'échange, juste le remboursement svp.", ("refund",), ("replacement",)),
        ("Ich möchte keinen Ersatz, bitte eine Rückerstattung.", ("refund",), ("replacement",)),
        ("No quiero un reemplazo, quiero un reembolso.", ("refund",), ("replacement",)),
        ("Non voglio una sostituzione, vorrei il rimborso.", ("refund",), ("replacement",)),
        ("交換は不要です。返金をお願いします。", ("refund",), ("replacement",)),
        ("不要换货，请退款", ("refund",), ("replacement",)),
        ("Where is my order?", (), ()),
    ],
)  # fmt: skip
def test_the_buyer_s_words_say_which_remedies_they_want_or_refuse(
    words: str, wants: tuple[str, ...], refuses: tuple[str, ...]
) -> None:
    found = said(words)
    assert (found.wants, found.refuses) == (wants, refuses)
    assert found.words == words


def test_a_hard_wrapped_line_is_one_sentence_and_a_label_line_is_not() -> None:
    assert said("je ne veux pas\nd'échange, juste le remboursement").refuses == ("replacement",)
    notice = said("Return reason: No longer needed\nRefund amount requested: $27.49")
    assert notice.wants == ("refund",) and notice.refuses == ()


@pytest.mark.parametrize(
    "words",
    ["The vacuum stopped charging after 2 days.", "Die Kanne ist kaputt.",
     "l'écran a une grosse rayure", "サイズが合わない", "质量太差了，坏了",
     "Return reason: Defective/Does not work properly"],
)  # fmt: skip
def test_a_reason_given_is_seen(words: str) -> None:
    assert said(words).reason


def test_no_reason_in_a_bare_request() -> None:
    assert said("Hello, I would like to return this please.").reason is None


@pytest.mark.parametrize(
    ("default", "wants", "refuses", "offers"),
    [
        (["replacement", "partial_refund"], ("refund",), ("replacement",), ["full_refund", "partial_refund"]),
        (["replacement", "partial_refund"], ("refund",), (), ["full_refund", "replacement", "partial_refund"]),
        (["partial_refund", "return"], ("refund",), (), ["return", "partial_refund"]),
        (["resend", "full_refund"], ("replacement",), (), ["resend", "full_refund"]),
        (["replacement", "full_refund"], ("resend",), (), ["replacement", "full_refund"]),
        (["replacement", "full_refund"], (), ("replacement",), ["full_refund"]),
        (["replacement", "full_refund"], (), (), None),
        (["replacement"], (), ("replacement",), None),
    ],
)  # fmt: skip
def test_offers_follow_what_the_buyer_asked(
    default: list[str], wants: tuple[str, ...], refuses: tuple[str, ...], offers: list[str] | None
) -> None:
    assert honoured_offers(default, Said("", wants, refuses)) == offers


def _message(tmp_path: Path, words: str) -> Path:
    path = tmp_path / "return.eml"
    path.write_text(RELAY.format(name="Patricia Nolan", words=words), encoding="utf-8")
    return path


def test_a_buyer_asking_for_a_refund_not_a_replacement_is_not_offered_one(
    run: Run, tmp_path: Path
) -> None:
    path = _message(tmp_path, "Hello, I want to return it for a refund, not a replacement.")
    result = run("reply", str(path), "--offline", "--set", "store_name=Maple Home")
    assert result.code == 0, result.err
    assert "Hello Patricia," in result.out
    assert "full refund" in result.out
    assert "replacement" not in result.out
    assert "note: offers full_refund, partial_refund, as the buyer asked" in result.err
    triage = json.loads(run("triage", str(path), "--json").out)
    assert list(triage) == [
        "kind", "confidence", "scenario", "facts", "language", "runner_up", "reply_by"
    ]  # fmt: skip


def test_a_refund_asked_for_comes_first(run: Run, tmp_path: Path) -> None:
    path = _message(tmp_path, "Hello, I would like to return it please and get my money back.")
    out = run("reply", str(path), "--offline", "--set", "store_name=Maple Home").out
    assert out.index("full refund") < out.index("replacement")


def test_a_reason_already_given_is_not_asked_again(run: Run, tmp_path: Path) -> None:
    path = _message(tmp_path, "The frother stopped working after two days. I want to return it.")
    result = run("reply", str(path), "--offline", "--set", "store_name=Maple Home")
    assert "reason for the return" not in result.out.lower()
    assert "photos" in result.out
    assert 'the buyer already said what is wrong ("stopped working")' in result.err
    asked = run("reply", str(_message(tmp_path, "Hello, I would like to return this please.")),
                "--offline", "--set", "store_name=Maple Home")  # fmt: skip
    assert "reason for the return" in asked.out.lower()


def test_what_the_user_sets_wins_over_the_buyer_s_words(run: Run, tmp_path: Path) -> None:
    path = _message(tmp_path, "I want a refund, not a replacement.")
    result = run("reply", str(path), "--offline", "--set", "store_name=Maple Home",
                 "--set", "offers=replacement")  # fmt: skip
    assert "replacement" in result.out and "full refund" not in result.out
    assert "as the buyer asked" not in result.err
