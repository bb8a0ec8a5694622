"""The JSON API under ``/api/``: what the page calls, and what scripts may call.

``POST /api/render``, ``/api/polish``, ``/api/check`` and ``/api/triage`` take the CLI's inputs
as one JSON object (``scenario``, ``facts`` — a mapping, or a facts file's YAML or JSON text —,
``tone``, ``channel``, ``language``, ``draft``, ``message``; ``offline`` for a polish) and
return the CLI's ``--json`` objects. A user's mistake is ``{"error": "<the CLI's one-line
message>", "field": <the input or fact it names, or null>}`` with status 422; a body over its
limit is the same shape with status 413. Notes the CLI prints on stderr (facts stated from
defaults, why a polish fell back) come in the ``X-Sellermail-Notes`` header, a JSON list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from sellermail.compose.catalogue import Catalogue
from sellermail.errors import FactError, SellermailError
from sellermail.guard.secrets import redact
from sellermail.io.files import MAX_BYTES
from sellermail.io.terminal import json_text

#: The most a JSON request may hold (a draft, a message, facts).
JSON_LIMIT = 1024 * 1024
#: The most an uploaded file may hold: what the CLI reads of a file.
UPLOAD_LIMIT = MAX_BYTES
_NAME = re.compile(r"[a-z][a-z0-9_]*")
Handler = Callable[[Request], Awaitable[Response]]


class TooLarge(SellermailError):
    """A request body over its limit."""


def reply(data: Any, notes: list[str] | None = None, status: int = 200) -> Response:
    """``data`` as the CLI's ``--json`` prints it; ``notes`` in the notes header."""
    headers = {"x-sellermail-notes": json.dumps([redact(n) for n in notes])} if notes else None
    return Response(json_text(data), status, headers, media_type="application/json")


def failure(exc: SellermailError) -> Response:
    """The error object of a user's mistake: its one line, and the field it names."""
    message = str(exc)
    field = getattr(exc, "field", None) if isinstance(exc, FactError) else None
    if field is None:
        prefix = message.partition(":")[0]
        field = prefix if _NAME.fullmatch(prefix) else None
    status = 413 if isinstance(exc, TooLarge) else 422
    return reply({"error": redact(message), "field": field}, status=status)


def endpoint(handler: Handler) -> Handler:
    """``handler`` with a user's mistake turned into its error object."""

    async def run(request: Request) -> Response:
        try:
            return await handler(request)
        except SellermailError as exc:
            return failure(exc)
        except Exception as exc:  # no rule foresaw it: one line for the page, never a traceback
            line = f"{request.url.path}: could not be done ({type(exc).__name__}: {exc})"
            return reply({"error": redact(" ".join(line.split())[:500]), "field": None}, status=500)

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


async def body(request: Request, limit: int, what: str) -> bytes:
    """The request's body, refused past ``limit`` bytes (``what`` names it in the error)."""
    megabytes = f"{limit / (1024 * 1024):g} MB"
    too_large = TooLarge(f"{what}: is larger than {megabytes} ({limit:,} bytes at most)")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


async def inputs(request: Request) -> dict[str, Any]:
    """The request's JSON object."""
    raw = await body(request, JSON_LIMIT, "request")
    try:
        data = json.loads(raw or b"{}")
    except (ValueError, RecursionError):
        raise SellermailError("request: is not JSON") from None
    if not isinstance(data, dict):
        raise SellermailError("request: must be a JSON object of the CLI's inputs")
    return data


def text(data: dict[str, Any], name: str, default: str | None = None) -> str | None:
    """Input ``name``: a string, or ``default`` when absent or empty."""
    value = data.get(name)
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise SellermailError(f"{name}: must be a string")
    return value


def required(data: dict[str, Any], name: str) -> str:
    value = text(data, name)
    if value is None:
        raise SellermailError(f"{name}: is required")
    return value


def facts(data: dict[str, Any]) -> dict[str, Any]:
    """The ``facts`` input: a mapping, or a facts file's text (YAML or JSON)."""
    value = data.get("facts")
    if value is None:
        return {}
    if isinstance(value, str):
        from sellermail.compose.facts import facts_from_text

        return facts_from_text(value, "facts")
    if not isinstance(value, dict):
        raise SellermailError("facts: must be a mapping of field: value, or a facts file's text")
    return value


def language(data: dict[str, Any]) -> dict[str, Any]:
    """The ``language`` keyword of render, polish and check, when the request names one (the
    library refuses, in the CLI's words, a language the scenario is not written in)."""
    chosen = text(data, "language")
    return {} if chosen is None else {"language": chosen}


def catalogue(request: Request) -> Catalogue:
    return request.app.state.site.catalogue  # type: ignore[no-any-return]


def message(data: dict[str, Any], request: Request) -> dict[str, Any]:
    """The keyword arguments of render and polish: facts, tone, channel, catalogue."""
    return {"tone": text(data, "tone"), "channel": text(data, "channel", "amazon"),
            "catalogue": catalogue(request)}  # fmt: skip


