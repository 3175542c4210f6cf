"""The intake asks nothing twice: a relative the family step recorded ("my husband, a U.S.
citizen") is not offered again, unticked, by "Your family in the U.S."; it is filled in from
that answer, and follows it when it changes."""

from __future__ import annotations

import re

import pytest

from screening.models import Case, Status
from screening.questions.implied import implied_items, with_implied
from tests.staff.conftest import intake_url, make_case
from tests.walker import intake, walk

pytestmark = pytest.mark.django_db

JOINING_HUSBAND = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "CU",
    "beneficiary_is_minor": False,
    "reasons": ["family_reunification"],
    "relative_relationship": "spouse",
    "relative_status": "us_citizen",
    "us_relatives": [],  # "None of these" among what the page still offers
}
SPOUSE = "A husband or wife who is a U.S. citizen"


def asked_keys(page) -> list[str]:
    return [row["key"] for row in page.context["rows"]]


def test_walking_the_intake_asks_each_question_once_and_fills_the_implied_one(paralegal_client):
    case = make_case(None, status=Status.DRAFT, client_name="Yanet Perez")
    wizard = intake(case)
    walk(paralegal_client, wizard, JOINING_HUSBAND, stop_before="us_family")
    page = paralegal_client.get(wizard.url("us_family"))
    html = page.content.decode()
    assert 'value="usc_spouse"' not in html  # not offered again
    assert "Already recorded from an earlier answer, so not asked again:" in html
    assert re.search(rf"<li>{re.escape(SPOUSE)}</li>", html)
    assert 'value="usc_parent"' in html  # the others are still asked
    done = walk(paralegal_client, wizard, JOINING_HUSBAND)
    asked = done.visited
    assert len(asked) == len(set(asked))
    management = f"{wizard.prefix}-current_step"
    paralegal_client.post(intake_url(case, "check"), {management: "check"})
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.SCREENED
    assert case.answers["us_relatives"] == ["usc_spouse"]


def test_every_page_of_a_walk_asks_only_what_no_earlier_page_gave(paralegal_client):
    case = make_case(None, status=Status.DRAFT, client_name="Yanet Perez")
    wizard = intake(case)
    seen: dict[str, str] = {}
    steps = walk(paralegal_client, wizard, JOINING_HUSBAND).visited
    for step in steps:
        page = paralegal_client.get(wizard.url(step))
        for key in asked_keys(page):
            assert key not in seen, f"{key} asked on {step} and {seen[key]}"
            seen[key] = step
        for row in page.context["rows"]:
            offered = {option["value"] for option in row.get("options", [])}
            given = set(implied_items(row["key"], with_implied(JOINING_HUSBAND)))
            assert not offered & given, (step, row["key"])


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, ["usc_spouse"]),
        ({"relative_relationship": "parent"}, ["usc_parent"]),
        ({"relative_status": "lpr"}, ["lpr_spouse"]),
        ({"relative_relationship": "child"}, []),  # their age decides: still asked
        ({"reasons": ["funeral"], "relative_condition": "deceased"}, []),
        ({"reasons": ["family_reunification", "military_family"]}, []),  # two relatives
        ({"relative_status": None}, []),  # not sure
    ],
)
def test_what_is_implied_follows_the_earlier_answer(changes, expected):
    answers = JOINING_HUSBAND | changes
    assert with_implied(answers)["us_relatives"] == expected


def test_an_unanswered_list_is_left_to_be_asked():
    answers = {k: v for k, v in JOINING_HUSBAND.items() if k != "us_relatives"}
    assert "us_relatives" not in with_implied(answers)
