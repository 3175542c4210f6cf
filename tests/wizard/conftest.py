"""The applicant's wizard, driven through the one walker (`tests/walker.py`).

`answer(client, "situation", location=...)` posts one step with the answers a test names (the
walker fills the step's other questions); `walk(client, APPLICANT, answers)` answers every step
to check your answers. A step's POST holds the management field `screening_wizard-current_step`
and one entry per question, named `<step>-<answer key>` (dates as three fields).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import MEDICAL_ANSWERS
from tests.walker import APPLICANT, applicant_at, post_step

MANAGEMENT = APPLICANT.management


def answer(client, step: str, query: str = "", base: str = APPLICANT.base, **answers):
    """POST one step of the applicant's wizard (stored-style values); returns the response."""
    wizard = APPLICANT if base == APPLICANT.base else applicant_at(base)
    return post_step(client, wizard, step, answers, query=query)


@pytest.fixture
def medical_answers() -> dict[str, Any]:
    """Someone abroad who needs treatment that is not available at home."""
    return dict(MEDICAL_ANSWERS)
