"""Settling a matter "without going through" the marketplace or a claim, a claim called needless
with an adverb between ("inutile, par contre, de …"), or withdrawn by a light imperative ("just
cancel the claim"): suppression, in every language. A refund without a return is a kindness, no
recourse withheld. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We'd rather settle this without involving eBay."),
        ("en", "There is no need for you to go through Amazon at all."),
        ("en", "We can sort it out without you having to open a case."),
        ("en", "Simply withdraw the dispute and we will look after you."),
        ("de", "Wir regeln das unter uns, ohne den Weg über den eBay-Käuferschutz."),
        ("de", "Schreiben Sie uns einfach, ohne einen A-bis-z-Garantieantrag zu stellen."),
        ("de", "Wir lösen das schneller, ohne dass Sie Amazon einschalten."),
        ("fr", "Réglons cela entre nous, sans passer par Amazon."),
        ("fr", "Pas besoin, par contre, d'ouvrir une réclamation."),
        ("es", "Lo arreglamos entre nosotros, sin pasar por Amazon."),
        ("es", "No hay ninguna necesidad de pasar por Amazon."),
        ("it", "Lo sistemiamo tra noi, senza passare da Amazon."),
        ("it", "Non c'è nessun bisogno di passare per Amazon: ci pensiamo noi."),
        ("ja", "Amazonを介さずに、当店で直接対応いたします。"),
    ],
)
def test_leaving_the_marketplace_or_a_claim_out_is_suppression(
    language: str, sentence: str
) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We will refund you without a return."),
        ("en", "If you open a case, we will answer it within a day."),
        ("de", "Wir erstatten den Betrag ohne Rücksendung."),
        ("fr", "Nous vous remboursons sans retour du produit."),
        ("es", "Le reembolsamos sin devolución."),
        ("it", "La rimborsiamo senza reso."),
    ],
)
def test_a_refund_without_a_return_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
