"""What the applicant's pages say about where the answers are kept, true at each point.

`{% privacy_note %}` draws templates/includes/privacy_note.html: while nothing is saved, the
answers are in this browser session only (encrypted, deleted when it ends); once the person has
saved them under a resume code (or brought them back with one), they are kept, encrypted,
until the saved copy's date, and what they change afterwards stays in the session until they
save again. The figures come from the settings (SESSION_MAX_AGE_HOURS, SAVED_SCREENING_DAYS).
"""

from django import template
from django.conf import settings

from screening.privacy.saving import saved_until

register = template.Library()


@register.inclusion_tag("includes/privacy_note.html", takes_context=True)
def privacy_note(context, offer_saving: bool = False) -> dict:
    """`offer_saving`: also say what "Save and continue later" keeps (the start page)."""
    request = context.get("request")
    return {
        "saved_until": saved_until(request.session) if request is not None else None,
        "session_hours": settings.SESSION_COOKIE_AGE // 3600,
        "saved_days": settings.SAVED_SCREENING_DAYS,
        "offer_saving": offer_saving,
    }
