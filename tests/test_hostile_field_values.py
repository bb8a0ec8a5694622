"""Field values a marketplace would never show: digits that are digits only to Python
(superscript, Arabic-Indic, full-width), amounts too large to be money, a reversed range, a
marketplace that does not exist, a value of megabytes, a field name that is not text. Each is
refused with the field's expected shape, on one line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import sellermail
from conftest import Result
from sellermail.compose.fieldtypes import PARSERS, Context
from sellermail.errors import FactError

Run = Callable[..., Result]

#: Each is a digit to int(), str.isdigit() or re's \d, and none is one to a marketplace.
FOREIGN_DIGITS = {
    "superscript": "²",
    "arabic-indic": "١٢٣",
    "extended-arabic-indic": "۱۲۳",
    "devanagari": "१२३",
    "full-width": "１２３",
    "mathematical": "𝟏𝟐𝟑",
}

#: field type -> a valid value whose digits are replaced by the foreign ones
SHAPES = {
    "hours": "{}",
    "days": "{}",
    "business_days": "{} days",
    "count": "{}",
    "day_range": "7-{}",
    "percent": "{}%",
    "order_id": "{}-4567890-1234567",
    "asin": "B0{}XJ8C8F",
    "asin_list": "B08N5WRWNW, B0{}XJ8C8F",
    "tracking_number": "LX{}456785CN",
    "seller_id": "A2EXAMPLE{}X",
    "money": "EUR {}",
    "date": "2024-02-{}",
}


@pytest.mark.parametrize("kind", sorted(FOREIGN_DIGITS))
@pytest.mark.parametrize("type_", sorted(SHAPES))
def test_digits_that_are_not_ascii_are_refused_in_every_number_and_id(
    type_: str, kind: str
) -> None:
    digits = FOREIGN_DIGITS[kind]
    value = SHAPES[type_].format(digits if type_ != "date" else digits[:2])
    with pytest.raises(FactError) as caught:
        PARSERS[type_]("f", value, Context())
    assert caught.value.field == "f"
    assert "expected" in caught.value.problem or "positive" in caught.value.problem


@pytest.mark.parametrize("type_", ["asin", "asin_list"])
def test_an_isbn_in_arabic_indic_digits_is_not_an_asin(type_: str) -> None:
    assert PARSERS[type_]("f", "0306406152", Context()) in ("0306406152", ["0306406152"])
    with pytest.raises(FactError, match="is not an ASIN"):
        PARSERS[type_]("f", "٠٣٠٦٤٠٦١٥٢", Context())  # the same ISBN-10


@pytest.mark.parametrize("type_", ["asin", "tracking_number", "seller_id"])
def test_letters_that_capitalise_into_ascii_are_not_taken_for_an_id(type_: str) -> None:
    # "ß".upper() == "SS", "ﬀ".upper() == "FF": a different ID from what was typed
    value = {"asin": "B0ABCDEFß", "tracking_number": "LXﬀ3456785CN", "seller_id": "A2EXAMPLEßß"}
    with pytest.raises(FactError, match="is not"):
        PARSERS[type_]("f", value[type_], Context())


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["hijacker-cease-desist", "--set", "brand=L", "--set", "offender=Q", "--set",
          "asins=B08N5WRWNW", "--set", "evidence=a test buy", "--set", "deadline_hours=²"],
         "deadline_hours: '²' is not a positive whole number of hours (1 to 999,999)"),
        (["wrong-address", "--set", "order_id=١١٣-٤٥٦٧٨٩٠-١٢٣٤٥٦٧"],
         "order_id: '١١٣-٤٥٦٧٨٩٠-١٢٣٤٥٦٧' is not an Amazon order id (expected 3-7-7 digits, "
         "like 113-4567890-1234567)"),
        (["return-size-mismatch", "--set", "product=shirt", "--set",
          "partial_refund=123456789012345678901234567"],
         "partial_refund: '123456789012345678901234567' is too large an amount (at most "
         "9,999,999,999.99)"),
        (["return-size-mismatch", "--set", "product=shirt", "--set", "partial_refund=€ 10000000000"],
         "partial_refund: '€ 10000000000' is too large an amount (at most 9,999,999,999.99)"),
        (["delivery-time-info", "--set", "delivery_days=10-5"],
         "delivery_days: '10-5' must be two positive numbers, the first no larger"),
        (["hijacker-cease-desist", "--set", "brand=L", "--set", "offender=Q", "--set",
          "asins=B08N5WRWNW", "--set", "evidence=a test buy", "--set", "deadline_hours=99999999999999999999"],
         "deadline_hours: '99999999999999999999' is not a positive whole number of hours "
         "(1 to 999,999)"),
    ],
)  # fmt: skip
def test_a_hostile_value_on_the_command_line_is_one_line_naming_the_field(
    run: Run, args: list[str], error: str
) -> None:
    result = run("render", *args)
    assert (result.code, result.err) == (2, f"error: {error}\n")


def test_an_unknown_marketplace_is_refused_with_the_known_ones(run: Run) -> None:
    result = run("render", "shipping-in-transit", "--set", "tracking_number=LX123456785CN",
                 "--set", "marketplace=Mars")  # fmt: skip
    assert result.code == 2 and result.err.count("\n") == 1
    assert result.err.startswith("error: marketplace: 'Mars' is not a marketplace sellermail knows")
    assert (
        "Amazon.com, Amazon.de" in result.err and ".co.uk" in result.err and "Walmart" in result.err
    )


@pytest.mark.parametrize(
    ("marketplace", "written"),
    [("Amazon.de", "9,90\u00a0€"), ("amazon.co.uk", "£9.90"), ("Walmart", "$9.90"),
     ("lumora-shop.com", "$9.90"), ("ebay.ch", "CHF 9.90")],
)  # fmt: skip
def test_a_known_marketplace_still_sets_the_currency(marketplace: str, written: str) -> None:
    message = sellermail.render("return-size-mismatch",
                                {"product": "shirt", "partial_refund": "9.90", "marketplace": marketplace})  # fmt: skip
    assert written in message.body


@pytest.mark.parametrize(
    "value",
    ["x" * 10_000_000, "x " * 5_000_000, "٣" * 1_000_000, ["B08N5WRWNW"] * 100_000],
    ids=["10-MB", "spaced", "digits", "long-list"],
)
def test_a_very_long_value_is_refused_quickly_and_briefly(value: Any) -> None:
    field = "asins" if isinstance(value, list) else "brand"
    facts = {
        "brand": "L",
        "offender": "Q",
        "asins": "B08N5WRWNW",
        "evidence": "a test buy",
        field: value,
    }
    try:
        sellermail.render("hijacker-cease-desist", facts)
    except FactError as error:
        assert len(str(error)) < 300
    else:
        assert field == "asins"  # a long list of one ASIN is one ASIN


def test_a_field_name_that_is_not_text_is_refused() -> None:
    with pytest.raises(FactError, match="a field name must be text, not int"):
        sellermail.render("shipping-in-transit", {1: "x", "tracking_number": "LX123456785CN"})


def test_an_odd_field_name_stays_on_one_line(run: Run, tmp_path: Any) -> None:
    facts = tmp_path / "odd.yaml"
    facts.write_text('"carrier\\nerror: forged": UPS\n' + "x" * 500 + ": 1\n", encoding="utf-8")
    result = run("render", "shipping-in-transit", "--facts", str(facts))
    assert result.err == "error: 'carrier\\nerror: forged': is not a field of shipping-in-transit\n"


@pytest.mark.parametrize(
    "value",
    [10**5000, [[[[["B08N5WRWNW"]]]]], {"a": 1}, float("nan")],
    ids=["huge-int", "nested-list", "mapping", "nan"],
)
def test_a_value_of_the_wrong_kind_from_the_library_is_a_fact_error(value: Any) -> None:
    facts = {"brand": "L", "offender": "Q", "asins": "B08N5WRWNW", "evidence": "a test buy",
             "deadline_hours": value}  # fmt: skip
    with pytest.raises(FactError, match=r"^deadline_hours: "):
        sellermail.render("hijacker-cease-desist", facts)


def test_a_span_of_dates_that_runs_backwards_is_refused(run: Run, tmp_path: Any) -> None:
    example = tmp_path / "odr.yaml"
    example.write_text(run("show", "appeal-odr", "--example").out, encoding="utf-8")
    result = run("render", "appeal-odr", "--facts", str(example), "--channel", "email",
                 "--set", "inactive_from=2024-03-01", "--set", "inactive_to=2024-02-18")  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "error: inactive_from: 2024-03-01 is after inactive_to 2024-02-18 "
        "(a span runs from the earlier date to the later)\n"
    )
