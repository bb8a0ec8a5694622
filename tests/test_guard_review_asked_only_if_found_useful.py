"""A review asked only if the product proved useful ("si le resulta útil y decide
quedársela", "se le è utile e decide di tenerlo"), and the unhappy buyer sent to the seller first
("primero a nosotros", "d'abord à nous", "plutôt que de laisser une note"): a selective request
or suppression, in every language. Keeping it alone (for a partial refund, or beside an honest
review), or help offered if something is wrong, is no such condition. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {
    "review.no-positive-request",
    "review.no-selective-request",
    "buyer.no-suppression",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Si la batidora le resulta práctica y decide quedársela, una valoración en Amazon nos vendría genial."),
        ("es", "Si no está contento, cuéntenoslo primero a nosotros antes de valorarnos."),
        ("fr", "Si le sécateur vous est utile et que vous décidez de le garder, un avis nous ferait très plaisir."),
        ("fr", "Si vous n'êtes pas satisfait, écrivez-nous d'abord plutôt que de laisser une note."),
        ("it", "Se il frullatore le è utile e decide di tenerlo, una recensione ci aiuterebbe molto."),
        ("de", "Wenn Ihnen der Organizer nützlich ist und Sie ihn behalten, freuen wir uns über eine Bewertung."),
        ("en", "If it turns out useful and you keep it, we'd love a review; if not, please talk to us first."),
    ],
)  # fmt: skip
def test_a_review_asked_only_if_useful_or_kept_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Si decide quedársela, le reembolsamos 12,00 €."),
        ("es", "Si decide quedársela y tiene un momento, nos encantaría leer su opinión sincera."),
        ("fr", "Si vous décidez de la garder, nous vous remboursons 6,00 €."),
        ("es", "Si tiene cualquier problema, escríbanos y lo resolveremos."),
        ("fr", "Si quelque chose ne va pas, écrivez-nous et nous trouverons une solution."),
        ("it", "Se qualcosa non va, ci scriva pure e troveremo una soluzione."),
        ("en", "If you keep it, we will refund $6.00."),
        ("en", "If the guide is helpful, great; if not, reply here and we will help."),
    ],
)
def test_keeping_it_or_help_offered_asks_for_no_review(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
