"""The view model the result pages share: `result_context()` turns one Assessment into the context
that `templates/partials/*.html` expect, so the result page, the PDF summary and the staff pages
render the same object the same way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parole_screen.dollars import dollars
from screening import clock
from screening.questions import describe_answers as wizard_describe
from screening.questions import question_text
from screening.result.first_steps import first_steps, next_date
from screening.result.labels import (
    AFTER_GRANT,
    AFTER_GRANT_AMOUNTS,
    ALTERNATIVES,
    ARRIVAL_IDS,
    CONFIDENCE,
    DEADLINES,
    EVIDENCE,
    FEE_DUE,
    FEE_NOT_CHARGED,
    FEES,
    FILERS,
    FLAGS,
    PATHWAYS,
    SEVERITIES,
    URGENCIES,
    VERDICTS,
    description,
    fee_exception_label,
)
from screening.result.labels import name as label
from screening.result.sections import result_sections
from screening.result.sources import result_sources
from screening.result.timeline import timeline
from screening.rules import Answers, Assessment

# ---------------------------------------------------------------------------------------------
# The answers behind a reason, as the person would recognize them


DETENTION_FLAGS = frozenset({"mandatory_detention", "bond_hearing"})


def describe_answers(answers: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows {key, question, answer, step} for the answers given, in the order the wizard asks
    them, in the wizard's own words (`screening.questions.describe_answers`)."""
    return [
        {"key": row.key, "question": row.question, "answer": row.answer, "step": row.step}
        for row in wizard_describe(answers)
    ]


def _usd(amount: int | None) -> str:
    return dollars(amount)


# ---------------------------------------------------------------------------------------------
# The view model shared by the result page, the PDF and the staff case page


def rules_verified_on(assessment: Assessment) -> dt.date | None:
    """The date the rules' facts were last checked: the first part of the rules version."""
    try:
        return dt.date.fromisoformat(assessment.rules_version.split("+", 1)[0])
    except ValueError:
        return None


# Reasons the rules mark as met that are caveats, not points in the person's favor.
CAVEAT_REASONS = frozenset({"discretion", "agency_files"})


def reason_mark(code: str, met: bool | None) -> str:
    """How a reason reads: 'for' (counts for), 'against', 'caveat' (keep in mind) or 'note'."""
    if code in CAVEAT_REASONS:
        return "caveat"
    return {True: "for", False: "against"}.get(met, "note")


