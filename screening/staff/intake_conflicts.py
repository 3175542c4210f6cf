"""Two people on one case, in the staff intake: the intake remembers the case version and the
answers it was opened with (in the session); a draft or a confirm after someone else saved the
case is refused (`versions.claim`) with a page that shows what they changed and what this
person changed. This person's answers stay in the session until they put them on top of the
saved ones (to check, then save) or drop them."""

from __future__ import annotations

import hashlib
import json

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from screening.questions import STEP_OF_KEY
from screening.rules import prune
from screening.rules.schema import FIELDS
from screening.wizard.notes import OTHER_REASON

from .conflicts import answer_changes, conflict_context, reapply
from .permissions import visible_case_or_404
from .versions import CaseChanged, refused

LOADED = "loaded_case_answers"  # digest of the case's answers this session's intake started from
OPENED = "opened_version"  # the case version it started from (a save against a newer is refused)
BASE = "opened_answers"  # and the case's answers then, to tell this person's changes from others'
BASE_NOTE = "opened_note"
REAPPLY = "reapply_mine"  # the conflict page's two buttons
DISCARD = "use_saved"


def answers_digest(answers: dict) -> str:
    return hashlib.sha256(json.dumps(answers, sort_keys=True).encode()).hexdigest()


def applying(answers: dict) -> dict:
    """`answers` without those that no longer apply, keeping "not sure" (None) where it does."""
    kept = prune({k: v for k, v in answers.items() if v is not None})
    return kept | {k: None for k, v in answers.items() if v is None and FIELDS[k].applies(kept)}


class IntakeConflictMixin:
    """Mixed into the staff intake wizard (which provides `case`, `case_answers`,
    `case_notes`, `load_case_answers` and the wizard's storage and answers)."""

    def remember_opened(self, extra: dict, *, only_if_unset: bool = False) -> None:
        """The case as this intake found it: its version, answers and "another reason"."""
        opened = {
            LOADED: answers_digest(self.case_answers()),
            OPENED: self.case.version,
            BASE: self.case_answers(),
            BASE_NOTE: self.case.other_reason_text,
        }
        for key, value in opened.items():
            if not only_if_unset or key not in extra:
                extra[key] = value

    def intake_answers(self) -> dict:
        """What this intake holds: the answers given in it and, on the pages it has not been
        through yet, the answers it opened with (they fill those pages in)."""
        stored = self._stored()
        opened = self.storage.extra_data.get(BASE) or {}
        answers = self.given_answers()
        untouched = {
            k: v for k, v in opened.items() if k not in answers and STEP_OF_KEY.get(k) not in stored
        }
        return applying(answers | untouched)

    def own_changes(self) -> bool:
        """Whether this session's intake holds answers other than those it opened with."""
        extra = self.storage.extra_data
        if BASE not in extra:
            return False
        return self.intake_answers() != extra[BASE] or (
            self.partial_notes().get(OTHER_REASON, "") != extra.get(BASE_NOTE, "")
        )

    def conflict_page(self, advice: str, status: int = 409):
        """What was saved since this intake opened, and this person's answers, kept in
        the session, ready to go on top of it (or be dropped)."""
        self.case = visible_case_or_404(self.request.user, self.case.reference)
        extra = self.storage.extra_data
        base, now = extra.get(BASE) or {}, self.case_answers()
        mine = self.intake_answers()
        context = conflict_context(self.case, extra.get(OPENED), advice=advice)
        context |= {
            "case": self.case,
            "theirs": answer_changes(base, now),
            "mine": answer_changes(base, mine),
            "their_note": self.case.other_reason_text != extra.get(BASE_NOTE, ""),
            "my_note": self.partial_notes().get(OTHER_REASON, "") != extra.get(BASE_NOTE, ""),
            "reapply": REAPPLY,
            "discard": DISCARD,
            "start_url": self.get_start_url(),
        }
        return render(self.request, "staff/intake_conflict.html", context, status=status)

    def refuse_save(self, conflict: CaseChanged):
        refused(self.request, conflict, "intake")
        return self.conflict_page(
            _(
                "Your answers were not saved: someone saved this case after you started "
                "this intake. Nothing you entered was lost. Compare the two below, then put "
                "your changes on top of theirs and check them, or drop yours."
            )
        )

    def reapply_mine(self):
        """The case's answers as they are now, with this person's changes on top, loaded
        into the intake to check (nothing is saved until they confirm or save a draft)."""
        extra = self.storage.extra_data
        base, mine = extra.get(BASE) or {}, self.intake_answers()
        kept = applying(reapply(base, mine, self.case_answers()))
        note = self.partial_notes().get(OTHER_REASON, "")
        if note == extra.get(BASE_NOTE, ""):
            note = self.case.other_reason_text
        self.load_case_answers(kept, {OTHER_REASON: note} if note else {})
        messages.info(
            self.request,
            _(
                "Your changes are now on top of the answers saved meanwhile. Check them, "
                "then confirm or save the draft."
            ),
        )
        return redirect(self._url(self.done_step_name))
