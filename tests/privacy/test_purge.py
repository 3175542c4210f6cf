"""manage.py purge: expired saved screenings and sessions, and old closed cases when configured."""

import datetime as dt
import io

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from screening.models import AuditAction, AuditEvent, Case, SavedScreening, Status
from screening.privacy import codes

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db


def purge() -> str:
    out = io.StringIO()
    call_command("purge", stdout=out)
    return out.getvalue()


def saved(expires_in: dt.timedelta) -> SavedScreening:
    return SavedScreening.objects.create(
        code_hash=codes.code_hash(codes.new_code()),
        data={"steps": {}, "step": "situation", "answers": {}},
        expires_at=timezone.now() + expires_in,
    )


def session(expires_in: dt.timedelta) -> None:
    from screening.privacy.sessions import SessionStore

    store = SessionStore()
    store["x"] = 1
    store.set_expiry(timezone.now() + expires_in)
    store.save()


def aged_closed_case(days: int) -> Case:
    case = make_case(MEDICAL, status=Status.CLOSED, client_name="Closed Client")
    Case.objects.filter(pk=case.pk).update(updated_at=timezone.now() - dt.timedelta(days=days))
    return case


def test_deletes_what_expired_keeps_the_rest_and_says_so(client):
    keep, _gone = saved(dt.timedelta(days=3)), saved(-dt.timedelta(minutes=1))
    session(dt.timedelta(hours=2))
    session(-dt.timedelta(hours=1))
    old_closed = aged_closed_case(400)
    output = purge()
    assert "Deleted 1 expired saved screening(s)." in output
    assert "Deleted 1 expired session(s)." in output
    assert "Closed cases are kept" in output
    assert list(SavedScreening.objects.all()) == [keep]
    assert Session.objects.count() == 1
    assert Case.objects.filter(pk=old_closed.pk).exists()
    event = AuditEvent.objects.get(action=AuditAction.PURGED)
    assert event.detail["saved_screenings"] == 1 and event.detail["sessions"] == 1


def test_closed_cases_older_than_the_retention_are_deleted(settings):
    settings.CLOSED_CASE_RETENTION_DAYS = 365
    old_closed = aged_closed_case(400)
    recent_closed = aged_closed_case(30)
    old_open = make_case(MEDICAL, client_name="Open Client")
    Case.objects.filter(pk=old_open.pk).update(updated_at=timezone.now() - dt.timedelta(days=900))
    output = purge()
    assert "Deleted 1 closed case(s) unchanged for over 365 days." in output
    remaining = set(Case.objects.values_list("pk", flat=True))
    assert remaining == {recent_closed.pk, old_open.pk}
    assert old_closed.pk not in remaining


def test_running_it_again_deletes_nothing_more(settings):
    settings.CLOSED_CASE_RETENTION_DAYS = 10
    saved(-dt.timedelta(minutes=1))
    aged_closed_case(20)
    purge()
    second = purge()
    assert "Deleted 0 expired saved screening(s)." in second
    assert "Deleted 0 closed case(s)" in second
    assert AuditEvent.objects.filter(action=AuditAction.PURGED).count() == 2
