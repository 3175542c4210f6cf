"""The country programs (U4U, CHNV, FRP, CAM, Keeping Families Together): each reports its
dated status from `knowledge.PROGRAMS`."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway
from ..context import Context, program_closed_reason, reason
from ..text import Text, _
from .kft import kft_requests_taken


def uniting_for_ukraine(ctx: Context) -> Pathway | None:
    if not (ctx.outside and ctx.get("citizenship") == "UA"):
        return None
    return _program_pathway(
        ctx, "uniting_for_ukraine", "u4u", _("Uniting for Ukraine"), "supporter"
    )


def chnv_parole(ctx: Context) -> Pathway | None:
    from_abroad = ctx.outside and ctx.get("citizenship") in K.CHNV_COUNTRIES
    paroled = ctx.inside and ctx.get("parole_program") == "chnv"
    if not (from_abroad or paroled):
        return None
    status = ctx.program("chnv")
    if paroled and status.value == K.PAUSED:
        # The I-134A pause stopped new requests from abroad; a parole already given runs on.
        return Pathway(
            "chnv_parole",
            "unavailable",
            (
                reason(
                    "chnv_paroled_inside",
                    Text(
                        _(
                            "Your CHNV parole lasts until its end date. USCIS stopped taking "
                            "new requests (Form I-134A) on 2025-01-28, but Form I-134A was only "
                            "for people abroad."
                        ),
                        client=_(
                            "The client's CHNV parole lasts until its end date. USCIS stopped "
                            "taking new requests (Form I-134A) on 2025-01-28, but Form I-134A "
                            "was only for people abroad."
                        ),
                    ),
                    ["parole_program"],
                    status.source,
                    None,
                ),
            ),
            "supporter",
        )
    return _program_pathway(ctx, "chnv_parole", "chnv", _("The CHNV parole processes"), "supporter")


def family_reunification_parole(ctx: Context) -> Pathway | None:
    petition = "i130_petition" in ctx.a.items("pending_applications")
    by_country = petition and ctx.get("citizenship") in K.FRP_COUNTRIES
    paroled = ctx.inside and ctx.get("parole_program") == "frp"
    if not (by_country or paroled):
        return None
    return _program_pathway(
        ctx, "family_reunification_parole", "frp", _("Family Reunification Parole"), "supporter"
    )


def central_american_minors(ctx: Context) -> Pathway | None:
    if not (
        ctx.get("beneficiary_is_minor") is True
        and ctx.get("citizenship") in K.CAM_COUNTRIES
        and "family_reunification" in ctx.reasons()
    ):
        return None
    return _program_pathway(
        ctx, "central_american_minors", "cam", _("Central American Minors (CAM)"), "supporter"
    )


def keeping_families_together(ctx: Context) -> Pathway | None:
    spouse = ctx.get("relative_relationship") == "spouse" or (
        ctx.get("military_relationship") == "spouse"
    )
    if not (
        ctx.inside
        and ctx.get("entry") == "without_inspection"
        and spouse
        and ctx.get("relative_status") == "us_citizen"
    ):
        return None
    status = ctx.program("kft")
    if status.value == K.NOT_YET:
        return None
    if status.value in (K.OPEN, K.PAUSED):
        return kft_requests_taken(ctx, status)
    return _program_pathway(
        ctx, "keeping_families_together", "kft", _("Keeping Families Together"), "self"
    )


def _program_pathway(ctx: Context, pathway_id: str, program: str, name: str, files: str) -> Pathway:
    status = ctx.program(program)
    if status.value in K.CLOSED_STATUSES:
        return Pathway(
            pathway_id, "unavailable", (program_closed_reason(ctx, program, name),), files
        )
    return Pathway(
        pathway_id,
        "possible",
        (
            reason(
                f"{program}_open",
                _(
                    "{name} was taking "
                    "requests on this date; its own conditions apply. Check uscis.gov."
                ),
                [],
                status.source,
                None,
                name=name,
            ),
        ),
        files,
    )
