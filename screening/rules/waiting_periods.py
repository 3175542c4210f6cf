"""The days the routes after parole open: the waiting period each offered route computed
(`Alternative.met_on`), as a `Deadline` for deadlines.py. The dates are never recomputed here,
so the route and the timeline cannot disagree; a route that is not offered gives no date.

- `cuban_adjustment_one_year`: one year after the last arrival, the first day to file Form I-485
  under the Cuban Adjustment Act (Pub. L. 89-732: one year of presence when filing).
- `cancellation_ten_years`: ten years after the last arrival, counted only up to the Notice to
  Appear (stop-time rule, INA 240A(d)). The route is offered only when the ten years came first or
  the notice's day is unknown, and the sentence says which.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .answers import Answers
from .assessment import Alternative, Deadline
from .knowledge import after_parole as AP
from .knowledge.restrictions import FACTS_3_CHECKED
from .text import Message, Text, _


def _cuban_adjustment_year(route: Alternative, as_of: dt.date) -> Deadline:
    if route.met_on > as_of:
        todo = Text(
            _(
                "Before this day, have a lawyer confirm that the Cuban Adjustment Act applies to "
                "you and that your I-94 record shows parole or admission: Form I-485 can be "
                "filed from this day, not before."
            ),
            client=_(
                "Before this day, have a lawyer confirm that the Cuban Adjustment Act applies to "
                "the client and that the client's I-94 record shows parole or admission: Form "
                "I-485 can be filed from this day, not before."
            ),
        )
    else:
        todo = Text(
            _(
                "The year is reached: have a lawyer confirm that the Cuban Adjustment Act "
                "applies to you before you file Form I-485."
            ),
            client=_(
                "The year is reached: have a lawyer confirm that the Cuban Adjustment Act "
                "applies to the client before the client files Form I-485."
            ),
        )
    return Deadline(
        Text(
            _(
                "You have been in the U.S. for one year on this day, counting from your last "
                "arrival: from this day you may apply for a green card under the Cuban "
                "Adjustment Act."
            ),
            client=_(
                "The client has been in the U.S. for one year on this day, counting from the "
                "client's last arrival: from this day the client may apply for a green card "
                "under the Cuban Adjustment Act."
            ),
        ),
        id="cuban_adjustment_one_year",
        date=route.met_on,
        todo=Message(todo),
        source=AP.CAA,
        confidence="S",
        verified_on=FACTS_3_CHECKED,
    )


def _cancellation_years(route: Alternative, answers: Answers) -> Deadline:
    if answers.get("nta_served_on") is not None:  # the route is offered only if this came first
        happens = Text(
            _(
                "You reached ten years here on this day, counting from your last arrival, "
                "before the Notice to Appear was served, which stops the count."
            ),
            client=_(
                "The client reached ten years here on this day, counting from the client's last "
                "arrival, before the Notice to Appear was served, which stops the count."
            ),
        )
        todo = Text(
            _(
                "Cancellation of removal is asked for only before the immigration judge: ask "
                "your lawyer about applying on Form EOIR-42B."
            ),
            client=_(
                "Cancellation of removal is asked for only before the immigration judge: ask the "
                "client's lawyer about applying on Form EOIR-42B."
            ),
        )
    else:
        happens = Text(
            _(
                "Ten years here are reached on this day, counting from your last arrival, but "
                "only if no valid Notice to Appear was served before then: serving one stops "
                "the count."
            ),
            client=_(
                "Ten years here are reached on this day, counting from the client's last "
                "arrival, but only if no valid Notice to Appear was served before then: serving "
                "one stops the count."
            ),
        )
        todo = Text(
            _(
                "Tell your lawyer the day your Notice to Appear was served: the ten years count "
                "only up to that day."
            ),
            client=_(
                "Tell the client's lawyer the day the Notice to Appear was served: the ten years "
                "count only up to that day."
            ),
        )
    return Deadline(
        happens,
        id="cancellation_ten_years",
        date=route.met_on,
        todo=Message(todo),
        source=f"{AP.INA_240A_B1}; {AP.STOP_TIME}",
        confidence="S",
        verified_on=FACTS_3_CHECKED,
    )


def waiting_periods(
    answers: Answers, as_of: dt.date, alternatives: Iterable[Alternative]
) -> list[Deadline]:
    """The day each offered route's waiting period is met, as the route itself computed it."""
    routes = {route.id: route for route in alternatives if route.met_on is not None}
    found = []
    if "cuban_adjustment_act" in routes:
        found.append(_cuban_adjustment_year(routes["cuban_adjustment_act"], as_of))
    if "cancellation_of_removal" in routes:
        found.append(_cancellation_years(routes["cancellation_of_removal"], answers))
    return found
