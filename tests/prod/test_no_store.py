"""Cache-Control: no-store on every page that can show a person's answers: this walks every
applicant, account and staff URL the app has (from its URL patterns, so a new page is walked
too), every wizard step included, with a screening and a result in the session and a staff
member signed in."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from screening.privacy import codes, saving
from screening.questions import STEPS
from screening.rules.schema import FIELDS
from screening.wizard.steps import step_applies
from tests.staff.conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db


def named_patterns(patterns, namespace: str = ""):
    """(url name, converter names) of every pattern, the admin's left out (Django's own)."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", list(entry.pattern.converters)


def paths(reference: str) -> list[tuple[str, str]]:
    """(url name, path) for every page, each wizard step by name."""
    values = {
        "reference": [reference],
        "step": [step.name for step in STEPS] + ["check"],
        "uidb64": ["MQ"],
        "token": ["set-password"],
    }
    found = []
    for name, params in named_patterns(get_resolver().url_patterns):
        combos = [{}]
        for param in params:
            combos = [c | {param: v} for c in combos for v in values[param]]
        found += [(name, reverse(name, kwargs=c)) for c in combos]
    return found


def applicant_with_a_result() -> Client:
    """A browser holding every answer of a screening and its result (resumed from a code)."""
    steps = {
        step.name: {
            "keys": (keys := [k for k in step.keys if FIELDS[k].applies(MEDICAL)]),
            "values": {k: MEDICAL[k] for k in keys if k in MEDICAL},
        }
        for step in STEPS
        if step_applies(step.name, MEDICAL)
    }
    code, _saved = saving.save(steps, "check", MEDICAL)
    client = Client()
    assert client.post(reverse("screen_resume"), {"code": codes.grouped(code)}).status_code == 302
    confirm = {"screening_wizard-current_step": "check", "confirm": "1"}
    assert client.post("/screen/check/", confirm)["Location"] == "/result/"
    return client


def test_every_page_is_sent_with_no_store(attorney_client):
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    applicant, anonymous = applicant_with_a_result(), Client()
    shown = {}
    for name, path in paths(case.reference):
        client = attorney_client if name.startswith("staff:") else applicant
        if name in ("login", "password_reset", "logout"):
            client = anonymous
        response = client.get(path)
        assert "no-store" in response.get("Cache-Control", ""), (path, response.status_code)
        shown[path] = response
    # The walk reached the pages that show answers, with the answers on them.
    assert '<option value="NG" selected>' in shown["/screen/about_you/"].content.decode()
    assert "Nigeria" in shown["/screen/check/"].content.decode()
    assert shown["/result/"].status_code == 200
    assert shown[f"/staff/cases/{case.reference}/"].status_code == 200
    assert shown[f"/staff/cases/{case.reference}/intake/check/"].status_code == 200
    assert len(shown) >= 40


def test_static_files_keep_their_caching(client):
    response = client.get("/static/css/site.css")
    assert "no-store" not in response.get("Cache-Control", "")
