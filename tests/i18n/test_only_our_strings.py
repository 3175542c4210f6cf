"""Once Spanish is offered, every word on a page comes from our own catalogue: none of Django's
own Spanish (its "Sí", "Modificar", form errors, login messages) may slip in beside ours.

Every translation looked up while the pages render is recorded; a lookup that Django's
catalogues answered (translated, but not one of our msgids) is a failure.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from parole_screen import po
from tests.staff.conftest import MEDICAL, intake_post, intake_url, make_case
from tests.walker import APPLICANT, walk
from tests.wizard.conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

OURS = {entry.msgid for entry in po.read(settings.BASE_DIR / "locale/es/LC_MESSAGES/django.po")[1]}
OURS |= {
    entry.msgid_plural
    for entry in po.read(settings.BASE_DIR / "locale/es/LC_MESSAGES/django.po")[1]
    if entry.msgid_plural
}


@pytest.fixture
def lookups(monkeypatch, spanish_offered):
    """(msgid, translation) of every lookup made in Spanish."""
    seen: list[tuple[str, str]] = []
    trans = translation._trans
    for name, arg in (("gettext", 0), ("pgettext", 1), ("ngettext", 0), ("npgettext", 1)):
        real = getattr(trans, name)

        def wrapper(*args, _real=real, _arg=arg, **kwargs):
            result = _real(*args, **kwargs)
            if translation.get_language() == "es":
                seen.append((str(args[_arg]), str(result)))
            return result

        monkeypatch.setattr(trans, name, wrapper)
    return seen


def from_django(seen) -> set[str]:
    return {msgid for msgid, text in seen if text != msgid and msgid not in OURS}


def spanish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    return client


def test_applicant_pages_use_only_our_catalogue(client, lookups):
    spanish(client)
    for path in ("/", "/screen/resume/", "/result/", "/screen/check/"):
        client.get(path, follow=True)
    client.post("/screen/resume/", {"code": "AAAA-BBBB-CCCC-DDDD"})
    client.post("/screen/situation/", {MANAGEMENT: "situation"})  # every question left out
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    client.post("/screen/entry/", {MANAGEMENT: "entry", "entry-in_us_since_0": "13"})
    client.get("/screen/start-again/")
    client.post("/screen/", {"start_again": "1"})
    walk(client, APPLICANT, MEDICAL)
    client.get("/screen/check/")
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    client.get("/result/")
    client.get("/result/pdf/")
    assert lookups, "nothing was looked up in Spanish"
    assert from_django(lookups) == set()


def test_staff_pages_use_only_our_catalogue(client, paralegal_client, paralegal, lookups):
    spanish(client)
    client.get("/accounts/login/")
    client.post("/accounts/login/", {"username": "nobody", "password": "wrong"})
    staff = spanish(paralegal_client)
    case = make_case(MEDICAL, client_name="Rosa Díaz", created_by=paralegal)
    for path in (
        "/staff/",
        "/staff/?q=nadie&status=lost",
        "/staff/deadlines/",
        "/staff/cases/new/",
        f"/staff/cases/{case.reference}/",
        f"/staff/cases/{case.reference}/edit/",
        f"/staff/cases/{case.reference}/rescreen/",
    ):
        staff.get(path, follow=True)
    staff.post("/staff/cases/new/", {})
    staff.get(intake_url(case))
    intake_post(staff, case, "situation", {})
    staff.get(intake_url(case, "check"), follow=True)
    assert from_django(lookups) == set()
