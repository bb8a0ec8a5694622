"""Italian names a review in the singular as well as the plural: "aggiornare il giudizio",
"modificare il suo commento" ask the buyer to revise what they wrote, like "i giudizi" and
"i commenti"; a comment of the seller's own does not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "DHL", "buyer_name": "Emma"}


@pytest.mark.parametrize(
    "sentence",
    ["Le saremmo grati se trovasse un minuto per aggiornare il giudizio che ci aveva lasciato.",
     "Potrebbe modificare il suo commento sulla pagina del prodotto?"],
)  # fmt: skip
def test_a_singular_review_noun_is_a_review(sentence: str) -> None:
    assert "review.no-manipulation" in rules_raised("it", sentence, TRANSIT)


def test_a_comment_of_our_own_asks_nothing() -> None:
    assert not rules_raised(
        "it", "Abbiamo aggiunto un breve commento sulla spedizione nel pacco.", TRANSIT
    )
