"""One "today" in the configured time zone: at 04:19 UTC on 7 December it is still 6 December in
New York, and the web, the PDF, the calendar file, the staff pages, the memo and `manage.py
screen` all say so (with TIME_ZONE UTC they all say 7 December)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from screening import clock
from screening.models import Case
from screening.wizard import session
from tests.staff.conftest import MEDICAL, intake_url, make_case
from tests.walker import APPLICANT, intake, walk

MOMENT = dt.datetime(2026, 12, 7, 4, 19, tzinfo=dt.UTC)
CONFIRM = {f"{APPLICANT.prefix}-current_step": "check", "confirm": "1"}


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: MOMENT)


@pytest.mark.parametrize(
    ("zone", "day"), [("America/New_York", dt.date(2026, 12, 6)), ("UTC", dt.date(2026, 12, 7))]
)
def test_today_is_the_configured_zones_date(frozen, settings, zone, day):
    settings.TIME_ZONE = zone
    assert clock.today() == day


def test_a_zone_a_request_activated_does_not_move_today(frozen, settings):
    settings.TIME_ZONE = "America/New_York"
    with timezone.override("Asia/Tokyo"):
        assert clock.today() == dt.date(2026, 12, 6)


def test_screen_uses_the_same_today(frozen, settings, tmp_path, capsys):
    settings.TIME_ZONE = "America/New_York"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(MEDICAL), encoding="utf-8")
    call_command("screen", str(path))
    assert json.loads(capsys.readouterr().out)["as_of"] == "2026-12-06"


def test_the_applicant_result_pdf_and_calendar_use_the_same_today(frozen, settings, db):
    settings.TIME_ZONE = "America/New_York"
    client = Client()
    walk(client, APPLICANT, MEDICAL)
    assert client.post("/screen/check/", CONFIRM).status_code == 302
    assert client.session[session.RESULT_KEY]["as_of"] == "2026-12-06"
    pdf = client.get("/result/pdf/")
    assert pdf.status_code == 200 and "2026-12-06" in pdf["Content-Disposition"]


def test_the_staff_intake_and_memo_use_the_same_today(frozen, settings, paralegal_client):
    settings.TIME_ZONE = "America/New_York"
    case = make_case(None, client_name="Zoila Example")
    walk(paralegal_client, intake(case), MEDICAL)
    paralegal_client.post(
        intake_url(case, "check"), {f"{intake(case).prefix}-current_step": "check"}
    )
    case = Case.objects.get(pk=case.pk)
    assert case.as_of == dt.date(2026, 12, 6)
    from screening.staff.memo import memo_context
    from screening.staff.snapshot import stored_assessment

    context = memo_context(case, stored_assessment(case.answers, case.assessment))
    assert context["generated_on"] == dt.date(2026, 12, 6)
