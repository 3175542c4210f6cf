"""The one "today" of ParoleScreen: the date in the configured TIME_ZONE (settings.TIME_ZONE).

The web pages, the PDF, the calendar files, the staff pages and `manage.py screen` all ask
here, so the same answers give the same day counts wherever they are screened. The zone is
the configured one and never the reader's or the server's: the office and the U.S. agencies
count days in U.S. time (docs/decisions/0023-one-today.md). Tests freeze the clock by replacing
`now`.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def now() -> dt.datetime:
    return timezone.now()


def today() -> dt.date:
    """Today's date in settings.TIME_ZONE (whatever time zone a request may have activated)."""
    return timezone.localdate(now(), timezone.get_default_timezone())
