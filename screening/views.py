"""Thin views: they call the rules and render; they decide nothing themselves."""

from django.shortcuts import render

from screening.privacy.views import CodeForm
from screening.screening_pages import in_progress
from screening.session import RESULT_KEY


def landing(request):
    """What parole is and is not, privacy, limits; start or continue a screening."""
    return render(
        request,
        "screening/landing.html",
        {
            "in_progress": in_progress(request),
            "has_result": RESULT_KEY in request.session,
            "form": CodeForm(),
        },
    )
