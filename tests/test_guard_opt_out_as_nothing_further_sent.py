"""A marketing e-mail's opt-out may be a commitment instead of a procedure: a message that
promises to send nothing further unless the reader acts ("you won't hear from us about it
again", "no volverás a recibir esta invitación", "du hörst dann nichts mehr von uns") leaves
the reader out by doing nothing, and so do other ways to stop further mail. An invitation
that only says how to join, or lets the reader discard it without promising anything, still
has no way out. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SCENARIO = sellermail.get_scenario("vip-invitation")


def _opt_out_missing(language: str, closing: str) -> bool:
    """Whether the invitation in ``language``, its own opt-out line replaced by ``closing``,
    is blocked for lacking an opt-out."""
    facts = dict(_SCENARIO.example)
    body = sellermail.render(_SCENARIO, facts, channel="email", language=language).body
    draft = body.rstrip().rsplit("\n\n", 1)[0] + f"\n\n{closing}\n"
    report = sellermail.check(_SCENARIO, facts, draft, channel="email", language=language)
    return any(v.rule == "email.marketing-opt-out" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("en", "If it's not for you, that's fine: you won't hear from us about it again."),
        ("en", "You won't receive any further invitations unless you write to us."),
        ("en", "Write to us if you'd like to be removed from future mailings."),
        ("en", "Not interested? Then we won't send you another email about the club."),
        ("es", "Si no le interesa, no recibirá más correos sobre el club."),
        ("es", "Si prefieres que no te escribamos, no te molestaremos más."),
        ("es", "Si no te interesa, no volverás a recibir esta invitación."),
        ("de", "Falls du kein Interesse hast, musst du nichts tun – du hörst dann nichts mehr von uns."),
        ("de", "Sie erhalten keine weiteren E-Mails von uns, wenn Sie nicht antworten."),
        ("de", "Ohne Antwort melden wir uns dazu nicht wieder."),
        ("fr", "Sans réponse de votre part, vous ne recevrez plus d'invitation de notre part."),
        ("fr", "Si cela ne vous intéresse pas, nous ne vous recontacterons pas."),
        ("fr", "Vous n'entendrez plus parler de nous à ce sujet."),
        ("it", "Se non ti interessa, non riceverai altre email da parte nostra."),
        ("it", "Non ti scriveremo di nuovo su questo argomento."),
        ("it", "Se non è interessato, non riceverà ulteriori inviti."),
        ("ja", "ご興味がない場合は、今後このようなご案内をお送りすることはございません。"),
        ("ja", "改めてご連絡することはございませんので、ご安心ください。"),
        ("ja", "このご案内は今回限りとさせていただきます。"),
    ],
)  # fmt: skip
def test_a_promise_to_send_nothing_further_is_an_opt_out(language: str, closing: str) -> None:
    assert not _opt_out_missing(language, closing)


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("en", "If not, feel free to simply delete this email."),
        ("en", "Don't miss out: you won't see prices like this again!"),
        ("es", "Unirte es muy sencillo: escríbenos y nos ocupamos del resto."),
        ("de", "Wenn du dabei sein möchtest, schreib uns einfach."),
        ("fr", "Nous avons hâte de vous compter parmi nos membres !"),
        ("it", "Per aderire basta scriverci: ci pensiamo noi al resto."),
        ("ja", "ご参加を心よりお待ちしております。"),
    ],
)  # fmt: skip
def test_an_invitation_with_no_way_out_is_still_blocked(language: str, closing: str) -> None:
    assert _opt_out_missing(language, closing)
