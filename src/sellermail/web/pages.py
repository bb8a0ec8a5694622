"""The HTML pages: Compose, Check, Inbox and Batch, rendered on the server in English or
Chinese by the page's one Jinja environment (autoescaping every value: a fact ``<script>``
shows as text). The interface text is in ``ui.yaml``; the language follows ``?lang=``, then
the choice remembered in a cookie, then the browser's ``Accept-Language``.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any

import jinja2
import yaml
from starlette.requests import Request
from starlette.responses import HTMLResponse

from sellermail.compose.catalogue import CHANNELS, TONES, Catalogue, FieldSpec, Scenario
from sellermail.errors import SellermailError
from sellermail.guard.secrets import redact
from sellermail.web.languages import languages

HERE = Path(__file__).parent
UI_LANGUAGES = ("en", "zh")
COOKIE = "sellermail-lang"
#: Field types whose value is a list, entered one item a line.
LINES = frozenset({"list"})
#: Field types entered as a longer text (a ``text`` field whose default is a short value, such
#: as a marketplace, is one line).
LONG = frozenset({"text", "list"})
SHORT_DEFAULT = 40


@cache
def environment() -> jinja2.Environment:
    """The one Jinja environment of the page's HTML (not the messages'): autoescaping."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def interface_text() -> dict[str, dict[str, dict[str, str]]]:
    """``ui.yaml``: section -> key -> language -> text."""
    data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(
        (HERE / "ui.yaml").read_text(encoding="utf-8")
    )
    return data


def ui_language(request: Request) -> str:
    """``en`` or ``zh``: asked for (``?lang=``), remembered, or the browser's first choice."""
    for chosen in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if chosen in UI_LANGUAGES:
            return chosen
    ranked = []
    for position, item in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, weight = item.strip().partition(";q=")
        try:
            quality = float(weight) if weight else 1.0
        except ValueError:
            quality = 0.0
        ranked.append((-quality, position, tag.strip().lower()))
    for _, _, tag in sorted(ranked):
        if tag.split("-")[0] in UI_LANGUAGES:
            return tag.split("-")[0]
    return "en"


def texts(language: str) -> dict[str, dict[str, str]]:
    """Every section's text in ``language``."""
    return {section: {key: value[language] for key, value in keys.items()}
            for section, keys in interface_text().items()}  # fmt: skip


def catalogue(request: Request) -> Catalogue:
    return request.app.state.site.catalogue  # type: ignore[no-any-return]


def page(request: Request, template: str, active: str, **context: Any) -> HTMLResponse:
    """``template`` with what every page has: its text, the token, the navigation."""
    language = ui_language(request)
    text = texts(language)
    html = environment().get_template(template).render(
        t=text, lang=language, active=active, token=request.app.state.site.token,
        script_text=text["script"], scenarios=catalogue(request).scenarios(),
        tones=tone_names(language), channels=CHANNELS, **context)  # fmt: skip
    response = HTMLResponse(html)
    if request.query_params.get("lang") in UI_LANGUAGES:
        response.set_cookie(COOKIE, language, max_age=365 * 24 * 3600, samesite="strict")
    return response


def tone_names(language: str) -> list[tuple[str, str]]:
    """Each tone id and how it is shown: ``friendly``, or ``友好 friendly`` in Chinese."""
    if language != "zh":
        return [(tone, tone) for tone in TONES]
    from sellermail.compose.catalogue import tone_aliases

    chinese: dict[str, str] = {}
    for name, tone in tone_aliases().items():
        chinese.setdefault(tone, name)
    return [(tone, f"{chinese[tone]} {tone}" if tone in chinese else tone) for tone in TONES]


def default_text(spec: FieldSpec) -> str:
    """A field's default as the form shows it (as ``show`` prints it)."""
    value = spec.default
    if value is None:
        return ""
    if not isinstance(value, list):
        return str(value)
    if spec.type in LINES:
        return "\n".join(str(item) for item in value)
    if spec.type in ("offers", "asin_list"):
        return ", ".join(str(item) for item in value)
    return ", else ".join(str(item) for item in value)


def is_long(spec: FieldSpec) -> bool:
    """Whether a field is entered in a text area."""
    short = isinstance(spec.default, str) and len(spec.default) <= SHORT_DEFAULT
    return spec.type in LONG and not (spec.type == "text" and short)


def form_fields(spec: Scenario) -> list[dict[str, Any]]:
    """What the compose form needs of each field."""
    # fmt: off
    return [
        {"name": f.name, "type": f.type, "required": f.required, "help": f.help,
         "default": default_text(f), "long": is_long(f),
         "lines": f.type in LINES}
        for f in spec.fields.values()
    ]
    # fmt: on


def chosen_scenario(request: Request) -> Scenario:
    """The scenario named by ``?scenario=`` (an id or title), else the catalogue's first."""
    found = catalogue(request)
    name = request.query_params.get("scenario")
    if name:
        try:
            return found.find(name)
        except SellermailError:
            pass
    return found.scenarios()[0]


View = Callable[[Request], Awaitable[HTMLResponse]]


def view(handler: View) -> View:
    """``handler`` with a user's mistake (a broken template of their own, say) shown as its
    one line on a plain page, never a traceback."""

    @wraps(handler)
    async def run(request: Request) -> HTMLResponse:
        try:
            return await handler(request)
        except SellermailError as exc:
            line = html.escape(redact(str(exc)))
            return HTMLResponse(
                f"<!doctype html><title>sellermail</title><p>error: {line}</p>", 422
            )

    return run


@view
async def compose(request: Request) -> HTMLResponse:
    from sellermail.compose.describe import describe

    spec = chosen_scenario(request)
    channel = "amazon" if "amazon" in spec.channels else spec.channels[0]
    return page(request, "compose.html", "compose", spec=spec, fields=form_fields(spec),
                refused=describe(spec)["refused"], channel=channel,
                languages=languages(spec))  # fmt: skip


@view
async def check(request: Request) -> HTMLResponse:
    spec = chosen_scenario(request)
    return page(request, "check.html", "check", spec=spec, languages=languages(spec))


@view
async def inbox(request: Request) -> HTMLResponse:
    return page(request, "inbox.html", "inbox")


@view
async def batch(request: Request) -> HTMLResponse:
    return page(request, "batch.html", "batch")
