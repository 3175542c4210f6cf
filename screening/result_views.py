"""The result page and the PDF summary (being built: issue 3)."""

from django.http import Http404


def result(request):
    raise Http404


def result_pdf(request):
    raise Http404
