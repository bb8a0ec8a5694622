"""The weekend rule a seller gives ("weekend orders ship the following Monday") is a
commitment: a draft that leaves it out is missing a fact; one that says it in its own words
("le lundi suivant", "on Monday") keeps it. (Sentences of our own.)"""

from __future__ import annotations

import sellermail

FACTS = {"order_id": "171-1234567-7654321", "handling_days": 2, "delivery_business_days": "4-6",
         "weekend_dispatch": "le lundi suivant", "marketplace": "Amazon.fr"}  # fmt: skip
DRAFT = ("Bonjour,\n\nNous expédions sous 2 jours après l'achat{weekend}. Comptez ensuite 4 à 6 "
         "jours ouvrés. Amazon vous enverra la confirmation d'expédition avec le numéro de suivi "
         "de la commande 171-1234567-7654321.\n\nVélo Pratique")  # fmt: skip


def _missing(weekend: str) -> list[str]:
    report = sellermail.check("tracking-number-reply", FACTS, DRAFT.format(weekend=weekend),
                              language="fr")  # fmt: skip
    return [v.fact or "" for v in report.violations if v.kind == "missing_fact"]


def test_a_draft_without_the_weekend_rule_misses_it() -> None:
    assert "weekend_dispatch" in _missing("")


def test_the_weekend_rule_in_other_words_is_kept() -> None:
    assert "weekend_dispatch" not in _missing(" ; le week-end, nous expédions le lundi suivant")
