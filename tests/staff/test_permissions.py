"""Who may do what: every staff URL and method, for every persona, and on whose cases.

anonymous -> the login page; outsider (logged in, no role) -> 403; a paralegal does intake, notes,
evidence and status but cannot mark reviewed, accept a re-screen or write attorney notes; an
attorney and an administrator can do everything. Whose cases: a paralegal reaches the cases
assigned to them and unassigned ones (a colleague's case is "not found"); attorneys and
administrators reach every case; STAFF_SHARED_CASES=true opens every case to every staff member.
"""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from screening.models import Case, Note, Status

from .conftest import PERSONAS, make_case, opened_now

pytestmark = pytest.mark.django_db

PARALEGAL_DENIED = {"mark_reviewed:POST", "rescreen:POST", "note_add:POST:attorney"}

# (key, url name, method, takes a reference, POST data)
ENDPOINTS = [
    ("case_list:GET", "staff:case_list", "get", False, None),
    ("deadline_list:GET", "staff:deadline_list", "get", False, None),
    ("case_new:GET", "staff:case_new", "get", False, None),
    ("case_new:POST", "staff:case_new", "post", False, {"client_name": "New Client"}),
    ("case_detail:GET", "staff:case_detail", "get", True, None),
    ("case_edit:GET", "staff:case_edit", "get", True, None),
    ("case_edit:POST", "staff:case_edit", "post", True, {"client_name": "Renamed Client"}),
    ("intake_start:GET", "staff:intake_start", "get", True, None),
    ("intake_step:GET", "staff:intake_step", "get", True, None),
    ("note_add:POST", "staff:note_add", "post", True, {"body": "A note", "kind": "internal"}),
    ("note_add:POST:attorney", "staff:note_add", "post", True, {"body": "A", "kind": "attorney"}),
    ("evidence_update:POST", "staff:evidence_update", "post", True, {}),
    ("status_change:POST", "staff:status_change", "post", True, {"status": "in_review"}),
    ("mark_reviewed:POST", "staff:mark_reviewed", "post", True, {}),
    ("rescreen:GET", "staff:rescreen", "get", True, None),
    ("rescreen:POST", "staff:rescreen", "post", True, {}),
    ("memo_pdf:GET", "staff:memo_pdf", "get", True, None),
    ("export_json:GET", "staff:export_json", "get", True, None),
    ("case_calendar:GET", "staff:case_calendar", "get", True, None),
]


def url_for(name: str, case: Case | None, takes_ref: bool) -> str:
    if name == "staff:intake_step":
        return reverse(name, args=[case.reference, "situation"])
    return reverse(name, args=[case.reference] if takes_ref else [])


def call(client, endpoint, case):
    _key, name, method, takes_ref, data = endpoint
    url = url_for(name, case, takes_ref)
    if method == "post" and takes_ref:
        data = opened_now(case, data)
    return url, getattr(client, method)(url, data or {})


@pytest.fixture
def case(db):
    from .conftest import MEDICAL

    return make_case(MEDICAL, client_name="Matrix Client")


def expected_allowed(persona: str, key: str) -> bool:
    if persona in ("anonymous", "outsider"):
        return False
    if persona == "paralegal":
        return key not in PARALEGAL_DENIED
    return True


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_permission_matrix(persona, endpoint, persona_client, case, settings):
    client = persona_client(persona)
    url, response = call(client, endpoint, case)
    key = endpoint[0]
    if persona == "anonymous":
        assert response.status_code == 302
        target = urlsplit(response["Location"])
        assert target.path == settings.LOGIN_URL_PATH
        assert url in response["Location"]
    elif expected_allowed(persona, key):
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/accounts/login/" not in response["Location"]
    else:
        assert response.status_code == 403


@pytest.fixture(autouse=True)
def login_path(settings):
    settings.LOGIN_URL_PATH = reverse("login")


@pytest.mark.parametrize("persona", ["anonymous", "outsider"])
def test_a_guessed_reference_reveals_nothing_without_a_role(persona, persona_client, case):
    client = persona_client(persona)
    real = client.get(reverse("staff:case_detail", args=[case.reference]))
    guessed = client.get(reverse("staff:case_detail", args=["PS-2222-2222"]))
    assert real.status_code == guessed.status_code  # same answer whether the case exists or not
    assert b"Matrix Client" not in real.content


def test_outsider_changes_nothing(persona_client, case):
    client = persona_client("outsider")
    for endpoint in ENDPOINTS:
        call(client, endpoint, case)
    case.refresh_from_db()
    assert case.client_name == "Matrix Client"
    assert case.status == Status.SCREENED
    assert not Note.objects.exists()
    assert Case.objects.count() == 1


def test_paralegal_cannot_mark_reviewed(paralegal_client, case):
    response = paralegal_client.post(reverse("staff:mark_reviewed", args=[case.reference]))
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.status == Status.SCREENED and case.reviewed_by is None


def test_paralegal_sees_no_review_button_and_attorney_does(paralegal_client, attorney_client, case):
    url = reverse("staff:case_detail", args=[case.reference])
    assert "Mark reviewed" not in paralegal_client.get(url).content.decode()
    assert "Mark reviewed" in attorney_client.get(url).content.decode()


def test_login_page_is_where_the_browser_goes(client):
    response = client.get("/staff/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/?next=/staff/")
    assert "Staff sign in" in response.content.decode()


def test_login_works_with_a_password(client, paralegal):
    paralegal.set_password("correct horse battery 9")
    paralegal.save()
    response = client.post(
        "/accounts/login/",
        {"username": paralegal.username, "password": "correct horse battery 9", "next": "/staff/"},
    )
    assert response.status_code == 302 and response["Location"] == "/staff/"
    assert client.get("/staff/").status_code == 200


def test_wrong_password_shows_the_problem(client, paralegal):
    response = client.post(
        "/accounts/login/", {"username": paralegal.username, "password": "wrong"}
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


CASE_ENDPOINTS = [e for e in ENDPOINTS if e[3]]


@pytest.mark.parametrize("endpoint", CASE_ENDPOINTS, ids=[e[0] for e in CASE_ENDPOINTS])
def test_a_paralegal_gets_not_found_for_a_colleagues_case(endpoint, paralegal_client, others_case):
    _url, response = call(paralegal_client, endpoint, others_case)
    # what no paralegal may do is refused either way (403 or 404); the rest is "not found"
    allowed = {404} if expected_allowed("paralegal", endpoint[0]) else {403, 404}
    assert response.status_code in allowed
    others_case.refresh_from_db()
    assert others_case.client_name == "Other Client" and not others_case.notes.exists()


@pytest.mark.parametrize("persona", ["attorney", "admin"])
@pytest.mark.parametrize("endpoint", CASE_ENDPOINTS, ids=[e[0] for e in CASE_ENDPOINTS])
def test_attorneys_and_administrators_reach_every_case(
    persona, endpoint, persona_client, others_case
):
    _url, response = call(persona_client(persona), endpoint, others_case)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("endpoint", CASE_ENDPOINTS, ids=[e[0] for e in CASE_ENDPOINTS])
def test_shared_cases_open_every_case_to_every_staff_member(
    endpoint, paralegal_client, others_case, settings
):
    settings.STAFF_SHARED_CASES = True
    _url, response = call(paralegal_client, endpoint, others_case)
    assert (response.status_code in (200, 302)) == expected_allowed("paralegal", endpoint[0])
