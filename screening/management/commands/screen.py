"""`manage.py screen ANSWERS.json [--as-of YYYY-MM-DD]`: answers in, one assessment out (JSON).

Bad input exits with status 2 and names every offending key on standard error; nothing is printed
to standard output then. `-` reads the answers from standard input.
"""

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from screening import clock
from screening.rules import Answers, AnswersError, assess

EXIT_BAD_INPUT = 2
_UNREADABLE = object()  # the input could not be read or parsed (its problem is already listed)


def _is_scenario(data) -> bool:
    """A public scenario file ({name, as_of, answers, expect}) given where answers belong."""
    return isinstance(data, dict) and isinstance(data.get("answers"), dict) and "expect" in data


class Command(BaseCommand):
    help = "Screen one set of answers (JSON) and print the assessment as JSON."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("answers", help="a JSON file of answers, or - for standard input")
        parser.add_argument(
            "--as-of",
            dest="as_of",
            default=None,
            help="screen under the rules in force on this date (YYYY-MM-DD)",
        )

    def handle(self, *args, **options) -> None:
        problems: list[str] = []
        as_of = clock.today()
        if options["as_of"]:
            try:
                as_of = dt.date.fromisoformat(options["as_of"])
            except ValueError:
                problems.append(f"--as-of: {options['as_of']!r} is not a date written YYYY-MM-DD")
        data = self._read(options["answers"], problems)
        answers = None
        if _is_scenario(data):
            problems.append(
                f"{options['answers']}: this is a scenario file (name, as_of, answers, expect); "
                'screen reads one JSON object of answers: give it the scenario\'s "answers" '
                '(docs/rules.md, "Re-running the scenarios")'
            )
        elif data is not _UNREADABLE:  # name every bad key even when the date was bad too
            try:
                answers = Answers.from_dict(data)
            except AnswersError as error:
                problems.extend(f"{key}: {why}" for key, why in error.problems.items())
        if problems:
            sys.stderr.write("invalid answers:\n" + "".join(f"  {p}\n" for p in problems))
            sys.exit(EXIT_BAD_INPUT)
        assessment = assess(answers, as_of)
        sys.stdout.write(json.dumps(assessment.to_dict(), indent=2, ensure_ascii=False) + "\n")

    def _read(self, path: str, problems: list[str]):
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except OSError as error:
            problems.append(f"{path}: cannot be read ({error.strerror})")
            return _UNREADABLE
        except UnicodeDecodeError:
            problems.append(f"{path}: is not UTF-8 text")
            return _UNREADABLE
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(f"(input): not valid JSON ({error.msg} at line {error.lineno})")
            return _UNREADABLE
