"""Staff login in a browser that holds an applicant's screening starts clean.

Django keeps the session's data across a login; an applicant's answers and result must not
follow a staff member into their work, so they are dropped when anyone logs in.
"""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from screening.wizard.session import RESULT_KEY

from .saving import SAVED_ID_KEY, WIZARD_PREFIX
from .shown_code import KEPT_KEY
from .wizard_mixin import CODE_ONCE_KEY

APPLICANT_KEYS = (f"wizard_{WIZARD_PREFIX}", RESULT_KEY, SAVED_ID_KEY, CODE_ONCE_KEY, KEPT_KEY)


@receiver(user_logged_in)
def drop_applicant_answers(sender, request, user, **kwargs):
    if request is None:
        return
    for key in APPLICANT_KEYS:
        request.session.pop(key, None)
