"""A case's stored result as an Assessment, so staff pages render it through the shared partials.

When the case was assessed with the rules now running (same `rules_version`), the rules are run
again on the stored answers and date: the result is the same by construction and keeps its
translatable messages. When the rules have changed since, the stored JSON is turned back into an
Assessment as it was (texts in the English they were stored in), so the page shows what was
actually concluded then, not what today's code would say about that date.
"""

from __future__ import annotations

import datetime as dt

from screening.rules import RULES_VERSION, Answers, AnswersError, Assessment, assess
from screening.rules.stored import assessment_from_dict


def stored_assessment(answers: dict, data: dict | None) -> Assessment | None:
    """The stored result of a case (None for a draft without one)."""
    if not data:
        return None
    if data.get("rules_version") == RULES_VERSION:
        try:
            return assess(Answers.from_dict(answers), dt.date.fromisoformat(data["as_of"]))
        except AnswersError:
            pass
    return assessment_from_dict(data)
