"""Staff pages speak about the client, never to them: every staff page, for a case built from each
public scenario.

Two checks on every page (the case list, the Deadlines page, the facts register, a new case,
the case page, its edit page, the re-screen page, the intake's steps and its check page, the case
page after a wrong resume code, the memo PDF and the case's calendar file):
- none of the texts the rules and the labels write to the applicant, where they have other words
  about the client, appears (in English and in Spanish);
- in English, no sentence says "you" or "your", except the questionnaire's own words (the intake
  asks the client those questions, and the case page quotes them beside the answers) and the few
  sentences that speak to the staff member reading, listed below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

from screening.models import Status
from screening.questions import QUESTIONS, SECTIONS, STEPS, YES_NO
from screening.result import evidence_labels, labels
from screening.result.words import Words
from screening.rules import Answers, assess
from screening.rules.text import Message
from screening.templatetags.rules_text import rule_text
from tests.conftest import load_scenarios

from .conftest import make_case

pytestmark = pytest.mark.django_db

SCENARIOS = [s for s in load_scenarios() if s["expect"].get("exit", 0) == 0]

SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)

# Sentences that speak to the staff member reading the page, not to the client.
TO_THE_STAFF_MEMBER = (
    "If the client saved a screening, ask them to read out their resume code while they are "
    "with you.",
    "You run the screening questions with the client next, and you can save a draft at any step.",
    "It is added to the case when you continue or save the draft.",
    "Staff intake: the answers are stored with the case only when you save a draft or confirm "
    "them.",
)


def squash(text: str) -> str:
    return " ".join(str(text).split())


def interview_words() -> list[str]:
    """The questionnaire's own words: in the intake the staff member asks the client these
    questions, and the case page and the memo quote them beside the client's answers."""
    words = [*YES_NO.values()]
    for question in QUESTIONS.values():
        words += [question.text, question.hint, question.none_label, *question.choices.values()]
    for step in STEPS:
        words += [step.title, step.intro]
    words += [section.title for section in SECTIONS]
    words += [_("What is your country of citizenship?"), _("Prefer not to say")]
    words += [_("If you chose “Another reason”, say what it is (optional)")]
    return sorted({squash(w) for w in words if str(w)}, key=len, reverse=True)


def without_the_interview(text: str) -> str:
    """A page's words with the questionnaire's own words taken out (its questions, and a date
    box's read-back of what was typed: "You entered March 27, 2027.")."""
    text = squash(text)
    for quoted in interview_words():
        text = text.replace(quoted, " | ")
    read_back = re.escape(str(_("You entered %(date)s."))).replace(r"%\(date\)s", r"[^.]+")
    return re.sub(read_back, " | ", text)


def speaking_to_you(text: str) -> list[str]:
    """The sentences of a page (the interview's words taken out) that say "you" or "your",
    other than those to the staff member."""
    for quoted in TO_THE_STAFF_MEMBER:
        text = text.replace(quoted, " | ")
    parts = re.split(r"(?<=[.!?:])\s+| \| ", text)
    return [part.strip() for part in parts if SECOND_PERSON.search(part)]


def message_pairs(you, client):
    """Every rules Message in a result, beside the same message about the client."""
    if isinstance(you, Message):
        yield you, client
    if isinstance(you, tuple):
        for mine, theirs in zip(you, client, strict=True):
            yield from message_pairs(mine, theirs)
    elif dataclasses.is_dataclass(you) and not isinstance(you, type):
        for field in dataclasses.fields(you):
            yield from message_pairs(getattr(you, field.name), getattr(client, field.name))


def label_words():
    for table in vars(labels).values():
        if isinstance(table, dict):
            yield from (w for w in table.values() if isinstance(w, Words))
    for name, about in evidence_labels.EVIDENCE.values():
        yield from (name, about)


