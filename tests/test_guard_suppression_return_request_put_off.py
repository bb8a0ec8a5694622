"""The buyer's return request put off or left out of the seller's way, the request named by a
compound (Rücksendeantrag, Retourenanfrage) or as "demande de retour": "Mit dem
Rücksendeantrag warten Sie bitte noch", "sans passer par une demande de retour". Waiting for
the seller's label, or a return request simply explained, withholds nothing. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Mit dem Rücksendeantrag warten Sie bitte noch, bis wir uns gemeldet haben."),
        ("de", "Warten Sie mit Ihrem Rücksendeauftrag bitte, bis wir eine Lösung haben."),
        ("de", "Mit der Retourenanfrage bei Amazon warten Sie am besten noch ein paar Tage."),
        ("fr", "Nous pouvons régler cela sans passer par une demande de retour sur Amazon."),
        (
            "fr",
            "Tout peut se faire sans passer par une demande de retour ni par le service client.",
        ),
        ("de", "Mit Ihrem Rückgabeantrag warten Sie bitte, bis wir geantwortet haben."),
        (
            "de",
            "Bitte warten Sie mit dem Erstattungsantrag noch, bis die Prüfung abgeschlossen ist.",
        ),
        (
            "fr",
            "Nous trouverons une solution sans passer par une demande de remboursement ni par Amazon.",
        ),
    ],
)
def test_a_return_request_put_off_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Warten Sie mit der Rücksendung, bis das Etikett bei Ihnen ist."),
        ("de", "Den Rücksendeantrag können Sie jederzeit bei Amazon stellen."),
        ("fr", "Vous pouvez faire une demande de retour sur Amazon quand vous le souhaitez."),
        ("fr", "Nous vous remboursons sans demande de retour."),
        ("fr", "Une fois votre demande de retour acceptée, nous vous enverrons l'étiquette."),
    ],
)
def test_a_return_request_explained_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
