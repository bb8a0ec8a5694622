"""A list item's count stays with its thing whichever side of it the count is written: "ホワイト
×3" is three white ones, and a draft that moves the counts between the things ("ホワイト×2、
グレー×3") changes the facts; the counts kept next to their own things, in any wording
("ホワイトを3点", "3点のホワイト"), keep them. A count may be linked to its thing by a word
and that word's own linking word ("tres con estampado de dinosaurios"). (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard.counted import keeps_pair, pairs
from sellermail.guard.notation import said_in
from sellermail.guard.wording import fold

_FACTS = {"order_id": "250-1111111-2222222", "product": "収納ボックス", "quantity": 5,
          "specs": ["ブラウン×3", "ベージュ×2"], "store_name": "Hakoya"}  # fmt: skip


def _specs_missing(lines: str) -> bool:
    draft = (f"お客様\n\nご注文番号 250-1111111-2222222 の内容を確認させてください。\n\n"
             f"・商品：収納ボックス\n・数量：5点\n{lines}\n\nよろしくお願いいたします。\n\nHakoya\n")  # fmt: skip
    report = checked("order-quantity-confirmation", "ja", draft, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


def test_the_count_after_its_thing_is_read_with_it() -> None:
    assert pairs("ブラウン×3") == [(3, "ブラウン")]
    assert pairs("色: 白 × 2、黒 × 1") == [(2, "白"), (1, "黒")]


def test_a_measure_is_no_count() -> None:
    assert pairs("6 x 6 mm x 160 mm") == []


@pytest.mark.parametrize("lines", ["・カラー：ブラウン×2、ベージュ×3", "ブラウン2点、ベージュ3点"])
def test_counts_moved_between_things_change_the_facts(lines: str) -> None:
    assert _specs_missing(lines)


@pytest.mark.parametrize(
    "lines", ["・カラー：ブラウン×3、ベージュ×2", "ブラウンを3点、ベージュを2点"]
)
def test_counts_kept_with_their_things_keep_them(lines: str) -> None:
    assert not _specs_missing(lines)


@pytest.mark.parametrize(("text", "n", "thing", "kept"), [
    ("tres con estampado de dinosaurios y tres de estrellas", 3, "dinosaurios", True),
    ("dos con estampado de dinosaurios y tres de estrellas", 3, "dinosaurios", False),
    ("deux à motif de fleurs", 2, "fleurs", True),
])  # fmt: skip
def test_a_linking_word_after_the_words_between(text: str, n: int, thing: str, kept: bool) -> None:
    language = "es" if "tres" in text or "dos" in text else "fr"
    assert keeps_pair(fold(text), n, thing, language, said_in(n, language)) is kept
