"""The PDF summary: a tagged US Letter PDF that says what the result page says."""

import datetime as dt
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import formats
from pypdf import PdfReader

from screening.result import labels, pdf
from screening.result.model import result_context
from tests.result.conftest import (
    TEMPLATES_HERE,
    VALID_SCENARIOS,
    assessment_for,
    pdf_text,
    scenario,
    squash,
)


@pytest.fixture
def scenario_01_pdf(client, screened):
    assessment = screened(scenario("01"))
    response = client.get("/result/pdf/")
    return response, assessment


def test_pdf_without_a_screening_says_so_and_offers_to_start(client, db):
    response = client.get("/result/pdf/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no screening in progress" in html
    assert 'href="/screen/"' in html and "Start a screening" in html


def test_pdf_is_a_pdf_download_named_with_the_date(scenario_01_pdf):
    response, _ = scenario_01_pdf
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    today = dt.date.today().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="parole-screening-{today}.pdf"'
    )
    assert "no-store" in response["Cache-Control"]


def test_pdf_text_holds_pathways_forms_and_evidence(scenario_01_pdf):
    response, assessment = scenario_01_pdf
    text = squash(pdf_text(response.content))
    for p in assessment.pathways:
        assert squash(str(labels.name(labels.PATHWAYS, p.id))) in text
        assert squash(str(labels.name(labels.VERDICTS, p.verdict))) in text
    for f in assessment.forms:
        assert squash(f"Form {f.id}") in text
        assert squash(f.title) in text
    assert squash("Part 1 item 7") in text
    for e in assessment.evidence:
        name, description = labels.name(labels.EVIDENCE, e.id), labels.description(e.id)
        assert squash(str(name)) in text
        assert squash(str(description)) in text
    assert "☐" in text  # the checklist has tick boxes


def test_pdf_shows_citations_and_the_answers_appendix(scenario_01_pdf):
    response, assessment = scenario_01_pdf
    text = squash(pdf_text(response.content))
    for reason in assessment.pathways[0].reasons:
        assert squash(reason.source) in text
    assert squash("Your answers") in text
    assert squash("Is the condition life-threatening?") in text


def test_every_page_names_the_page_count_the_as_of_date_and_the_rules_version(scenario_01_pdf):
    response, assessment = scenario_01_pdf
    pages = PdfReader(io.BytesIO(response.content)).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = squash(page.extract_text())
        assert squash(f"Page {number} of {len(pages)}") in text
        assert squash(assessment.rules_version) in text
        assert squash(f"screened as of {formats.date_format(assessment.as_of)}") in text


def test_pdf_is_us_letter(scenario_01_pdf):
    response, _ = scenario_01_pdf
    page = PdfReader(io.BytesIO(response.content)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_pdf_is_tagged_with_a_title_and_a_language(scenario_01_pdf):
    response, _ = scenario_01_pdf
    reader = PdfReader(io.BytesIO(response.content))
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == settings.LANGUAGE_CODE
    today = formats.date_format(dt.date.today())
    assert reader.metadata.title == f"Parole screening summary, {today}"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_pdf_first_page_is_a_summary(scenario_01_pdf):
    response, assessment = scenario_01_pdf
    first = squash(PdfReader(io.BytesIO(response.content)).pages[0].extract_text())
    assert squash("At a glance") in first
    assert squash("Urgency: Emergency") in first
    for p in assessment.pathways:
        assert (
            squash(
                f"{labels.name(labels.PATHWAYS, p.id)}: {labels.name(labels.VERDICTS, p.verdict)}"
            )
            in first
        )
    assert "$630" in first


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=[s["file"][:2] for s in VALID_SCENARIOS])
def test_pdf_says_what_the_result_page_says(client, screened, s):
    assessment = screened(s)
    parser = _Text()
    parser.feed(client.get("/result/").content.decode())
    page = squash("".join(parser.parts))
    text = squash(pdf_text(client.get("/result/pdf/").content))
    shown = [str(labels.name(labels.PATHWAYS, p.id)) for p in assessment.pathways]
    shown += [str(labels.name(labels.VERDICTS, p.verdict)) for p in assessment.pathways]
    shown += [f"Form {f.id}" for f in assessment.forms]
    shown += [str(labels.name(labels.FEES, f.id)) for f in assessment.fees]
    shown += [str(labels.name(labels.FLAGS, f.id)) for f in assessment.flags]
    shown += [str(labels.name(labels.ALTERNATIVES, a.id)) for a in assessment.alternatives]
    shown += [str(labels.name(labels.EVIDENCE, e.id)) for e in assessment.evidence]
    for item in shown:
        assert squash(item) in page
        assert squash(item) in text
    for amount in set(re.findall(r"\$[\d,]+", page)):
        assert amount in text


