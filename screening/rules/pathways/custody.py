"""Parole from immigration custody: ICE decides it, on a written request, with no form and no
USCIS filing (8 CFR 212.5(a)-(b)). Only for a person who was not admitted: an admitted person is
not "applying for admission", so INA 212(d)(5) parole does not fit (the bond-hearing flag says
what does)."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Pathway, Reason
from ..context import Context, reason
from ..knowledge import detention as D
from ..text import Text, _


def custody_parole(ctx: Context) -> Pathway | None:
    if not (ctx.inside and ctx.get("detained") is True) or ctx.get("entry") == "admitted":
        return None
    reasons: list[Reason] = [
        reason(
            "ice_decides_custody_parole",
            Text(
                _(
                    "ICE decides whether to release you on parole (in practice the "
                    "ERO Field Office Director), case by case, for a person who is "
                    "neither a security risk nor a flight risk and fits one of these "
                    "groups: a serious medical condition, pregnancy, a child released "
                    "to a parent, guardian or adult relative, a witness, or a person "
                    "whose detention is not in the public interest. An immigration "
                    "judge cannot review ICE's parole decision."
                ),
                client=_(
                    "ICE decides whether to release the client on parole (in practice "
                    "the ERO Field Office Director), case by case, for a person who is "
                    "neither a security risk nor a flight risk and fits one of these "
                    "groups: a serious medical condition, pregnancy, a child released "
                    "to a parent, guardian or adult relative, a witness, or a person "
                    "whose detention is not in the public interest. An immigration "
                    "judge cannot review ICE's parole decision."
                ),
            ),
            ["detained", "entry"],
            f"{D.CFR_212_5_AB}; {D.NO_IJ_REVIEW}; {D.ICE_PRACTICE}",
            None,
        )
    ]
    reasons += _groups(ctx)
    reasons.append(
        reason(
            "custody_parole_how_to_ask",
            Text(
                _(
                    "How to ask: write to your deportation officer or the ERO field "
                    "office, with identity documents, a letter from your U.S. sponsor "
                    "giving their address, medical or family-emergency proof, and "
                    "evidence that you will not flee and are no danger, all in English. "
                    "There is no form and no USCIS filing fee."
                ),
                client=_(
                    "How to ask: write to the client's deportation officer or the ERO "
                    "field office, with identity documents, a letter from the client's "
                    "U.S. sponsor giving their address, medical or family-emergency "
                    "proof, and evidence that the client will not flee and is no "
                    "danger, all in English. There is no form and no USCIS filing fee."
                ),
            ),
            [],
            D.ICE_PRACTICE,
            None,
        )
    )
    fee = K.PAROLE_FEE.on(ctx.as_of)
    if fee is not None and fee.value is not None:
        reasons.append(
            reason(
                "custody_parole_fee_on_grant",
                Text(
                    _(
                        "If ICE grants parole, the parole fee is due (see the fees "
                        "below), and the parole is final only once it is paid: your "
                        "family should be ready to pay it (reported)."
                    ),
                    client=_(
                        "If ICE grants parole, the parole fee is due (see the fees "
                        "below), and the parole is final only once it is paid: the "
                        "client's family should be ready to pay it (reported)."
                    ),
                ),
                [],
                f"{K.USC_1804}, subsection (a); {fee.source}",
                None,
            )
        )
    reasons.append(
        reason(
            "release_is_not_parole",
            _(
                "A release on an order of recognizance or Form I-220A, or on bond, is not "
                "parole under INA 212(d)(5): it does not count as parole for the Cuban "
                "Adjustment Act or for a green card under INA 245(a). A lawyer can ask that a "
                "release be parole, shown on an I-94."
            ),
            [],
            D.I220A_RELEASE,
            None,
        )
    )
    return Pathway("custody_parole", "out_of_scope", tuple(reasons), "self")


def _groups(ctx: Context) -> list[Reason]:
    """The 8 CFR 212.5(b) groups the answers show."""
    found = []
    if "medical_treatment" in ctx.reasons():
        found.append(
            reason(
                "custody_medical_condition",
                Text(
                    _(
                        "You need medical treatment: a serious medical condition is one of "
                        "the groups."
                    ),
                    client=_(
                        "The client needs medical treatment: a serious medical condition is "
                        "one of the groups."
                    ),
                ),
                ["reasons"],
                D.CFR_212_5_AB,
                True,
            )
        )
    if ctx.get("beneficiary_is_minor") is True:
        found.append(
            reason(
                "custody_juvenile",
                _(
                    "A child can be released to a parent, a legal guardian or an adult "
                    "relative, in that order."
                ),
                ["beneficiary_is_minor"],
                f"{D.CFR_212_5_AB}; 8 CFR 236.3",
                True,
            )
        )
    if ctx.get("agency_request") is True:
        found.append(
            reason(
                "custody_witness",
                _("A witness a U.S. agency needs is one of the groups."),
                ["agency_request"],
                D.CFR_212_5_AB,
                True,
            )
        )
    return found
