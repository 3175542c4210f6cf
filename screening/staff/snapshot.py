"""A case's stored result as an Assessment, so staff pages render it through the shared partials.

When the case was assessed with the rules now running (same `rules_version`), the rules are run
again on the stored answers and date: the result is the same by construction and keeps its
translatable messages. When the rules have changed since, the stored JSON is turned back into an
Assessment as it was (texts in the English they were stored in), so the page shows what was
actually concluded then, not what today's code would say about that date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening.rules import RULES_VERSION, Answers, AnswersError, Assessment, assess
from screening.rules.assessment import (
    Alternative,
    Evidence,
    Fee,
    Flag,
    Form,
    Message,
    Pathway,
    Reason,
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def assessment_from_dict(data: dict[str, Any]) -> Assessment:
    """The inverse of `Assessment.to_dict()` (messages come back as plain English texts)."""
    reason = data.get("urgency_reason")
    return Assessment(
        rules_version=data.get("rules_version", ""),
        as_of=dt.date.fromisoformat(data["as_of"]),
        urgency=data.get("urgency", "standard"),
        urgency_reason=Message(reason) if reason else None,
        pathways=tuple(
            Pathway(
                id=p["id"],
                verdict=p["verdict"],
                reasons=tuple(
                    Reason(
                        r.get("text", ""),
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
                f.get("why", ""),
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
                f.get("note", ""),
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
                f.get("text", ""),
                id=f["id"],
                severity=f.get("severity", "info"),
                source=f.get("source", ""),
            )
            for f in data.get("flags", ())
        ),
        alternatives=tuple(
            Alternative(a.get("why", ""), id=a["id"], source=a.get("source", ""))
            for a in data.get("alternatives", ())
        ),
        ignored_answers=tuple(data.get("ignored_answers", ())),
        unknowns=tuple(data.get("unknown_answers", ())),
    )


def stored_assessment(answers: dict, data: dict | None) -> Assessment | None:
    """The stored result of a case (None for a draft without one)."""
    if not data:
        return None
    if data.get("rules_version") == RULES_VERSION:
        try:
            return assess(Answers.from_dict(answers), dt.date.fromisoformat(data["as_of"]))
        except AnswersError:
            pass
    return assessment_from_dict(data)
