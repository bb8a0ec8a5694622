"""A duration restated in another calendar unit is the same fact: "48 hours (two days)" invents
no time and "within 48 hours" keeps a fact of 2 days, in every language; another length, and
business days for calendar ones, are still changed or invented. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import checked

_FACTS = {"order_id": "302-7654321-1234567", "handling_days": 2, "delivery_business_days": "3-5",
          "store_name": "Kiefer & Co"}  # fmt: skip
_SHIPS = {
    "en": "We ship within {h} hours of purchase and delivery then takes 3-5 business days.",
    "de": "Wir versenden innerhalb von {h} Stunden nach dem Kauf, die Zustellung dauert dann "
    "3–5 Werktage.",
    "fr": "Nous expédions sous {h} heures après l'achat, puis la livraison prend 3 à 5 jours "
    "ouvrés.",
    "es": "Enviamos en un plazo de {h} horas desde la compra y la entrega tarda de 3 a 5 días "
    "hábiles.",
    "it": "Spediamo entro {h} ore dall'acquisto e la consegna richiede da 3 a 5 giorni lavorativi.",
    "ja": "ご購入から{h}時間以内に発送し、発送後3～5営業日でお届けします。",
}


def _wrong(language: str, hours: int) -> list[str]:
    draft = (f"Kiefer & Co\n\n{_SHIPS[language].format(h=hours)} 302-7654321-1234567\n\n"
             "Kiefer & Co\n")  # fmt: skip
    report = checked("tracking-number-reply", language, draft, _FACTS)
    return [v.detail for v in report.violations if v.kind in ("missing_fact", "invented_fact")]


@pytest.mark.parametrize("language", sorted(_SHIPS))
def test_days_said_in_hours_are_the_same_fact(language: str) -> None:
    assert _wrong(language, 48) == []


@pytest.mark.parametrize("language", sorted(_SHIPS))
def test_another_number_of_hours_is_still_changed(language: str) -> None:
    assert _wrong(language, 72)


def _letter_invents(added: str) -> bool:
    spec = sellermail.get_scenario("hijacker-cease-desist")
    text = sellermail.render(spec, spec.example, channel="email").body
    report = sellermail.check(spec, spec.example, f"{text}\n{added}", channel="email")
    return any(v.kind == "invented_fact" for v in report.violations)


def test_hours_restated_in_days_invent_nothing() -> None:
    assert not _letter_invents("That is 48 hours (two days) from today.")


@pytest.mark.parametrize("said", ["three days", "2 business days", "2 weeks"])
def test_another_length_or_business_days_are_still_invented(said: str) -> None:
    assert _letter_invents(f"After {said} we will report you.")
