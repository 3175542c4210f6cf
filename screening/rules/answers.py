"""The answer schema: every key a screening can hold, its type, its values and when it is asked.

This module is the single source of truth for answers. The wizard builds its fields from it, the
`screen` command validates with it, and `docs/answers.md` is generated from it (a test keeps them
equal). `Answers.from_dict` either returns typed answers or raises one `AnswersError` naming every
bad key and why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# ---------------------------------------------------------------------------------------------
# Value lists (ids are stable: stored by the wizard, read by the rules, exported as JSON)

LOCATIONS = ("outside_us", "inside_us")
GOALS = ("come_to_us", "stay_in_us", "travel_and_return")
# `released_from_custody`: released on an order of release or Form I-220A, which is not parole
# under INA 212(d)(5) (CATALOGUE §10.1).
ENTRIES = ("without_inspection", "admitted", "paroled", "released_from_custody", "unknown")
PAROLE_PROGRAMS = ("none", "u4u", "chnv", "frp", "afghan", "cam", "military_pip", "other")
REASONS = (
    "medical_treatment",
    "organ_donor",
    "visit_ill_relative",
    "funeral",
    "family_reunification",
    "protection",
    "disaster_or_conflict",
    "court_proceeding",
    "law_enforcement",
    "military_family",
    "entrepreneur",
    "other",
)
MEDICAL_PATIENTS = ("self", "minor_child")
RELATIONSHIPS = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild", "other")
# the patient who receives a donation, as the donor's relative (or not related)
DONATION_RELATIONSHIPS = (
    "spouse",
    "parent",
    "child",
    "sibling",
    "grandparent",
    "grandchild",
    "other_relative",
    "not_related",
)
RELATIVE_CONDITIONS = ("death_imminent", "seriously_ill", "deceased", "not_ill")
RELATIVE_STATUSES = ("us_citizen", "lpr", "other")
MILITARY_RELATIONSHIPS = ("spouse", "widow", "parent", "son_or_daughter")
MILITARY_SERVICES = (
    "active_duty",
    "selected_reserve",
    "former_not_dishonorable",
    "former_dishonorable",
)
VISA_OPTIONS = ("none", "too_slow", "available_in_time", "unknown")
PENDING_APPLICATIONS = ("i130_petition", "i485", "i589", "tps", "other")
VICTIM_OF = ("crime", "trafficking")
FINANCIAL_SUPPORTERS = ("self", "relative_or_friend", "organization", "none")
RISK_FACTORS = (
    "criminal_conviction",
    "pending_charges",
    "prior_removal",
    "removal_proceedings",
    "prior_overstay",
    "prior_parole_denial",
    "misrepresentation",
)
SPECIAL_CATEGORIES = (
    "armed_forces_member",
    "special_immigrant_juvenile",
    "t_or_u_nonimmigrant",
    "vawa_self_petitioner",
    "afghan_or_iraqi_special_immigrant",
)
EVIDENCE_IDS = (
    "identity_document",
    "petitioner_identity",
    "financial_support",
    "physician_statement",
    "treatment_unavailable_statement",
    "us_provider_acceptance",
    "treatment_cost_plan",
    "medical_records",
    "parental_consent",
    "relationship_proof",
    "relative_condition_letter",
    "death_certificate",
    "custody_documents",
    "care_plan",
    "harm_evidence",
    "country_conditions",
    "refugee_unavailable_explanation",
    "court_notice",
    "agency_letter",
    "military_service_proof",
    "military_relationship_proof",
    "passport_photos",
    "favorable_discretion_evidence",
    "service_member_support_letter",
    "i94_record",
    "startup_formation_documents",
    "ownership_evidence",
    "investment_evidence",
    "return_plan",
    "transplant_center_letter",
    "donor_match_results",
)

# A "child" under 21 is unmarried (INA 101(b)(1)).
US_RELATIVES = (
    "usc_spouse",
    "usc_parent",
    "usc_child_under_21",
    "usc_child_21_or_older",
    "lpr_spouse",
    "lpr_parent",
    "lpr_child_under_21",
)

FAMILY_REASONS = frozenset({"visit_ill_relative", "funeral", "family_reunification"})
CUBAN_HAITIAN = frozenset({"CU", "HT"})


# ---------------------------------------------------------------------------------------------
# "Asked when": one predicate per key. The wizard shows a question only when its predicate holds,
# prunes answers whose predicate stops holding, and the rules list such answers as ignored.

Raw = Mapping[str, Any]


def _always(a: Raw) -> bool:
    return True


def _inside(a: Raw) -> bool:
    return a.get("location") == "inside_us"


def _paroled(a: Raw) -> bool:
    return _inside(a) and a.get("entry") == "paroled"


def _seeking_parole(a: Raw) -> bool:
    return a.get("goal") in ("come_to_us", "stay_in_us")


def _coming(a: Raw) -> bool:
    return a.get("goal") == "come_to_us"


def _reason(*names: str) -> Callable[[Raw], bool]:
    wanted = frozenset(names)

    def predicate(a: Raw) -> bool:
        reasons = a.get("reasons") or ()
        return (
            _seeking_parole(a) and isinstance(reasons, list | tuple) and bool(wanted & set(reasons))
        )

    predicate.__doc__ = " or ".join(f"`{name}` in `reasons`" for name in names)
    return predicate


def _medical_minor(a: Raw) -> bool:
    return _reason("medical_treatment")(a) and a.get("beneficiary_is_minor") is True


def _court_outside(a: Raw) -> bool:
    return _reason("court_proceeding")(a) and a.get("location") == "outside_us"


def _cuban_or_haitian(a: Raw) -> bool:
    return a.get("citizenship") in CUBAN_HAITIAN


def _listed(key: str, value: str) -> Callable[[Raw], bool]:
    def predicate(a: Raw) -> bool:
        items = a.get(key) or ()
        return isinstance(items, list | tuple) and value in items

    predicate.__doc__ = f"`{value}` in `{key}`"
    return predicate


def _medical_not_life_threatening(a: Raw) -> bool:
    return _reason("medical_treatment")(a) and a.get("medical_life_threatening") is False


# The refugee-referral question is for people abroad: refugee processing happens outside the U.S.
def _protection_abroad(a: Raw) -> bool:
    return _reason("protection")(a) and a.get("location") == "outside_us"


_always.__doc__ = "always"
_inside.__doc__ = "`location` is `inside_us`"
_paroled.__doc__ = "`entry` is `paroled`"
_seeking_parole.__doc__ = "`goal` is `come_to_us` or `stay_in_us`"
_coming.__doc__ = "`goal` is `come_to_us`"
_medical_minor.__doc__ = "`medical_treatment` in `reasons` and `beneficiary_is_minor`"
_court_outside.__doc__ = "`court_proceeding` in `reasons` and `location` is `outside_us`"
_cuban_or_haitian.__doc__ = "`citizenship` is `CU` or `HT`"
_medical_not_life_threatening.__doc__ = (
    "`medical_treatment` in `reasons` and `medical_life_threatening` is false"
)
_protection_abroad.__doc__ = "`protection` in `reasons` and `location` is `outside_us`"


# ---------------------------------------------------------------------------------------------
# The schema


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # enum | enum_list | bool | date | integer | number | country
    meaning: str
    asked_when: Callable[[Raw], bool]
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def applies(self, answers: Raw) -> bool:
        return self.asked_when(answers)

    @property
    def asked_when_text(self) -> str:
        return self.asked_when.__doc__ or ""


SCHEMA: tuple[Field, ...] = (
    Field("location", "enum", "where the person is now", _always, LOCATIONS),
    Field("goal", "enum", "what the person wants to do", _always, GOALS),
    Field("entry", "enum", "how the person last entered the U.S.", _inside, ENTRIES),
    Field(
        "in_us_since", "date", "the day of the person's most recent arrival in the U.S.", _inside
    ),
    Field(
        "parole_program",
        "enum",
        "the program the current parole came under",
        _paroled,
        PAROLE_PROGRAMS,
    ),
    Field("parole_expires_on", "date", "the date the current parole ends (I-94)", _paroled),
    Field(
        "citizenship", "country", "country of citizenship, ISO 3166-1 alpha-2, upper case", _always
    ),
    Field(
        "cuban_haitian_entrant",
        "bool",
        "has been granted Cuban/Haitian entrant status",
        _cuban_or_haitian,
    ),
    Field("beneficiary_is_minor", "bool", "the person is under 18", _always),
    Field(
        "us_relatives",
        "enum_list",
        "U.S.-citizen and permanent-resident relatives (a child under 21 is unmarried)",
        _always,
        US_RELATIVES,
    ),
    Field(
        "unmarried_under_21",
        "bool",
        "the person is unmarried and under 21",
        _listed("us_relatives", "usc_parent"),
    ),
    Field("reasons", "enum_list", "why the person needs parole", _seeking_parole, REASONS),
    Field(
        "medical_patient",
        "enum",
        "who needs the treatment: the person, or their minor child they would accompany",
        _reason("medical_treatment"),
        MEDICAL_PATIENTS,
    ),
    Field(
        "medical_available_at_home",
        "bool",
        "the treatment is available where the patient lives",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_life_threatening",
        "bool",
        "the condition is life-threatening",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_urgent",
        "bool",
        "the treatment is needed urgently (a medical emergency), though not life-threatening",
        _medical_not_life_threatening,
    ),
    Field(
        "medical_provider_arranged",
        "bool",
        "a U.S. doctor or hospital has agreed to treat",
        _reason("medical_treatment"),
    ),
    Field(
        "medical_costs_arranged",
        "bool",
        "the cost of treatment and travel is covered",
        _reason("medical_treatment"),
    ),
    Field(
        "adopted_child_in_custody",
        "bool",
        "the child is being adopted and is in the petitioner's legal custody",
        _medical_minor,
    ),
    Field(
        "donation_patient_relationship",
        "enum",
        "how the patient who receives the donation is related to the donor",
        _reason("organ_donor"),
        DONATION_RELATIONSHIPS,
    ),
    Field(
        "donation_center_confirmed",
        "bool",
        "a U.S. transplant center has confirmed the donor is a match and agreed to the donation",
        _reason("organ_donor"),
    ),
    Field(
        "donation_date",
        "date",
        "the date the transplant center has set for the donation",
        _reason("organ_donor"),
    ),
    Field(
        "relative_relationship",
        "enum",
        "the relative's relationship to the person",
        _reason(*sorted(FAMILY_REASONS)),
        RELATIONSHIPS,
    ),
    Field(
        "relative_condition",
        "enum",
        "the relative's condition",
        _reason("visit_ill_relative", "funeral"),
        RELATIVE_CONDITIONS,
    ),
    Field(
        "relative_status",
        "enum",
        "the U.S. relative's immigration status",
        _reason(*sorted(FAMILY_REASONS | {"military_family"})),
        RELATIVE_STATUSES,
    ),
    Field(
        "harm_individualized",
        "bool",
        "the person is personally targeted, not only facing general conditions",
        _reason("protection", "disaster_or_conflict"),
    ),
    Field(
        "harm_imminent",
        "bool",
        "the harm is imminent",
        _reason("protection", "disaster_or_conflict"),
    ),
    Field(
        "refugee_referral_possible",
        "bool",
        "a UNHCR or refugee referral can happen in time",
        _protection_abroad,
    ),
    Field(
        "agency_request",
        "bool",
        "a U.S. government or law-enforcement agency has asked for the person's presence",
        _reason("law_enforcement", "court_proceeding"),
    ),
    Field(
        "court_date", "date", "the date the person must attend court", _reason("court_proceeding")
    ),
    Field(
        "returned_to_await_hearing",
        "bool",
        "the person was returned to Mexico or Canada to wait for an immigration hearing",
        _court_outside,
    ),
    Field(
        "military_relationship",
        "enum",
        "relationship to the service member",
        _reason("military_family"),
        MILITARY_RELATIONSHIPS,
    ),
    Field(
        "military_service",
        "enum",
        "the service member's service",
        _reason("military_family"),
        MILITARY_SERVICES,
    ),
    Field(
        "startup_age_years",
        "number",
        "years since the U.S. startup was formed",
        _reason("entrepreneur"),
        minimum=0,
        maximum=200,
    ),
    Field(
        "startup_ownership_percent",
        "number",
        "the person's share of the startup, in percent",
        _reason("entrepreneur"),
        minimum=0,
        maximum=100,
    ),
    Field(
        "startup_investment_usd",
        "integer",
        "investment from qualified U.S. investors, in U.S. dollars",
        _reason("entrepreneur"),
        minimum=0,
    ),
    Field(
        "startup_grants_usd",
        "integer",
        "U.S. government grants, in U.S. dollars",
        _reason("entrepreneur"),
        minimum=0,
    ),
    Field(
        "visa_option",
        "enum",
        "whether a visa could bring the person in time",
        _coming,
        VISA_OPTIONS,
    ),
    Field(
        "pending_applications",
        "enum_list",
        "applications already filed for the person",
        _always,
        PENDING_APPLICATIONS,
    ),
    Field("victim_of", "enum_list", "the person was a victim of", _always, VICTIM_OF),
    Field(
        "worked_for_us_government",
        "bool",
        "worked for or on behalf of the U.S. government",
        _always,
    ),
    Field(
        "special_categories",
        "enum_list",
        "categories USCIS exempts from the I-131 fee",
        _always,
        SPECIAL_CATEGORIES,
    ),
    Field(
        "financial_supporter",
        "enum",
        "who will support the person financially in the U.S.",
        _seeking_parole,
        FINANCIAL_SUPPORTERS,
    ),
    Field("can_pay_fees", "bool", "the person or a supporter can pay the filing fees", _always),
    Field("needed_by", "date", "when the person must be in the U.S. (or stay until)", _always),
    Field(
        "risk_factors",
        "enum_list",
        "things in the person's history that weigh against parole",
        _always,
        RISK_FACTORS,
    ),
    Field(
        "nta_served_on",
        "date",
        "the day a Notice to Appear was served",
        _listed("risk_factors", "removal_proceedings"),
    ),
    Field(
        "evidence_on_hand", "enum_list", "documents the person already has", _always, EVIDENCE_IDS
    ),
)

FIELDS: dict[str, Field] = {f.key: f for f in SCHEMA}
LIST_KEYS = frozenset(f.key for f in SCHEMA if f.kind == "enum_list")

_COUNTRY = re.compile(r"[A-Z]{2}")  # used with fullmatch: "UA\n" is refused
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only


class AnswersError(ValueError):
    """Bad answers. `problems` maps every offending key to why it was refused."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(sorted(problems.items()))
        lines = [f"{key}: {why}" for key, why in self.problems.items()]
        super().__init__("invalid answers:\n" + "\n".join(lines))


