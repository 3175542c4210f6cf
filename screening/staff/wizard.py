"""The staff intake: the applicant's screening wizard, run by staff for a client's case.

Same steps, same questions, same rules (`ScreeningWizard`); what differs:
- it lives under /staff/cases/<reference>/intake/<step>/ and keeps its answers per case;
- every step has an internal-notes box (saved as a Note of the case) and a "Save draft" button;
- starting the intake loads the case's answers (its draft if there is one), so a draft resumes
  at the first unanswered step and a screened case opens on the check page to edit answers;
  but a paralegal who left an intake unsaved and comes back (same session, the case's answers
  unchanged meanwhile) returns to the page they were on, with every answer they gave;
- "I'm not sure" is kept with the case as a None answer (`given_answers`), shown on the case
  page, the memo and the export, and unknown to the rules (`Answers.from_dict` skips None);
- every page that shows the client's answers is recorded in the audit log (one row per few
  minutes, `record_view`);
- confirming assesses the answers as of today, stores the result on the case (the earlier result
  goes to the case history) and sets the status to screened;
- the intake remembers the case version and answers it was opened with: a draft or a confirm
  after someone else saved the case is refused (`versions.claim`) with a page that shows their
  changes and this person's, kept in the session until they put theirs on top or drop them.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from screening.audit import record, record_view
from screening.models import AuditAction, Note, NoteKind, SnapshotReason, Status
from screening.rules import Answers, AnswersError, assess, prune
from screening.rules.schema import FIELDS
from screening.wizard.notes import OTHER_REASON
from screening.wizard.posted import typed

from .case_forms import NOTE_FIELD, IntakeNoteForm
from .intake_conflicts import (
    DISCARD,
    LOADED,
    OPENED,
    REAPPLY,
    IntakeConflictMixin,
    answers_digest,
)
from .permissions import CHANGE_CASE, VIEW_CASE, staff_required, visible_case_or_404
from .review import clear_review
from .versions import CaseChanged, claim, record_change
from .views import replace_result, today

SAVE_DRAFT = "save_draft"


@cache
def _wizard_class():
    """Built on first use, so the staff URLs load even while the applicant wizard is changing."""
    from screening.questions import STEPS
    from screening.wizard.steps import step_applies
    from screening.wizard.view import ScreeningWizard

    class StaffIntakeWizard(IntakeConflictMixin, ScreeningWizard):
        template_name = "staff/intake_step.html"
        check_template_name = "staff/intake_check.html"
        offer_save_for_later = False  # staff save drafts on the case instead

        def dispatch(self, request, *args, **kwargs):
            self.case = visible_case_or_404(request.user, kwargs["reference"])
            return super().dispatch(request, *args, **kwargs)

        def get_prefix(self, request, *args, **kwargs):
            return f"staff_intake_{kwargs['reference']}"

        # -- URLs ---------------------------------------------------------------------------

        def get_step_url(self, step: str) -> str:
            return reverse(
                "staff:intake_step", kwargs={"reference": self.case.reference, "step": step}
            )

        def get_start_url(self) -> str:
            return reverse("staff:intake_start", kwargs={"reference": self.case.reference})

        def get_exit_url(self) -> str:
            return reverse("staff:case_detail", kwargs={"reference": self.case.reference})

        def get_start_again_url(self):
            return None  # the check page posts "start again" itself: it reloads the case

        def get_cleared_url(self) -> str:
            return self.get_start_url()

        def nothing_to_check(self):
            return redirect(self.get_start_url())

        # -- answers ------------------------------------------------------------------------

        def case_answers(self) -> dict:
            if self.case.draft_answers is not None:
                return dict(self.case.draft_answers)
            return dict(self.case.answers or {})

        def initial_answers(self) -> dict:
            return self.case_answers()

        def case_notes(self) -> dict:
            text = self.case.other_reason_text
            return {OTHER_REASON: text} if text else {}

        def initial_notes(self) -> dict:
            return self.case_notes()

        def load_case_answers(self, answers: dict | None = None, notes: dict | None = None):
            """Put the case's answers (or `answers`) in the wizard as if its steps had been
            answered, and remember the case version and answers the intake starts from.

            A screened case: every step that applies counts as answered (the intake opens on
            check your answers). A draft: the steps before the last one holding an answer count
            as answered (the wizard goes in order); that last one counts too when all its
            questions are answered. So resuming lands on a half-finished page, with what was
            given filled in, or else on the next question. Earlier questions answered "not
            sure" or left blank stay that way.
            """
            self.storage.reset()
            finished = self.case.assessment is not None and (
                answers is not None or self.case.draft_answers is None
            )
            answers = self.case_answers() if answers is None else answers
            steps = [step for step in STEPS if step_applies(step.name, answers)]
            if not finished:
                answered = [i for i, step in enumerate(steps) if set(step.keys) & set(answers)]
                if answered:
                    last = answered[-1]
                    asked = [k for k in steps[last].keys if FIELDS[k].applies(answers)]
                    complete = all(key in answers for key in asked)
                    steps = steps[: last + 1] if complete else steps[:last]
                else:
                    steps = []
            notes = self.case_notes() if notes is None else notes
            self.preload(answers, [step.name for step in steps], notes=notes)
            self.remember_opened(self.storage.extra_data)
            self.storage.extra_data = self.storage.extra_data  # mark the session changed

        def store_step(self, step, form) -> None:
            # A page answered without opening the intake's start (a bookmarked step) begins
            # from the case's answers as they are now (they prefill every step).
            self.remember_opened(self.storage.extra_data, only_if_unset=True)
            super().store_step(step, form)

        def unsaved_progress_step(self) -> str | None:
            """The page this session's unsaved intake of the case was on, if it is still valid:
            something was answered and nobody has changed the case's answers since."""
            extra = self.storage.extra_data
            if not self._stored() or extra.get(LOADED) != answers_digest(self.case_answers()):
                return None
            step = self.storage.current_step
            if step == self.done_step_name or step in self.get_form_list():
                return step
            return None

        # -- requests -----------------------------------------------------------------------

        def get(self, request, *args, **kwargs):
            if kwargs.get("step") is None:
                step = self.unsaved_progress_step()
                if step:
                    return redirect(self._url(step))
                if self._stored() and self.storage.extra_data.get(LOADED):
                    if self.own_changes():  # keep them: someone else's save is not a reset
                        return self.conflict_page(
                            _(
                                "Someone saved this case's answers after you started this "
                                "intake. Your unsaved answers are kept: compare them below."
                            ),
                            status=200,
                        )
                    messages.info(
                        request,
                        _(
                            "The case's answers were changed since you started this intake, "
                            "so it now shows the saved answers."
                        ),
                    )
                self.load_case_answers()
            return super().get(request, *args, **kwargs)

        def post(self, request, *args, **kwargs):
            if kwargs.get("step") is None and REAPPLY in request.POST:
                return self.reapply_mine()
            if kwargs.get("step") is None and DISCARD in request.POST:
                self.load_case_answers()
                messages.info(request, _("The intake now shows the answers saved with the case."))
                return redirect(self._url(self.first_incomplete_step() or self.done_step_name))
            self.note_form = IntakeNoteForm(request.POST)
            if not self.note_form.is_valid():
                return self.refuse_note(kwargs.get("step"))
            self.save_note(request)
            if SAVE_DRAFT in request.POST:
                return self.save_draft(request, kwargs.get("step"))
            return super().post(request, *args, **kwargs)

        def refuse_note(self, step: str | None):
            """Show the page again as posted: the note as typed, with its error; nothing kept."""
            if step not in self.get_form_list():
                messages.error(self.request, self.note_form.errors[NOTE_FIELD][0])
                return redirect(self.get_start_url())
            self.storage.current_step = step
            form = self.get_form(step, data=self.request.POST)
            form.is_valid()  # its own errors are shown too, with everything typed
            return self.render(form)

        def save_note(self, request) -> None:
            body = self.note_form.cleaned_data[NOTE_FIELD]
            if not body:
                return
            Note.objects.create(
                case=self.case, author=request.user, kind=NoteKind.INTERNAL, body=body
            )
            record(request, AuditAction.NOTE_ADDED, self.case, kind="internal", during="intake")
            messages.success(request, _("Your internal note was added to the case."))

        def save_draft(self, request, step: str | None):
            """Store everything answered so far, this page included, and go back to the case.

            Nothing typed is dropped: a page with a wrong answer is shown again with its errors;
            questions merely left blank stay unanswered and the typed ones are kept. Pages not
            gone through yet keep the draft's answers they were filled in with.
            """
            answers = self.intake_answers()
            if step in self.get_form_list():
                form = self.get_form(step, data=request.POST)
                if form.is_valid():
                    self.store_step(step, form)
                    answers = self.intake_answers()
                elif any(typed(request.POST, form.add_prefix(name)) for name in form.errors):
                    messages.error(
                        request,
                        _(
                            "Correct the answers marked below, or clear them, then save the "
                            "draft again. Nothing you typed was lost."
                        ),
                    )
                    return self.render(form)
                else:  # only blank questions: keep the answers that were given
                    given = {k: v for k, v in form.answers().items() if v is not None}
                    not_sure = [k for k, v in answers.items() if v is None] + form.not_sure()
                    answers = prune(answers | given)
                    answers |= {k: None for k in not_sure if FIELDS[k].applies(answers)}
                    if given:  # kept in the session too, in case the save is refused
                        self._stored()[step] = {"keys": list(given), "values": given}
                        self.storage.extra_data = self.storage.extra_data
                        self.invalidate_answers()
            case = self.case
            note = self.partial_notes().get(OTHER_REASON, "")
            try:
                with transaction.atomic():
                    claim(case, self.storage.extra_data.get(OPENED))
                    case.keep_draft(answers, request.user, other_reason=note)
                    record_change(request, AuditAction.DRAFT_SAVED, case, step=step or "")
            except CaseChanged as conflict:
                return self.refuse_save(conflict)
            self.storage.reset()
            messages.success(request, _("The draft was saved. You can resume it from the case."))
            return redirect(self.get_exit_url())

        def finish(self, answers: dict):
            answers = self.given_answers()  # with "not sure" kept as None
            try:
                typed = Answers.from_dict(answers)
            except AnswersError:
                messages.error(self.request, _("Some answers need another look before saving."))
                return redirect(self.get_start_url())
            case = self.case
            note = self.partial_notes().get(OTHER_REASON, "")
            if case.assessment and answers == case.answers and note == case.other_reason_text:
                return self.confirm_unchanged()
            assessment = assess(typed, today())
            first = not case.assessment
            try:
                with transaction.atomic():
                    claim(case, self.storage.extra_data.get(OPENED))
                    if case.reviewed_at:
                        clear_review(self.request, case, reason="answers_changed")
                    case.other_reason_text = note
                    case.status = Status.SCREENED
                    case.draft_answers = None
                    replace_result(
                        case, answers, assessment, self.request.user, SnapshotReason.ANSWERS_EDITED
                    )
                    record_change(
                        self.request,
                        AuditAction.ANSWERS_SAVED,
                        case,
                        first=first,
                        as_of=assessment.as_of.isoformat(),
                        rules_version=assessment.rules_version,
                    )
            except CaseChanged as conflict:
                return self.refuse_save(conflict)
            self.storage.reset()
            messages.success(self.request, _("The answers were saved and assessed."))
            return redirect(self.get_exit_url())

        def confirm_unchanged(self):
            """Nothing changed: the stored result and an attorney's review both stand."""
            case = self.case
            if case.draft_answers is not None:
                try:
                    with transaction.atomic():
                        claim(case, self.storage.extra_data.get(OPENED))
                        case.draft_answers = None
                        case.updated_by = self.request.user
                        case.save(update_fields=["draft_answers", "updated_by", "updated_at"])
                        record_change(self.request, AuditAction.ANSWERS_SAVED, case, changed=False)
                except CaseChanged as conflict:
                    return self.refuse_save(conflict)
            else:  # nothing stored changes: there is nothing anyone could lose
                record(self.request, AuditAction.ANSWERS_SAVED, case, changed=False)
            self.storage.reset()
            if case.reviewed_at:
                text = _("No answer changed, so the result and the attorney's review stand.")
            else:
                text = _("No answer changed, so the result stands.")
            messages.success(self.request, text)
            return redirect(self.get_exit_url())

        def get_context_data(self, form, **kwargs):
            context = super().get_context_data(form=form, **kwargs)
            context.update(self.staff_context())
            note_form = context["note_form"]
            if note_form.is_bound and NOTE_FIELD in note_form.errors:
                note_error = {"text": note_form.errors[NOTE_FIELD][0], "anchor": f"id_{NOTE_FIELD}"}
                context["errors"] = [note_error, *context["errors"]]
            step = context["step"]
            if step.applicant_only_intro:  # "We do not ask your name" is for applicants
                context["step"] = dataclasses.replace(step, intro="")
            return context

        def staff_context(self) -> dict:
            return {
                "case": self.case,
                "note_form": getattr(self, "note_form", None) or IntakeNoteForm(),
                "save_draft": SAVE_DRAFT,
            }

        def render(self, form=None, **kwargs):
            response = super().render(form, **kwargs)
            self.record_view(self.steps.current)
            return response

        def render_check(self):
            response = super().render_check()
            response.context_data.update(self.staff_context())
            self.record_view(self.done_step_name)
            return response

        def record_view(self, step: str) -> None:
            """A page that shows the client's answers is a view of the case."""
            record_view(self.request, self.case, page="intake", step=step)

    return StaffIntakeWizard


@cache
def _wizard_view():
    return _wizard_class().as_view(url_name="staff:intake_step", done_step_name="check")


@staff_required(VIEW_CASE, CHANGE_CASE)
def intake_start(request, reference):
    """/staff/cases/<ref>/intake/: load the case's answers and go to the first unanswered step."""
    return _wizard_view()(request, reference=reference)


@staff_required(VIEW_CASE, CHANGE_CASE)
def intake_step(request, reference, step):
    return _wizard_view()(request, reference=reference, step=step)
