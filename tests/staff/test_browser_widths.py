"""Staff pages at a phone's 390 px and a desktop's 1280 px: no axe violations, and the case list
shows every column of every case without anything scrolling sideways on a phone.

(The 320 px run and the keyboard checks are in test_browser.py.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from screening.models import Status

from .conftest import CUBAN_FAMILY, MEDICAL, make_case
from .test_browser import overflow, signed_in  # noqa: F401 (signed_in is a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COLUMNS = (
    "Reference",
    "Client",
    "Status",
    "Urgency",
    "Next deadline",
    "Pathways",
    "Assigned to",
    "Last changed",
)


def staff_paths() -> list[str]:
    medical = make_case(MEDICAL, client_name="Ngozi Okafor")
    cuban = make_case(CUBAN_FAMILY, dt.date(2025, 3, 1), client_name="Yanet Perez")
    reviewed = make_case(MEDICAL, client_name="Ama Mensah", status=Status.REVIEWED)
    draft = make_case(None, client_name="Draft Person", status=Status.DRAFT)
    return [
        "/staff/",
        "/staff/?status=lost",
        "/staff/?q=nobody",
        f"/staff/cases/{medical.reference}/",
        f"/staff/cases/{reviewed.reference}/",
        f"/staff/cases/{draft.reference}/",
        f"/staff/cases/{cuban.reference}/rescreen/",
        f"/staff/cases/{medical.reference}/rescreen/",
        "/staff/cases/new/",
        f"/staff/cases/{medical.reference}/edit/",
        f"/staff/cases/{draft.reference}/intake/",
    ]


@pytest.mark.parametrize("width", [390, 1280])
def test_every_staff_page_passes_axe(signed_in, live_server, width):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    signed_in.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for path in staff_paths():
        signed_in.goto(f"{live_server.url}{path}")
        result = axe.run(signed_in)
        assert result.violations_count == 0, (width, path, result.generate_report())
        assert overflow(signed_in) == [], (width, path)


def test_the_empty_case_list_passes_axe_at_both_widths(signed_in, live_server):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    for width in (390, 1280):
        signed_in.set_viewport_size({"width": width, "height": 900})
        signed_in.goto(f"{live_server.url}/staff/")
        assert "There are no cases yet." in signed_in.inner_text("main")
        result = Axe().run(signed_in)
        assert result.violations_count == 0, (width, result.generate_report())


LAYOUT = """() => {
  const table = document.querySelector('.case-table');
  const width = document.documentElement.clientWidth;
  return {
    page: document.documentElement.scrollWidth - width,
    region: table.closest('.table-wrap').scrollWidth - table.closest('.table-wrap').clientWidth,
    rows: [...table.querySelectorAll('tbody tr')].map(row => ({
      height: row.getBoundingClientRect().height,
      cells: [...row.cells].map(cell => {
        const r = cell.getBoundingClientRect();
        return {left: r.left, right: r.right, text: cell.innerText};
      }),
    })),
  };
}"""


def test_the_case_list_on_a_phone_stacks_each_case_with_every_column(
    signed_in,  # noqa: F811
    live_server,
):
    make_case(MEDICAL, client_name="Ngozi Okafor")
    make_case(CUBAN_FAMILY, dt.date(2025, 3, 1), client_name="Yanet Perez")
    signed_in.set_viewport_size({"width": 390, "height": 900})
    signed_in.goto(f"{live_server.url}/staff/")
    layout = signed_in.evaluate(LAYOUT)
    assert layout["page"] <= 0 and layout["region"] <= 0  # nothing scrolls sideways
    assert len(layout["rows"]) == 2
    for row in layout["rows"]:
        assert len(row["cells"]) == len(COLUMNS)
        for cell, column in zip(row["cells"], COLUMNS, strict=True):
            assert cell["left"] >= 0 and cell["right"] <= 390, cell
            assert cell["text"].startswith(column), cell  # each value says what it is
    medical = next(r for r in layout["rows"] if "Ngozi Okafor" in r["cells"][1]["text"])
    # One pathway: seven short lines and the verdict tag, not a column squeezed to one word.
    assert medical["height"] < 300, medical["height"]


def test_the_case_list_on_a_desktop_is_a_table_with_headers(signed_in, live_server):  # noqa: F811
    make_case(MEDICAL, client_name="Ngozi Okafor")
    signed_in.set_viewport_size({"width": 1280, "height": 900})
    signed_in.goto(f"{live_server.url}/staff/")
    headers = signed_in.locator(".case-table thead th")
    assert [h.strip() for h in headers.all_inner_texts()] == list(COLUMNS)
    assert signed_in.locator(".case-table .cell-label").first.is_hidden()
    layout = signed_in.evaluate(LAYOUT)
    row = layout["rows"][0]
    assert row["height"] < 120, row["height"]  # one line per case, give or take the tags
    assert len({cell["left"] for cell in row["cells"]}) == len(COLUMNS)  # side by side
