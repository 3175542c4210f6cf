"""One app process of the restart test: `python tests/privacy/app_process.py save|resume CODE`.

`save` answers the whole screening as a browser would, prints the assessment its answers get
and presses "Save and continue later" on check your answers, printing the code. `resume`, in a
new process, enters the code as another browser, confirms and prints the assessment shown.
"""

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parole_screen.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from screening.rules import Answers, assess  # noqa: E402
from screening.wizard.session import load_result  # noqa: E402
from tests.walker import APPLICANT, walk  # noqa: E402
from tests.wizard.conftest import MEDICAL_ANSWERS as ANSWERS  # noqa: E402


def save() -> None:
    client = Client()
    walk(client, APPLICANT, ANSWERS)
    check = client.get("/screen/check/")
    answers = check.context["view"].partial_answers()
    client.post("/screen/check/", {"save_for_later": "1"})
    page = client.get("/saved/").content.decode()
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", page)[0]
    assessment = assess(Answers.from_dict(answers), dt.date.today()).to_dict()
    print(json.dumps({"code": code, "answers": answers, "assessment": assessment}, default=str))


def resume(code: str) -> None:
    client = Client()
    response = client.post("/resume/", {"code": code, "resume": "1"})
    assert response.status_code == 302, response.status_code
    client.post(response["Location"], {"screening_wizard-current_step": "check", "confirm": "1"})
    request = type("Request", (), {"session": client.session})()
    answers, assessment = load_result(request)
    result = {"answers": answers.to_dict(), "assessment": assessment.to_dict()}
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    setup_test_environment()  # templates report their context to the test Client
    save() if sys.argv[1] == "save" else resume(sys.argv[2])
