"""The 400 page says what was wrong when we know: no page here takes a file."""

from django.core.exceptions import TooManyFilesSent
from django.shortcuts import render


def bad_request(request, exception):
    context = {"files_refused": isinstance(exception, TooManyFilesSent)}
    return render(request, "400.html", context, status=400)
