"""A broken configuration is one line on stderr that names the setting, exit 2: a config file
that is not UTF-8, is a folder, or gives a value of the wrong type; a base URL that is not a
URL, from the config file, the environment or --base-url."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from hostile import POLISH

Run = Callable[..., Result]


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(path))
    return path


def one_line(result: Result) -> str:
    assert result.code == 2, result
    assert result.err.startswith("error: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    return result.err


def test_a_config_file_that_is_not_utf8_names_the_file_and_line(run: Run, config: Path) -> None:
    config.write_bytes(b'profile = "ollama"\n# r\xe9glages de l\'\xe9quipe\n')
    err = one_line(run("config", "show"))
    assert str(config) in err and "line 2, byte" in err and "is not UTF-8" in err


def test_a_config_path_that_is_a_folder_is_one_line(run: Run, config: Path) -> None:
    config.mkdir()
    for command in (["config", "show"], ["config", "init", "--force"], POLISH):
        err = one_line(run(*command))
        assert f"config file {str(config)!r}: " in err


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('profile = "p"\n[profiles.p]\nbase_url = 5\n', "profiles.p.base_url must be text"),
        ('profile = "p"\n[profiles.p]\nmodel = ["a"]\n', "profiles.p.model must be text"),
        ("[profiles.p]\napi_key_env = true\n", "profiles.p.api_key_env must be text"),
        ('[profiles.p]\ntemperature = "hot"\n', "profiles.p.temperature must be a number"),
        ("[profiles.p]\ntimeout = false\n", "profiles.p.timeout must be a number"),
        ('[profiles.p]\nprice_input = "0.4"\n', "profiles.p.price_input must be a number"),
        ("[profiles.deepseek]\nbase_url = 1979-05-27\n", "profiles.deepseek.base_url must be text"),
        ("profile = 5\n", "profile must be the name of a profile"),
        ('timeout = "soon"\n', "timeout must be a number of seconds"),
        ('profiles = "deepseek"\n', "profiles must be a table"),
        ("profiles = [1]\n", "profiles must be a table"),
        ('[profiles]\np = "x"\n', "profiles.p must be a [profiles.NAME] section"),
        ("templates_dir = 5\n", "templates_dir must be a path"),
    ],
)
def test_a_value_of_the_wrong_type_names_the_setting(
    run: Run, config: Path, text: str, named: str
) -> None:
    config.write_text(text, encoding="utf-8")
    assert named in one_line(run(*POLISH))


@pytest.mark.parametrize(
    "url",
    ["http://[::1/v1", "http://localhost:99999/v1", "http://host:port/v1", "localhost:8080/v1",
     "ftp://example.com/v1", "http:///v1", "http://exa mple.com/v1", "http://ok.com/\x1b[2J"],
)  # fmt: skip
def test_a_malformed_base_url_is_one_line_naming_where_it_came_from(
    run: Run, config: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    flag = one_line(run(*POLISH, "--base-url", url))
    assert flag.startswith("error: base_url: ") and flag.rstrip().endswith("from --base-url)")
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    env = one_line(run(*POLISH))
    assert env.rstrip().endswith("from OPENAI_BASE_URL)")
    monkeypatch.delenv("OPENAI_BASE_URL")
    toml_string = json.dumps(url)  # a TOML basic string (\\u001b for the escape)
    config.write_text(f'profile = "mine"\n[profiles.mine]\nbase_url = {toml_string}\n', "utf-8")
    file = one_line(run("config", "show"))
    assert file.rstrip().endswith("from profile mine (config file))")
    assert "\x1b" not in flag + env + file


def test_a_malformed_url_with_credentials_is_shown_masked(run: Run) -> None:
    err = one_line(run(*POLISH, "--base-url", "http://bob:hunter2-hunter2@[::1/v1"))
    assert "hunter2" not in err and "http://****@[::1/v1" in err


def test_a_key_with_a_control_character_is_refused_without_showing_it(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-abcdefghij\x1bklmnopqrstuvwxyz")
    err = one_line(run(*POLISH))
    assert "OPENAI_API_KEY" in err and "abcdefghij" not in err


def test_toml_nested_too_deeply_is_one_line(run: Run, config: Path) -> None:
    config.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "invalid TOML" in one_line(run("config", "show"))
