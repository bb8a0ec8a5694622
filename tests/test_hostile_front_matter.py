"""Hostile front matter and the bytecode cache: a template's YAML of the wrong shape is one line
naming the template and the key; compiled templates are kept where only the user can reach."""

from __future__ import annotations

import copy
import marshal
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import Result
from sellermail.compose import templating
from sellermail.compose.catalogue import builtin_dir

Run = Callable[..., Result]

BASE: dict[str, Any] = {
    "id": "bad",
    "title": "Thank-you note",
    "title_zh": "感谢信",
    "category": "after-sales",
    "recipient": "buyer",
    "tone": "friendly",
    "channels": ["amazon", "email"],
    "refused": {"ebay": "Not sent on eBay."},
    "fields": {
        "product": {"type": "text", "required": True, "help": "The item", "keep": "verbatim"},
        "hours": {"type": "hours", "default": 24},
    },
    "example": {"product": "desk lamp"},
    "subject": "About your {{ product }}",
    "marketing": False,
    "common": ["buyer"],
}


def write(folder: Path, front: str, body: str = "Thanks for the {{ product }}.\n") -> None:
    (folder / "bad.j2").write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def with_value(path: str, value: Any) -> str:
    """BASE's YAML with the value at ``path`` (``fields.product.help``) replaced."""
    spec = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    target = spec
    for key in parents:
        target = target[key]
    target[last] = value
    return yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)


def refused(run: Run, folder: Path) -> str:
    result = run("render", "bad", "--set", "product=lamp", "--templates-dir", str(folder))
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("error: template "), result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    return result.err


def test_the_base_front_matter_renders(run: Run, tmp_path: Path) -> None:
    """The cases below change one key of this front matter: each fails for that key alone."""
    write(tmp_path, with_value("title", "Thank-you note"))
    result = run("render", "bad", "--set", "product=lamp", "--templates-dir", str(tmp_path))
    assert result.out == "Subject: About your lamp\n\nThanks for the lamp.\n"


WRONG = [
    ("id", 5, "id must be a string, not a number (5)"),
    ("id", None, "id must be a string, not empty (null)"),
    ("title", ["x"], "title must be a non-empty string, not a list"),
    ("title", "  ", "title must be a non-empty string"),
    ("title_zh", 3, "title_zh must be a string, not a number (3)"),
    ("category", 7, "category must be one of listing, appeal"),
    ("recipient", {"a": 1}, "recipient must be one of buyer, amazon, seller, not a mapping"),
    ("tone", True, "tone must be one of neutral, friendly"),
    ("channels", "amazon", "channels must be a list of strings, not a string ('amazon')"),
    ("channels", [1], "channels must be a list of strings, not a list"),
    ("channels", [], "channels must be a list of some of amazon"),
    ("channels", ["amazn"], "channels: unknown channel 'amazn' (did you mean 'amazon'?)"),
    ("refused", ["ebay"], "refused must be a mapping"),
    ("refused", {"ebay": 5}, "refused: ebay must be a reason (a string)"),
    ("refused", {"etsy": "no"}, "refused: unknown channel 'etsy'"),
    ("fields", ["product"], "fields must be a mapping with names as keys, not a list"),
    ("fields", None, "fields must be a mapping with names as keys, not empty (null)"),
    ("example", ["x"], "example must be a mapping"),
    ("example", {"product": {"a": 1}}, "example: product must be a value, not a mapping"),
    ("example", {"prodcut": "x"}, "example: 'prodcut' is not a field (did you mean 'product'?)"),
    ("subject", ["x"], "subject must be a string, not a list"),
    ("marketing", "yes", "marketing must be true or false, not a string ('yes')"),
    ("marketing", None, "marketing must be true or false, not empty (null)"),
    ("common", "buyer", "common must be a list of strings"),
    ("common", ["sellers"], "unknown common field group 'sellers'"),
    ("titel", "x", "unknown key 'titel' (did you mean 'title'?)"),
    ("fields.product", ["text"], "field product: must be a mapping of key: value, not a list"),
    ("fields.product", {"required": True}, "field product: lacks 'type'"),
    ("fields.product.type", 3, "field product: unknown type 3"),
    ("fields.product.required", "yes", "field product: required must be true or false"),
    ("fields.product.help", ["a"], "field product: help must be a string, not a list"),
    ("fields.product.keep", 3, "field product: keep must be one of verbatim, addressee, typed"),
    ("fields.product.requird", True, "field product: unknown key 'requird' (did you mean"),
    ("fields.product.default", {"a": 1}, "field product: default must be a string, a number"),
    ("fields.hours.default", [24], "field hours: default must be a string, a number, not a list"),
    ("fields.hours.default", "soon", "field hours: default 'soon' is not"),
    ("fields.hours.default", True, "field hours: default must be a string, a number"),
    ("fields.Product Name", {"type": "text"}, "field Product Name: a field name is lower-case"),
]


