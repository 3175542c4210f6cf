"""One walker for the applicant's wizard and the staff intake: every test that answers a step
goes through here, so a new required question breaks only the tests about it.

A test names the answers its story is about (stored-style values: ids, True/False, lists,
'YYYY-MM-DD'); the walker fills every other question the step asks from the answer schema
(`default_answer`), choosing a value that leaves the path alone. A question named with None is
answered as an unnamed one is ("not sure" where the question offers it, else the default);
`LEFT_OUT` posts nothing for it. Three layers:

- `post_data(step, answers, prefix)`: the POST entries of one step, exactly as named (no filling),
  for tests about what the server does with a raw or half-filled post;
- `post_step(client, wizard, step, answers)`: one step posted the way a person answers it, the
  questions the test does not name filled in (`fill=False`: a half-answered page);
- `walk(client, wizard, answers)`: every step the wizard asks, from where it resumes to check
  your answers (or to `stop_before`).

`wizard` is `APPLICANT` (the screening at /screen/), `applicant_at(base)` (the same view under
another URL) or `intake(case)` (a case's staff intake). The browser tests' fillers ask
`step_answers` for the same values.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass
from typing import Any, NamedTuple

from screening.questions import QUESTIONS, STEP_BY_NAME
from screening.rules import Answers, AnswersError
from screening.rules.schema import FIELDS


class _LeftOut:
    def __repr__(self) -> str:
        return "LEFT_OUT"


# Name a question with this value to post nothing for it (a missing answer), not even "not sure".
LEFT_OUT: Any = _LeftOut()


# ---------------------------------------------------------------------------------------------
# Where a wizard lives


@dataclass(frozen=True)
class Wizard:
    """A questionnaire's URLs and the prefix of its management field."""

    base: str  # the start URL; each step is <base><step>/
    prefix: str  # formtools' prefix: the management field is <prefix>-current_step

    @property
    def management(self) -> str:
        return f"{self.prefix}-current_step"

    def url(self, step: str, query: str = "") -> str:
        return f"{self.base}{step}/{query}"


def applicant_at(base: str) -> Wizard:
    """The applicant's wizard view routed under `base` (its prefix follows the URL)."""
    return Wizard(base, f"{base.strip('/')}_wizard")


APPLICANT = Wizard("/screen/", "screening_wizard")


def intake(case) -> Wizard:
    """A case's staff intake."""
    from django.urls import reverse

    start = reverse("staff:intake_start", args=[case.reference])
    return Wizard(start, f"staff_intake_{case.reference}")


# ---------------------------------------------------------------------------------------------
# Answers the test does not name


def _asked(answers: dict[str, Any]) -> frozenset[str]:
    """The questions the wizard asks given these answers (read live: tests may add questions)."""
    return frozenset(key for key, field in FIELDS.items() if field.applies(answers))


def _candidates(key: str) -> list[Any]:
    """The answers a required question can take, the most neutral first."""
    field, question = FIELDS[key], QUESTIONS[key]
    if field.kind == "bool":
        return [False, True]
    if field.kind == "enum":
        return list(field.choices)
    if field.kind == "enum_list":
        return ([[]] if question.none_label else []) + [[choice] for choice in field.choices]
    if field.kind == "date":  # two years back for a date that has passed, else four months on
        shift = dt.timedelta(days=-730 if question.when == "past" else 120)
        return [(dt.date.today() + shift).isoformat()]
    if field.kind in ("integer", "number"):
        low = field.minimum if field.minimum is not None else 0
        return [int(low) if field.kind == "integer" else low]
    raise AssertionError(f"{key}: no answer of kind {field.kind} is required")


def required(key: str) -> bool:
    """Whether the wizard refuses the step without an answer to `key` ("not sure" is one)."""
    field, question = FIELDS[key], QUESTIONS[key]
    if field.kind == "bool":
        return not question.unsure
    if field.kind in ("enum", "enum_list"):
        return True
    if field.kind == "country":
        return False
    return not question.optional  # dates and numbers


def _reentry_in_the_story(context: dict[str, Any]) -> list[str] | None:
    """Removed before, here now, entered without inspection: the person in that story came back
    without being let in after the order (what the rules read into a missing answer), so the
    wizard's question (which has no "not sure") is answered that way, not "No, neither"."""
    removed = "prior_removal" in (context.get("risk_factors") or ())
    here = context.get("location") == "inside_us" and context.get("entry") == "without_inspection"
    return ["after_removal_order"] if removed and here else None


# Questions whose neutral answer would contradict the story the other answers tell.
STORY_ANSWERS = {"unlawful_reentry": _reentry_in_the_story}


def default_answer(key: str, so_far: dict[str, Any]) -> Any:
    """What to answer for a question the test does not name, given the answers so far.

    None (so "not sure", or a blank box) wherever the wizard accepts it: the same as leaving the
    question unanswered. For a required question, the valid answer that changes the least which
    other questions are asked (compared with leaving it unanswered), the most neutral first:
    "no", an empty list, the first choice. So a new required question never sends the test's
    story down another branch it did not ask for.
    """
    if not required(key):
        return None
    context = {k: v for k, v in so_far.items() if k != key and k in FIELDS and v is not LEFT_OUT}
    if key in STORY_ANSWERS and (told := STORY_ANSWERS[key](context)) is not None:
        return told
    unanswered = _asked(context)
    best, best_change = None, None
    for value in _candidates(key):
        try:
            Answers.from_dict(context | {key: value})
        except AnswersError as error:
            if key in error.problems:
                continue  # does not fit the other answers (a goal for another location)
        change = len(_asked(context | {key: value}) ^ unanswered)
        if best_change is None or change < best_change:
            best, best_change = value, change
    if best_change is None:
        raise AssertionError(f"no valid answer to {key} fits {context}")
    return best


