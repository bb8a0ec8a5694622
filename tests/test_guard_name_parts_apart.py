"""A product named as a thing and what it comes with ("lampada da scrivania con braccio
flessibile") may be written the other way round or apart in one sentence ("il braccio
flessibile della Sua lampada da scrivania"): every word kept, each part whole; a changed word,
a part taken away ("senza") or the parts in different sentences is no longer the name.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.name_parts import kept
from sellermail.guard.wording import name_fold


def _kept(sentence: str, name: str, language: str) -> bool:
    return kept(name_fold(sentence), name_fold(name), language)


@pytest.mark.parametrize(
    ("language", "name", "sentence"),
    [
        ("it", "lampada da scrivania con braccio flessibile",
         "Il braccio flessibile della Sua lampada da scrivania si è allentato?"),
        ("es", "mochila de senderismo con funda impermeable",
         "¿La funda impermeable de su mochila de senderismo llegó rota?"),
        ("fr", "théière en fonte avec infuseur",
         "L'infuseur de votre théière en fonte est-il abîmé ?"),
        ("de", "Rucksack mit Regenhülle", "Ist die Regenhülle Ihres Rucksacks beschädigt?"),
        ("en", "desk lamp with flexible arm", "Has the flexible arm of your desk lamp come loose?"),
    ],
)  # fmt: skip
def test_the_parts_the_other_way_round_keep_the_name(
    language: str, name: str, sentence: str
) -> None:
    assert _kept(sentence, name, language)


@pytest.mark.parametrize(
    ("language", "name", "sentence"),
    [
        ("it", "lampada da scrivania con braccio flessibile",
         "Il braccio rigido della Sua lampada da scrivania si è allentato?"),
        ("it", "lampada da scrivania con braccio flessibile",
         "La lampada da scrivania senza braccio flessibile."),
        ("es", "mochila de senderismo con funda impermeable",
         "Su mochila de senderismo llegó bien. La funda impermeable no."),
        ("en", "desk lamp with flexible arm", "Has the flexible arm of your floor lamp come loose?"),
    ],
)  # fmt: skip
def test_a_changed_or_missing_part_is_no_longer_the_name(
    language: str, name: str, sentence: str
) -> None:
    assert not _kept(sentence, name, language)
