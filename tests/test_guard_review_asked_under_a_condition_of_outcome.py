"""A review, rating, opinion or experience asked for under a condition of the buyer's
satisfaction or of a good outcome ("if it arrives in perfect shape", "if the guide sorts things
out", "solo si ya está satisfecho", "se la soluzione la lascerà soddisfatta") is asked of
pleased buyers only, in every language; the same condition in the negative, or without a review,
asks nothing of the kind. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Once the parcel reaches you safe and sound, we'd love a rating."),
     ("en", "If the manual helps, please leave us a review."),
     ("en", "Should the replacement turn up in good condition, a short review would help us a lot."),
     ("es", "Si la solución le deja satisfecho, nos encantaría que dejara su opinión en Amazon."),
     ("es", "Si la solución le deja contento, nos encantaría que dejara su opinión en Amazon."),
     ("it", "Qualora il prodotto la soddisfi, ci farebbe piacere leggere una sua recensione."),
     ("it", "Se il cambio la lascerà contenta, ci piacerebbe leggere una sua recensione."),
     ("fr", "Si la solution vous satisfait, votre avis sur Amazon nous aiderait beaucoup."),
     ("de", "Wenn Sie mit der Lösung zufrieden sind, freuen wir uns über eine kurze Bewertung."),
     ("de", "Sollten Sie mit dem Ersatz zufrieden sein, würden wir uns über Ihre Meinung auf Amazon freuen."),
     ("ja", "交換品にご納得いただけましたら、ぜひレビューをお願いいたします。"),
     ("de", "Wenn alles wie geplant bei Ihnen ankommt, freuen wir uns über eine Bewertung."),
     ("de", "Sobald das Ersatzteil heil bei Ihnen ankommt, freuen wir uns über eine Rezension."),
     ("fr", "Si le colis arrive en parfait état, un petit avis sur la fiche nous ferait plaisir."),
     ("es", "Si todo llega intacto, nos ayudaría mucho su valoración en Amazon."),
     ("es", "Cuando el pedido llegue como estaba previsto, déjenos su opinión, por favor."),
     ("it", "Se il pacco arriva integro, ci farebbe piacere una sua recensione."),
     ("it", "Quando tutto arriva come previsto, lasci pure due righe di recensione.")],
)  # fmt: skip
def test_a_review_asked_under_a_good_outcome(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & SELECTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If the guide doesn't help, a review telling us what was missing is welcome."),
     ("en", "Once it arrives, we'd welcome a review either way."),
     ("en", "If this fixes the problem, please let us know."),
     ("en", "If there's anything else we can help with, we'd appreciate a review."),
     ("es", "Si no queda satisfecho, cuéntenos su experiencia y lo solucionamos."),
     ("es", "Si tiene dudas, estaremos contentos de leer su opinión."),
     ("it", "Se non è soddisfatta, ci racconti la sua esperienza e troveremo una soluzione."),
     ("it", "Se ha domande, saremo contenti di leggere la sua opinione."),
     ("fr", "Si vous n'êtes pas satisfait, racontez-nous votre expérience."),
     ("de", "Falls Sie nicht zufrieden sind, schildern Sie uns Ihre Erfahrung."),
     ("de", "Falls das Paket nicht heil ankommt, melden Sie sich; eine Bewertung ist jederzeit möglich."),
     ("de", "Wir versenden wie geplant morgen. Über eine Bewertung freuen wir uns."),
     ("fr", "Le colis est arrivé intact selon le suivi. Vous pouvez laisser un avis si vous le souhaitez.")],
)  # fmt: skip
def test_a_negative_condition_or_no_review_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & SELECTIVE
