"""The alien-registration duty (Form G-325R, 90 FR 11793, from 2025-04-11) for people who were
never registered. It informs and refers: it opens with the lawyer, states both risks, and never
says to register or sets a day for it (no form, no deadline, no to-do)."""

from __future__ import annotations

from .assessment import Flag
from .context import Context
from .knowledge import history as H
from .paragraph import paragraph
from .text import Text, _

NEVER_REGISTERED = frozenset({"without_inspection", "released_from_custody", "unknown"})

LAWYER_FIRST = Text(
    _("Talk to a lawyer before you register."),
    client=_("Talk to a lawyer before the client registers."),
)
THE_DUTY = _(
    "The law requires people 14 or older who have been here 30 days or more and were never "
    "registered, including those who entered without inspection, to register on Form G-325R in a "
    "myUSCIS account; parents register children under 14, and a child turning 14 registers within "
    "30 days (90 FR 11793, in effect from 2025-04-11). Registering gives no status."
)
THE_RISK = Text(
    _(
        "The form asks for your address and for the date and manner of your entry, and the "
        "answers go to DHS: they can be used to find and arrest you and to start removal "
        "proceedings, and entering without inspection is itself a crime (practitioner "
        "advisories). Within 2 years of arrival, expedited removal may follow (an inference, not "
        "confirmed)."
    ),
    client=_(
        "The form asks for the client's address and for the date and manner of the client's "
        "entry, and the answers go to DHS: they can be used to find and arrest the client and to "
        "start removal proceedings, and entering without inspection is itself a crime "
        "(practitioner advisories). Within 2 years of arrival, expedited removal may follow (an "
        "inference, not confirmed)."
    ),
)
NOT_REGISTERING = _(
    "Not registering when required is also a crime: willful failure can bring up to 6 months in "
    "prison and a fine (up to $1,000 in 8 U.S.C. 1306(a); the general federal fine law allows up "
    "to $5,000), and a false answer is a separate crime and a ground of removal."
)
CARRY = Text(
    _(
        "From 18, carry your proof of registration. The rule is in effect (a challenge was "
        "denied on 2025-04-10; the merits are not confirmed). A lawyer can weigh both risks with "
        "you."
    ),
    client=_(
        "From 18, the client must carry proof of registration. The rule is in effect (a "
        "challenge was denied on 2025-04-10; the merits are not confirmed). A lawyer can weigh "
        "both risks with the client."
    ),
)
TPS_EAD = Text(
    _("If you ever had a work permit (EAD), you are already registered."),
    client=_("If the client ever had a work permit (EAD), the client is already registered."),
)


def registration_applies(ctx: Context) -> bool:
    rule = H.REGISTRATION.on(ctx.as_of)
    if not (ctx.inside and rule is not None and rule.value):
        return False
    if ctx.get("detained") is True or ctx.get("entry") not in NEVER_REGISTERED:
        return False
    # a Notice to Appear, an I-485 with fingerprints or a work permit registers (8 CFR 264.1)
    registered = (
        "removal_proceedings" in ctx.a.items("risk_factors")
        or "i485" in ctx.a.items("pending_applications")
        or ctx.get("ead_expires_on") is not None
    )
    return not registered


def registration_flags(ctx: Context) -> list[Flag]:
    if not registration_applies(ctx):
        return []
    parts = [LAWYER_FIRST, THE_DUTY, THE_RISK, NOT_REGISTERING, CARRY]
    if ctx.get("tps_granted") is True:
        parts.append(TPS_EAD)
    message, params = paragraph(*parts)
    source = H.REGISTRATION.on(ctx.as_of).source  # type: ignore[union-attr]
    return [Flag(message, params, id="registration_duty", severity="warning", source=source)]
