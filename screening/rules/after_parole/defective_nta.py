"""A Notice to Appear that did not give the date and time of the first hearing does not stop the
ten years of cancellation of removal (Pereira v. Sessions, 2018; Niz-Chavez v. Garland,
2021-04-29: one document), and a later hearing notice does not either: the count runs on."""

from __future__ import annotations

import datetime as dt

from ..context import Context
from ..knowledge import history as H
from ..text import Message, Text, _


def nta_defect(ctx: Context, met_on: dt.date | None, nta: dt.date | None) -> str | None:
    """None: the count stops at the notice as usual (or no notice came first); "stopped": a
    complete notice came before ten years; "defective": it gave no date and time, so the years
    run on; "unanswered": it came first and whether it gave them is not answered."""
    if not (met_on and nta and met_on > nta):
        return None
    given = ctx.get("nta_gave_date_time")
    if given is False:
        return "defective"
    if given is None:
        return "unanswered"
    return "stopped"


def defect_count(defect: str, met_on: dt.date) -> Message:
    if defect == "defective":
        return Message(
            Text(
                _(
                    "Your Notice to Appear did not give the date and time of your first "
                    "hearing, so it did not stop the ten years, and a later hearing notice does "
                    "not either: counting from your last arrival, ten years are reached on {date}."
                ),
                client=_(
                    "The client's Notice to Appear did not give the date and time of the first "
                    "hearing, so it did not stop the ten years, and a later hearing notice does "
                    "not either: counting from the client's last arrival, ten years are reached "
                    "on {date}."
                ),
            ),
            {"date": met_on},
        )
    return Message(
        Text(
            _(
                "Only if your Notice to Appear did not give the date and time of the hearing: "
                "then it did not stop the ten years, and counting from your last arrival they are "
                "reached on {date}."
            ),
            client=_(
                "Only if the client's Notice to Appear did not give the date and time of the "
                "hearing: then it did not stop the ten years, and counting from the client's "
                "last arrival they are reached on {date}."
            ),
        ),
        {"date": met_on},
    )


FERNANDES = Message(
    _(
        "Asking the judge to end the case for that defect is timely only before the pleadings "
        "close, and a first objection in a motion to reopen comes too late (Matter of Fernandes; "
        "Matter of Nchifor). That limit is about ending the case; the ten years are argued in the "
        "cancellation application. DHS may also cure the notice: a new, complete Notice to Appear "
        "stops the count on the day it is served."
    )
)


def defect_needs(defect: str | None) -> tuple[Message, ...]:
    return (FERNANDES,) if defect in ("defective", "unanswered") else ()


SOURCE = f"{H.PEREIRA}; {H.NIZ_CHAVEZ}; {H.CAMPOS_CHAVES}; {H.FERNANDES}; {H.STOP_TIME_NTA}"
