"""Re-parole: a new period of parole for someone paroled in, and Afghan re-parole."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, program_closed_reason, reason, unknown, verdict_from
from ..parole_end import parole_end
from ..text import Text, _
from .common_reasons import _discretion_reason, _risk_reasons
from .grounds import _grounds

RE_PAROLE_PROGRAMS = frozenset({"none", "military_pip", "u4u", "other", "cam"})


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
        reasons.append(
            reason(
                "u4u_personal_reasons",
                Text(
                    _(
                        "Ukrainians file on Form I-131 no earlier than 180 "
                        "days before parole ends; the war alone is reported "
                        "not to be enough, so show your personal reasons."
                    ),
                    client=_(
                        "Ukrainians file on Form I-131 no earlier than 180 "
                        "days before parole ends; the war alone is reported "
                        "not to be enough, so the request should show the "
                        "client's personal reasons."
                    ),
                ),
                ["parole_program"],
                "USCIS U4U re-parole FAQ; Ukraine Immigration Task Force (2026-05)",
                True,
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
    verdict = verdict_from(reasons)
    return Pathway("afghan_re_parole", verdict, tuple(reasons), "self")