@override_settings(
    TEMPLATES=[
        {
            **settings.TEMPLATES[0],
            "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES_HERE],
        }
    ]
)
def test_markup_typed_into_a_free_text_field_comes_out_as_text():
    s = scenario("01")
    evil = "<script>alert(1)</script>"
    context = result_context(s["answers"], assessment_for(s), pdf=True)
    context |= {"generated_on": dt.date(2026, 11, 28), "note": evil, "client_name": "<b>Ana</b>"}
    body = pdf.render_pdf("test_pdf/note.html", context, title="Memo <i>x</i>", lang="en")
    text = pdf_text(body)
    assert evil in text  # shown as the characters typed, not run or dropped as markup
    assert "<b>Ana</b>" in text
    assert PdfReader(io.BytesIO(body)).metadata.title == "Memo <i>x</i>"
    assert squash("Staff note") in squash(text)
    # the block sits after the summary and before the answers appendix
    flat = squash(text)
    assert flat.index(squash("Where to find legal help")) < flat.index("Staffnote")
    assert flat.index("Staffnote") < flat.rindex(squash("Your answers"))


def test_warm_up_readies_the_renderer():
    seconds = pdf.warm_up()
    assert seconds >= 0
    s = scenario("02")
    body = pdf.render_summary_pdf(
        s["answers"], assessment_for(s), generated_on=dt.date(2026, 11, 28)
    )
    assert body.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "environ", "warms"),
    [
        (["/srv/.venv/bin/gunicorn", "parole_screen.wsgi"], {}, True),
        (["manage.py", "runserver"], {"RUN_MAIN": "true"}, True),
        (["manage.py", "runserver"], {}, False),  # the autoreloader's parent process
        (["manage.py", "runserver", "--noreload"], {}, True),
        (["manage.py", "migrate"], {}, False),
        (["manage.py", "screen", "answers.json"], {}, False),
    ],
)
def test_pdf_warm_up_starts_only_in_web_workers(argv, environ, warms):
    from screening.apps import _serving

    assert _serving(argv, environ, modules={}) is warms
    assert _serving(argv, environ, modules={"pytest": object()}) is False


def test_only_the_pdf_module_imports_weasyprint():
    root = Path(settings.BASE_DIR)
    importers = {
        path.relative_to(root).as_posix()
        for folder in ("screening", "parole_screen")
        for path in (root / folder).rglob("*.py")
        if re.search(r"^\s*(import|from)\s+weasyprint\b", path.read_text(), re.MULTILINE)
    }
    assert importers == {"screening/result/pdf.py"}


def test_a_language_mark_that_repeats_the_documents_is_dropped_and_its_text_kept():
    html = (
        '<p>See <span lang="en">8 CFR 212.5(e)</span> and '
        '<span lang="en">INA 212(d)(5)(A)</span>; <span lang="en"><b>x</b></span></p>'
    )
    assert pdf._drop_redundant_lang(html, "en") == (
        '<p>See 8 CFR 212.5(e) and INA 212(d)(5)(A); <span lang="en"><b>x</b></span></p>'
    )
    # a Spanish summary keeps the marks: a screen reader reads the citations in English
    assert pdf._drop_redundant_lang(html, "es") == html
