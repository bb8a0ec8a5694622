"""A review asked only of a satisfied buyer, without the word "review": the product page,
other buyers or stars named beside a condition of liking the product, in every language
("wenn … läuft: erzählen Sie anderen Käufern", "si te ha gustado … a otros compradores",
"cinque stelline sulla pagina del prodotto", "if you've been loving it"); the same places
named without that condition, or with it denied, ask nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _rules(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.rule or "" for v in report.violations if v.kind == "policy"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Und wenn die Mühle gut läuft: Berichten Sie doch anderen Kunden davon."),
        ("de", "Falls Ihnen die Mühle gefällt, freuen wir uns über Sterne auf der Produktseite."),
        ("fr", "Si le moulin vous plaît, un petit mot sur la fiche du produit nous aiderait."),
        ("es", "Si te ha gustado, cuéntaselo a otros compradores."),
        ("it", "Se è soddisfatta, qualche stellina sulla pagina del prodotto ci aiuterebbe."),
        ("ja", "お気に召しましたら、商品ページで★をつけていただけると嬉しいです。"),
        (
            "en",
            "If you've been loving the grinder, we'd be thrilled if you told other buyers in a review.",
        ),
    ],
)
def test_places_of_reviews_asked_of_a_satisfied_buyer_are_blocked(
    language: str, sentence: str
) -> None:
    assert any(r.startswith("review.") for r in _rules(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Auf der Produktseite finden Sie die Maße der Mühle."),
        ("fr", "Si le moulin ne vous plaît pas, d'autres clients ont choisi un autre modèle."),
        ("es", "Si no le ha gustado, otros clientes prefieren el modelo grande."),
        ("it", "La scheda del prodotto indica le misure."),
    ],
)
def test_the_same_places_without_a_satisfied_condition_ask_nothing(
    language: str, sentence: str
) -> None:
    assert not [r for r in _rules(language, sentence) if r.startswith("review.")]
