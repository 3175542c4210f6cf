"""Deadlines from dates the person gives: the day they need to be in the U.S. (`needed_by`,
with how early to ask), a work permit's end (`ead_ends`), the address reports
after a move (`address_change_due`, `court_address_change_due`), and the days set for treatment
or an organ donation (`treatment_date`, `donation_date`).

Each rule is `rule(ctx, pathways, alternatives) -> list[Deadline]`, listed in
`deadlines.DEADLINE_RULES`. A confidence mark qualifies the rule's fact, never the person's own
date, so a date the person gave is `C`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from .answers import Answers
from .assessment import Alternative, Deadline, Pathway
from .context import Context
from .knowledge import after_grant as AG
from .knowledge import calibration as KC
from .text import Message, Text, _

ANSWER_SOURCE = "The person's answer ({key})"
ADDRESS_REPORT_DAYS = 10  # INA 265(a)
# The court rule counts five working days; five calendar days is the earlier, safe day.
COURT_ADDRESS_REPORT_DAYS = 5


def ead_ends(
    ctx: Context, pathways: Mapping[str, Pathway], alternatives: Sequence[Alternative]
) -> list[Deadline]:
    ends = ctx.get("ead_expires_on")
    if ends is None:
        return []
    series = AG.AFTER_GRANT_SINCE["ead_auto_extension_ended"]
    no_extension = series.on(ctx.as_of)
    if no_extension.value:
        todo = Text(
            _(
                "File to renew it well before this day: renewals filed from {day} are no longer "
                "extended automatically, and a work permit based on parole never lasts longer "
                "than the parole."
            ),
            client=_(
                "The client files to renew it well before this day: renewals filed from {day} "
                "are no longer extended automatically, and a work permit based on parole never "
                "lasts longer than the parole."
            ),
        )
    else:
        todo = Text(
            _(
                "File to renew it well before this day; a work permit based on parole never "
                "lasts longer than the parole."
            ),
            client=_(
                "The client files to renew it well before this day; a work permit based on "
                "parole never lasts longer than the parole."
            ),
        )
    source = ANSWER_SOURCE.format(key="ead_expires_on")
    return [
        Deadline(
            Text(
                _("Your work permit (EAD) ends on this day."),
                client=_("The client's work permit (EAD) ends on this day."),
            ),
            id="ead_ends",
            date=ends,
            todo=Message(todo, {"day": series.values[-1].effective_from.isoformat()}),
            source=f"{source}; {AG.USC_1809}; {no_extension.source}"
            if no_extension.value
            else f"{source}; {AG.USC_1809}",
        )
    ]


def address_change_due(
    ctx: Context, pathways: Mapping[str, Pathway], alternatives: Sequence[Alternative]
) -> list[Deadline]:
    moved = ctx.get("moved_on")
    if moved is None:
        return []
    found = [
        Deadline(
            Text(
                _(
                    "Your new address must reach USCIS by this day, 10 days after your move "
                    "(Form AR-11)."
                ),
                client=_(
                    "The client's new address must reach USCIS by this day, 10 days after the "
                    "move (Form AR-11)."
                ),
            ),
            id="address_change_due",
            date=moved + dt.timedelta(days=ADDRESS_REPORT_DAYS),
            todo=Message(
                _("File Form AR-11 with USCIS, online or on paper, and keep the confirmation.")
            ),
            source=AG.INA_265,
        )
    ]
    if "removal_proceedings" in ctx.a.items("risk_factors"):
        found.append(
            Deadline(
                _(
                    "The new address must reach the immigration court by this day (the rule "
                    "counts five working days; this is the earlier, safe day)."
                ),
                id="court_address_change_due",
                date=moved + dt.timedelta(days=COURT_ADDRESS_REPORT_DAYS),
                todo=Message(
                    _(
                        "File Form EOIR-33/IC with the immigration court and send a copy to the "
                        "DHS lawyer."
                    )
                ),
                source=AG.EOIR_33,
            )
        )
    return found


def treatment_date(
    ctx: Context, pathways: Mapping[str, Pathway], alternatives: Sequence[Alternative]
) -> list[Deadline]:
    day = ctx.get("treatment_date")
    if day is None:
        return []
    return [
        Deadline(
            Text(
                _("Your treatment is set for this day."),
                client=_("The client's treatment is set for this day."),
            ),
            id="treatment_date",
            date=day,
            todo=Message(
                _(
                    "Make sure the request and the doctor's letter show this date: it is what "
                    "makes the request urgent."
                )
            ),
            source=ANSWER_SOURCE.format(key="treatment_date"),
        )
    ]


def donation_date(
    ctx: Context, pathways: Mapping[str, Pathway], alternatives: Sequence[Alternative]
) -> list[Deadline]:
    day = ctx.get("donation_date")
    if day is None:
        return []
    return [
        Deadline(
            _("The transplant center has set the donation for this day."),
            id="donation_date",
            date=day,
            todo=Message(
                _(
                    "Make sure the request and the transplant center's letter show this date: it "
                    "is what makes the request urgent."
                )
            ),
            source=ANSWER_SOURCE.format(key="donation_date"),
        )
    ]


ANSWER_DATE_RULES = (ead_ends, address_change_due, treatment_date, donation_date)


def needed_by_deadline(
    ctx: Context, pathways: Mapping[str, Pathway], alternatives: Sequence[Alternative]
) -> list[Deadline]:
    """The day the person must be in the U.S. (or stay until), and how early to ask."""
    answers, as_of = ctx.a, ctx.as_of
    needed_by = answers.get("needed_by")
    if needed_by is None:
        return []
    if answers.get("goal") == "come_to_us":
        happens = Text(
            _("You said you must be in the U.S. by this day."),
            client=_("The client said they must be in the U.S. by this day."),
        )
    elif answers.get("goal") == "stay_in_us":
        happens = Text(
            _("You said you need to stay in the U.S. until at least this day."),
            client=_("The client said they need to stay in the U.S. until at least this day."),
        )
    else:
        happens = Text(
            _("You said this is the day that matters for your plans."),
            client=_("The client said this is the day that matters for their plans."),
        )
    return [
        Deadline(
            happens,
            id="needed_by",
            date=needed_by,
            todo=CUSTODY_ASKS
            if "custody_parole" in pathways
            else AGENCY_ASKS
            if any(p.files == "agency" for p in pathways.values())
            else _decision_time(answers, needed_by, as_of),
            source=ANSWER_SOURCE.format(key="needed_by"),
        )
    ]


# Held by immigration: release on parole is asked of ICE in writing; nothing is filed with USCIS.
CUSTODY_ASKS = Message(
    Text(
        _(
            "You are held by immigration: before this day, ask ICE in writing to release you on "
            "parole, and talk to a lawyer now."
        ),
        client=_(
            "The client is held by immigration: before this day, ask ICE in writing to release "
            "the client on parole, and talk to a lawyer now."
        ),
    )
)
# Where an agency asks for the parole, the person files nothing.
AGENCY_ASKS = Message(
    Text(
        _(
            "Tell the agency that asks for you about this day as early as you can: it files the "
            "request."
        ),
        client=_(
            "Tell the agency that asks for the client about this day as early as possible: it "
            "files the request."
        ),
    )
)
EMERGENCY_TRAVEL_DAYS = 15  # emergency advance parole: travel needed within 15 days


def _decision_time(answers: Answers, needed_by: dt.date, as_of: dt.date) -> Message:
    """How early to file: the only published figure is advance parole's processing time; a trip
    within 15 days is for emergency advance parole at a field office."""
    travel = answers.get("goal") == "travel_and_return"
    if travel and as_of <= needed_by <= as_of + dt.timedelta(days=EMERGENCY_TRAVEL_DAYS):
        return Message(
            Text(
                _(
                    "You need to travel within 15 days: ask for emergency advance parole at a "
                    "USCIS field office (book the appointment through the USCIS Contact Center "
                    "and bring Form I-131, photos, the fee and proof of the emergency)."
                ),
                client=_(
                    "The client needs to travel within 15 days: ask for emergency advance "
                    "parole at a USCIS field office (book the appointment through the USCIS "
                    "Contact Center and bring Form I-131, photos, the fee and proof of the "
                    "emergency)."
                ),
            )
        )
    months = KC.ADVANCE_PAROLE_PROCESSING_MONTHS.on(as_of)
    if travel and months is not None and months.value is not None:
        return Message(
            Text(
                _(
                    "File as early as you can: USCIS's processing-times tool showed {months} "
                    "months for advance parole in {month} (reported)."
                ),
                client=_(
                    "File as early as possible: USCIS's processing-times tool showed {months} "
                    "months for advance parole in {month} (reported)."
                ),
            ),
            {"months": months.value, "month": months.effective_from.strftime("%Y-%m")},
        )
    return Message(
        Text(
            _("File as early as you can: how long a decision will take is not known."),
            client=_("File as early as possible: how long a decision will take is not known."),
        )
    )
