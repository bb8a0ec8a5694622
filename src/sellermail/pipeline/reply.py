"""Reply: from an inbound message to a drafted answer — triage, the scenario that answers it
and its facts, then a polish (or the deterministic text).

The message's facts are mapped to the scenario's fields (only fields it has; a value its field
type rejects is left out with a warning), then the user's facts file and ``--set`` values are
laid over them (they win). Required fields still missing are one error that names them and
gives a ready ``--set`` line for each.

A triage that is not sure, or suggests no scenario (an account review that names no
violation), drafts no appeal or letter: :func:`choose` says which kinds it hesitates between
and that ``--scenario`` settles it. A buyer's message triage is not sure of is answered by the
likelier kind, with a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Unpack

from sellermail.compose.catalogue import Catalogue, Scenario, builtin
from sellermail.compose.defaults import assumed
from sellermail.compose.fieldtypes import PARSERS, Context
from sellermail.errors import FactError, SellermailError
from sellermail.guard.language import name as language_name
from sellermail.llm.polish import Polished
from sellermail.pipeline.polish import PolishOptions, polish
from sellermail.triage.classify import Triage, scenario_for, triage_file
from sellermail.triage.said import Said

#: Fact key of the triage contract -> the scenario field it fills.
FIELDS = {
    "order_id": "order_id",
    "tracking_number": "tracking_number",
    "carrier": "carrier",
    "buyer_name": "buyer_name",
    "product": "product",
    "asin": "asin",
    "asins": "asins",
    "policy": "policy",
    "complaint_id": "complaint_id",
    "rights_owner": "rights_owner",
}


class MissingFacts(SellermailError):
    """Required fields that neither the message nor the user gave."""

    def __init__(self, scenario: str, missing: list[str]) -> None:
        self.missing = missing
        named = " and ".join(
            [", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing
        )
        them = "them" if len(missing) > 1 else "it"
        lines = [f"reply: {scenario} needs {named}, which the message does not contain; "
                 f"add {them} with --facts or --set:"]  # fmt: skip
        lines += [f"  --set {field}=..." for field in missing]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Plan:
    """What to render: the scenario, the message's facts for it, and remarks for stderr."""

    scenario: Scenario
    facts: dict[str, Any]
    warnings: tuple[str, ...]
    #: The language of the answer when the buyer wrote in another language than English.
    language_note: str | None
    #: What the reply takes from the buyer's words (remedies asked for or refused, a reason).
    heard: tuple[str, ...] = ()
    #: The buyer's language when the scenario is written in it (else the marketplace's applies).
    language: str | None = None


def _fits(spec: Scenario, name: str, value: Any, channel: str) -> str | None:
    """Why ``value`` cannot fill field ``name``, or ``None`` when it can."""
    try:
        PARSERS[spec.fields[name].type](name, value, Context(channel=channel))
    except FactError as exc:
        return str(exc)
    return None


def message_facts(
    spec: Scenario, facts: Mapping[str, Any], channel: str
) -> tuple[dict[str, Any], list[str]]:
    """The triaged ``facts`` as the scenario's fields, and a warning for each one left out."""
    mapped: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in facts.items():
        field = FIELDS.get(key)
        if field == "asin" and field not in spec.fields and "asins" in spec.fields:
            field, value = "asins", [value]
        elif field == "asins" and field not in spec.fields and "asin" in spec.fields:
            continue  # several ASINs: which one the scenario means is for the user to say
        if field is None or field not in spec.fields:
            continue
        if problem := _fits(spec, field, value, channel):
            warnings.append(f"left out of the reply: {problem}")
        else:
            mapped[field] = value
    return mapped, warnings


def _as_offer(remedy: str, default: list[str]) -> str | None:
    """A remedy the buyer named as one of the scenario's offers: a refund is the return of the
    item where the scenario offers a return and no full refund; a new unit is the order sent
    again where the scenario resends and does not replace (and the reverse); a return is a
    remedy only where the scenario offers one (elsewhere it is how the request starts)."""
    if remedy == "refund":
        return "return" if "return" in default and "full_refund" not in default else "full_refund"
    if remedy == "replacement" and "replacement" not in default and "resend" in default:
        return "resend"
    if remedy == "resend" and "resend" not in default and "replacement" in default:
        return "replacement"
    if remedy == "return" and "return" not in default:
        return None
    return remedy


def honoured_offers(default: list[str], said: Said) -> list[str] | None:
    """The offers of a reply to a buyer who said what they want: what they asked for first,
    then the scenario's other offers, never one they refused; ``None`` when the buyer named
    no remedy (the scenario's offers stand) or refused every one."""
    asked = list(dict.fromkeys(o for r in said.wants if (o := _as_offer(r, default))))
    refused = {o for r in said.refuses if (o := _as_offer(r, default))}
    if not asked and not refused:
        return None
    offers = [o for o in asked if o not in refused]
    offers += [o for o in default if o not in offers and o not in refused]
    return offers or None


