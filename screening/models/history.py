"""What a case was before: the results and drafts a save replaced."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from screening.models.case import Case
from screening.privacy.fields import EncryptedCharField, EncryptedJSONField


class SnapshotReason(models.TextChoices):
    ANSWERS_EDITED = "answers_edited", _("The answers were edited")
    RESCREEN_ACCEPTED = "rescreen_accepted", _("A re-screen under today's rules was accepted")


class CaseSnapshot(models.Model):
    """An earlier result of a case, kept when a newer one replaced it."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="snapshots")
    answers = EncryptedJSONField(_("answers"), default=dict)
    assessment = EncryptedJSONField(_("assessment"))
    rules_version = models.CharField(_("rules version"), max_length=64)
    as_of = models.DateField(_("screened as of"))
    reason = models.CharField(_("why it was replaced"), max_length=32, choices=SnapshotReason)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("replaced by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        verbose_name = _("earlier result")
        verbose_name_plural = _("earlier results")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.case_id} as of {self.as_of}"


class DraftReason(models.TextChoices):
    DRAFT_SAVED = "draft_saved", _("A newer draft was saved")
    SAVED_SCREENING_IMPORTED = (
        "saved_screening_imported",
        _("Answers the client saved were brought in"),
    )


class DraftSnapshot(models.Model):
    """An unfinished set of answers, kept when a newer draft replaced it (drafts have a history
    as results do)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="draft_snapshots")
    answers = EncryptedJSONField(_("answers"), default=dict)
    other_reason_text = EncryptedCharField(
        _("another reason, in the client's words"), max_length=200, blank=True
    )
    reason = models.CharField(_("why it was replaced"), max_length=32, choices=DraftReason)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("replaced by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)
    # the case version the save that replaced this draft produced
    version = models.PositiveIntegerField(_("version"))

    class Meta:
        verbose_name = _("earlier draft")
        verbose_name_plural = _("earlier drafts")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self) -> str:
        return f"draft of {self.case_id} replaced at version {self.version}"
