"""An applicant's finished screening, kept in their own session only (nothing else is stored).

The wizard calls `save_result` when the person confirms their answers; the result page and the
PDF call `load_result` and re-run the rules on the same answers and date, so both always show
the same Assessment.
"""

from __future__ import annotations

import datetime as dt

from screening import clock
from screening.rules import Answers, AnswersError, Assessment, assess

RESULT_KEY = "screening_result"


def save_result(request, answers: dict, as_of: dt.date | None = None) -> Assessment:
    """Validate and store the answers with the date they were screened on; return the result."""
    as_of = as_of or clock.today()
    assessment = assess(Answers.from_dict(answers), as_of)
    request.session[RESULT_KEY] = {
        "answers": answers,
        "as_of": as_of.isoformat(),
        "rules_version": assessment.rules_version,
    }
    return assessment


def load_result(request) -> tuple[Answers, Assessment] | None:
    """The stored answers and their assessment, or None when there is no finished screening."""
    stored = request.session.get(RESULT_KEY)
    if not stored:
        return None
    try:
        answers = Answers.from_dict(stored["answers"])
        as_of = dt.date.fromisoformat(stored["as_of"])
    except (AnswersError, KeyError, ValueError):
        request.session.pop(RESULT_KEY, None)
        return None
    return answers, assess(answers, as_of)


def clear_result(request) -> None:
    request.session.pop(RESULT_KEY, None)
