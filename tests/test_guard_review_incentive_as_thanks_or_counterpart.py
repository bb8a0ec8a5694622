"""A review asked with a gift promised as thanks for it later in the sentence ("dites-le dans
un avis : pour vous remercier, nous vous glisserons une taie"), or named as the counterpart of
what the seller does ("c'est la seule contrepartie que nous demandons"): an incentive. Thanks
for a review in words only, or a review asked with no counterpart, is none. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_INCENTIVE = "review.no-incentive"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Racontez-nous tout dans un avis : pour vous remercier, nous vous enverrons un bougeoir.",
        ),
        (
            "fr",
            "Un petit avis nous ferait plaisir ; en remerciement, nous vous offrirons la livraison.",
        ),
        ("fr", "Laissez-nous un avis, c'est la seule contrepartie que nous vous demandons."),
        ("de", "Schreiben Sie uns eine Rezension – zum Dank legen wir Ihnen eine Tasse bei."),
        ("de", "Eine Bewertung ist die einzige Gegenleistung, um die wir Sie bitten."),
        ("es", "Déjenos una reseña y, para agradecérselo, le enviaremos un llavero."),
        ("es", "Una valoración es la única contrapartida que le pedimos."),
        ("it", "Ci lasci una recensione: per ringraziarla le spediremo un portachiavi."),
        (
            "fr",
            "Si le remplacement vous plaît, dites-le dans un avis : en guise de remerciement, nous"
            " vous joindrons un échantillon.",
        ),
        ("it", "Una recensione è l'unica contropartita che le chiediamo."),
        (
            "de",
            "Teilen Sie Ihre Erfahrung in einer Rezension, als Dankeschön schicken wir Ihnen Sticker.",
        ),
    ],
)
def test_a_gift_as_thanks_or_a_counterpart_is_an_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Merci pour votre avis, il nous aide beaucoup."),
        ("fr", "Pour vous remercier de votre patience, nous vous envoyons le colis en express."),
        ("de", "Vielen Dank im Voraus für Ihre Bewertung."),
        ("es", "Le agradecemos de antemano su reseña."),
        ("it", "La ringraziamo per la recensione, ci è stata molto utile."),
    ],
)
def test_thanks_in_words_is_no_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE not in rules_blocking(language, sentence)
