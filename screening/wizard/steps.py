"""The wizard's steps and the answers it keeps: which steps apply (`step_applies`, the
`condition_dict` conditions) and `StoredAnswers`, the per-step answers in the wizard's session
storage (stored, pruned, set aside, preloaded), as `screening.wizard.view` describes."""

from __future__ import annotations

from typing import Any

from screening import clock
from screening.questions import STEP_BY_NAME
from screening.questions.implied import with_implied
from screening.rules import Answers, AnswersError, assess, prune
from screening.rules.schema import FIELDS
from screening.wizard.notes import NOTE_STEP
from screening.wizard.progress import set_aside_evidence
from screening.wizard.step_forms import STEP_FORMS


def step_applies(step: str, answers: dict[str, Any]) -> bool:
    """Whether any question of `step` is asked given these answers."""
    return any(FIELDS[key].applies(answers) for key in STEP_BY_NAME[step].keys)


def step_condition(step: str):
    def condition(wizard: Any) -> bool:
        return step_applies(step, wizard.partial_answers())

    condition.__name__ = f"{step}_applies"
    return condition


class StoredAnswers:
    """The answers of a `ScreeningWizard`, kept per step in `self.storage.extra_data`."""

    def partial_answers(self) -> dict:
        cached = getattr(self, "_answers_cache", None)
        if cached is None:
            merged: dict[str, Any] = {}
            stored = self._stored()
            for step in STEP_FORMS:
                if step in stored:
                    merged.update(stored[step]["values"])
            cached = self._answers_cache = prune(with_implied(merged))
        return dict(cached)

    def given_answers(self) -> dict:
        answers = self.partial_answers()
        for record in self._stored().values():
            for key, value in record["values"].items():
                if value is None and key not in answers and FIELDS[key].applies(answers):
                    answers[key] = None
        return answers

    def _stored(self) -> dict[str, dict]:
        return self.storage.extra_data.setdefault("answers", {})

    def invalidate_answers(self) -> None:
        self._answers_cache = None
        for name in ("_resolved_form_list", "_cache_signature"):
            self.__dict__.pop(name, None)

    def _aside(self) -> dict[str, Any]:
        """Answers that stopped applying, kept only to offer them back if they apply again."""
        return self.storage.extra_data.setdefault("aside", {})

    def store_step(self, step: str, form) -> None:
        not_sure = form.not_sure()
        values = {
            key: value
            for key, value in form.answers().items()
            if value is not None or key in not_sure
        }
        stored = self._stored()
        aside = self._aside()
        stored[step] = {"keys": form.keys, "values": values}
        if notes := form.notes():
            stored[step]["notes"] = notes
        for key in form.keys:
            aside.pop(key, None)
        self.invalidate_answers()
        answers = self.partial_answers()
        given = self.given_answers()
        for name in list(stored):
            record = stored[name]
            if name not in STEP_FORMS or not step_applies(name, answers):
                aside.update(record["values"])
                del stored[name]
                continue
            record["keys"] = [key for key in record["keys"] if FIELDS[key].applies(answers)]
            aside.update({k: v for k, v in record["values"].items() if k not in given})
            record["values"] = {
                key: value for key, value in record["values"].items() if key in given
            }
        self.invalidate_answers()
        if step != "documents":  # that page offers only the documents that count
            self._prune_evidence(stored, aside)
        self.storage.extra_data = self.storage.extra_data  # mark the session changed
        self.invalidate_answers()

    def _prune_evidence(self, stored: dict, aside: dict) -> None:
        record = stored.get("documents")
        if record is None or "evidence_on_hand" not in record["values"]:
            return
        relevant = self._evidence_ids(self.partial_answers())
        if relevant is not None and not set_aside_evidence(record["values"], aside, relevant):
            del stored["documents"]  # none of hers counts now: ask again

    def preload(self, answers: dict, steps: list[str], notes: dict | None = None) -> None:
        """Store `answers` (and `notes`, on their step) as if `steps` had been answered (used
        to resume a saved case)."""
        stored = self._stored()
        for step in steps:
            keys = [key for key in STEP_BY_NAME[step].keys if FIELDS[key].applies(answers)]
            stored[step] = {
                "keys": keys,
                "values": {key: answers[key] for key in keys if key in answers},
            }
            if step == NOTE_STEP and notes:
                stored[step]["notes"] = dict(notes)
        self.storage.extra_data = self.storage.extra_data  # mark the session changed
        self.invalidate_answers()

    def step_complete(self, step: str) -> bool:
        record = self._stored().get(step)
        if record is None:
            return False
        answers = self.partial_answers()
        shown = set(record["keys"])
        return all(key in shown for key in STEP_BY_NAME[step].keys if FIELDS[key].applies(answers))

    def first_incomplete_step(self) -> str | None:
        for step in self.get_form_list():
            if not self.step_complete(step):
                return step
        return None

    def partial_notes(self) -> dict[str, str]:
        """Words typed beside the answers ("Another reason"): kept, shown, never assessed."""
        notes: dict[str, str] = {}
        for record in self._stored().values():
            notes.update(record.get("notes") or {})
        return notes

    def _evidence_ids(self, answers: dict) -> list[str] | None:
        """The documents the result would list for these answers (None: cannot tell)."""
        try:
            assessment = assess(Answers.from_dict(answers), clock.today())
        except AnswersError:
            return None
        return [item.id for item in assessment.evidence]

    def _relevant_evidence(self, answers: dict) -> list[str] | None:
        return self._evidence_ids(answers) or None
