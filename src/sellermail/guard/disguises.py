"""Other channels as sellers disguise them in a buyer message: messaging apps and their
abbreviations, addresses and phone numbers spelled out, a call offered (the words the
off-platform rules of :mod:`sellermail.guard.conduct` look for)."""

from __future__ import annotations

#: A word naming a thing before a noun ("what phone", "the ring", "any phone"): the word
#: after it is the thing, not a call made.
_THING = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("the", "a", "an", "what", "which", "any", "of", "this", "that", "new", "every",
                 "each", "same", "our", "my", "whichever", "whatever")
)  # fmt: skip
#: "you" as the subject of a clause after a noun ("the phone you have", "the ring you
#: ordered", "the phone you're using"): the word before "you" names a thing.
_CLAUSE = (
    r"(?!['’](?:re|ve|d|ll)\b|\s+(?:have|had|has|are|were|use|used|own|bought|got|chose|picked"
    r"|put|set|found|want|need|like|love|prefer|plan|currently|already|just|can|could|will"
    r"|would|should|might|may|do|did|don't|didn't|\w+ed)\b)"
)
#: A call to the buyer as a verb ("we'll call you", "happy to phone you"), not a thing of
#: theirs a clause describes.
CALL_YOU = rf"{_THING}(?:call|phone|ring|telephone)\s+you\b{_CLAUSE}"
#: The buyer's own calls, as something their device does ("during a phone call", "when you
#: get a video call", "while on a call"): no call with the seller.
_THEIRS = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("during", "get", "gets", "receive", "receives", "answer", "end", "incoming",
                 "re on", "while on", "are on")
)  # fmt: skip

