"""Re-parole: a new period of parole for someone paroled in, and Afghan re-parole."""

from __future__ import annotations

import dataclasses
import datetime as dt

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, program_closed_reason, reason, unknown, verdict_from
from ..parole_end import parole_end
from ..re_parole_filing import filing_params
from ..text import Text, _
from .common_reasons import _discretion_reason, _risk_reasons
from .grounds import _grounds

RE_PAROLE_PROGRAMS = frozenset({"none", "military_pip", "u4u", "other", "cam", "frp"})
FRP_SOURCE = (
    "Form I-131 instructions, Part 1 item 10 (FRP listed); 90 FR 58032 (2025-12-15); "
    "preliminary injunction of 2026-01-24 (D. Mass.), reported by three sources"
)


def u4u_window_open(ctx: Context) -> bool:
    """On `as_of` a Ukrainian may file for re-parole: from 180 days before parole ends until it."""
    expires = ctx.get("parole_expires_on")
    if ctx.get("parole_program") != "u4u" or expires is None or expires < ctx.as_of:
        return False
    timing = K.RE_PAROLE_TIMING["u4u"].on(ctx.as_of)
    assert timing is not None
    days = timing.value.opens_days_before
    return days is not None and expires - dt.timedelta(days=days) <= ctx.as_of


def _re_parole_reasons(ctx: Context) -> list[Reason]:
    reasons: list[Reason] = []
    expired = ctx.parole_expired()
    expires = parole_end(ctx)
    if expired is None:
        reasons.append(
            unknown(
                "parole_expires_on",
                Text(_("the date your parole ends"), client=_("the date the client's parole ends")),
            )
        )
    elif expired:
        reasons.append(
            reason(
                "parole_expired",
                Text(
                    _(
                        "Your parole ended on {date}. Parole ends "
                        "automatically when its period runs out, so a new "
                        "request is harder; get legal advice now."
                    ),
                    client=_(
                        "The client's parole ended on {date}. Parole ends "
                        "automatically when its period runs out, so a new "
                        "request is harder; the client needs legal advice "
                        "now."
                    ),
                ),
                ["parole_expires_on"],
                K.CFR_212_5E1,
                None,
                date=expires.isoformat(),
            )
        )
    elif filing_params(ctx.a, ctx.as_of) is not None:
        reasons.append(
            reason(
                "parole_current",
                Text(
                    _(
                        "Your parole is still valid until {date}; ask for re-parole before then "
                        "on Form I-131 ({item}), with the I-131 fee ({i131} on paper, {online} "
                        "online), and the parole fee again if it is granted ({parole_fee})."
                    ),
                    client=_(
                        "The client's parole is still valid until {date}; ask for re-parole "
                        "before then on Form I-131 ({item}), with the I-131 fee ({i131} on paper, "
                        "{online} online), and the parole fee again if it is granted "
                        "({parole_fee})."
                    ),
                ),
                ["parole_expires_on"],
                K.CFR_212_5E1,
                True,
                date=expires.isoformat(),
                **filing_params(ctx.a, ctx.as_of),
            )
        )
    else:
        reasons.append(
            reason(
                "parole_current",
                Text(
                    _("Your parole is still valid until {date}; ask for re-parole before then."),
                    client=_(
                        "The client's parole is still valid until {date}; ask "
                        "for re-parole before then."
                    ),
                ),
                ["parole_expires_on"],
                K.CFR_212_5E1,
                True,
                date=expires.isoformat(),
            )
        )
    # Refugee referral is a question for people abroad: it neither helps nor blocks re-parole.
    grounds = [g for g in _grounds(ctx) if "refugee_referral" not in g.code]
    if not grounds:
        grounds = [
            unknown(
                "reasons",
                Text(
                    _("why you still need to stay"), client=_("why the client still needs to stay")
                ),
            )
        ]
    if any(g.met is True for g in grounds):  # one continuing reason is enough
        grounds = [g for g in grounds if g.met is not False]
    reasons += grounds
    reasons += _risk_reasons(ctx)
    return reasons


