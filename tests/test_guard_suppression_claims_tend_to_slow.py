"""A claim said to slow things down as what claims tend to do, in the present ("claims tend to
slow things down", "les réclamations ont tendance à tout ralentir"): suppression, in every
language. Customs or a return taking its time is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Opening a case usually just delays everything."),
        ("de", "Anträge verzögern die Sache in der Regel nur."),
        ("fr", "Un litige ne fait que retarder les choses."),
        ("es", "Las reclamaciones suelen retrasarlo todo."),
        ("it", "I reclami tendono a rallentare tutto."),
        ("ja", "A-to-z保証の申請は、対応に時間がかかることが多いです。"),
    ],
)
def test_a_claim_said_to_tend_to_slow_things_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Customs checks tend to slow deliveries down in December."),
        ("en", "Your claim was handled quickly."),
        ("en", "The return usually takes a few days."),
    ],
)
def test_customs_or_a_return_taking_time_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
