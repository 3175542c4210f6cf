"""Helpers for the result page and PDF tests: put a finished screening in the test client's session
exactly as `screening.wizard.session.save_result` stores it, and read a PDF's text."""

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening.rules import RULES_VERSION, Answers, AnswersError, assess
from screening.wizard.session import RESULT_KEY
from tests.conftest import load_scenarios

TEMPLATES_HERE = Path(__file__).parent / "templates"


def _valid(s: dict) -> bool:
    try:
        Answers.from_dict(s["answers"])
    except AnswersError:
        return False
    return True


# The public scenarios with valid answers (one is a refused input, on purpose).
VALID_SCENARIOS = [s for s in load_scenarios() if _valid(s)]


def scenario(prefix: str) -> dict:
    return next(s for s in VALID_SCENARIOS if s["file"].startswith(prefix))


def put_result(client, answers: dict, as_of: str) -> None:
    session = client.session
    session[RESULT_KEY] = {"answers": answers, "as_of": as_of, "rules_version": RULES_VERSION}
    session.save()


def assessment_for(s: dict):
    return assess(Answers.from_dict(s["answers"]), dt.date.fromisoformat(s["as_of"]))


def pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


def squash(text: str) -> str:
    """Text without any whitespace, so line wrapping in the PDF does not matter."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def screened(client, db):
    """`screened(scenario)` stores that scenario's answers as the client's finished screening."""

    def store(s: dict):
        put_result(client, s["answers"], s["as_of"])
        return assessment_for(s)

    return store
