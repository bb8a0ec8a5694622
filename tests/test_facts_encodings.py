"""Facts files and drafts from Chinese Windows (GB18030) and from "Unicode Text" exports
(UTF-16, with or without a byte-order mark) go through the one decoder, from a file or from
standard input, end to end: the message holds the buyer's name as written, and ``check``
passes the draft that was rendered."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import sellermail
from conftest import Result

Run = Callable[..., Result]
FACTS = {"tracking_number": "LX123456785CN", "buyer_name": "王芳", "carrier": "顺丰速运"}
YAML = "".join(f"{field}: {value}\n" for field, value in FACTS.items())
JSON = "{" + ", ".join(f'"{field}": "{value}"' for field, value in FACTS.items()) + "}"
ENCODINGS = ["gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(("name", "text"), [("facts.yaml", YAML), ("facts.json", JSON)])
def test_a_facts_file_in_a_chinese_or_utf16_encoding_renders_the_buyers_name(
    run: Run, tmp_path: Path, encoding: str, name: str, text: str
) -> None:
    facts = tmp_path / name
    facts.write_bytes(text.encode(encoding))
    result = run("render", "shipping-in-transit", "--facts", str(facts))
    assert result.code == 0, result.err
    assert result.out.startswith("Hi 王芳,") and "顺丰速运" in result.out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_facts_on_standard_input_are_decoded_from_their_bytes(
    run: Run, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(YAML.encode(encoding))))
    result = run("render", "shipping-in-transit", "--facts", "-")
    assert result.code == 0, result.err
    assert result.out.startswith("Hi 王芳,")


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("where", ["file", "stdin"])
def test_a_draft_in_a_chinese_or_utf16_encoding_passes_check(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, where: str
) -> None:
    draft = sellermail.render("shipping-in-transit", FACTS).text
    facts = tmp_path / "facts.yaml"
    facts.write_bytes(YAML.encode("gb18030"))
    path = tmp_path / "draft.txt"
    path.write_bytes(draft.encode(encoding))
    if where == "stdin":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    source = str(path) if where == "file" else "-"
    result = run("check", "shipping-in-transit", "--facts", str(facts), source)
    assert (result.code, result.out) == (0, "ok: no violations\n"), result.err


def test_a_changed_name_in_a_gb18030_draft_is_still_caught(run: Run, tmp_path: Path) -> None:
    draft = sellermail.render("shipping-in-transit", FACTS).text.replace(
        "LX123456785CN", "LX123456758CN"
    )
    path = tmp_path / "draft.txt"
    path.write_bytes(draft.encode("gb18030"))
    result = run("check", "shipping-in-transit", "--set", "tracking_number=LX123456785CN",
                 "--set", "buyer_name=王芳", "--set", "carrier=顺丰速运", str(path))  # fmt: skip
    assert result.code == 1 and "LX123456758CN" in result.out
