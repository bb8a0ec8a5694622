"""Talking the buyer out of a recourse on the marketplace: the request there ("the request on
Amazon", "die Anfrage bei eBay", "la demande sur Amazon", eBayのリクエスト) asked to be withdrawn,
in any person or with the verb split ("zurücknimmst", "ziehen Sie … zurück"), or as the condition
of what the seller then does ("if you withdraw the request, we…"); a return through the
marketplace asked not to be requested. A request received, a return the buyer may start, and a
case reported closed (ケースはすでにクローズされています) are none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

#: The rules of conduct about reviews and recourses (a sentence that breaks none is no request).
_CONDUCT = {
    "review.no-manipulation",
    "review.no-manipulation-implied",
    "review.no-positive-request",
    "review.no-selective-request",
    "review.no-incentive",
    "buyer.no-suppression",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you withdraw the request on Amazon, we can sort it out between us here."),
        ("en", "Please don't request a return through Amazon; just message us here."),
        ("de", "Es wäre lieb, wenn du die Anfrage bei eBay so lange zurücknimmst."),
        ("de", "Bitte beantragen Sie dafür keine Rücksendung über Amazon."),
        ("de", "Ziehen Sie die Anfrage bei Amazon bitte zurück, wir klären das unter uns."),
        (
            "fr",
            "Si vous retirez la demande sur Amazon, nous réglerons tout directement entre nous.",
        ),
        ("es", "Si retiras la solicitud en eBay, lo arreglamos directamente entre nosotros."),
        ("es", "Por favor, no solicite la devolución a través de Amazon; escríbanos aquí."),
        ("it", "Per favore non richiedere il reso tramite Amazon, scrivici qui."),
        ("ja", "Amazonでの返品リクエストを取り下げていただければ、こちらで直接対応いたします。"),
        ("ja", "ケースをクローズしていただけますか。"),
    ],
)
def test_a_recourse_withdrawn_or_not_requested_is_suppression(language: str, sentence: str) -> None:
    """The marketplace's recourse asked away."""
    raised = rules_raised(language, sentence)
    assert "buyer.no-suppression" in raised, raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have received your return request on Amazon and approved it."),
        ("en", "Once you drop off the return at the post office, we will refund you."),
        ("de", "Selbstverständlich nehmen wir die Rücksendung gern zurück."),
        ("de", "Deine Rückgabeanfrage bei eBay haben wir erhalten und angenommen."),
        ("fr", "Vous pouvez demander le retour via Amazon depuis vos commandes."),
        ("it", "Puoi richiedere il reso tramite Amazon dalla sezione ordini."),
        ("ja", "お問い合わせのケースはすでにクローズされています。"),
        ("en", "If you've already cancelled the return request, please ignore this message."),
    ],
)
def test_a_request_received_or_reported_closed_is_none(language: str, sentence: str) -> None:
    """What the seller received, allows or reports."""
    assert not rules_raised(language, sentence) & _CONDUCT
