"""A rules message written to the applicant carries its form about the client (for staff and the
attorney's memo), and that form survives storing the result as JSON."""

import datetime as dt

from screening.rules import assess
from screening.rules.assessment import Flag, Message, Reason, Text, assessment_from_dict
from tests.conftest import load_scenarios

MILITARY_SPOUSE = next(s for s in load_scenarios() if s["file"].startswith("04-"))["answers"]


def test_a_text_is_the_applicants_message_and_carries_the_clients():
    text = Text("You said {x}.", client="The client said {x}.")
    assert text == "You said {x}." and text.client == "The client said {x}."
    message = Message(text, {"x": "yes"})
    assert message.text == "You said yes."
    assert message.client_text == "The client said yes."


def test_for_client_rewrites_prose_parameters_too_and_keeps_the_type():
    question = Text("whether you are targeted", client="whether the client is targeted")
    reason = Reason(
        Text("Not answered yet: {question}.", client="Not answered yet: {question}."),
        {"question": question},
        code="missing_harm",
        source="PM",
    )
    about = reason.for_client()
    assert isinstance(about, Reason) and about.code == "missing_harm"
    assert about.text == "Not answered yet: whether the client is targeted."
    assert reason.text == "Not answered yet: whether you are targeted."


def test_a_message_without_a_client_form_is_the_same_about_the_client():
    flag = Flag("Check uscis.gov.", id="x", severity="info")
    assert flag.for_client() == flag and flag.client_text == "Check uscis.gov."


def test_the_client_form_is_stored_and_read_back():
    data = assess(MILITARY_SPOUSE, dt.date(2026, 11, 28)).to_dict()
    for pathway in data["pathways"]:
        for reason in pathway["reasons"]:
            assert "client_text" in reason
    again = assessment_from_dict(data)
    assert again.to_dict() == data
    stored_reason = data["pathways"][0]["reasons"][0]
    assert again.pathways[0].reasons[0].client_text == stored_reason["client_text"]


def test_a_result_stored_before_client_forms_existed_reads_back_as_stored():
    data = assess(MILITARY_SPOUSE, dt.date(2026, 11, 28)).to_dict()
    for pathway in data["pathways"]:
        for reason in pathway["reasons"]:
            reason.pop("client_text")
    again = assessment_from_dict(data)
    reason = again.pathways[0].reasons[0]
    assert reason.client_text == reason.text == data["pathways"][0]["reasons"][0]["text"]
