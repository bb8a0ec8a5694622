"""A count is not kept by the same number in another fact's words: an appeal about 4 claims
whose actions name "four shifts" and whose measures "4 checks" keeps its count only where a
number names the claims (or stands where no other fact puts it); a draft that changes the count
and repeats the other facts is missing it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {
    "store_name": "Harbour Lamps",
    "order_id": "113-1111111-2222222",
    "claims_count": 4,
    "response_hours": 12,
    "resolution_hours": 24,
    "root_cause": "Our lamp listing named the wrong bulb socket and the buyer's messages were "
    "left unread over a holiday",
    "corrective_actions": ["We corrected the socket type in the listing",
                           "We now cover buyer messages in four shifts a week"],
    "preventive_measures": ["Every listing gets 4 checks before it goes live"],
}  # fmt: skip
_DRAFT = """Dear Seller Performance Team,

We are writing about {claims} on orders placed with our store, including order
113-1111111-2222222.

Root cause: our lamp listing named the wrong bulb socket and the buyer's messages were left
unread over a holiday.

Corrective actions: we corrected the socket type in the listing, and we now cover buyer
messages in four shifts a week.

Preventive measures: every listing gets 4 checks before it goes live. We reply to buyers within
12 hours and resolve their issues within 24 hours.

Harbour Lamps
"""


def _count_missing(claims: str) -> bool:
    report = sellermail.check("appeal-a-to-z", _FACTS, _DRAFT.format(claims=claims))
    return any(v.kind == "missing_fact" and v.fact == "claims_count" for v in report.violations)


@pytest.mark.parametrize("claims", ["the three A-to-z claims", "the 5 A-to-z Guarantee claims"])
def test_a_changed_count_is_not_kept_by_other_facts(claims: str) -> None:
    assert _count_missing(claims)


@pytest.mark.parametrize(
    "claims", ["the four A-to-z claims", "the 4 A-to-z Guarantee claims", "A-to-z claims (4)"]
)
def test_the_count_written_is_kept(claims: str) -> None:
    assert not _count_missing(claims)
