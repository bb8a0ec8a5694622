"""A return or claim held up until the seller has had a word ("before you go ahead with the
return, tell us ...", "avant de poursuivre la procédure de retour", 返品手続きを進める前に) steers
the buyer away from it; instructions for sending the item back are no such thing. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Before proceeding with your return request, please give us a chance to fix it."),
     ("de", "Bevor Sie mit der Rücksendung fortfahren, schildern Sie uns bitte kurz das Problem."),
     ("fr", "Avant de poursuivre votre demande de retour, dites-nous ce qui ne va pas."),
     ("es", "Antes de seguir con la devolución, cuéntanos qué ha fallado."),
     ("it", "Prima di procedere con il reso, scrivici cosa non va."),
     ("ja", "返品手続きを進める前に、一度ご相談いただけますか。")],
)  # fmt: skip
def test_a_return_held_up_is_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Before you send it back, please put the charger in the box too."),
     ("fr", "Avant de nous renvoyer l'article, pensez à joindre le chargeur."),
     ("es", "Antes de enviarlo, incluye por favor el cargador.")],
)  # fmt: skip
def test_instructions_for_the_return_are_fine(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" not in rules_blocking(language, sentence)
