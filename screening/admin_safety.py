"""Admin change lists that answer bad filter values with the admin's own "invalid" notice.

Django's change list already turns most malformed filters into a redirect to `?e=1`, but not a
date far out of range (`at__year=99999999999999999999` overflows before it is checked) nor a NUL
byte, which PostgreSQL refuses in any text parameter. No filter or search value ever needs a
control character, so any in the query string is refused the same way.
"""

from __future__ import annotations

import re

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SafeChangeList(ChangeList):
    def get_filters(self, request):
        for key, values in request.GET.lists():
            if _CONTROL.search(key) or any(_CONTROL.search(value) for value in values):
                raise IncorrectLookupParameters(f"control character in {key!r}")
        try:
            return super().get_filters(request)
        except OverflowError as error:
            raise IncorrectLookupParameters(error) from error


class SafeChangeListMixin:
    """Mix into a ModelAdmin: its change list refuses malformed filters without a 500."""

    def get_changelist(self, request, **kwargs):
        return SafeChangeList
