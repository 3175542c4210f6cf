"""The work on a case: notes and the evidence tracker."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from screening.models.case import Case
from screening.privacy.fields import EncryptedCharField, EncryptedTextField


class NoteKind(models.TextChoices):
    INTERNAL = "internal", _("Internal note")
    ATTORNEY = "attorney", _("Attorney note")


class Note(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=NoteKind.choices, default=NoteKind.INTERNAL
    )
    body = EncryptedTextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.case_id}"


class EvidenceState(models.TextChoices):
    NEEDED = "needed", _("Needed")
    REQUESTED = "requested", _("Requested")
    RECEIVED = "received", _("Have")  # the client or the office has it


class EvidenceItem(models.Model):
    """Where the office stands on one document the assessment asks for."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence_items")
    evidence_id = models.CharField(_("evidence"), max_length=64)
    state = models.CharField(
        _("state"), max_length=12, choices=EvidenceState.choices, default=EvidenceState.NEEDED
    )
    note = EncryptedCharField(_("note"), max_length=500, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("evidence item")
        verbose_name_plural = _("evidence items")
        constraints = [
            models.UniqueConstraint(fields=["case", "evidence_id"], name="evidence_item_unique")
        ]

    def __str__(self) -> str:
        return f"{self.evidence_id}: {self.state}"
