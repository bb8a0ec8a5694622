"""A tracking number as sellers copy it, in groups ("4863-2207-1911", as Japanese carriers
print theirs): accepted as the number it groups, and kept by a draft that writes it grouped or
not, while one changed digit is still a changed number. (Numbers and sentences of our own.)"""

from __future__ import annotations

from typing import Any

import pytest

import sellermail
from drafted import blocking

FACTS = {"order_id": "503-7654321-7654321", "marketplace": "Amazon.co.jp"}


def _blocks(facts: dict[str, Any], text: str, language: str) -> list[str]:
    return blocking(sellermail.check("shipping-in-transit", facts, text, language=language))


def _message(tracking: str, language: str) -> tuple[dict[str, Any], str]:
    facts = FACTS | {"tracking_number": tracking}
    return facts, sellermail.render("shipping-in-transit", facts, language=language).body


def test_a_number_typed_in_hyphen_groups_is_the_number_it_groups() -> None:
    _, text = _message("5102-3344-7781", "ja")
    assert "510233447781" in text and "5102-3344-7781" not in text


@pytest.mark.parametrize("language", ["ja", "en", "de"])
@pytest.mark.parametrize("written", ["5102-3344-7781", "5102 3344 7781"])
def test_a_draft_keeps_a_grouped_number_however_it_groups_it(language: str, written: str) -> None:
    facts, text = _message("5102-3344-7781", language)
    assert "510233447781" in text
    assert not _blocks(facts, text.replace("510233447781", written), language)


@pytest.mark.parametrize("written", ["5102-3344-7781", "5102 3344 7781"])
def test_a_draft_keeps_a_plain_number_written_in_groups(written: str) -> None:
    facts, text = _message("510233447781", "ja")
    assert not _blocks(facts, text.replace("510233447781", written), "ja")


@pytest.mark.parametrize("written", ["5102-3344-7782", "510233447782", "5102-3344-778"])
def test_one_changed_digit_of_a_grouped_number_is_caught(written: str) -> None:
    facts, text = _message("5102-3344-7781", "ja")
    assert "510233447781" in text
    blocks = _blocks(facts, text.replace("510233447781", written), "ja")
    assert any("tracking_number" in b for b in blocks), blocks
