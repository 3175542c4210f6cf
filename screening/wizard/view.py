"""The screening wizard: one topic per page, only the questions that apply, then check your answers.

Built on django-formtools' `NamedUrlSessionWizardView`, so every step has its own URL
(`/screen/<step>/`, url name `screen_step`) and the browser's Back button works. `/screen/`
(`screen_start`) starts a new screening or resumes the current one at its first unanswered step.

The view is here; `screening.wizard.steps` holds which steps apply and the stored answers
(`StoredAnswers`), `screening.wizard.check` the check-your-answers page (`CheckAnswers`).

How it keeps its promises
- Steps and their questions come from `screening.questions.STEPS` and the answer schema; a step
  is shown only when one of its questions applies (`condition_dict`, `Field.applies`), and a step
  form keeps only the questions that apply given the answers so far.
- Answers are stored as ids, per step, in the wizard's session storage (`extra_data`):
  `{"answers": {step: {"keys": [keys shown], "values": {key: value}, "notes": {...}}}}`. After
  every accepted step the answers are pruned (`screening.rules.prune`): an answer that no
  longer applies leaves the answers (and check your answers) for `extra_data["aside"]`, and
  if its question applies again it is asked again with that earlier answer filled in. Documents
  held that no longer count (their reason was unticked) go aside the same way.
- A bad answer re-renders the step with the error summary and every typed value kept; the other
  steps are untouched. A GET of a step after the first unanswered one redirects to that step.
  A missing, forged or mismatched management form is a 400 (SuspiciousOperation).
- "Change" links on check-your-answers carry `?return=check`; after the change (and any new
  question the change opened) the person is taken back to the check page.
- Confirming on the check page calls `finish(answers)`. The wizard's answers stay in the
  session so the person can still go back and change them; "Start again" (a POST to
  `screen_start` with `start_again`) clears them and the saved result.

Hooks for a subclass (the staff workspace runs the same wizard for a client):
- `finish(self, answers: dict) -> HttpResponse`: called with the pruned answers when the person
  confirms. Default: `screening.wizard.session.save_result(request, answers)` and redirect to
  `result`.
- `partial_answers(self) -> dict`: the cleaned, pruned answers of every step stored so far,
  finished or not (JSON-shaped: ids, booleans, 'YYYY-MM-DD', numbers, lists).
- `given_answers(self) -> dict`: the same, plus None for each question answered "I'm not sure"
  (what the person said; `Answers.from_dict` reads a None as unknown, as the rules must).
  Check your answers shows these, so it says "I'm not sure" exactly where one was given.
- `initial_answers(self) -> dict`: answers used to prefill every step not yet answered in this
  wizard (default `{}`); keys are answer keys, values as in `partial_answers`.
- `get_step_url(self, step: str) -> str` (default: reverse `self.url_name` with `step`), and
  `get_start_url(self) -> str` / `get_exit_url(self) -> str` (the start-again form's target,
  default `screen_start`; the first step's back link, default `landing`). Pass `url_name=` and
  `done_step_name=` to `as_view()` to live under other URLs.
- `session_only_note`: whether pages say the answers stay in this browser session only
  (default None: said only while `finish` is not overridden).
- `template_name` (step page) and `check_template_name`; the step template has
  `{% block extra_fields %}` (inside the form, after the questions) and
  `{% block extra_actions %}` (beside the Continue button); the check page has
  `{% block extra_actions %}` too.
- `reset_wizard(self)`: clears the stored answers and the saved result.
- `get_start_again_url(self)` (the "clear my answers?" page; None: the check page posts start
  again itself), `get_cleared_url(self)` (where start again lands) and `nothing_to_check(self)`
  (check your answers with nothing stored: the applicant's page says so and offers to start).
- `partial_notes(self) -> dict` / `initial_notes(self) -> dict`: words typed beside the
  answers (`screening.wizard.notes`, "Another reason"), kept and shown, never passed to the rules.
- `store_step(self, step, form)`: keeps a valid step form's answers (and prunes the rest), as a
  normal Continue does; `preload(self, answers, steps)`: stores answers as if those steps had
  been answered (resuming a saved case); `invalidate_answers(self)` after changing storage.
- The storage prefix is the class name in snake case, so a subclass keeps separate answers.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlSessionWizardView

from screening.privacy.wizard_mixin import SaveForLaterMixin
from screening.questions import STEP_BY_NAME
from screening.wizard import session
from screening.wizard.check import CheckAnswers
from screening.wizard.language_switch import LanguageSwitchMixin
from screening.wizard.pages import no_screening
from screening.wizard.progress import progress
from screening.wizard.step_forms import STEP_FORMS
from screening.wizard.steps import StoredAnswers, step_condition

RETURN_TO_CHECK = "check"


class ScreeningWizard(
    LanguageSwitchMixin, StoredAnswers, CheckAnswers, SaveForLaterMixin, NamedUrlSessionWizardView
):
    form_list = list(STEP_FORMS.items())
    condition_dict = {step: step_condition(step) for step in STEP_FORMS}
    template_name = "screening/wizard/step.html"
    check_template_name = "screening/wizard/check.html"
    exit_url_name = "landing"
    start_url_name = "screen_start"
    # The footer's "your answers stay in this browser session only" note. None: shown only while
    # `finish` is the default one (which keeps the result in the session and nowhere else).
    session_only_note: bool | None = None

    # -- hooks ---------------------------------------------------------------------------------

    def finish(self, answers: dict) -> HttpResponse:
        session.save_result(self.request, answers)
        return redirect("result")

    def initial_answers(self) -> dict:
        return {}

    def get_step_url(self, step: str) -> str:
        return reverse(self.url_name, kwargs={"step": step})

    def get_start_url(self) -> str:
        return reverse(self.start_url_name)

    def get_exit_url(self) -> str:
        return reverse(self.exit_url_name)

    def get_start_again_url(self) -> str | None:
        """The page asking "clear my answers?" (None: the check page posts start-again itself)."""
        return reverse("screen_start_again")

    def get_cleared_url(self) -> str:
        """Where "start again" lands once the answers are cleared."""
        return reverse("screen_cleared")

    def nothing_to_check(self) -> HttpResponse:
        """Check your answers with no screening in progress: say so and offer to start."""
        return no_screening(self.request)

    def reset_wizard(self) -> None:
        self.storage.reset()
        self.invalidate_answers()
        session.clear_result(self.request)

    # -- formtools plumbing --------------------------------------------------------------------

    def initial_notes(self) -> dict[str, str]:
        """Notes used to prefill a step not yet answered in this wizard (default none)."""
        return {}

    def get_form_initial(self, step):
        record = self._stored().get(step)
        if record is not None:
            return dict(record["values"]) | dict(record.get("notes") or {})
        earlier = {k: v for k, v in self._aside().items() if k in STEP_BY_NAME[step].keys}
        return dict(self.initial_answers()) | earlier | self.initial_notes()

    def get_form_kwargs(self, step=None):
        answers = self.partial_answers()
        kwargs: dict[str, Any] = {"answers": answers}
        if step == "documents":
            kwargs["evidence_ids"] = self._relevant_evidence(answers)
        return kwargs

    def _session_only(self) -> bool:
        if self.session_only_note is not None:
            return self.session_only_note
        return type(self).finish is ScreeningWizard.finish

    def _return_to_check(self) -> bool:
        return self.request.GET.get("return") == RETURN_TO_CHECK

    def _url(self, step: str, keep_return: bool = False) -> str:
        url = self.get_step_url(step)
        if keep_return and step != self.done_step_name:
            url += f"?return={RETURN_TO_CHECK}"
        return url

    def _later_than(self, step: str, other: str) -> bool:
        keys = list(self.get_form_list())
        return keys.index(step) > keys.index(other)

    # -- requests ------------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        missing = self.first_incomplete_step()
        if step is None:
            return redirect(self._url(missing or self.done_step_name))
        if step == self.done_step_name:
            if missing and not self._stored():
                return self.nothing_to_check()
            if missing:
                return redirect(self._url(missing))
            return self.render_check()
        if step not in self.get_form_list():
            return redirect(self._url(missing or self.done_step_name))
        if missing and self._later_than(step, missing):
            return redirect(self._url(missing, keep_return=self._return_to_check()))
        self.storage.current_step = step
        return self.render(self.get_form(step))

    def post(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if (switched := self.switch_language(step)) is not None:
            return switched
        if self.wants_save_for_later(step):
            return self.save_for_later(step)
        if step is None:  # the start page: only "start again" is posted there
            if "start_again" in request.POST:
                self.reset_wizard()
                return redirect(self.get_cleared_url())
            return redirect(self._url(self.first_incomplete_step() or self.done_step_name))
        management_form = ManagementForm(request.POST, prefix=self.prefix)
        if not management_form.is_valid():
            raise SuspiciousOperation("The wizard's management form is missing or tampered.")
        if management_form.cleaned_data["current_step"] != step:
            raise SuspiciousOperation("The wizard's management form does not match the page.")
        if step == self.done_step_name:
            return self.post_check()
        if step not in STEP_FORMS:
            raise SuspiciousOperation("No such wizard step.")
        missing = self.first_incomplete_step()
        if step not in self.get_form_list() or (missing and self._later_than(step, missing)):
            return redirect(self._url(missing or self.done_step_name))
        self.storage.current_step = step
        form = self.get_form(step, data=request.POST)
        if not form.is_valid():
            return self.render(form)
        self.store_step(step, form)
        missing = self.first_incomplete_step()
        if self._return_to_check():
            return redirect(self._url(missing or self.done_step_name, keep_return=True))
        following = self.get_next_step(step)
        return redirect(self._url(following or self.done_step_name))

    def done(self, form_list, **kwargs):
        """formtools' own completion path, kept equivalent to confirming on the check page."""
        return self.finish(self.partial_answers())

    # -- rendering -----------------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step = self.steps.current
        previous = self.get_prev_step(step)
        return_to_check = self._return_to_check()
        if return_to_check:
            back_url = self._url(self.done_step_name)
        elif previous:
            back_url = self._url(previous)
        else:
            back_url = self.get_exit_url()
        context.update(
            {
                "step": STEP_BY_NAME[step],
                "rows": form.rows(),
                "errors": form.error_list(),
                "progress": progress(step),
                "back_url": back_url,
                "action_url": self._url(step, keep_return=return_to_check),
                "return_to_check": return_to_check,
                "start_url": self.get_start_url(),
                "session_only": self._session_only(),
                **self.save_for_later_context(),
            }
        )
        return context


screening_wizard = ScreeningWizard.as_view(url_name="screen_step", done_step_name="check")


def start(request):
    """/screen/: start a screening, or resume it at the first unanswered step."""
    return screening_wizard(request)