def result_context(
    answers: Answers | dict[str, Any],
    assessment: Assessment,
    *,
    pdf: bool = False,
    about_client: bool = False,
    show_sources_inline: bool | None = None,
) -> dict[str, Any]:
    """Everything `templates/partials/*.html` need, built from one Assessment.

    `about_client` (staff pages and the memo) writes the rules' messages and the names that
    speak to "you" about the client instead. `show_sources_inline` (default: `about_client`)
    shows each citation under its statement, for staff and the attorney; applicants get them
    folded ("Where this comes from") or, in the PDF, listed in a sources section. The keys each
    partial reads are listed in templates/partials/README.md."""
    if show_sources_inline is None:
        show_sources_inline = about_client
    if about_client:
        assessment = assessment.for_client()

    def name(table: dict[str, Any], key: str | None) -> Any:
        return label(table, key, about_client)  # each id's words, in this page's voice

    raw = answers.to_dict() if isinstance(answers, Answers) else dict(answers)
    answer_rows = describe_answers(raw)
    by_key = {row["key"]: row for row in answer_rows}

    def answer_behind(key: str) -> dict[str, Any]:
        # an answer not given still shows the question's own words, never the schema key
        return by_key.get(
            key, {"key": key, "question": question_text(key), "answer": "", "step": None}
        )

    pathways = [
        {
            "id": p.id,
            "name": name(PATHWAYS, p.id),
            "verdict": p.verdict,
            "verdict_label": name(VERDICTS, p.verdict),
            "files": p.files,
            "files_label": name(FILERS, p.files),
            "reasons": [
                {
                    "reason": r,
                    "met": r.met,
                    "mark": reason_mark(r.code, r.met),
                    "source": r.source,
                    "answers": [answer_behind(key) for key in r.answers],
                }
                for r in p.reasons
            ],
        }
        for p in assessment.pathways
    ]
    forms = [
        {"form": f, "pathway_names": [name(PATHWAYS, pid) for pid in f.for_pathways]}
        for f in assessment.forms
    ]
    fees = [
        {
            "fee": f,
            "name": name(FEES, f.id),
            "due_label": name(FEE_NOT_CHARGED if f.exempt else FEE_DUE, f.due),
            "exception_label": fee_exception_label(f.id, f.exception, about_client),
            "confidence_label": name(CONFIDENCE, f.confidence),
            "amount": _usd(f.amount_usd),
            "online_amount": _usd(f.online_amount_usd),
            "minimum": _usd(f.minimum_usd),
        }
        for f in assessment.fees
    ]
    evidence = [
        {
            "id": e.id,
            "name": name(EVIDENCE, e.id),
            "description": description(e.id, about_client),
            "have": e.have,
            "pathway_names": [name(PATHWAYS, pid) for pid in e.for_pathways],
        }
        for e in assessment.evidence
    ]
    severity_order = {"stop": 0, "warning": 1, "info": 2}
    flags = [
        {
            "flag": f,
            "id": f.id,
            "heading": name(FLAGS, f.id),
            "severity": f.severity,
            "severity_label": name(SEVERITIES, f.severity),
        }
        for f in sorted(assessment.flags, key=lambda f: severity_order.get(f.severity, 3))
    ]
    alternatives = [
        {
            "alternative": a,
            "id": a.id,
            "name": name(ALTERNATIVES, a.id),
            "fees": [
                {
                    "fee": f,
                    "amount": _usd(f.amount_usd),
                    "online_amount": _usd(f.online_amount_usd),
                    "confidence_label": name(CONFIDENCE, f.confidence),
                }
                for f in a.fees
            ],
            "met_on_passed": a.met_on is not None and a.met_on <= assessment.as_of,
        }
        for a in assessment.alternatives
    ]
    # a green card that can be filed before parole ends is shown before the pathways
    lead_alternatives = [a for a in alternatives if a["alternative"].lead]
    alternatives = [a for a in alternatives if not a["alternative"].lead]
    deadline_days = {d.id: d.date for d in assessment.deadlines}
    after_grant = [
        {
            "item": item,
            "id": item.id,
            "name": name(AFTER_GRANT, item.id),
            "arrival": item.id in ARRIVAL_IDS,
            "confidence_label": name(CONFIDENCE, item.confidence),
            "pathway_names": [name(PATHWAYS, pid) for pid in item.for_pathways],
            "amounts": [
                {
                    "amount": a,
                    "name": name(AFTER_GRANT_AMOUNTS, a.id),
                    "usd": _usd(a.amount_usd),
                    "confidence_label": name(CONFIDENCE, a.confidence),
                }
                for a in item.amounts
            ],
            "dates": [
                {"name": name(DEADLINES, did), "date": deadline_days[did]}
                for did in item.dates
                if did in deadline_days
            ],
        }
        for item in assessment.after_grant
    ]
    expedite = next((f for f in assessment.flags if f.id == "expedite_request"), None)
    context = {
        "assessment": assessment,
        "urgency": {
            "level": assessment.urgency,
            "label": name(URGENCIES, assessment.urgency),
            "reason": assessment.urgency_reason,
            "expedite": expedite if assessment.urgency == "emergency" else None,
            # held by ICE: the reason is the whole banner (ask ICE, a lawyer, sign nothing); no
            # "file as soon as you can"
            "detained": any(f.id in DETENTION_FLAGS for f in assessment.flags),
        },
        "pathways": pathways,
        "forms": forms,
        "fees": fees,
        "evidence": evidence,
        "evidence_needed": [e for e in evidence if not e["have"]],
        "evidence_have": [e for e in evidence if e["have"]],
        "flags": flags,
        "alternatives": alternatives,
        "lead_alternatives": lead_alternatives,
        # once paroled: the arrival steps (in order) apart from what the person does afterwards
        "after_grant": after_grant,
        "after_grant_arrival": [i for i in after_grant if i["arrival"]],
        "after_grant_life": [i for i in after_grant if not i["arrival"]],
        "deadlines": timeline(assessment.deadlines, clock.today(), about_client),
        "answer_rows": answer_rows,
        "rules_version": assessment.rules_version,
        "rules_verified_on": rules_verified_on(assessment),
        "as_of": assessment.as_of,
        "pdf": pdf,
        "show_sources_inline": show_sources_inline,
        "about_client": about_client,
    }
    context["sources"] = [] if show_sources_inline else result_sources(context)
    context["sections"] = result_sections(context)
    # what to do, in time order (asking to expedite comes once filed), and the next date
    context["first_steps"] = first_steps(context)
    context["next_date"] = next_date(context)
    # the first page's "watch for": what stops or risks the request
    context["urgent_actions"] = [f for f in flags if f["severity"] in ("stop", "warning")]
    return context
