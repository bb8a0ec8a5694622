"""User templates: added and overriding scenarios, and a sandbox no template can escape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import sellermail
from conftest import Result
from sellermail.errors import ScenarioError

Run = Callable[..., Result]

HEADER = """---
id: {id}
title: Thank-you note
title_zh: 感谢信
category: after-sales
recipient: buyer
common: [buyer]
fields:
  product:
    type: text
    required: true
example:
  product: desk lamp
---
{{% import "_tone.j2" as t with context %}}
"""


def write(folder: Path, scenario_id: str, body: str) -> Path:
    path = folder / f"{scenario_id}.j2"
    path.write_text(HEADER.format(id=scenario_id) + body, encoding="utf-8")
    return path


def test_a_user_scenario_renders_with_the_shared_tone_macros(tmp_path: Path) -> None:
    write(tmp_path, "thank-you", "{{ t.greeting() }}\n\nThank you for buying the {{ product }}.\n")
    message = sellermail.render(
        "thank-you",
        {"product": "desk lamp", "buyer_name": "Ann"},
        tone="friendly",
        catalogue=sellermail.Catalogue(tmp_path),
    )
    assert message.body == "Hi Ann,\n\nThank you for buying the desk lamp."
    ids = [s.id for s in sellermail.Catalogue(tmp_path).scenarios()]
    assert "thank-you" in ids and "shipping-in-transit" in ids


def test_a_user_template_overrides_the_built_in_one(tmp_path: Path) -> None:
    (tmp_path / "delivery-time-info.j2").write_text(
        HEADER.format(id="delivery-time-info") + "Our own wording for the {{ product }}.\n",
        encoding="utf-8",
    )
    message = sellermail.render(
        "delivery-time-info", {"product": "lamp"}, catalogue=sellermail.Catalogue(tmp_path)
    )
    assert message.body == "Our own wording for the lamp."


def test_the_config_file_names_the_templates_dir(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    write(folder, "thank-you", "Thanks for the {{ product }}.\n")
    config = tmp_path / "config.toml"
    config.write_text(f'templates_dir = "{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(config))
    result = run("render", "thank-you", "--set", "product=lamp")
    assert result.out == "Thanks for the lamp.\n"


ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ product.__class__.__base__.__subclasses__() }}",
    "{{ t.greeting.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ range.__self__ }}",
]


@pytest.mark.parametrize("body", ESCAPES)
def test_escaping_the_sandbox_fails_with_a_clear_error(run: Run, tmp_path: Path, body: str) -> None:
    write(tmp_path, "evil", body + "\n")
    result = run("render", "evil", "--set", "product=lamp", "--templates-dir", str(tmp_path))
    assert result.code == 2
    assert result.err.startswith("error: template evil: ")
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "uid=" not in result.out


def test_an_undefined_variable_is_an_error_not_a_blank(tmp_path: Path) -> None:
    write(tmp_path, "typo", "Thanks for the {{ prodct }}.\n")
    with pytest.raises(ScenarioError, match=r"^template typo: body: 'prodct' is undefined$"):
        sellermail.render("typo", {"product": "lamp"}, catalogue=sellermail.Catalogue(tmp_path))


def test_printing_an_absent_optional_field_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "absent", "Hello {{ buyer_name }}.\n")
    with pytest.raises(ScenarioError, match="absent optional field"):
        sellermail.render("absent", {"product": "lamp"}, catalogue=sellermail.Catalogue(tmp_path))


def test_a_syntax_error_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "broken", "Hello {% if %}\n")
    with pytest.raises(ScenarioError, match=r"^template .*broken.*: line 16: "):
        sellermail.render("broken", {"product": "lamp"}, catalogue=sellermail.Catalogue(tmp_path))


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "id: other\ntitle: x\ncategory: after-sales\nrecipient: buyer\nfields: {}\n",
            "must match the file name",
        ),
        (
            "id: bad\ntitle: x\ncategory: after-sales\nrecipient: buyer\nfields:\n  a: {type: asn}\n",
            "unknown type 'asn'",
        ),
        (
            "id: bad\ntitle: x\ncategory: misc\nrecipient: buyer\nfields: {}\n",
            "category must be one of",
        ),
        ("id: bad\ntitle: [x\n", "invalid YAML"),
    ],
)
def test_broken_front_matter_is_reported(tmp_path: Path, front: str, message: str) -> None:
    (tmp_path / "bad.j2").write_text(f"---\n{front}---\nbody\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match=message):
        sellermail.render("bad", catalogue=sellermail.Catalogue(tmp_path))


def test_a_missing_templates_dir_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="is not a folder"):
        sellermail.render("thank-you", catalogue=sellermail.Catalogue(tmp_path / "nope"))


def test_a_path_is_not_a_scenario_id(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="is unknown"):
        sellermail.render("../templates/shipping-in-transit")
