"""Staff roles, who sees which case, and the checks every staff view makes.

Two groups: `paralegal` (intake, notes, evidence tracker) and `attorney` (all of that, plus marking
a case reviewed, accepting a re-screen and attorney notes). Administrators are superusers and use
the Django admin. A logged-in user in neither group gets 403 on every staff page.

Which cases (the access model, in this one place): a paralegal sees and changes the cases
assigned to them and the unassigned ones; attorneys (`review_case`) and administrators see and
change every case; `STAFF_SHARED_CASES=true` opens every case to every staff member. Every
staff view, the case list, the memo and the export look cases up through `cases_visible_to`, so a
case outside someone's set is "not found" for them, and the try is in the audit log (as is a
staff page refused for want of a role). Staff responses are never cached.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

PARALEGAL = "paralegal"
ATTORNEY = "attorney"

VIEW_CASE = "screening.view_case"
ADD_CASE = "screening.add_case"
CHANGE_CASE = "screening.change_case"
ADD_NOTE = "screening.add_note"
CHANGE_EVIDENCE = "screening.change_evidenceitem"
REVIEW_CASE = "screening.review_case"
ADD_ATTORNEY_NOTE = "screening.add_attorney_note"

_PARALEGAL_CODENAMES = (
    "view_case",
    "add_case",
    "change_case",
    "view_note",
    "add_note",
    "view_evidenceitem",
    "add_evidenceitem",
    "change_evidenceitem",
    "view_casesnapshot",
)
ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    PARALEGAL: _PARALEGAL_CODENAMES,
    ATTORNEY: (*_PARALEGAL_CODENAMES, "review_case", "add_attorney_note"),
}


def ensure_groups() -> dict[str, Group]:
    """Create or bring up to date the role groups (safe to run any number of times)."""
    groups = {}
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="screening", codename__in=codenames
        )
        missing = set(codenames) - {p.codename for p in permissions}
        if missing:
            raise LookupError(f"permissions not found (run migrate first): {sorted(missing)}")
        group.permissions.set(permissions)
        groups[name] = group
    return groups


def staff_required(*perms: str):
    """Login first (anonymous users go to the login page), then every permission or 403."""
    needed = perms or (VIEW_CASE,)

    def decorator(view):
        @never_cache  # Cache-Control: no-store etc. on every staff page, memo and export
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perms(needed):
                from screening.audit import record
                from screening.models import AuditAction

                record(request, AuditAction.ACCESS_DENIED, kwargs.get("reference"), why="role")
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def sees_every_case(user) -> bool:
    return bool(settings.STAFF_SHARED_CASES or user.is_superuser or user.has_perm(REVIEW_CASE))


def cases_visible_to(user, cases: QuerySet | None = None) -> QuerySet:
    """The cases `user` may see and change (all of `cases`, or the paralegal's share of them)."""
    from screening.models import Case

    cases = Case.objects.all() if cases is None else cases
    if sees_every_case(user):
        return cases
    # "theirs or nobody's" as one comparison: an OR of two conditions on `assigned_to` made
    # SQLite read and sort every row of the share for the list's first page (47 ms at 10,000
    # cases); this lets it walk the `updated_at` index and stop at the page.
    return cases.alias(owner=Coalesce("assigned_to", Value(user.pk))).filter(owner=user.pk)


def visible_case_or_404(user, reference: str, cases: QuerySet | None = None):
    """The case with this reference if `user` may see it; 404 otherwise (exists or not), and
    the try is recorded."""
    from screening.models import Case

    try:
        return get_object_or_404(cases_visible_to(user, cases), reference=reference)
    except Http404:
        from screening.access_log import current_request
        from screening.audit import record
        from screening.models import AuditAction

        exists = Case.objects.filter(reference=reference).exists()
        why = "not_theirs" if exists else "no_such_case"
        record(current_request(), AuditAction.ACCESS_DENIED, reference, why=why)
        raise
