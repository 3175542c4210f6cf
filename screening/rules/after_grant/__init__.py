"""After parole is granted: what the person can and must do once paroled (work, a Social Security
number, address reports, registration, travel, benefits, re-parole) and, for a person abroad, the
steps from an approval to the I-94.

`after_grant(ctx, shown, fees, flags, deadlines)` gives the items, in `AFTER_GRANT_IDS` order, for
a person who is paroled now or would be (`who.py`); `gets_after_grant(ctx, shown)` says whether
they are given at all (the annual asylum fee is then an item, not a flag).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..assessment import AFTER_GRANT_IDS, AfterGrantItem, Deadline, Fee, Flag, Pathway
from ..context import Context
from .arrival import arrival_items
from .benefits import annual_asylum_fee, public_benefits
from .duties import (
    address_change,
    re_parole_before_expiry,
    registration_status,
    release_supervision,
)
from .travel import travel_on_parole
from .who import audience, gets_after_grant, parole_ended_on
from .work import social_security_number, work_incident_to_parole, work_permit

__all__ = ["after_grant", "gets_after_grant", "parole_ended_on"]


def after_grant(
    ctx: Context,
    shown: Mapping[str, Pathway],
    fees: Iterable[Fee],
    flags: Iterable[Flag],
    deadlines: Iterable[Deadline],
) -> tuple[AfterGrantItem, ...]:
    who = audience(ctx, shown)
    dates = {d.id for d in deadlines}
    flag_ids = {f.id for f in flags}
    found = [
        work_permit(ctx, who),
        work_incident_to_parole(ctx, who),
        social_security_number(ctx, who),
        address_change(ctx, who, dates),
        registration_status(ctx, who),
        travel_on_parole(ctx, who, flag_ids),
        public_benefits(ctx, who),
        annual_asylum_fee(ctx, who),
        re_parole_before_expiry(ctx, who),
        release_supervision(ctx, who),
        *arrival_items(who, fees),
    ]
    items = [i for i in found if i is not None]
    return tuple(sorted(items, key=lambda i: AFTER_GRANT_IDS.index(i.id)))
