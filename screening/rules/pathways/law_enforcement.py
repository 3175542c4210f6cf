"""Significant public benefit parole requested by a law-enforcement agency (the agency files)."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway
from ..context import Context, reason, unknown
from ..text import Text, _


def law_enforcement_parole(ctx: Context) -> Pathway | None:
    r = ctx.reasons()
    request = ctx.get("agency_request")
    if not ("law_enforcement" in r or ("court_proceeding" in r and request is not False)):
        return None
    who = reason(
        "agency_files",
        Text(
            _(
                "The U.S. agency that needs you requests this parole "
                "through ICE's Parole and Law Enforcement Programs "
                "Unit; you cannot apply yourself. Talk to the "
                "investigating agency or prosecutor."
            ),
            client=_(
                "The U.S. agency that needs the client requests this "
                "parole through ICE's Parole and Law Enforcement "
                "Programs Unit; the client cannot apply. Contact the "
                "investigating agency or prosecutor."
            ),
        ),
        [],
        K.ICE_PLEPU,
        None if request is None else request,
    )
    if request is True:
        first = reason(
            "agency_request",
            Text(
                _("A U.S. government or law-enforcement agency has asked for you to be present."),
                client=_(
                    "A U.S. government or law-enforcement agency has "
                    "asked for the client to be present."
                ),
            ),
            ["agency_request"],
            K.ICE_PLEPU,
            True,
        )
        return Pathway("law_enforcement_parole", "likely", (first, who), "agency")
    if request is False:
        first = reason(
            "no_agency_request",
            Text(
                _(
                    "No U.S. agency has asked for you. This parole exists "
                    "only at an agency's request."
                ),
                client=_(
                    "No U.S. agency has asked for the client. This parole "
                    "exists only at an agency's request."
                ),
            ),
            ["agency_request"],
            K.ICE_PLEPU,
            False,
        )
        return Pathway("law_enforcement_parole", "unlikely", (first, who), "agency")
    return Pathway(
        "law_enforcement_parole",
        "possible",
        (
            unknown(
                "agency_request",
                Text(
                    _("whether a U.S. agency asked for you"),
                    client=_("whether a U.S. agency asked for the client"),
                ),
                K.ICE_PLEPU,
            ),
            who,
        ),
        "agency",
    )
