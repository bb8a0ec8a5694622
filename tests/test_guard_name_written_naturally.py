"""A product's or a store's name is kept when a sentence writes it as its language naturally
does: a trailing material, colour or size after a linking word ("Baby-Lauflernschuhe aus
Leder", "chaise pliante en acacia", "taza de cerámica", "borsa in pelle", "dog coat in XL"), a
German adjective of the name before the noun in its inflected form ("die faltbare
Baby-Badewanne"), a compound's "Baby-" left out as whom it is for ("die Ersatz-Badewanne"), and a
store's name joined into a German compound ("Ihr Fellfreunde-Pet-Team"). Another material,
colour, size or item is still another product. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_GREETING = {"de": "Hallo,", "fr": "Bonjour,", "es": "Hola:", "it": "Buongiorno,", "en": "Hello,"}


def _missing(language: str, product: str, sentence: str, store: str = "Kiefer & Co",
             signed: str = "Kiefer & Co") -> set[str]:  # fmt: skip
    facts = {"product": product, "store_name": store}
    draft = f"{_GREETING[language]}\n\n{sentence}\n\n{signed}\n"
    report = checked("usage-instructions", language, draft, facts)
    return {v.fact or "" for v in report.violations if v.kind == "missing_fact"}


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        (
            "de",
            "Baby-Lauflernschuhe Leder",
            "Schade, dass die Baby-Lauflernschuhe aus Leder drücken.",
        ),
        ("de", "Trinkflasche Edelstahl", "Ihre Trinkflasche aus Edelstahl ist spülmaschinenfest."),
        ("de", "Hundemantel Größe L", "Der Hundemantel in L ist leider etwas klein ausgefallen."),
        (
            "de",
            "Baby-Badewanne faltbar",
            "Die faltbare Baby-Badewanne klappen Sie mit einem Griff zusammen.",
        ),
        ("de", "Baby-Badewanne faltbar", "Ist die Ersatz-Badewanne (faltbar) gut angekommen?"),
        ("de", "Kinder-Regenjacke gelb", "Die Regenjacke in Gelb hat eine abnehmbare Kapuze."),
        (
            "fr",
            "chaise pliante acacia",
            "Votre chaise pliante en acacia se nettoie à l'eau savonneuse.",
        ),
        ("es", "taza cerámica", "Su taza de cerámica se puede lavar en el lavavajillas."),
        ("it", "borsa pelle", "La sua borsa in pelle va trattata con una crema neutra."),
        ("en", "Dog Coat Size XL", "The dog coat in XL runs a little small."),
    ],
)
def test_a_product_written_naturally_is_kept(language: str, product: str, sentence: str) -> None:
    assert "product" not in _missing(language, product, sentence)


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        (
            "de",
            "Baby-Lauflernschuhe Leder",
            "Schade, dass die Baby-Lauflernschuhe aus Stoff drücken.",
        ),
        ("de", "Hundemantel Größe XL", "Der Hundemantel in L ist leider etwas klein ausgefallen."),
        ("de", "Baby-Badewanne faltbar", "Die faltbare Baby-Wickelauflage klappen Sie zusammen."),
        (
            "fr",
            "chaise pliante acacia",
            "Votre chaise pliante en teck se nettoie à l'eau savonneuse.",
        ),
        ("it", "borsa pelle", "La sua borsa in tela va lavata a mano."),
        ("en", "Dog Coat Size XL", "The dog coat in L runs a little small."),
    ],
)
def test_another_product_is_still_missing(language: str, product: str, sentence: str) -> None:
    assert "product" in _missing(language, product, sentence)


@pytest.mark.parametrize(
    ("store", "signed", "kept"),
    [
        ("Fellfreunde Pet", "Ihr Fellfreunde-Pet-Team", True),
        ("Nordlicht Living", "Lena vom Nordlicht-Living-Kundenservice", True),
        ("Fellfreunde Pet", "Ihr Fellfreunde-Team", False),
    ],
)
def test_a_store_joined_into_a_compound(store: str, signed: str, kept: bool) -> None:
    sentence = "Die Anleitung zum Hundemantel liegt bei."
    missing = _missing("de", "Hundemantel", sentence, store, signed)
    assert ("store_name" not in missing) is kept
