"""PDF rendering: the only module that imports WeasyPrint.

`render_pdf(template_name, context, *, title, lang)` renders any template that extends
`pdf/summary.html` to a tagged (PDF/UA-1) US Letter PDF; `render_summary_pdf(...)` renders the
applicant's summary. WeasyPrint is imported lazily and its font configuration and stylesheet are
built once per process; `warm_up()` does that (plus one tiny render) ahead of the first request.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext

from screening import clock
from screening.result.model import result_context
from screening.rules import Answers, Assessment

PDF_VARIANT = "pdf/ua-1"  # tagged, with title and language; supported by WeasyPrint >= 62
STYLESHEET = settings.BASE_DIR / "static" / "css" / "pdf.css"
MEMO_STYLESHEET = settings.BASE_DIR / "static" / "css" / "memo.css"  # on top of pdf.css


# WeasyPrint shares Pango/fontconfig state, so a process renders one PDF at a time, in a thread
# of its own. Linux keeps a nice value per thread: that one is lowered by PDF_RENDER_NICENESS, so
# a render (a few hundred ms of CPU) yields the processor to the wizard steps that the other
# threads and workers are serving (benchmarks/bench_serving.py measures both ways).
def _lower_priority() -> None:
    niceness = settings.PDF_RENDER_NICENESS
    if niceness and sys.platform.startswith("linux"):
        thread = threading.get_native_id()
        try:
            current = os.getpriority(os.PRIO_PROCESS, thread)
            os.setpriority(os.PRIO_PROCESS, thread, min(19, current + niceness))
        except OSError:  # not allowed here: the render still works, at normal priority
            pass


_renderer = ThreadPoolExecutor(
    max_workers=1, thread_name_prefix="pdf-render", initializer=_lower_priority
)


@lru_cache(maxsize=1)
def _engine() -> tuple[Any, Any, Any]:
    """(weasyprint module, the process's FontConfiguration, the parsed base stylesheet)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = weasyprint.CSS(string=STYLESHEET.read_text(encoding="utf-8"), font_config=fonts)
    return weasyprint, fonts, css


@lru_cache(maxsize=4)
def _extra_css(path: Path) -> Any:
    """A stylesheet added on top of the base one (the memo's), parsed once per process."""
    weasyprint, fonts, _css = _engine()
    return weasyprint.CSS(string=path.read_text(encoding="utf-8"), font_config=fonts)


@lru_cache(maxsize=1)
def _tighter_css() -> Any:
    weasyprint, fonts, _css = _engine()
    return weasyprint.CSS(string=_TIGHTER, font_config=fonts)


@lru_cache(maxsize=16)
def _page_css(lang: str) -> Any:
    """The translated "Page X of Y" footer, as CSS: gettext gives a whole sentence with
    {named} slots, which becomes a CSS content list of strings and page counters."""
    weasyprint, fonts, _css = _engine()
    with translation.override(lang):
        sentence = gettext("Page {page} of {pages}")
    parts = []
    for piece in re.split(r"(\{page\}|\{pages\})", sentence):
        if piece == "{page}":
            parts.append("counter(page)")
        elif piece == "{pages}":
            parts.append("counter(pages)")
        elif piece:
            parts.append('"' + piece.replace("\\", "\\\\").replace('"', '\\"') + '"')
    content = " ".join(parts) or 'counter(page) " / " counter(pages)'
    # page boxes are physical: a right-to-left page has its page number at the bottom left
    if _direction(lang) == "rtl":
        boxes = f"@bottom-left {{ content: {content}; }} @bottom-right {{ content: string(meta); }}"
    else:
        boxes = f"@bottom-right {{ content: {content}; }}"
    return weasyprint.CSS(string=f"@page {{ {boxes} }}", font_config=fonts)


def _direction(lang: str) -> str:
    try:
        return "rtl" if translation.get_language_info(lang)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


# A last page filled less than this is near-empty ("Rules last verified ..." alone on page 5).
NEAR_EMPTY = 0.2
# Slightly smaller margins and line spacing: a few per cent more on each page, so a document
# that spills a few lines onto a last page ends a page sooner.
_TIGHTER = "@page { margin: 15mm 15mm 19mm; } html { line-height: 1.3; }"


def last_page_fill(document) -> float:
    """How much of the last page's content area its lines use (0 to 1)."""
    from weasyprint.formatting_structure import boxes

    page = document.pages[-1]._page_box
    top, height = page.content_box_y(), page.height
    bottom = top
    for child in page.children:
        if isinstance(child, boxes.MarginBox):
            continue  # the running footer is on every page
        for box in child.descendants():
            if isinstance(box, boxes.LineBox):
                bottom = max(bottom, box.position_y + box.height)
    return (bottom - top) / height if height else 1.0


# A citation is marked <span lang="en"> (screening/result/citations.py) so a Spanish reader's
# software reads it in English. In an English document the mark repeats the document's language:
# each one is still an inline box and a tagged Span to lay out and write (issue 21: the 64 in
# scenario 17's summary cost about a tenth of its render). Only a span holding plain text is
# unwrapped; its text is unchanged.
def _drop_redundant_lang(html: str, lang: str) -> str:
    pattern = r'<span lang="' + re.escape(lang) + r'">([^<]*)</span>'
    return re.sub(pattern, r"\1", html)


def document_html(
    template_name: str,
    context: dict[str, Any],
    *,
    title: str,
    lang: str,
    unwrap_same_lang: bool = False,
) -> str:
    """The HTML of a PDF document: `template_name` (a whole document, such as pdf/summary.html)
    rendered in `lang`, which is also the document language; `title` becomes its title. Django
    autoescaping applies: never mark user data safe in these templates. `unwrap_same_lang`: drop
    the language marks that repeat the document's (the summary asks)."""
    with translation.override(lang):
        page = {"title": title, "lang": lang, "dir": _direction(lang)}
        html = render_to_string(template_name, {**context, **page})
    if unwrap_same_lang:
        html = _drop_redundant_lang(html, lang)
    return html


def _write(
    html: str, lang: str, stylesheet: Path | None = None, no_near_empty_page: bool = False
) -> bytes:
    """Lay out and write one document (in the render thread: see `_renderer`)."""
    weasyprint, fonts, css = _engine()
    sheets = [css, _page_css(lang)]
    if stylesheet is not None:
        sheets.append(_extra_css(stylesheet))
    document = weasyprint.HTML(string=html, base_url=str(settings.BASE_DIR))
    if not no_near_empty_page:
        return document.write_pdf(stylesheets=sheets, font_config=fonts, pdf_variant=PDF_VARIANT)
    laid_out = document.render(font_config=fonts, stylesheets=sheets, pdf_variant=PDF_VARIANT)
    if len(laid_out.pages) > 1 and last_page_fill(laid_out) < NEAR_EMPTY:
        tighter = document.render(
            font_config=fonts, stylesheets=[*sheets, _tighter_css()], pdf_variant=PDF_VARIANT
        )
        if len(tighter.pages) < len(laid_out.pages):
            laid_out = tighter
    return laid_out.write_pdf(pdf_variant=PDF_VARIANT)


def submit(html: str, lang: str, then: Callable[[bytes], None] | None = None) -> Future:
    """Start writing `html` as a PDF in the render thread; the future gives its bytes. `then`
    runs in that thread with the bytes once written (what the result page's preparation keeps)."""

    def write() -> bytes:
        body = _write(html, lang)
        if then is not None:
            then(body)
        return body

    return _renderer.submit(write)


def render_pdf(
    template_name: str,
    context: dict[str, Any],
    *,
    title: str,
    lang: str,
    stylesheet: Path | None = None,
    no_near_empty_page: bool = False,
    unwrap_same_lang: bool = False,
) -> bytes:
    """Render `template_name` to PDF bytes (`document_html` says what the arguments mean).

    `stylesheet` is added after pdf.css. `no_near_empty_page`: a document whose last page would
    hold only a few lines is laid out a little tighter, when that saves the page (the memo asks).
    """
    html = document_html(
        template_name, context, title=title, lang=lang, unwrap_same_lang=unwrap_same_lang
    )
    return _renderer.submit(_write, html, lang, stylesheet, no_near_empty_page).result()


def summary_title(generated_on: dt.date) -> str:
    return gettext("Parole screening summary, %(date)s") % {
        "date": formats.date_format(generated_on)
    }


def summary_html(
    answers: Answers | dict[str, Any], assessment: Assessment, *, generated_on: dt.date
) -> str:
    """The HTML of the applicant's summary for one finished screening, in the active language."""
    context = result_context(answers, assessment, pdf=True)
    context["generated_on"] = generated_on
    return document_html(
        "pdf/summary.html",
        context,
        title=summary_title(generated_on),
        lang=active_language(),
        unwrap_same_lang=True,
    )


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def render_summary_pdf(
    answers: Answers | dict[str, Any], assessment: Assessment, *, generated_on: dt.date
) -> bytes:
    """The applicant's summary PDF for one finished screening, in the active language."""
    html = summary_html(answers, assessment, generated_on=generated_on)
    return submit(html, active_language()).result()


def download_name(generated_on: dt.date) -> str:
    return f"parole-screening-{generated_on.isoformat()}.pdf"


def warm_up() -> float:
    """Import WeasyPrint, load the fonts and stylesheet, and render one summary of an empty
    screening (which also compiles the templates); return the seconds it took."""
    import time

    from screening.rules import assess

    start = time.perf_counter()
    _engine()
    today = clock.today()
    with translation.override(settings.LANGUAGE_CODE):
        render_summary_pdf(
            Answers.from_dict({}), assess(Answers.from_dict({}), today), generated_on=today
        )
    return time.perf_counter() - start
