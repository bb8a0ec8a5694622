"""A new unit named in Japanese by the product's own noun is a replacement: exchanged for
(新しいケトルとの交換, 新品のポットとお取り替え) or sent (新しいマグをお送りいたします); a new
tracking number, parcel or address is none, and an exchange declined right after offers none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str) -> set[str]:
    ready("ja")
    return set(remedies.offers_in(text, remedies.phrasing("ja")))


@pytest.mark.parametrize(
    "text",
    ["ご対応は次のいずれかとなります。\n1. 新しいトースターとの交換\n2. 全額返金",
     "新品のマグカップとお取り替えいたします。",
     "新しいランプを改めてお送りいたします。",
     "交換用のフィルターを発送いたします。"],
)  # fmt: skip
def test_a_new_unit_by_its_noun_is_a_replacement(text: str) -> None:
    assert "replacement" in _offered(text)


@pytest.mark.parametrize(
    "text",
    ["新しい追跡番号をお送りいたします。",
     "新しいご住所にお送りいたします。",
     "新しいトースターとの交換はいたしかねます。"],
)  # fmt: skip
def test_a_new_number_or_address_or_a_declined_exchange_is_none(text: str) -> None:
    assert "replacement" not in _offered(text)
