"""A Japanese marketing e-mail's opt-out is often said as the reader not wishing the mails
(配信をご希望でない場合, お知らせがご不要でしたら) and the seller stopping them (配信を止めます,
メールをお止めします), not with 停止 or 解除. Words about wishes or stopping that concern no
mailing (ご希望の商品, 配送を止める) offer no way out. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SCENARIO = sellermail.get_scenario("vip-invitation")


def _opt_out_missing(closing: str) -> bool:
    """Whether the Japanese invitation, its own opt-out line replaced by ``closing``, is
    blocked for lacking an opt-out."""
    facts = dict(_SCENARIO.example)
    body = sellermail.render(_SCENARIO, facts, channel="email", language="ja").body
    draft = body.rstrip().rsplit("\n\n", 1)[0] + f"\n\n{closing}\n"
    report = sellermail.check(_SCENARIO, facts, draft, channel="email", language="ja")
    return any(v.rule == "email.marketing-opt-out" for v in report.violations)


@pytest.mark.parametrize(
    "closing",
    [
        "このようなお知らせの配信をご希望でない場合は、「不要」とご返信ください。",
        "ご案内の受け取りを希望されない場合は、その旨ご返信ください。",
        "メールがご不要な方は、ご返信いただければ送信を止めます。",
        "お知らせが不要でしたら、ご一報いただければすぐにメールをお止めします。",
        "メールマガジンの受け取りを希望されない方は、本メールにご返信ください。",
        "ニュースレターがご不要でしたら、件名に「停止」とご記入のうえご返信ください。",
        "今後メールの送付をご希望でなければ、一言お知らせいただければ幸いです。",
    ],
)
def test_not_wishing_the_mails_is_an_opt_out(closing: str) -> None:
    assert not _opt_out_missing(closing)


@pytest.mark.parametrize(
    "closing",
    [
        "ご希望の商品がございましたら、お気軽にお問い合わせください。",
        "一度発送した荷物の配送を止めることはできませんので、ご了承ください。",
        "お支払い方法のご希望をお知らせください。",
        "ラッピングをご希望でない場合は、ご注文時にお知らせください。",
    ],
)
def test_wishes_or_stops_about_no_mailing_are_no_opt_out(closing: str) -> None:
    assert _opt_out_missing(closing)
