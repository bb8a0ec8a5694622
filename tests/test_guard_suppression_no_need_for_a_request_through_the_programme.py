"""A recourse called needless when it is named as a request made through the marketplace's
programme, a longer object ("no need to open a request with the A-to-z Guarantee"): suppression,
in every language. A return request called needless beside a refund is not. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "There's no need to open a request with the Amazon A-to-z Guarantee, we'll handle everything ourselves."),
        ("de", "Sie müssen keinen Antrag im Rahmen der A-bis-z-Garantie von Amazon stellen."),
        ("fr", "Pas besoin d'ouvrir une demande au titre de la garantie A à Z d'Amazon."),
        ("es", "No hace falta abrir una solicitud con la Garantía de la A a la Z de Amazon."),
        ("it", "Non serve presentare una domanda tramite la Garanzia dalla A alla Z."),
        ("ja", "Amazonマーケットプレイス保証の申請をしていただく必要はございません。"),
    ],
)  # fmt: skip
def test_a_request_through_the_programme_called_needless_is_suppression(
    language: str, sentence: str
) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "There's no need to open the box again, the serial number is on the label."),
        ("ja", "返品のお手続きは不要です。"),
    ],
)
def test_something_else_called_needless_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