def _check(field: Field, value: Any) -> tuple[Any, str | None]:
    """Return (typed value, None) or (None, why it is refused)."""
    kind = field.kind
    if kind == "enum":
        if not isinstance(value, str):
            return None, f"must be a string, one of: {', '.join(field.choices)}"
        if value not in field.choices:
            return None, f"{value!r} is not one of: {', '.join(field.choices)}"
        return value, None
    if kind == "enum_list":
        if not isinstance(value, list):
            return None, f"must be a list of: {', '.join(field.choices)}"
        bad = [item for item in value if not isinstance(item, str) or item not in field.choices]
        if bad:
            return None, f"{', '.join(map(repr, bad))} not in: {', '.join(field.choices)}"
        return tuple(dict.fromkeys(value)), None  # keeps order, drops repeats
    if kind == "bool":
        if not isinstance(value, bool):
            return None, "must be true or false"
        return value, None
    if kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return None, "must be a date written YYYY-MM-DD"
        try:
            return dt.date.fromisoformat(value), None
        except ValueError:
            return None, f"{value!r} is not a real calendar date"
    if kind == "country":
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
            return None, "must be a two-letter ISO 3166-1 country code in upper case, like UA"
        return value, None
    if kind in ("integer", "number"):
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        if not numeric or (kind == "integer" and not whole):
            word = "a whole number" if kind == "integer" else "a number"
            return None, f"must be {word}"
        if value != value or value in (float("inf"), float("-inf")):
            return None, "must be a finite number"
        if field.minimum is not None and value < field.minimum:
            return None, f"must be at least {field.minimum:g}"
        if field.maximum is not None and value > field.maximum:
            return None, f"must be at most {field.maximum:g}"
        return (int(value) if kind == "integer" else value), None
    raise AssertionError(f"unknown kind {kind}")  # pragma: no cover


