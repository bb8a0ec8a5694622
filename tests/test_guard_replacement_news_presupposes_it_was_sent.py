"""The message that a replacement has shipped presupposes that it was sent (its scenario's
``premises``): a draft may say so in its own words ("your replacement is on its way", "die
Ersatzlieferung ist auf dem Weg"); a claim beyond it (the replacement arrived, a refund made)
is still invented. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import with_added

_SENT = {
    "en": "Your replacement is already on its way to you.",
    "de": "Ihre Ersatzlieferung ist bereits auf dem Weg zu Ihnen.",
    "fr": "Nous vous avons déjà renvoyé un nouvel article.",
    "es": "Ya le hemos enviado un artículo de reemplazo.",
    "it": "Le abbiamo già spedito un articolo sostitutivo.",
}
_BEYOND = {
    "en": "We have already refunded you in full.",
    "de": "Wir haben Ihnen den Kaufpreis bereits erstattet.",
}


def _invented(language: str, sentence: str) -> bool:
    report = with_added("replacement-shipped", language, sentence)
    return any(v.kind == "invented_fact" for v in report.violations if v.severity == "block")


def test_the_replacement_news_has_its_premise() -> None:
    assert "resent" in sellermail.get_scenario("replacement-shipped").premises


@pytest.mark.parametrize("language", sorted(_SENT))
def test_the_replacement_sent_may_be_said_in_other_words(language: str) -> None:
    assert not _invented(language, _SENT[language])


@pytest.mark.parametrize("language", sorted(_BEYOND))
def test_a_claim_beyond_it_is_still_invented(language: str) -> None:
    assert _invented(language, _BEYOND[language])