def applicant_voice(*assessments) -> set[str]:
    """Every text the rules and the labels write to the applicant that has other words about
    the client, in the active language: none of them may appear on a staff page."""
    found = set()
    for assessment in assessments:
        for mine, theirs in message_pairs(assessment, assessment.for_client()):
            if rule_text(mine) != rule_text(theirs):
                found.add(squash(rule_text(mine)))
    for words in label_words():
        if str(words.you) != str(words.client):
            found.add(squash(words.you))
    return found


def visible_text(page_html: str) -> str:
    """The words a reader meets on the page, tags removed."""
    body = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", page_html)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def staff_pages(client, case) -> dict[str, str]:
    """Every staff page about this case (and the lists it appears on): {name: visible text}."""
    ref = case.reference
    pages = {}
    for name, url in (
        ("case list", reverse("staff:case_list")),
        ("deadlines", reverse("staff:deadline_list")),
        ("facts register", reverse("staff:facts")),
        ("new case", reverse("staff:case_new")),
        ("case", reverse("staff:case_detail", args=[ref])),
        ("edit", reverse("staff:case_edit", args=[ref])),
        ("re-screen", reverse("staff:rescreen", args=[ref])),
    ):
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        pages[name] = visible_text(response.content.decode())
    # a screened case's intake opens on its check page; then each step it asks
    check = client.get(reverse("staff:intake_start", args=[ref]), follow=True)
    pages["intake check"] = visible_text(check.content.decode())
    for step in check.context["view"].get_form_list():
        # a step an earlier answer opens (a U.S.-citizen parent implied by the family step) is
        # asked first: the intake sends there, and that page is read too
        page = client.get(reverse("staff:intake_step", args=[ref, step]), follow=True)
        assert page.status_code == 200, step
        pages[f"intake {step}"] = visible_text(page.content.decode())
    wrong = client.post(reverse("staff:import_saved", args=[ref]), {"code": ""}, follow=True)
    pages["a resume code left out"] = visible_text(wrong.content.decode())
    pages["memo"] = pdf_text(client.get(reverse("staff:memo_pdf", args=[ref])).content)
    pages["calendar"] = client.get(reverse("staff:case_calendar", args=[ref])).content.decode()
    return pages


def scenario_case(scenario):
    """The scenario's case, stored as screened 400 days before its date, so that the re-screen
    page has changes to show. Returns the case and both results."""
    answers, as_of = scenario["answers"], dt.date.fromisoformat(scenario["as_of"])
    case = make_case(answers, as_of, client_name="Ngozi Okafor", status=Status.SCREENED)
    current = assess(Answers.from_dict(answers), dt.date.today())
    older = assess(Answers.from_dict(answers), as_of - dt.timedelta(days=400))
    case.set_assessment(answers, older)
    case.save()
    return case, (older, current)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["file"][:2] for s in SCENARIOS])
def test_no_staff_page_speaks_to_the_client(attorney_client, scenario, language):
    case, results = scenario_case(scenario)
    attorney_client.cookies["django_language"] = language
    with translation.override(language):
        pages = {
            name: without_the_interview(text)
            for name, text in staff_pages(attorney_client, case).items()
        }
        to_the_applicant = applicant_voice(*results)
    found = {
        name: [text for text in to_the_applicant if text and text in page]
        for name, page in pages.items()
    }
    if language == "en":
        for name, page in pages.items():
            found[name] += speaking_to_you(page)
    found = {name: lines for name, lines in found.items() if lines}
    assert not found, "\n".join(f"{name}: {lines}" for name, lines in found.items())


def test_the_checks_find_the_applicants_words():
    """The checks above can fail: the applicant's heading and a sentence to "you" are found,
    and a question of the interview is not."""
    page = "Fine words. Parole pathways for your situation. Where are you now? Outside the U.S."
    with translation.override("en"):
        assert "A travel ban covers your country" in applicant_voice()
        assert speaking_to_you(without_the_interview(page)) == [
            "Parole pathways for your situation."
        ]
