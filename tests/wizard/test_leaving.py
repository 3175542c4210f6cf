"""Leaving and coming back: clearing answers asks first and says it is done; pages with nothing
to show say so; the "Another reason" words are kept but never reach the rules."""

import pytest

from screening.wizard.session import RESULT_KEY
from tests.walker import APPLICANT, walk

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

OUTSIDE = {"location": "outside_us", "goal": "come_to_us"}
ABOUT = {"citizenship": "HN", "beneficiary_is_minor": False, "special_categories": []}


def test_start_again_asks_to_confirm_then_says_it_is_done(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    check = client.get("/screen/check/").content.decode()
    assert 'href="/screen/start-again/"' in check  # a link to a question, not an instant wipe
    confirm = client.get("/screen/start-again/")
    html = confirm.content.decode()
    assert "Clear your answers and start again?" in html
    assert 'name="start_again"' in html and "No, keep my answers" in html
    assert client.get("/screen/check/").status_code == 200  # asking cleared nothing
    response = client.post("/screen/", {"start_again": "1"})
    assert response["Location"] == "/screen/cleared/"
    done = client.get("/screen/cleared/").content.decode()
    assert "Your answers have been cleared" in done
    assert "Start a new screening" in done
    assert "There is no screening in progress" in client.get("/screen/check/").content.decode()


def test_the_landing_page_links_to_the_question_too(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    html = client.get("/").content.decode()
    assert 'href="/screen/start-again/"' in html
    assert 'name="start_again"' not in html


def test_check_with_no_screening_says_so_and_offers_to_start(client):
    page = client.get("/screen/check/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "There is no screening in progress" in html
    assert "Start a screening" in html


def test_a_result_opened_before_confirming_says_the_screening_is_not_finished(client):
    answer(client, "situation", **OUTSIDE)
    html = client.get("/result/").content.decode()
    assert "Your screening is not finished yet" in html
    assert "Continue your screening" in html
    # check with answers in progress still goes to the next question
    assert client.get("/screen/check/")["Location"] == "/screen/about_you/"


def _reasons(client, reasons, text=None):
    data = {MANAGEMENT: "reasons", "reasons-reasons": reasons}
    if text is not None:
        data["reasons-other_reason_text"] = text
    return client.post("/screen/reasons/", data)


def test_another_reason_keeps_her_words_but_the_rules_never_see_them(client, medical_answers):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", **ABOUT)
    page = client.get("/screen/reasons/").content.decode()
    assert "200 characters at most" in page
    assert _reasons(client, ["other"], "To testify for my neighbour").status_code == 302
    walk(client, APPLICANT, medical_answers | ABOUT | {"reasons": ["other"]})
    check = client.get("/screen/check/")
    rows = {row["key"]: row for group in check.context["groups"] for row in group["rows"]}
    assert rows["other_reason_text"]["answer"] == "To testify for my neighbour"
    assert "To testify for my neighbour" in check.content.decode()
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    assert "other_reason_text" not in client.session[RESULT_KEY]["answers"]
    assert "neighbour" not in str(client.session[RESULT_KEY])
    # shown again when she goes back to the question
    assert 'value="To testify for my neighbour"' in client.get("/screen/reasons/").content.decode()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x" * 201, "Say it in 200 characters or fewer. You used 201."),
        ("bad\x00byte", "Your other reason contains a hidden control character."),
        ("abc\u202eevil", "changes the direction of the text"),
    ],
)
def test_another_reason_refuses_long_or_hidden_text_and_keeps_the_ticks(client, text, error):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", **ABOUT)
    page = _reasons(client, ["other", "funeral"], text)
    assert page.status_code == 200
    html = page.content.decode()
    assert error in html
    assert 'value="funeral" checked' in html
    assert page.context["errors"][0]["anchor"] == "id_reasons-other_reason_text"


def test_words_without_ticking_another_reason_are_questioned(client):
    answer(client, "situation", **OUTSIDE)
    answer(client, "about_you", **ABOUT)
    page = _reasons(client, ["funeral"], "My cousin")
    assert page.status_code == 200
    assert "Tick “Another reason” too, or clear the box." in page.content.decode()
