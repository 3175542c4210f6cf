"""The audit log: one call per staff action on a case.

`record` writes who, when, what, which case and from which address. The detail holds ids and
staff choices only (a status, an evidence id, a note's kind), never what the applicant answered
and never the text of a note.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address

from .models import AuditAction, AuditEvent, Case


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
