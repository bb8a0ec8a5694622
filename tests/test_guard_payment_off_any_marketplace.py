"""An e-mail about an order of any marketplace (Rakuten, Otto, Cdiscount, Allegro... as well
as Amazon or eBay) may not take a payment off it: a bank transfer or a payment app named for a
price difference or a fee is off-platform payment. Paying through the marketplace is not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

RULE = "buyer.no-off-platform"
FACTS = {"buyer_name": "Kim", "order_id": "291055-20240615-0027741983",
         "product": "fountain pen", "store_name": "Aoba", "offers": ["replacement"]}  # fmt: skip


def _rules(language: str, marketplace: str, sentence: str) -> set[str | None]:
    spec = sellermail.get_scenario("exchange-after-shipment")
    facts = {**FACTS, "marketplace": marketplace}
    text = sellermail.render(spec, facts, channel="email", language=language).body
    report = sellermail.check(
        spec, facts, f"{text}\n{sentence}", channel="email", language=language
    )
    return {v.rule for v in report.violations if v.severity == "block"}


@pytest.mark.parametrize(
    ("language", "marketplace", "sentence"),
    [("ja", "rakuten.co.jp", "価格の差額は、当店指定の口座へお振り込みをお願いいたします。"),
     ("de", "Otto.de", "Den Aufpreis überweisen Sie bitte direkt auf unser Geschäftskonto."),
     ("fr", "Cdiscount.com", "La différence de prix est à régler par virement sur notre compte."),
     ("en", "Allegro.pl", "Please pay the price difference by bank transfer to our account.")],
)  # fmt: skip
def test_a_payment_off_the_marketplace_is_blocked(
    language: str, marketplace: str, sentence: str
) -> None:
    assert RULE in _rules(language, marketplace, sentence)


@pytest.mark.parametrize(
    ("language", "marketplace", "sentence"),
    [("ja", "rakuten.co.jp", "差額のお支払いは楽天の注文画面から行っていただけます。"),
     ("de", "Otto.de", "Den Aufpreis begleichen Sie einfach über Ihr Otto-Kundenkonto.")],
)  # fmt: skip
def test_paying_on_the_marketplace_passes(language: str, marketplace: str, sentence: str) -> None:
    assert RULE not in _rules(language, marketplace, sentence)
