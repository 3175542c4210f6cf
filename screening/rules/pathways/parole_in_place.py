"""Parole in place outside any program (Form I-131 Part 1 item 9)."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import I131_ITEM_SOURCE, Context, reason, unknown, verdict_from
from ..text import Text, _
from .common_reasons import _risk_reasons
from .grounds import HUMANITARIAN_REASONS, _grounds

# Reasons that general parole in place could rest on (military families have their own policy).
IN_PLACE_REASONS = HUMANITARIAN_REASONS - {"military_family"}


def parole_in_place(ctx: Context) -> Pathway | None:
    """Parole in place outside any program: Form I-131 has a line for it (Part 1 item 9), but no
    source describes USCIS granting it, so the result says so plainly."""
    if not (ctx.inside and ctx.staying and ctx.reasons() & IN_PLACE_REASONS):
        return None
    entry = ctx.get("entry")
    if entry == "paroled":
        return None  # already paroled: re-parole is the pathway
    reasons: list[Reason] = []
    if entry == "admitted":
        reasons.append(
            reason(
                "admitted_not_applicant_for_admission",
                Text(
                    _(
                        "You were admitted (for example on a visa), so you "
                        "are not an applicant for admission and parole in "
                        "place does not fit. Ask an attorney about other ways "
                        "to stay."
                    ),
                    client=_(
                        "The client was admitted (for example on a visa), so "
                        "they are not an applicant for admission and parole "
                        "in place does not fit. Other ways to stay need an "
                        "attorney's assessment."
                    ),
                ),
                ["entry"],
                K.MILITARY_PIP,
                False,
            )
        )
    elif entry == "without_inspection":
        reasons.append(
            reason(
                "present_without_admission",
                Text(
                    _(
                        "You entered without inspection, so you are an "
                        "applicant for admission, the group parole can apply "
                        "to."
                    ),
                    client=_(
                        "The client entered without inspection, so they are "
                        "an applicant for admission, the group parole can "
                        "apply to."
                    ),
                ),
                ["entry"],
                f"{K.INA_212D5A}; {K.PM_VOL3_PF}",
                True,
            )
        )
    elif entry == "released_from_custody":
        # an answer, not a gap: a release on Form I-220A is neither an admission nor a parole
        reasons.append(
            reason(
                "released_without_admission",
                Text(
                    _(
                        "You were released from custody (for example on Form "
                        "I-220A), which is neither an admission nor a parole, so "
                        "you are an applicant for admission, the group parole can "
                        "apply to."
                    ),
                    client=_(
                        "The client was released from custody (for example on Form "
                        "I-220A), which is neither an admission nor a parole, so "
                        "the client is an applicant for admission, the group parole "
                        "can apply to."
                    ),
                ),
                ["entry"],
                f"{K.INA_212D5A}; {K.I220A_NOT_PAROLE}",
                True,
            )
        )
    else:
        reasons.append(
            unknown(
                "entry",
                Text(_("how you entered the U.S."), client=_("how the client entered the U.S.")),
            )
        )
    reasons += [g for g in _grounds(ctx) if "refugee_referral" not in g.code]
    reasons.append(
        reason(
            "parole_in_place_unproven",
            Text(
                _(
                    "Form I-131 has a line for parole in place outside "
                    "any program (Part 1, item 9), but we found no public "
                    "source describing USCIS granting it (last checked "
                    "{verified}). Treat it as a long shot and get legal "
                    "advice before you file: a denial can lead to removal "
                    "proceedings."
                ),
                client=_(
                    "Form I-131 has a line for parole in place outside "
                    "any program (Part 1, item 9), but we found no public "
                    "source describing USCIS granting it (last checked "
                    "{verified}). Treat it as a long shot and weigh it "
                    "carefully before filing: a denial can lead to "
                    "removal proceedings."
                ),
            ),
            [],
            f"{I131_ITEM_SOURCE}, item 9; no source found of grants outside a program",
            None,
            verified=K.VERIFIED.isoformat(),
        )
    )
    reasons += _risk_reasons(ctx)
    verdict = verdict_from(reasons)
    return Pathway("parole_in_place", verdict, tuple(reasons), "self")
