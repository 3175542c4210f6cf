"""No silent overwrite: every staff form that changes a case carries the case version it was
opened at, and a save against a newer version is refused.

`claim(case, opened_at)` is the first write of the saving transaction: one conditional UPDATE
(`... SET version = n + 1 WHERE id = ... AND version = n`). The database makes it atomic: of
two saves opened at the same version, on two app servers, exactly one moves the version on
(PostgreSQL holds the row lock until the first commits, then re-checks the condition; SQLite's
transactions queue on its one write lock), and the other raises `CaseChanged`. `Case.save`
never writes `version`, so nothing else can move it back.

The view then shows the conflict page (`conflicts.py`): what the other person saved, and what
this person typed, ready to save again on top of it.
"""

from __future__ import annotations

from django.db import transaction

from screening.audit import record
from screening.models import AuditAction, Case

VERSION_FIELD = "case_version"
_MAX_DIGITS = 9


class CaseChanged(Exception):
    """The case was saved by someone else after this form was opened."""

    def __init__(self, case: Case, opened_at: int | None):
        super().__init__(f"{case.reference} is past version {opened_at}")
        self.case = case
        self.opened_at = opened_at


def posted_version(request) -> int | None:
    """The version a posted form was opened at (None when missing or not a number)."""
    raw = request.POST.get(VERSION_FIELD, "")
    if raw.isascii() and raw.isdigit() and len(raw) <= _MAX_DIGITS:
        return int(raw)
    return None


def claim(case: Case, opened_at: int | None) -> None:
    """Move `case` from version `opened_at` to the next one, or raise CaseChanged.

    Call it inside `transaction.atomic()`, before the transaction writes anything else, so that
    nothing is written for a save that is refused.
    """
    if opened_at is None:
        raise CaseChanged(case, opened_at)
    moved = Case.objects.filter(pk=case.pk, version=opened_at).update(version=opened_at + 1)
    if moved != 1:
        raise CaseChanged(case, opened_at)
    case.version = opened_at + 1


def refused(request, conflict: CaseChanged, form: str) -> None:
    """Record a refused save (the audit log keeps who tried what; the page keeps their words)."""
    with transaction.atomic():
        record(
            request,
            AuditAction.SAVE_REFUSED,
            conflict.case,
            form=form,
            opened_at=conflict.opened_at,
            version=Case.objects.filter(pk=conflict.case.pk)
            .values_list("version", flat=True)
            .first(),
        )


def record_change(request, action, case: Case, **detail):
    """An audit entry for a saved change, with the version the save produced."""
    return record(request, action, case, version=case.version, **detail)
