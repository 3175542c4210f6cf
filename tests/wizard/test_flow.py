"""Moving through the wizard: start, branches, progress, Back, direct URLs, start again."""

import pytest

from screening.questions import STEPS
from tests.walker import APPLICANT, LEFT_OUT, post_step, step_of, walk

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

OUTSIDE = {"location": "outside_us", "goal": "come_to_us"}
ABOUT = {"citizenship": "", "beneficiary_is_minor": False, "special_categories": []}


def checked(page, key):
    row = next(row for row in page.context["rows"] if row["key"] == key)
    return [option["value"] for option in row["options"] if option["checked"]]


def test_start_goes_to_the_first_question(client):
    response = client.get("/screen/")
    assert response["Location"] == "/screen/situation/"
    page = client.get("/screen/situation/")
    assert "Where are you now?" in page.content.decode()
    assert page.context["progress"]["number"] == 1


def test_start_resumes_at_the_first_unanswered_step(client):
    answer(client, "situation", **OUTSIDE)
    assert client.get("/screen/")["Location"] == "/screen/about_you/"


@pytest.mark.parametrize(
    ("reason", "next_step"),
    [
        ("medical_treatment", "medical"),
        ("organ_donor", "donation"),
        ("visit_ill_relative", "family"),
        ("funeral", "family"),
        ("family_reunification", "family"),
        ("protection", "safety"),
        ("disaster_or_conflict", "safety"),
        ("court_proceeding", "court"),
        ("law_enforcement", "court"),
        ("military_family", "family"),
        ("entrepreneur", "startup"),
        ("other", "visa"),
    ],
)
def test_each_reason_opens_its_topic(client, reason, next_step):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", **ABOUT)
    response = answer(client, "reasons", reasons=[reason])
    assert step_of(response) == next_step


def test_inside_the_us_asks_how_you_entered_and_about_a_current_parole(client):
    assert step_of(answer(client, "situation", location="inside_us", goal="stay_in_us")) == "entry"
    assert step_of(answer(client, "entry", entry="paroled")) == "current_parole"
    answer(client, "entry", entry="admitted")
    assert client.get("/screen/current_parole/")["Location"] == "/screen/about_you/"


def test_outside_the_us_never_asks_how_you_entered(client):
    assert step_of(answer(client, "situation", **OUTSIDE)) == "about_you"
    assert client.get("/screen/entry/").status_code == 302


def test_every_step_is_reachable(client, medical_answers):
    seen = set()
    paths = [
        medical_answers | {"beneficiary_is_minor": True, "medical_patient": "minor_child"},
        medical_answers | {"reasons": ["funeral", "protection", "court_proceeding", "organ_donor"]},
        medical_answers | {"reasons": ["entrepreneur", "military_family"], "citizenship": "CU"},
        medical_answers
        | {
            "medical_life_threatening": False,
            "us_relatives": ["usc_parent"],
            "risk_factors": ["removal_proceedings"],
        },
        {
            "location": "inside_us",
            "goal": "stay_in_us",
            "entry": "paroled",
            "parole_program": "none",
            "reasons": ["military_family"],
        },
        {
            "location": "inside_us",
            "goal": "stay_in_us",
            "entry": "without_inspection",
            "in_us_since": "2005-03-14",
            "reasons": ["other"],
            "pending_applications": ["i589", "tps"],
            "tps_granted": True,
            "petition_245i": "filed_1998_01_15_to_2001_04_30",
        },
    ]
    for answers in paths:
        client.post("/screen/", {"start_again": "1"})
        visited = walk(client, APPLICANT, answers).visited
        seen.update(visited)
    assert seen == {step.name for step in STEPS}


def test_a_minor_patient_is_asked_about_adoption(client, medical_answers):
    walk(client, APPLICANT, medical_answers | {"beneficiary_is_minor": True})
    keys = [row["key"] for row in client.get("/screen/medical/").context["rows"]]
    assert "adopted_child_in_custody" in keys
    client.post("/screen/", {"start_again": "1"})
    walk(client, APPLICANT, medical_answers)
    keys = [row["key"] for row in client.get("/screen/medical/").context["rows"]]
    assert "adopted_child_in_custody" not in keys


def _progress_text(page):
    return page.context["progress"]["number"], page.context["progress"]["total"]


def test_progress_names_four_sections_that_never_grow_or_go_back(client, medical_answers):
    visited = walk(client, APPLICANT, medical_answers).visited
    seen = [_progress_text(client.get(f"/screen/{step}/")) for step in visited]
    seen.append(_progress_text(client.get("/screen/check/")))
    assert {total for _number, total in seen} == {4}
    numbers = [number for number, _total in seen]
    assert numbers == sorted(numbers)  # never backwards while she goes forward
    assert numbers[0] == 1 and numbers[-1] == 4
    html = client.get("/screen/reasons/").content.decode()
    assert "Part 2 of 4: Your reason" in html
    assert 'aria-current="step"' in html
    assert 'About you <span class="visually-hidden">completed</span>' in html
    # a branch that adds a topic changes no page's count
    answer(client, "reasons", reasons=["medical_treatment", "funeral"])
    assert _progress_text(client.get("/screen/situation/")) == (1, 4)
    assert _progress_text(client.get("/screen/family/")) == (2, 4)


