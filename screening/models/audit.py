"""The audit log: append-only, one row per thing a person did."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    CASE_CREATED = "case_created", _("Case created")
    CASE_VIEWED = "case_viewed", _("Case viewed")
    CASE_EDITED = "case_edited", _("Case details edited")
    CASE_DELETED = "case_deleted", _("Case deleted")
    CASES_SEARCHED = "cases_searched", _("Cases searched")
    DRAFT_SAVED = "draft_saved", _("Draft saved")
    ANSWERS_SAVED = "answers_saved", _("Answers saved and assessed")
    STATUS_CHANGED = "status_changed", _("Status changed")
    NOTE_ADDED = "note_added", _("Note added")
    EVIDENCE_UPDATED = "evidence_updated", _("Evidence tracker updated")
    RESCREEN_VIEWED = "rescreen_viewed", _("Re-screened under today's rules")
    RESCREEN_ACCEPTED = "rescreen_accepted", _("Re-screen accepted")
    REVIEWED = "reviewed", _("Marked reviewed")
    MEMO_DOWNLOADED = "memo_downloaded", _("Memo PDF downloaded")
    EXPORTED = "exported", _("Exported as JSON")
    REVIEW_CLEARED = "review_cleared", _("Attorney review cleared")
    SAVED_SCREENING_IMPORTED = "saved_screening_imported", _("Saved screening brought in")
    PURGED = "purged", _("Expired data deleted")
    KEYS_ROTATED = "keys_rotated", _("Data re-encrypted under the newest key")
    CALENDAR_DOWNLOADED = "calendar_downloaded", _("Deadlines calendar downloaded")
    SAVE_REFUSED = "save_refused", _("Save refused: someone else had changed the case")
    CASES_LISTED = "cases_listed", _("Case list viewed")
    DEADLINES_VIEWED = "deadlines_viewed", _("Deadlines viewed")
    ACCESS_DENIED = "access_denied", _("Access refused")
    # who got in: sign-in and the accounts
    SIGNED_IN = "signed_in", _("Signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
    LOCKED_OUT = "locked_out", _("Sign-in locked after failed tries")
    UNLOCKED = "unlocked", _("Sign-in lock lifted")
    SIGNED_OUT = "signed_out", _("Signed out")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Password reset requested")
    PASSWORD_RESET = "password_reset", _("Password reset by email link")
    ROLE_CHANGED = "role_changed", _("Role changed")
    SUPERUSER_CHANGED = "superuser_changed", _("Administrator rights changed")
    ACCOUNT_CHANGED = "account_changed", _("Account access changed")


class AuditEventImmutable(Exception):
    """Raised on any attempt to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditEventImmutable("audit events cannot be changed")

    def delete(self):
        raise AuditEventImmutable("audit events cannot be deleted")


class AuditEvent(models.Model):
    """Who did what to which case, when and from where. Never holds the applicant's answers."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    username = models.CharField(_("user name"), max_length=150, blank=True)
    action = models.CharField(_("what"), max_length=32, choices=AuditAction.choices, db_index=True)
    case_reference = models.CharField(_("case"), max_length=12, blank=True, db_index=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.case_reference}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditEventImmutable("audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditEventImmutable("audit events cannot be deleted")
