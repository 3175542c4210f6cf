"""The privacy models: saved screenings (resume by code) and the key canary."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .fields import EncryptedJSONField


def saved_screening_expiry() -> dt.datetime:
    return timezone.now() + dt.timedelta(days=settings.SAVED_SCREENING_DAYS)


class SavedScreeningQuerySet(models.QuerySet):
    def live(self):
        return self.filter(expires_at__gt=timezone.now())

    def expired(self):
        return self.filter(expires_at__lte=timezone.now())


class SavedScreening(models.Model):
    """An applicant's unfinished screening, kept under a resume code they hold (never stored).

    `code_hash` is the SHA-256 of the normalised code; `data` (encrypted) holds the wizard's
    answers per step and the step where the person stopped.
    """

    code_hash = models.CharField(max_length=64, unique=True)
    data = EncryptedJSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=saved_screening_expiry, db_index=True)

    objects = SavedScreeningQuerySet.as_manager()

    class Meta:
        verbose_name = _("saved screening")
        verbose_name_plural = _("saved screenings")

    def __str__(self) -> str:
        return f"saved screening {self.pk}"


class KeyCanary(models.Model):
    """One row: a known text under the current keys, checked at start-up (`canary`)."""

    token = models.TextField()
    index_hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return "key canary"
