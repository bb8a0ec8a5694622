"""Each field type of the spec: what it accepts, how it normalises, what it rejects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from sellermail.compose.fieldtypes import PARSERS, Context, s10_check_digit
from sellermail.compose.money import Money, marketplace_currency
from sellermail.errors import FactError

ACCEPTED: list[tuple[str, Any, str]] = [
    ("asin", "B08N5WRWNW", "B08N5WRWNW"),
    ("asin", "b08n5wrwnw", "B08N5WRWNW"),
    ("asin", "0306406152", "0306406152"),  # ISBN-10
    ("asin", "080442957X", "080442957X"),  # ISBN-10 with X check digit
    ("asin_list", "B08N5WRWNW, B07XJ8C8F5", "['B08N5WRWNW', 'B07XJ8C8F5']"),
    ("asin_list", ["B08N5WRWNW", "b08n5wrwnw"], "['B08N5WRWNW']"),
    ("order_id", "113-4567890-1234567", "113-4567890-1234567"),
    ("tracking_number", "LX123456785CN", "LX123456785CN"),
    ("tracking_number", "1z999aa10123456784", "1Z999AA10123456784"),
    ("tracking_number", "9400 1118 9922 3197 4284 90", "9400111899223197428490"),
    ("tracking_number", "4863-2207-1911", "486322071911"),  # as Yamato prints it
    ("tracking_number", "jp-1234-5678", "JP12345678"),
    ("seller_id", "a2example1234x", "A2EXAMPLE1234X"),
    ("money", "15", "$15.00"),
    ("money", "15.5", "$15.50"),
    ("money", "$15.00", "$15.00"),
    ("money", "USD 15", "$15.00"),
    ("money", "EUR 9,90", "€9.90"),
    ("money", "9,90 €", "€9.90"),
    ("money", "£5", "£5.00"),
    ("money", "JPY 1500", "¥1,500"),
    ("money", "1.234,50 EUR", "€1,234.50"),
    ("money", "CAD 20", "CAD 20.00"),
    ("hours", "24", "24"),
    ("hours", "48 hours", "48"),
    ("days", "2", "2"),
    ("business_days", "3 business days", "3"),
    ("day_range", "7-15", "7–15"),
    ("day_range", "7–15", "7–15"),
    ("day_range", "7 to 15 days", "7–15"),
    ("day_range", "10", "10"),
    ("percent", "1", "1%"),
    ("percent", "1.5%", "1.5%"),
    ("count", "2", "2"),
    ("date", "2014-01-23", "January 23, 2014"),
    ("date", dt.date(2024, 2, 29), "February 29, 2024"),
    ("offers", "replacement, full refund", "['replacement', 'full_refund']"),
    ("offers", ["Claim-Code", "resend"], "['claim_code', 'resend']"),
    ("email", "vip@maplehome.example", "vip@maplehome.example"),
    ("name", "  Maple   Home ", "Maple Home"),
    ("text", "has reached your local post office", "has reached your local post office"),
    ("list", "Removed the listing; Retrained staff", "['Removed the listing', 'Retrained staff']"),
    ("list", "Color: Red, Size: M", "['Color: Red', 'Size: M']"),
    ("list", ["one, with a comma", "two"], "['one, with a comma', 'two']"),
]

REJECTED: list[tuple[str, Any, str]] = [
    ("asin", "B08N5WRWN", "is not an ASIN"),
    ("asin", "X08N5WRWNW", "is not an ASIN"),
    ("asin", "0306406153", "is not an ASIN"),  # ISBN-10 with a wrong check digit
    ("asin_list", "B08N5WRWNW, nope", "'nope' is not an ASIN"),
    ("asin_list", " , ", "is an empty list"),
    ("order_id", "1134567890-1234567", "is not an Amazon order id"),
    ("order_id", "113-4567890-123456", "is not an Amazon order id"),
    ("tracking_number", "LX12345", "is not a tracking number"),
    ("tracking_number", "4863--2207-1911", "is not a tracking number"),
    ("tracking_number", "-486322071911", "is not a tracking number"),
    ("tracking_number", "123-456-7", "is not a tracking number"),  # 7 digits, however grouped
    ("seller_id", "B2EXAMPLE1234X", "is not an Amazon merchant token"),
    ("seller_id", "A2EX", "is not an Amazon merchant token"),
    ("money", "fifteen", "is not an amount of money"),
    ("money", "0", "must be more than zero"),
    ("money", "15.999", "is ambiguous"),
    ("money", "15.9999", "at most 2 decimal places"),
    ("money", "XYZ 15", "unknown currency 'XYZ'"),
    ("money", "$15 USD", "is not an amount of money"),
    ("hours", "0", "is not a positive whole number of hours"),
    ("hours", "1.5", "is not a positive whole number of hours"),
    ("hours", "soon", "is not a positive whole number of hours"),
    ("days", "-2", "is not a positive whole number of days"),
    ("business_days", "3 weeks", "is not a positive whole number of days"),
    ("day_range", "15-7", "the first no larger"),
    ("day_range", "a week", "is not a range of days"),
    ("percent", "150", "is not a percentage"),
    ("percent", "abc", "is not a percentage"),
    ("count", "two", "is not a positive whole number"),
    ("date", "06/02/2014", "is not a date (expected YYYY-MM-DD)"),
    ("date", "2014-02-30", "is not a date"),
    ("offers", "refund", "is not a remedy"),
    ("offers", "replacment", "did you mean 'replacement'"),
    ("email", "vip@", "is not an e-mail address"),
    ("name", "   ", "is empty"),
    ("name", ["a", "b"], "expected a single value"),
    ("text", "x" * 1001, "at most 1000"),
    ("list", " ; ", "is an empty list"),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), ACCEPTED)
def test_accepted_values_normalise(kind: str, raw: Any, expected: str) -> None:
    assert str(PARSERS[kind]("f", raw, Context())) == expected


@pytest.mark.parametrize(("kind", "raw", "message"), REJECTED)
def test_rejected_values_name_field_and_problem(kind: str, raw: Any, message: str) -> None:
    with pytest.raises(FactError) as info:
        PARSERS[kind]("the_field", raw, Context())
    assert str(info.value).startswith("the_field: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_every_spec_type_has_a_parser_and_test_cases() -> None:
    spec_types = {
        "asin",
        "asin_list",
        "order_id",
        "tracking_number",
        "seller_id",
        "money",
        "hours",
        "days",
        "business_days",
        "day_range",
        "percent",
        "count",
        "date",
        "offers",
        "email",
        "name",
        "text",
        "list",
    }
    assert set(PARSERS) == spec_types
    assert {kind for kind, _, _ in ACCEPTED} == spec_types
    assert {kind for kind, _, _ in REJECTED} == spec_types


def test_other_channels_accept_any_plain_order_id() -> None:
    assert (
        PARSERS["order_id"]("o", "WM-20241105-77", Context(channel="walmart")) == "WM-20241105-77"
    )
    with pytest.raises(FactError, match="is not an order id"):
        PARSERS["order_id"]("o", "#12", Context(channel="ebay"))


def test_bare_amount_takes_the_marketplace_currency() -> None:
    euro = Context(currency=marketplace_currency("Amazon.de"))
    assert PARSERS["money"]("m", "9,90", euro) == Money(Decimal("9.90"), "EUR")
    assert marketplace_currency("amazon.co.uk") == "GBP"
    assert marketplace_currency("Amazon.co.jp") == "JPY"
    assert marketplace_currency("Walmart") == "USD"


def test_s10_check_digit_matches_the_upu_algorithm() -> None:
    assert s10_check_digit("12345678") == 5  # LX123456785CN
    ctx = Context()
    PARSERS["tracking_number"]("tracking_number", "LX123456785CN", ctx)
    assert ctx.warnings == []


def test_wrong_s10_check_digit_is_a_warning_not_an_error() -> None:
    ctx = Context()
    assert PARSERS["tracking_number"]("tracking_number", "LX123456784CN", ctx) == "LX123456784CN"
    assert ctx.warnings == [
        "tracking_number: LX123456784CN fails the UPU S10 check digit (expected 5); "
        "check it was copied correctly"
    ]


def test_values_print_back_to_parseable_plain_forms() -> None:
    from sellermail.compose.fieldtypes import plain

    ctx = Context()
    for kind, raw in [
        ("money", "EUR 9,90"),
        ("day_range", "7-15"),
        ("date", "2014-01-23"),
        ("percent", "1.5"),
    ]:
        value = PARSERS[kind]("f", raw, ctx)
        assert PARSERS[kind]("f", plain(value), ctx) == value
