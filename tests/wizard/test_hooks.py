"""The hooks a subclass (the staff intake) relies on: URLs, prefill, partial answers, finish."""

import json

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import include, path, reverse

from screening.rules import prune
from screening.wizard.view import ScreeningWizard
from tests.walker import APPLICANT, applicant_at, post_step, walk

pytestmark = pytest.mark.django_db


class ElsewhereWizard(ScreeningWizard):
    template_name = "screening/wizard/step.html"

    def initial_answers(self):
        return {"location": "inside_us", "goal": "stay_in_us", "citizenship": "CU"}

    def get_step_url(self, step):
        return reverse("elsewhere_step", kwargs={"step": step})

    def get_start_url(self):
        return reverse("elsewhere_start")

    def finish(self, answers):
        return HttpResponse(json.dumps(answers), content_type="application/json")


def partial(request):
    view = ElsewhereWizard()
    view.setup(request)
    view.prefix = view.get_prefix(request)
    from formtools.wizard.storage import get_storage

    view.storage = get_storage(view.storage_name, view.prefix, request)
    return HttpResponse(json.dumps(view.partial_answers()), content_type="application/json")


elsewhere = ElsewhereWizard.as_view(url_name="elsewhere_step", done_step_name="check")
urlpatterns = [
    path("elsewhere/", elsewhere, name="elsewhere_start"),
    path("elsewhere/partial/", partial),
    path("elsewhere/<str:step>/", elsewhere, name="elsewhere_step"),
    path("", include("parole_screen.urls")),
]


@override_settings(ROOT_URLCONF=__name__)
def test_a_subclass_lives_under_its_own_urls_with_prefilled_answers(client):
    assert client.get("/elsewhere/")["Location"] == "/elsewhere/situation/"
    page = client.get("/elsewhere/situation/")
    html = page.content.decode()
    assert 'action="/elsewhere/situation/"' in html
    assert 'value="inside_us" checked' in html
    assert 'name="elsewhere_wizard-current_step"' in html
    # its answers are its own: the applicant wizard has nothing stored
    inside = {"location": "inside_us", "goal": "stay_in_us"}
    response = post_step(client, applicant_at("/elsewhere/"), "situation", inside)
    assert response["Location"] == "/elsewhere/entry/"
    assert client.get("/screen/")["Location"] == "/screen/situation/"
    assert '<option value="CU" selected>' not in client.get("/elsewhere/entry/").content.decode()
    assert json.loads(client.get("/elsewhere/partial/").content).items() >= inside.items()


@override_settings(ROOT_URLCONF=__name__)
def test_finish_gets_the_pruned_answers(client, medical_answers):
    filled = walk(client, applicant_at("/elsewhere/"), medical_answers).filled
    page = client.get("/elsewhere/check/")
    assert 'action="/elsewhere/check/"' in page.content.decode()
    response = client.post("/elsewhere/check/", {"elsewhere_wizard-current_step": "check"})
    assert json.loads(response.content) == prune(medical_answers | filled)
    assert "screening_result" not in client.session


def test_the_step_template_has_blocks_for_extra_fields_and_actions():
    from django.template.loader import get_template

    source = get_template("screening/wizard/step.html").template.source
    assert "{% block extra_fields %}" in source and "{% block extra_actions %}" in source
    check = get_template("screening/wizard/check.html").template.source
    assert "{% block extra_actions %}" in check


def test_walk_helper_and_finish_default_saves_the_result(client, medical_answers):
    walk(client, APPLICANT, medical_answers)
    response = client.post("/screen/check/", {"screening_wizard-current_step": "check"})
    assert response["Location"] == "/result/"
    assert client.session["screening_result"]["answers"]["reasons"] == ["medical_treatment"]


NOTE = "Your answers are kept, encrypted, for this browser session only."


@override_settings(ROOT_URLCONF=__name__)
def test_only_the_session_only_wizard_says_answers_stay_in_the_browser(client):
    assert NOTE in client.get("/screen/situation/").content.decode()
    assert NOTE not in client.get("/elsewhere/situation/").content.decode()
