"""A key or a server's login after its label ("clave: …", "Schlüssel: …", "SMTP-PW: …",
"API key: …"), or a login paired with its password ("user@shop.es:Qm…"), is a credential in
any language; a product key sold, a merchant ID or the label with no value is not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

RULE = "any.no-credentials"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "IMAP: pedidos@tienda.es / clave: Vx82!kLm0q"),
     ("de", "Zugang Lager-PC – Schlüssel: Hb7#pw2291"),
     ("fr", "Compte SMTP : boutique@exemple.fr — mdp : Lune88!azr"),
     ("en", "API key: zk93Lm!x0Qp"),
     ("it", "Accesso: ordini@negozio.it:Tz7!mw20aa")],
)  # fmt: skip
def test_a_labelled_key_or_a_login_pair_is_blocked(language: str, sentence: str) -> None:
    assert RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Merchant ID: A1ZNM7S4Q8WK2X"),
     ("en", "The key is to keep the lid dry for 2-3 days."),
     ("es", "La clave está en dejarlo secar bien."),
     ("de", "Schreiben Sie uns an info@shop.de / Tel. 030 1234567.")],
)  # fmt: skip
def test_no_value_after_a_label_passes(language: str, sentence: str) -> None:
    assert RULE not in rules_blocking(language, sentence)