def re_parole(ctx: Context) -> Pathway | None:
    if not (ctx.inside and ctx.staying and ctx.get("entry") == "paroled"):
        return None
    program = ctx.get("parole_program")
    if program is not None and program not in RE_PAROLE_PROGRAMS:
        return None
    reasons = _re_parole_reasons(ctx)
    if program == "u4u":
        status = ctx.program("u4u_re_parole")
        if status.value != K.OPEN:
            reasons.append(program_closed_reason(ctx, "u4u_re_parole", _("Ukrainian re-parole")))
            return Pathway("re_parole", "unavailable", tuple(reasons), "self")
        if u4u_window_open(ctx):
            # Inside the window the war's general conditions carry a request to `possible`:
            # USCIS runs a process for them; the personal reasons are advice, not a condition.
            reasons = [
                dataclasses.replace(r, met=None) if r.code == "harm_general_conditions" else r
                for r in reasons
            ]
        reasons.append(
            reason(
                "u4u_personal_reasons",
                Text(
                    _(
                        "Ukrainians file Form I-131 (Part 1 item 10.C, with "
                        '"Ukraine RE-PAROLE" written on top) no earlier than '
                        "180 days before parole ends. Since August 2025 the war "
                        "alone is reported not to be enough: add your personal "
                        "reasons."
                    ),
                    client=_(
                        "Ukrainians file Form I-131 (Part 1 item 10.C, with "
                        '"Ukraine RE-PAROLE" written on top) no earlier than '
                        "180 days before parole ends. Since August 2025 the war "
                        "alone is reported not to be enough: add the client's "
                        "personal reasons."
                    ),
                ),
                ["parole_program"],
                "USCIS U4U re-parole FAQ; Ukraine Immigration Task Force (2026-05)",
                None,
            )
        )
    if program == "frp":
        reasons.append(
            reason(
                "frp_re_parole_unconfirmed",
                _(
                    "Family Reunification Parole is one of the programs listed for re-parole "
                    "(Form I-131 Part 1 item 10). The program's terminations are blocked by a "
                    "court, but whether USCIS grants FRP re-parole now is not confirmed."
                ),
                ["parole_program"],
                FRP_SOURCE,
                None,
            )
        )
    if program == "cam":
        reasons.append(
            reason(
                "cam_re_parole",
                _(
                    "CAM re-parole is still decided case by "
                    "case, but reports say such requests rarely succeed."
                ),
                ["parole_program"],
                "IRAP CAM updates (2025)",
                None,
            )
        )
    if program is None:
        reasons.append(
            unknown(
                "parole_program",
                Text(
                    _("which program your parole came under"),
                    client=_("which program the client's parole came under"),
                ),
            )
        )
    verdict = verdict_from(reasons)
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("re_parole", verdict, tuple(reasons), "self")


def afghan_re_parole(ctx: Context) -> Pathway | None:
    if not (ctx.inside and ctx.get("entry") == "paroled" and ctx.get("parole_program") == "afghan"):
        return None
    status = ctx.program("afghan_re_parole")
    if status.value != K.OPEN:
        return Pathway(
            "afghan_re_parole",
            "unavailable",
            (program_closed_reason(ctx, "afghan_re_parole", _("Afghan re-parole")),),
            "self",
        )
    reasons = _re_parole_reasons(ctx)
    extension = _afghan_extension(ctx)
    if extension is not None:
        reasons.append(extension)
    verdict = verdict_from(reasons)
    return Pathway("afghan_re_parole", verdict, tuple(reasons), "self")


AFGHAN_EXTENSION_SOURCE = (
    "USCIS, Information for Afghan Nationals (extension of initial parole while an asylum or "
    "adjustment application is pending)"
)


def _afghan_extension(ctx: Context) -> Reason | None:
    """A pending asylum or green card application filed before parole ended: USCIS described a
    case-by-case extension of the first parole without re-parole."""
    pending = set(ctx.a.items("pending_applications")) & {"i589", "i485"}
    expires = ctx.get("parole_expires_on")
    if not pending or expires is None:
        return None
    filed = [
        ctx.get(key)
        for app, key in (("i589", "asylum_filed_on"), ("i485", "i485_filed_on"))
        if app in pending
    ]
    known = [day for day in filed if day is not None]
    if known and min(known) > expires:
        return None  # filed after parole ended: the extension does not reach it
    params = {"date": expires.isoformat()}
    if known:
        message = Text(
            _(
                "You filed an asylum or green card application before your parole ended. "
                "USCIS described extending the first parole of Afghans in that case, case by "
                "case, without re-parole; whether it still decides such extensions is not "
                "confirmed."
            ),
            client=_(
                "The client filed an asylum or green card application before the client's "
                "parole ended. USCIS described extending the first parole of Afghans in that "
                "case, case by case, without re-parole; whether it still decides such "
                "extensions is not confirmed."
            ),
        )
    else:
        message = Text(
            _(
                "If your pending asylum or green card application was filed before {date}, "
                "when your parole ends, USCIS described extending the first parole of Afghans "
                "in that case, case by case, without re-parole; whether it still decides such "
                "extensions is not confirmed."
            ),
            client=_(
                "If the client's pending asylum or green card application was filed before "
                "{date}, when the client's parole ends, USCIS described extending the first "
                "parole of Afghans in that case, case by case, without re-parole; whether it "
                "still decides such extensions is not confirmed."
            ),
        )
    return reason(
        "afghan_pending_application_extension",
        message,
        ["pending_applications", "parole_expires_on"],
        AFGHAN_EXTENSION_SOURCE,
        None,
        **params,
    )
