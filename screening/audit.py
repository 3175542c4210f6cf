"""The audit log: one call per staff action on a case, and who got in (`screening.access_log`).

`record` writes who, when, what, which case and from which address. The detail holds ids and
staff choices only (a status, an evidence id, a note's kind), never what the applicant answered
and never the text of a note.

`record_view` is for pages that only show something (a case, the case list, the Deadlines
page): views of the same thing by the same person within `VIEW_WINDOW` are one row, so a
three-minute intake is one "Case viewed", not one per page.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address
from django.utils import timezone

from .models import AuditAction, AuditEvent, Case

VIEW_WINDOW = dt.timedelta(minutes=5)


def client_ip(request) -> str | None:
    """The address the request came from (REMOTE_ADDR; a proxy in front must set it)."""
    address = request.META.get("REMOTE_ADDR") or None
    if address is None:
        return None
    try:
        validate_ipv46_address(address)
    except ValidationError:
        return None
    return address


def record(
    request,
    action: AuditAction | str,
    case: Case | str | None = None,
    *,
    actor: str | None = None,
    **detail,
) -> AuditEvent:
    """Append one audit event for the request's user (or, signed out, for `actor`: the name
    typed on the sign-in page, or the command that acted). `request` may be None (a command)."""
    user = getattr(request, "user", None)
    user = user if user is not None and user.is_authenticated else None
    reference = case.reference if isinstance(case, Case) else (case or "")
    return AuditEvent.objects.create(
        user=user,
        username=(user.get_username() if user else actor or "")[:150],
        action=str(action),
        case_reference=reference[:12],
        detail=detail,
        ip_address=client_ip(request) if request is not None else None,
    )


def record_view(
    request, case: Case | None = None, action: AuditAction = AuditAction.CASE_VIEWED, **detail
) -> AuditEvent | None:
    """Record that the request's user looked at `case` (or a list), unless they already did in
    the last few minutes (then the earlier row stands for this view too)."""
    user = request.user if request.user.is_authenticated else None
    reference = case.reference if isinstance(case, Case) else ""
    if user is not None and recently(action, reference, user=user):
        return None
    return record(request, action, case, **detail)


def recently(action: AuditAction | str, reference: str = "", **who) -> bool:
    """Whether `who` (user=... or username=..., ip_address=...) has an `action` row on
    `reference` within VIEW_WINDOW."""
    since = timezone.now() - VIEW_WINDOW
    rows = AuditEvent.objects.filter(action=str(action), case_reference=reference, at__gte=since)
    return rows.filter(**who).exists()
