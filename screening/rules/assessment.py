"""The result of a screening: plain data that every view renders and nothing re-decides.

Texts are kept as a message plus its parameters so the web layer can translate the message before
filling it in; `text` is the English sentence used by the `screen` command and the JSON export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

VERDICTS = ("likely", "possible", "unlikely", "unavailable", "out_of_scope")
URGENCIES = ("emergency", "urgent", "standard")
SEVERITIES = ("info", "warning", "stop")
FILERS = ("self", "supporter", "agency")
FEE_DUE = ("with_filing", "on_grant")
# The dated deadlines the rules can return (see deadlines.py), in the order shown on one day.
DEADLINE_IDS = (
    "parole_ends",
    "re_parole_window_opens",
    "re_parole_file_by",
    "court_date",
    "needed_by",
    "cuban_adjustment_one_year",
    "cancellation_ten_years",
)


def _(message: str) -> str:
    """Marks a message for translation (extracted by makemessages) without translating it here."""
    return message


class Text(str):
    """A message written to the applicant (the string itself) that also carries its form about
    the client, for staff and the attorney's memo:

        Text(_("You entered without inspection."), client=_("The client entered without ..."))

    Both are whole sentences marked for translation with the same {placeholders}. A Text works
    anywhere a message or a prose parameter (such as `unknown()`'s question) goes."""

    client: str

    def __new__(cls, you: str, *, client: str) -> Text:
        text = super().__new__(cls, you)
        text.client = client
        return text


def about_client(value: Any) -> Any:
    """The form of a message or parameter about the client: a Text's `client`, else itself."""
    return value.client if isinstance(value, Text) else value


def _for_client(value: Any) -> Any:
    """`value` with every Message inside it (in result dataclasses and tuples) about the client,
    so a message nested anywhere in a result (a reason, a deadline's to-do) is covered."""
    if isinstance(value, Message):
        return value.for_client()
    if isinstance(value, tuple):
        return tuple(_for_client(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: _for_client(getattr(value, f.name)) for f in fields(value)}
        )
    return value


@dataclass(frozen=True)
class Message:
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        # A plain str, so the JSON and the export never hold a Text.
        return self.message.format(**self.params) if self.params else str(self.message)

    def for_client(self) -> Message:
        """The same message (and type) written about the client instead of to them."""
        params = {key: about_client(value) for key, value in self.params.items()}
        others = {
            f.name: _for_client(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("message", "params")
        }
        return replace(self, message=about_client(self.message), params=params, **others)

    @property
    def client_text(self) -> str:
        return self.for_client().text


@dataclass(frozen=True)
class Reason(Message):
    code: str = ""
    answers: tuple[str, ...] = ()
    source: str = ""
    met: bool | None = None  # True: counts for; False: counts against; None: unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "client_text": self.client_text,
            "answers": list(self.answers),
            "source": self.source,
        }


@dataclass(frozen=True)
class Pathway:
    id: str
    verdict: str
    reasons: tuple[Reason, ...]
    files: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.verdict,
            "reasons": [r.to_dict() for r in self.reasons],
            "files": self.files,
        }


@dataclass(frozen=True)
class Form(Message):
    id: str = ""
    title: str = ""
    part: str | None = None
    edition: str | None = None
    edition_note: str = ""
    source: str = ""
    verified_on: dt.date | None = None
    url: str = ""
    for_pathways: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "why": self.text,
            "client_why": self.client_text,
            "part": self.part,
            "edition": self.edition,
            "edition_note": self.edition_note,
            "source": self.source,
            "verified_on": self.verified_on.isoformat() if self.verified_on else None,
            "url": self.url,
            "for": list(self.for_pathways),
        }


@dataclass(frozen=True)
class Fee(Message):
    id: str = ""
    amount_usd: int | None = None
    online_amount_usd: int | None = None
    minimum_usd: int | None = None
    due: str = "with_filing"
    waivable: bool = False
    exempt: bool = False
    exception: str | None = None
    effective_from: dt.date | None = None
    verified_on: dt.date | None = None
    source: str = ""
    confidence: str = "C"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "amount_usd": self.amount_usd,
            "online_amount_usd": self.online_amount_usd,
            "minimum_usd": self.minimum_usd,
            "due": self.due,
            "waivable": self.waivable,
            "exempt": self.exempt,
            "exception": self.exception,
            "effective_from": _iso(self.effective_from),
            "verified_on": _iso(self.verified_on),
            "source": self.source,
            "confidence": self.confidence,
            "note": self.text,
            "client_note": self.client_text,
        }


