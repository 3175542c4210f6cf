"""A detained person's result page and PDF: the custody banner, and nothing that sends them to
USCIS (scenario 18)."""

from __future__ import annotations

import re

import pytest

from .conftest import pdf_text, put_result, scenario, squash


@pytest.mark.django_db
def test_the_detained_banner_is_on_the_page_and_the_pdf_without_file_as_soon_as_you_can(client):
    s = scenario("18")
    put_result(client, s["answers"], s["as_of"])
    page = client.get("/result/").content.decode()
    assert "This looks like an emergency" in page
    assert "Ask ICE in writing for your release now" in page
    assert "before a lawyer has read it" in page
    assert "as soon as you can" not in page
    # no form for the request itself; only life after release (travel on parole) names Form I-131
    request = re.sub(r'<details[^>]*id="fold-after_grant".*?</details>', "", page, flags=re.DOTALL)
    assert "If you are paroled" in page and "Form I-131" not in request
    pdf = squash(pdf_text(client.get("/result/pdf/").content))
    assert squash("Ask ICE in writing for your release now") in pdf
    assert squash("as soon as you can") not in pdf
