"""A count of a letter or a size in a list of details ("Initials: 2 x B, 3 x K") is kept by a
draft that links the number to it with a few words ("2 con la B", "2 with the letter B",
"2 mit dem Buchstaben B"); counts swapped between the letters are still changed details.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"buyer_name": "Ines", "order_id": "111-2223334-4445556", "product": "wooden napkin ring",
          "quantity": "5", "specs": ["Initials: 2 x B, 3 x K"], "store_name": "Kiefer & Co"}  # fmt: skip

_KEPT = {
    "en": "2 with the letter B and 3 with the letter K",
    "it": "2 con la B e 3 con la K",
    "es": "2 con la B y 3 con la K",
    "fr": "2 avec la lettre B et 3 avec la lettre K",
    "de": "2 mit dem Buchstaben B und 3 mit dem Buchstaben K",
}
_SWAPPED = {
    "en": "3 with the letter B and 2 with the letter K",
    "it": "3 con la B e 2 con la K",
    "de": "3 mit dem Buchstaben B und 2 mit dem Buchstaben K",
}


def _specs_missing(language: str, initials: str) -> bool:
    draft = f"Ines,\n\n111-2223334-4445556:\nwooden napkin ring\n5\n{initials}\n\nKiefer & Co\n"
    report = checked("order-quantity-confirmation", language, draft, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize("language", sorted(_KEPT))
def test_a_count_linked_to_its_letter_by_words_is_kept(language: str) -> None:
    assert not _specs_missing(language, _KEPT[language])


@pytest.mark.parametrize("language", sorted(_SWAPPED))
def test_counts_swapped_between_letters_are_still_changed(language: str) -> None:
    assert _specs_missing(language, _SWAPPED[language])
