"""Words the rules put into a sentence's {slots} are themselves marked sentences or phrases, never
a raw answer id or status code: a translated page must not carry an English word mid-sentence."""

from __future__ import annotations

import datetime as dt

from screening.rules import assess
from screening.rules.knowledge.programs import PROGRAMS

AS_OF = dt.date(2026, 12, 1)
MILITARY_SPOUSE = {
    "location": "inside_us",
    "goal": "stay_in_us",
    "entry": "without_inspection",
    "reasons": ["military_family"],
    "military_relationship": "spouse",
    "military_service": "active_duty",
}
FLEEING = {"location": "outside_us", "goal": "come_to_us", "reasons": ["protection"]}


def test_the_military_relationship_reads_as_words_not_an_answer_id():
    pathway = assess(MILITARY_SPOUSE, as_of=AS_OF).pathway("military_parole_in_place")
    relationship = next(r for r in pathway.reasons if r.code == "military_relationship")
    assert relationship.text == (
        "You are the service member's husband or wife, a relationship the policy covers."
    )


def test_closed_refugee_admissions_are_told_in_the_programs_dated_sentence():
    result = assess(FLEEING, as_of=AS_OF)
    note = PROGRAMS["refugee_admissions"].on(AS_OF).note
    flag = next(f for f in result.flags if f.id == "refugee_channel")
    alternative = next(a for a in result.alternatives if a.id == "refugee")
    for item in (flag, alternative):
        assert note in item.text
        assert "suspended (since" not in item.text


def test_before_the_suspension_the_refugee_referral_is_suggested():
    result = assess(FLEEING, as_of=dt.date(2024, 6, 1))
    flag = next(f for f in result.flags if f.id == "refugee_channel")
    assert "Ask about a refugee referral first." in flag.text
