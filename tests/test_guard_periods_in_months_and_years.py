"""A period in months or years ("1年間の保証", "zwei Jahre Garantie" in digits, "garantie de 2
ans") is a duration: one no fact gives is invented. A date's year (2025年) is no period.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "交換品には6か月の保証をお付けしております。"),
        ("ja", "お届けから2年間の保証がございます。"),
        ("de", "Auf den Ersatz geben wir 2 Jahre Garantie."),
        ("fr", "Le remplacement est garanti 3 ans."),
        ("es", "El recambio tiene una garantía de 2 años."),
        ("it", "Il ricambio ha una garanzia di 18 mesi."),
    ],
)
def test_a_period_no_fact_gives_is_invented(language: str, sentence: str) -> None:
    report = with_added("replacement-shipped", language, sentence)
    assert "invented_fact" in {v.kind for v in report.violations if v.severity == "block"}


def test_a_dates_year_is_no_period() -> None:
    report = with_added("replacement-shipped", "ja", "2025年もよろしくお願いいたします。")
    assert "invented_fact" not in {v.kind for v in report.violations if v.severity == "block"}
