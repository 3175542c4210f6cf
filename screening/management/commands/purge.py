"""manage.py purge: delete what is kept no longer (safe from cron; running it twice is harmless).

- saved screenings past their expiry (SAVED_SCREENING_DAYS after saving);
- expired sessions;
- expired entries of the database cache (a summary PDF prepared ahead is kept there, encrypted,
  for ten minutes; Redis drops its own, the table keeps them until deleted);
- when CLOSED_CASE_RETENTION_DAYS is set, closed cases with no activity for longer than that
  (with their notes, evidence, history and verdict rows). A case's activity is its latest
  change, note, evidence update, replaced result or replaced draft: a note added today to a
  case closed long ago keeps it.
It prints what it deleted and leaves one audit entry with the counts.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
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

# What counts as activity on a case besides the case row itself: (model, its time field).
ACTIVITY = (
    (Note, "created_at"),
    (EvidenceItem, "updated_at"),
    (CaseSnapshot, "replaced_at"),
    (DraftSnapshot, "replaced_at"),
)


def inactive_closed_cases(since):
    """Closed cases with no change, note, evidence update or history since `since`."""
    cases = Case.objects.filter(status=Status.CLOSED, updated_at__lt=since)
    for model, field in ACTIVITY:
        recent = model.objects.filter(case=OuterRef("pk"), **{f"{field}__gte": since})
        cases = cases.exclude(Exists(recent))
    return cases


def expired_cache_entries(now) -> int:
    """Delete the database cache's expired rows (as Django's own culling does); their count."""
    table = connection.ops.quote_name(settings.DATABASE_CACHE["LOCATION"])
    expires = connection.ops.quote_name("expires")
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE {expires} < %s",  # noqa: S608 (names from settings, quoted)
            [connection.ops.adapt_datetimefield_value(now.replace(microsecond=0))],
        )
        return cursor.rowcount


class Command(BaseCommand):
    help = (
        "Delete expired saved screenings, sessions and cache entries, and (if configured) old "
        "closed cases."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        with transaction.atomic():
            counts = {
                "saved_screenings": SavedScreening.objects.expired().delete()[0],
                "sessions": Session.objects.filter(expire_date__lt=now).delete()[0],
                "closed_cases": 0,
                "cache_entries": expired_cache_entries(now),
            }
            days = settings.CLOSED_CASE_RETENTION_DAYS
            if days:
                old = inactive_closed_cases(now - dt.timedelta(days=days))
                counts["closed_cases"] = old.count()
                old.delete()
            AuditEvent.objects.create(
                action=AuditAction.PURGED,
                username="manage.py purge",
                detail=counts | {"closed_case_retention_days": days},
            )
        self.stdout.write(f"Deleted {counts['saved_screenings']} expired saved screening(s).")
        self.stdout.write(f"Deleted {counts['sessions']} expired session(s).")
        self.stdout.write(f"Deleted {counts['cache_entries']} expired cache entry(ies).")
        if days:
            self.stdout.write(
                f"Deleted {counts['closed_cases']} closed case(s) with no activity for over "
                f"{days} days."
            )
        else:
            self.stdout.write("Closed cases are kept (CLOSED_CASE_RETENTION_DAYS is not set).")
