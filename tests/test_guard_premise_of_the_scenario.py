"""What a scenario's situation has already made so (its ``premises``: the check after a
replacement presupposes that the replacement was sent) a draft may state in its own words; a
claim the situation does not make (the parcel arrived) is still invented, and the same words
in a scenario without that premise are still a claim. A template naming a premise that is no
claim is a one-line error naming the template and the key. (Sentences of our own.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

import sellermail
from drafted import with_added
from sellermail.errors import ScenarioError

_FACTS = {"product": "garden hose", "tracking_number": "LX123456785CN", "store_name": "Kiefer & Co"}

_SENT = {
    "en": "We have already shipped you a replacement garden hose.",
    "fr": "Nous vous avons renvoyé le tuyau d'arrosage la semaine dernière.",
    "de": "Wir haben Ihnen den Gartenschlauch erneut verschickt.",
    "it": "Le abbiamo rispedito il tubo da giardino la settimana scorsa.",
    "es": "Le hemos reenviado la manguera la semana pasada.",
}


def _invented(scenario: str, language: str, sentence: str, facts: dict[str, object]) -> bool:
    report = with_added(scenario, language, sentence, facts)
    return any(v.kind == "invented_fact" for v in report.violations if v.severity == "block")


def test_the_check_after_a_replacement_has_its_premise() -> None:
    assert "resent" in sellermail.get_scenario("review-followup-check").premises


@pytest.mark.parametrize("language", sorted(_SENT))
def test_the_premise_may_be_stated(language: str) -> None:
    assert not _invented("review-followup-check", language, _SENT[language], _FACTS)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your replacement has already been delivered."),
        ("fr", "Votre colis a déjà été livré."),
    ],
)
def test_a_claim_beyond_the_premise_is_invented(language: str, sentence: str) -> None:
    assert _invented("review-followup-check", language, sentence, _FACTS)


@pytest.mark.parametrize("language", sorted(_SENT))
def test_without_the_premise_it_is_a_claim(language: str) -> None:
    facts = {"order_id": "405-1234567-1234567", "product": "garden hose",
             "offers": ["replacement", "full_refund"], "store_name": "Kiefer & Co"}  # fmt: skip
    assert _invented("exchange-after-shipment", language, _SENT[language], facts)


def test_a_premise_that_is_no_claim_is_an_error_naming_the_template_and_key() -> None:
    [scenario] = [s for s in sellermail.scenarios() if s.id == "review-followup-check"]
    broken = replace(scenario, premises=("resnt",))
    with pytest.raises(
        ScenarioError, match=r"review-followup-check: premises: 'resnt' is no claim"
    ):
        sellermail.check(broken, scenario.example, "Hello")
