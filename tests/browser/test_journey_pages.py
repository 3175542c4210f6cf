"""The pages around a screening and the donor's question, free of axe violations at 320 and
1280 px: the step indicator, the date boxes, "clear my answers?", cleared, nothing to show."""

import pytest

from .fill import fill_by_form
from .keyboard import step_name
from .test_accessibility import ANSWERS, assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_pages_around_a_screening_have_no_violations(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/result/")
    assert "There is no screening in progress" in page.inner_text("main")
    assert_no_violations(page, f"no screening at {width}px")
    page.goto(live_server.url + "/screen/")
    fill_by_form(page, ANSWERS)
    fill_by_form(page, ANSWERS)
    assert step_name(page) == "reasons"
    assert_no_violations(page, f"reasons with the other-reason box at {width}px")
    page.goto(live_server.url + "/screen/start-again/")
    assert_no_violations(page, f"clear my answers? at {width}px")
    page.click("text=Yes, clear my answers")
    page.wait_for_url("**/screen/cleared/")
    assert_no_violations(page, f"cleared at {width}px")


@pytest.mark.parametrize("width", [320, 1280])
def test_the_result_with_a_source_opened_has_no_violations(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/screen/")
    for _ in range(15):
        if step_name(page) == "check":
            break
        fill_by_form(page, ANSWERS)
    page.click("text=Confirm and see your result")
    page.wait_for_url("**/result/")
    page.click("#fold-pathways > summary")  # the section, then its one source list
    page.click("#fold-pathways details.source-details summary")
    assert_no_violations(page, f"result with a source open at {width}px")
