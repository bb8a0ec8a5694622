"""A facts file is a mapping of field: value. One that nests deeply, expands YAML aliases,
gives a key twice or uses a list as a key is refused with one line naming the file (and the
line), instead of a traceback, minutes of work or a silent choice."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., Result]

#: The "billion laughs": 9**9 strings from a few hundred bytes.
ALIAS_BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def render(run: Run, path: Path, text: str) -> Result:
    path.write_text(text, encoding="utf-8")
    return run("render", "shipping-in-transit", "--facts", str(path))


def refused(result: Result, path: Path, problem: str) -> None:
    assert result.code == 2, result
    assert result.err == f"error: facts file {str(path)!r}: {problem}\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deep-value.json", '{"carrier": ' + "[" * 5_000 + "]" * 5_000 + "}"),
        ("just-too-deep.json", '{"carrier": ' + "[" * 20 + "]" * 20 + "}"),
    ],
)
def test_deeply_nested_json_is_refused(run: Run, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    refused(render(run, path, text), path, "is nested more than 20 levels deep")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("carrier: " + "[" * 30 + "]" * 30 + "\n", 1),
        ("carrier:\n" + "".join(" " * i + "-\n" for i in range(1, 40)), 21),
    ],
    ids=["flow", "block"],
)
def test_deeply_nested_yaml_is_refused_at_its_line(
    run: Run, tmp_path: Path, text: str, line: int
) -> None:
    path = tmp_path / "deep.yaml"
    refused(render(run, path, text), path, f"line {line}: is nested more than 20 levels deep")


def test_yaml_nested_beyond_the_parsers_own_limit_is_one_line(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "deeper.yaml"
    result = render(run, path, "carrier: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert result.code == 2 and result.err.count("\n") == 1, result
    assert result.err.startswith(f"error: facts file {str(path)!r}: ")


def test_nesting_a_facts_file_needs_is_read(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    text = "brand: Lumora\noffender: Quick\nevidence: a test buy\nasins:\n  - B08N5WRWNW\n  - B07XJ8C8F5\n"
    path.write_text(text, encoding="utf-8")
    result = run("render", "hijacker-cease-desist", "--facts", str(path))
    assert result.code == 0, result.err
    assert "B07XJ8C8F5" in result.out


def test_a_yaml_alias_bomb_is_refused_at_once(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    started = time.monotonic()
    result = render(run, path, ALIAS_BOMB)
    assert time.monotonic() - started < 5
    refused(
        result, path, "line 2: YAML aliases (*a) are not allowed here; write the value out in full"
    )


def test_any_yaml_alias_is_refused_in_a_facts_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    text = "carrier: &c USPS\nbuyer_name: *c\ntracking_number: LX123456785CN\n"
    refused(
        render(run, path, text),
        path,
        "line 2: YAML aliases (*c) are not allowed here; write the value out in full",
    )


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("twice.yaml", "tracking_number: LX123456785CN\ncarrier: UPS\ntracking_number: LX000000000CN\n",
         "line 3: the key 'tracking_number' is given twice; keep one"),
        ("twice.json", '{"tracking_number": "LX123456785CN", "tracking_number": "LX000000000CN"}',
         "the key 'tracking_number' is given twice; keep one"),
        ("nested-twice.yaml", "asins:\n- {a: 1, a: 2}\n", "line 2: the key 'a' is given twice; keep one"),
    ],
)  # fmt: skip
def test_a_key_given_twice_is_refused_by_name(
    run: Run, tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = tmp_path / name
    refused(render(run, path, text), path, problem)


@pytest.mark.parametrize(
    "text",
    ["? [tracking_number]\n: LX123456785CN\n", "{[a, b]: 1}\n", "? {a: 1}\n: x\n"],
)
def test_a_list_or_mapping_as_a_key_is_refused(run: Run, tmp_path: Path, text: str) -> None:
    path = tmp_path / "key.yaml"
    refused(render(run, path, text), path, "line 1: a key must be text, not a list or mapping")


def test_keys_that_look_like_numbers_or_dates_stay_text(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    result = render(run, path, "2024-01-01: x\n")
    assert result.err == "error: 2024-01-01: is not a field of shipping-in-transit\n"


def test_a_second_yaml_document_is_refused(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    text = "tracking_number: LX123456785CN\n---\ncarrier: UPS\n"
    refused(render(run, path, text), path, "line 2: a second YAML document (---); keep one")


def test_a_json_number_too_long_to_read_is_refused(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "long.json"
    text = json.dumps({"carrier": 1}).replace("1", "1" * 5000)
    refused(
        render(run, path, text), path, "holds a number too long to read (more than 4,300 digits)"
    )
