"""A case: the client, their answers and result, and what the case list reads (verdicts, names)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from screening.privacy import name_words
from screening.privacy.crypto import name_index
from screening.privacy.fields import EncryptedCharField, EncryptedJSONField
from screening.rules.deadlines import date_of, filing_window_open, next_deadline, parole_ended

# Letters and digits that cannot be misread for each other (no 0/O, 1/I/L, U).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """A short, unguessable case reference such as PS-7K3M-9Q2X (about 39 bits of chance)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"PS-{chars[:4]}-{chars[4:]}"


a_number_validator = RegexValidator(
    r"^A\d{8,9}$",
    _("Enter the A-number as the letter A followed by 8 or 9 digits, like A123456789."),
)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SCREENED = "screened", _("Screened")
    IN_REVIEW = "in_review", _("In review")
    REVIEWED = "reviewed", _("Reviewed")
    CLOSED = "closed", _("Closed")


class Urgency(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency")
    URGENT = "urgent", _("Urgent")
    STANDARD = "standard", _("Standard")


class LanguageSource(models.TextChoices):
    STAFF = "staff", _("recorded by staff")
    SAVED_SCREENING = "saved_screening", _("the language the client's saved screening was in")


class Case(models.Model):
    """One client's screening, kept by the office."""

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_reference, editable=False
    )
    # -- personal data: only these fields, all encrypted ----------------------------------
    client_name = EncryptedCharField(_("client's name"), max_length=200)
    # HMACs of the name's words (case- and accent-insensitive), kept in step by `save`
    client_name_index = models.TextField(editable=False, blank=True)
    client_contact = EncryptedCharField(_("client's contact details"), max_length=300, blank=True)
    a_number = EncryptedCharField(
        _("A-number"), max_length=10, blank=True, validators=[a_number_validator]
    )
    answers = EncryptedJSONField(_("answers"), default=dict, blank=True)
    # answers of an unfinished edit of a screened case (the result stays as it was until then)
    draft_answers = EncryptedJSONField(_("draft answers"), null=True, blank=True)
    # the client's "Another reason" in their words: shown to staff, never given to the rules
    other_reason_text = EncryptedCharField(
        _("another reason, in the client's words"), max_length=200, blank=True
    )
    # the client's language (a code of screening.staff.client_language, "" when not recorded:
    # never the language of the staff member's pages) and where it came from
    language = models.CharField(_("client's language"), max_length=16, blank=True, default="")
    language_source = models.CharField(
        _("where the client's language came from"),
        max_length=16,
        blank=True,
        default="",
        choices=LanguageSource.choices,
    )
    # -- the result ------------------------------------------------------------------------
    assessment = EncryptedJSONField(_("assessment"), null=True, blank=True)
    rules_version = models.CharField(_("rules version"), max_length=64, blank=True)
    as_of = models.DateField(_("screened as of"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    urgency = models.CharField(
        _("urgency"), max_length=12, choices=Urgency.choices, blank=True, db_index=True
    )
    # {pathway id: verdict id}: a copy of the snapshot's verdicts for the case list (no JSON read)
    verdict_summary = EncryptedJSONField(_("verdicts"), default=dict, blank=True)
    # copies of the assessment's deadlines, so the lists sort and mark without calling the rules
    next_deadline_on = models.DateField(_("next deadline"), null=True, blank=True)
    next_deadline_id = models.CharField(_("next deadline (id)"), max_length=32, blank=True)
    parole_ends_on = models.DateField(_("parole ends"), null=True, blank=True)
    window_opens_on = models.DateField(_("re-parole filing window opens"), null=True, blank=True)
    # -- people and times ------------------------------------------------------------------
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    # one more at every staff save, by a conditional UPDATE (screening.staff.versions.claim)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-updated_at"]
        indexes = [
            # the case list's default order within a status filter, without a sort step
            models.Index(fields=["status", "-updated_at"], name="case_status_updated_idx"),
            # a paralegal's share within a status, counted from the index alone
            models.Index(
                fields=["status", "assigned_to", "-updated_at"],
                name="case_status_assignee_idx",
            ),
            # the Deadlines page: soonest first, and its count without reading the rows
            models.Index(fields=["next_deadline_on", "status"], name="case_next_deadline_idx"),
            models.Index(
                fields=["assigned_to", "next_deadline_on", "status"],
                name="case_assignee_deadline_idx",
            ),
        ]
        permissions = [
            ("review_case", _("Can mark a case reviewed and accept a re-screen")),
            ("add_attorney_note", _("Can add attorney notes")),
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args, **kwargs):
        if self._state.adding:  # a clash is very unlikely; draw again rather than fail
            while Case.objects.filter(reference=self.reference).exists():
                self.reference = new_reference()
        index = name_index(self.client_name or "")
        # rows of CaseNameWord follow the column (only when it changes: most saves keep it)
        words_change = self._state.adding or index != self.__dict__.get("client_name_index")
        self.client_name_index = index
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "client_name" in update_fields:
            update_fields = {*update_fields, "client_name_index"}
        if not self._state.adding and not kwargs.get("force_insert"):
            # The version moves only through `claim`'s conditional UPDATE: a save never writes
            # back the version it read, so it can never undo someone else's newer one.
            if update_fields is None:
                update_fields = {f.name for f in self._meta.concrete_fields if not f.primary_key}
            update_fields = set(update_fields) - {"version"}
        if update_fields is not None:
            kwargs["update_fields"] = update_fields
        super().save(*args, **kwargs)
        written = update_fields is None or "client_name_index" in update_fields
        if words_change and written:
            name_words.sync_case(self.pk, index)

    def set_assessment(self, answers: dict, assessment) -> None:
        """Store answers and one Assessment (from the rules) with the denormalized copies."""
        self.answers = answers
        self.assessment = assessment.to_dict()
        self.rules_version = assessment.rules_version
        self.as_of = assessment.as_of
        self.urgency = assessment.urgency
        self.verdict_summary = {p.id: p.verdict for p in assessment.pathways}
        upcoming = next_deadline(assessment.deadlines, assessment.as_of)
        self.next_deadline_on = upcoming.date if upcoming else None
        self.next_deadline_id = upcoming.id if upcoming else ""
        self.parole_ends_on = date_of(assessment.deadlines, "parole_ends")
        self.window_opens_on = date_of(assessment.deadlines, "re_parole_window_opens")

    def parole_ended(self, day) -> bool:
        return parole_ended(self.parole_ends_on, day)

    def filing_window_open(self, day) -> bool:
        return filing_window_open(self.window_opens_on, self.parole_ends_on, day)

    def current_draft(self) -> dict | None:
        """The unfinished answers a new draft would replace (None when there are none)."""
        if self.assessment:
            return self.draft_answers
        return self.answers or None

    def keep_draft(
        self, answers: dict, user, *, other_reason: str | None = None, reason: str = "draft_saved"
    ) -> None:
        """Save unfinished answers: a screened case's result stays as it is until confirmed.
        The draft it replaces goes to the case's draft history (`DraftSnapshot`)."""
        earlier, earlier_note = self.current_draft(), self.other_reason_text
        note = earlier_note if other_reason is None else other_reason
        if earlier is not None and (earlier, earlier_note) != (answers, note):
            from screening.models.history import DraftSnapshot  # history refers back to Case

            DraftSnapshot.objects.create(
                case=self,
                answers=earlier,
                other_reason_text=earlier_note,
                reason=reason,
                replaced_by=user,
                version=self.version,
            )
        if self.assessment:
            self.draft_answers = answers
        else:
            self.answers = answers
            self.status = Status.DRAFT
        self.other_reason_text = note
        self.updated_by = user
        self.save()

    def sync_verdicts(self) -> None:
        """Rewrite the case's rows in CaseVerdict from `verdict_summary` (for the list filter)."""
        self.verdicts.all().delete()
        CaseVerdict.objects.bulk_create(
            CaseVerdict(case=self, pathway=pathway, verdict=verdict)
            for pathway, verdict in self.verdict_summary.items()
        )


class CaseVerdict(models.Model):
    """One pathway's verdict for a case: an indexed copy so the list filters without JSON."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="verdicts")
    pathway = models.CharField(max_length=64)
    verdict = models.CharField(max_length=16)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "pathway"], name="case_verdict_unique")
        ]
        indexes = [models.Index(fields=["pathway", "verdict"], name="case_verdict_lookup_idx")]

    def __str__(self) -> str:
        return f"{self.pathway}: {self.verdict}"


class CaseNameWord(models.Model):
    """One HMAC of `Case.client_name_index` (a word of the name, or its beginning), indexed so
    that a name search reads only the matching cases (`screening.privacy.name_words`)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["word", "case"], name="case_name_word_idx")]

    def __str__(self) -> str:
        return self.word
