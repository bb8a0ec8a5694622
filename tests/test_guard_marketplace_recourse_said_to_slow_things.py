"""A buyer told that a review or the marketplace's return request would only slow the remedy
("Amazonで返品リクエストを出されたり評価を投稿されたりすると、かえって…お時間がかかって") is
steered away from it; a return said to take some days to process steers no one. (Sentences of
our own.)"""

from __future__ import annotations

from drafted import rules_blocking

_RULE = "buyer.no-suppression"


def test_review_said_to_slow_the_remedy_is_blocked() -> None:
    sentence = "レビューを投稿されますと、交換品の発送が遅れてしまう場合がございます。"
    assert _RULE in rules_blocking("ja", sentence)


def test_return_request_said_to_slow_the_remedy_is_blocked() -> None:
    sentence = "Amazonの返品リクエストをされると、返金までかえって時間がかかってしまいます。"
    assert _RULE in rules_blocking("ja", sentence)


def test_processing_time_of_a_return_is_not_blocked() -> None:
    sentence = "商品が返送されましたら、3営業日以内に返金いたします。"
    assert _RULE not in rules_blocking("ja", sentence)
