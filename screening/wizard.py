"""The screening wizard (being built: issue 3)."""

from django.http import Http404


def start(request):
    raise Http404


def screening_wizard(request, step):
    raise Http404
