"""manage.py purge: expired saved screenings and sessions, and old closed cases when configured."""

import datetime as dt
import io

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from screening.models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseSnapshot,
    DraftSnapshot,
    EvidenceItem,
    Note,
    SavedScreening,
    Status,
)
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
    assert "Deleted 1 closed case(s) with no activity for over 365 days." in output
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


def aged(model, field: str, days: int, **filters) -> None:
    model.objects.filter(**filters).update(**{field: timezone.now() - dt.timedelta(days=days)})


@pytest.mark.parametrize(
    "recent",
    ["note", "evidence", "result history", "draft history"],
)
def test_a_closed_case_with_recent_activity_is_kept(settings, recent):
    settings.CLOSED_CASE_RETENTION_DAYS = 365
    case = aged_closed_case(400)
    if recent == "note":
        Note.objects.create(case=case, body="Client called back today")
    elif recent == "evidence":
        EvidenceItem.objects.create(case=case, evidence_id="identity_document", state="received")
    elif recent == "result history":
        CaseSnapshot.objects.create(
            case=case,
            answers=MEDICAL,
            assessment=case.assessment,
            rules_version="old",
            as_of=case.as_of,
            reason="answers_edited",
        )
    else:
        DraftSnapshot.objects.create(case=case, answers={}, reason="draft_saved", version=1)
    aged_closed_case(400)  # and one with nothing new, which goes
    output = purge()
    assert "Deleted 1 closed case(s)" in output
    assert Case.objects.filter(pk=case.pk).exists()


def test_old_activity_does_not_keep_a_closed_case(settings):
    settings.CLOSED_CASE_RETENTION_DAYS = 365
    case = aged_closed_case(400)
    Note.objects.create(case=case, body="An old note")
    aged(Note, "created_at", 500, case=case)
    purge()
    assert not Case.objects.filter(pk=case.pk).exists()
