"""The staff intake asks dates as the applicant's wizard does: in the order of the page's
language, with the date read back in words, stored as 'YYYY-MM-DD'."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from screening.models import Case

from .conftest import intake_post, intake_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_case(paralegal_client):
    paralegal_client.post(reverse("staff:case_new"), {"client_name": "Yanet Perez"})
    return Case.objects.get()


def date_labels(page: str) -> list[tuple[str, str]]:
    return re.findall(
        r'<label class="date-input__label" for="[^"]+">([^<]+)</label>\s*'
        r'<input [^>]*name="(entry-in_us_since_[012])"',
        page,
    )


def test_the_intake_asks_day_first_in_spanish_and_reads_the_date_back(paralegal_client, new_case):
    situation = {"location": "inside_us", "goal": "stay_in_us"}
    intake_post(paralegal_client, new_case, "situation", situation)
    english = paralegal_client.get(intake_url(new_case, "entry")).content.decode()
    assert [label for label, _name in date_labels(english)] == ["Month", "Day", "Year"]
    paralegal_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    spanish = paralegal_client.get(intake_url(new_case, "entry")).content.decode()
    labels = date_labels(spanish)
    assert [label for label, _name in labels] == ["Día", "Mes", "Año"]
    # the paralegal types 5, 2, 2023 in the boxes as shown, and saves a draft
    typed = dict(zip((name for _label, name in labels), ("5", "2", "2023"), strict=True))
    prefix = f"staff_intake_{new_case.reference}"
    response = paralegal_client.post(
        intake_url(new_case, "entry"),
        {
            f"{prefix}-current_step": "entry",
            "entry-detained": "no",
            "entry-entry": "paroled",
            **typed,
            "save_draft": "1",
        },
    )
    assert response.status_code == 302
    new_case.refresh_from_db()
    assert new_case.answers["in_us_since"] == "2023-02-05"  # a new case: its answers are the draft
    paralegal_client.get(intake_url(new_case))  # back to the intake: the draft is loaded
    again = paralegal_client.get(intake_url(new_case, "entry")).content.decode()
    again = re.sub(r"\s+", " ", again)
    assert "Usted escribió el 5 de febrero de 2023." in again
