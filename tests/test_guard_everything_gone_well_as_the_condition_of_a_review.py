"""A review asked for only if everything went well or the buyer gets on well with the product
("si tout s'est bien passé", "se ti trovi bene", "if everything went smoothly") is asked of
satisfied buyers only. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If everything went smoothly, we would love a short review."),
     ("en", "Once you get on well with the blender, a rating would help us a lot."),
     ("de", "Wenn alles reibungslos geklappt hat, freuen wir uns über eine Bewertung."),
     ("de", "Falls alles problemlos funktioniert, wären ein paar Zeilen auf der Produktseite toll."),
     ("fr", "Si tout fonctionne comme prévu, quelques mots sur la fiche nous aideraient."),
     ("es", "Si todo ha salido bien, nos encantaría leer tu opinión."),
     ("it", "Se ti troverai bene con il tagliaerba, due righe su Amazon ci aiuterebbero."),
     ("it", "Se tutto è andato liscio, ci lasceresti una recensione?"),
     ("ja", "問題なくお使いいただけましたら、ぜひレビューをお願いいたします。")],
)  # fmt: skip
def test_a_review_asked_only_if_all_went_well(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & SELECTIVE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If everything went smoothly, the parcel should arrive on Monday."),
     ("de", "Wenn alles glatt gelaufen ist, ist das Paket morgen da."),
     ("fr", "Si tout se passe bien, le colis arrivera lundi."),
     ("es", "Si todo va bien, el paquete llegará el lunes."),
     ("it", "Se tutto va bene, il pacco arriva lunedì.")],
)  # fmt: skip
def test_everything_going_well_without_a_review_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & SELECTIVE
