"""Deadlines from dates the person gives: a work permit's end (`ead_ends`), the address reports
after a move (`address_change_due`, `court_address_change_due`), and the days set for treatment
or an organ donation (`treatment_date`, `donation_date`).

Each rule is `rule(ctx, pathways, alternatives) -> list[Deadline]`, listed in
`deadlines.DEADLINE_RULES`. A confidence mark qualifies the rule's fact, never the person's own
date, so a date the person gave is `C`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from .assessment import Alternative, Deadline, Pathway
from .context import Context
from .knowledge import after_grant as AG
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