@dataclass(frozen=True)
class Evidence:
    id: str
    have: bool
    for_pathways: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "have": self.have, "for": list(self.for_pathways)}


@dataclass(frozen=True)
class Flag(Message):
    id: str = ""
    severity: str = "info"
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "text": self.text,
            "client_text": self.client_text,
            "source": self.source,
        }


@dataclass(frozen=True)
class AlternativeFee:
    """The filing fee of a form an alternative uses, as the facts give it (None: not confirmed)."""

    form: str
    amount_usd: int | None
    online_amount_usd: int | None = None
    confidence: str = "S"
    verified_on: dt.date | None = None
    source: str = ""
    note: Message | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "amount_usd": self.amount_usd,
            "online_amount_usd": self.online_amount_usd,
            "confidence": self.confidence,
            "verified_on": _iso(self.verified_on),
            "source": self.source,
            "note": self.note.text if self.note else "",
        }


@dataclass(frozen=True)
class Alternative(Message):
    """Another route to ask a lawyer about: screened, not decided.

    `needs` and `bars` are whole sentences (what it needs; what can still bar it); `forms` are
    form ids; `met_on` is the day a waiting period is (or was) met, when the answers give it
    (one year for the Cuban Adjustment Act; ten years for cancellation of removal); `confirm`
    says that a lawyer must confirm it before anyone files or travels."""

    id: str = ""
    source: str = ""
    needs: tuple[Message, ...] = ()
    bars: tuple[Message, ...] = ()
    forms: tuple[str, ...] = ()
    fees: tuple[AlternativeFee, ...] = ()
    met_on: dt.date | None = None
    confirm: Message | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "why": self.text,
            "client_why": self.client_text,
            "source": self.source,
            "needs": [m.text for m in self.needs],
            "bars": [m.text for m in self.bars],
            "forms": list(self.forms),
            "fees": [f.to_dict() for f in self.fees],
            "met_on": _iso(self.met_on),
            "confirm": self.confirm.text if self.confirm else None,
        }


@dataclass(frozen=True)
class Deadline(Message):
    """A date that matters: `message` says what happens on `date`, `todo` what to do before it."""

    id: str = ""
    date: dt.date = dt.date.min
    todo: Message | None = None
    source: str = ""
    confidence: str = "C"
    verified_on: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "happens": self.text,
            "client_happens": self.client_text,
            "todo": self.todo.text if self.todo else None,
            "client_todo": self.todo.client_text if self.todo else None,
            "source": self.source,
            "confidence": self.confidence,
            "verified_on": _iso(self.verified_on),
        }


