"""The family ground: a relative who is dying, seriously ill or has died."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import Context, reason, unknown
from ..text import Text, _


def _relative_ground(ctx: Context) -> Reason:
    condition = ctx.get("relative_condition")
    if condition == "deceased":
        return reason(
            "relative_deceased",
            Text(
                _(
                    "Your relative has died. Attending the funeral or "
                    "settling a deceased relative's affairs is an urgent "
                    "humanitarian reason USCIS recognizes."
                ),
                client=_(
                    "The client's relative has died. Attending the "
                    "funeral or settling a deceased relative's affairs is "
                    "an urgent humanitarian reason USCIS recognizes."
                ),
            ),
            ["reasons", "relative_condition"],
            K.USCIS_HP_PAGE,
            True,
        )
    if condition in ("death_imminent", "seriously_ill"):
        return reason(
            "relative_critical",
            _(
                "Visiting a family member who is dying or "
                "seriously ill is an urgent humanitarian reason USCIS recognizes."
            ),
            ["reasons", "relative_condition"],
            K.USCIS_HP_PAGE,
            True,
        )
    if condition == "not_ill":
        return reason(
            "relative_not_ill",
            _(
                "The relative is not seriously ill, so a visit is "
                "not an urgent humanitarian reason."
            ),
            ["relative_condition"],
            K.USCIS_HP_PAGE,
            False,
        )
    return unknown("relative_condition", _("how ill the relative is"))
