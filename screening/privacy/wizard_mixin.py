"""The applicant wizard's "Save and continue later" button (question pages and check page)."""

from __future__ import annotations

from django.core.exceptions import SuspiciousOperation
from django.shortcuts import redirect

from screening.wizard.posted import typed

from . import saving

SAVE_FOR_LATER = "save_for_later"
CODE_ONCE_KEY = "saved_screening_code"  # shown once by the saved page, then forgotten


class SaveForLaterMixin:
    """Mixed into ScreeningWizard; a subclass (the staff intake) sets `offer_save_for_later`."""

    offer_save_for_later = True

    def wants_save_for_later(self, step: str | None) -> bool:
        """Called first by the wizard's `post`: was "Save and continue later" pressed?"""
        pressed = SAVE_FOR_LATER in self.request.POST
        return self.offer_save_for_later and step is not None and pressed

    def save_for_later(self, step: str):
        """Keep what this page holds, as Continue would, then store everything under a code.

        A wrong answer is shown again with its errors (nothing typed is lost); questions left
        blank stay unanswered and the page resumes with the typed ones filled in.
        """
        if step in self.get_form_list():
            form = self.get_form(step, data=self.request.POST)
            if form.is_valid():
                self.store_step(step, form)
            elif any(typed(self.request.POST, form.add_prefix(name)) for name in form.errors):
                self.storage.current_step = step
                return self.render(form)
            else:
                given = {k: v for k, v in form.answers().items() if v is not None}
                if given:
                    self._stored()[step] = {"keys": list(given), "values": given}
                    self.storage.extra_data = self.storage.extra_data
                    self.invalidate_answers()
        elif step != self.done_step_name:
            raise SuspiciousOperation("No such wizard step.")
        session = self.request.session
        code, saved = saving.save(
            self._stored(),
            step,
            self.partial_answers(),
            replace_id=session.get(saving.SAVED_ID_KEY),
        )
        session[saving.SAVED_ID_KEY] = saved.pk
        session[CODE_ONCE_KEY] = code
        return redirect("screen_saved")

    def save_for_later_context(self) -> dict:
        return {"save_for_later": self.offer_save_for_later, "save_name": SAVE_FOR_LATER}
