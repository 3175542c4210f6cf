"""Staff sign-in lockouts: django-axes' database handler, counting each try before the password
is checked, so the limit holds across app servers however many tries arrive at once.

Axes' own order is: check the count, check the password, then count the failure. Thirty tries at
the same moment all pass the first step before any is counted, so more than the limit get their
password checked (8 of 30 against a limit of 5, on two servers). Here a try is counted first,
in one short transaction (a row lock and an increment in the database), and the password is
checked only if the count, read after that commit, is within the limit: of any number of
simultaneous tries, at most the limit are checked. A right password then clears the count
(`AXES_RESET_ON_SUCCESS`); a wrong one is already counted.

Counts are rows in the database (`axes_accessattempt`), not in the cache: a lockout holds on
every server and does not depend on Redis. `manage.py unlock_login NAME` lifts one.
"""

from __future__ import annotations

from axes.conf import settings
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_query_str
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.db import router, transaction
from django.db.models import F


class CountFirstDatabaseHandler(AxesDatabaseHandler):
    def is_allowed(self, request, credentials: dict | None = None) -> bool:
        if self.is_blacklisted(request, credentials):
            return False
        if self.is_whitelisted(request, credentials):
            return True
        if not getattr(request, "login_try_counted", False):
            self.count_try(request, credentials)
        failures = self.get_failures(request, credentials)
        request.axes_failures_since_start = failures
        request.password_checked = failures <= get_failure_limit(request, credentials)
        return request.password_checked

    def count_try(self, request, credentials: dict | None) -> None:
        """One more try for this name, address and browser, committed before anything reads."""
        self.clean_expired_user_attempts(request, credentials)
        username = get_client_username(request, credentials)
        with transaction.atomic(using=router.db_for_write(AccessAttempt)):
            attempt, created = AccessAttempt.objects.select_for_update().get_or_create(
                username=username,
                ip_address=request.axes_ip_address,
                user_agent=request.axes_user_agent,
                defaults={
                    "get_data": get_query_str(request.GET).replace("\0", "0x00"),
                    "post_data": get_query_str(request.POST).replace("\0", "0x00"),
                    "http_accept": request.axes_http_accept,
                    "path_info": request.axes_path_info,
                    "failures_since_start": 1,
                    "attempt_time": request.axes_attempt_time,
                },
            )
            if not created:
                AccessAttempt.objects.filter(pk=attempt.pk).update(
                    failures_since_start=F("failures_since_start") + 1,
                    attempt_time=request.axes_attempt_time,
                    path_info=request.axes_path_info,
                )
        request.login_try_counted = True

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        """The try is counted already: say whether this failure (or refusal) is a lockout."""
        if request is None or not getattr(request, "login_try_counted", False):
            return super().user_login_failed(sender, credentials, request, **kwargs)
        failures = self.get_failures(request, credentials)
        limit = get_failure_limit(request, credentials)
        request.axes_failures_since_start = failures
        # This failure is the one that reached the limit (the lock starts now).
        request.lock_started = getattr(request, "password_checked", False) and failures >= limit
        if settings.AXES_LOCK_OUT_AT_FAILURE and failures >= limit:
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,
            )


def unlock(username: str) -> list[str]:
    """Lift the lock on `username` and on every address its failed tries came from (the person's
    own desk, usually); returns those addresses."""
    addresses = sorted(
        {
            address
            for address in AccessAttempt.objects.filter(username=username).values_list(
                "ip_address", flat=True
            )
            if address
        }
    )
    AccessAttempt.objects.filter(username=username).delete()
    AccessAttempt.objects.filter(ip_address__in=addresses).delete()
    return addresses
