"""Blame told as a misdeed of another party in the clause that names it (a mistake, a careless
act, a failing said to be habitual) warns in every language; a carrier's role told as a fact,
or an error the seller owns, is no blame. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-blame"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier mislabelled the box and sent it across town."),
        ("de", "Der Fehler lag beim Paketdienst, der die Sendungen vertauscht hat."),
        ("de", "Die Post verliert häufig Sendungen in Ihrer Region."),
        ("fr", "Le livreur s'est trompé d'adresse et ce n'est pas la première fois."),
        ("fr", "Ce retard ne dépend pas de nous."),
        ("es", "La mensajería pierde paquetes a menudo en esta época."),
        ("es", "El repartidor se equivocó de portal y lo dejó sin comprobar el nombre."),
        ("it", "Il corriere ha sbagliato indirizzo, come gli succede."),
        ("it", "Il corriere perde spesso i pacchi nel Suo quartiere."),
        ("ja", "配送業者のミスにより、別のお宅に届けられてしまいました。"),
        ("ja", "郵便局の対応が遅く、ご迷惑をおかけしております。"),
    ],
)
def test_a_misdeed_of_the_carrier_warns(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The carrier will deliver your parcel on Friday."),
        ("en", "GLS has the parcel and will deliver it tomorrow."),
        ("en", "We made a mistake with the label and the carrier took it to the wrong house."),
        ("de", "Der Paketdienst stellt regelmäßig montags bis samstags zu."),
        ("es", "La agencia de transporte entregará el paquete mañana."),
        (
            "es",
            "Cometimos un error en la etiqueta y la agencia de transporte lo llevó a otra casa.",
        ),
        ("it", "Il corriere consegna spesso entro le 12."),
        ("ja", "当店のミスで、配送業者に別の住所をお伝えしてしまいました。"),
    ],
)
def test_the_carriers_role_or_our_own_error_is_no_blame(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
