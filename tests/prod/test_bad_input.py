"""Bad input answered without a 500: file parts in any POST are refused (400, nothing stored),
malformed case references and step names are 404, and the admin's change-list filters redirect
to the admin's own "invalid" notice instead of failing (on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from screening.models import AuditEvent, Case, Note
from screening.staff import urls as staff_urls
from tests.staff.conftest import MEDICAL, make_case
from tests.walker import post_data
from tests.wizard.conftest import answer

pytestmark = pytest.mark.django_db

FILES_REFUSED = "ParoleScreen does not accept files"


def a_file() -> SimpleUploadedFile:
    return SimpleUploadedFile("passport.pdf", b"%PDF-1.4 not really", "application/pdf")


@pytest.fixture
def paralegal_client(persona_client):
    client = persona_client("paralegal")
    client.raise_request_exception = False
    return client


@pytest.fixture
def admin_client(persona_client):
    client = persona_client("admin")
    client.raise_request_exception = False
    return client


# -- File parts ---------------------------------------------------------------------------------


def test_a_file_sent_to_a_wizard_step_is_refused_and_the_answers_are_kept(client):
    answer(client, "situation", location="outside_us", goal="come_to_us")
    data = post_data("about_you", {"citizenship": "NG", "beneficiary_is_minor": False})
    refused = client.post("/screen/about_you/", data | {"about_you-document": a_file()})
    assert refused.status_code == 400
    assert FILES_REFUSED in refused.content.decode()
    # The earlier answer is still there, and the refused page stored nothing.
    page = client.get("/screen/situation/")
    assert 'value="outside_us" checked' in re.sub(r"\s+", " ", page.content.decode())
    assert client.get("/screen/")["Location"] == "/screen/about_you/"


def test_a_file_sent_with_a_staff_note_is_refused_and_no_note_is_stored(paralegal_client):
    case = make_case(MEDICAL)
    refused = paralegal_client.post(
        reverse("staff:note_add", args=[case.reference]),
        {"body": "see attached", "kind": "internal", "attachment": a_file()},
    )
    assert refused.status_code == 400
    assert FILES_REFUSED in refused.content.decode()
    assert not Note.objects.exists()


def test_a_file_sent_to_the_sign_in_page_is_refused(client):
    refused = client.post(
        "/accounts/login/", {"username": "ana", "password": "x", "avatar": a_file()}
    )
    assert refused.status_code == 400
    assert FILES_REFUSED in refused.content.decode()


# -- Malformed references and steps ---------------------------------------------------------------

MALFORMED = ["PS-%00", "PS-%00%00%00%00-2222", "PS-2222-2222%00", "ps-2222-2222", "PS-2222-22220"]
MALFORMED += ["PS-IIII-OOOO", "%E2%80%AEPS-2222-2222", "PS-2222-2222;DROP", "X" * 300]


def reference_routes() -> list[str]:
    routes = []
    for pattern in staff_urls.urlpatterns:
        route = str(pattern.pattern)
        if "<reference:reference>" in route:
            routes.append("/staff/" + route.replace("<str:step>", "situation"))
    return routes


@pytest.mark.parametrize("reference", MALFORMED)
@pytest.mark.parametrize("method", ["get", "post"])
def test_malformed_references_are_not_found_on_every_case_page(
    paralegal_client, client, reference, method
):
    routes = reference_routes()
    assert len(routes) >= 10
    for route in routes:
        url = route.replace("<reference:reference>", reference)
        for who in (paralegal_client, client):
            response = getattr(who, method)(url)
            assert response.status_code == 404, (url, response.status_code)


def test_a_real_reference_still_opens_its_case(paralegal_client):
    case = make_case(MEDICAL)
    assert paralegal_client.get(f"/staff/cases/{case.reference}/").status_code == 200


@pytest.mark.parametrize("step", ["%00", "situation%00", "%E2%80%AE", "x" * 300])
def test_malformed_step_names_lead_back_to_a_real_step(paralegal_client, step):
    # An unknown step is sent to the step the wizard is at, as a stale link would be.
    case = make_case(MEDICAL)
    for url, start in (
        (f"/screen/{step}/", "/screen/"),
        (f"/staff/cases/{case.reference}/intake/{step}/", f"/staff/cases/{case.reference}/"),
    ):
        response = paralegal_client.get(url)
        assert response.status_code == 302, (url, response.status_code)
        assert response["Location"].startswith(start)
        assert paralegal_client.get(response["Location"]).status_code in (200, 302)


@pytest.mark.parametrize(
    "query",
    ["q=%00", "q=PS-%00", "status=%00", "page=%00", "sort=%00", "pathway=%00&verdict=%00"],
)
def test_case_list_filters_with_control_characters_do_not_fail(paralegal_client, query):
    make_case(MEDICAL)
    response = paralegal_client.get(f"/staff/?{query}")
    assert response.status_code in (200, 400), response.status_code


# -- The admin's change-list filters ---------------------------------------------------------------

ADMIN_FILTERS = [
    "at__year=abc",
    "at__year=0",
    "at__year=99999999999999999999",
    "at__year=2026&at__month=13",
    "at__year=2026&at__month=99999999999999999999",
    "at__year=2026&at__month=2&at__day=30",
    "at__year=9999&at__month=12&at__day=31",
    "at__gte=garbage",
    "at__gte=99999-01-01",
    "at__lt=%00",
    "user__id__exact=abc",
    "user__id__exact=9223372036854775808",
    "action=%00",
    "case_reference=%00",
    "ip_address=%00",
    "status__exact=%00",
    "assigned_to__id__exact=99999999999999999999",
    "q=%00",
    "o=abc",
    "p=99999",
]


@pytest.fixture
def logged(administrator):
    make_case(MEDICAL)
    AuditEvent.objects.create(
        user=administrator, username="adam_admin", action="case_viewed", case_reference="PS-2222"
    )


@pytest.mark.parametrize("query", ADMIN_FILTERS)
@pytest.mark.parametrize("changelist", ["auditevent", "case"])
def test_admin_filters_never_fail(admin_client, logged, changelist, query):
    response = admin_client.get(f"/admin/screening/{changelist}/?{query}")
    assert response.status_code in (200, 302), (query, response.status_code)
    if response.status_code == 302:
        assert response["Location"].endswith("?e=1")
        assert admin_client.get(response["Location"]).status_code == 200


def test_a_good_admin_filter_still_filters(admin_client, logged):
    page = admin_client.get("/admin/screening/auditevent/?action=case_viewed&at__year=2026")
    assert page.status_code == 200
    assert Case.objects.count() == 1
