"""Check your answers: the wizard's last page (every answer grouped by step, each with a change
link) and confirming it."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect
from formtools.wizard.forms import ManagementForm

from screening.questions import QUESTIONS, STEP_BY_NAME, answer_text
from screening.rules.schema import FIELDS
from screening.wizard.notes import NOTE_QUESTION
from screening.wizard.progress import progress


class CheckAnswers:
    """The check page of a `ScreeningWizard`."""

    def post_check(self) -> HttpResponse:
        missing = self.first_incomplete_step()
        if missing:
            return redirect(self._url(missing))
        return self.finish(self.partial_answers())

    def check_rows(self) -> list[dict[str, Any]]:
        """Every question answered, grouped by topic, with a change link for each."""
        answers = self.given_answers()
        stored = self._stored()
        groups = []
        for step in self.get_form_list():
            record = stored.get(step, {"keys": []})
            rows = []
            for key in record["keys"]:
                text = answer_text(key, answers[key]) if key in answers else ""
                question = QUESTIONS.get(key)
                anchor = f"id_{step}-{key}" + ("_0" if FIELDS[key].kind == "date" else "")
                rows.append(
                    {
                        "key": key,
                        "question": question.text if question else FIELDS[key].meaning,
                        "answer": text,
                        "change_url": f"{self._url(step, keep_return=True)}#{anchor}",
                    }
                )
            for note_key, text in (record.get("notes") or {}).items():
                rows.append(
                    {
                        "key": note_key,
                        "question": NOTE_QUESTION,
                        "answer": text,
                        "change_url": f"{self._url(step, keep_return=True)}#id_{step}-{note_key}",
                    }
                )
            if rows:
                groups.append({"step": STEP_BY_NAME[step], "rows": rows})
        return groups

    def render_check(self) -> HttpResponse:
        self.storage.current_step = self.done_step_name
        steps = list(self.get_form_list())
        context = {
            "groups": self.check_rows(),
            "back_url": self._url(steps[-1]) if steps else self.get_exit_url(),
            "management_form": ManagementForm(
                prefix=self.prefix, initial={"current_step": self.done_step_name}
            ),
            "action_url": self._url(self.done_step_name),
            "progress": progress(None),
            "start_url": self.get_start_url(),
            "start_again_url": self.get_start_again_url(),
            "session_only": self._session_only(),
            "view": self,
            **self.save_for_later_context(),
        }
        return self.response_class(
            request=self.request,
            template=[self.check_template_name],
            context=context,
            using=self.template_engine,
        )
