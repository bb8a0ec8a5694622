"""A remedy said with the everyday verbs of sending again or back counts as offered: the post's
verbs and participles ("we'll post your order again", "if you want it sent again"), German
"noch mal" and a separable "zurück" past a hyphenated word ("über Ihr DHL-Konto zurück").
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing

SAID = [
    ("en", "We'll post your order again to the right address today.", "resend"),
    ("en", "Would you like it sent again? Just reply and we'll arrange it.", "resend"),
    ("de", "Ich schick dir das Paket gleich noch mal raus.", "resend"),
    ("de", "Wir senden Ihnen die Lieferung noch mal an die neue Adresse.", "resend"),
    ("de", "Du schickst das Set bequem per DHL-Retourenschein zurück.", "return"),
    ("de", "Geben Sie die Schuhe einfach über das eBay-Rückgabeportal zurück.", "return"),
]  # fmt: skip
NOT_SAID = [
    ("en", "Feel free to post your review again once the issue is sorted.", "resend"),
    ("de", "Wir schauen uns das noch mal an und melden uns morgen.", "resend"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "remedy"), SAID)
def test_the_colloquial_verb_offers_the_remedy(language: str, sentence: str, remedy: str) -> None:
    assert remedy in offered(sentence, phrasing(language))


@pytest.mark.parametrize(("language", "sentence", "remedy"), NOT_SAID)
def test_the_same_words_without_the_order_offer_nothing(
    language: str, sentence: str, remedy: str
) -> None:
    assert remedy not in offered(sentence, phrasing(language))
