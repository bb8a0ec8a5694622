"""A password or login written out under its label in another language ("Passwort: …",
"パスワード Lb#…") is a credential like an English one; the word alone, with no value, is not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "any.no-credentials"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Kennwort für das Kundenkonto: Sommer#2024x"),
        ("fr", "Mot de passe : Ete2024!boutique"),
        ("es", "Contraseña: Tienda2024$"),
        ("ja", "※管理画面のパスワードはAdm1n#2024です"),
    ],
)
def test_credentials_are_blocked(language: str, sentence: str) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ihr Passwort wird niemals per E-Mail von uns abgefragt."),
        ("ja", "パスワードは8文字以上で設定してください。"),
    ],
)
def test_labels_without_a_value_are_not_blocked(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