@pytest.mark.parametrize(
    ("path", "value", "problem"), WRONG, ids=[f"{c[0]}={c[1]!r}" for c in WRONG]
)
def test_a_key_of_the_wrong_type_is_one_line_naming_it(
    run: Run, tmp_path: Path, path: str, value: Any, problem: str
) -> None:
    write(tmp_path, with_value(path, value))
    assert problem in refused(run, tmp_path)


def test_a_front_matter_that_is_not_a_mapping_is_refused(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "- id: bad\n")
    assert "must be a mapping of key: value, not a list" in refused(run, tmp_path)


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


YAML_BOMBS = {
    "an alias bomb": (ALIAS_BOMB + "id: bad\n", "YAML anchors and aliases"),
    "a list holding itself": ("id: bad\ntitle: &t [*t]\n", "YAML anchors and aliases"),
    "a huge front matter": (
        with_value("fields.product.help", "x" * 70_000),
        "is over 64,000 characters of YAML",
    ),
    "too many values": (with_value("example.product", [1] * 10_001), "over 10,000 YAML values"),
    "a python tag": ("id: !!python/object/apply:os.system [id]\n", "invalid YAML at line 1"),
    "broken YAML": ("id: bad\ntitle: [x\n", "invalid YAML at line"),
}


@pytest.mark.parametrize(("front", "problem"), YAML_BOMBS.values(), ids=YAML_BOMBS.keys())
def test_a_yaml_bomb_is_refused_quickly(run: Run, tmp_path: Path, front: str, problem: str) -> None:
    write(tmp_path, front)
    line = refused(run, tmp_path)
    assert problem in line and "xxxxxxxx" not in line


def test_a_broken_common_fields_file_is_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "_common.yaml").write_text("- buyer\n", encoding="utf-8")
    write(tmp_path, with_value("common", ["buyer"]))
    line = refused(run, tmp_path)
    assert line == "error: template _common.yaml: must be a mapping of group: fields\n"


# The bytecode cache.


def render_fine(run: Run, folder: Path) -> str:
    (folder / "fine.j2").write_text(
        with_value("id", "fine").join(["---\n", "---\nThanks for the {{ product }}.\n"]), "utf-8"
    )
    result = run("render", "fine", "--set", "product=lamp", "--templates-dir", str(folder))
    return result.out


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_the_bytecode_cache_is_the_users_alone(run: Run, tmp_path: Path) -> None:
    assert render_fine(run, tmp_path).endswith("Thanks for the lamp.\n")
    folder = templating.cache_folder()
    assert folder is not None and stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_an_open_cache_folder_of_an_older_version_is_closed_and_emptied(
    run: Run, tmp_path: Path
) -> None:
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "sellermail" / "jinja"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    stale = folder / "__jinja2_0123.cache"
    stale.write_bytes(b"compiled /proc/self/environ")
    render_fine(run, tmp_path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and not stale.exists()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_file_others_could_write_is_never_loaded(run: Run, tmp_path: Path) -> None:
    render_fine(run, tmp_path)
    folder = templating.cache_folder()
    assert folder is not None
    (cached,) = folder.iterdir()
    data = cached.read_bytes()
    header = data[: data.index(b"\n", data.index(b"\n") + 1) + 1]
    env = templating.environment((tmp_path, builtin_dir()))
    planted = header + marshal.dumps(env.compile("PLANTED", "fine.j2", "fine.j2"))
    for mode, expected in [(0o666, "Thanks for the lamp.\n"), (0o600, "PLANTED\n")]:
        cached.write_bytes(planted)  # (a rendering that ignores it writes its own)
        cached.chmod(mode)
        templating.environment.cache_clear()  # a new run: templates are looked up again
        assert render_fine(run, tmp_path).endswith(expected)
