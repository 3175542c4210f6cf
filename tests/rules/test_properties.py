"""Property tests: any valid answer set gives a well-formed assessment; any invalid one is refused
with an error naming exactly the corrupted keys.

The answer sets are built from `SCHEMA` itself, so a key added to the schema is covered at once.
The ids the assessment may use are the declared lists (`PATHWAY_IDS` ... in `assessment.py`,
`EVIDENCE_IDS` in `values.py`), not what the engine happens to return, so an engine that invents an
id fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.rules import SCHEMA, AnswersError, assess
from screening.rules.answers import _GOAL_LOCATION
from screening.rules.assessment import (
    ALTERNATIVE_IDS,
    FEE_DUE,
    FEE_IDS,
    FILERS,
    FLAG_IDS,
    PATHWAY_IDS,
    SEVERITIES,
    URGENCIES,
    VERDICTS,
)
from screening.rules.values import EVIDENCE_IDS, SPECIAL_CATEGORIES
from tests.helpers import marked_messages

PAROLE_FEE_EXCEPTIONS = {
    "medical_emergency",
    "parent_of_minor_medical_emergency",
    "organ_donor",
    "imminent_death_of_family_member",
    "funeral",
    "adopted_child_medical",
    "adjustment_applicant_returning",
    "cuban_haitian_entrant",
    "contiguous_return_hearing",
    "law_enforcement_assistance",
}
# Why an I-131 fee is $0: Military PIP, a G-1055 category, or the Afghan re-parole exemption.
I131_EXEMPTIONS = {"military_parole_in_place", "afghan_re_parole", "immvi", *SPECIAL_CATEGORIES}
FORM_IDS = {"I-131", "I-134", "I-134A", "I-912", "I-941", "I-131F"}  # I-131F: 2024 only
SCHEMA_KEYS = {field.key for field in SCHEMA}


MARKED = marked_messages()
FIELDS = {field.key: field for field in SCHEMA}

# Countries the rules single out, plus any other pair of capitals.
COUNTRIES = st.one_of(
    st.sampled_from(["UA", "AF", "IQ", "CU", "HT", "NI", "VE", "CO", "EC", "SV", "GT", "HN"]),
    st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2),
)
DATES = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
AS_OF = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2027, 12, 31))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def value_strategy(field) -> st.SearchStrategy:
    """Any value of the right kind for `field`, within its choices and bounds (JSON-shaped)."""
    if field.kind == "enum":
        return st.sampled_from(field.choices)
    if field.kind == "enum_list":
        return st.lists(st.sampled_from(field.choices), unique=True, max_size=len(field.choices))
    if field.kind == "bool":
        return st.booleans()
    if field.kind == "date":
        return DATES.map(dt.date.isoformat)
    if field.kind == "country":
        return COUNTRIES
    low = int(field.minimum) if field.minimum is not None else 0
    high = int(field.maximum) if field.maximum is not None else 2_000_000
    if field.kind == "integer":
        return st.integers(min_value=low, max_value=high)
    return st.one_of(
        st.integers(min_value=low, max_value=high),
        st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False),
    )


# Keys that route to pathways are present more often, so deeper paths are reached.
ROUTING = {"location", "goal", "entry", "parole_program", "reasons"}


@st.composite
def valid_answers(draw) -> dict:
    answers: dict = {}
    for field in SCHEMA:
        chance = 85 if field.key in ROUTING else 50
        if draw(st.integers(min_value=0, max_value=99)) < chance:
            if field.key == "reasons":  # one to three reasons, as people give them
                answers["reasons"] = draw(
                    st.lists(st.sampled_from(field.choices), unique=True, min_size=1, max_size=3)
                )
            else:
                answers[field.key] = draw(value_strategy(field))
    goal, location = answers.get("goal"), answers.get("location")
    if goal is not None and location is not None and _GOAL_LOCATION[goal] != location:
        answers["location"] = _GOAL_LOCATION[goal]  # keep the pair consistent
    return answers


def corruptions(key: str) -> st.SearchStrategy:
    """Bad values for `key`: a wrong type, a value outside its list, an impossible date, a number
    out of range."""
    field = FIELDS[key]
    wrong_type = {
        "enum": st.sampled_from([5, True, ["outside_us"], {"a": 1}]),
        "enum_list": st.sampled_from(["crime", 7, {"x": 1}, True]),
        "bool": st.sampled_from(["yes", "true", 1, 0, [], "false"]),
        "date": st.sampled_from([20260101, "28/11/2026", "2026-1-1", True, "tomorrow"]),
        "country": st.sampled_from(["ua", "UKR", "U", 12, "Ukraine", "UA ", "UA\n"]),
        "integer": st.sampled_from(["12", 1.5, True, [3], "many"]),
        "number": st.sampled_from(["12", True, "many", [3]]),
    }[field.kind]
    options = [wrong_type]
    if field.kind == "enum":
        options.append(st.sampled_from(["maybe", "OUTSIDE_US", "", "other_value"]))
    if field.kind == "enum_list":
        options.append(
            st.lists(st.sampled_from(field.choices), max_size=2).map(lambda v: [*v, "not_an_id"])
        )
    if field.kind == "date":
        options.append(st.sampled_from(["2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31"]))
    if field.kind in ("integer", "number"):
        if field.minimum is not None:
            options.append(st.just(int(field.minimum) - 1))
        if field.maximum is not None:
            options.append(st.just(int(field.maximum) + 1))
        if field.kind == "number":
            options.append(st.sampled_from([math.nan, math.inf]))
    return st.one_of(options)


@st.composite
def invalid_answers(draw) -> tuple[dict, set[str]]:
    answers = draw(valid_answers())
    bad = draw(st.sets(st.sampled_from(sorted(SCHEMA_KEYS)), min_size=0, max_size=4))
    for key in bad:
        answers[key] = draw(corruptions(key))
    unknown = draw(
        st.sets(
            st.sampled_from(["favourite_colour", "Location", "reason", "notes", "ssn", ""]),
            max_size=2,
        )
    )
    for key in unknown:
        answers[key] = draw(st.sampled_from(["blue", 1, True, None, []]))
    corrupted = bad | unknown
    if not corrupted:
        key = draw(st.sampled_from(sorted(SCHEMA_KEYS)))
        answers[key] = draw(corruptions(key))
        corrupted = {key}
    return answers, corrupted


# ---------------------------------------------------------------------------------------------
# Valid answers: a well-formed assessment


@SETTINGS
@given(answers=valid_answers(), as_of=AS_OF)
def test_any_valid_answers_give_a_well_formed_assessment(answers, as_of):
    result = assess(answers, as_of)
    data = result.to_dict()
    json.dumps(data, allow_nan=False)  # JSON-serializable, no NaN

    assert data["as_of"] == as_of.isoformat()
    assert data["urgency"] in URGENCIES
    assert data["rules_version"] == result.rules_version

    ids = [p.id for p in result.pathways]
    assert len(ids) == len(set(ids))
    for pathway in result.pathways:
        assert pathway.id in PATHWAY_IDS
        assert pathway.verdict in VERDICTS
        assert pathway.files in FILERS
        assert pathway.reasons, pathway.id
        for reason in pathway.reasons:
            assert reason.source.strip(), (pathway.id, reason.code)
            assert reason.text.strip()
            assert reason.code
            assert set(reason.answers) <= SCHEMA_KEYS, reason.answers
            assert reason.met in (True, False, None)

    for form in result.forms:
        assert form.id in FORM_IDS
        assert form.source.strip()
        assert set(form.for_pathways) <= set(ids)

    fee_ids = [fee.id for fee in result.fees]
    assert len(fee_ids) == len(set(fee_ids))
    for fee in result.fees:
        assert fee.id in FEE_IDS
        assert fee.source.strip(), fee.id
        assert fee.text.strip()
        assert fee.due in FEE_DUE
        assert fee.confidence in ("C", "S", "U")
        assert fee.exempt == (fee.exception is not None)
        if fee.id == "parole_fee":
            assert fee.exception is None or fee.exception in PAROLE_FEE_EXCEPTIONS
            assert fee.waivable is False
            assert fee.due == "on_grant"
        else:
            assert fee.exception is None or fee.exception in I131_EXEMPTIONS
        if fee.amount_usd is None:
            assert "not confirmed" in fee.text

    have = set(answers.get("evidence_on_hand") or ())
    for item in result.evidence:
        assert item.id in EVIDENCE_IDS
        assert item.have == (item.id in have)
        assert item.for_pathways and set(item.for_pathways) <= set(ids)

    for flag in result.flags:
        assert flag.id in FLAG_IDS
        assert flag.severity in SEVERITIES
        assert flag.source.strip(), flag.id
        assert flag.text.strip()

    for group in (result.flags, result.alternatives, result.evidence):
        ids_in_group = [item.id for item in group]
        assert len(ids_in_group) == len(set(ids_in_group)), ids_in_group

    for alternative in result.alternatives:
        assert alternative.id in ALTERNATIVE_IDS
        assert alternative.source.strip()

    assert set(result.ignored_answers) <= set(answers)
    assert set(result.unknowns) <= SCHEMA_KEYS

    # Forms and evidence are asked only for pathways that are open (and for the letter asking ICE
    # for parole from custody, which ICE decides); a closed program says why.
    verdicts = {p.id: p.verdict for p in result.pathways}
    for item in [*result.forms, *result.evidence]:
        ok = ("likely", "possible")
        assert all(verdicts[p] in ok or p == "custody_parole" for p in item.for_pathways), item.id
    for pathway in result.pathways:
        if pathway.verdict == "unavailable":
            assert any(r.met is False for r in pathway.reasons), pathway.id
        if pathway.verdict == "likely" and pathway.id != "humanitarian_parole":
            # (one urgent ground carries a humanitarian request even if another is incomplete)
            assert not any(r.code.startswith("missing_") for r in pathway.reasons), pathway.id

    # Every text is one whole sentence marked for translation (docs/rules.md, Translation).
    items = [r for p in result.pathways for r in p.reasons]
    items += [*result.forms, *result.fees, *result.flags, *result.alternatives]
    if result.urgency_reason is not None:
        items.append(result.urgency_reason)
    for item in items:
        assert not item.message or item.message in MARKED, item.message


@SETTINGS
@given(answers=valid_answers(), as_of=AS_OF)
def test_ignored_answers_do_not_change_the_assessment(answers, as_of):
    result = assess(answers, as_of)
    kept = {k: v for k, v in answers.items() if k not in result.ignored_answers}
    again = assess(kept, as_of).to_dict()
    assert again["ignored_answers"] == []
    first = result.to_dict()
    first.pop("ignored_answers")
    again.pop("ignored_answers")
    assert first == again


# ---------------------------------------------------------------------------------------------
# Invalid answers: one error naming exactly the bad keys


@SETTINGS
@given(case=invalid_answers())
def test_any_invalid_answers_are_refused_naming_exactly_the_bad_keys(case):
    answers, corrupted = case
    try:
        assess(answers, dt.date(2026, 11, 28))
    except AnswersError as error:
        assert set(error.problems) == corrupted
        assert all(why.strip() for why in error.problems.values())
    else:
        raise AssertionError(f"accepted bad answers {sorted(corrupted)}")


def test_a_goal_that_does_not_fit_the_location_is_refused_naming_goal():
    try:
        assess({"location": "inside_us", "goal": "come_to_us"}, dt.date(2026, 11, 28))
    except AnswersError as error:
        assert set(error.problems) == {"goal"}
    else:
        raise AssertionError("accepted come_to_us from inside the U.S.")


def test_answers_that_are_not_an_object_are_refused():
    for data in ([], "outside_us", 3, None):
        try:
            assess(data, dt.date(2026, 11, 28))
        except AnswersError as error:
            assert error.problems
        else:
            raise AssertionError(f"accepted {data!r}")
