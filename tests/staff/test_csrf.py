"""CSRF is enforced on every staff form: a POST without the token is refused."""

import pytest
from django.test import Client
from django.urls import reverse

from screening.models import Case, Note

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db

POSTS = [
    ("staff:case_new", False, {"client_name": "No Token"}),
    ("staff:case_edit", True, {"client_name": "No Token"}),
    ("staff:note_add", True, {"body": "No token", "kind": "internal"}),
    ("staff:evidence_update", True, {}),
    ("staff:status_change", True, {"status": "closed"}),
    ("staff:mark_reviewed", True, {}),
    ("staff:rescreen", True, {}),
    ("staff:intake_start", True, {"start_again": "1"}),
]


@pytest.fixture
def csrf_client(attorney):
    client = Client(enforce_csrf_checks=True)
    client.force_login(attorney)
    return client


@pytest.mark.parametrize("name,takes_ref,data", POSTS, ids=[p[0] for p in POSTS])
def test_post_without_csrf_token_is_refused(csrf_client, name, takes_ref, data):
    case = make_case(MEDICAL, client_name="Token Client")
    url = reverse(name, args=[case.reference] if takes_ref else [])
    response = csrf_client.post(url, data)
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.client_name == "Token Client" and case.status == "screened"
    assert not Note.objects.exists()
    assert Case.objects.count() == 1


def test_post_with_the_token_from_the_page_works(csrf_client):
    case = make_case(MEDICAL, client_name="Token Client")
    page = csrf_client.get(reverse("staff:case_detail", args=[case.reference]))
    token = page.context["csrf_token"]
    response = csrf_client.post(
        reverse("staff:note_add", args=[case.reference]),
        {"body": "With token", "kind": "internal", "csrfmiddlewaretoken": str(token)},
    )
    assert response.status_code == 302
    assert Note.objects.get().body == "With token"


def test_every_staff_form_carries_a_csrf_token(csrf_client):
    case = make_case(MEDICAL, client_name="Token Client")
    for url in (
        reverse("staff:case_detail", args=[case.reference]),
        reverse("staff:case_edit", args=[case.reference]),
        reverse("staff:case_new"),
        reverse("staff:rescreen", args=[case.reference]),
    ):
        html = csrf_client.get(url).content.decode()
        assert html.count('method="post"') == html.count('name="csrfmiddlewaretoken"'), url
