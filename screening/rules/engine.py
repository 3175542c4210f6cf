"""`assess(answers, as_of)`: the one function that turns answers into an explained Assessment.

Reading order: the grounds (why the person needs parole) are weighed once in `_grounds`; each
pathway rule below then decides its verdict from them and from its own conditions; forms, fees,
evidence, flags, alternatives and urgency follow from the pathways that apply. Every Reason, Fee
and Flag carries the citation it rests on (see knowledge.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import knowledge as K
from .answers import Answers, prune
from .assessment import (
    Alternative,
    Assessment,
    Evidence,
    Fee,
    Flag,
    Form,
    Message,
    Pathway,
    Reason,
    _,
)
from .version import RULES_VERSION

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
CLOSE_FAMILY = frozenset({"spouse", "parent", "child", "sibling", "grandparent"})
VISA_TOO_LATE = frozenset({"none", "too_slow"})
ELIGIBLE_SERVICE = frozenset({"active_duty", "selected_reserve", "former_not_dishonorable"})
# Pathways after which a grant of parole (and so the parole fee) can follow.
GRANTING = frozenset(
    {
        "humanitarian_parole",
        "significant_public_benefit_parole",
        "law_enforcement_parole",
        "military_parole_in_place",
        "parole_in_place",
        "re_parole",
        "afghan_re_parole",
        "international_entrepreneur_parole",
    }
)
OPEN_VERDICTS = frozenset({"likely", "possible"})
I131_ITEM_SOURCE = f"{K.I131_PART1} (replica)"


@dataclass
class Context:
    a: Answers
    as_of: dt.date

    def get(self, key: str) -> Any:
        return self.a.get(key)

    def has(self, key: str) -> bool:
        return self.a.has(key)

    def reasons(self) -> frozenset[str]:
        return frozenset(self.a.items("reasons"))

    @property
    def outside(self) -> bool:
        return self.get("location") == "outside_us"

    @property
    def inside(self) -> bool:
        return self.get("location") == "inside_us"

    @property
    def coming(self) -> bool:
        return self.get("goal") == "come_to_us"

    @property
    def staying(self) -> bool:
        return self.get("goal") == "stay_in_us"

    def program(self, name: str) -> K.Dated[str]:
        status = K.PROGRAMS[name].on(self.as_of)
        assert status is not None  # every program series starts at EARLIEST
        return status

    def policy(self, name: str) -> K.Dated[bool]:
        value = K.POLICIES[name].on(self.as_of)
        assert value is not None
        return value

    def parole_expired(self) -> bool | None:
        expires = self.get("parole_expires_on")
        return None if expires is None else expires < self.as_of


def reason(
    code: str,
    message: str,
    answers: Iterable[str] = (),
    source: str = "",
    met: bool | None = None,
    **params: Any,
) -> Reason:
    return Reason(message, params, code=code, answers=tuple(answers), source=source, met=met)


def unknown(key: str, question: str, source: str = K.PM_VOL3_PF) -> Reason:
    return reason(
        f"missing_{key}",
        _("Not answered yet: {question}. The result may change once we know."),
        [key],
        source,
        None,
        question=question,
    )


def verdict_from(reasons: Iterable[Reason]) -> str:
    """unlikely if anything fails; likely if everything is met; possible otherwise."""
    marks = [r.met for r in reasons]
    if False in marks:
        return "unlikely"
    if all(mark is True for mark in marks):
        return "likely"
    return "possible"


def program_closed_reason(ctx: Context, program: str, name: str) -> Reason:
    status = ctx.program(program)
    if status.effective_from == dt.date.min:  # the first entry: no start date to show
        return reason(
            f"{program}_{status.value}",
            _("{name}: {note} (last verified {verified}). Check uscis.gov for changes."),
            [],
            status.source,
            False,
            name=name,
            note=status.note or status.value,
            verified=status.verified_on.isoformat(),
        )
    return reason(
        f"{program}_{status.value}",
        _(
            "{name}: {note} (status as of {since}, last "
            "verified {verified}). Check uscis.gov for changes."
        ),
        [],
        status.source,
        False,
        name=name,
        note=status.note or status.value,
        since=status.effective_from.isoformat(),
        verified=status.verified_on.isoformat(),
    )


# ---------------------------------------------------------------------------------------------
# Grounds: why the person needs parole, weighed once and reused by several pathways


def _grounds(ctx: Context) -> list[Reason]:
    out: list[Reason] = []
    r = ctx.reasons()
    if "medical_treatment" in r:
        out.append(_medical_ground(ctx))
    if "organ_donor" in r:
        out.append(
            reason(
                "organ_donor",
                _(
                    "Donating an organ or tissue in the U.S. is an urgent "
                    "humanitarian reason USCIS recognizes."
                ),
                ["reasons"],
                K.USCIS_HP_PAGE,
                True,
            )
        )
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
    if "other" in r:
        out.append(
            reason(
                "other_reason",
                _(
                    "Your reason will be weighed case by case: explain "
                    "why it is urgent and what happens if parole is refused."
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
    if threat or provider:
        return reason(
            "medical_urgent",
            _(
                "The treatment is not available where the patient "
                "lives, and the condition is life-threatening or a U.S. provider has "
                "agreed to treat: an urgent medical reason."
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
            _(
                "Your relative has died. Attending the funeral or settling a deceased relative's "
                "affairs is an urgent humanitarian reason USCIS recognizes."
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
        out.append(unknown("harm_individualized", _("whether you personally are targeted")))
    elif imminent is True:
        out.append(
            reason(
                "harm_individual_imminent",
                _(
                    "You are personally targeted and the "
                    "harm is imminent: a serious protection reason."
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
                _(
                    "You are personally targeted, but the harm is "
                    "not imminent; USCIS looks for imminent, serious harm."
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
                    _(
                        "No refugee referral can "
                        "happen in time, which USCIS expects you to explain."
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


def _visa_reason(ctx: Context) -> Reason:
    option = ctx.get("visa_option")
    if option == "available_in_time":
        return reason(
            "visa_available",
            _("A visa could bring you in time. Parole is not a way around normal visa processing."),
            ["visa_option"],
            K.USCIS_HP_PAGE,
            False,
        )
    if option in VISA_TOO_LATE:
        return reason(
            "no_visa_in_time",
            _("No visa could bring you in time."),
            ["visa_option"],
            K.USCIS_HP_PAGE,
            True,
        )
    return unknown("visa_option", _("whether a visa could bring you in time"))


def _supporter_reason(ctx: Context) -> Reason:
    supporter = ctx.get("financial_supporter")
    if supporter == "none":
        return reason(
            "no_financial_support",
            _(
                "No one can support you financially. USCIS "
                "treats missing financial support as a strong negative factor."
            ),
            ["financial_supporter"],
            K.I134_INSTRUCTIONS,
            None,
        )
    if supporter:
        return reason(
            "financial_support",
            _("Someone can support you financially (Form I-134)."),
            ["financial_supporter"],
            K.I134_INSTRUCTIONS,
            True,
        )
    return unknown(
        "financial_supporter", _("who will support you financially"), K.I134_INSTRUCTIONS
    )


def _risk_reasons(ctx: Context) -> list[Reason]:
    risks = ctx.a.items("risk_factors")
    if not risks:
        return []
    return [
        reason(
            "risk_factors",
            _(
                "Parole is discretionary: your history ({count} item(s) "
                "you told us about) will be weighed against the reasons for parole."
            ),
            ["risk_factors"],
            K.PM_VOL3_PF,
            None,
            count=len(risks),
        )
    ]


def _discretion_reason() -> Reason:
    return reason(
        "discretion",
        _(
            "Even when every condition is met, parole is granted case "
            "by case at the government's discretion, and it is not a lawful status."
        ),
        [],
        f"{K.INA_212D5A}; {K.PM_VOL3_PF}",
        True,
    )


def _files_for(ctx: Context) -> str:
    return (
        "supporter"
        if ctx.get("financial_supporter") in ("relative_or_friend", "organization")
        else "self"
    )


# ---------------------------------------------------------------------------------------------
# Pathway rules: each returns a Pathway, or None when it does not apply at all


def humanitarian_parole(ctx: Context) -> Pathway | None:
    if not (ctx.outside and ctx.coming):
        return None
    r = ctx.reasons()
    if ctx.has("reasons") and not (r & HUMANITARIAN_REASONS):
        return None
    grounds = _grounds(ctx) or [unknown("reasons", _("why you need to come"))]
    visa, supporter = _visa_reason(ctx), _supporter_reason(ctx)
    risks = _risk_reasons(ctx)
    reasons = [*grounds, visa, supporter, *risks]
    referral_blocks = any(g.code == "refugee_referral_available" for g in grounds)
    urgent_shown = any(g.met is True for g in grounds if not g.code.startswith("refugee_"))
    if visa.met is False or referral_blocks:
        verdict = "unlikely"
    elif urgent_shown:
        # One urgent ground carries the request even if another reason given is weaker.
        verdict = "likely" if visa.met and supporter.met and not risks else "possible"
    elif all(g.met is False for g in grounds):
        verdict = "unlikely"
    else:
        verdict = "possible"
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("humanitarian_parole", verdict, tuple(reasons), _files_for(ctx))


def significant_public_benefit_parole(ctx: Context) -> Pathway | None:
    if not (ctx.outside and ctx.coming and "court_proceeding" in ctx.reasons()):
        return None
    if ctx.get("agency_request") is True:
        return None  # the agency asks for it: law-enforcement parole
    reasons: list[Reason] = []
    court_date = ctx.get("court_date")
    if court_date is None:
        reasons.append(unknown("court_date", _("the date you must attend court")))
    elif court_date < ctx.as_of:
        reasons.append(
            reason(
                "court_date_passed",
                _("The court date you gave ({date}) has passed."),
                ["court_date"],
                K.USCIS_HP_PAGE,
                False,
                date=court_date.isoformat(),
            )
        )
    else:
        reasons.append(
            reason(
                "court_date",
                _(
                    "You must attend court on {date}. Parole for a "
                    "court proceeding is limited to the time needed to attend."
                ),
                ["court_date"],
                K.USCIS_HP_PAGE,
                True,
                date=court_date.isoformat(),
            )
        )
    if ctx.get("agency_request") is None:
        reasons.append(unknown("agency_request", _("whether a U.S. agency asked for you")))
    reasons += [_visa_reason(ctx), _supporter_reason(ctx)] + _risk_reasons(ctx)
    verdict = verdict_from(reasons)
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("significant_public_benefit_parole", verdict, tuple(reasons), "self")


def law_enforcement_parole(ctx: Context) -> Pathway | None:
    r = ctx.reasons()
    request = ctx.get("agency_request")
    if not ("law_enforcement" in r or ("court_proceeding" in r and request is not False)):
        return None
    who = reason(
        "agency_files",
        _(
            "The U.S. agency that needs you requests this parole "
            "through ICE's Parole and Law Enforcement Programs Unit; you cannot apply "
            "yourself. Talk to the investigating agency or prosecutor."
        ),
        [],
        K.ICE_PLEPU,
        None if request is None else request,
    )
    if request is True:
        first = reason(
            "agency_request",
            _("A U.S. government or law-enforcement agency has asked for you to be present."),
            ["agency_request"],
            K.ICE_PLEPU,
            True,
        )
        return Pathway("law_enforcement_parole", "likely", (first, who), "agency")
    if request is False:
        first = reason(
            "no_agency_request",
            _("No U.S. agency has asked for you. This parole exists only at an agency's request."),
            ["agency_request"],
            K.ICE_PLEPU,
            False,
        )
        return Pathway("law_enforcement_parole", "unlikely", (first, who), "agency")
    return Pathway(
        "law_enforcement_parole",
        "possible",
        (unknown("agency_request", _("whether a U.S. agency asked for you"), K.ICE_PLEPU), who),
        "agency",
    )


def military_parole_in_place(ctx: Context) -> Pathway | None:
    if not (ctx.inside and "military_family" in ctx.reasons()):
        return None
    entry = ctx.get("entry")
    if entry == "paroled":
        return None  # already paroled: re-parole is the pathway
    reasons: list[Reason] = []
    if entry == "without_inspection":
        reasons.append(
            reason(
                "entered_without_inspection",
                _(
                    "You entered without inspection, "
                    "so you are an applicant for admission who can be paroled in "
                    "place."
                ),
                ["entry"],
                K.MILITARY_PIP,
                True,
            )
        )
    elif entry == "admitted":
        reasons.append(
            reason(
                "admitted_not_eligible",
                _(
                    "You were admitted (for example on a "
                    "visa). People who were admitted and overstayed are not eligible "
                    "for parole in place; ask about deferred action instead."
                ),
                ["entry"],
                K.MILITARY_PIP,
                False,
            )
        )
    else:
        reasons.append(unknown("entry", _("how you entered the U.S.")))
    relationship = ctx.get("military_relationship")
    if relationship:
        reasons.append(
            reason(
                "military_relationship",
                _("You are the service member's {relationship}, a relationship the policy covers."),
                ["military_relationship"],
                K.MILITARY_PIP,
                True,
                relationship=relationship.replace("_", " "),
            )
        )
    else:
        reasons.append(
            unknown("military_relationship", _("your relationship to the service member"))
        )
    service = ctx.get("military_service")
    if service in ELIGIBLE_SERVICE:
        reasons.append(
            reason(
                "military_service",
                _(
                    "The service member's service (active "
                    "duty, Selected Reserve, or earlier service without a "
                    "dishonorable discharge) qualifies."
                ),
                ["military_service"],
                K.MILITARY_PIP,
                True,
            )
        )
    elif service == "former_dishonorable":
        reasons.append(
            reason(
                "dishonorable_discharge",
                _("The service member was dishonorably discharged, which the policy excludes."),
                ["military_service"],
                K.MILITARY_PIP,
                False,
            )
        )
    else:
        reasons.append(unknown("military_service", _("the service member's service")))
    risks = set(ctx.a.items("risk_factors"))
    if "criminal_conviction" in risks:
        reasons.append(
            reason(
                "criminal_conviction",
                _(
                    "Parole in place is generally granted "
                    "absent a criminal conviction or other serious adverse factors; "
                    "a conviction weighs heavily against it."
                ),
                ["risk_factors"],
                K.MILITARY_PIP,
                None,
            )
        )
    elif risks:
        reasons += _risk_reasons(ctx)
    status = ctx.program("military_pip")
    if status.value != K.OPEN:
        reasons.append(program_closed_reason(ctx, "military_pip", _("Military parole in place")))
        return Pathway("military_parole_in_place", "unavailable", tuple(reasons), "self")
    verdict = verdict_from(reasons)
    if verdict == "likely":
        reasons.append(_discretion_reason())
    return Pathway("military_parole_in_place", verdict, tuple(reasons), "self")


# Reasons that general parole in place could rest on (military families have their own policy).
IN_PLACE_REASONS = HUMANITARIAN_REASONS - {"military_family"}


def parole_in_place(ctx: Context) -> Pathway | None:
    """Parole in place outside any program: Form I-131 has a line for it (Part 1 item 9), but no
    source describes USCIS granting it, so the result says so plainly."""
    if not (ctx.inside and ctx.staying and ctx.reasons() & IN_PLACE_REASONS):
        return None
    entry = ctx.get("entry")
    if entry == "paroled":
        return None  # already paroled: re-parole is the pathway
    reasons: list[Reason] = []
    if entry == "admitted":
        reasons.append(
            reason(
                "admitted_not_applicant_for_admission",
                _(
                    "You were admitted (for example on a visa), so you are not an applicant for "
                    "admission and parole in place does not fit. Ask an attorney about other "
                    "ways to stay."
                ),
                ["entry"],
                K.MILITARY_PIP,
                False,
            )
        )
    elif entry == "without_inspection":
        reasons.append(
            reason(
                "present_without_admission",
                _(
                    "You entered without inspection, so you are an applicant for admission, "
                    "the group parole can apply to."
                ),
                ["entry"],
                f"{K.INA_212D5A}; {K.PM_VOL3_PF}",
                True,
            )
        )
    else:
        reasons.append(unknown("entry", _("how you entered the U.S.")))
    reasons += [g for g in _grounds(ctx) if not g.code.startswith("refugee_referral")]
    reasons.append(
        reason(
            "parole_in_place_unproven",
            _(
                "Form I-131 has a line for parole in place outside any program (Part 1, item 9), "
                "but we found no public source describing USCIS granting it (last checked "
                "{verified}). Treat it as a long shot and get legal advice before you file: a "
                "denial can lead to removal proceedings."
            ),
            [],
            f"{I131_ITEM_SOURCE}, item 9; no source found of grants outside a program",
            None,
            verified=K.VERIFIED.isoformat(),
        )
    )
    reasons += _risk_reasons(ctx)
    verdict = verdict_from(reasons)
    return Pathway("parole_in_place", verdict, tuple(reasons), "self")


RE_PAROLE_PROGRAMS = frozenset({"none", "military_pip", "u4u", "other", "cam"})


def _re_parole_reasons(ctx: Context) -> list[Reason]:
    reasons: list[Reason] = []
    expired = ctx.parole_expired()
    expires = ctx.get("parole_expires_on")
    if expired is None:
        reasons.append(unknown("parole_expires_on", _("the date your parole ends")))
    elif expired:
        reasons.append(
            reason(
                "parole_expired",
                _(
                    "Your parole ended on {date}. Parole ends "
                    "automatically when its period runs out, so a new request is "
                    "harder; get legal advice now."
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
                _("Your parole is still valid until {date}; ask for re-parole before then."),
                ["parole_expires_on"],
                K.CFR_212_5E1,
                True,
                date=expires.isoformat(),
            )
        )
    # Refugee referral is a question for people abroad: it neither helps nor blocks re-parole.
    grounds = [g for g in _grounds(ctx) if "refugee_referral" not in g.code]
    if not grounds:
        grounds = [unknown("reasons", _("why you still need to stay"))]
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
                _(
                    "Ukrainians file on Form I-131 no "
                    "earlier than 180 days before parole ends; the war alone is "
                    "reported not to be enough, so show your personal reasons."
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
        reasons.append(unknown("parole_program", _("which program your parole came under")))
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


def international_entrepreneur_parole(ctx: Context) -> Pathway | None:
    if "entrepreneur" not in ctx.reasons():
        return None
    t_entry = K.ENTREPRENEUR_THRESHOLDS.on(ctx.as_of)
    assert t_entry is not None
    t, src = t_entry.value, t_entry.source
    reasons: list[Reason] = []
    age = ctx.get("startup_age_years")
    if age is None:
        reasons.append(unknown("startup_age_years", _("how old the startup is"), src))
    else:
        ok = age <= t.max_startup_age_years
        reasons.append(
            reason(
                "startup_age",
                _("The startup was formed {age} year(s) ago; it must be at most {limit} years old.")
                if ok
                else _(
                    "The startup was formed {age} year(s) ago, more than the {limit} years allowed."
                ),
                ["startup_age_years"],
                src,
                ok,
                age=f"{age:g}",
                limit=f"{t.max_startup_age_years:g}",
            )
        )
    share = ctx.get("startup_ownership_percent")
    if share is None:
        reasons.append(unknown("startup_ownership_percent", _("your share of the startup"), src))
    else:
        ok = share >= t.min_ownership_percent
        reasons.append(
            reason(
                "startup_ownership",
                _(
                    "You own {share}% of the startup; at least "
                    "{minimum}% is needed at first parole."
                ),
                ["startup_ownership_percent"],
                src,
                ok,
                share=f"{share:g}",
                minimum=f"{t.min_ownership_percent:g}",
            )
        )
    invest, grants = ctx.get("startup_investment_usd"), ctx.get("startup_grants_usd")
    money_keys = ["startup_investment_usd", "startup_grants_usd"]
    params = {
        "invest": f"${invest or 0:,}",
        "grants": f"${grants or 0:,}",
        "min_invest": f"${t.min_investment_usd:,}",
        "min_grants": f"${t.min_grants_usd:,}",
        "since": t_entry.effective_from.isoformat()
        if t_entry.effective_from != dt.date.min
        else _("earlier"),
    }
    if invest is None and grants is None:
        reasons.append(unknown("startup_investment_usd", _("how much the startup has raised"), src))
    elif (invest or 0) >= t.min_investment_usd or (grants or 0) >= t.min_grants_usd:
        reasons.append(
            reason(
                "startup_funding",
                _(
                    "The startup has {invest} from qualified U.S. "
                    "investors and {grants} in U.S. government grants, meeting the "
                    "threshold ({min_invest} in investment or {min_grants} in grants, "
                    "amounts from {since})."
                ),
                money_keys,
                src,
                True,
                **params,
            )
        )
    elif (invest or 0) > 0 or (grants or 0) > 0:
        reasons.append(
            reason(
                "startup_funding_partial",
                _(
                    "The startup has {invest} in "
                    "investment and {grants} in grants, below the threshold "
                    "({min_invest} or {min_grants}). Partly meeting it can be enough "
                    "with other strong evidence of growth."
                ),
                money_keys,
                src,
                None,
                **params,
            )
        )
    else:
        reasons.append(
            reason(
                "startup_unfunded",
                _(
                    "The startup has no qualifying investment "
                    "or grants; at least {min_invest} in investment or {min_grants} "
                    "in grants is needed."
                ),
                money_keys,
                src,
                False,
                **params,
            )
        )
    status = ctx.program("international_entrepreneur")
    reasons.append(
        reason(
            "iep_status",
            _(
                "The program's current status is not confirmed: no "
                "termination was found (last verified {verified}). Check uscis.gov."
            ),
            [],
            status.source,
            None if status.confidence == "U" else True,
            verified=status.verified_on.isoformat(),
        )
    )
    verdict = verdict_from(reasons)
    if verdict == "possible" and all(x.met is True for x in reasons[:-1]):
        verdict = "likely"  # only the unconfirmed status is open: say so in the reason
    return Pathway("international_entrepreneur_parole", verdict, tuple(reasons), "self")


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


def advance_parole(ctx: Context) -> Pathway | None:
    if not (ctx.inside and ctx.get("goal") == "travel_and_return"):
        return None
    first = reason(
        "travel_document",
        _(
            "To travel abroad and come back you need advance "
            "parole, a travel document asked for on Form I-131 (Part 1, item 5). This "
            "tool does not screen it: talk to an immigration attorney or accredited "
            "representative before you travel."
        ),
        ["goal"],
        I131_ITEM_SOURCE,
        None,
    )
    return Pathway("advance_parole", "out_of_scope", (first,), "self")


PATHWAY_RULES: tuple[Callable[[Context], Pathway | None], ...] = (
    humanitarian_parole,
    significant_public_benefit_parole,
    law_enforcement_parole,
    military_parole_in_place,
    parole_in_place,
    re_parole,
    afghan_re_parole,
    international_entrepreneur_parole,
    uniting_for_ukraine,
    chnv_parole,
    family_reunification_parole,
    central_american_minors,
    keeping_families_together,
    advance_parole,
)


# ---------------------------------------------------------------------------------------------
# Forms


def _form(
    ctx: Context,
    form_id: str,
    why: str,
    part: str | None,
    for_pathways: tuple[str, ...],
    **params: Any,
) -> Form:
    info = K.FORMS[form_id]
    edition = info.editions.on(ctx.as_of)
    assert edition is not None
    note = edition.note or (
        "" if edition.value else _("Edition not confirmed: use the one on uscis.gov.")
    )
    return Form(
        why,
        params,
        id=form_id,
        title=info.title,
        part=part,
        edition=edition.value,
        edition_note=note,
        source=edition.source,
        verified_on=edition.verified_on,
        url=info.url,
        for_pathways=for_pathways,
    )


RE_PAROLE_ITEMS = {
    "u4u": "Part 1 item 10.C",
    "military_pip": "Part 1 item 10.H",
    "afghan": "Part 1 item 10.B",
    "none": "Part 1 item 11",
}


def _forms(ctx: Context, live: dict[str, Pathway]) -> list[Form]:
    forms: list[Form] = []
    item7 = tuple(
        p for p in ("humanitarian_parole", "significant_public_benefit_parole") if p in live
    )
    if item7:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "The request for parole for someone outside the "
                    "U.S. (one per person). File on paper or online; a fee waiver means "
                    "paper. Find where to send it at uscis.gov/i-131-addresses."
                ),
                "Part 1 item 7",
                item7,
            )
        )
        forms.append(
            _form(
                ctx,
                "I-134",
                _(
                    "Declaration of financial support: one for each "
                    "person, signed by whoever will support them (it can be the person "
                    "themself)."
                ),
                None,
                item7,
            )
        )
    if "military_parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Military parole in place, filed for yourself, with "
                    "no filing fee. Check uscis.gov/i-131-addresses for where to file."
                ),
                "Part 1 item 8.A",
                ("military_parole_in_place",),
            )
        )
    if "parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Parole in place not under a program, asked for from inside the U.S. "
                    "Check uscis.gov/i-131-addresses for where to file."
                ),
                "Part 1 item 9",
                ("parole_in_place",),
            )
        )
    for pid in ("re_parole", "afghan_re_parole"):
        if pid in live:
            program = ctx.get("parole_program") or "none"
            part = RE_PAROLE_ITEMS.get(program, "Part 1 item 10")
            forms.append(
                _form(
                    ctx,
                    "I-131",
                    _(
                        "Re-parole: a new period of parole, asked for "
                        "from inside the U.S. before the current one ends. Give the date on "
                        "your I-94."
                    ),
                    part,
                    (pid,),
                )
            )
    if "international_entrepreneur_parole" in live:
        forms.append(
            _form(
                ctx,
                "I-941",
                _("The application for entrepreneur parole."),
                None,
                ("international_entrepreneur_parole",),
            )
        )
    for pid in ("uniting_for_ukraine", "chnv_parole", "family_reunification_parole"):
        if pid in live:
            forms.append(
                _form(
                    ctx,
                    "I-134A",
                    _("Filed online by a U.S.-based supporter, one per person."),
                    None,
                    (pid,),
                )
            )
    waivable = tuple(
        pid
        for f in forms
        if f.id == "I-131" and _i131_waivable(ctx, f.part)
        for pid in f.for_pathways
    )
    if ctx.get("can_pay_fees") is False and waivable and not _i131_exemption(ctx, forms):
        forms.append(
            _form(
                ctx,
                "I-912",
                _(
                    "You said you cannot pay the fees: ask USCIS to "
                    "waive the I-131 filing fee. It goes in the same paper package as the "
                    "I-131. The parole fee itself can never be waived."
                ),
                None,
                waivable,
            )
        )
    return forms


def _i131_waivable(ctx: Context, part: str | None) -> bool:
    """A fee waiver is reported available for initial humanitarian parole (item 7) and for
    Ukrainian re-parole (item 10.C) [S]."""
    return part == "Part 1 item 7" or (part == "Part 1 item 10.C")


def _i131_exemption(ctx: Context, forms: list[Form]) -> tuple[str, str, str, str] | None:
    """Why the I-131 fee is $0, if it is: (exception id, message, source, confidence)."""
    parts = {f.part for f in forms if f.id == "I-131"}
    if "Part 1 item 8.A" in parts:
        return (
            "military_parole_in_place",
            _("Military parole in place is filed with no I-131 fee."),
            K.MILITARY_PIP,
            "S",
        )
    special = ctx.a.items("special_categories")
    if special:
        return (
            special[0],
            _("You said you are in a category USCIS exempts from the I-131 fee ({categories})."),
            K.I131_FEE_EXEMPT_SOURCE,
            "S",
        )
    if any(f.id == "I-131" and "afghan_re_parole" in f.for_pathways for f in forms):
        exempt = K.AFGHAN_RE_PAROLE_FEE_EXEMPT.on(ctx.as_of)
        assert exempt is not None
        if exempt.value:
            return (
                "afghan_re_parole",
                _("Afghans asking for re-parole for themselves file with no I-131 fee."),
                exempt.source,
                exempt.confidence,
            )
    return None


# ---------------------------------------------------------------------------------------------
# Fees


def _i131_fee(ctx: Context, forms: list[Form]) -> Fee | None:
    i131 = [f for f in forms if f.id == "I-131"]
    if not i131:
        return None
    entry = K.I131_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    amount = entry.value
    base = {
        "id": "i131_filing_fee",
        "amount_usd": amount.paper_usd,
        "online_amount_usd": amount.online_usd,
        "due": "with_filing",
        "effective_from": entry.effective_from,
        "verified_on": entry.verified_on,
        "source": entry.source,
        "confidence": entry.confidence,
    }
    exemption = _i131_exemption(ctx, forms)
    if exemption:
        exception, message, source, confidence = exemption
        return Fee(
            message,
            {"categories": ", ".join(ctx.a.items("special_categories"))},
            **base
            | {"exempt": True, "exception": exception, "source": source, "confidence": confidence},
        )
    waivable = any(_i131_waivable(ctx, f.part) for f in i131)
    afghan = any("afghan_re_parole" in f.for_pathways for f in i131)
    if afghan:
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. The Afghan "
            "re-parole fee exemption ran through 2025-01-31; whether it continues is not "
            "confirmed: check uscis.gov/g-1055."
        )
    elif any(f.part == RE_PAROLE_ITEMS["military_pip"] for f in i131):
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. A first "
            "request for military parole in place has no I-131 fee; whether re-parole under it "
            "is also free is not confirmed: check uscis.gov/g-1055."
        )
    elif waivable and ctx.get("can_pay_fees") is False:
        note = _(
            "{paper} per person on paper ({online} online). You can ask for a fee waiver "
            "on Form I-912; then you must file on paper."
        )
    elif waivable:
        note = _(
            "{paper} per person on paper ({online} online), paid when you file. A fee "
            "waiver (Form I-912) is reported to be available."
        )
    else:
        note = _("{paper} per person on paper ({online} online), paid when you file.")
    online = f"${amount.online_usd:,}" if amount.online_usd else _("no online figure recorded")
    return Fee(
        note, {"paper": f"${amount.paper_usd:,}", "online": online}, **base | {"waivable": waivable}
    )


def _parole_fee_exception(
    ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]
) -> str | None:
    """The first of the ten statutory exceptions that the answers show."""
    r = ctx.reasons()
    visa_too_late = ctx.get("visa_option") in VISA_TOO_LATE
    from_abroad = "humanitarian_parole" in live
    if from_abroad and "medical_treatment" in r:
        emergency = ctx.get("medical_available_at_home") is False or (
            ctx.get("medical_life_threatening") is True and visa_too_late
        )
        if emergency and ctx.get("adopted_child_in_custody") is True:
            return "adopted_child_medical"
        if emergency:
            return (
                "parent_of_minor_medical_emergency"
                if ctx.get("medical_patient") == "minor_child"
                else "medical_emergency"
            )
    if from_abroad and "organ_donor" in r and visa_too_late:
        return "organ_donor"
    close = ctx.get("relative_relationship") in CLOSE_FAMILY
    if from_abroad and close and visa_too_late:
        if "visit_ill_relative" in r and ctx.get("relative_condition") == "death_imminent":
            return "imminent_death_of_family_member"
        if "funeral" in r:
            return "funeral"
    if "advance_parole" in shown and "i485" in ctx.a.items("pending_applications"):
        return "adjustment_applicant_returning"
    if ctx.get("returned_to_await_hearing") is True:
        return "contiguous_return_hearing"
    if ctx.get("cuban_haitian_entrant") is True:
        return "cuban_haitian_entrant"
    if live.get("law_enforcement_parole") and ctx.get("agency_request") is True:
        return "law_enforcement_assistance"
    return None


PAROLE_FEE_EXCEPTION_NOTES = {
    "medical_emergency": _(
        "The parole fee is not charged here: the law exempts a medical emergency (treatment is "
        "not available where the person lives, or it is life-threatening and there is no time "
        "for a visa). DHS must agree the exception applies."
    ),
    "parent_of_minor_medical_emergency": _(
        "The parole fee is not charged here: the law exempts the parent or legal guardian of a "
        "minor child with a medical emergency. DHS must agree the exception applies."
    ),
    "organ_donor": _(
        "The parole fee is not charged here: the law exempts an organ or tissue donor when "
        "there is no time for a visa. DHS must agree the exception applies."
    ),
    "imminent_death_of_family_member": _(
        "The parole fee is not charged here: the law exempts a visit to a close family member "
        "in the U.S. whose death is imminent, when a visa would come too late. DHS must agree "
        "the exception applies."
    ),
    "funeral": _(
        "The parole fee is not charged here: the law exempts attending the funeral of a close "
        "family member, when a visa would come too late. DHS must agree the exception applies."
    ),
    "adopted_child_medical": _(
        "The parole fee is not charged here: the law exempts an adopted child in the "
        "petitioner's legal custody with an urgent medical condition that needs treatment "
        "before the adoption visa. DHS must agree the exception applies."
    ),
    "adjustment_applicant_returning": _(
        "The parole fee is not charged here: the law exempts an adjustment-of-status applicant "
        "returning from temporary travel abroad. DHS must agree the exception applies."
    ),
    "contiguous_return_hearing": _(
        "The parole fee is not charged here: the law exempts a person returned to Mexico or "
        "Canada and paroled to attend their immigration hearing. DHS must agree the exception "
        "applies."
    ),
    "cuban_haitian_entrant": _(
        "The parole fee is not charged here: the law exempts a person granted Cuban/Haitian "
        "entrant status. DHS must agree the exception applies."
    ),
    "law_enforcement_assistance": _(
        "The parole fee is not charged here: the law exempts a person assisting U.S. law "
        "enforcement whose presence is needed although they cannot get a visa. DHS must agree "
        "the exception applies."
    ),
}
# (amount confirmed from a primary text?, which pathway needs a word of its own)
PAROLE_FEE_NOTES = {
    (True, ""): _(
        "{amount}, due only if parole is granted (not with the application). It can "
        "never be waived and is due again for each new period of parole."
    ),
    (True, "military"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. Military parole in place is "
        "reported to be charged too."
    ),
    (True, "entrepreneur"): _(
        "{amount}, due only if parole is granted (not with the application). It can never be "
        "waived and is due again for each new period of parole. No exception in the law fits "
        "entrepreneur parole, but no source confirms that DHS charges it there."
    ),
    (False, ""): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted "
        "each year; last verified {verified}). Confirm the current amount at "
        "uscis.gov/g-1055. Due only if parole is granted, never waivable, and due again "
        "for each new period of parole."
    ),
    (False, "military"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each "
        "year; last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due "
        "only if parole is granted, never waivable, and due again for each new period of "
        "parole. Military parole in place is reported to be charged too."
    ),
    (False, "entrepreneur"): _(
        "Reported as {amount} from {since} (the law sets at least {minimum}, adjusted each "
        "year; last verified {verified}). Confirm the current amount at uscis.gov/g-1055. Due "
        "only if parole is granted, never waivable, and due again for each new period of "
        "parole. No exception in the law fits entrepreneur parole, but no source confirms that "
        "DHS charges it there."
    ),
}


def _parole_fee(ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]) -> Fee | None:
    granting = [p for p in live if p in GRANTING]
    if not granting and "advance_parole" not in shown:
        return None
    entry = K.PAROLE_FEE.on(ctx.as_of)
    assert entry is not None
    if entry.value is None:
        return None  # no parole fee existed yet on this date
    amount = entry.value
    exception = _parole_fee_exception(ctx, live, shown)
    params = {
        "amount": f"${amount.paper_usd:,}",
        "minimum": f"${amount.minimum_usd:,}",
        "since": entry.effective_from.isoformat(),
        "verified": entry.verified_on.isoformat(),
    }
    if exception:
        note = PAROLE_FEE_EXCEPTION_NOTES[exception]
        params["exception"] = K.PAROLE_FEE_EXCEPTIONS[exception]  # for the JSON reader
        source = f"{K.PAROLE_FEE_EXCEPTION_SOURCE}; {entry.source}"
    else:
        # Whole sentences per case, so each one can be translated (see docs/rules.md).
        which = "military" if "military_parole_in_place" in granting else ""
        if "international_entrepreneur_parole" in granting:
            which = "entrepreneur"
        note = PAROLE_FEE_NOTES[(entry.confidence == "C", which)]
        source = entry.source
    return Fee(
        note,
        params,
        id="parole_fee",
        amount_usd=amount.paper_usd,
        minimum_usd=amount.minimum_usd,
        due="on_grant",
        waivable=False,
        exempt=exception is not None,
        exception=exception,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=source,
        confidence=entry.confidence,
    )


def _i941_fee(ctx: Context, live: dict[str, Pathway]) -> Fee | None:
    if "international_entrepreneur_parole" not in live:
        return None
    entry = K.I941_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    if entry.value.paper_usd is None:
        note = _(
            "The I-941 fee after the 2024 fee rule is not confirmed (it was $1,200 plus "
            "$85 biometrics in 2017). Check uscis.gov/g-1055 before filing."
        )
    else:
        note = _("{amount} when you file (reported).")
    return Fee(
        note,
        {"amount": f"${entry.value.paper_usd or 0:,}"},
        id="i941_filing_fee",
        amount_usd=entry.value.paper_usd,
        due="with_filing",
        waivable=False,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=entry.source,
        confidence=entry.confidence,
    )


# ---------------------------------------------------------------------------------------------
# Evidence

CORE_EVIDENCE = {
    "humanitarian_parole": ("identity_document", "financial_support", "return_plan"),
    "significant_public_benefit_parole": (
        "identity_document",
        "financial_support",
        "court_notice",
        "return_plan",
    ),
    "law_enforcement_parole": ("identity_document", "agency_letter"),
    "parole_in_place": ("identity_document", "favorable_discretion_evidence"),
    "military_parole_in_place": (
        "identity_document",
        "military_service_proof",
        "military_relationship_proof",
        "passport_photos",
        "favorable_discretion_evidence",
        "service_member_support_letter",
    ),
    "re_parole": ("identity_document", "i94_record", "favorable_discretion_evidence"),
    "afghan_re_parole": ("identity_document", "i94_record"),
    "international_entrepreneur_parole": (
        "identity_document",
        "startup_formation_documents",
        "ownership_evidence",
        "investment_evidence",
    ),
}
REASON_EVIDENCE = {
    "medical_treatment": (
        "physician_statement",
        "treatment_unavailable_statement",
        "us_provider_acceptance",
        "treatment_cost_plan",
        "medical_records",
    ),
    "organ_donor": ("physician_statement", "us_provider_acceptance"),
    "visit_ill_relative": ("relationship_proof", "relative_condition_letter"),
    "funeral": ("death_certificate", "relationship_proof"),
    "family_reunification": ("relationship_proof",),
    "protection": ("harm_evidence", "country_conditions", "refugee_unavailable_explanation"),
    "disaster_or_conflict": ("harm_evidence", "country_conditions"),
    "military_family": ("military_service_proof", "military_relationship_proof"),
}
MINOR_EVIDENCE = ("parental_consent", "custody_documents", "care_plan")
REASON_PATHWAYS = frozenset(
    {"humanitarian_parole", "parole_in_place", "re_parole", "afghan_re_parole"}
)


def _evidence(ctx: Context, live: dict[str, Pathway]) -> list[Evidence]:
    needed: dict[str, list[str]] = {}

    def need(ids: Iterable[str], pathway_id: str) -> None:
        for eid in ids:
            needed.setdefault(eid, [])
            if pathway_id not in needed[eid]:
                needed[eid].append(pathway_id)

    for pid, pathway in live.items():
        if pid not in CORE_EVIDENCE:
            continue
        need(CORE_EVIDENCE[pid], pid)
        if pid == "humanitarian_parole" and pathway.files == "supporter":
            need(["petitioner_identity"], pid)
        if pid in REASON_PATHWAYS:
            for r in ctx.reasons():
                need(REASON_EVIDENCE.get(r, ()), pid)
        if (
            pid in ("humanitarian_parole", "significant_public_benefit_parole")
            and ctx.get("beneficiary_is_minor") is True
        ):
            need(MINOR_EVIDENCE, pid)
    have = set(ctx.a.items("evidence_on_hand"))
    return [Evidence(eid, eid in have, tuple(pids)) for eid, pids in needed.items()]


# ---------------------------------------------------------------------------------------------
# Flags


U4U_WINDOW_DAYS = 180
U4U_WINDOW_SOURCE = "USCIS U4U re-parole FAQ, quoted Jan 2025 (Ukraine Immigration Task Force)"


def _u4u_too_early(ctx: Context) -> bool:
    """Ukrainians file re-parole no earlier than 180 days before parole ends [S]."""
    expires = ctx.get("parole_expires_on")
    return (
        ctx.get("parole_program") == "u4u"
        and expires is not None
        and (expires - ctx.as_of).days > U4U_WINDOW_DAYS
    )


def _flags(
    ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway], urgency: str
) -> list[Flag]:
    flags: list[Flag] = []

    def flag(fid: str, severity: str, message: str, source: str, **params: Any) -> None:
        flags.append(Flag(message, params, id=fid, severity=severity, source=source))

    risks = set(ctx.a.items("risk_factors"))
    if risks & {"criminal_conviction", "pending_charges"}:
        flag(
            "criminal_history",
            "warning",
            _(
                "A criminal conviction or pending charge weighs "
                "heavily against parole, and security checks will find it. Talk to an attorney "
                "before you file."
            ),
            f"{K.PM_VOL3_PF}; {K.MILITARY_PIP}",
        )
    if risks & {"prior_removal", "removal_proceedings"}:
        flag(
            "ice_jurisdiction",
            "warning",
            _(
                "Because of a past removal or current removal "
                "proceedings, the request goes to ICE, not USCIS. A past removal may also need "
                "Form I-212 (permission to reapply)."
            ),
            "ICE jurisdiction list (seguritan.com); INA 212(a)(9)",
        )
    in_place = {
        "military_parole_in_place",
        "parole_in_place",
        "re_parole",
        "afghan_re_parole",
    } & set(live)
    removable = (
        ctx.get("entry") in ("without_inspection", "unknown")
        or bool(risks & {"prior_overstay", "removal_proceedings"})
        or ctx.parole_expired() is True
    )
    nta = ctx.policy("nta_on_denial")
    if ctx.inside and in_place and removable and nta.value:
        flag(
            "nta_risk_on_denial",
            "warning",
            _(
                "You are in the U.S. without a status that "
                "protects you from removal. Since 2025-02-28, a denial can lead straight to a "
                "Notice to Appear in immigration court."
            ),
            nta.source,
        )
    if ctx.get("financial_supporter") == "none" and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag(
            "no_financial_support",
            "warning",
            _(
                "No one can support you financially. USCIS "
                "calls missing financial support a strong negative factor that may lead to "
                "denial."
            ),
            K.I134_INSTRUCTIONS,
        )
    if ctx.get("visa_option") == "available_in_time":
        flag(
            "visa_available",
            "warning",
            _(
                "A visa could bring you in time. Parole is not "
                "meant to avoid normal visa processing, so apply for the visa."
            ),
            K.USCIS_HP_PAGE,
        )
    harm = ctx.reasons() & {"protection", "disaster_or_conflict"}
    if ctx.outside and harm:
        refugee = ctx.program("refugee_admissions")
        if refugee.value == K.OPEN:
            flag(
                "refugee_channel",
                "info",
                _(
                    "Parole does not replace refugee processing: a refugee may be paroled only "
                    "for compelling reasons particular to that person. Ask about a refugee "
                    "referral first."
                ),
                f"{K.INA_212D5B}; {refugee.source}",
            )
        else:
            flag(
                "refugee_channel",
                "info",
                _(
                    "Parole does not replace refugee processing: a "
                    "refugee may be paroled only for compelling reasons particular to that "
                    "person. Refugee admissions are {status} (since {since})."
                ),
                f"{K.INA_212D5B}; {refugee.source}",
                status=refugee.value,
                since=refugee.effective_from.isoformat(),
            )
    expired = ctx.parole_expired()
    expires = ctx.get("parole_expires_on")
    if ctx.get("entry") == "paroled" and expired:
        flag(
            "parole_expired",
            "stop",
            _(
                "Your parole ended on {date}. Parole ends "
                "automatically when its time runs out; get legal advice before doing anything "
                "else."
            ),
            K.CFR_212_5E1,
            date=expires.isoformat(),
        )
    elif ctx.get("entry") == "paroled" and expired is False and _u4u_too_early(ctx):
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "info",
            _(
                "Your parole ends on {date}, in {days} days. Ukrainians file for re-parole no "
                "earlier than 180 days before parole ends, so file between {earliest} and "
                "{date}."
            ),
            U4U_WINDOW_SOURCE,
            date=expires.isoformat(),
            days=days,
            earliest=(expires - dt.timedelta(days=U4U_WINDOW_DAYS)).isoformat(),
        )
    elif ctx.get("entry") == "paroled" and expired is False:
        days = (expires - ctx.as_of).days
        flag(
            "file_before_expiry",
            "warning",
            _(
                "Your parole ends on {date}, in {days} days. "
                "File for re-parole before then: parole ends automatically on that date."
            ),
            K.CFR_212_5E1,
            date=expires.isoformat(),
            days=days,
        )
    hold = ctx.policy("afghan_processing_hold")
    if hold.value and (ctx.get("citizenship") == "AF" or ctx.get("parole_program") == "afghan"):
        flag(
            "processing_hold",
            "warning",
            _(
                "USCIS halted decisions on requests from Afghan "
                "nationals on 2025-11-27. Court orders have since vacated related holds, but "
                "whether requests are being decided now is not confirmed."
            )
            if hold.note
            else _(
                "USCIS halted decisions on requests from Afghan nationals on 2025-11-27. "
                "Check uscis.gov before you file."
            ),
            hold.source,
        )
    u4u = ctx.program("u4u_re_parole")
    if ctx.get("parole_program") == "u4u" and u4u.value == K.PAUSED:
        flag(
            "processing_hold",
            "warning",
            _("Ukrainian re-parole decisions were paused on this date."),
            u4u.source,
        )
    if "advance_parole" in shown:
        departure = ctx.policy("advance_parole_is_departure")
        if departure.value:
            flag(
                "advance_parole_departure",
                "stop",
                _(
                    "Since 2026-08-13 (Matter of "
                    "Delcarmen-Lara), leaving the U.S. on advance parole counts as a departure: "
                    "it can trigger the 3- and 10-year bars for unlawful presence. Get legal "
                    "advice before you travel."
                ),
                departure.source,
            )
        else:
            flag(
                "advance_parole_departure",
                "warning",
                _(
                    "Travel on advance parole carries "
                    "risks for anyone with unlawful presence. Get legal advice before you travel."
                ),
                departure.source,
            )
    if "military_family" in ctx.reasons() and ctx.inside and ctx.get("entry") == "admitted":
        flag(
            "overstay_not_eligible_for_pip",
            "warning",
            _(
                "People who were admitted and then "
                "overstayed cannot get military parole in place; deferred action is the option "
                "to ask about."
            ),
            K.MILITARY_PIP,
        )
    closed = [p for p in shown.values() if p.verdict == "unavailable"]
    if closed:
        # Program names only (proper nouns); each pathway's own reason explains the closure.
        names = ", ".join(p.reasons[0].params.get("name", p.id) for p in closed if p.reasons)
        flag(
            "program_closed",
            "info",
            _(
                "Some programs you may have heard of are closed or on hold: {names}. The "
                "details and dates are with each program below."
            ),
            "; ".join(p.reasons[0].source for p in closed if p.reasons),
            names=names,
        )
    if ctx.get("beneficiary_is_minor") is True and (
        live.keys() & {"humanitarian_parole", "significant_public_benefit_parole"}
    ):
        flag(
            "minor_needs_consent",
            "warning",
            _(
                "For a child, include written consent of the "
                "parent(s), custody or guardianship papers, and a plan for the child's care in "
                "the U.S."
            ),
            K.USCIS_EVIDENCE,
        )
    if urgency in ("emergency", "urgent") and (live.keys() & GRANTING):
        flag(
            "expedite_request",
            "info",
            _(
                "You can ask USCIS to expedite (speed up) the "
                "request once it is filed, explaining the emergency. A humanitarian reason alone "
                "does not guarantee an expedite."
            ),
            K.EXPEDITE,
        )
    no_rfe = ctx.policy("denial_without_rfe")
    if no_rfe.value and (live.keys() & GRANTING):
        flag(
            "complete_evidence_up_front",
            "info",
            _(
                "Since 2026-08-05 USCIS may deny a "
                "request without first asking for missing evidence: send everything with the "
                "application."
            ),
            no_rfe.source,
        )
    return flags


# ---------------------------------------------------------------------------------------------
# Alternatives


def _alternatives(ctx: Context) -> list[Alternative]:
    out: list[Alternative] = []

    def alt(aid: str, message: str, source: str, **params: Any) -> None:
        out.append(Alternative(message, params, id=aid, source=source))

    r = ctx.reasons()
    program = ctx.get("parole_program")
    pending = set(ctx.a.items("pending_applications"))
    harm = r & {"protection", "disaster_or_conflict"}
    if (
        (harm and ctx.inside)
        or "i589" in pending
        or program in ("chnv", "frp", "afghan", "u4u", "cam")
    ):
        alt(
            "asylum",
            _(
                "Asylum (Form I-589) protects people in the U.S. who fear persecution "
                "for their race, religion, nationality, political opinion or social group; it "
                "must usually be filed within one year of arrival."
            ),
            "INA 208; 90 FR 34511 (H.R. 1 fees)",
        )
    if harm and ctx.outside:
        refugee = ctx.program("refugee_admissions")
        if refugee.value == K.OPEN:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad; it needs a referral (for example by UNHCR)."
                ),
                refugee.source,
            )
        else:
            alt(
                "refugee",
                _(
                    "Refugee resettlement is the usual route for people fleeing danger "
                    "abroad. Status: {status} (since {since}); check for changes."
                ),
                refugee.source,
                status=refugee.note or refugee.value,
                since=refugee.effective_from.isoformat(),
            )
    if ctx.inside and (harm or "tps" in pending or program in ("chnv", "u4u", "frp")):
        alt(
            "tps",
            _(
                "Temporary Protected Status may fit nationals of designated countries "
                "who were in the U.S. on the designation dates. Designations change often: check "
                "the current list."
            ),
            "USCIS TPS page; designation changes 2025-26 (litigation tracker)",
        )
    victim = set(ctx.a.items("victim_of"))
    if "crime" in victim:
        alt(
            "u_visa",
            _(
                "A U visa may fit victims of a qualifying crime who helped law "
                "enforcement (Form I-918 with a Supplement B certification)."
            ),
            "INA 101(a)(15)(U); ABA U Visas at a Glance",
        )
    if "trafficking" in victim:
        alt(
            "t_visa",
            _(
                "A T visa may fit victims of severe trafficking who are in the U.S. "
                "because of it (Form I-914)."
            ),
            "INA 101(a)(15)(T); Form I-914 instructions",
        )
    if ctx.get("worked_for_us_government") is True and ctx.get("citizenship") in K.SIV_COUNTRIES:
        siv = ctx.program("afghan_siv_issuance")
        paused = ctx.get("citizenship") == "AF" and siv.value != K.OPEN
        alt(
            "special_immigrant_visa",
            _(
                "A Special Immigrant Visa may fit Afghans and Iraqis who worked for or on "
                "behalf of the U.S. government. Visa issuance for Afghan passports was reported "
                "paused in November 2025; check its current status."
            )
            if paused
            else _(
                "A Special Immigrant Visa may fit Afghans and Iraqis "
                "who worked for or on behalf of the U.S. government."
            ),
            siv.source,
        )
    us_relative = ctx.get("relative_status") in ("us_citizen", "lpr")
    if us_relative or "i130_petition" in pending:
        alt(
            "family_immigrant_visa",
            _(
                "A family immigrant visa (Form I-130 by a U.S. citizen "
                "or permanent-resident relative) is the lasting route to join family."
            ),
            "INA 201, 203; 90 FR 58032 (FRP closed)",
        )
    if "military_family" in r and ctx.inside and ctx.get("entry") == "admitted":
        alt(
            "deferred_action",
            _(
                "Military family members who were admitted and overstayed "
                "can ask USCIS for deferred action instead of parole in place."
            ),
            K.MILITARY_PIP,
        )
    return out


# ---------------------------------------------------------------------------------------------
# Urgency


def _urgency(ctx: Context) -> tuple[str, Message | None]:
    if ctx.get("medical_life_threatening") is True:
        return "emergency", Message(_("The medical condition is life-threatening."))
    if ctx.get("relative_condition") == "death_imminent":
        return "emergency", Message(_("A family member's death is imminent."))
    dates = {"needed_by": ctx.get("needed_by"), "court_date": ctx.get("court_date")}
    if ctx.parole_expired() is False:
        dates["parole_expires_on"] = ctx.get("parole_expires_on")
    deadlines = [(day, key) for key, day in dates.items() if day is not None]
    if not deadlines:
        return "standard", None
    day, key = min(deadlines)
    days = (day - ctx.as_of).days
    params = {"date": day.isoformat(), "days": days}
    if days <= 30:
        return "emergency", Message(
            _("The date that matters ({date}) is {days} days away or already past."), params
        )
    if days <= 90:
        return "urgent", Message(_("The date that matters ({date}) is {days} days away."), params)
    return "standard", None


# ---------------------------------------------------------------------------------------------
# Entry point


def assess(answers: Answers | Mapping[str, Any], as_of: dt.date | None = None) -> Assessment:
    """Screen `answers` under the rules in force on `as_of` (default: today)."""
    if not isinstance(answers, Answers):
        answers = Answers.from_dict(answers)
    as_of = as_of or dt.date.today()
    raw = answers.to_dict()
    kept = prune(raw)
    ignored = tuple(key for key in raw if key not in kept)
    ctx = Context(Answers({k: v for k, v in answers.values.items() if k in kept}), as_of)

    shown = {p.id: p for p in (rule(ctx) for rule in PATHWAY_RULES) if p is not None}
    live = {pid: p for pid, p in shown.items() if p.verdict in OPEN_VERDICTS}
    urgency, urgency_reason = _urgency(ctx)
    forms = _forms(ctx, live)
    fees = [
        fee
        for fee in (_i131_fee(ctx, forms), _parole_fee(ctx, live, shown), _i941_fee(ctx, live))
        if fee is not None
    ]
    unknowns = sorted(
        {
            key
            for p in shown.values()
            for r in p.reasons
            if r.met is None and r.code.startswith("missing_")
            for key in r.answers
        }
    )
    return Assessment(
        rules_version=RULES_VERSION,
        as_of=as_of,
        urgency=urgency,
        urgency_reason=urgency_reason,
        pathways=tuple(shown.values()),
        forms=tuple(forms),
        fees=tuple(fees),
        evidence=tuple(_evidence(ctx, live)),
        flags=tuple(_flags(ctx, live, shown, urgency)),
        alternatives=tuple(_alternatives(ctx)),
        ignored_answers=ignored,
        unknowns=tuple(unknowns),
    )
