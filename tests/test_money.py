"""Money, read one way everywhere: field values, the guard's mentions and refund phrasings, and
the amounts triage keeps from inbound messages, for every currency the marketplaces use."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sellermail
from sellermail.compose.fieldtypes import PARSERS, Context
from sellermail.compose.money import (
    CURRENCIES,
    FAMILIES,
    PLACES,
    Money,
    find_amounts,
    marketplace_currency,
    money_key,
    parse_amount,
    same_currency,
)
from sellermail.errors import FactError
from sellermail.guard.mentions import mentions
from sellermail.guard.remedies import offered
from sellermail.guard.verdict import guard
from sellermail.pipeline.ledgers import ledger_for
from sellermail.triage.classify import triage
from sellermail.triage.message import parse_message

#: Every currency an Amazon marketplace (or a seller's own shop) is paid in.
MARKETPLACE_CURRENCIES = sorted(
    "USD EUR GBP JPY CAD AUD MXN CHF SEK PLN NZD SGD AED SAR INR BRL TRY DKK NOK CNY".split()
)
CODES = sorted(CURRENCIES)

#: (as written, currency, amount): symbols, prefixes and words, before and after the number.
WRITTEN = [
    ("$5", "USD", "5"),
    ("US$ 5", "USD", "5"),
    ("C$5", "CAD", "5"),
    ("CA$ 5", "CAD", "5"),
    ("CDN$ 3,460.12", "CAD", "3460.12"),
    ("A$5", "AUD", "5"),
    ("AU$ 5", "AUD", "5"),
    ("MX$ 200", "MXN", "200"),
    ("NZ$5", "NZD", "5"),
    ("S$5", "SGD", "5"),
    ("R$ 49,90", "BRL", "49.90"),
    ("€5", "EUR", "5"),
    ("9,90 €", "EUR", "9.90"),
    ("1.234,56 €", "EUR", "1234.56"),
    ("£5.50", "GBP", "5.50"),
    ("¥1,500", "JPY", "1500"),
    ("￥1,500", "JPY", "1500"),
    ("1,500円", "JPY", "1500"),
    ("CHF 5", "CHF", "5"),
    ("5 Fr.", "CHF", "5"),
    ("5 SEK", "SEK", "5"),
    ("5 kr", "SEK", "5"),
    ("49,90 zł", "PLN", "49.90"),
    ("PLN 5", "PLN", "5"),
    ("₹500", "INR", "500"),
    ("Rs. 500", "INR", "500"),
    ("₺50", "TRY", "50"),
    ("RMB 50", "CNY", "50"),
    ("50元", "CNY", "50"),
    ("E£50", "EGP", "50"),
    ("5 euros", "EUR", "5"),
    ("5 pounds", "GBP", "5"),
]


def _money(amount: str | int, code: str) -> Money:
    """``amount`` in ``code``, to that currency's decimal places (as a field value is)."""
    return Money(Decimal(amount).quantize(Decimal(1).scaleb(-PLACES[code])), code)


def _field(raw: str, currency: str = "USD") -> Money:
    value = PARSERS["money"]("partial_refund", raw, Context(currency=currency))
    assert isinstance(value, Money)
    return value


def _money_mentions(text: str) -> list[tuple[Decimal, str]]:
    return [(m.key[1], m.key[2]) for m in mentions(text) if m.kind == "money"]


def _amounts(body: str) -> list[str] | None:
    facts = triage(parse_message(body.encode(), "t")).facts
    return facts.get("amounts")


# ------------------------------------------------------------------ every currency, four places


@pytest.mark.parametrize("code", MARKETPLACE_CURRENCIES)
def test_every_marketplace_currency_is_known(code: str) -> None:
    assert code in CURRENCIES


@pytest.mark.parametrize("code", CODES)
def test_a_field_value_takes_the_iso_code_before_or_after_the_amount(code: str) -> None:
    assert _field(f"{code} 5") == _field(f"5 {code}") == _money(5, code)


@pytest.mark.parametrize("code", CODES)
def test_the_guard_finds_an_amount_in_any_currency(code: str) -> None:
    text = f"We will refund {code} 12.00 today, and 3 {code} more tomorrow."
    assert _money_mentions(text) == [(Decimal(12), code), (Decimal(3), code)]


@pytest.mark.parametrize("code", CODES)
def test_a_refund_of_an_amount_in_any_currency_is_a_partial_refund(code: str) -> None:
    assert offered(f"We can offer you a refund of {code} 5 for the trouble.") == {"partial_refund"}
    assert offered(f"We will send you 5 {code} back.") == {"partial_refund"}


