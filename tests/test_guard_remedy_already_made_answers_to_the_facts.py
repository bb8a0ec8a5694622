"""A remedy named beside words that tell it already happened ("already", "last week",
"bereits", "déjà", "ya", "già", "すでに", "返金いたしました") is no offer made anew: it is a
claim of what happened, which only the facts can support. A remedy the facts do not say was
made is still caught; one that is offered is not dropped for being named so. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks
from sellermail.guard import remedies
from sellermail.guard.ready import ready

DONE = [
    ("en", "We refunded the shipping fee last week, and a replacement is now on its way."),
    ("de", "Die Erstattung der Versandkosten haben wir bereits letzte Woche veranlasst; der "
     "Ersatz ist nun unterwegs."),
    ("fr", "Nous avons déjà remboursé les frais de port la semaine dernière, et le "
     "remplacement est en route."),
    ("es", "Ya le reembolsamos los gastos de envío la semana pasada y el reemplazo está en camino."),
    ("it", "Abbiamo già rimborsato le spese di spedizione la settimana scorsa e la sostituzione "
     "è in viaggio."),
    ("ja", "先週すでに送料を返金しており、交換品もお送りいたします。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), DONE)
def test_a_refund_named_as_made_is_no_offer(language: str, sentence: str) -> None:
    ready(language)
    made: dict[str, tuple[int, int]] = {}
    found = remedies.offers_in(sentence, remedies.phrasing(language), None, made)
    assert set(made) & {"refund", "partial_refund"}  # the shipping fee alone: a partial one
    assert not set(found) & {"refund", "full_refund", "partial_refund"}


@pytest.mark.parametrize(("language", "sentence"), DONE)
def test_a_refund_no_fact_says_was_made_is_still_caught(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    # the refund is the full one, or a partial one where it names the shipping fee alone
    assert any(b.startswith(("adds a full refund", "adds a partial refund")) for b in blocks), (
        blocks
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "We already refunded you in full yesterday."),
     ("de", "Den vollen Kaufpreis haben wir Ihnen bereits gestern erstattet."),
     ("ja", "ご購入代金はすでに全額返金いたしました。")],
)  # fmt: skip
def test_an_offered_refund_named_as_made_is_not_dropped(language: str, sentence: str) -> None:
    assert not offer_blocks(language, sentence, ["full_refund"])


def test_a_remedy_offered_now_is_no_claim_of_the_past() -> None:
    made: dict[str, tuple[int, int]] = {}
    remedies.offers_in("We will refund you in full today.", remedies.ENGLISH, None, made)
    assert not made
