"""One set of habits across the commands: the same input accepted everywhere, --strict meaning
one thing, Ctrl-C's status, and the folders the README names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., Result]
TRANSIT = ("--set", "tracking_number=LX123456785CN", "--set", "carrier=USPS")


def test_a_chinese_tone_name_renders_like_its_english_id(run: Run) -> None:
    chinese = run("render", "shipping-in-transit", *TRANSIT, "--tone", "友好")
    english = run("render", "shipping-in-transit", *TRANSIT, "--tone", "friendly")
    neutral = run("render", "shipping-in-transit", *TRANSIT, "--tone", "neutral")
    assert chinese.code == english.code == 0, chinese.err
    assert chinese.out == english.out != neutral.out


def test_a_chinese_tone_name_is_held_by_check_and_polish(run: Run) -> None:
    draft = run("render", "shipping-in-transit", *TRANSIT, "--tone", "正式").out
    checked = run("check", "shipping-in-transit", "-", *TRANSIT, "--tone", "正式", stdin=draft)
    assert checked.code == 0, checked.out
    polished = run("polish", "shipping-in-transit", *TRANSIT, "--tone", "正式", "--offline")
    assert polished.out == draft


def test_a_scenario_named_by_its_chinese_or_english_title_works_on_every_command(
    run: Run,
) -> None:
    from sellermail.compose.catalogue import get

    spec = get("shipping-in-transit")
    by_id = run("render", spec.id, *TRANSIT)
    for title in (spec.title_zh, spec.title, spec.title.upper()):
        assert run("render", title, *TRANSIT).out == by_id.out
        assert json.loads(run("show", title, "--json").out)["id"] == spec.id
        assert run("check", title, "-", *TRANSIT, stdin=by_id.out).code == 0


def test_an_unknown_tone_names_the_choices_in_one_line(run: Run) -> None:
    result = run("render", "shipping-in-transit", *TRANSIT, "--tone", "温柔")
    assert result.code == 2
    assert result.err.startswith("error: tone: '温柔' is unknown")
    assert len(result.err.strip().splitlines()) == 1


def test_strict_polish_fails_unless_the_models_text_was_used(run: Run) -> None:
    offline = run("polish", "shipping-in-transit", *TRANSIT, "--offline", "--strict")
    assert offline.code == 1 and "LX123456785CN" in offline.out
    unconfigured = run("polish", "shipping-in-transit", *TRANSIT, "--strict")
    assert unconfigured.code == 1
    assert run("polish", "shipping-in-transit", *TRANSIT, "--offline").code == 0


def test_strict_batch_fails_when_a_row_is_offline(run: Run, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("tracking_number,carrier\nLX123456785CN,USPS\n", encoding="utf-8")
    plain = run("batch", str(rows), "--out", str(tmp_path / "a.jsonl"),
                "--scenario", "shipping-in-transit", "--offline")  # fmt: skip
    strict = run("batch", str(rows), "--out", str(tmp_path / "b.jsonl"),
                 "--scenario", "shipping-in-transit", "--offline", "--strict")  # fmt: skip
    assert (plain.code, strict.code) == (0, 1)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
def test_config_show_prints_the_cache_folder_the_readme_refers_to(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = json.loads(run("config", "show", "--json").out)
    assert data["cache folder"]["value"] == str(tmp_path / "cache" / "sellermail")


def test_ctrl_c_ends_with_status_130_and_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, OPENAI_API_KEY="", SELLERMAIL_CONFIG=str(tmp_path / "none.toml"))
    child = subprocess.Popen(
        [sys.executable, "-m", "sellermail", "triage", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    time.sleep(1.5)  # started, and waiting on standard input
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=20)
    assert child.returncode == 130, err
    assert b"Traceback" not in err
