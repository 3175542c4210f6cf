"""Alternatives: other routes than parole the person may want to explore with a lawyer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import knowledge as K
from .after_parole.common import CONFIRM, fee
from .assessment import Alternative
from .calibration import CITIZEN_MESSAGE, may_be_citizen
from .context import Context
from .knowledge import after_parole as AP
from .knowledge import calibration as KC
from .presence_deadlines import asylum_one_year_day
from .relatives import immediate_relative, relatives
from .restrictions import hold_kinds, travel_ban
from .text import Message, Text, _


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
        out.append(_asylum(ctx, pending))
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
                    "abroad. {note} Check for changes."
                )
                if refugee.note
                else _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad, but refugee admissions are not open now (since {since}). Check "
                    "for changes."
                ),
                refugee.source,
                **({"note": refugee.note} if refugee.note else {}),
                since=refugee.effective_from.isoformat(),
            )
    if ctx.inside and (harm or "tps" in pending or program in ("chnv", "u4u", "frp")):
        tps = _tps(ctx, "tps" in pending)
        if tps:
            out.append(tps)
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
        alt(
            "continued_presence",
            _(
                "Continued Presence is a temporary status for victims of trafficking who may be "
                "witnesses. Only federal law enforcement can ask for it (ICE Homeland Security "
                "Investigations, the FBI or a U.S. Attorney's office; a state or local agency "
                "goes through a federal partner): it is not a parole request. It lasts up to 2 "
                "years at a time and can be renewed (ICE, 2021-07-30; a DHS page says 1 year)."
            ),
            KC.CONTINUED_PRESENCE,
        )
    if (
        ctx.inside
        and ctx.get("worked_for_us_government") is True
        and ctx.get("citizenship") in K.SIV_COUNTRIES
    ):
        out.append(_siv_inside(ctx))
    elif ctx.get("worked_for_us_government") is True and ctx.get("citizenship") in K.SIV_COUNTRIES:
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
    family = _family_visa(ctx, pending)
    if family:
        out.append(family)
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


SIV_INSIDE_SOURCE = "INA 101(a)(27); Form I-360 instructions (petition filed with USCIS)"


def _siv_inside(ctx: Context) -> Alternative:
    """Inside the U.S. the special immigrant petition is Form I-360 with USCIS: the consular
    pause does not reach it, the USCIS halt of Afghan requests does."""
    entry, kinds = hold_kinds(ctx)
    if "afghan" in kinds or (
        entry is not None and "country" in kinds and ctx.get("citizenship") == "AF"
    ):
        return Alternative(
            Text(
                _(
                    "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on "
                    "behalf of the U.S. government. Inside the U.S. it starts with a petition to "
                    "USCIS on Form I-360. USCIS halted decisions on requests from Afghan "
                    "nationals on 2025-11-27; check uscis.gov before you rely on it."
                ),
                client=_(
                    "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on "
                    "behalf of the U.S. government. Inside the U.S. it starts with a petition to "
                    "USCIS on Form I-360. USCIS halted decisions on requests from Afghan "
                    "nationals on 2025-11-27; check uscis.gov before the client relies on it."
                ),
            ),
            id="special_immigrant_visa",
            source=f"{SIV_INSIDE_SOURCE}; {entry.source}",
            forms=("I-360",),
            confirm=CONFIRM,
        )
    return Alternative(
        _(
            "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on behalf of "
            "the U.S. government. Inside the U.S. it starts with a petition to USCIS on Form "
            "I-360."
        ),
        id="special_immigrant_visa",
        source=SIV_INSIDE_SOURCE,
        forms=("I-360",),
        confirm=CONFIRM,
    )


ASYLUM_SOURCE = f"INA 208; 8 CFR 208.4(a)(2) (one year from the last arrival); {AP.INA_208}"


def _asylum(ctx: Context, pending: set[str]) -> Alternative:
    """Acknowledges a pending application; past the one-year deadline, names the protections
    that have none."""
    since = ctx.get("in_us_since")
    deadline = asylum_one_year_day(since) if since else None  # 29 February: 28 February
    if "i589" in pending:
        message = Text(
            _(
                "You have already applied for asylum (Form I-589). Keep every "
                "appointment, and tell the asylum office or the court at once "
                "if your address changes."
            ),
            client=_(
                "The client has already applied for asylum (Form I-589). The "
                "client must keep every appointment and tell the asylum "
                "office or the court at once if their address changes."
            ),
        )
    elif ctx.inside and deadline and deadline < ctx.as_of:
        message = _(
            "Asylum (Form I-589) protects people in the U.S. who fear persecution for their "
            "race, religion, nationality, political opinion or social group. It must usually be "
            "asked for within one year of the last arrival, and that year ended on {date}: ask a "
            "lawyer whether an exception applies. Withholding of removal and protection under "
            "the Convention against Torture have no such deadline."
        )
    elif ctx.inside and deadline:
        message = Text(
            _(
                "Asylum (Form I-589) protects people in the U.S. who fear "
                "persecution for their race, religion, nationality, political "
                "opinion or social group. It must usually be asked for within "
                "one year of the last arrival: by {date} for you."
            ),
            client=_(
                "Asylum (Form I-589) protects people in the U.S. who fear "
                "persecution for their race, religion, nationality, political "
                "opinion or social group. It must usually be asked for within "
                "one year of the last arrival: by {date} for the client."
            ),
        )
    else:
        message = _(
            "Asylum (Form I-589) protects people in the U.S. who fear persecution "
            "for their race, religion, nationality, political opinion or social group; it "
            "must usually be filed within one year of arrival."
        )
    params = {"date": deadline} if deadline and "i589" not in pending and ctx.inside else {}
    return Alternative(message, params, id="asylum", source=ASYLUM_SOURCE, confirm=CONFIRM)


def _tps(ctx: Context, holder: bool) -> Alternative | None:
    """TPS only where it can help on `as_of`."""
    country = ctx.get("citizenship")
    if country in K.NEVER_DESIGNATED:
        return None
    series = K.TPS.get(country)
    if series is None:
        return Alternative(
            _(
                "Temporary Protected Status may fit nationals of designated countries "
                "who were in the U.S. on the designation dates. Designations change often: check "
                "the current list."
            ),
            id="tps",
            source=f"{K.TPS_SOURCE}; {K.USCIS_TPS_URL}",
            confirm=CONFIRM,
        )
    entry = series.on(ctx.as_of)
    assert entry is not None
    if not entry.value.designated or not holder:
        # Terminated; or designated, but a first registration needs residence and presence
        # dates this screening does not check.
        return None
    through = entry.value.through
    if through is None:
        message = Text(
            _(
                "Your country was still designated for Temporary Protected "
                "Status on this date. As someone who holds or has applied for "
                "it, keep your registration and work permit current, and "
                "check uscis.gov/tps for the latest notice."
            ),
            client=_(
                "The client's country was still designated for Temporary "
                "Protected Status on this date. As the client holds or has "
                "applied for it, the client should keep their registration "
                "and work permit current, and check uscis.gov/tps for the "
                "latest notice."
            ),
        )
    elif ctx.as_of <= through:
        message = Text(
            _(
                "Your country is designated for Temporary Protected Status "
                "through {date}. As someone who holds or has applied for it, "
                "re-register when USCIS announces it and keep your work "
                "permit current; check uscis.gov/tps for the latest notice."
            ),
            client=_(
                "The client's country is designated for Temporary Protected "
                "Status through {date}. As the client holds or has applied "
                "for it, the client should re-register when USCIS announces "
                "it and keep their work permit current; check uscis.gov/tps "
                "for the latest notice."
            ),
        )
    else:
        message = Text(
            _(
                "Your country was designated for Temporary Protected Status "
                "through {date}; what happened after that day is not "
                "confirmed. As someone who holds or has applied for it, check "
                "uscis.gov/tps for the latest notice before you rely on it."
            ),
            client=_(
                "The client's country was designated for Temporary Protected "
                "Status through {date}; what happened after that day is not "
                "confirmed. As the client holds or has applied for it, check "
                "uscis.gov/tps for the latest notice before the client relies "
                "on it."
            ),
        )
    return Alternative(
        message,
        {"date": through} if through else {},
        id="tps",
        source=entry.source,
        forms=("I-821",),
        fees=(fee("I-821", K.I821_FEE, ctx.as_of),),
        confirm=CONFIRM,
    )


def _family_visa(ctx: Context, pending: set[str]) -> Alternative | None:
    has_relatives = bool(relatives(ctx)) or ctx.get("relative_status") in ("us_citizen", "lpr")
    if not (has_relatives or "i130_petition" in pending):
        return None
    source = "INA 201, 203; 90 FR 58032 (FRP closed)"
    if travel_ban(ctx):
        message = Text(
            _(
                "A family immigrant visa (Form I-130 by a U.S.-citizen or "
                "permanent-resident relative) is the lasting route to join "
                "family, but the travel ban on your country suspends "
                "immigrant visas unless an exception applies."
            ),
            client=_(
                "A family immigrant visa (Form I-130 by a U.S.-citizen or "
                "permanent-resident relative) is the lasting route to join "
                "family, but the travel ban on the client's country suspends "
                "immigrant visas unless an exception applies."
            ),
        )
    elif ctx.inside and ctx.get("entry") == "paroled" and immediate_relative(ctx) is False:
        message = Text(
            _(
                "A family petition (Form I-130) by a U.S.-citizen or "
                "permanent-resident relative can lead to a green card. As the "
                "relative of a permanent resident, or the adult or married "
                "child of a U.S. citizen, you wait for a visa number, and the "
                "usual bars to a green card inside the U.S. (work without "
                "permission, falling out of status) can apply to you: a "
                "lawyer must check before you rely on it."
            ),
            client=_(
                "A family petition (Form I-130) by a U.S.-citizen or "
                "permanent-resident relative can lead to a green card. As the "
                "relative of a permanent resident, or the adult or married "
                "child of a U.S. citizen, the client waits for a visa number, "
                "and the usual bars to a green card inside the U.S. (work "
                "without permission, falling out of status) can apply to the "
                "client: a lawyer must check before the client relies on it."
            ),
        )
        source = f"{source}; {AP.INA_245C}"
    else:
        message = _(
            "A family immigrant visa (Form I-130 by a U.S. citizen "
            "or permanent-resident relative) is the lasting route to join family."
        )
    needs: tuple[Message, ...] = ()
    if may_be_citizen(ctx):
        needs = (Message(CITIZEN_MESSAGE),)
    if "usc_parent" in ctx.a.items("us_relatives") and ctx.get("unmarried_under_21") is True:
        narrowed = ctx.as_of >= PP_10998_START
        needs += (Message(IR2_NARROWED if narrowed else IR2_MESSAGE),)
        source = f"{source}; IR-2 immediate-relative visa (INA 201(b)(2)(A)(i)); {IR2_SOURCE}"
    return Alternative(
        message, id="family_immigrant_visa", source=source, needs=needs, confirm=CONFIRM
    )


IR2_SOURCE = "Proclamation 10998 (immediate-relative exception narrowed, reported by three sources)"
PP_10998_START = dt.date(2026, 1, 1)
IR2_MESSAGE = _(
    "For the unmarried child under 21 of a U.S. citizen, this is the immediate-relative visa for a "
    "child (IR-2)."
)
IR2_NARROWED = _(
    "For the unmarried child under 21 of a U.S. citizen, this is the immediate-relative visa for a "
    "child (IR-2). Since 2026-01-01 the travel-ban exception for immediate relatives is reported "
    "to be narrowed, so where a ban applies it may not help."
)
