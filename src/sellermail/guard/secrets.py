"""Secrets: the ones this process holds, and the shapes of the ones it does not know.

The LLM layer registers what it is configured with (the API key, a password in the base URL)
with :func:`register`; nothing here reads the environment, so the guard stays pure. The guard's
``any.no-secret`` rule blocks a text that holds a registered secret or a token shaped like one
(:func:`secrets_in`), and :func:`redact` masks both in any line shown to a user — before it is
cut to length, so no prefix of a secret survives a truncation.

Finding tokens is linear in the text's length: candidates are runs of token characters, each
judged on its own (no pattern that backtracks over a long run).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from sellermail.errors import FactError, ScenarioError

#: The shortest value registered as a secret: "ollama", "EMPTY" and other placeholders a local
#: server takes are not secrets (and would mask ordinary words).
MIN_SECRET = 8
#: What a masked secret looks like.
MASK = "****"

_lock = threading.Lock()
_known: tuple[str, ...] = ()

#: Runs of the characters API keys and tokens are made of (a character class first: fast).
_CANDIDATE = re.compile(r"[A-Za-z0-9_+/=.~-]{16,}")
_BEARER = re.compile(r"\b[Bb][Ee][Aa][Rr][Ee][Rr]\s+$")
_PREFIXES = ("sk-", "sk_live_", "rk_live_", "ghp_", "gho_", "ghs_", "ghu_", "github_pat_",
             "glpat-", "xoxb-", "xoxp-", "xoxa-", "hf_", "AIza", "AKIA", "ASIA")  # fmt: skip
_JWT = re.compile(r"eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}")
_HEX = re.compile(r"[0-9a-fA-F]{32,}")
_KEYLIKE = re.compile(r"[A-Za-z0-9_+/-]{32,}={0,2}")
#: ``scheme://user:password@`` in a URL.
_USERINFO = re.compile(r"(?<=://)[^\s/@:]*(?::[^\s/@]*)?@")


def register(*secrets: str | None) -> None:
    """Remember ``secrets`` (the configured key, a base URL's password) for the guard and for
    :func:`redact`; short placeholders are ignored."""
    global _known
    fresh = [s for s in secrets if s and len(s) >= MIN_SECRET]
    if not fresh:
        return
    with _lock:
        # Longest first: a key that contains another is masked whole.
        _known = tuple(sorted({*_known, *fresh}, key=len, reverse=True))


def registered() -> tuple[str, ...]:
    return _known


def _key_shaped(part: str) -> bool:
    if _HEX.fullmatch(part):
        return any(c.isdigit() for c in part) and any(c.isalpha() for c in part)
    if not _KEYLIKE.fullmatch(part):
        return False
    digits = sum(c.isdigit() for c in part)
    upper = sum(c.isupper() for c in part)
    lower = sum(c.islower() for c in part)
    return digits >= 3 and upper >= 3 and lower >= 3


def _shaped(bearer: bool, token: str) -> list[str]:
    """The secret-shaped parts of one candidate token."""
    token = token.rstrip(".")
    if bearer or _JWT.fullmatch(token):
        return [token]
    if token.startswith(_PREFIXES) and len(token) >= 20:
        return [token]
    # NAME=value, as pasted from an environment file ("OPENAI_API_KEY=sk-proj-..."): the value
    name, equals, value = token.partition("=")
    if equals and value.rstrip("=") and name.replace("_", "").isalnum():
        return _shaped(False, value)
    parts = []
    for part in token.split("."):
        # a path ("//host/dp/B08N5WRWNW", "/images/..."), unlike base64, is read piece by piece
        parts += part.split("/") if part.startswith("/") or "//" in part else [part]
    return [part for part in parts if len(part) >= 32 and _key_shaped(part)]


#: The shortest piece any reader asks for: pieces this long are found once per text.
_SHORTEST_PIECE = 7


def long_pieces(text: str, shortest: int) -> list[tuple[str, int]]:
    """The pieces of ``text`` between white space of ``shortest`` or more characters, with
    where each starts (for tokens that hold no space: most words are too short to look at)."""
    if shortest < _SHORTEST_PIECE:
        return _located(text, shortest)
    return [(piece, at) for piece, at in _long_enough(text) if len(piece) >= shortest]


@lru_cache(maxsize=4)
def _long_enough(text: str) -> list[tuple[str, int]]:
    """The pieces of ``text`` of :data:`_SHORTEST_PIECE` or more characters, read once for
    every reader of the text (the secrets, the near misses of IDs)."""
    return _located(text, _SHORTEST_PIECE)


def _located(text: str, shortest: int) -> list[tuple[str, int]]:
    found, at = [], 0
    for piece in [piece for piece in text.split() if len(piece) >= shortest]:
        at = text.find(piece, at)
        found.append((piece, at))
        at += len(piece)
    return found


def secrets_in(text: str) -> list[str]:
    """The registered secrets in ``text``, then the tokens shaped like API keys: ``sk-...``
    (``sk-proj-...`` too), bearer tokens, JWTs, GitHub/Slack/AWS/Google key shapes, 32 or more
    hex digits, or 32 or more base64 characters mixing upper case, lower case and digits."""
    found = [secret for secret in _known if secret in text]
    for piece, at in long_pieces(text, 16):
        for match in _CANDIDATE.finditer(piece):
            start = at + match.start()
            bearer = _BEARER.search(text, max(0, start - 12), start) is not None
            found += _shaped(bearer, match[0])
    return list(dict.fromkeys(found))


def mask(secret: str) -> str:
    """How a secret is quoted: its first three characters at most (``sk-…``)."""
    return f"{secret[:3]}…" if len(secret) >= 16 else MASK


def redact(text: str) -> str:
    """``text`` with every secret masked: registered ones, key-shaped tokens and the
    credentials of URLs (``http://****@host``)."""
    for secret in _known:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _USERINFO.sub(f"{MASK}@", text)
    for secret in secrets_in(text):
        text = text.replace(secret, mask(secret))
    return text


#: Login details written out: a password, passcode or one-time code, or a login beside one.
CREDENTIALS = (
    r"\b(?:pass\s?words?|pass\s?codes?|pwd|pin(?: code)?|log-?in|user\s?name|2fa|otp"
    r"|(?:one-time|verification|security|backup|recovery) codes?"
    # the same labels in the other languages
    r"|passw[oö]rt|kennwort|benutzername|zugangs(?:code|daten)|mot de passe|code d'accès"
    r"|contraseña|nombre de usuario|nome utente|codice di accesso|clave de acceso|mot de passe"
    r"|identifiants?|parola d'ordine)\b"
    # what it opens, named between the label and its value ("Kennwort für das Kundenkonto:")
    r"(?:\s+(?:for|of|to|für|zum|zur|pour|du|de|del|para|per|della|dell')\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"(?:\s+(?:is|was|are|ist|lautet|est|es|è|=|:|-)|\s*[:=：])\s*[\"'`]?"
    r"(?=[^\s\"'`;,]*\d)(?:(?=[^\s\"'`;,]*[^\d\s\"'`;,.])|(?=[^\s\"'`;,]{6}))[^\s\"'`;,]{4,}"
    # "password Kh#Ship2024!": a bare value that is no word (a digit and a letter or a symbol)
    r"|\b(?:pass\s?words?|pass\s?codes?|pwd|passw[oö]rt|kennwort|mot de passe|contraseña)\s+"
    r"(?=\S*\d)(?=\S*[^\W\d])[^\s\"'`]{6,}"
    # a key or a server's login labelled, the value after a colon ("clave: Qm7!rTz29", "SMTP-PW:
    # ...", "Schlüssel: ..."): no word (a digit and a letter or a symbol)
    r"|\b(?:(?:api|access|secret|private|smtp|imap|ftp|ssh|app)[\s_-]?(?:keys?|pw|pass)"
    r"|(?<!product )(?<!license )(?<!licence )(?<!activation )(?<!serial )keys?"
    r"|secrets?|clave|claves|clé|chiave|schlüssel|mdp|pw|senha|smtp|imap|ftp|ssh)"
    r"\s*[:=：]\s*[\"'`]?(?=[^\s\"'`]*\d)(?=[^\s\"'`]*[^\W\d])[^\s\"'`]{6,}"
    # a login and its password paired ("vip@shop.es:Qm7!rTz29", "user@x.de / Kh#2024ab")
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?::|\s/\s|\|)\s*(?=[^\s\"'`]*\d)(?=[^\s\"'`]*[a-z])"
    r"[^\s\"'`]{6,}"
    # Japanese labels, the value in ASCII after a space, a colon or は ("パスワード Lb#2024mail!")
    r"|(?:パスワード|パスコード|暗証番号|ログインid|ユーザー(?:名|id)|認証コード)(?:\s*[:=：]|\s*は|\s+)\s*"
    r"(?=[\x21-\x7e]*\d)(?=[\x21-\x7e]*[a-z#!$%&*?@])[\x21-\x7e]{6,}"
)

#: The labels of keys and servers' logins, and the "@" of a login paired with its password.
LABEL_CUES = ("key", "secret", "clave", "clé", "chiave", "schlüssel", "mdp", "pw", "senha",
              "smtp", "imap", "ftp", "ssh", "identifiant", "parola d'ordine", "@")  # fmt: skip


@cache
def _credentials() -> re.Pattern[str]:
    return re.compile(CREDENTIALS, re.IGNORECASE)


def credentials_in(text: str) -> list[str]:
    """Passwords, logins and one-time codes written out in ``text``."""
    return [match[0] for match in _credentials().finditer(text)]


def refuse_secrets(scenario: str, text: str, facts: Mapping[str, Any]) -> None:
    """A one-line error naming the fact when a rendered message (``text``, from ``facts``)
    holds a secret (an API key, a token, a password), so that nothing prints, sends or writes
    it."""
    found = secrets_in(text) + credentials_in(text)
    if not found:
        return
    for name, value in facts.items():
        for item in value if isinstance(value, list) else [value]:
            if secrets_in(str(item)) or credentials_in(str(item)):
                raise FactError(name, f"{mask(found[0])} looks like a secret (an API key, token "
                                      "or password); it must not go into a message")  # fmt: skip
    raise ScenarioError(
        f"template {scenario}: its text holds what looks like a secret "
        f"({mask(found[0])}); take it out of the template"
    )


#: A note meant for the seller's own team, in any language: a named internal note, memo or
#: remark to a colleague, or a "do not send", at a line's start or opening a bracket.
_NOTE = (
    r"(?:internal|interne?[rs]?|intern[oa])\s+(?:notes?|memos?|comments?|remarks?|only|use|"
    r"notiz|anmerkung|vermerk|hinweis|info)"
    r"|(?:notes?|nota|memos?|mémo|remarque|commentaire|comentario|commento|apunte|appunto|promemoria)"
    r"\s+intern[aoe]s?"
    r"|note\s+to\s+(?:self|team)|(?:note|memo|notiz|hinweis|nota|mémo)(?=\s+(?:for|für|an|pour|para|per)\s)"
    r"|todo|do\s+not\s+send|don'?t\s+send|nicht\s+(?:ab)?senden|(?:à\s+)?ne\s+pas\s+envoyer"
    r"|no\s+(?:enviar|mandar)|(?:da\s+)?non\s+inviare"
    r"|社内(?:メモ|用|連絡|共有|向け)|内部(?:メモ|用|連絡|备注|備考)|备注|送信(?:しない|不可|前に確認)"
    # a note addressed to a team by its name ("Note SAV", "Notiz fürs Team", "担当メモ")
    r"|(?:note|notiz|nota|memo|mémo)\s+(?:(?:for|to|für|fürs|pour|para|per)\s+(?:the\s+|l'|le\s+|la\s+|el\s+|il\s+)?)?"
    r"(?:sav|cs|support|team|équipe|equipo|squadra|lager|entrepôt|almacén|magazzino|warehouse|staff|service)\b"
    r"|(?:担当|スタッフ|店舗|作業|対応)(?:者)?(?:用)?メモ"
)
#: An adjective alone ("[internal – ...]", "(interno: ...)") only where it opens a bracket.
_BARE = r"internal|interne?|intern[oa]"
#: Whom a note is for, if it says ("per Wei", "for the warehouse", "for Xiao Wu", "for Anna
#: in support"): a colleague named in up to three words, not the reader.
_FOR = (
    r"(?:\s+(?:for|für|an|pour|para|per|to)\s+(?:the\s+|il\s+|la\s+|el\s+|le\s+|den\s+|die\s+)?"
    r"(?!you\b|your\b|sie\b|ihr\w*|vous\b|votre\b|usted\b|su\b|lei\b|te\b|tu\b)[\w.]+"
    r"(?:[ \t]+[\w.]+){0,2}?)?"
)
_SEPARATOR = rf"{_FOR}\s*(?:[:：\]）)】>]|\s[-–—]|[-–—]\s)"
INTERNAL_NOTE = re.compile(
    rf"^[ \t>*#※・-]*[\[(（【<]?[ \t]*(?:{_NOTE}){_SEPARATOR}"
    rf"|[\[(（【][ \t]*(?:{_BARE}){_SEPARATOR}"
    r"|[\[(（【][^\])）】\n]{0,80}?(?:do not (?:send|forward)|don'?t (?:send|forward)|no (?:enviar|reenviar)"
    r"|nicht (?:senden|weiterleiten)|ne pas (?:envoyer|transmettre)|non (?:inviare|inoltrare)|送信しない|転送しない"
    # a bracket telling a colleague what to keep from the reader ("[… do NOT mention the …]")
    r"|(?<!you )(?:do not|don'?t|never) mention|nicht erwähnen|ne pas mentionner|no mencionar"
    r"|non menzionare|(?:言わない|触れない)で)",
    re.MULTILINE,
)
#: Words every internal note holds one of (a quick test before the pattern is tried).
NOTE_CUES = ("intern", "hinweis für", "hinweis an", "todo", "not send",
             "n't send", "nicht senden", "nicht absenden", "pas envoyer", "no enviar", "no mandar",
             "non inviare", "forward", "weiterleiten", "reenviar", "transmettre", "inoltrare",
             "note ", "nota ", "notiz ", "memo ", "mémo ", "メモ", "社内", "内部", "备注", "送信",
             "not mention", "n't mention", "never mention",
             "nicht erwähnen", "pas mentionner", "no mencionar", "non menzionare", "言わないで",
             "触れないで")  # fmt: skip


def internal_notes(text: str) -> list[str]:
    """Notes meant for the seller's own team left in ``text`` (their opening words)."""
    return [match[0].strip() for match in INTERNAL_NOTE.finditer(text.lower())]