def step_answers(step: str, named: dict[str, Any], so_far: dict[str, Any] | None = None) -> dict:
    """The answers to post for `step`: those named, and a default for each other question of the
    step (the wizard ignores those that do not apply). `so_far`: the answers given before."""
    context = dict(so_far or {}) | named
    answers = dict(named)
    step_keys = STEP_BY_NAME[step].keys if step in STEP_BY_NAME else ()  # "check": none
    for key in step_keys:
        if answers.get(key) is None and key in FIELDS:
            answers[key] = default_answer(key, context)
            context[key] = answers[key]
    return answers


# ---------------------------------------------------------------------------------------------
# POST entries


def post_values(step: str, key: str, value: Any) -> dict[str, Any]:
    """One stored-style answer as the POST entries its wizard question sends."""
    name = f"{step}-{key}"
    kind = FIELDS[key].kind if key in FIELDS else "text"  # a note beside the answers
    if value is LEFT_OUT:
        return {}
    if value is None:
        return {name: "unsure"} if kind == "bool" else {}
    if kind == "bool":
        return {name: "yes" if value else "no"}
    if kind == "enum_list":
        return {name: list(value) or ["none_of_these"]}
    if kind == "date":
        year, month, day = value.split("-")
        return {f"{name}_0": month, f"{name}_1": day, f"{name}_2": year}
    return {name: str(value)}


def post_data(step: str, answers: dict[str, Any], prefix: str = APPLICANT.prefix) -> dict:
    """The POST of one step with exactly these answers (nothing filled in)."""
    data: dict[str, Any] = {f"{prefix}-current_step": step}
    for key, value in answers.items():
        data.update(post_values(step, key, value))
    return data


def page_values(step: str, names: list[str], answers: dict[str, Any]) -> dict[str, Any]:
    """For a browser: the value of each input name on a step page (`<step>-<key>`, dates
    `<step>-<key>_0` ...), from `answers` or the walker's answer for a question not named. Names
    of no question (a note box, a button) are left out unless `answers` names them."""
    keys = []
    for name in names:
        if not name.startswith(f"{step}-"):
            continue
        key = name[len(step) + 1 :]
        key = key[:-2] if key not in FIELDS and key[-2:] in ("_0", "_1", "_2") else key
        if (key in FIELDS or key in answers) and key not in keys:
            keys.append(key)
    named = {key: answers[key] for key in keys if key in answers}
    values = step_answers(step, named, answers)
    entries: dict[str, Any] = {}
    for key in keys:
        entries |= post_values(step, key, values.get(key))
    return {name: value for name, value in entries.items() if name in names}


# ---------------------------------------------------------------------------------------------
# Posting steps and walking


# What each test client has answered through the walker, per wizard and step: the context the
# defaults are chosen in (the wizard's own session holds the same, encrypted).
_given: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _answers_so_far(client, wizard: Wizard) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for values in _given.get(client, {}).get(wizard.prefix, {}).values():
        merged.update(values)
    return merged


def _remember(client, wizard: Wizard, step: str, answers: dict[str, Any]) -> None:
    steps = _given.setdefault(client, {}).setdefault(wizard.prefix, {})
    steps[step] = {key: value for key, value in answers.items() if key in FIELDS}


def post_step(
    client,
    wizard: Wizard,
    step: str,
    answers: dict[str, Any] | None = None,
    *,
    fill: bool = True,
    query: str = "",
    extra: dict[str, Any] | None = None,
):
    """POST one step as a person answers it: the named answers, every other question of the step
    filled in (`fill=False`: only those named). `extra`: more POST entries (a staff note, a
    button). Returns the response."""
    named = dict(answers or {})
    values = step_answers(step, named, _answers_so_far(client, wizard)) if fill else named
    _remember(client, wizard, step, values)
    data = post_data(step, values, wizard.prefix) | (extra or {})
    return client.post(wizard.url(step, query), data)


def step_of(response) -> str:
    """The step a redirect goes to ('check' for check your answers)."""
    assert response.status_code == 302, response.status_code
    return response["Location"].split("?")[0].rstrip("/").split("/")[-1]


class Walk(NamedTuple):
    visited: list[str]  # the steps answered, in order
    filled: dict[str, Any]  # the answers the walker gave for questions the test left out
    response: Any  # the last response: the redirect to check your answers or to `stop_before`


def walk(
    client,
    wizard: Wizard,
    answers: dict[str, Any],
    *,
    stop_before: str | None = None,
    extra: dict[str, Any] | None = None,
    max_steps: int = 30,
) -> Walk:
    """Answer every step the wizard asks, from where it resumes, up to check your answers (or up
    to the step `stop_before`), reading each page's questions from the page itself."""
    response = client.get(wizard.base)
    visited: list[str] = []
    filled: dict[str, Any] = {}
    for _ in range(max_steps):
        step = step_of(response)
        if step in ("check", stop_before):
            return Walk(visited, filled, response)
        page = client.get(response["Location"])
        assert page.status_code == 200, (step, page.status_code)
        keys = [row["key"] for row in page.context["rows"]]
        so_far = _answers_so_far(client, wizard) | answers
        values = {key: answers.get(key) for key in keys if key in FIELDS or key in answers}
        for key, value in values.items():
            if value is None:
                values[key] = default_answer(key, so_far | values)
                if values[key] is not None:
                    filled[key] = values[key]
        visited.append(step)
        response = post_step(client, wizard, step, values, fill=False, extra=extra)
        if response.status_code != 302:
            errors = response.context["errors"] if response.context else response.status_code
            raise AssertionError(f"step {step} refused {values}: {errors}")
    raise AssertionError(f"{wizard.base} did not reach check your answers")
