"""When orders placed on a weekend ship (``weekend_dispatch``) is a fact the reply commits to: a
draft that leaves it out misses a fact, one that words it differently but keeps the day
keeps it. (Values of our own, not of any corpus.)"""

from __future__ import annotations

import pytest

import sellermail

CASES = [
    ("en", "Amazon.com", "the following Monday", "on Monday"),
    ("de", "Amazon.de", "am darauffolgenden Montag", "am Montag danach"),
    ("fr", "Amazon.fr", "le lundi suivant", "dès le lundi"),
    ("es", "Amazon.es", "el lunes siguiente", "el lunes"),
    ("it", "Amazon.it", "il lunedì successivo", "di lunedì"),
]  # fmt: skip


def _missing(language: str, marketplace: str, day: str, instead: str | None) -> list[str]:
    facts = {"order_id": "305-2233445-6677889", "handling_days": 2,
             "delivery_business_days": "3-5", "weekend_dispatch": day,
             "marketplace": marketplace}  # fmt: skip
    text = sellermail.render("tracking-number-reply", facts, language=language).body
    assert day in text
    draft = text if instead is None else text.replace(day, instead)
    report = sellermail.check("tracking-number-reply", facts, draft, language=language)
    return [v.fact for v in report.violations if v.kind == "missing_fact"]


@pytest.mark.parametrize(("language", "marketplace", "day", "instead"), CASES)
def test_the_weekend_rule_left_out_is_a_missing_fact(
    language: str, marketplace: str, day: str, instead: str
) -> None:
    assert _missing(language, marketplace, day, "") == ["weekend_dispatch"]


@pytest.mark.parametrize(("language", "marketplace", "day", "instead"), CASES)
def test_the_weekend_rule_in_other_words_keeps_the_day(
    language: str, marketplace: str, day: str, instead: str
) -> None:
    assert _missing(language, marketplace, day, None) == []
    assert _missing(language, marketplace, day, instead) == []
