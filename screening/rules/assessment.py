"""The result of a screening: plain data that every view renders and nothing re-decides.

The allowed ids, and the result types built from messages (`text.Message`); `stored.py` reads a
stored result back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .grant_result import AfterGrantAmount, AfterGrantItem  # noqa: F401 (the result types)
from .text import Message, _for_client

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
    "expedited_removal_two_years",
    "unlawful_presence_180_days",
    "tps_ends",
    "asylum_one_year",
    "asylum_reasonable_period_starts",
    "ead_ends",
    "address_change_due",
    "court_address_change_due",
    "treatment_date",
    "donation_date",
)
# Every pathway, fee, flag and alternative id the rules can return: the contract the result pages,
# the stored results and the tests read (a new one goes here and gets its words in
# screening/result/labels.py). The evidence ids are `values.EVIDENCE_IDS`.
PATHWAY_IDS = (
    "humanitarian_parole",
    "significant_public_benefit_parole",
    "law_enforcement_parole",
    "military_parole_in_place",
    "parole_in_place",
    "re_parole",
    "afghan_re_parole",
    "international_entrepreneur_parole",
    "uniting_for_ukraine",
    "chnv_parole",
    "family_reunification_parole",
    "central_american_minors",
    "keeping_families_together",
    "advance_parole",
    "hearing_parole",
    "custody_parole",
    "immvi_parole",
)
FEE_IDS = ("i131_filing_fee", "parole_fee", "i941_filing_fee", "i131f_filing_fee")
# What the person can and must do once paroled (after_grant/), in the order shown.
AFTER_GRANT_IDS = (
    "work_permit",
    "work_incident_to_parole",
    "social_security_number",
    "address_change",
    "registration_status",
    "travel_on_parole",
    "public_benefits",
    "annual_asylum_fee",
    "re_parole_before_expiry",
    "release_supervision",
    "arrival_consular_step",
    "arrival_travel_document",
    "arrival_port_decision",
    "arrival_i94",
    "arrival_parole_fee",
)
# The dated amounts an after-grant item can carry (besides the fee ids above).
AFTER_GRANT_AMOUNT_IDS = (
    "i765_filing_fee",
    "parole_ead_initial",
    "parole_ead_renewal",
    "annual_asylum_fee",
    "i131_filing_fee",
    "parole_fee",
)
FLAG_IDS = (
    "criminal_history",
    "ice_jurisdiction",
    "nta_risk_on_denial",
    "no_financial_support",
    "visa_available",
    "refugee_channel",
    "parole_expired",
    "file_before_expiry",
    "processing_hold",
    "advance_parole_departure",
    "overstay_not_eligible_for_pip",
    "program_closed",
    "minor_needs_consent",
    "expedite_request",
    "complete_evidence_up_front",
    "unlawful_presence_bars",
    "travel_ban",
    "parole_fee_before_grant",
    "mandatory_detention",
    "bond_hearing",
    "permanent_bar",
    "reinstatement",
    "expedited_removal",
    "registration_duty",
    "i220a_not_parole",
    "tps_protection",
    "asylum_abandonment_on_travel",
    "i485_abandonment_on_travel",
    "annual_asylum_fee",
    "answers_to_check",
)
ALTERNATIVE_IDS = (
    "asylum",
    "refugee",
    "tps",
    "u_visa",
    "t_visa",
    "special_immigrant_visa",
    "family_immigrant_visa",
    "deferred_action",
    "adjustment_of_status",
    "cuban_adjustment_act",
    "provisional_waiver",
    "cancellation_of_removal",
    "s_visa",
    "continued_presence",
)


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
    lead: bool = False  # a green card route to look at before the pathways (route_order.py)

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
            "lead": self.lead,
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
    after_grant: tuple[AfterGrantItem, ...] = ()  # once paroled (empty: not paroled, nor likely)

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
            "after_grant": [item.to_dict() for item in self.after_grant],
            "ignored_answers": list(self.ignored_answers),
            "unknown_answers": list(self.unknowns),
            "deadlines": [d.to_dict() for d in self.deadlines],
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day and day != dt.date.min else None
