"""The screening rules: plain Python, no Django. One entry point, `assess(answers, as_of)`."""

from .answers import Answers, AnswersError, applicable_keys, ignored_keys, prune
from .assessment import Assessment
from .engine import assess
from .schema import SCHEMA
from .version import RULES_VERSION

__all__ = [
    "RULES_VERSION",
    "SCHEMA",
    "Answers",
    "AnswersError",
    "Assessment",
    "applicable_keys",
    "assess",
    "ignored_keys",
    "prune",
]
