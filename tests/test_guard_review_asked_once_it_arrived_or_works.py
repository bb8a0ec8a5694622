"""A review asked of the buyer for whom everything arrived well or the item now works ("si todo
ha llegado perfecto, ... valorarnos", 無事に点灯できるようになりましたら…レビュー), or a top grade
named for it (★5, 「ポジティブ」の評価): a request only pleased buyers answer, or for a
positive review. A review asked of everyone, or help offered if something is wrong, is fine.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Si todo ha llegado bien, nos encantaría que nos valorara como vendedor."),
        (
            "es",
            "Y si el pedido llegó perfecto, le agradeceríamos que dedicara un minuto a valorarnos.",
        ),
        ("es", "Cuando todo haya llegado en orden, puede calificarnos en Amazon."),
        ("ja", "無事に届きましたら、レビューを書いていただけると嬉しいです。"),
        ("ja", "うまく組み立てられましたら、ぜひ評価をお願いします。"),
        ("ja", "★5のレビューをいただけると励みになります。"),
        ("ja", "評価欄で「ポジティブ」を選んでいただけると助かります。"),
        ("es", "Si todo ha salido perfecto con la entrega, ¿podría reseñarnos?"),
        ("ja", "正常に動くようになりましたら、星5つで評価していただけると幸いです。"),
        ("ja", "問題なく使えるようでしたら、「非常に良い」の評価をお願いします。"),
    ],
)
def test_a_review_asked_of_the_pleased_or_for_top_marks_is_blocked(
    language: str, sentence: str
) -> None:
    rules = rules_blocking(language, sentence)
    assert rules & {"review.no-selective-request", "review.no-positive-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Si algo no ha llegado bien, escríbanos y lo solucionamos."),
        ("es", "Valoramos mucho su confianza."),
        ("ja", "無事に届きましたら、ご連絡いただけると安心です。"),
        ("ja", "よろしければ、商品の評価をお願いいたします。"),
        ("es", "Si el paquete no ha llegado bien, le enviamos otro."),
    ],
)
def test_a_review_asked_of_everyone_is_fine(language: str, sentence: str) -> None:
    rules = rules_blocking(language, sentence)
    assert not rules & {"review.no-selective-request", "review.no-positive-request"}