@endpoint
async def scenarios(request: Request) -> Response:
    """The catalogue, as ``sellermail list --json`` prints it."""
    from sellermail.compose.describe import summary

    return reply([summary(s) for s in catalogue(request).scenarios()])


@endpoint
async def render(request: Request) -> Response:
    """``sellermail render --json``."""
    from sellermail.compose.defaults import assumed
    from sellermail.compose.render import render as render_message
    from sellermail.guard.secrets import refuse_secrets

    data = await inputs(request)
    rendered = render_message(required(data, "scenario"), facts(data), **message(data, request),
                              **language(data))  # fmt: skip
    refuse_secrets(rendered.scenario.id, rendered.text, rendered.facts.values)
    note = assumed(rendered)
    return reply(rendered.to_dict(), [note] if note else None)


@endpoint
async def polish(request: Request) -> Response:
    """``sellermail polish --json``: the configured model (its key stays on the server)."""
    from sellermail.llm.config import load_llm_settings
    from sellermail.pipeline.polish import polish as polish_message

    data = await inputs(request)
    scenario, given = required(data, "scenario"), facts(data)
    options = message(data, request) | language(data)
    offline = data.get("offline") is True

    def run() -> Any:
        settings = load_llm_settings()
        return polish_message(scenario, given, settings=settings, offline=offline, **options)

    result = await run_in_threadpool(run)
    return reply(result.to_dict(), [result.note] if result.note else None)


@endpoint
async def check(request: Request) -> Response:
    """``sellermail check --json``: the draft's violations, each with its ``span``."""
    from sellermail.pipeline.check import check as check_draft

    data = await inputs(request)
    report = check_draft(required(data, "scenario"), facts(data), required(data, "draft"),
                         channel=text(data, "channel", "amazon") or "amazon",
                         tone=text(data, "tone"), catalogue=catalogue(request),
                         **language(data))  # fmt: skip
    return reply(report.to_dict())


@endpoint
async def triage(request: Request) -> Response:
    """``sellermail triage --json`` of a pasted message."""
    from sellermail.triage.classify import triage as triage_message
    from sellermail.triage.message import parse_message

    data = await inputs(request)
    parsed = parse_message(required(data, "message").encode("utf-8"), "message")
    return reply(triage_message(parsed).to_dict())


@endpoint
async def read_facts(request: Request) -> Response:
    """A facts file's text (``{"text": ...}``) as ``{"facts": mapping}``."""
    from sellermail.compose.facts import facts_from_text

    data = await inputs(request)
    return reply({"facts": facts_from_text(text(data, "text", "") or "", "facts file")})


@endpoint
async def facts_yaml(request: Request) -> Response:
    """The form's facts (``{"scenario", "facts"}``) as the YAML facts file the CLI reads."""
    from sellermail.web.inbox import facts_file

    data = await inputs(request)
    spec = catalogue(request).find(required(data, "scenario"))
    return reply({"yaml": facts_file(spec, facts(data)), "name": f"{spec.id}.yaml"})


@endpoint
async def inbox_file(request: Request) -> Response:
    """One dropped message (the body; its name in ``?name=``): its triage and reply draft."""
    from sellermail.web.inbox import triage_upload

    name = request.query_params.get("name", "message.txt")
    data = await body(request, UPLOAD_LIMIT, f"message {name!r}")
    found = await run_in_threadpool(triage_upload, name, data, catalogue(request))
    return reply(found)


@endpoint
async def inbox_folder(request: Request) -> Response:
    """Every message of a folder on this machine (``{"folder": path}``)."""
    from sellermail.web.inbox import triage_folder

    folder = Path(required(await inputs(request), "folder")).expanduser()
    return reply(await run_in_threadpool(triage_folder, folder, catalogue(request)))


@endpoint
async def batch_upload(request: Request) -> Response:
    """A spreadsheet (the body; ``?name=``, ``scenario``, ``tone``, ``channel``): its column
    mapping and the rows' errors, before anything runs."""
    query = request.query_params
    name = query.get("name", "")
    data = await body(request, UPLOAD_LIMIT, f"input {name!r}")
    settings = {key: query.get(key) or None for key in ("scenario", "tone", "channel")}
    preview = await run_in_threadpool(
        request.app.state.batches.upload, name, data, settings, catalogue(request)
    )
    return reply(preview)


@endpoint
async def batch_run(request: Request) -> Response:
    """Start the uploaded batch (``{"offline": bool}``)."""
    offline = (await inputs(request)).get("offline") is True
    return reply(request.app.state.batches.start(request.path_params["job"], offline=offline))


@endpoint
async def batch_progress(request: Request) -> Response:
    return reply(request.app.state.batches.progress(request.path_params["job"]))


@endpoint
async def batch_results(request: Request) -> Response:
    """The results file, ``results.jsonl`` or ``results.csv``."""
    job, kind = request.path_params["job"], request.path_params["format"]
    path = request.app.state.batches.results(job, kind)
    media = "application/x-ndjson" if kind == "jsonl" else "text/csv; charset=utf-8"
    return Response(path.read_bytes(), media_type=media, headers={
        "content-disposition": f'attachment; filename="results.{kind}"'})  # fmt: skip