@pytest.mark.parametrize("code", CODES)
def test_triage_keeps_an_amount_in_any_currency_as_written(code: str) -> None:
    body = f"Hello, I paid {code} 1,234.50 and the shipping was 4,50 {code}. Where is it?"
    assert _amounts(body) == [f"{code} 1,234.50", f"4,50 {code}"]


@pytest.mark.parametrize(("written", "code", "amount"), WRITTEN)
def test_each_notation_means_its_currency_in_a_field_value(
    written: str, code: str, amount: str
) -> None:
    assert _field(written) == Money(
        Decimal(amount).quantize(Decimal(1).scaleb(-PLACES[code])), code
    )


@pytest.mark.parametrize(("written", "code", "amount"), WRITTEN)
def test_each_notation_is_a_mention_the_guard_compares(
    written: str, code: str, amount: str
) -> None:
    [(value, key)] = _money_mentions(f"We refunded {written} yesterday.")
    assert value == Decimal(amount) and same_currency(key, code)


@pytest.mark.parametrize(("written", "code", "amount"), WRITTEN)
def test_each_notation_after_refund_is_a_partial_refund(
    written: str, code: str, amount: str
) -> None:
    assert offered(f"We would like to offer a refund of {written}.") == {"partial_refund"}


@pytest.mark.parametrize(("written", "code", "amount"), WRITTEN)
def test_each_notation_is_an_amount_triage_keeps(written: str, code: str, amount: str) -> None:
    assert _amounts(f"Hi, I paid {written} for it and it broke. Regards") == [written]


# ------------------------------------------------------------------ the reported faults


def test_a_refund_in_swiss_francs_is_a_partial_refund_not_a_bare_one() -> None:
    assert offered("We can give you a refund of CHF 5 for the trouble.") == {"partial_refund"}


def test_crowns_back_are_a_partial_refund() -> None:
    assert offered("Keep the shoes and we will send you 5 SEK back.") == {"partial_refund"}


def test_a_bare_refund_stays_bare() -> None:
    assert offered("We can give you a refund of 5 for the trouble.") == {"refund"}


def test_triage_finds_francs_and_crowns() -> None:
    assert _amounts("Ich habe CHF 49.90 bezahlt, und 5 SEK Porto.") == ["CHF 49.90", "5 SEK"]


def test_a_draft_offering_a_refund_of_francs_offers_the_partial_refund() -> None:
    facts = {"order_id": "113-4567890-1234567", "partial_refund": "CHF 5"}
    ledger = ledger_for("wrong-address", facts)  # offers a resend, a partial and a full refund
    assert "a partial refund of CHF 5.00" in ledger.base
    for amount in ("CHF 5.00", "5 CHF", "5 Fr."):
        draft = ledger.base.replace("a partial refund of CHF 5.00", f"a refund of {amount}")
        assert guard(ledger, draft).violations == (), amount


def test_a_changed_amount_in_francs_is_missing_and_invented() -> None:
    facts = {"order_id": "113-4567890-1234567", "partial_refund": "CHF 5"}
    ledger = ledger_for("wrong-address", facts)
    report = guard(ledger, ledger.base.replace("CHF 5.00", "CHF 6.00"))
    changed = {(v.kind, v.fact) for v in report.violations}
    assert ("missing_fact", "partial_refund") in changed and ("invented_fact", None) in changed


def test_an_amount_in_another_currency_is_not_the_fact() -> None:
    facts = {"order_id": "113-4567890-1234567", "partial_refund": "CHF 5"}
    ledger = ledger_for("wrong-address", facts)
    report = guard(ledger, ledger.base.replace("CHF 5.00", "5.00 SEK"))
    assert ("missing_fact", "partial_refund") in {(v.kind, v.fact) for v in report.violations}


# ------------------------------------------------------------------ ambiguous marks


@pytest.mark.parametrize(
    ("marketplace", "currency"),
    [("amazon.se", "SEK"), ("Amazon.ca", "CAD"), ("amazon.sg", "SGD"), ("amazon.cn", "CNY"),
     ("amazon.co.jp", "JPY"), ("amazon.pl", "PLN"), ("amazon.ae", "AED"), ("amazon.de", "EUR"),
     ("ebay.ch", "CHF"), ("amazon.com", "USD")],
)  # fmt: skip
def test_the_marketplace_names_the_currency_of_bare_amounts(
    marketplace: str, currency: str
) -> None:
    assert marketplace_currency(marketplace) == currency
    assert _field("5", marketplace_currency(marketplace)).currency == currency


