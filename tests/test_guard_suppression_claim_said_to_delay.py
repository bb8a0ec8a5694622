"""A claim said to slow down, delay or block the remedy ("a dispute would only slow your refund
down", 申し立てをされますとお時間をいただく): suppression, in every language. A return taking its
time, or a claim we have already answered, is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A dispute would only slow your refund down."),
        ("de", "Ein Garantieantrag würde die Lösung nur verzögern."),
        ("fr", "Un litige bloquerait tout de notre côté."),
        ("fr", "Une réclamation A-à-z ne ferait que retarder le remboursement."),
        ("es", "Una reclamación de la garantía de la A a la Z solo retrasaría el reembolso."),
        ("it", "Un reclamo A-to-z rallenterebbe soltanto tutto."),
        (
            "ja",
            "A-to-z保証の申請をされますと、解決までにお時間をいただくことになりますので、まずは当店へご相談ください。",
        ),
    ],
)
def test_a_claim_said_to_delay_the_remedy_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In case the parcel is held up, write to us."),
        ("de", "Ihren Käuferschutz-Fall bearbeiten wir gern."),
        ("fr", "Votre réclamation a bien été traitée."),
        ("fr", "Le retour peut retarder un peu le remboursement."),
    ],
)
def test_a_claim_answered_or_a_return_taking_time_is_no_suppression(
    language: str, sentence: str
) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
