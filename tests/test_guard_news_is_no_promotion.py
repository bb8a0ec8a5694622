"""Words for "new" are news as often as promotion: "novità", "novedades" and "nouveauté" said
of a tracking page with nothing new ("non mostra novità", "sin novedades", "aucune nouveauté")
promote nothing; ours, a shop's or a season's, or to be discovered, they do. A product just
out "also in" another colour, the same line as a subject, and a product to look up by its name
on the marketplace are promotion, in every language; a parcel that just left a warehouse is
not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Purtroppo il tracciamento non mostra novità da quattro giorni."),
     ("it", "Appena avremo novità sul pacco la avviseremo."),
     ("es", "El seguimiento sigue sin novedades desde el lunes."),
     ("es", "En cuanto tengamos novedades del transportista le escribimos."),
     ("fr", "Aucune nouveauté dans le suivi depuis lundi, nous relançons le transporteur."),
     ("fr", "Le colis vient de sortir de notre entrepôt ce matin."),
     ("es", "El paquete acaba de salir del almacén de Madrid."),
     ("it", "Il pacco è appena uscito dal magazzino di Bologna."),
     ("en", "Your parcel just came out of customs this morning."),
     ("en", "You can search for the order under \"Your Orders\" in your account.")],
)  # fmt: skip
def test_news_promotes_nothing(language: str, sentence: str) -> None:
    assert _PROMOTION not in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("it", "Scopra tutte le novità della stagione nel nostro negozio."),
     ("it", "La stessa serie è appena uscita anche in verde salvia."),
     ("it", "Basta cercare \"Oliva Home\" su Amazon per trovare tutta la linea."),
     ("es", "Descubra nuestras novedades de temporada."),
     ("es", "La misma colección acaba de salir también en gris."),
     ("es", "Solo tiene que buscar \"Oliva Home\" en Amazon para verla."),
     ("fr", "Découvrez nos nouveautés en boutique."),
     ("fr", "La même gamme vient de sortir aussi en vert sauge."),
     ("fr", "Il suffit de chercher « Oliva Home » sur Amazon pour la trouver."),
     ("de", "Suchen Sie auf Amazon einfach nach „Oliva Home“, dort finden Sie die ganze Reihe."),
     ("en", "The same throw has just come out in sage green too."),
     ("en", "Just search \"Oliva Home\" on Amazon to see the whole line."),
     ("ja", "Amazonで「オリバホーム」と検索していただくと、シリーズ全体をご覧いただけます。")],
)  # fmt: skip
def test_promotion_in_these_words_is_caught(language: str, sentence: str) -> None:
    assert _PROMOTION in rules_raised(language, sentence)