#: Other channels, as sellers disguise them: apps and their abbreviations, spelled-out
#: addresses, spaced or split brand names.
DISGUISED = (
    r"微信|威信|v信|薇信|加微|\bv\s?x\b|\bw\s?x\b|\bq\s?q\b|\bline\s*(?:id|app)\b|\bkakao\w*|\b(?:on|via|through) signal\b|\bsignal (?:app|messenger)\b"
    r"|\bwhats?\s*'?\s*app\b|\bwe\s*-?\s*chat\b|\bp\s*a\s*y\s*-?\s*p\s*a\s*l\b|\bpay\s+pal\b"
    r"|\bcash\s*app\b|\bvenmo\b|\bzelle\b|\bwise\.com\b|\bcrypto\w*|\bbitcoin\b|\busdt\b"
    r"|\b(?:g\s*mail|hot\s*mail|outlook|yahoo|qq|163|126)\s*(?:\.|dot)\s*(?:com|cn|net)\b"
    r"|\b(?:text|call|message|dm|ping|reach|contact)\s+(?:us|me)\s+(?:directly\s+)?"
    r"(?:on|at|via|through)\s+(?:our\s+)?(?:whats|we|tele|insta|face|line|signal|phone|cell|mobile)\w*"
    # a call offered, or the buyer's number asked for
    r"|\b(?:give|send|share|leave|tell|text)\s+(?:us|me)\s+your\s+(?:phone|mobile|cell|telephone)\b"
    rf"|\b(?:we|i)(?:'ll|'d| can| could| will| would)?\s+(?:\w+\s+){{0,3}}?{CALL_YOU}"
    # WhatsApp as it is said ("wasap", "guasap", "whatsap"), a messaging app described, not named
    r"|\b(?:whatsap|wh?atsapp?|wasapp?|guasapp?|wass?app?)\w*|\b(?:chat|messaging|messenger|texting)[- ]?apps?\b"
    r"|\bapps?\s+(?:de\s+mensajer[ií]a|di\s+messaggistica)\b|\bapplications?\s+de\s+messagerie\b"
    # an account on an app, in any script: a handle ("@shop_jp", "ＩＤ：@shop") or added as a friend
    r"|(?<![\w.@＠-])[@＠][a-z0-9_][a-z0-9_.]{2,}(?![\w@＠-]|\.[a-z])|\badd\s+(?:us|me)\s+(?:as\s+a\s+(?:friend|contact)|on)\b"
    # an app's account named in any of the marketplaces' languages ("Threema-ID", "compte Signal"),
    # the apps no other word is spelled like, and short names after a preposition ("on IG")
    r"|\b(?:line|signal|threema|telegram|skype|kakao\w*|discord|viber|insta(?:gram)?|tiktok|snapchat)"
    r"[ \t-]*(?:id|handle|user\s?name|benutzername|nutzername|konto|pseudo|nome\s+utente"
    r"|usuario|nombre\s+de\s+usuario)\b"
    r"|\b(?:compte|cuenta|account|profilo|konto|numéro|número|numero|nummer)\s+(?:de\s+|di\s+|on\s+|sur\s+)?"
    r"(?:signal|threema)\b|\b(?:threema|discord|snapchat)\b|\b(?:on|via|at|auf|bei|über|per|sur|su|por|en)\s+(?:ig|insta|snap)\b"
)
#: A phone call offered or the buyer's number asked for: a call leaves the marketplace's messages.
PHONE_CALL = (
    rf"\b(?=(?:call|phone|ring|telephone)\s){CALL_YOU}"
    r"|\b(?:give|make)\s+you\s+a\s+(?:quick\s+)?(?:call|ring)\b"
    # a call as an event with the seller: one call, or calls with us or offered
    rf"|\b(?=a|o){_THEIRS}(?:an?|one)\s+(?:(?:quick|short|brief|free|personal)\s+)?(?:phone|telephone|video)\s+call\b"
    r"|\b(?:phone|telephone|video)\s+calls?\s+(?:with|from)\s+(?:us|me|our|my)\b"
    r"|\b(?:available|reachable)\s+(?:\w+\s+)?(?:for|by|via)\s+(?:phone|telephone|video)\s+calls?\b"
    r"|\b(?:by|over\s+the)\s+(?:phone|telephone)\b"
    r"|\byour\s+(?:phone|telephone|mobile|cell(?:phone)?|contact)\s+(?:number|no\b)"
)
#: Other channels' cue words: a message holding none of them is not read for disguises.
DISGUISED_CUES = (
    "微",
    "威",
    "v信",
    "薇",
    "vx",
    "v x",
    "wx",
    "w x",
    "qq",
    "q q",
    "line id",
    "line app",
    "kakao",
    "signal",
    "whatsapp",
    "whats app",
    "what's app",
    "wechat",
    "we chat",
    "we-chat",
    "pal",
    "venmo",
    "zelle",
    "wise.com",
    "crypto",
    "bitcoin",
    "usdt",
    "cash app",
    "cashapp",
    "gmail",
    "g mail",
    "hotmail",
    "hot mail",
    "outlook",
    "yahoo",
    "163",
    "126",
    "dm ",
    "us on",
    "me on",
    "us at",
    "me at",
    "us via",
    "me via",
    "directly on",
    "directly at",
    "your phone",
    "your mobile",
    "your cell",
    "your telephone",
    "call you",
    "phone you",
    "ring you",
    "wasa",
    "guasa",
    "wassa",
    "whatsa",
    "chat app",
    "chat-app",
    "chatapp",
    "messaging app",
    "messenger app",
    "messenger-app",
    "texting app",
    "mensajer",
    "messagerie",
    "messaggistica",
    "@",
    "＠",
    "add us",
    "add me",
    "threema",
    "discord",
    "snap",
    "on ig",
    "via ig",
    "at ig",
    "auf ig",
    "bei ig",
    "über ig",
    "per ig",
    "sur ig",
    "su ig",
    "por ig",
    "en ig",
    "instagram",
    "insta ",
    "insta:",
    "insta.",
    "insta,",
    "telegram",
    "skype",
    "viber",
    "tiktok",
)
#: An address spelled out to slip past filters: "support at maple dot com".
#: "at" and "dot" as the marketplaces' languages spell them (contact (arobase) shop (point) fr).
_DOT = r"(?:dot|point|punkt|punto)"
_AT = r"(?:at|arroba|arobase|chiocciola|klammeraffe|ät)"
_SLASH = r"(?:slash|schrägstrich|barra|barre\s+oblique)"
_TLD = r"(?:com|net|org|cn|co|shop|store|io|fr|jp|eu|uk|mx)"
SPELLED_ADDRESS = (
    # a dot in brackets spells an address whatever follows its ending ("tienda (punto) es y ...")
    rf"[\w-]+\s*(?:[(\[]\s*{_DOT}\s*[)\]]\s*(?:{_TLD}|de|es|it)"
    rf"|\s+{_DOT}\s+(?:{_TLD}|(?:de|es|it)(?!\s*[\w(])|(?:de|es|it)\s+{_SLASH}))\b"
    # after an "at" spelled out, any ending is an address's ("soporte arroba tienda punto es y …")
    rf"|[\w-]+\s+{_AT}\s+[\w-]+\s+{_DOT}\s+[a-z]{{2,4}}\b"
)  # "de", "es" and "it" are words too ("point de vue", "at this point it is"): only at the end,
#  or before a path's slash spelled out ("shop punkt de slash setup")
#: Seven or more number words in a row: a phone number spelled out.
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\s+\w+)"
SPELLED_NUMBER = rf"\b{_NUMBER_WORD}(?:[\s,.-]+{_NUMBER_WORD}){{6,}}\b"
