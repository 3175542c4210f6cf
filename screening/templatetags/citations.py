"""`{{ source|cited:about_client }}`: a source with its citations marked English and its remarks in
the page's language, outlets named only as "reported, not confirmed by the agency"."""

import re

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from screening.result.citations import cited_html

register = template.Library()


@register.filter
def cited(source: str, about_client: bool = False):
    return cited_html(source, bool(about_client))


_ITEM = re.compile(r"^Part (\d+) item ([0-9]+(?:\.[A-Z])?)$")


@register.filter
def form_item(label: str):
    """A form's item label ("Part 1 item 7") as printed on the English form, marked English;
    on a page in another language, said in that language first: "Parte 1, casilla 7 (Part 1
    item 7)"."""
    official = format_html('<span lang="en" dir="ltr">{}</span>', label)
    found = _ITEM.match(label or "")
    if not found or get_language().split("-")[0] == "en":
        return official
    words = gettext("Part %(part)s, item %(item)s") % {
        "part": found.group(1),
        "item": found.group(2),
    }
    return format_html("{} ({})", words, official)
