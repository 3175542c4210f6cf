"""Filters for case fields shown to staff: `{{ case.a_number|a_number }}` -> A-219-456-781."""

from django import template

from screening.staff import a_number as a_numbers

register = template.Library()


@register.filter
def a_number(value: str) -> str:
    return a_numbers.display(value or "")
