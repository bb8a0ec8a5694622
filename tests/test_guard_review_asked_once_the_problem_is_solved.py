"""A review asked for only once the buyer's problem is solved, by us or to their liking ("si
conseguimos resolverlo a su gusto", "una volta risolto il problema", "si nous réglons le souci
à votre satisfaction", "sobald das Problem behoben ist"), is asked of satisfied buyers only; a
solved problem without a review asked, or a condition in the negative, is fine. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Cuando el problema quede resuelto, nos encantaría que nos dejara su opinión."),
     ("es", "Si logramos arreglarlo a su entera satisfacción, una reseña nos ayudaría mucho."),
     ("it", "Se riusciremo a risolvere il problema come desidera, ci farebbe piacere una Sua recensione."),
     ("it", "Una volta sistemato tutto, saremmo grati per una valutazione del venditore."),
     ("fr", "Si nous parvenons à régler le problème à votre satisfaction, un avis nous aiderait beaucoup."),
     ("fr", "Une fois le souci résolu, n'hésitez pas à laisser une évaluation."),
     ("de", "Wenn wir das Problem zu Ihrer Zufriedenheit lösen konnten, freuen wir uns über eine Bewertung."),
     ("de", "Sobald alles behoben ist, würden wir uns über Ihr Feedback auf Amazon freuen."),
     ("es", "Una vez solucionada la incidencia, nos ayudaría mucho su valoración."),
     ("it", "Quando il guasto sarà risolto, ci lasci pure una recensione."),
     ("fr", "Dès que le problème sera réglé, une note sur Amazon nous ferait plaisir.")],
)  # fmt: skip
def test_a_review_asked_once_the_problem_is_solved(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & SELECTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Si el problema no se resuelve, escríbanos antes de devolverlo."),
     ("it", "Una volta risolto il problema, Le manderemo la fattura."),
     ("fr", "Si le souci n'est pas résolu, écrivez-nous avant de laisser un avis."),
     ("de", "Sobald das Problem gelöst ist, schicken wir Ihnen die Rechnung."),
     ("es", "Cuando lo hayamos resuelto, le enviaremos la factura por correo.")],
)  # fmt: skip
def test_a_solved_problem_without_a_review_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & SELECTIVE
