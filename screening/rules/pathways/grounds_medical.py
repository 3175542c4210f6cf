"""The medical grounds: treatment the person (or their child) needs, an organ donation, and
treatment that continues after an earlier parole."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import Context, reason, unknown
from ..text import _


def _donor_ground(ctx: Context) -> Reason:
    """A donor's reason holds once a U.S. transplant center needs her (8 U.S.C. 1804(b)(3)
    words it "needed in the United States to donate an organ or other tissue")."""
    if ctx.get("donation_center_confirmed") is False:
        return reason(
            "organ_donor_unconfirmed",
            _(
                "No U.S. transplant center has confirmed the donation yet. The request is "
                "much stronger with the center's letter naming the donor it needs."
            ),
            ["reasons", "donation_center_confirmed"],
            K.USCIS_HP_PAGE,
            None,
        )
    return reason(
        "organ_donor",
        _(
            "Donating an organ, bone marrow or other tissue in the U.S. is an urgent "
            "humanitarian reason USCIS recognizes."
        ),
        ["reasons", "donation_center_confirmed"]
        if ctx.get("donation_center_confirmed")
        else ["reasons"],
        K.USCIS_HP_PAGE,
        True,
    )


def _medical_ground(ctx: Context) -> Reason:
    keys = ["medical_available_at_home", "medical_life_threatening", "medical_provider_arranged"]
    at_home = ctx.get("medical_available_at_home")
    threat = ctx.get("medical_life_threatening")
    provider = ctx.get("medical_provider_arranged")
    if at_home is True:
        return reason(
            "medical_available_at_home",
            _(
                "The treatment is available where the "
                "patient lives, so parole for treatment in the U.S. is unlikely to be "
                "seen as urgent."
            ),
            keys[:1],
            K.USCIS_HP_PAGE,
            False,
        )
    if at_home is None:
        return unknown(
            "medical_available_at_home",
            _("whether the treatment is available where the patient lives"),
        )
    if ctx.inside:
        return _continuing_treatment(threat, provider, keys)
    if threat is True:
        return reason(
            "medical_urgent",
            _(
                "The treatment is not available where the patient lives and the condition is "
                "life-threatening: an urgent medical reason."
            ),
            keys,
            K.USCIS_HP_PAGE,
            True,
        )
    if threat is None:
        return unknown("medical_life_threatening", _("whether the condition is life-threatening"))
    urgent = ctx.get("medical_urgent")
    if urgent is None:
        return unknown("medical_urgent", _("whether the treatment is needed urgently"))
    if urgent is False:
        # Parole needs an urgent reason: planned treatment is possible at most.
        return reason(
            "medical_not_urgent",
            _(
                "The treatment is not available where the patient lives, but it is planned "
                "rather than urgent. Parole is for urgent reasons, so a request can only be "
                "possible; ask whether a visa for medical treatment could work instead."
            ),
            [*keys, "medical_urgent"],
            f"{K.INA_212D5A}; {K.USCIS_HP_PAGE}",
            None,
        )
    if provider is True:
        return reason(
            "medical_urgent",
            _(
                "The treatment is not available where the patient lives, it is needed urgently, "
                "and a U.S. provider has agreed to treat: an urgent medical reason."
            ),
            [*keys, "medical_urgent"],
            K.USCIS_HP_PAGE,
            True,
        )
    if provider is None:
        return unknown(
            "medical_provider_arranged", _("whether a U.S. doctor or hospital has agreed to treat")
        )
    return reason(
        "medical_not_arranged",
        _(
            "The treatment is not available at home and is needed urgently, but no U.S. "
            "provider has agreed to treat yet. Arrange a U.S. provider first."
        ),
        [*keys, "medical_urgent"],
        K.USCIS_HP_PAGE,
        None,
    )


def _continuing_treatment(threat: bool | None, provider: bool | None, keys: list[str]) -> Reason:
    """In the U.S. (re-parole): treatment that continues and is not available at home is reason
    enough to stay, as public scenario 09 shows; it need not be an emergency."""
    if threat or provider:
        return reason(
            "medical_continuing",
            _(
                "The treatment is not available where the patient lives, and the condition is "
                "life-threatening or a U.S. provider is treating it: a medical reason to stay."
            ),
            keys,
            K.USCIS_HP_PAGE,
            True,
        )
    if provider is None:
        return unknown(
            "medical_provider_arranged", _("whether a U.S. doctor or hospital has agreed to treat")
        )
    if threat is None:
        return unknown("medical_life_threatening", _("whether the condition is life-threatening"))
    return reason(
        "medical_not_arranged",
        _(
            "The treatment is not available at home, but no "
            "U.S. provider has agreed to treat yet and the condition is not "
            "life-threatening. Arrange a U.S. provider first."
        ),
        keys,
        K.USCIS_HP_PAGE,
        None,
    )
