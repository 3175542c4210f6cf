"""The words of the screening: every question, its "why we ask" hint and its choice labels.

Everything here is presentation. The answer keys, their kinds, their values and when each is
asked come from `screening.rules.SCHEMA`; this module only says how to ask and how to show them
(a test checks that every SCHEMA key and every choice value has words here).

`describe_answers(answers) -> list[AnswerRow]` turns a JSON-shaped answers dict (ids, as stored
and as `Answers.to_dict()` gives) into readable rows `(key, question, answer, step)` in the
order the wizard asks them. The check-your-answers page, the result page and the PDF appendix
all use it, so an answer reads the same everywhere. The signature is stable:

    describe_answers(answers: Mapping[str, Any]) -> list[AnswerRow]
    AnswerRow = NamedTuple(key: str, question: str, answer: str, step: str)

`step` is the wizard step id (see `STEPS`); `STEP_TITLES[step]` is the topic's heading. Keys
that are absent or None are left out; keys unknown to the schema are left out too.

The package: `base` (the Question type and the shared yes/no words), `steps` (the wizard's steps
and the four sections of the progress bar), the questions by section of the wizard (`about_you`,
`your_reason`, `circumstances`, gathered into `QUESTIONS` by `catalogue`), and `describe` (an
answer read back as words). Import from here.
"""

from screening.questions.base import NONE_OF_THESE, PREFER_NOT_TO_SAY, YES_NO, Question
from screening.questions.catalogue import QUESTIONS
from screening.questions.describe import AnswerRow, answer_text, describe_answers, question_text
from screening.questions.steps import (
    SECTION_OF_STEP,
    SECTIONS,
    STEP_BY_NAME,
    STEP_OF_KEY,
    STEP_TITLES,
    STEPS,
    Section,
    Step,
)

__all__ = [
    "NONE_OF_THESE",
    "PREFER_NOT_TO_SAY",
    "QUESTIONS",
    "SECTION_OF_STEP",
    "SECTIONS",
    "STEP_BY_NAME",
    "STEP_OF_KEY",
    "STEP_TITLES",
    "STEPS",
    "YES_NO",
    "AnswerRow",
    "Question",
    "Section",
    "Step",
    "answer_text",
    "describe_answers",
    "question_text",
]
