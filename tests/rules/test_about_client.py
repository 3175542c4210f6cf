"""A rules message written to the applicant carries its form about the client (for staff and the
attorney's memo), and that form survives storing the result as JSON."""

import ast
import dataclasses
import datetime as dt
import re
import string

from hypothesis import given

from screening.rules import assess
from screening.rules.assessment import Flag, Reason
from screening.rules.stored import assessment_from_dict
from screening.rules.text import Message, Text
from tests.conftest import load_scenarios
from tests.helpers import RULES_DIR, marked_forms, marked_messages
from tests.rules.test_properties import AS_OF, SETTINGS, valid_answers

MARKED = marked_messages()
MILITARY_SPOUSE = next(s for s in load_scenarios() if s["file"].startswith("04-"))["answers"]


def test_a_text_is_the_applicants_message_and_carries_the_clients():
    text = Text("You said {x}.", client="The client said {x}.")
    assert text == "You said {x}." and text.client == "The client said {x}."
    message = Message(text, {"x": "yes"})
    assert message.text == "You said yes."
    assert message.client_text == "The client said yes."


def test_for_client_rewrites_prose_parameters_too_and_keeps_the_type():
    question = Text("whether you are targeted", client="whether the client is targeted")
    reason = Reason(
        Text("Not answered yet: {question}.", client="Not answered yet: {question}."),
        {"question": question},
        code="missing_harm",
        source="PM",
    )
    about = reason.for_client()
    assert isinstance(about, Reason) and about.code == "missing_harm"
    assert about.text == "Not answered yet: whether the client is targeted."
    assert reason.text == "Not answered yet: whether you are targeted."


def test_a_message_without_a_client_form_is_the_same_about_the_client():
    flag = Flag("Check uscis.gov.", id="x", severity="info")
    assert flag.for_client() == flag and flag.client_text == "Check uscis.gov."


def test_the_client_form_is_stored_and_read_back():
    data = assess(MILITARY_SPOUSE, dt.date(2026, 11, 28)).to_dict()
    for pathway in data["pathways"]:
        for reason in pathway["reasons"]:
            assert "client_text" in reason
    again = assessment_from_dict(data)
    assert again.to_dict() == data
    stored_reason = data["pathways"][0]["reasons"][0]
    assert again.pathways[0].reasons[0].client_text == stored_reason["client_text"]


def test_a_result_stored_before_client_forms_existed_reads_back_as_stored():
    data = assess(MILITARY_SPOUSE, dt.date(2026, 11, 28)).to_dict()
    for pathway in data["pathways"]:
        for reason in pathway["reasons"]:
            reason.pop("client_text")
    again = assessment_from_dict(data)
    reason = again.pathways[0].reasons[0]
    assert reason.client_text == reason.text == data["pathways"][0]["reasons"][0]["text"]


# ---------------------------------------------------------------------------------------------
# Every message the rules can produce has its form about the client

SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


def _calls(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


def _placeholders(message: str) -> list[str]:
    return sorted(name for _t, name, _f, _c in string.Formatter().parse(message) if name)


def rules_sources():
    for path in sorted(RULES_DIR.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_every_second_person_message_in_the_rules_is_written_with_its_client_form():
    """Read from the source, so a new message is covered before any answers reach it."""
    bare = []
    for path, tree in rules_sources():
        wrapped = {id(call.args[0]) for call in _calls(tree, "Text") if call.args}
        for call in [*_calls(tree, "_"), *_calls(tree, "ngettext")]:
            for message in marked_forms(call) or ():
                if SECOND_PERSON.search(message) and id(call) not in wrapped:
                    bare.append(f"{path.name}:{call.lineno}: {message}")
    assert bare == [], "\n".join(bare)


def test_each_client_form_is_a_marked_third_person_sentence_with_the_same_slots():
    seen = 0
    for path, tree in rules_sources():
        if path.name in ("text.py", "stored.py"):  # defines Text and rebuilds stored ones
            continue
        for call in _calls(tree, "Text"):
            you = marked_forms(call.args[0])
            client = next((marked_forms(k.value) for k in call.keywords if k.arg == "client"), None)
            where = f"{path.name}:{call.lineno}"
            assert you is not None and client is not None, f"{where}: both must be marked literals"
            assert len(you) == len(client), f"{where}: both _() or both ngettext()"
            for you_form, client_form in zip(you, client, strict=True):
                assert not SECOND_PERSON.search(client_form), f"{where}: {client_form}"
                assert _placeholders(client_form) == _placeholders(you_form), where
            seen += 1
    assert seen  # the rules do use the mechanism


@SETTINGS
@given(answers=valid_answers(), as_of=AS_OF)
def test_every_message_an_assessment_gives_reads_about_the_client(answers, as_of):
    for item in messages_in(assess(answers, as_of).for_client()):
        assert not SECOND_PERSON.search(item.text), item.text
        assert not item.message or item.message in MARKED, item.message


def messages_in(value):
    """Every Message anywhere in a result: reasons, flags, fees and any nested message."""
    if isinstance(value, Message):
        yield value
    if isinstance(value, tuple):
        for item in value:
            yield from messages_in(item)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from messages_in(getattr(value, f.name))
