"""`{{ source|cited:about_client }}`: a source with its citations marked English and its remarks in
the page's language, outlets named only as "reported, not confirmed by the agency"."""

from django import template

from screening.result.citations import cited_html

register = template.Library()


@register.filter
def cited(source: str, about_client: bool = False):
    return cited_html(source, bool(about_client))
