"""Japanese may set an adverb between a partial refund's object and its verb ("代金の一部を別途
ご返金", "一部を追加でご返金"): still a partial refund, added when not offered; a full refund
with 別途 is no partial one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str) -> set[str]:
    ready("ja")
    return set(remedies.offers_in(text, remedies.phrasing("ja")))


@pytest.mark.parametrize(
    "text",
    ["お詫びのしるしとして代金の一部を別途ご返金させていただきます。",
     "さらに、ご注文代金の一部を追加でご返金いたします。"],
)  # fmt: skip
def test_an_adverb_before_the_verb_keeps_the_partial_refund(text: str) -> None:
    assert "partial_refund" in _offered(text)


def test_a_full_refund_stays_full() -> None:
    assert "partial_refund" not in _offered("ご注文代金の全額を別途ご返金いたします。")
