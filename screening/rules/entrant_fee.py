"""The parole fee for Cubans and Haitians: the law excepts a person granted Cuban/Haitian entrant
status (8 U.S.C. 1804(b)), and a 1998 rule (8 CFR 212.5(h)) deems Cubans and Haitians paroled
since 1980-10-10 to be entrants. Whether DHS applies the exception that way is not confirmed, so a
likely entrant reads "likely not charged" and everyone else is charged, with the open question
said in words."""

from __future__ import annotations

from .assessment import Pathway
from .context import Context
from .inferences import ENTRANT_NATIONALITIES, likely_entrant, paroled_at_port
from .text import _

ENTRANT_RULE = "8 CFR 212.5(h) (63 FR 31895, 1998); REAA 501(e); 8 U.S.C. 1804(b)"

LIKELY_ENTRANT_NOTE = _(
    "The parole fee is likely not charged here: a Cuban or Haitian paroled at a port of entry is "
    "a Cuban/Haitian entrant under a 1998 rule (8 CFR 212.5(h)), and the law excepts a person "
    "granted that status. No DHS statement confirms that the exception is applied this way (not "
    "confirmed); DHS decides case by case."
)

# (the amount confirmed from a primary text?, the case): whole sentences per case.
ENTRANT_FEE_NOTES = {
    (True, "not_port"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. Whether a parole given other "
        "than at a port of entry (in place, on release from custody, or by the Border Patrol) "
        "makes a Cuban/Haitian entrant for the law's exception is not confirmed."
    ),
    (False, "not_port"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each year; "
        "last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due only if "
        "parole is granted, never waivable, and due again for each new period of parole. Whether "
        "a parole given other than at a port of entry (in place, on release from custody, or by "
        "the Border Patrol) makes a Cuban/Haitian entrant for the law's exception is not "
        "confirmed."
    ),
    (True, "unanswered"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. A Cuban or Haitian paroled at a "
        "port of entry is likely excepted as a Cuban/Haitian entrant: where the parole was given "
        "is not answered yet."
    ),
    (False, "unanswered"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each year; "
        "last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due only if "
        "parole is granted, never waivable, and due again for each new period of parole. A Cuban "
        "or Haitian paroled at a port of entry is likely excepted as a Cuban/Haitian entrant: "
        "where the parole was given is not answered yet."
    ),
    (True, "first_parole"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. Whether the Cuban/Haitian "
        "entrant exception reaches a first parole is not confirmed."
    ),
    (False, "first_parole"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each year; "
        "last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due only if "
        "parole is granted, never waivable, and due again for each new period of parole. Whether "
        "the Cuban/Haitian entrant exception reaches a first parole is not confirmed."
    ),
}


def is_likely_entrant_exception(ctx: Context, exception: str | None) -> bool:
    """The entrant exception read from the inference, not from the person's papers."""
    return (
        exception == "cuban_haitian_entrant"
        and ctx.get("cuban_haitian_entrant") is not True
        and likely_entrant(ctx)
    )


def entrant_case(ctx: Context, shown: dict[str, Pathway]) -> str | None:
    """For a Cuban or Haitian who is charged: why the entrant exception is not applied."""
    if ctx.get("citizenship") not in ENTRANT_NATIONALITIES:
        return None
    if ctx.outside:
        return "first_parole"
    if "custody_parole" in shown:
        return "not_port"  # a parole given on release from custody
    if ctx.get("entry") == "paroled":
        return "not_port" if paroled_at_port(ctx) is False else "unanswered"
    return None


def entrant_fee_note(ctx: Context, shown: dict[str, Pathway], confirmed: bool) -> str | None:
    case = entrant_case(ctx, shown)
    return None if case is None else ENTRANT_FEE_NOTES[(confirmed, case)]
