"""The people of the TPS and asylum tests, and how those tests read a result."""

import datetime as dt

from screening.rules.answers import Answers
from screening.rules.context import Context

INSIDE = {"location": "inside_us", "goal": "stay_in_us", "beneficiary_is_minor": False}
SUDANESE = INSIDE | {
    "entry": "admitted",
    "in_us_since": "2019-08-15",
    "citizenship": "SD",
    "pending_applications": ["tps"],
    "tps_granted": True,
    "reasons": ["disaster_or_conflict"],
    "harm_individualized": False,
    "harm_imminent": False,
}
# The spouse of a soldier who entered without inspection: parole in place, where a denial can
# lead to a Notice to Appear.
SOLDIER_SPOUSE = INSIDE | {
    "entry": "without_inspection",
    "reasons": ["military_family"],
    "military_relationship": "spouse",
    "military_service": "active_duty",
}
SALVADORAN = SOLDIER_SPOUSE | {
    "citizenship": "SV",
    "in_us_since": "2000-05-01",
    "pending_applications": ["tps"],
    "tps_granted": True,
}
AS_OF = dt.date(2026, 12, 7)


def flag(result, fid):
    return next((f for f in result.flags if f.id == fid), None)


def deadline(result, did):
    return next((d for d in result.deadlines if d.id == did), None)


def ctx(answers, as_of):
    return Context(Answers.from_dict(answers), as_of)
