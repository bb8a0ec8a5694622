"""Stars asked for (a few, some, in diminutive: "ein paar Sterne", "unas estrellitas",
"quelques étoiles", "qualche stellina", "星をいくつか") or a rating, under everything being in order
or fitting now: a request only satisfied buyers get, in every language. The same condition with
nothing asked passes. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {"review.no-positive-request", "review.no-selective-request"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Falls jetzt alles in Ordnung ist, würden wir uns über einige Sterne auf Amazon sehr freuen."),
        ("de", "Wenn der Rucksack nun passt, wären ein paar Sternchen von Ihnen eine große Hilfe."),
        ("de", "Sobald alles stimmt, freuen wir uns über ein paar Sterne für unseren kleinen Laden."),
        ("es", "Si ya está todo bien, le agradeceríamos unas estrellas en Amazon."),
        ("es", "Cuando la lámpara ya esté en orden, nos encantaría que nos regalara unas estrellitas."),
        ("es", "Si todo está correcto, un par de estrellas suyas nos ayudarían mucho."),
        ("fr", "Si tout est en ordre maintenant, quelques étoiles de votre part nous feraient très plaisir."),
        ("fr", "Si tout vous convient, deux ou trois petites étoiles nous aideraient beaucoup."),
        ("it", "Se ora è tutto a posto, qualche stellina su Amazon ci farebbe davvero piacere."),
        ("it", "Se tutto è in ordine, ci regalerebbe qualche stella?"),
        ("ja", "問題がなければ、星をいくつかつけていただけると嬉しいです。"),
        ("ja", "すべて順調でしたら、レビューで星をつけていただけますと幸いです。"),
        ("en", "If everything is in order now, a few stars from you would mean a lot to our small shop."),
        ("en", "If it all fits now, some stars on Amazon would make our day."),
    ],
)  # fmt: skip
def test_stars_asked_when_all_is_in_order_are_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wenn alles passt, müssen Sie nichts weiter tun."),
        ("de", "Falls alles in Ordnung ist, brauchen Sie sich nicht zu melden."),
        ("es", "Si todo está en orden, no hace falta que haga nada más."),
        ("fr", "Si tout est en ordre, vous n'avez rien d'autre à faire."),
        ("it", "Se tutto è a posto, non deve fare nient'altro."),
        ("ja", "問題がなければ、このままお使いください。"),
        ("en", "If everything is in order, there is nothing else you need to do."),
        ("en", "Once everything is sorted, we will confirm by message."),
    ],
)
def test_all_in_order_with_nothing_asked_passes(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
