"""Read one inbound message — pasted text or an ``.eml`` file — into a :class:`Message`.

Plain text is read in whatever encoding :mod:`sellermail.io.decode` finds (UTF-8 and UTF-16,
GB18030, Big5, Shift_JIS, EUC-JP, ISO-2022-JP, Windows-1252 and -1250). A message that starts
with RFC 5322 headers is parsed as e-mail whatever its name, by the stdlib ``email`` package;
encoded-word headers and each part are decoded by their declared charset, read generously
(GB2312 and GBK as GB18030, Shift_JIS as CP932, ISO-8859-1 as CP1252), or as plain text when
the bytes do not fit it. Of a multipart message the first text/plain part is read, else the
first text/html one turned into text.

When the message is a marketplace relay (the buyer's words between two dashed marker lines, as
Amazon and others wrap them), :attr:`Message.buyer_text` holds those words alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from sellermail.errors import SellermailError
from sellermail.io.decode import decode, guess
from sellermail.io.files import STDIN, read_bytes, read_stdin

if TYPE_CHECKING:
    from email.message import Message as Email


@dataclass(frozen=True)
class Message:
    """One inbound message, decoded."""

    subject: str
    #: The sender's display name (``"Anna Müller - Amazon Marketplace"``), or "".
    sender: str
    #: The sender's address, or "".
    address: str
    #: The ``Date`` header, when there is one.
    date: dt.datetime | None
    #: The body as text (HTML turned into text).
    body: str
    #: The buyer's own words when a relay wrapper is recognised, else ``None``.
    buyer_text: str | None = None


_MBOX_FROM = re.compile(rb"From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [^\n]*\n")
_HEADER_LINE = re.compile(
    rb"(?i)(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to"
    rb"|reply-to|content-type|x-[a-z0-9-]+):[^\n]*\r?\n"
)
_RULE = re.compile(r"(?m)^[ \t]*[-=*_]{4,}[^\n]*$")
_MARKER = re.compile(r"(?m)^[ \t]*[-=*_]{3,}[ \t]*[^\W\d_][^\n]{0,50}?[-=*_]{3,}[ \t]*$")


def _decode_part(data: bytes, charset: str | None) -> str | None:
    """A part or header in its declared ``charset``, else in the encoding it is found in."""
    found = guess(data, hint=charset)
    return found.text if found else None


def _header(raw: str | None, charset: str | None = None) -> str:
    """An encoded-word header decoded by each word's charset, read generously; raw 8-bit
    bytes (which the parser keeps as surrogates) are read in the message's ``charset`` (the
    body's), else like plain text."""
    if not raw:
        return ""
    from email.errors import HeaderParseError
    from email.header import decode_header

    if any("\udc80" <= char <= "\udcff" for char in raw):
        raw = _decode_part(raw.encode("ascii", "surrogateescape"), charset) or raw
    try:
        words = decode_header(raw)
    except HeaderParseError:  # a broken encoded word: the header as it stands
        return " ".join(raw.split())
    pieces = []
    for value, charset in words:
        if isinstance(value, str):
            pieces.append(value)
        else:
            pieces.append(_decode_part(value, charset) or value.decode("latin-1"))
    return " ".join("".join(pieces).split())


class _TextOfHTML(HTMLParser):
    """The visible text of an HTML part, a line break at every block element."""

    BLOCKS = frozenset("p div br tr li h1 h2 h3 h4 h5 h6 table blockquote pre hr".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "title"}:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "title"}:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOfHTML()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_email(data: bytes) -> bool:
    """Whether ``data`` starts with RFC 5322 headers (two or more known header lines)."""
    head = data.lstrip()[:4000]
    at = count = 0
    while match := _HEADER_LINE.match(head, at):
        count += 1
        at = match.end()
        while head[at : at + 1] in (b" ", b"\t"):  # a folded header's continuation lines
            at = head.find(b"\n", at) + 1 or len(head)
    return count >= 2


def _body(message: Email, where: str) -> str:
    found: dict[str, str] = {}
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html") or kind in found:
            continue
        if part.get_content_disposition() == "attachment":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = _decode_part(payload, part.get_content_charset())
        if text is None:
            raise SellermailError(f"{where}: a {kind} part is not text in a known encoding")
        found[kind] = text
    if "text/plain" in found and found["text/plain"].strip():
        return found["text/plain"]
    if "text/html" in found:
        return html_to_text(found["text/html"])
    raise SellermailError(f"{where}: the e-mail has no text part")


def parse_email(data: bytes, where: str) -> Message:
    """An e-mail's headers and text. The ``compat32`` policy parses ten times faster than
    ``policy.default`` and leaves each header raw, to be decoded here (see :func:`_header`)."""
    import email.utils

    try:
        parsed = email.message_from_bytes(data)
        raw = {name.lower(): str(value) for name, value in parsed.raw_items()}
        charset = next(filter(None, (p.get_content_charset() for p in parsed.walk())), None)
        name, address = email.utils.parseaddr(_header(raw.get("from"), charset))
        try:
            date = email.utils.parsedate_to_datetime(raw["date"]) if raw.get("date") else None
        except (TypeError, ValueError):
            date = None
        body = _body(parsed, where)
        subject = _header(raw.get("subject"), charset)
    except SellermailError:
        raise
    except Exception as exc:  # the email package raises many kinds on broken input
        raise SellermailError(f"{where}: is not a readable e-mail ({type(exc).__name__})") from None
    return _message(subject, name, address, date, body, where)


def _message(
    subject: str, sender: str, address: str, date: dt.datetime | None, body: str, where: str
) -> Message:
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").strip()
    if not body and not subject:
        raise SellermailError(f"{where}: the message is empty")
    return Message(subject, sender, address, date, body, relayed_words(body))


def relayed_words(body: str) -> str | None:
    """The buyer's words between a relay's marker lines (``----- Message: -----`` and the next
    line of dashes, or the end), or ``None`` when the body has no marker line."""
    start = _MARKER.search(body)
    if not start:
        return None
    end = _RULE.search(body, start.end())
    words = body[start.end() : end.start() if end else len(body)].strip()
    return words or None


def _plain_subject(text: str) -> tuple[str, str]:
    """A pasted message's own ``Subject:`` first line, split from the rest."""
    match = re.match(r"(?i)\s*(?:subject|betreff|objet|asunto|oggetto|件名)\s*[:：]\s*(.+)\n", text)
    return (match[1].strip(), text[match.end() :]) if match else ("", text)


def parse_message(data: bytes, where: str, *, is_email: bool | None = None) -> Message:
    """A message from its bytes; ``is_email`` ``None`` decides by the content."""
    if not data.strip():
        raise SellermailError(f"{where}: the message is empty")
    if _MBOX_FROM.match(data):  # an mbox "From sender date" line before the headers
        data = data[data.index(b"\n") + 1 :]
    if is_email or (is_email is None and looks_like_email(data)):
        return parse_email(data, where)
    text = decode(data, where=where).text
    subject, body = _plain_subject(text.replace("\r\n", "\n"))
    return _message(subject, "", "", None, body, where)


def read_message(source: str | Path) -> Message:
    """The message in file ``source``, or on standard input when ``source`` is ``-``."""
    if str(source) == "-":
        return parse_message(read_stdin(), STDIN)
    path = Path(source)
    where = f"message {str(path)!r}"
    if path.is_dir():
        raise SellermailError(f"{where}: is a folder (use --dir for a folder)")
    data = read_bytes(path, where)
    return parse_message(data, where, is_email=True if path.suffix.lower() == ".eml" else None)
