"""Grounds: why the person needs parole, weighed once in `_grounds` and reused by the
humanitarian, parole-in-place and re-parole rules."""

from __future__ import annotations

from .. import knowledge as K
from ..assessment import Reason
from ..context import Context, reason, unknown
from ..text import Text, _

HUMANITARIAN_REASONS = frozenset(
    {
        "medical_treatment",
        "organ_donor",
        "visit_ill_relative",
        "funeral",
        "family_reunification",
        "protection",
        "disaster_or_conflict",
        "military_family",
        "other",
    }
)


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


def _grounds(ctx: Context) -> list[Reason]:
    out: list[Reason] = []
    r = ctx.reasons()
    if "medical_treatment" in r:
        out.append(_medical_ground(ctx))
    if "organ_donor" in r:
        out.append(_donor_ground(ctx))
    if "visit_ill_relative" in r:
        out.append(_relative_ground(ctx))
    if "funeral" in r:
        out.append(
            reason(
                "funeral",
                _(
                    "Attending a family member's funeral is an urgent "
                    "humanitarian reason USCIS recognizes."
                ),
                ["reasons"],
                K.USCIS_HP_PAGE,
                True,
            )
        )
    if "family_reunification" in r:
        out.append(
            reason(
                "family_reunification",
                _(
                    "Joining family is weighed case by case. "
                    "On its own it is rarely urgent enough; the usual route is a family "
                    "immigrant visa."
                ),
                ["reasons"],
                K.USCIS_HP_PAGE,
                None,
            )
        )
    if "protection" in r or "disaster_or_conflict" in r:
        out.extend(_harm_grounds(ctx))
    if "military_family" in r and ctx.outside:
        out.append(
            reason(
                "military_family_abroad",
                _("Family of U.S. service members abroad may ask for parole case by case."),
                ["reasons"],
                K.MILITARY_PIP,
                None,
            )
        )
    elif "military_family" in r and ctx.inside:
        # Military families in the U.S. (parole in place, and re-parole after it) have their own
        # policy; the reason carries a request for a new period of parole.
        out.append(
            reason(
                "military_family_in_us",
                Text(
                    _(
                        "You are family of a U.S. service member, a reason USCIS "
                        "recognizes for military families in the U.S., including for "
                        "a new period of parole."
                    ),
                    client=_(
                        "The client is family of a U.S. service member, a reason "
                        "USCIS recognizes for military families in the U.S., "
                        "including for a new period of parole."
                    ),
                ),
                ["reasons"],
                K.MILITARY_PIP,
                True,
            )
        )
    if "other" in r:
        out.append(
            reason(
                "other_reason",
                Text(
                    _(
                        "Your reason will be weighed case by case: explain "
                        "why it is urgent and what happens if parole is "
                        "refused."
                    ),
                    client=_(
                        "The client's reason will be weighed case by case: "
                        "the request should explain why it is urgent and what "
                        "happens if parole is refused."
                    ),
                ),
                ["reasons"],
                K.PM_VOL3_PF,
                None,
            )
        )
    return out


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
        # Parole needs an urgent reason (CATALOGUE §10.5): planned treatment is possible at most.
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


def _relative_ground(ctx: Context) -> Reason:
    condition = ctx.get("relative_condition")
    if condition == "deceased":
        return reason(
            "relative_deceased",
            Text(
                _(
                    "Your relative has died. Attending the funeral or "
                    "settling a deceased relative's affairs is an urgent "
                    "humanitarian reason USCIS recognizes."
                ),
                client=_(
                    "The client's relative has died. Attending the "
                    "funeral or settling a deceased relative's affairs is "
                    "an urgent humanitarian reason USCIS recognizes."
                ),
            ),
            ["reasons", "relative_condition"],
            K.USCIS_HP_PAGE,
            True,
        )
    if condition in ("death_imminent", "seriously_ill"):
        return reason(
            "relative_critical",
            _(
                "Visiting a family member who is dying or "
                "seriously ill is an urgent humanitarian reason USCIS recognizes."
            ),
            ["reasons", "relative_condition"],
            K.USCIS_HP_PAGE,
            True,
        )
    if condition == "not_ill":
        return reason(
            "relative_not_ill",
            _(
                "The relative is not seriously ill, so a visit is "
                "not an urgent humanitarian reason."
            ),
            ["relative_condition"],
            K.USCIS_HP_PAGE,
            False,
        )
    return unknown("relative_condition", _("how ill the relative is"))


def _harm_grounds(ctx: Context) -> list[Reason]:
    keys = ["harm_individualized", "harm_imminent"]
    individual = ctx.get("harm_individualized")
    imminent = ctx.get("harm_imminent")
    out: list[Reason] = []
    if individual is False:
        out.append(
            reason(
                "harm_general_conditions",
                _(
                    "Parole is decided case by case; harm "
                    "from general conditions that many people face (war, disaster, "
                    "crime) is not on its own an urgent reason for one person."
                ),
                keys[:1],
                f"{K.USCIS_HP_PAGE}; {K.PM_VOL3_PF}",
                False,
            )
        )
    elif individual is None:
        out.append(
            unknown(
                "harm_individualized",
                Text(
                    _("whether you personally are targeted"),
                    client=_("whether the client personally is targeted"),
                ),
            )
        )
    elif imminent is True:
        out.append(
            reason(
                "harm_individual_imminent",
                Text(
                    _(
                        "You are personally targeted and the harm is "
                        "imminent: a serious protection reason."
                    ),
                    client=_(
                        "The client is personally targeted and the harm is "
                        "imminent: a serious protection reason."
                    ),
                ),
                keys,
                K.USCIS_HP_PAGE,
                True,
            )
        )
    elif imminent is False:
        out.append(
            reason(
                "harm_not_imminent",
                Text(
                    _(
                        "You are personally targeted, but the harm is not "
                        "imminent; USCIS looks for imminent, serious harm."
                    ),
                    client=_(
                        "The client is personally targeted, but the harm is "
                        "not imminent; USCIS looks for imminent, serious "
                        "harm."
                    ),
                ),
                keys,
                K.USCIS_HP_PAGE,
                None,
            )
        )
    else:
        out.append(unknown("harm_imminent", _("whether the harm is imminent")))
    if "protection" in ctx.reasons():
        referral = ctx.get("refugee_referral_possible")
        if referral is True:
            out.append(
                reason(
                    "refugee_referral_available",
                    _(
                        "A refugee referral can happen "
                        "in time. Parole is not meant to replace refugee processing."
                    ),
                    ["refugee_referral_possible"],
                    K.INA_212D5B,
                    False,
                )
            )
        elif referral is False:
            out.append(
                reason(
                    "refugee_referral_unavailable",
                    Text(
                        _(
                            "No refugee referral can happen in time, which USCIS "
                            "expects you to explain."
                        ),
                        client=_(
                            "No refugee referral can happen in time, which USCIS "
                            "expects the request to explain."
                        ),
                    ),
                    ["refugee_referral_possible"],
                    K.INA_212D5B,
                    True,
                )
            )
        else:
            out.append(
                unknown(
                    "refugee_referral_possible",
                    _("whether a refugee referral could happen in time"),
                )
            )
    return out
