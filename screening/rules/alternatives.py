"""Alternatives: other routes than parole the person may want to explore with a lawyer."""

from __future__ import annotations

from typing import Any

from . import knowledge as K
from .assessment import Alternative, _
from .context import Context


def _alternatives(ctx: Context) -> list[Alternative]:
    out: list[Alternative] = []

    def alt(aid: str, message: str, source: str, **params: Any) -> None:
        out.append(Alternative(message, params, id=aid, source=source))

    r = ctx.reasons()
    program = ctx.get("parole_program")
    pending = set(ctx.a.items("pending_applications"))
    harm = r & {"protection", "disaster_or_conflict"}
    if (
        (harm and ctx.inside)
        or "i589" in pending
        or program in ("chnv", "frp", "afghan", "u4u", "cam")
    ):
        alt(
            "asylum",
            _(
                "Asylum (Form I-589) protects people in the U.S. who fear persecution "
                "for their race, religion, nationality, political opinion or social group; it "
                "must usually be filed within one year of arrival."
            ),
            "INA 208; 90 FR 34511 (H.R. 1 fees)",
        )
    if harm and ctx.outside:
        refugee = ctx.program("refugee_admissions")
        if refugee.value == K.OPEN:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad; it needs a referral (for example by UNHCR)."
                ),
                refugee.source,
            )
        else:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad. Status: {status} (since {since}); check for changes."
                ),
                refugee.source,
                status=refugee.note or refugee.value,
                since=refugee.effective_from.isoformat(),
            )
    if ctx.inside and (harm or "tps" in pending or program in ("chnv", "u4u", "frp")):
        alt(
            "tps",
            _(
                "Temporary Protected Status may fit nationals of designated countries "
                "who were in the U.S. on the designation dates. Designations change often: check "
                "the current list."
            ),
            "USCIS TPS page; designation changes 2025-26 (litigation tracker)",
        )
    victim = set(ctx.a.items("victim_of"))
    if "crime" in victim:
        alt(
            "u_visa",
            _(
                "A U visa may fit victims of a qualifying crime who helped law "
                "enforcement (Form I-918 with a Supplement B certification)."
            ),
            "INA 101(a)(15)(U); ABA U Visas at a Glance",
        )
    if "trafficking" in victim:
        alt(
            "t_visa",
            _(
                "A T visa may fit victims of severe trafficking who are in the U.S. "
                "because of it (Form I-914)."
            ),
            "INA 101(a)(15)(T); Form I-914 instructions",
        )
    if ctx.get("worked_for_us_government") is True and ctx.get("citizenship") in K.SIV_COUNTRIES:
        siv = ctx.program("afghan_siv_issuance")
        paused = ctx.get("citizenship") == "AF" and siv.value != K.OPEN
        alt(
            "special_immigrant_visa",
            _(
                "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on "
                "behalf of the U.S. government. Visa issuance for Afghan passports was reported "
                "paused in November 2025; check its current status."
            )
            if paused
            else _(
                "A Special Immigrant Visa may fit Afghans and Iraqis "
                "who worked for or on behalf of the U.S. government."
            ),
            siv.source,
        )
    us_relative = ctx.get("relative_status") in ("us_citizen", "lpr")
    if us_relative or "i130_petition" in pending:
        alt(
            "family_immigrant_visa",
            _(
                "A family immigrant visa (Form I-130 by a U.S. citizen "
                "or permanent-resident relative) is the lasting route to join family."
            ),
            "INA 201, 203; 90 FR 58032 (FRP closed)",
        )
    if "military_family" in r and ctx.inside and ctx.get("entry") == "admitted":
        alt(
            "deferred_action",
            _(
                "Military family members who were admitted and overstayed "
                "can ask USCIS for deferred action instead of parole in place."
            ),
            K.MILITARY_PIP,
        )
    return out
