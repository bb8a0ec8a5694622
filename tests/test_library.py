"""The library does what the command line does: reply, a whole batch, a folder's triage."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import sellermail
from conftest import Result

Run = Callable[..., Result]

RELAYED = (
    "From: Anna Schmidt - Amazon Marketplace <abc123@marketplace.amazon.de>\n"
    "Subject: Lieferanfrage von Amazon-Kunde Anna Schmidt\n\n"
    "------------- Beginn der Nachricht -------------\n\n"
    "Where is my parcel? Tracking LX123456785CN with USPS.\n\n"
    "------------- Ende der Nachricht -------------\n"
)


@pytest.fixture
def message(tmp_path: Path) -> Path:
    path = tmp_path / "wimo.eml"
    path.write_text(RELAYED, encoding="utf-8")
    return path


def test_reply_from_the_library_is_what_the_command_prints(run: Run, message: Path) -> None:
    drafted = sellermail.reply(message, {"status": "is on its way to you"}, offline=True)
    assert drafted.scenario.id == "shipping-in-transit"
    assert drafted.polished.source == "offline"
    assert "LX123456785CN" in drafted.polished.text
    printed = run("reply", str(message), "--set", "status=is on its way to you", "--offline",
                  "--json")  # fmt: skip
    assert printed.code == 0, printed.err
    assert json.loads(printed.out) == drafted.to_dict()


def test_reply_notes_are_returned_not_printed(
    message: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafted = sellermail.reply(message, offline=True)
    assert any("defaults" in note for note in drafted.notes)
    assert capsys.readouterr().err == ""


def test_a_whole_batch_runs_from_the_library(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("order_id,tracking_number,carrier\n113-4567890-1234567,LX123456785CN,USPS\n"
                    "113-4567890-1234568,LX12,USPS\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    request = sellermail.BatchRequest(rows, out=out, out_format="csv",
                                      scenario="shipping-in-transit", offline=True)  # fmt: skip
    result = sellermail.run_batch(sellermail.prepare_batch(request))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["row"] for line in lines] == [2, 3]
    assert lines[0]["source"] == "offline" and lines[1]["error"].startswith("tracking_number:")
    assert result.copy == out.with_suffix(".csv") and result.copy.is_file()
    assert result.failed(strict=False)  # a row has an error
    assert result.tally.errors == 1 and result.tally.sources["offline"] == 1


def test_a_batch_refuses_to_write_over_its_input_before_reading_it(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("", encoding="utf-8")
    request = sellermail.BatchRequest(rows, out=rows, scenario="shipping-in-transit")
    with pytest.raises(sellermail.SellermailError, match="would overwrite the input"):
        sellermail.prepare_batch(request)


def test_a_folder_is_triaged_from_the_library(tmp_path: Path, message: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    found = dict(sellermail.triage_folder(tmp_path))
    assert found[message].kind == "buyer-where-is-my-order"
    assert isinstance(found[tmp_path / "empty.txt"], sellermail.SellermailError)


def test_the_guard_judges_a_text_against_a_ledger_alone() -> None:
    from sellermail.guard import guard

    facts = {"tracking_number": "LX123456785CN"}
    ledger = sellermail.ledger_for("shipping-in-transit", facts)
    text = sellermail.render("shipping-in-transit", facts).text
    assert guard(ledger, text).ok
    changed = guard(ledger, text.replace("LX123456785CN", "LX123456786CN"))
    assert [v.kind for v in changed.violations][:1] == ["missing_fact"]


def test_a_user_catalogue_is_one_object_passed_where_scenarios_are_named(tmp_path: Path) -> None:
    (tmp_path / "thanks.j2").write_text(
        "---\nid: thanks\ntitle: Thanks\ntitle_zh: 感谢\ncategory: after-sales\nrecipient: buyer\n"
        "fields: {}\n---\nThank you.\n",
        encoding="utf-8",
    )
    catalogue = sellermail.Catalogue(tmp_path)
    assert sellermail.render("感谢", catalogue=catalogue).body == "Thank you."
    assert sellermail.check("thanks", {}, "Thank you.", catalogue=catalogue).ok
    assert sellermail.polish("thanks", catalogue=catalogue, offline=True).text == "Thank you."
