"""The small pages around a screening: the start page, clear my answers?, cleared, and nothing
to show yet.

"Start again and clear my answers" asks first (a page, so it works without script), and both
pages say that answers saved under a resume code are not cleared with them. The result, the PDF,
the calendar file and check your answers, opened with no screening in progress, say so and offer
to start, or to continue with a resume code, instead of jumping to the first question.
"""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from screening.privacy.saving import saved_until
from screening.privacy.views import CodeForm
from screening.wizard.session import RESULT_KEY

# formtools' session storage key for ScreeningWizard (prefix "wizard_" + the class name)
WIZARD_SESSION_KEY = "wizard_screening_wizard"


def in_progress(request) -> bool:
    """Whether this browser session holds answers of an unfinished or finished screening."""
    stored = request.session.get(WIZARD_SESSION_KEY) or {}
    return bool((stored.get("extra_data") or {}).get("answers"))


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


@require_safe
@never_cache
def start_again(request):
    """/screen/start-again/: ask before clearing; the form posts to /screen/."""
    context = {"in_progress": in_progress(request), "saved_until": saved_until(request.session)}
    return render(request, "screening/start_again.html", context)


@require_safe
@never_cache
def cleared(request):
    """/screen/cleared/: the answers are gone; offer a new screening."""
    return render(request, "screening/cleared.html", {"saved_until": saved_until(request.session)})


def no_screening(request, status: int = 200):
    """The result, its PDF and calendar, or the check page with no finished screening: say so,
    offer to start, to go on, or to continue with a resume code."""
    context = {"in_progress": in_progress(request), "form": CodeForm()}
    return render(request, "screening/no_screening.html", context, status=status)
