"""A remedy the seller or the policy declines is no offer, however the denial is placed: "our
policy does not allow a refund", "eine Erstattung ist bei dieser Bestellung leider nicht
möglich" (adverbials before the denial), "返金はいたしかねます" (the denial after the noun). A
remedy offered beside it is still read. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

DECLINED = [
    ("en", "Our policy does not allow a refund on opened items, so we are sending a replacement."),
    ("en", "We do not offer refunds on personalised items, but we will send you a replacement."),
    ("de", "Eine Erstattung ist bei dieser Bestellung leider nicht möglich, wir senden Ihnen aber "
     "gerne einen Ersatz."),
    ("fr", "Nous ne pouvons malheureusement pas vous rembourser, mais nous vous envoyons un "
     "produit de remplacement."),
    ("es", "Lamentablemente no podemos reembolsarle el pedido, pero le enviaremos un reemplazo."),
    ("it", "Purtroppo non possiamo rimborsare l'ordine, ma le invieremo una sostituzione."),
    ("ja", "誠に恐れ入りますが、返金はいたしかねます。代わりに交換品をお送りいたします。"),
]  # fmt: skip
ADDED = [
    ("en", "Our policy does not allow a refund on opened items, but we will refund you in full "
     "this time."),
    ("de", "Eine Erstattung ist normalerweise nicht möglich; wir erstatten Ihnen trotzdem den "
     "vollen Kaufpreis."),
    ("ja", "通常は返金はいたしかねますが、今回は全額返金いたします。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), DECLINED)
def test_a_declined_refund_adds_none(language: str, sentence: str) -> None:
    assert not offer_blocks(language, sentence, ["replacement"])


@pytest.mark.parametrize(("language", "sentence"), ADDED)
def test_a_refund_offered_after_the_denial_is_caught(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any("adds a full refund" in b for b in blocks), blocks
