"""A return offered with the item as a pronoun before the buyer's own verb ("o lo devuelves",
"oppure la restituisci", "ou vous la retournez") or with する between (返品していただく) is
offered; the same words added where no return is offered are caught, and a return said not to
be needed offers none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

KEEP = {
    "es": "Quédese la chaqueta y le reembolsamos 9,50 €,",
    "it": "Tenga la giacca e le rimborsiamo 9,50 €,",
    "fr": "Gardez la veste et nous vous remboursons 9,50 €,",
    "de": "Behalten Sie die Jacke und wir erstatten Ihnen 9,50 €,",
    "ja": "そのままお手元に残していただき、950円を返金いたします。または、",
}


def _offer_details(language: str, sentence: str, offers: list[str]) -> list[str]:
    amount = "950" if language == "ja" else "9,50"
    facts = {"buyer_name": "Marta", "product": "giacca", "partial_refund": amount,
             "offers": offers}  # fmt: skip
    text = f"{KEEP[language]} {sentence}\n\nNordvento"
    report = checked("return-size-mismatch", language, text, facts)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


OFFERED = [
    ("es", "o lo devuelves y listo."),
    ("es", "o, si lo prefiere, la devuelve sin más."),
    ("it", "oppure la restituisci."),
    ("it", "oppure la rimandi indietro."),
    ("fr", "ou vous la retournez."),
    ("fr", "ou retournez-la simplement."),
    ("de", "oder Sie geben sie einfach zurück."),
    ("ja", "返品していただいても構いません。"),
    ("ja", "ご返品をしていただくことも可能です。"),
]


@pytest.mark.parametrize(("language", "sentence"), OFFERED)
def test_a_return_by_a_pronoun_is_offered(language: str, sentence: str) -> None:
    details = _offer_details(language, sentence, ["partial_refund", "return"])
    assert not details, details


@pytest.mark.parametrize(("language", "sentence"), OFFERED)
def test_a_return_by_a_pronoun_not_offered_is_caught(language: str, sentence: str) -> None:
    details = _offer_details(language, sentence, ["partial_refund"])
    assert any("adds a return" in d for d in details), details


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "no hace falta que la devuelvas."),
        ("it", "non serve che la restituisca."),
        ("ja", "返品していただく必要はございません。"),
    ],
)
def test_a_return_not_needed_offers_none(language: str, sentence: str) -> None:
    details = _offer_details(language, sentence, ["partial_refund"])
    assert not details, details
