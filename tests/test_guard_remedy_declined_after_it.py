"""A remedy declined after it is named offers nothing: as the subject of "is not possible"
("un remboursement partiel n'est pas possible"), or taken up by a pronoun after a comma ("as for
a partial refund, we cannot offer one", "一部返金については、いたしかねます"). A denial of another
remedy past a contrast ("…, but a full refund is not possible") leaves the first one offered.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import with_added

EXAMPLE = sellermail.get_scenario("return-size-mismatch").example


def _offer_blocks(language: str, sentence: str, offers: list[str]) -> list[str]:
    report = with_added("return-size-mismatch", language, sentence, {**EXAMPLE, "offers": offers})
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Regarding a partial refund, we are sadly not able to provide one."),
        ("en", "A partial refund is not possible for worn shoes, we are afraid."),
        ("fr", "Pour un remboursement partiel, nous ne sommes hélas pas en mesure de le faire."),
        ("fr", "Un remboursement partiel ne serait pas envisageable pour cet article."),
        ("de", "Eine Teilerstattung können wir bei getragener Ware leider nicht gewähren."),
        ("es", "Sobre un reembolso parcial, por desgracia no podemos concederlo."),
        ("es", "Un reembolso parcial no sería posible en este caso."),
        ("it", "Riguardo a un rimborso parziale, purtroppo non possiamo concederlo."),
        ("it", "Un rimborso parziale non sarebbe possibile in questo caso."),
        ("ja", "一部返金につきましては、今回はお受けいたしかねます。"),
    ],
)
def test_a_remedy_declined_after_it_is_no_offer(language: str, sentence: str) -> None:
    blocks = _offer_blocks(language, sentence, ["return"])
    assert not any("partial refund" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We can refund you $8.00 today, but a full refund is not possible."),
        (
            "fr",
            "Nous vous remboursons 8,00 € aujourd'hui, mais un remboursement intégral n'est pas possible.",
        ),
        ("de", "Wir erstatten Ihnen 8,00 €, aber eine volle Erstattung können wir nicht anbieten."),
        ("es", "Le reembolsamos 8,00 €, pero un reembolso completo no es posible."),
        ("it", "Le rimborsiamo 8,00 €, ma un rimborso completo non è possibile."),
        ("ja", "一部返金は可能ですが、全額返金はいたしかねます。"),
    ],
)
def test_a_denial_past_a_contrast_leaves_the_first_remedy(language: str, sentence: str) -> None:
    blocks = _offer_blocks(language, sentence, ["return"])
    assert any("adds a partial refund" in b for b in blocks), blocks
    assert not any("full refund" in b for b in blocks), blocks
