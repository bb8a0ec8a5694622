"""The command line as a user meets it: output on stdout, one-line errors on stderr, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import sellermail
from conftest import Result
from sellermail.compose import catalogue

Run = Callable[..., Result]


def test_list_shows_every_scenario_with_both_titles(run: Run) -> None:
    result = run("list")
    assert result.code == 0
    assert "shipping-in-transit" in result.out and "回复物流查询" in result.out


def test_list_json_is_the_catalogue(run: Run) -> None:
    result = run("list", "--json")
    data = json.loads(result.out)
    ids = [item["id"] for item in data]
    assert len(ids) == 24 and ids[0] == "hijacker-cease-desist"
    assert {"id", "title", "title_zh", "category", "recipient", "tone", "channels",
            "languages"} == set(data[0])  # fmt: skip


@pytest.mark.parametrize("scenario", [s.id for s in catalogue.scenarios()])
def test_show_prints_fields_and_an_example_that_renders(
    run: Run, tmp_path: Path, scenario: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run("show", scenario)
    assert result.code == 0
    assert "required" in result.out
    head, example = result.out.split("):\n", 1)
    command = head.rsplit("then ", 1)[1].replace("\n", " ").split()
    assert command[:4] == ["sellermail", "render", scenario, "--facts"]
    assert f"sellermail show {scenario} --example > {command[4]}" in head
    assert run("show", scenario, "--example").out == example
    (tmp_path / command[4]).write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rendered = run(*command[1:])
    assert rendered.code == 0, rendered.err
    assert len(rendered.out) > 200


def test_render_prints_the_message_and_on_stderr_what_it_states_from_defaults(run: Run) -> None:
    result = run(
        "render",
        "shipping-in-transit",
        "--set",
        "tracking_number=LX123456785CN",
        "--set",
        "buyer_name=Emily",
        "--tone",
        "formal",
    )
    assert result.code == 0
    assert result.out.startswith("Dear Emily,\n")
    assert result.err == (
        "note: stated from defaults (check them; change with --set): transit_days: 7-15\n"
    )
    given = run("render", "shipping-in-transit", "--set", "tracking_number=LX123456785CN",
                "--set", "transit_days=7-15")  # fmt: skip
    assert given.code == 0 and given.err == ""


def test_render_json_returns_subject_and_body_apart(run: Run) -> None:
    result = run(
        "render",
        "appeal-a-to-z",
        "--set",
        "store_name=Maple Home",
        "--set",
        "order_id=113-4567890-1234567",
        "--set",
        "root_cause=our only agent was on leave and the buyer's message went unanswered",
        "--set",
        "corrective_actions=We have contacted the buyer and resolved the issue",
        "--json",
    )
    data = json.loads(result.out)
    assert data["subject"] and not data["body"].startswith("Subject")
    assert data["facts"]["order_id"] == "113-4567890-1234567"


def test_set_wins_over_the_facts_file(run: Run, tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"tracking_number": "LX123456785CN", "carrier": "USPS"}))
    result = run("render", "shipping-in-transit", "--facts", str(facts), "--set", "carrier=UPS")
    assert "UPS" in result.out and "USPS" not in result.out


def assert_one_line_error(result: Result, *parts: str) -> None:
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("error: ")
    assert "Traceback" not in result.err
    for part in parts:
        assert part in result.err


def test_bad_value_is_one_line_naming_field_value_and_expectation(run: Run) -> None:
    result = run("render", "shipping-in-transit", "--set", "tracking_number=LX12")
    assert_one_line_error(result, "tracking_number", "'LX12'", "8-40 letters and digits")


def test_missing_required_field_is_one_line(run: Run) -> None:
    assert_one_line_error(run("render", "shipping-in-transit"), "tracking_number: is required")


def test_unknown_field_is_one_line_with_a_suggestion(run: Run) -> None:
    result = run(
        "render",
        "shipping-in-transit",
        "--set",
        "tracking_number=LX123456785CN",
        "--set",
        "carier=UPS",
    )
    assert_one_line_error(result, "carier", "did you mean 'carrier'")


def test_unknown_scenario_is_one_line(run: Run) -> None:
    assert_one_line_error(run("render", "shiping-in-transit"), "did you mean 'shipping-in-transit'")


def test_refused_channel_is_one_line_with_the_reason(run: Run) -> None:
    result = run("render", "vip-invitation", "--set", "program_name=Maple Club")
    assert_one_line_error(result, "refused on amazon")


def test_missing_facts_file_is_one_line(run: Run, tmp_path: Path) -> None:
    result = run("render", "delivery-time-info", "--facts", str(tmp_path / "nope.yaml"))
    assert_one_line_error(result, "nope.yaml", "no such file")


def test_s10_warning_goes_to_stderr_and_the_message_still_renders(run: Run) -> None:
    result = run("render", "shipping-in-transit", "--set", "tracking_number=LX123456784CN")
    assert result.code == 0
    assert "LX123456784CN" in result.out
    assert result.err.startswith("warning: tracking_number: LX123456784CN fails the UPU S10")


def test_unknown_option_is_a_usage_error(run: Run) -> None:
    assert run("render", "delivery-time-info", "--colour", "red").code == 2


def test_version_is_printed(run: Run) -> None:
    from sellermail import __version__

    assert run("--version").out == f"sellermail {__version__}\n"


def test_check_can_hold_a_draft_to_one_tone(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(sellermail.render("delivery-time-info", tone="formal").text, encoding="utf-8")
    assert run("check", "delivery-time-info", str(draft), "--tone", "formal").code == 0
    bad = run("check", "delivery-time-info", str(draft), "--tone", "frendly")
    assert bad.code == 2 and "did you mean 'friendly'" in bad.err
