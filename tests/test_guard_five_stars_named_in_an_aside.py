"""Stars asked for with their number set off after them ("quelques étoiles — cinq, idéalement",
"ein paar Sterne (am liebsten fünf)", "星を（できれば5つ）") ask for a top rating like "five
stars"; a number after stars that counts something else ("five days") is no such request.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

POSITIVE = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("fr", "Quelques étoiles (cinq, si possible) nous feraient très plaisir."),
     ("fr", "Laissez-nous des étoiles – idéalement 5 !"),
     ("de", "Ein paar Sterne – am liebsten fünf – würden uns sehr helfen."),
     ("de", "Über Sterne (gern 5) freuen wir uns."),
     ("es", "Unas estrellas —cinco, si puede ser— nos vendrían genial."),
     ("es", "Déjenos estrellas: 5 a ser posible."),
     ("it", "Qualche stella, magari cinque, ci farebbe felici."),
     ("it", "Ci lasci delle stelline (5 sarebbe il massimo)."),
     ("ja", "星を（できれば５つ）いただけますと幸いです。"),
     ("de", "Sterne, am besten fünf, wären super für uns."),
     ("it", "Un paio di stelle — cinque, idealmente — ci aiuterebbero.")],
)  # fmt: skip
def test_five_stars_named_in_an_aside(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & POSITIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("fr", "Vous nous avez laissé deux étoiles, 5 jours après la livraison."),
     ("de", "Sie gaben zwei Sterne, fünf Tage nach der Lieferung."),
     ("es", "Nos dejó tres estrellas, cinco días después de recibirlo.")],
)  # fmt: skip
def test_a_number_after_stars_counting_else_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & POSITIVE
