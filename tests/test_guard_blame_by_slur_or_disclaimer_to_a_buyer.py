"""Disparaging a carrier or its staff ("hat geschlampt", "deja mucho que desear", "keeps losing
parcels"), or disclaiming responsibility ("no es cosa nuestra", "nous n'y sommes pour rien"),
warns in every language; a delay told as a fact, or the buyer told it is not their fault, is no
blame. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-blame"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Die Post hat das Paket wieder einmal verschlampt, die Fahrer sind total überfordert.",
        ),
        (
            "fr",
            "Le transporteur laisse vraiment à désirer, ses livreurs perdent des colis sans arrêt.",
        ),
        ("fr", "Nous n'y sommes pour rien : c'est Colissimo qui traîne."),
        ("es", "Correos deja mucho que desear últimamente, sus repartidores pierden paquetes."),
        ("it", "Non è colpa nostra se BRT è così lento."),
        ("ja", "配送業者の対応がひどく、当店の責任ではございません。"),
    ],
)
def test_a_slur_or_a_disclaimer_warns(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Der Paketdienst meldet derzeit eine Verzögerung von zwei Tagen."),
        ("de", "Laut DHL ist die Sendung im Verteilzentrum, das ist nicht Ihre Schuld."),
        ("es", "No es culpa suya en absoluto; el paquete está en tránsito con Correos."),
        ("fr", "Ce n'est pas de votre faute : le colis est toujours en transit chez Colissimo."),
        ("it", "Il corriere ci ha comunicato un ritardo di un giorno."),
    ],
)
def test_a_delay_or_the_buyer_cleared_is_no_blame(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