@dataclass(frozen=True)
class Assessment:
    rules_version: str
    as_of: dt.date
    urgency: str
    urgency_reason: Message | None
    pathways: tuple[Pathway, ...]
    forms: tuple[Form, ...]
    fees: tuple[Fee, ...]
    evidence: tuple[Evidence, ...]
    flags: tuple[Flag, ...]
    alternatives: tuple[Alternative, ...]
    ignored_answers: tuple[str, ...]
    unknowns: tuple[str, ...] = ()  # answer keys whose absence left a verdict open
    deadlines: tuple[Deadline, ...] = ()  # soonest first

    def for_client(self) -> Assessment:
        """The same result with every message written about the client (staff, the memo)."""
        return _for_client(self)

    def pathway(self, pathway_id: str) -> Pathway | None:
        return next((p for p in self.pathways if p.id == pathway_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules_version": self.rules_version,
            "as_of": self.as_of.isoformat(),
            "urgency": self.urgency,
            "urgency_reason": self.urgency_reason.text if self.urgency_reason else None,
            "urgency_reason_client": (
                self.urgency_reason.client_text if self.urgency_reason else None
            ),
            "pathways": [p.to_dict() for p in self.pathways],
            "forms": [f.to_dict() for f in self.forms],
            "fees": [f.to_dict() for f in self.fees],
            "evidence": [e.to_dict() for e in self.evidence],
            "flags": [f.to_dict() for f in self.flags],
            "alternatives": [a.to_dict() for a in self.alternatives],
            "ignored_answers": list(self.ignored_answers),
            "unknown_answers": list(self.unknowns),
            "deadlines": [d.to_dict() for d in self.deadlines],
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day and day != dt.date.min else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _stored(data: dict[str, Any], key: str, client_key: str) -> str:
    """A stored English text, with its stored form about the client when there is one (results
    stored before the forms about the client existed have none)."""
    text, client = data.get(key) or "", data.get(client_key)
    return Text(text, client=client) if client and client != text else text


def assessment_from_dict(data: dict[str, Any]) -> Assessment:
    """The inverse of `Assessment.to_dict()` (messages come back as plain English texts)."""
    reason = data.get("urgency_reason")
    return Assessment(
        rules_version=data.get("rules_version", ""),
        as_of=dt.date.fromisoformat(data["as_of"]),
        urgency=data.get("urgency", "standard"),
        urgency_reason=(
            Message(_stored(data, "urgency_reason", "urgency_reason_client")) if reason else None
        ),
        pathways=tuple(
            Pathway(
                id=p["id"],
                verdict=p["verdict"],
                reasons=tuple(
                    Reason(
                        _stored(r, "text", "client_text"),
                        code=r.get("code", ""),
                        answers=tuple(r.get("answers", ())),
                        source=r.get("source", ""),
                    )
                    for r in p.get("reasons", ())
                ),
                files=p.get("files", "self"),
            )
            for p in data.get("pathways", ())
        ),
        forms=tuple(
            Form(
                _stored(f, "why", "client_why"),
                id=f["id"],
                title=f.get("title", ""),
                part=f.get("part"),
                edition=f.get("edition"),
                edition_note=f.get("edition_note", ""),
                source=f.get("source", ""),
                verified_on=_date(f.get("verified_on")),
                url=f.get("url", ""),
                for_pathways=tuple(f.get("for", ())),
            )
            for f in data.get("forms", ())
        ),
        fees=tuple(
            Fee(
                _stored(f, "note", "client_note"),
                id=f["id"],
                amount_usd=f.get("amount_usd"),
                online_amount_usd=f.get("online_amount_usd"),
                minimum_usd=f.get("minimum_usd"),
                due=f.get("due", "with_filing"),
                waivable=bool(f.get("waivable")),
                exempt=bool(f.get("exempt")),
                exception=f.get("exception"),
                effective_from=_date(f.get("effective_from")),
                verified_on=_date(f.get("verified_on")),
                source=f.get("source", ""),
                confidence=f.get("confidence", "C"),
            )
            for f in data.get("fees", ())
        ),
        evidence=tuple(
            Evidence(id=e["id"], have=bool(e.get("have")), for_pathways=tuple(e.get("for", ())))
            for e in data.get("evidence", ())
        ),
        flags=tuple(
            Flag(
                _stored(f, "text", "client_text"),
                id=f["id"],
                severity=f.get("severity", "info"),
                source=f.get("source", ""),
            )
            for f in data.get("flags", ())
        ),
        alternatives=tuple(_alternative_from_dict(a) for a in data.get("alternatives", ())),
        ignored_answers=tuple(data.get("ignored_answers", ())),
        unknowns=tuple(data.get("unknown_answers", ())),
        deadlines=tuple(
            Deadline(
                _stored(d, "happens", "client_happens"),
                id=d["id"],
                date=dt.date.fromisoformat(d["date"]),
                todo=Message(_stored(d, "todo", "client_todo")) if d.get("todo") else None,
                source=d.get("source", ""),
                confidence=d.get("confidence", "C"),
                verified_on=_date(d.get("verified_on")),
            )
            for d in data.get("deadlines", ())
        ),
    )


def _alternative_from_dict(a: dict[str, Any]) -> Alternative:
    confirm = a.get("confirm")
    return Alternative(
        _stored(a, "why", "client_why"),
        id=a["id"],
        source=a.get("source", ""),
        needs=tuple(Message(text) for text in a.get("needs", ())),
        bars=tuple(Message(text) for text in a.get("bars", ())),
        forms=tuple(a.get("forms", ())),
        fees=tuple(
            AlternativeFee(
                form=f["form"],
                amount_usd=f.get("amount_usd"),
                online_amount_usd=f.get("online_amount_usd"),
                confidence=f.get("confidence", "S"),
                verified_on=_date(f.get("verified_on")),
                source=f.get("source", ""),
                note=Message(f["note"]) if f.get("note") else None,
            )
            for f in a.get("fees", ())
        ),
        met_on=_date(a.get("met_on")),
        confirm=Message(confirm) if confirm else None,
    )
