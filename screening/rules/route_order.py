"""The order of routes: when re-parole is shown and a green card can be filed for on or before the
day parole ends, that route leads (`Alternative.lead`, shown before the pathways), and re-parole
says why parole should still be kept current while the green card is pending."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .assessment import Alternative, Pathway, Reason
from .context import Context, reason
from .knowledge import after_parole as AP
from .relatives import immediate_relative
from .text import Text, _

KEEP_CURRENT_SOURCE = (
    f"{AP.INA_212A9B} (unlawful presence after parole ends); 8 U.S.C. 1809(a) (a parole work "
    "permit ends with parole); 90 FR 8139 (expedited removal within two years of arrival); "
    f"{AP.INA_245C}; 8 CFR 245.1(d)(1)(v) (an unexpired parole as lawful status, reported by a "
    "practitioner treatise)"
)


def _leads(ctx: Context, alternative: Alternative) -> bool:
    if alternative.id == "adjustment_of_status":
        return immediate_relative(ctx) is True
    if alternative.id == "cuban_adjustment_act":
        expires = ctx.get("parole_expires_on")
        return (
            alternative.met_on is not None
            and expires is not None
            and (alternative.met_on <= expires)
        )
    return False


def order_routes(
    ctx: Context, shown: dict[str, Pathway], alternatives: Sequence[Alternative]
) -> tuple[dict[str, Pathway], tuple[Alternative, ...]]:
    """The alternatives with `lead` set, and re-parole with `keep_parole_current` naming them."""
    if "re_parole" not in shown:
        return shown, tuple(alternatives)
    out = tuple(dataclasses.replace(a, lead=True) if _leads(ctx, a) else a for a in alternatives)
    leading = [a.id for a in out if a.lead]
    if not leading:
        return shown, out
    re_parole = shown["re_parole"]
    added = _keep_current(leading[0])
    shown = {
        **shown,
        "re_parole": dataclasses.replace(re_parole, reasons=(*re_parole.reasons, added)),
    }
    return shown, out


def _keep_current(leading: str) -> Reason:
    message = (
        Text(
            _(
                "You can apply for a green card from inside the U.S. (adjustment of status) "
                "before your parole ends: look at that route first. Keep your parole current "
                "while it is pending, and ask for re-parole in time if it is not decided: "
                "time without permission starts to count the day after parole ends, a work "
                "permit based on parole ends with it, and within two years of arrival an "
                "ended parole may expose you to removal without a hearing (not confirmed). "
                "For other green card routes, an unexpired parole also counts as lawful "
                "status."
            ),
            client=_(
                "The client can apply for a green card from inside the U.S. (adjustment of "
                "status) before the client's parole ends: look at that route first. Keep the "
                "client's parole current while it is pending, and ask for re-parole in time if "
                "it is not decided: time without permission starts to count the day after "
                "parole ends, a work permit based on parole ends with it, and within two years "
                "of arrival an ended parole may expose the client to removal without a hearing "
                "(not confirmed). For other green card routes, an unexpired parole also counts "
                "as lawful status."
            ),
        )
        if leading == "adjustment_of_status"
        else Text(
            _(
                "You can apply for a green card under the Cuban Adjustment Act before your "
                "parole ends: look at that route first. Keep your parole current while it is "
                "pending, and ask for re-parole in time if it is not decided: time without "
                "permission starts to count the day after parole ends, a work permit based on "
                "parole ends with it, and within two years of arrival an ended parole may "
                "expose you to removal without a hearing (not confirmed). For other green "
                "card routes, an unexpired parole also counts as lawful status."
            ),
            client=_(
                "The client can apply for a green card under the Cuban Adjustment Act before "
                "the client's parole ends: look at that route first. Keep the client's parole "
                "current while it is pending, and ask for re-parole in time if it is not "
                "decided: time without permission starts to count the day after parole ends, "
                "a work permit based on parole ends with it, and within two years of arrival "
                "an ended parole may expose the client to removal without a hearing (not "
                "confirmed). For other green card routes, an unexpired parole also counts as "
                "lawful status."
            ),
        )
    )
    return reason(
        "keep_parole_current",
        message,
        ["parole_expires_on", "us_relatives"]
        if leading == "adjustment_of_status"
        else ["parole_expires_on", "citizenship", "in_us_since"],
        KEEP_CURRENT_SOURCE,
        None,
    )
