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
    request, action: AuditAction | str, case: Case | str | None = None, **detail
) -> AuditEvent:
    """Append one audit event for the request's user."""
    user = request.user if request.user.is_authenticated else None
    reference = case.reference if isinstance(case, Case) else (case or "")
    return AuditEvent.objects.create(
        user=user,
        username=user.get_username() if user else "",
        action=str(action),
        case_reference=reference,
        detail=detail,
        ip_address=client_ip(request),
    )


def record_view(
    request, case: Case | None = None, action: AuditAction = AuditAction.CASE_VIEWED, **detail
) -> AuditEvent | None:
    """Record that the request's user looked at `case` (or a list), unless they already did in
    the last few minutes (then the earlier row stands for this view too)."""
    user = request.user if request.user.is_authenticated else None
    reference = case.reference if isinstance(case, Case) else ""
    recent = AuditEvent.objects.filter(
        user=user,
        action=str(action),
        case_reference=reference,
        at__gte=timezone.now() - VIEW_WINDOW,
    )
    if user is not None and recent.exists():
        return None
    return record(request, action, case, **detail)
