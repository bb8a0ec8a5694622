"""What marketing e-mail to buyers must carry: a way to opt out, and the sender's postal
address (as the US CAN-SPAM Act asks), in the many ways people write them."""

from __future__ import annotations

import re

#: A promise that something will not happen: "won't", "will never", "'ll never".
_NEVER = r"(?:won't|won’t|will\s+not|will\s+never|'ll\s+never|’ll\s+never)"
#: Mail a reader may be promised no more of.
_MAIL = r"(?:e-?mails?|messages?|invitations?|mail(?:ings)?|reminders?|newsletters?)\b"

#: Ways people offer to stop marketing mail.
OPT_OUT = re.compile(
    r"\bunsubscrib\w*|\bopt(?:ing)?[- ]?out\b|\bno longer (?:wish|want|like) to (?:receive|hear|get)\b"
    r"|\b(?:rather|prefer) not (?:to )?(?:receive|hear|get)\b|\bstop (?:receiving|getting|these|our)\b"
    r"|\bdo(?:n't| not) want (?:to )?(?:receive|hear|get)\b"
    r"|\b(?:reply|respond|write back|answer)\b[^.\n]{0,30}\b(?:stop|unsubscribe|remove|no thanks)\b"
    r"|\b(?:remove|take) you (?:off|from) (?:our|the|this) (?:\w+ )?(?:list|mailing)"
    r"|\bmanage (?:your )?(?:e-?mail |mailing |subscription |communication )?preferences\b"
    # what the sender then does: "we won't email you again", "we'll stop writing to you"
    r"|\b(?:won't|will not|will never|never) (?:e-?mail|write to|contact|message) you (?:again|anymore|any more)\b"
    r"|\bstop (?:e-?mailing|writing to|contacting|messaging|sending) you\b"
    r"|\bbe (?:removed|taken off|unsubscribed)\b"
    # a promise to send nothing further unless the reader acts, which leaves the reader out
    # by doing nothing: "you won't hear from us about it again", "we won't send another"
    rf"|\b{_NEVER}\s+(?:\w+\s+)?hear\s+(?:\w+\s+){{0,2}}?from\s+us\b"
    rf"|\b{_NEVER}\s+(?:\w+\s+)?(?:receive|get|be\s+sent)\s+(?:\w+\s+){{0,3}}?{_MAIL}"
    rf"|\b{_NEVER}\s+(?:\w+\s+)?(?:e-?mail|write|contact|message|send|remind|bother|invite)\b"
    r"(?:\s+\w+){0,4}?\s+(?:again|anymore|any\s+more|another|further|anything\s+(?:else|more))\b"
    rf"|\b{_NEVER}\s+follow\s+up\b|\bno\s+(?:more|further)\s+{_MAIL}"
    rf"|\bthe\s+(?:only|last)\s+{_MAIL}(?!\s+address)",
    re.IGNORECASE,
)
_STREET = (
    r"street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|suite|ste|court|ct|place|pl"
    r"|parkway|pkwy|highway|hwy|floor|fl|unit|building|bldg|square|sq|terrace|circle|cir"
)
#: A postal address as people write one: a numbered street, a PO box, or a postcode of the US,
#: UK, Canada, a continental European city, or China.
POSTAL_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[a-z]?,?\s+(?:[\w.'-]+\s+){{0,4}}(?:{_STREET})\b\.?"
    r"|\b(?:rue|via|calle|avenida|avenue|straße|strasse|str\.|weg|platz|allee)\s+[\w .'-]{2,40}\d"
    r"|\bp\.?\s?o\.?\s+box\s+\d+"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{5}(?:-\d{4})?\s*(?:usa|united states)\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
    r"|\b\d{4,5}\s+[A-ZÄÖÜ][a-zäöüßéèà-]{2,}"
    r"|\b\d{6}\b[^\n]{0,40}\b(?:china|prc)\b|[省市区县路街号室]",
)
