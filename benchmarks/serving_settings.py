"""The production settings plus the bare formtools wizard of bench_wizard at /bare/, so that
`bench_serving` measures both under the same gunicorn."""

from parole_screen.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bench_wizard"