def _heard(
    spec: Scenario, said: Said | None, user: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The facts a reply takes from what the buyer said, and a note for each."""
    facts: dict[str, Any] = {}
    notes: list[str] = []
    if said is None:
        return facts, notes
    field = spec.fields.get("offers")
    if field is not None and "offers" not in user:
        offers = honoured_offers(list(field.default or []), said)
        if offers is not None and offers != list(field.default or []):
            facts["offers"] = offers
            asked = ", ".join(said.wants) or "nothing"
            refused = f"; refused: {', '.join(said.refuses)}" if said.refuses else ""
            notes.append(f"note: offers {', '.join(offers)}, as the buyer asked "
                         f"(asked for: {asked}{refused}); change with --set offers=...")  # fmt: skip
    if said.reason and "buyer_reason" in spec.fields and "buyer_reason" not in user:
        facts["buyer_reason"] = said.reason
        notes.append(f'note: the buyer already said what is wrong ("{said.reason}"); '
                     "the reply does not ask again")  # fmt: skip
    return facts, notes


def choose(result: Triage, user_facts: Mapping[str, Any], catalogue: Catalogue) -> Scenario:
    """The scenario that answers ``result``; an error when triage is not sure and the likely
    answer is an appeal or a letter, or when no scenario fits."""
    unsure = f"{result.kind} or {result.runner_up}" if result.runner_up else result.kind
    if result.kind == "other":
        if result.sure or not result.runner_up:
            raise SellermailError("reply: no scenario answers this message (kind: other)")
        raise SellermailError(f"reply: not sure what this message is ({unsure}); "
                              "choose the answer with --scenario ID")  # fmt: skip
    known = {**result.facts, **{k: v for k, v in user_facts.items() if k == "tracking_number"}}
    if result.sure:
        if result.scenario is None:
            raise SellermailError(f"reply: {result.kind}: the message names nothing a scenario "
                                  "answers; if it does, choose one with --scenario ID")  # fmt: skip
        # a tracking number the user gives turns a no-update reply into an in-transit one
        given = scenario_for(result.kind, known) if "tracking_number" in user_facts else None
        return catalogue.get(given or result.scenario)
    likely = scenario_for(result.kind, known)
    spec = catalogue.get(likely) if likely else None
    if spec is None or not spec.is_buyer_message:
        hint = f" (e.g. --scenario {spec.id})" if spec else ""
        raise SellermailError(f"reply: not sure whether this is {unsure}, so no appeal or letter "
                              f"is drafted; choose the answer with --scenario ID{hint}")  # fmt: skip
    return spec


def plan(
    result: Triage,
    user_facts: Mapping[str, Any],
    *,
    channel: str = "amazon",
    catalogue: Catalogue | None = None,
    scenario: str | None = None,
) -> Plan:
    """The scenario that answers ``result`` (or ``scenario``, the user's choice) and its facts;
    missing required ones are an error."""
    catalogue = catalogue or builtin()
    spec = catalogue.find(scenario) if scenario else choose(result, user_facts, catalogue)
    mapped, warnings = message_facts(spec, result.facts, channel)
    user = {k: v for k, v in user_facts.items() if v not in (None, "", [])}
    heard, heard_notes = _heard(spec, result.said, user)
    mapped |= heard
    given = {**mapped, **user}
    missing = [name for name, field in spec.fields.items() if field.required and name not in given]
    if missing:
        raise MissingFacts(spec.id, missing)
    note = language = None
    wrote = f"note: the buyer wrote in {language_name(result.language)} ({result.language})"
    if result.language in spec.languages and result.language != "en":
        language = result.language
        note = f"{wrote}; so does the reply (--language en for English)"
    elif result.language != "en" and spec.recipient == "buyer":
        note = (f"{wrote}; the reply is in English ({spec.id} is written in "
                f"{', '.join(spec.languages)})")  # fmt: skip
    notes = list(heard_notes)
    if not result.sure and not scenario:
        maybe = f"{result.kind} or {result.runner_up}" if result.runner_up else result.kind
        notes.append(f"note: triage is not sure ({maybe}); this answers {result.kind}: check "
                     "it, or choose with --scenario ID")  # fmt: skip
    return Plan(spec, mapped, tuple(warnings), note, tuple(notes), language)


@dataclass(frozen=True)
class Reply:
    """A drafted answer to an inbound message."""

    triage: Triage
    scenario: Scenario
    polished: Polished
    #: Lines for the user (stderr on the command line): the buyer's language, facts of the
    #: message left out, what the draft states from defaults.
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "triage": self.triage.to_dict(),
            "scenario": self.scenario.id,
            "reply": self.polished.to_dict(),
        }


def reply(
    source: str | Path,
    facts: Mapping[str, Any] | None = None,
    scenario: str | None = None,
    **options: Unpack[PolishOptions],
) -> Reply:
    """Triage the message in file ``source`` (``-``: standard input) and draft its answer,
    polished as :func:`~sellermail.pipeline.polish.polish` would (``options``). The user's
    ``facts`` (a facts file) and ``overrides`` (``--set``) win over the message's; required
    facts neither gives are a :class:`MissingFacts` error. ``scenario`` (an id or title)
    overrides the one triage suggests, and settles a triage that is not sure."""
    result = triage_file(source)
    overrides = options.get("overrides") or {}
    channel = options.get("channel", "amazon")
    draft = plan(result, {**(facts or {}), **overrides}, channel=channel,
                 catalogue=options.get("catalogue"), scenario=scenario)  # fmt: skip
    chosen = options.get("language") is not None  # --language: no word on the buyer's
    if not chosen and draft.language is not None:
        options["language"] = draft.language  # the buyer's, over the marketplace's
    polished = polish(draft.scenario, {**draft.facts, **(facts or {})}, **options)
    notes = [draft.language_note] if draft.language_note and not chosen else []
    notes += [f"warning: {warning}" for warning in draft.warnings]
    notes += draft.heard
    if polished.rendered and (assumption := assumed(polished.rendered)):
        notes.append(assumption)
    return Reply(result, draft.scenario, polished, tuple(notes))
