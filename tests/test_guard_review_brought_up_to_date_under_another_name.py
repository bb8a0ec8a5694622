"""The buyer's review named by another noun (their experience, impressions, words, what they
shared) and asked to be brought up to date, refreshed or made to match the present state, in
every language ("Ihre Erfahrung auf den neuesten Stand bringen", "actualiser ce que vous avez
partagé", "aggiornare la sua esperienza", 現在の状況に合わせた内容に): a request to revise it.
The seller updating its own page, the buyer's address or the tracking asks nothing.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wenn Sie möchten, könnten Sie Ihre Erfahrung bei Amazon jetzt auf den neuesten Stand bringen."),
        ("de", "Es wäre schön, wenn Sie Ihre Erfahrungen auf der Produktseite auffrischen würden."),
        ("fr", "Si vous le souhaitez, vous pourriez mettre à jour votre expérience sur Amazon."),
        ("fr", "Peut-être pourriez-vous actualiser ce que vous avez partagé sur Amazon."),
        ("es", "Si le apetece, podría actualizar su experiencia en Amazon ahora que todo funciona."),
        ("es", "Quizá podría poner al día lo que compartió en Amazon."),
        ("it", "Se le va, potrebbe aggiornare la sua esperienza su Amazon."),
        ("it", "Magari potrebbe rinfrescare le sue impressioni su Amazon ora che tutto funziona."),
        ("ja", "よろしければ、Amazonでのご感想を最新の内容に更新していただけますと幸いです。"),
        ("en", "You could bring your experience on Amazon up to date now that it works."),
    ],
)  # fmt: skip
def test_the_buyers_account_asked_to_be_brought_up_to_date_is_caught(
    language: str, sentence: str
) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir bringen unsere Produktbeschreibung auf den neuesten Stand."),
        ("de", "Wir haben Ihre Adresse auf den aktuellen Stand gebracht."),
        ("fr", "Nous avons mis à jour votre adresse de livraison."),
        ("es", "Hemos actualizado la información de seguimiento."),
        ("it", "Abbiamo aggiornato il tracciamento della spedizione."),
        ("ja", "配送状況は最新の情報に更新しております。"),
        ("en", "We hope your experience on Amazon is a good one."),
    ],
)
def test_what_the_seller_updates_is_no_request(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