def test_every_step_belongs_to_a_section():
    from screening.questions import SECTION_OF_STEP, SECTIONS, STEPS

    assert set(SECTION_OF_STEP) == {step.name for step in STEPS}
    order = [section.name for section in SECTIONS]
    indexes = [order.index(SECTION_OF_STEP[step.name]) for step in STEPS]
    assert indexes == sorted(indexes)


def test_back_link_goes_to_the_previous_step_that_applies(client):
    answer(client, "situation", **OUTSIDE)
    page = client.get("/screen/about_you/")
    assert page.context["back_url"] == "/screen/situation/"
    assert 'href="/screen/situation/" class="back-link"' in page.content.decode()
    assert client.get("/screen/situation/").context["back_url"] == "/"


def test_going_back_keeps_the_answers(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", citizenship="UA", beneficiary_is_minor=True, special_categories=[])
    page = client.get("/screen/situation/")
    assert checked(page, "location") == ["outside_us"]
    assert checked(page, "goal") == ["come_to_us"]
    page = client.get("/screen/about_you/")
    assert checked(page, "beneficiary_is_minor") == ["yes"]
    assert checked(page, "special_categories") == ["none_of_these"]
    assert '<option value="UA" selected>' in page.content.decode()


def test_a_later_step_url_redirects_to_the_first_unanswered_step(client):
    assert client.get("/screen/documents/")["Location"] == "/screen/situation/"
    answer(client, "situation", **OUTSIDE)
    assert client.get("/screen/timing/")["Location"] == "/screen/about_you/"
    response = answer(client, "timing", needed_by="2027-01-01")
    assert response["Location"] == "/screen/about_you/"
    assert client.get("/screen/check/")["Location"] == "/screen/about_you/"


def test_an_unknown_step_redirects(client):
    assert client.get("/screen/no-such-step/")["Location"] == "/screen/situation/"


def test_start_again_clears_the_answers_and_the_result(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    client.post("/screen/check/", {"screening_wizard-current_step": "check", "confirm": "1"})
    assert "screening_result" in client.session
    response = client.post("/screen/", {"start_again": "1"})
    assert response["Location"] == "/screen/cleared/"
    assert "screening_result" not in client.session
    page = client.get("/screen/situation/")
    assert checked(page, "location") == []


def test_a_donor_is_asked_what_the_donation_needs(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", **ABOUT)
    reasons_page = client.get("/screen/reasons/").content.decode()
    assert "To donate an organ, bone marrow or other tissue" in reasons_page
    answer(client, "reasons", reasons=["organ_donor"])
    page = client.get("/screen/donation/")
    keys = [row["key"] for row in page.context["rows"]]
    assert keys == ["donation_patient_relationship", "donation_center_confirmed", "donation_date"]
    html = page.content.decode()
    assert "My grandchild" in html
    assert "transplant center" in html


def test_the_follow_up_questions_open_only_when_they_apply(client, medical_answers):
    """Urgency only for treatment that is not life-threatening; the unmarried-under-21 question
    only with a U.S.-citizen parent; the Notice to Appear date only in removal proceedings."""
    visited = walk(client, APPLICANT, medical_answers).visited
    assert not {"medical_urgency", "us_parent", "court_case"} & set(visited)
    client.post("/screen/", {"start_again": "1"})
    answers = medical_answers | {
        "medical_life_threatening": False,
        "medical_urgent": True,
        "us_relatives": ["usc_parent", "lpr_spouse"],
        "unmarried_under_21": True,
        "risk_factors": ["removal_proceedings"],
        "nta_served_on": "2024-06-01",
    }
    visited = walk(client, APPLICANT, answers).visited
    assert {"medical_urgency", "us_parent", "court_case"} <= set(visited)
    assert visited.index("medical_urgency") == visited.index("medical") + 1
    page = client.get("/screen/court_case/").content.decode()
    assert "On what day were you given a Notice to Appear?" in page
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    stored = client.session["screening_result"]["answers"]
    assert stored["medical_urgent"] is True
    assert stored["unmarried_under_21"] is True
    assert stored["nta_served_on"] == "2024-06-01"


def test_inside_the_us_asks_the_last_arrival_and_offers_release_on_papers(client):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    page = client.get("/screen/entry/")
    keys = [row["key"] for row in page.context["rows"]]
    assert keys == ["detained", "entry", "in_us_since"]
    html = page.content.decode()
    assert "On what day did you last arrive in the U.S.?" in html
    assert 'value="released_from_custody"' in html
    assert "Form I-220A" in html


def test_a_last_arrival_in_the_future_is_refused_and_the_typed_date_kept(client):
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    typed = {"entry-in_us_since_0": "1", "entry-in_us_since_1": "1", "entry-in_us_since_2": "2200"}
    answers = {"entry": "without_inspection", "in_us_since": LEFT_OUT}
    response = post_step(client, APPLICANT, "entry", answers, extra=typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This date is still to come." in html
    assert 'value="2200"' in html
    assert 'value="without_inspection" checked' in html
