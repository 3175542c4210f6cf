"""Thin views: they call the rules and render; they decide nothing themselves."""

from django.shortcuts import render


def landing(request):
    return render(request, "screening/landing.html")
