"""Everything having gone well said verb first, as Italian and Spanish often do ("se andrà
tutto bene", "si va todo bien", "si ha funcionado todo perfecto"), is the same condition of a
review as "if everything went well": a review asked under it is asked of satisfied buyers
only; the same words without a review, or in the negative, are fine. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Se va tutto bene con il ricambio, ci lasci una recensione."),
     ("it", "Quando sarà andato tutto liscio, ci piacerebbe leggere la Sua opinione."),
     ("it", "Se funziona tutto bene, due righe su Amazon ci farebbero felici."),
     ("es", "Si va todo bien con el nuevo, nos encantaría leer su reseña."),
     ("es", "Si ha ido todo perfecto, una valoración nos ayudaría."),
     ("es", "Cuando funcione todo bien, déjenos su opinión."),
     ("it", "Appena andrà tutto per il meglio, ci lasci un feedback."),
     ("es", "Si sale todo bien, nos ayudaría mucho tu valoración.")],
)  # fmt: skip
def test_a_review_asked_if_all_went_well_verb_first(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & SELECTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Se va tutto bene, il pacco arriva lunedì."),
     ("es", "Si va todo bien, el paquete llega el lunes."),
     ("it", "Se non va tutto bene, ci scriva prima di lasciare una recensione."),
     ("es", "Si no sale todo bien, escríbenos antes de dejar una reseña.")],
)  # fmt: skip
def test_all_gone_well_verb_first_without_a_review_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & SELECTIVE
