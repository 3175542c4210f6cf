"""What to do first, in time order, and the one list of sections: the page folds and lists any
section in it, the PDF prints it."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import override_settings

from screening.result import sections as sections_module
from screening.result.model import result_context
from tests.result.conftest import (
    TEMPLATES_HERE,
    VALID_SCENARIOS,
    assessment_for,
    pdf_text,
    scenario,
    squash,
)

IDS = [s["file"][:2] for s in VALID_SCENARIOS]


def steps_of(prefix: str) -> list[tuple[str, bool]]:
    s = scenario(prefix)
    context = result_context(s["answers"], assessment_for(s))
    return [(str(step["text"]), step["after_filing"]) for step in context["first_steps"]]


def test_an_emergency_gathers_files_and_only_then_asks_to_expedite():
    assert steps_of("01") == [
        ("Gather the 9 documents still needed.", False),
        ("Fill in Forms I-131, I-134 and send them.", False),
        ("Once it is filed, ask USCIS to speed it up (an expedite request).", True),
    ]


def test_what_stops_the_request_comes_before_anything_else():
    steps = steps_of("08")  # leaving the U.S. with a pending adjustment: nothing to file here
    assert steps[0] == (
        "Read this before anything else: Leaving can abandon a pending green card application "
        "(Form I-485).",
        False,
    )
    assert steps[1][0].startswith("Talk to an immigration lawyer")


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=IDS)
def test_every_result_starts_with_a_step_before_filing(s):
    context = result_context(s["answers"], assessment_for(s))
    steps = context["first_steps"]
    assert steps and not steps[0]["after_filing"]
    after = [step["after_filing"] for step in steps]
    assert after == sorted(after), "what comes after filing comes last"
    targets = {section["id"] for section in context["sections"]}
    assert {step["target"] for step in steps} <= targets, "every step leads to a section shown"


def test_the_next_date_is_the_first_still_ahead():
    s = scenario("14")  # its parole ended: the next date is the 180th day of unlawful presence
    context = result_context(s["answers"], assessment_for(s))
    passed = [d for d in context["deadlines"] if d["deadline"].id == "parole_ends"]
    assert passed and passed[0]["date"].isoformat() < s["as_of"]
    assert context["next_date"]["deadline"].id == "unlawful_presence_180_days"
    assert context["next_date"]["date"].isoformat() == "2027-03-31"
    s = scenario("09")
    context = result_context(s["answers"], assessment_for(s))
    assert context["next_date"]["date"].isoformat() == "2027-02-20"


EXTRA = sections_module.Section("extra", "test_sections/extra.html", "An extra section")
WITH_TEST_TEMPLATES = override_settings(
    TEMPLATES=[{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES_HERE]}]
)


@WITH_TEST_TEMPLATES
def test_a_new_section_folds_lists_and_prints_like_the_rest(client, screened, monkeypatch):
    at = [s.id for s in sections_module.SECTIONS].index("next_steps")
    listed = (*sections_module.SECTIONS[:at], EXTRA, *sections_module.SECTIONS[at:])
    monkeypatch.setattr(sections_module, "SECTIONS", listed)
    screened(scenario("02"))
    html = client.get("/result/").content.decode()
    assert '<a href="#fold-extra">An extra section</a>' in html
    fold = re.search(r'<details class="fold" id="fold-extra">(.*?)</details>', html, flags=re.S)
    assert fold and '<h2 class="fold-title">An extra section</h2>' in fold.group(1)
    assert "Extra words for this result." in fold.group(1)
    order = re.findall(r'<details class="fold" id="fold-([a-z_]+)"', html)
    assert order.index("extra") == order.index("next_steps") - 1
    text = squash(pdf_text(client.get("/result/pdf/").content))
    assert squash("Extra words for this result.") in text
    assert text.index(squash("Extra words")) < text.index(squash("Where to find legal help"))


def test_a_section_with_nothing_to_show_is_left_out():
    s = scenario("03")  # nothing to file: no forms, no fees
    ids = [section["id"] for section in result_context(s["answers"], assessment_for(s))["sections"]]
    assert "forms" not in ids and "fees" not in ids and "pathways" in ids
