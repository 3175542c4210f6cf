"""A stored result read back: `assessment_from_dict` is the inverse of `Assessment.to_dict()`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .assessment import (
    AfterGrantAmount,
    AfterGrantItem,
    Alternative,
    AlternativeFee,
    Assessment,
    Deadline,
    Evidence,
    Fee,
    Flag,
    Form,
    Pathway,
    Reason,
)
from .text import Message, Text


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
        after_grant=tuple(_after_grant_from_dict(i) for i in data.get("after_grant", ())),
    )


def _after_grant_from_dict(i: dict[str, Any]) -> AfterGrantItem:
    """An after-grant item read back: its sentences come back as one text in both voices."""
    text = _stored(i, "text", "client_text")
    return AfterGrantItem(
        id=i["id"],
        parts=(Message(text),) if text else (),
        source=i.get("source", ""),
        confidence=i.get("confidence", "C"),
        verified_on=_date(i.get("verified_on")),
        amounts=tuple(
            AfterGrantAmount(
                a.get("note") or "",
                id=a["id"],
                amount_usd=a.get("amount_usd"),
                effective_from=_date(a.get("effective_from")),
                confidence=a.get("confidence", "C"),
            )
            for a in i.get("amounts", ())
        ),
        for_pathways=tuple(i.get("for", ())),
        dates=tuple(i.get("dates", ())),
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
        lead=bool(a.get("lead", False)),
        confirm=Message(confirm) if confirm else None,
    )
