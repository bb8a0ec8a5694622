"""An order placed on a marketplace is paid there, whatever channel a message takes: an
e-mail about an Amazon or eBay order that offers a bank transfer, Bizum, PayPal or 銀行振込
is off-platform payment; the same words in an e-mail of one's own shop are not. (Sentences
of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"order_id": "405-1234567-1234567", "offers": ["full_refund"], "buyer_name": "Sam",
         "store_name": "Lumen"}  # fmt: skip
HOME = {"en": "Amazon.com", "de": "Amazon.de", "fr": "Amazon.fr", "es": "Amazon.es",
        "it": "Amazon.it", "ja": "Amazon.co.jp"}  # fmt: skip


def _paid_elsewhere(language: str, sentence: str, marketplace: str) -> bool:
    facts = {**FACTS, "marketplace": marketplace}
    spec = sellermail.get_scenario("wrong-address")
    base = sellermail.render(spec, facts, channel="email", language=language).body
    report = sellermail.check(spec, facts, f"{base}\n{sentence}", channel="email",
                              language=language)  # fmt: skip
    return any(v.rule == "buyer.no-off-platform" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If you prefer, we can wire the money straight to your bank account."),
     ("de", "Gern erstatten wir den Betrag auch per Überweisung, wenn Sie uns Ihre IBAN nennen."),
     ("fr", "Nous pouvons aussi vous rembourser par virement, plus rapidement."),
     ("es", "Si lo prefieres, te devolvemos el importe por Bizum hoy mismo."),
     ("it", "Possiamo anche rimborsarla con un bonifico sul suo conto corrente."),
     ("ja", "お急ぎの場合は、銀行振込にてご返金することも可能です。")],
)  # fmt: skip
def test_payment_off_a_marketplace_by_email_is_blocked(language: str, sentence: str) -> None:
    assert _paid_elsewhere(language, sentence, HOME[language])


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If you prefer, we can wire the money straight to your bank account."),
     ("es", "Si lo prefieres, te devolvemos el importe por Bizum hoy mismo.")],
)  # fmt: skip
def test_ones_own_shop_may_name_them(language: str, sentence: str) -> None:
    assert not _paid_elsewhere(language, sentence, "lumenshop.com")


def test_the_refund_to_the_original_payment_is_no_transfer() -> None:
    sentence = "The refund goes back to the card you paid with on Amazon."
    assert not _paid_elsewhere("en", sentence, "Amazon.com")
