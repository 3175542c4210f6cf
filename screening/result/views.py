"""The result page and the PDF summary: thin views over the stored screening."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from screening import clock
from screening.result import ics, pdf, prepared_pdf
from screening.result.model import result_context
from screening.result.timeline import has_upcoming
from screening.wizard.pages import no_screening
from screening.wizard.session import load_result


@require_safe
@never_cache
def result(request):
    loaded = load_result(request)
    if loaded is None:
        return no_screening(request)
    answers, assessment = loaded
    context = result_context(answers, assessment)
    if has_upcoming(context["deadlines"]):
        context["calendar_url"] = reverse("result_ics")
    response = render(request, "screening/result.html", context)
    # the PDF is written while the person reads, so that "Download" finds it ready
    prepared_pdf.prepare(
        request.session.session_key, answers, assessment, generated_on=clock.today()
    )
    return response


@require_safe
@never_cache
def result_pdf(request):
    loaded = load_result(request)
    if loaded is None:
        return no_screening(request)
    answers, assessment = loaded
    today = clock.today()
    body = prepared_pdf.summary_pdf(
        request.session.session_key, answers, assessment, generated_on=today
    )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.download_name(today)}"'
    return response


@require_safe
@never_cache
def result_ics(request):
    """ "Add to calendar": the screening's deadlines, made from the session now, kept nowhere."""
    loaded = load_result(request)
    if loaded is None:
        return no_screening(request)
    _answers, assessment = loaded
    body = ics.deadlines_ics(assessment.deadlines, clock.today())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ics.download_name()}"'
    return response
