"""The result page and the PDF summary: thin views over the stored screening."""

import datetime as dt

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from screening import pdf
from screening.labels import result_context
from screening.screening_pages import no_screening
from screening.session import load_result


@require_safe
@never_cache
def result(request):
    loaded = load_result(request)
    if loaded is None:
        return no_screening(request)
    answers, assessment = loaded
    return render(request, "screening/result.html", result_context(answers, assessment))


@require_safe
@never_cache
def result_pdf(request):
    loaded = load_result(request)
    if loaded is None:
        return no_screening(request)
    answers, assessment = loaded
    today = dt.date.today()
    body = pdf.render_summary_pdf(answers, assessment, generated_on=today)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.download_name(today)}"'
    return response
