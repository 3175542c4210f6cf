"""Staff roles and the checks every staff view makes.

Two groups: `paralegal` (intake, notes, evidence tracker) and `attorney` (all of that, plus marking
a case reviewed, accepting a re-screen and attorney notes). Administrators are superusers and use
the Django admin. A logged-in user in neither group gets 403 on every staff page.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

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
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perms(needed):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
