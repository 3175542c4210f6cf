"""Save and continue later: keep the wizard's answers under a resume code, and bring them back.

A saved screening holds what the wizard holds (answers per step, the step where the person
stopped) and the merged answers (for staff who bring it into a case). Attempts to use a code are
rate-limited per address and per code through Django's `default` cache (django-ratelimit), which
is shared by every app server.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import get_language
from django_ratelimit.core import is_ratelimited
from formtools.wizard.storage.session import SessionStorage

from . import codes
from .models import SavedScreening

# The applicant wizard's formtools storage prefix (the class name in snake case).
WIZARD_PREFIX = "screening_wizard"
ADDRESS_RATE = "10/15m"
CODE_RATE = "5/15m"
SAVED_ID_KEY = "saved_screening_id"  # the session's own saved screening (to delete it)


def save(
    steps: dict, step: str, answers: dict, replace_id: int | None = None
) -> tuple[str, SavedScreening]:
    """Store a screening; return its code and row. An earlier save of this session is replaced."""
    if replace_id is not None:
        SavedScreening.objects.filter(pk=replace_id).delete()
    code = codes.new_code()
    # the page's language: the one the person chose to answer in (staff bringing it in read it)
    data = {"steps": steps, "step": step, "answers": answers, "language": get_language()}
    saved = SavedScreening.objects.create(code_hash=codes.code_hash(code), data=data)
    return code, saved


def saved_until(session) -> dt.datetime | None:
    """When the screening this browser saved (or resumed by code) is deleted; None when it
    saved none, or it is gone (deleted or expired)."""
    saved_id = session.get(SAVED_ID_KEY)
    if not saved_id:
        return None
    live = SavedScreening.objects.live().filter(pk=saved_id)
    return live.values_list("expires_at", flat=True).first()


def find(typed: str) -> SavedScreening | None:
    code = codes.normalise(typed)
    if code is None:
        return None
    return SavedScreening.objects.live().filter(code_hash=codes.code_hash(code)).first()


def too_many_attempts(request, typed: str, group: str) -> bool:
    """Count this attempt; True when the address or the code has tried too often lately."""
    code = codes.normalise(typed) or typed.strip().upper()[: codes.LONGEST_TYPED]
    by_address = is_ratelimited(
        request, group=f"{group}:address", key="ip", rate=ADDRESS_RATE, increment=True
    )
    by_code = is_ratelimited(
        request,
        group=f"{group}:code",
        key=lambda _group, _request: codes.code_hash(code),
        rate=CODE_RATE,
        increment=True,
    )
    return by_address or by_code


def restore(request, saved: SavedScreening) -> str:
    """Put the saved answers in this browser's wizard; return the step to continue at."""
    storage = SessionStorage(WIZARD_PREFIX, request)
    storage.reset()
    storage.extra_data = {"answers": saved.data["steps"]}
    storage.current_step = saved.data["step"]
    request.session[SAVED_ID_KEY] = saved.pk
    request.session.modified = True
    return saved.data["step"]
