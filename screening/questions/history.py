"""The questions about the person's past with immigration and the papers they hold now: custody,
a return after a removal, an old petition (INA 245(i)), pending applications and their dates, TPS,
the work permit and the last move. Each is asked only when an earlier answer makes it matter."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from screening.questions.base import Question

HISTORY: dict[str, Question] = {
    "detained": Question(
        _("Are you being held now by immigration (ICE or CBP)?"),
        _(
            "For example in an immigration detention center. If you are held, the way to ask "
            "for release is different, and you should talk to a lawyer now."
        ),
    ),
    "paroled_at_port": Question(
        _("Were you paroled at an airport, seaport or land border crossing point?"),
        _(
            "For example after a CBP One appointment, or when you arrived with a CBP travel "
            "authorization. Answer no if you were paroled inside the U.S., when you were "
            "released from detention, or by the Border Patrol after crossing between crossing "
            "points."
        ),
    ),
    "treatment_date": Question(
        _("On what day is the treatment set to begin in the U.S.?"),
        _("Leave it blank if the doctor or hospital has not set a date yet."),
        when="future",
    ),
    "minor_travels_with": Question(
        _("Who will travel with the child to the U.S.?"),
        _("The papers needed depend on who travels with the child."),
        {
            "parent": _("A parent"),
            "legal_guardian": _("A legal guardian"),
            "other_adult": _("Another adult"),
            "alone": _("The child will travel alone"),
        },
    ),
    "nta_gave_date_time": Question(
        _("Did the Notice to Appear itself give the date and the time of your first hearing?"),
        _(
            "Look only at the Notice to Appear, not at a later letter from the court. This can "
            "change how your time in the U.S. is counted."
        ),
    ),
    "unlawful_reentry": Question(
        _("Since April 1, 1997, did you come back or try to come back without being let in?"),
        _(
            'Select all that apply. "Without being let in" means crossing without being '
            "inspected, or being caught trying. Count only returns before your last arrival. A "
            "voluntary return, or leaving on time under voluntary departure, is not a removal "
            "order. Whether a return with parole or a visa counts is for a lawyer to check."
        ),
        {
            "after_removal_order": _(
                "After I left under a deportation or removal order (a removal at the border "
                "included)"
            ),
            "after_year_unlawful": _(
                "After I had been in the U.S. without permission for more than a year in all"
            ),
        },
        none_label=_("No, neither"),
    ),
    "petition_245i": Question(
        _("Was an immigrant petition or labor certification filed for you by April 30, 2001?"),
        _(
            "For example a family petition (Form I-130) or a work petition, filed for you, or "
            "for your parent or spouse when you were already their child or spouse. An old "
            "petition can let some people get a green card without leaving the U.S."
        ),
        {
            "filed_by_1998_01_14": _("Yes, filed by January 14, 1998"),
            "filed_1998_01_15_to_2001_04_30": _(
                "Yes, filed from January 15, 1998 to April 30, 2001"
            ),
            "none": _("No"),
        },
    ),
    "present_on_2000_12_21": Question(
        _("Was the person that petition was filed for in the U.S. on December 21, 2000?"),
        _("That is you, or the parent or spouse whose petition included you."),
    ),
    "asylum_filed_on": Question(
        _("On what day was your asylum application (Form I-589) filed?"),
        _("It is on the receipt notice. Leave it blank if you do not know."),
        when="past",
        example=dt.date(2023, 3, 14),
    ),
    "i485_filed_on": Question(
        _("On what day was your green-card application (Form I-485) filed?"),
        _("It is on the receipt notice. Leave it blank if you do not know."),
        when="past",
        example=dt.date(2023, 3, 14),
    ),
    "tps_granted": Question(
        _("Were you granted Temporary Protected Status (TPS)?"),
        _("Answer yes only if it was approved, not only applied for."),
    ),
    "tps_ends_on": Question(
        _("On what day does (or did) your TPS end?"),
        _("It is on your approval notice or your work permit. Leave it blank if you do not know."),
        example=dt.date(2026, 9, 13),
    ),
    "tps_travel_returned": Question(
        _("Did you leave the U.S. and come back with a travel permit given to TPS holders?"),
        _("A trip like this can change how you may get a green card."),
    ),
    "ead_expires_on": Question(
        _("If you have a work permit, on what day does it expire?"),
        _('The "card expires" date on the card. Leave it blank if you have none.'),
        example=dt.date(2027, 5, 19),
    ),
    "moved_on": Question(
        _("If you moved to a new address in the U.S., on what day did you move?"),
        _("A new address must be reported within 10 days. Leave it blank if you have not moved."),
        when="past",
        example=dt.date(2026, 8, 17),
    ),
}
