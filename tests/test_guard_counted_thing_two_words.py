"""A counted thing named by two words that end its item ("2 x vert sapin", "2 x light grey")
is those two words: the second may be what tells it apart, so "2 x vert pomme" is a changed
fact; the thing kept in the language's forms ("2 en vert sapin", "two light grey") keeps it, and
a first word alone still names one thing where more follow ("3 x red, 2 x blue").
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard.counted import keeps_pair, pairs
from sellermail.guard.wording import fold

_FACTS = {"order_id": "404-1234567-7654321", "product": "bonnets en laine", "quantity": "4",
          "specs": ["2 x vert sapin", "2 x gris"], "buyer_name": "Odile",
          "store_name": "Atelier Nord"}  # fmt: skip


def _specs_missing(colours: str) -> bool:
    draft = (f"Bonjour Odile,\n\nCommande 404-1234567-7654321 : 4 bonnets en laine, {colours}. "
             "Pouvez-vous nous le confirmer ?\n\nAtelier Nord\n")  # fmt: skip
    report = checked("order-quantity-confirmation", "fr", draft, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


def test_the_second_word_changed_is_a_changed_fact() -> None:
    assert _specs_missing("2 x vert pomme et 2 x gris")


def test_the_two_words_kept_keep_it() -> None:
    assert not _specs_missing("2 en vert sapin et 2 en gris")


def test_the_two_words_are_the_thing_only_at_the_items_end() -> None:
    assert pairs("2 x light grey") == [(2, "light grey")]
    assert pairs("3 x red, 2 x blue") == [(3, "red"), (2, "blue")]


@pytest.mark.parametrize(("text", "kept"), [("two light grey ones", True),
                                            ("2 x light-grey", True), ("2 x dark grey", False)])  # fmt: skip
def test_english_counts_the_two_words(text: str, kept: bool) -> None:
    assert keeps_pair(fold(text), 2, "light grey") is kept
