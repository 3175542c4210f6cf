"""Server time of each wizard step and of a whole screening, beside a bare formtools step.

Everything runs in process with django.test.Client against a throw-away test database (the
sessions live there). A "step" is what a person costs the server on one page: the GET that
draws it and the POST that answers it (a redirect). The bare step is a trivial SessionWizardView
with one CharField form, drawn in the same site layout (base.html) and routed through this
module's own urlconf, measured in the same run. Targets: a step at most 1.5x the bare step, a
whole screening (every step, check your answers and the confirm that runs the rules) at most
150 ms. Template rendering is not instrumented (no setup_test_environment: it copies every
template context for the test client, which would weigh on the many small includes of a real
page far more than on the bare one).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import statistics
import time

from django import forms
from django.db import connection
from django.template import engines
from django.test import Client
from django.test.utils import override_settings
from django.urls import include, path
from formtools.wizard.views import SessionWizardView

RUNS = 30
MANAGEMENT = "screening_wizard-current_step"

# One screening (the scenario-01 situation): each step and the answers it names (stored-style);
# the tests' walker answers any other question a step asks, so a new question keeps it walking.
PATH: list[tuple[str, dict]] = [
    ("situation", {"location": "outside_us", "goal": "come_to_us"}),
    ("about_you", {"citizenship": "NG", "beneficiary_is_minor": False, "special_categories": []}),
    ("reasons", {"reasons": ["medical_treatment"]}),
    (
        "medical",
        {
            "medical_patient": "self",
            "medical_available_at_home": False,
            "medical_life_threatening": True,
            "medical_provider_arranged": True,
            "medical_costs_arranged": True,
        },
    ),
    ("visa", {"visa_option": "too_slow"}),
    ("support", {"financial_supporter": "relative_or_friend", "can_pay_fees": True}),
    ("us_family", {"us_relatives": []}),
    (
        "history",
        {
            "risk_factors": [],
            "pending_applications": [],
            "victim_of": [],
            "worked_for_us_government": False,
        },
    ),
    ("timing", {"needed_by": (dt.date.today() + dt.timedelta(days=9)).isoformat()}),
    ("documents", {"evidence_on_hand": ["identity_document"]}),
]


def _post_data(step: str, values: dict) -> dict:
    from tests.walker import post_data, step_answers

    so_far = {key: value for _step, named in PATH for key, value in named.items()}
    return post_data(step, step_answers(step, values, so_far))


# -- the bare formtools step --------------------------------------------------------------------

BARE_TEMPLATE = """{% extends "base.html" %}{% block content %}
<form method="post">{% csrf_token %}{{ wizard.management_form }}{{ wizard.form.as_div }}
<button type="submit">Continue</button></form>{% endblock %}"""


@functools.cache
def _bare_template():
    return engines["django"].from_string(BARE_TEMPLATE)


class BareForm(forms.Form):
    name = forms.CharField()


class BareWizard(SessionWizardView):
    form_list = [BareForm]

    def render_to_response(self, context, **kwargs):
        from django.http import HttpResponse

        return HttpResponse(_bare_template().render(context, self.request))

    def done(self, form_list, **kwargs):
        from django.shortcuts import redirect

        return redirect("/bare/")


# the project's own URLs stay (base.html links to them); the bare wizard is added beside them
urlpatterns = [path("bare/", BareWizard.as_view()), path("", include("parole_screen.urls"))]


def _timed(call) -> tuple[float, object]:
    start = time.perf_counter()
    response = call()
    return time.perf_counter() - start, response


def _bare_step(client: Client) -> float:
    got, page = _timed(lambda: client.get("/bare/"))
    assert page.status_code == 200, page.status_code
    posted, response = _timed(
        lambda: client.post("/bare/", {"bare_wizard-current_step": "0", "0-name": "x"})
    )
    assert response.status_code == 302, response.status_code
    return got + posted


def _screening(client: Client) -> tuple[dict[str, float], float]:
    """One whole screening; returns each step's time and the total (with check and confirm)."""
    times: dict[str, float] = {}
    for step, values in PATH:
        got, page = _timed(lambda step=step: client.get(f"/screen/{step}/"))
        assert page.status_code == 200, (step, page.status_code)
        data = _post_data(step, values)
        posted, response = _timed(
            lambda step=step, data=data: client.post(f"/screen/{step}/", data)
        )
        assert response.status_code == 302, (step, response.status_code)
        times[step] = got + posted
    got, page = _timed(lambda: client.get("/screen/check/"))
    assert page.status_code == 200, page.status_code
    posted, response = _timed(
        lambda: client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    )
    assert response["Location"] == "/result/", response.status_code
    times["check"] = got + posted
    return times, sum(times.values())


def run() -> list[str]:
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        # One URL override for the whole run (changing it clears Django's URL caches): this
        # module's urlconf serves the bare wizard beside the project's own URLs.
        with override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False, ROOT_URLCONF=__name__):
            for _ in range(3):  # warm up: imports, template loading, first queries
                _screening(Client())
                _bare_step(Client())
            steps: dict[str, list[float]] = {}
            totals: list[float] = []
            bare: list[float] = []
            unencrypted: list[float] = []  # the bare step on Django's own (signed) sessions
            for _ in range(RUNS):  # interleaved, so load on the machine weighs on both alike
                times, total = _screening(Client())
                for step, seconds in times.items():
                    steps.setdefault(step, []).append(seconds)
                totals.append(total)
                bare.append(_bare_step(Client()))
                with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.db"):
                    unencrypted.append(_bare_step(Client()))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    bare_ms = statistics.median(bare) * 1000
    lines = [
        f"wizard: one screening of {len(PATH)} steps + check, {RUNS} runs, medians "
        "(a step = GET the page + POST the answer)",
        f"bare formtools step {bare_ms:.2f} ms",
    ]
    worst = 0.0
    for step, values in steps.items():
        ms = statistics.median(values) * 1000
        ratio = ms / bare_ms
        if step != "check":
            worst = max(worst, ratio)
        lines.append(f"step {step:<10} {ms:6.2f} ms  {ratio:4.2f}x bare")
    total_ms = statistics.median(totals) * 1000
    lines.append(f"worst step {worst:.2f}x bare (target <= 1.5x)")
    plain_ms = statistics.median(unencrypted) * 1000
    lines.append(
        f"bare step on Django's unencrypted sessions {plain_ms:.2f} ms: the encrypted session "
        f"costs {bare_ms - plain_ms:+.2f} ms a step (main, before encryption: steps 1.02-1.29x "
        "a bare step of 4.8 ms)"
    )
    lines.append(f"whole screening {total_ms:.1f} ms server time (target <= 150 ms)")
    lines.append(f"load average when measured: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return lines
