"""Every question by its answer key, in the order the sections come."""

from __future__ import annotations

from screening.questions.about_you import ABOUT_YOU
from screening.questions.base import Question
from screening.questions.circumstances import CIRCUMSTANCES
from screening.questions.history import HISTORY
from screening.questions.your_reason import YOUR_REASON

QUESTIONS: dict[str, Question] = {**ABOUT_YOU, **YOUR_REASON, **CIRCUMSTANCES, **HISTORY}
