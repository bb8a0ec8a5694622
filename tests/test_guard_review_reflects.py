"""Hoping the buyer's review will "reflect" how the problem was solved asks them to revise it:
blocked in every language, while saying what the review reflects is not. (Sentences of our
own, not of any corpus.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _manipulation(language: str, added: str) -> list[str]:
    report = with_added("review-followup-offer", language, added)
    return [v.detail for v in report.violations if (v.rule or "").startswith("review.no-manip")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We would be grateful if your rating could reflect how we put things right."),
        ("de", "Wir hoffen, dass Ihre Rezension danach widerspiegelt, wie wir reagiert haben."),
        ("fr", "Nous serions ravis que votre avis reflète la solution trouvée."),
        ("es", "Nos encantaría que su reseña reflejara cómo lo hemos resuelto."),
        ("it", "Saremmo lieti se la sua recensione rispecchiasse la soluzione trovata."),
        ("ja", "解決いたしましたら、その旨をレビューに反映していただけますと幸いです。"),
    ],
)  # fmt: skip
def test_a_review_hoped_to_reflect_the_solution_is_manipulation(
    language: str, sentence: str
) -> None:
    assert _manipulation(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your review reflects a real problem, and we have improved the product."),
        ("de", "Ihre Bewertung spiegelt ein echtes Problem wider, das wir behoben haben."),
        ("fr", "Votre avis reflète un vrai problème, que nous avons corrigé."),
        ("es", "Su reseña refleja un problema real; ya hemos mejorado el producto."),
        ("it", "La sua recensione riflette un problema reale, che abbiamo risolto."),
        ("ja", "いただいたレビューは製品改善の参考にいたします。"),
    ],
)  # fmt: skip
def test_saying_what_a_review_reflects_asks_nothing(language: str, sentence: str) -> None:
    assert _manipulation(language, sentence) == []
