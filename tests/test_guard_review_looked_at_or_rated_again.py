"""A buyer asked to look at their review again (a fresh look, a second look, a new eye), to rate
again, to bring the review in line with how things now stand, or told that it no longer matches
them, is asked to revise it, in every language; the same looking again at a parcel's tracking, or
the seller re-assessing a case, is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

MANIPULATION = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Once the new one arrives, perhaps you could take a fresh look at your rating."),
     ("en", "When it is all sorted, would you cast a fresh eye over your review?"),
     ("en", "Once it is fixed, could you rate us again?"),
     ("en", "We'd be grateful if you brought your review in line with how things turned out."),
     ("de", "Vielleicht werfen Sie danach noch einmal einen Blick auf Ihre Bewertung."),
     ("de", "Wenn alles erledigt ist, würden wir uns über einen zweiten Blick auf Ihre Rezension freuen."),
     ("de", "Vielleicht mögen Sie uns danach neu bewerten."),
     ("de", "Es wäre schön, wenn Ihre Bewertung danach zur neuen Lage passt."),
     ("de", "Schön wäre, wenn das, was Sie uns im Shop geschrieben haben, am Ende auch den zweiten Teil der Geschichte enthält."),
     ("fr", "Une fois tout réglé, pourriez-vous jeter un nouvel œil à votre avis ?"),
     ("fr", "Peut-être porterez-vous un regard neuf sur votre évaluation une fois le colis arrivé."),
     ("fr", "Quand tout sera arrangé, vous pourriez nous noter à nouveau ?"),
     ("fr", "Nous serions ravis que votre commentaire raconte aussi cette partie de l'histoire."),
     ("es", "Quizá quiera darle una segunda mirada a su valoración cuando llegue el nuevo."),
     ("es", "Cuando se solucione, ¿nos volvería a valorar?"),
     ("es", "Nos alegraría que su opinión se ajustara a la nueva situación."),
     ("es", "Cuando le llegue el nuevo, ¿podría volver a pasar por su reseña? Nos ayudaría mucho."),
     ("es", "Nos encantaría que su valoración contara también cómo quedó todo al final."),
     ("es", "Creemos que su reseña ya no refleja lo que pasó después."),
     ("it", "Forse vorrà dare un secondo sguardo alla sua valutazione."),
     ("it", "Una volta risolto, potrebbe valutarci di nuovo?"),
     ("it", "Abbiamo letto la sua recensione: quando il cambio sarà fatto, potrebbe dedicarle un nuovo sguardo?"),
     ("it", "Forse la sua recensione non rispecchia più quello che è successo dopo."),
     ("ja", "問題が解決しましたら、レビューをもう一度ご覧いただけますと幸いです。"),
     ("ja", "解決後に、改めてご評価をいただけましたら嬉しく存じます。"),
     ("ja", "交換品が届きましたら、評価を見返していただけますと幸いです。"),
     ("en", "When the replacement arrives, maybe give your review another read."),
     ("en", "Could you re-evaluate your rating once it's resolved?"),
     ("en", "Perhaps you might see your review in a new light once the new one is there."),
     ("en", "Could you look back over your review once everything is sorted?"),
     ("de", "Vielleicht lesen Sie Ihre Bewertung danach noch einmal durch."),
     ("de", "Vielleicht sehen Sie Ihre Bewertung danach in einem neuen Licht."),
     ("de", "Vielleicht magst du deine Bewertung dann nochmal anschauen."),
     ("fr", "Une fois tout réglé, pourriez-vous relire votre avis ?"),
     ("fr", "Peut-être pourriez-vous réexaminer votre évaluation après l'échange ?"),
     ("fr", "Votre commentaire ne reflète plus vraiment la situation, peut-être pourriez-vous y revenir."),
     ("fr", "Peut-être verrez-vous votre note sous un nouveau jour."),
     ("es", "Cuando todo esté resuelto, ¿podría releer su reseña?"),
     ("es", "Quizá quiera replantearse su valoración cuando llegue el nuevo."),
     ("es", "¿Podría mirar su reseña con otros ojos cuando se solucione?"),
     ("es", "¿Le importaría echarle un ojo de nuevo a su valoración?"),
     ("it", "Quando sarà tutto risolto, potrebbe rileggere la sua recensione?"),
     ("it", "Forse vorrà guardare con occhi nuovi la sua recensione."),
     ("it", "Se le va, potrebbe ripassare dalla sua recensione quando arriva il nuovo?"),
     ("ja", "解決しましたら、レビューを再確認していただけますと幸いです。"),
     ("es", "Vimos su reseña de dos estrellas. Cuando llegue el nuevo, ¿podría echar otro vistazo?"),
     ("it", "Abbiamo letto la sua valutazione. Quando arriva il nuovo, potrebbe dare un'altra occhiata?")],
)  # fmt: skip
def test_a_review_looked_at_or_rated_again_is_manipulation(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & MANIPULATION


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Please take a fresh look at the tracking page tomorrow."),
     ("de", "Werfen Sie gern noch einmal einen Blick auf die Sendungsverfolgung."),
     ("de", "Wir werden den Fall prüfen und die Lage neu bewerten."),
     ("fr", "N'hésitez pas à jeter un nouvel œil au suivi demain."),
     ("es", "Puede pasar por nuestra tienda cuando quiera."),
     ("it", "Le dedichiamo un nuovo sguardo al suo ordine per verificarlo."),
     ("ja", "ご注文の商品は本日発送いたしました。改めて追跡番号をお知らせいたします。"),
     ("ja", "後日、改めてご連絡させていただきます。"),
     ("en", "We have re-read your message and will look back over the order history."),
     ("ja", "いただいた評価を見返し、今後の改善に努めてまいります。"),
     ("ja", "商品の再評価を社内で行いました。"),
     ("fr", "Nous avons relu votre message et vérifié le suivi."),
     ("es", "Hemos releído su mensaje y revisado el envío."),
     ("it", "Abbiamo riletto il suo messaggio e controllato la spedizione."),
     ("de", "Wir haben Ihre Nachricht noch einmal durchgelesen und die Sendung geprüft."),
     ("it", "Siamo tornati sul suo ordine per controllare l'indirizzo."),
     ("es", "Puede echar un vistazo a su pedido en la sección Mis pedidos."),
     ("es", "Puede echar otro vistazo al seguimiento mañana."),
     ("it", "Può dare un'altra occhiata al tracciamento domani.")],
)  # fmt: skip
def test_looking_again_at_anything_else_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & MANIPULATION
