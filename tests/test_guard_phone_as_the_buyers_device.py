"""A phone is moved off the platform only when a call between seller and buyer is offered or
the buyer's number is asked for ("we can call you", "déjenos su teléfono", "ご自宅にお電話いたします").
The buyer's own phone as a device ("what phone you have", "votre téléphone est compatible",
携帯電話), calls as something the device does ("during phone calls", "durante una
telefonata"), the buyer calling someone else ("dass Sie Ihren Paketdienst anrufen") and the
order number ("il suo numero d'ordine") are no contact. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _off_platform(language: str, added: str) -> list[str]:
    report = with_added("usage-instructions", language, added)
    return [v.detail for v in report.violations if (v.rule or "").startswith("buyer.no-off")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Let me know which phone you have and I'll check it for you."),
        ("en", "Make sure the phone you place on the pad sits in the centre."),
        ("en", "The ring you ordered comes in a small gift box."),
        ("en", "Music pauses automatically during phone calls."),
        ("es", "Compruebe que su teléfono tenga el Bluetooth activado."),
        ("es", "Durante una llamada, la música se pausa sola."),
        ("fr", "Vérifiez que votre téléphone est bien compatible Qi."),
        ("fr", "Branchez le câble au téléphone puis patientez."),
        ("fr", "Pendant un appel vidéo, le micro reste actif."),
        ("it", "Verifichi che il suo telefono sia compatibile."),
        ("it", "Trova il suo numero d'ordine nella sezione I miei ordini."),
        ("it", "Durante una telefonata la musica si interrompe."),
        ("de", "Telefonate werden über das eingebaute Mikrofon geführt."),
        ("de", "Am schnellsten geht es, wenn Sie Ihren Paketdienst anrufen."),
        ("ja", "お客様の携帯電話が対応機種かご確認ください。"),
        ("ja", "携帯電話を充電パッドの中央に置いてください。"),
    ],
)  # fmt: skip
def test_the_buyers_own_phone_is_no_contact(language: str, sentence: str) -> None:
    assert _off_platform(language, sentence) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Happy to phone you if that's easier."),
        ("en", "We could set up a quick video call to walk you through it."),
        ("en", "A short phone call with our technician would sort this out."),
        ("en", "We could make a quick phone call to sort it."),
        ("es", "Déjenos su teléfono y se lo explicamos."),
        ("es", "Facilítenos su teléfono de contacto, por favor."),
        ("fr", "Indiquez-nous votre téléphone, s'il vous plaît."),
        ("fr", "Nous pouvons régler cela au téléphone en quelques minutes."),
        ("it", "Ci lasci il suo cellulare, per favore."),
        ("it", "Possiamo spiegarle tutto al telefono."),
        ("it", "Possiamo fare una telefonata insieme, se preferisce."),
        ("de", "Ein kurzer Anruf von uns klärt das schnell."),
        ("ja", "ご自宅にお電話いたします。"),
        ("ja", "お客様のお電話にご連絡いたします。"),
    ],
)  # fmt: skip
def test_a_call_offered_or_the_number_asked_is_still_off_platform(
    language: str, sentence: str
) -> None:
    assert _off_platform(language, sentence)
