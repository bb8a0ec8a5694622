"""A name that opens with its article ("Le Grenier à Jeux", "Il Baule Verde", "Das Kleine
Atelier") keeps it contracted with the preposition before it ("l'équipe du Grenier à Jeux",
"dal Baule Verde", "vom Kleinen Atelier"): the name is kept; a changed word is not, and an
article the language never contracts to stays a change. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.wording import keeps_name, name_fold


def _keeps(sentence: str, name: str, language: str) -> bool:
    return keeps_name(name_fold(sentence), name_fold(name), language)


@pytest.mark.parametrize(
    ("language", "name", "sentence"),
    [
        ("fr", "Le Comptoir des Épices", "Toute l'équipe du Comptoir des Épices vous remercie."),
        ("fr", "Les Ateliers Verts", "Merci pour votre commande aux Ateliers Verts !"),
        ("es", "El Rincón del Té", "Un saludo del equipo del Rincón del Té."),
        ("it", "Il Baule Verde", "Grazie per aver acquistato dal Baule Verde."),
        ("it", "L'Angolo del Legno", "Lo staff dell'Angolo del Legno"),
        ("de", "Das Kleine Atelier", "Viele Grüße vom Kleinen Atelier"),
    ],
)
def test_an_article_contracted_with_a_preposition_keeps_the_name(
    language: str, name: str, sentence: str
) -> None:
    assert _keeps(sentence, name, language)


@pytest.mark.parametrize(
    ("language", "name", "sentence"),
    [
        ("fr", "Le Comptoir des Épices", "L'équipe du Comptoir des Saveurs vous remercie."),
        ("es", "El Rincón del Té", "Un saludo del equipo de la Rincón del Café."),
        ("it", "Il Baule Verde", "Grazie per aver acquistato dal Baule Rosso."),
        ("de", "Das Kleine Atelier", "Viele Grüße vom Großen Atelier"),
    ],
)
def test_a_changed_word_after_the_contraction_is_still_a_change(
    language: str, name: str, sentence: str
) -> None:
    assert not _keeps(sentence, name, language)
