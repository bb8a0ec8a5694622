"""A new unit named as what the buyer awaits or bought ("when you're waiting for a new coat") is
the order itself, no replacement offered; a new unit sent is still one. Money given back in
Japanese as お返し is a refund. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "When you are waiting for a new coat, a week feels long."),
        ("de", "Wer auf einen neuen Mantel wartet, zählt die Tage."),
        ("fr", "Quand on attend un nouveau manteau, une semaine paraît longue."),
        ("es", "Cuando uno espera un abrigo nuevo, una semana se hace larga."),
        ("it", "Quando si attende un cappotto nuovo, una settimana sembra lunga."),
    ],
)  # fmt: skip
def test_a_new_unit_awaited_is_no_replacement(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "So you don't have to wait, we'll send you a new coat today."),
        ("de", "Damit Sie nicht warten müssen, schicken wir Ihnen einen neuen Mantel."),
        ("fr", "Pour ne pas vous faire attendre, nous vous envoyons un nouveau manteau."),
        ("es", "Para que no tenga que esperar, le enviamos un abrigo nuevo."),
        ("it", "Per non farla attendere le spediamo un cappotto nuovo."),
    ],
)  # fmt: skip
def test_a_new_unit_sent_is_still_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("sentence", "remedy"),
    [
        ("お使いいただけるようでしたら、代金の一部をお返しいたします。", "partial_refund"),
        ("ご購入代金を全額お返しいたします。", "full_refund"),
        ("300円をお返しすることも可能です。", "partial_refund"),
    ],
)  # fmt: skip
def test_money_given_back_is_a_refund_in_japanese(sentence: str, remedy: str) -> None:
    assert remedy in offered(sentence, phrasing("ja")), sentence


def test_money_not_given_back_is_no_refund_in_japanese() -> None:
    assert not offered("代金の一部をお返しすることはできかねます。", phrasing("ja"))
