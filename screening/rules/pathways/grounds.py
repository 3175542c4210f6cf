"""Grounds: why the person needs parole, weighed once in `_grounds` and reused by the
humanitarian, parole-in-place and re-parole rules."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import Context, reason
from ..text import Text, _
from .grounds_family import _relative_ground
from .grounds_harm import _harm_grounds
from .grounds_medical import _donor_ground, _medical_ground

HUMANITARIAN_REASONS = frozenset(
    {
        "medical_treatment",
        "organ_donor",
        "visit_ill_relative",
        "funeral",
        "family_reunification",
        "protection",
        "disaster_or_conflict",
        "military_family",
        "other",
    }
)


def _grounds(ctx: Context) -> list[Reason]:
    out: list[Reason] = []
    r = ctx.reasons()
    if "medical_treatment" in r:
        out.append(_medical_ground(ctx))
    if "organ_donor" in r:
        out.append(_donor_ground(ctx))
    if "visit_ill_relative" in r:
        out.append(_relative_ground(ctx))
    if "funeral" in r:
        out.append(
            reason(
                "funeral",
                _(
                    "Attending a family member's funeral is an urgent "
                    "humanitarian reason USCIS recognizes."
                ),
                ["reasons"],
                K.USCIS_HP_PAGE,
                True,
            )
        )
    if "family_reunification" in r:
        out.append(
            reason(
                "family_reunification",
                _(
                    "Joining family is weighed case by case. "
                    "On its own it is rarely urgent enough; the usual route is a family "
                    "immigrant visa."
                ),
                ["reasons"],
                K.USCIS_HP_PAGE,
                None,
            )
        )
    if "protection" in r or "disaster_or_conflict" in r:
        out.extend(_harm_grounds(ctx))
    if "military_family" in r and ctx.outside:
        out.append(
            reason(
                "military_family_abroad",
                _("Family of U.S. service members abroad may ask for parole case by case."),
                ["reasons"],
                K.MILITARY_PIP,
                None,
            )
        )
    elif "military_family" in r and ctx.inside:
        # Military families in the U.S. (parole in place, and re-parole after it) have their own
        # policy; the reason carries a request for a new period of parole.
        out.append(
            reason(
                "military_family_in_us",
                Text(
                    _(
                        "You are family of a U.S. service member, a reason USCIS "
                        "recognizes for military families in the U.S., including for "
                        "a new period of parole."
                    ),
                    client=_(
                        "The client is family of a U.S. service member, a reason "
                        "USCIS recognizes for military families in the U.S., "
                        "including for a new period of parole."
                    ),
                ),
                ["reasons"],
                K.MILITARY_PIP,
                True,
            )
        )
    if "other" in r:
        out.append(
            reason(
                "other_reason",
                Text(
                    _(
                        "Your reason will be weighed case by case: explain "
                        "why it is urgent and what happens if parole is "
                        "refused."
                    ),
                    client=_(
                        "The client's reason will be weighed case by case: "
                        "the request should explain why it is urgent and what "
                        "happens if parole is refused."
                    ),
                ),
                ["reasons"],
                K.PM_VOL3_PF,
                None,
            )
        )
    return out
