"""How long to burn, charge, dry or let something rest is advice on using the product, not a
fact of the order: a duration in a sentence of such advice is no invented fact, in every
language; and how long a tracking page takes to update is the carrier's habit, not this
parcel's. A duration in a sentence that also names a delivery, a dispatch, a refund or an
arrival is still held to the facts. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_PRODUCT = {"en": "soy candle", "de": "Sojakerze", "fr": "bougie de soja", "es": "vela de soja",
            "it": "candela di soia", "ja": "ソイキャンドル"}  # fmt: skip


def _invented(language: str, sentence: str) -> bool:
    product = _PRODUCT[language]
    draft = f"{product}\n\n{sentence}\n\nKiefer & Co\n"
    report = checked("usage-instructions", language, draft,
                     {"product": product, "store_name": "Kiefer & Co"})  # fmt: skip
    return any(v.kind == "invented_fact" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Before first use, let the candle burn for 2 hours so the wax melts evenly."),
        ("en", "Let the wick cool for 10 minutes, then trim it."),
        ("de", "Lassen Sie die Kerze beim ersten Anzünden etwa 2 Stunden brennen."),
        ("de", "Laden Sie das Gerät vor dem ersten Gebrauch 4 Stunden lang auf."),
        ("fr", "Laissez sécher la housse pendant 24 heures avant de la remettre en place."),
        (
            "es",
            "Conviene dejarla encendida unas 2 horas, hasta que toda la superficie esté líquida.",
        ),
        ("es", "La cera se funde hasta los bordes, lo que suele llevar entre 2 y 3 horas."),
        ("it", "Lasci bruciare la candela per circa 2 ore la prima volta."),
        ("ja", "初回は2時間ほど燃焼させてください。"),
    ],
)
def test_a_duration_of_advice_is_no_invented_fact(language: str, sentence: str) -> None:
    assert not _invented(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your new candle will arrive in 2 days."),
        ("de", "Das Paket ist in 2 Tagen bei Ihnen."),
        ("fr", "Le remboursement sera effectué sous 3 jours."),
        ("es", "Déjela encendida 2 horas: la nueva vela le llegará en 3 días."),
        ("it", "Ricarichi la lampada: il pacco arriverà in 2 giorni."),
        ("ja", "2日以内にお届けします。"),
    ],
)
def test_a_duration_of_the_order_is_still_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence)


def test_how_long_tracking_takes_to_update_is_no_invented_fact() -> None:
    facts = {"tracking_number": "UG482130650YP", "carrier": "Yanwen", "transit_days": "10-15"}
    draft = ("Hola:\n\nSu paquete viaja con Yanwen, número de seguimiento UG482130650YP; suele "
             "tardar entre 10 y 15 días. A veces el seguimiento tarda uno o dos días en "
             "actualizarse.\n\nSaludos\n")  # fmt: skip
    report = checked("shipping-in-transit", "es", draft, facts)
    assert not [v for v in report.violations if v.kind == "invented_fact"]
