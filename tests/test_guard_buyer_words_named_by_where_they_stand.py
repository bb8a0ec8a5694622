"""What the buyer wrote may be named by where it stands ("your impression on the product page",
"Ihr Eindruck auf der Produktseite", "votre ressenti sur la fiche produit") and asked to be
brought up to date, or said no longer to match: a request to revise a review. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

REVISE = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If what you said on the product page is out of date now, please bring it up to date."),
     ("de", "Wenn Ihr Beitrag auf der Artikelseite nicht mehr stimmt, bringen Sie ihn gern auf den "
            "neuesten Stand."),
     ("fr", "Si votre ressenti sur la fiche produit a changé, vous pourriez le mettre à jour."),
     ("es", "Si tu impresión en la ficha del producto ya no refleja tu experiencia, avísanos."),
     ("it", "Se la tua impressione sulla scheda non rispecchia più la tua esperienza, potresti "
            "aggiornarla.")],
)  # fmt: skip
def test_the_buyers_words_by_their_place_asked_to_be_updated(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & REVISE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Ihr Eindruck ist uns wichtig, schreiben Sie uns jederzeit."),
     ("fr", "Votre impression compte beaucoup pour nous.")],
)  # fmt: skip
def test_an_impression_asked_for_is_no_revision(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & REVISE