_GOAL_LOCATION = {
    "come_to_us": "outside_us",
    "stay_in_us": "inside_us",
    "travel_and_return": "inside_us",
}


@dataclass(frozen=True)
class Answers:
    """Validated answers. Missing keys are simply absent: the rules say what is unknown."""

    values: Mapping[str, Any]

    @classmethod
    def from_dict(cls, data: Any) -> Answers:
        if not isinstance(data, Mapping):
            raise AnswersError({"(answers)": "must be a JSON object of answer keys"})
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            field = FIELDS.get(key)
            if field is None:
                problems[str(key)] = "unknown answer key"
                continue
            if raw is None:  # an explicit null is the same as not answered
                continue
            value, why = _check(field, raw)
            if why:
                problems[key] = why
            else:
                values[key] = value
        location, goal = values.get("location"), values.get("goal")
        if location and goal and _GOAL_LOCATION[goal] != location:
            problems["goal"] = f"{goal!r} does not fit location {location!r}"
        if problems:
            raise AnswersError(problems)
        return cls(values)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def has(self, key: str) -> bool:
        return key in self.values

    def items(self, key: str) -> tuple[str, ...]:
        """A list answer as a tuple (empty when missing)."""
        return tuple(self.values.get(key, ()))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready answers in schema order (dates as YYYY-MM-DD, lists as lists)."""
        out: dict[str, Any] = {}
        for field in SCHEMA:
            if field.key in self.values:
                value = self.values[field.key]
                if isinstance(value, dt.date):
                    value = value.isoformat()
                elif isinstance(value, tuple):
                    value = list(value)
                out[field.key] = value
        return out


def applicable_keys(raw: Raw) -> set[str]:
    """Keys that are asked given these (raw, JSON-shaped) answers."""
    return {field.key for field in SCHEMA if field.applies(raw)}


def ignored_keys(raw: Raw) -> list[str]:
    """Answered keys that do not apply to the path taken, in schema order."""
    return [f.key for f in SCHEMA if f.key in raw and raw[f.key] is not None and not f.applies(raw)]


def prune(raw: Raw) -> dict[str, Any]:
    """The answers without those that no longer apply (applied until nothing changes)."""
    current = {k: v for k, v in raw.items() if v is not None}
    while True:
        kept = {k: v for k, v in current.items() if k not in FIELDS or FIELDS[k].applies(current)}
        if kept == current:
            return kept
        current = kept
