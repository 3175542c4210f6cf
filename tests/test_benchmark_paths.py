"""The benchmarks walk the product as it is: when the wizard gains a step, the path the wizard
benchmark posts must still reach the result (`make bench` is not run by CI; this test is)."""

import pytest

from benchmarks import bench_wizard

pytestmark = pytest.mark.django_db


def test_the_wizard_benchmark_walks_a_whole_screening(client, settings):
    settings.ROOT_URLCONF = bench_wizard.__name__
    times, total = bench_wizard._screening(client)
    assert list(times) == [step for step, _values in bench_wizard.PATH] + ["check"]
    assert client.get("/result/").status_code == 200
