"""A delivery time the seller did not give (the scenario's default estimate) is the rendering's
estimate, not the seller's word: a draft may leave it out. A delivery time the seller gave must
still be there, and a draft that names another duration than the default still invents it.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"tracking_number": "JJD000390007781234", "carrier": "DHL", "store_name": "Kiefer & Co"}

_DRAFTS = {
    "de": "Hallo,\n\nIhr Ersatz ist mit DHL unterwegs, Sendungsnummer JJD000390007781234.\n\n{x}"
    "Kiefer & Co\n",
    "it": "Ciao,\n\nil ricambio viaggia con DHL, tracciamento JJD000390007781234.\n\n{x}"
    "Kiefer & Co\n",
    "fr": "Bonjour,\n\nLe remplacement voyage avec DHL, suivi JJD000390007781234.\n\n{x}"
    "Kiefer & Co\n",
    "en": "Hello,\n\nYour replacement is on its way with DHL, tracking JJD000390007781234.\n\n{x}"
    "Kiefer & Co\n",
}

_OTHER = {
    "de": "Die Lieferung dauert 2-3 Tage.\n\n",
    "it": "La consegna richiede 2-3 giorni.\n\n",
    "fr": "La livraison prend 2 à 3 jours.\n\n",
    "en": "Delivery takes 2-3 days.\n\n",
}


def _kinds(language: str, extra: str, facts: dict[str, str]) -> set[str]:
    draft = _DRAFTS[language].format(x=extra)
    report = checked("replacement-shipped", language, draft, facts)
    return {v.kind for v in report.violations if v.severity == "block"}


@pytest.mark.parametrize("language", sorted(_DRAFTS))
def test_a_default_estimate_may_be_left_out(language: str) -> None:
    assert "missing_fact" not in _kinds(language, "", _FACTS)


@pytest.mark.parametrize("language", sorted(_DRAFTS))
def test_a_given_duration_must_be_kept(language: str) -> None:
    assert "missing_fact" in _kinds(language, "", {**_FACTS, "delivery_days": "7-10"})


@pytest.mark.parametrize("language", sorted(_DRAFTS))
def test_another_duration_than_the_default_is_still_caught(language: str) -> None:
    assert _kinds(language, _OTHER[language], _FACTS) & {"invented_fact", "changed_fact"}
