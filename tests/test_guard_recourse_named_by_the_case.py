"""A recourse the buyer is told not to open may be named by what it is about ("einen Antrag auf
die A-bis-z-Garantie"), as a request opened ("ouvrir une demande"), or by the marketplace's own
name of the case ("item not received", "objet non reçu", "artículo no recibido"); naming the
case without steering the buyer away from it is fine. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "There's no need to open an \"item not received\" case, we'll sort it out."),
     ("de", "Bitte eröffnen Sie vorerst keinen Fall wegen „Artikel nicht erhalten“."),
     ("de", "Wir bitten Sie, keine Anfrage über die A-bis-z-Garantie zu stellen."),
     ("fr", "Inutile de déposer une demande auprès d'Amazon, nous gérons tout."),
     ("fr", "Merci de ne pas ouvrir de litige « objet non reçu » pour le moment."),
     ("es", "Te pedimos que no abras una solicitud de «artículo no recibido» todavía.")],
)  # fmt: skip
def test_a_recourse_named_by_its_case_is_suppressed(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If the parcel has not arrived by Friday, you can open an item not received request."),
     ("de", "Sie können jederzeit einen Antrag auf die A-bis-z-Garantie stellen."),
     ("fr", "Vous pouvez à tout moment ouvrir une demande « objet non reçu ».")],
)  # fmt: skip
def test_a_case_named_as_open_to_the_buyer_is_fine(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" not in rules_blocking(language, sentence)
