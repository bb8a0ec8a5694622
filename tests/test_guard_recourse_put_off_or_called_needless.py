"""A return or claim asked to be put off ("hold off on the return", "suspendre le retour"), or
the marketplace's process or report called needless ("nicht nötig, ... über Amazon zu melden",
"inutile de passer par la procédure de réclamation"), discourages the buyer's recourse.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SUPPRESS = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Would you mind holding off with the claim until Friday?"),
     ("en", "Please put the return on hold while we look into it."),
     ("de", "Es ist wirklich nicht notwendig, den Fall bei Amazon zu melden."),
     ("de", "Bitte stellen Sie die Rücksendung vorerst zurück."),
     ("de", "Es ist unnötig, das Reklamationsverfahren von Amazon zu nutzen."),
     ("fr", "Pourriez-vous suspendre votre demande de retour quelques jours ?"),
     ("fr", "Pas la peine de passer par le formulaire de litige d'Amazon."),
     ("es", "¿Podrías aplazar la devolución hasta el lunes?"),
     ("es", "No hace falta pasar por el proceso de reclamación de Amazon."),
     ("it", "Potresti sospendere il reso per qualche giorno?"),
     ("it", "Non serve passare dalla procedura di reclamo di Amazon."),
     ("ja", "返品はひとまず保留にしていただけますでしょうか。")],
)  # fmt: skip
def test_a_recourse_put_off_or_called_needless(language: str, sentence: str) -> None:
    assert SUPPRESS in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Please print the return label and drop the parcel at any post office."),
     ("de", "Es ist nicht nötig, den Artikel zurückzuschicken; behalten Sie ihn gern."),
     ("fr", "Inutile de nous renvoyer l'article, gardez-le."),
     ("es", "No hace falta devolver el artículo, quédeselo."),
     ("it", "Non serve rispedire l'articolo, può tenerlo."),
     ("ja", "返品のご返送をお待ちしております。")],
)  # fmt: skip
def test_a_return_made_easy_or_waived_is_no_suppression(language: str, sentence: str) -> None:
    assert SUPPRESS not in rules_blocking(language, sentence)
