"""What the buyer posted, asked to be revisited in words the earlier rules did not read: brought
"auf dem neuesten Stand" (dative), named as a published message or post, as what they wrote
(to us) with tu or a clitic, added to (追記), or said to be able to reflect things better: a
request to revise a review. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

REVISE = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Schön wäre es, wenn Ihr Beitrag auf der Artikelseite danach auf dem aktuellen Stand ist."),
     ("de", "Vielleicht mögen Sie Ihren veröffentlichten Kommentar noch um die Lösung ergänzen."),
     ("de", "Ihre Sterne könnten das inzwischen vielleicht besser widerspiegeln."),
     ("fr", "Pourriez-vous actualiser votre texte publié sur Amazon une fois le colis reçu ?"),
     ("fr", "Le post que vous aviez rédigé pourrait peut-être être mis à jour maintenant."),
     ("fr", "Peut-être aimeriez-vous relire ce que vous nous aviez écrit à l'époque."),
     ("es", "Quizá quieras actualizar tu mensaje publicado en la ficha ahora que todo funciona."),
     ("es", "Tal vez le apetezca volver a echar un vistazo a lo que me escribió en su momento."),
     ("es", "Puede que su valoración pudiera reflejar mejor cómo terminó todo."),
     ("it", "Se ti va, potresti rivedere quanto che hai scritto e aggiornarlo."),
     ("it", "Magari il voto che ci hai lasciato potrebbe rispecchiare meglio la situazione."),
     ("it", "Ti chiediamo di aggiornare il tuo messaggio pubblicato sulla scheda."),
     ("ja", "以前ご投稿された内容に、交換後の状況を追記していただけますと幸いです。"),
     ("en", "Now that it works, your rating could perhaps reflect the outcome better.")],
)  # fmt: skip
def test_what_the_buyer_posted_asked_to_be_revisited(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & REVISE


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Wir halten Sie über die Sendung auf dem neuesten Stand."),
     ("fr", "Merci pour le message que vous nous avez envoyé hier."),
     ("es", "Gracias por lo que nos escribió ayer sobre el paquete."),
     ("it", "Grazie per quello che ci hai scritto ieri sul pacco."),
     ("ja", "ご投稿いただいた内容を社内で共有いたしました。"),
     ("en", "The tracking page could reflect the new status better tomorrow.")],
)  # fmt: skip
def test_the_buyers_words_thanked_for_or_kept_up_to_date_is_no_revision(
    language: str, sentence: str
) -> None:
    assert not rules_blocking(language, sentence) & REVISE
