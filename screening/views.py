"""Thin views: they call the rules and render; they decide nothing themselves."""

from django.shortcuts import render

from screening.privacy.views import CodeForm
from screening.session import RESULT_KEY

# formtools' session storage key for ScreeningWizard (prefix "wizard_" + the class name)
WIZARD_SESSION_KEY = "wizard_screening_wizard"


def landing(request):
    """What parole is and is not, privacy, limits; start or continue a screening."""
    stored = request.session.get(WIZARD_SESSION_KEY) or {}
    in_progress = bool((stored.get("extra_data") or {}).get("answers"))
    return render(
        request,
        "screening/landing.html",
        {
            "in_progress": in_progress,
            "has_result": RESULT_KEY in request.session,
            "form": CodeForm(),
        },
    )