@pytest.mark.parametrize(
    ("written", "currency", "meant"),
    [("$5", "CAD", "CAD"), ("$5", "SGD", "SGD"), ("$5", "MXN", "MXN"), ("$5", "EUR", "USD"),
     ("5 dollars", "AUD", "AUD"), ("5 kr", "SEK", "SEK"), ("5 kr", "NOK", "NOK"),
     ("kr. 5", "DKK", "DKK"), ("5 kr", "EUR", "SEK"), ("¥500", "CNY", "CNY"),
     ("¥500", "JPY", "JPY"), ("¥500", "USD", "JPY"), ("500円", "CNY", "JPY"),
     ("US$5", "CAD", "USD")],
)  # fmt: skip
def test_a_mark_of_several_currencies_takes_the_marketplaces(
    written: str, currency: str, meant: str
) -> None:
    assert _field(written, currency).currency == meant


def test_dollars_crowns_and_yen_in_a_draft_match_any_of_their_currencies() -> None:
    for family, members in FAMILIES.items():
        for code in members:
            assert same_currency(family, code) and same_currency(code, family)
    assert not same_currency("$", "SEK") and not same_currency("kr", "¥")
    assert not same_currency("CAD", "USD")


def test_yen_in_a_chinese_draft_is_the_yuan_fact() -> None:
    facts = {"order_id": "113-4567890-1234567", "partial_refund": "50", "marketplace": "amazon.cn"}
    ledger = ledger_for("wrong-address", facts)
    assert "CNY 50.00" in ledger.base
    assert guard(ledger, ledger.base.replace("CNY 50.00", "¥50")).ok


@pytest.mark.parametrize(
    "text",
    [
        "We will call on Fr. 5 June.",
        "Shipped from France 5 days ago.",
        "A 14 Fr catheter, 2 in the box.",
        "Our partner in Ukraine 5 times a year.",
        "Skr 5 is not a currency.",
        "5 krill oil capsules.",
        "Try 5 more times, please.",
        "Mix 2 TL sugar into the tea.",
        "Your order of 5 items ships in PLN warehouses.",
        "Give it 3 tries and 5 minutes.",
    ],
)
def test_a_currency_mark_counts_only_as_a_whole_word_next_to_a_number(text: str) -> None:
    assert _money_mentions(text) == []
    assert list(find_amounts(text)) == []


def test_swiss_francs_are_written_after_the_number() -> None:
    assert _money_mentions("That is 5 Fr. back to you.") == [(Decimal(5), "CHF")]
    assert offered("You will get 5 Fr. back.") == {"partial_refund"}


def test_a_teaspoon_is_not_lira_but_a_field_value_may_say_tl() -> None:
    assert _field("50 TL") == _money(50, "TRY")
    assert _amounts("Bitte 2 TL Zucker dazu, ich habe 50 TL bezahlt? Nein, 5 €.") == ["5 €"]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [("XYZ 15", "unknown currency 'XYZ'"), ("$15 USD", "is not an amount of money"),
     ("5 Fr. CHF", "is not an amount of money"), ("1.500 円", "is ambiguous"),
     ("0 SEK", "must be more than zero"), ("ZZ 5", "is not an amount of money")],
)  # fmt: skip
def test_a_field_value_that_is_not_money_says_why(raw: str, problem: str) -> None:
    with pytest.raises(FactError, match=problem):
        _field(raw)


# ------------------------------------------------------------------ properties


@given(
    code=st.sampled_from(CODES),
    cents=st.integers(1, 10**9),
)
def test_formatting_money_and_reading_it_back_is_the_same_money(code: str, cents: int) -> None:
    money = Money(Decimal(cents).scaleb(-PLACES[code]), code)
    assert parse_amount(str(money)) == money
    assert parse_amount(money.plain()) == money
    assert parse_amount(str(money), code) == money
    [found] = find_amounts(f"We refunded {money} yesterday.")
    assert found[0] == str(money)
    key = money_key(found[0])
    assert key is not None and key[0] == money.amount and same_currency(key[1], code)


@given(code=st.sampled_from(CODES), cents=st.integers(1, 10**7))
def test_the_engine_keeps_its_own_amount_in_every_currency(code: str, cents: int) -> None:
    amount = Decimal(cents).scaleb(-PLACES[code])
    facts = {"order_id": "113-4567890-1234567", "partial_refund": f"{code} {amount}"}
    ledger = ledger_for("wrong-address", facts)
    assert guard(ledger, ledger.base).ok
    assert sellermail.check("wrong-address", facts, ledger.base).ok


def test_an_amount_with_a_dot_before_three_digits_is_refused_as_ambiguous() -> None:
    with pytest.raises(FactError, match="is ambiguous"):
        PARSERS["money"]("partial_refund", "1.500", Context(currency="EUR"))
    assert PARSERS["money"]("partial_refund", "1.50", Context(currency="EUR")).amount == Decimal(
        "1.50"
    )
    assert PARSERS["money"]("partial_refund", "1.500,00", Context(currency="EUR")).amount == 1500
