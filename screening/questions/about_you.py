"""The questions of the "About you" section: where the person is, how they came, their parole,
who they are, their family in the U.S., and why they need parole."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from screening.questions.base import Question

ABOUT_YOU: dict[str, Question] = {
    "location": Question(
        _("Where are you now?"),
        _("Answer for the person who needs parole."),
        {"outside_us": _("Outside the U.S."), "inside_us": _("Inside the U.S.")},
    ),
    "goal": Question(
        _("What do you want to do?"),
        _("Choose the one closest to your situation."),
        {
            "come_to_us": _("Come to the U.S. for a while (I am outside the U.S.)"),
            "stay_in_us": _("Stay in the U.S. for a while longer (I am in the U.S.)"),
            "travel_and_return": _("Travel abroad and come back (I am in the U.S.)"),
        },
    ),
    "entry": Question(
        _("How did you last come into the U.S.?"),
        _("Some kinds of parole depend on how you entered."),
        {
            "without_inspection": _("Without being inspected at a border post"),
            "admitted": _("With a visa or other admission (inspected at a border post)"),
            "paroled": _("I was paroled into the U.S."),
            "released_from_custody": _(
                "I was held at the border and then released with papers (an order of release "
                "or Form I-220A), not paroled"
            ),
            "unknown": _("I don't know"),
        },
    ),
    "in_us_since": Question(
        _("On what day did you last arrive in the U.S.?"),
        _(
            "The day of your most recent arrival, after any trip abroad. "
            "Leave it blank if you do not know."
        ),
        when="past",
        example=dt.date(2019, 1, 15),
    ),
    "parole_program": Question(
        _("Which program was your parole under?"),
        _("It is often written on your I-94 record or your parole document."),
        {
            "none": _("No program (a case-by-case parole)"),
            "u4u": _("Uniting for Ukraine"),
            "chnv": _("Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)"),
            "frp": _("A Family Reunification Parole program"),
            "afghan": _("Operation Allies Welcome (Afghans)"),
            "cam": _("Central American Minors"),
            "military_pip": _("Parole in place for military families"),
            "other": _("Another program, or I don't know"),
        },
    ),
    "parole_expires_on": Question(
        _("When does your current parole end?"),
        _("The date is on your I-94 record. Leave it blank if you do not know."),
    ),
    "citizenship": Question(
        _("What is your country of citizenship?"),
        _("Some programs depend on citizenship. You can choose not to say."),
    ),
    "cuban_haitian_entrant": Question(
        _("Have you been given Cuban/Haitian entrant status?"),
        _("This can mean you do not have to pay the parole fee."),
    ),
    "beneficiary_is_minor": Question(
        _("Are you under 18?"),
        _("Children need the consent of a parent or guardian."),
        unsure=False,
    ),
    "us_relatives": Question(
        _("Do you have any of these family members in the U.S.?"),
        _(
            "Select all that apply. A permanent resident has a green card. A child here means "
            "a son or daughter who is not married."
        ),
        {
            "usc_spouse": _("A husband or wife who is a U.S. citizen"),
            "usc_parent": _("A parent who is a U.S. citizen"),
            "usc_child_under_21": _("A child under 21 who is a U.S. citizen"),
            "usc_child_21_or_older": _("A son or daughter aged 21 or older who is a U.S. citizen"),
            "lpr_spouse": _("A husband or wife who is a permanent resident"),
            "lpr_parent": _("A parent who is a permanent resident"),
            "lpr_child_under_21": _("A child under 21 who is a permanent resident"),
        },
        none_label=_("None of these"),
    ),
    "unmarried_under_21": Question(
        _("Are you unmarried and under 21?"),
        _("A U.S. citizen's child counts as a close relative only while unmarried and under 21."),
    ),
    "special_categories": Question(
        _("Do any of these describe you?"),
        _("Some groups do not pay the filing fee. Select all that apply."),
        {
            "armed_forces_member": _(
                "I myself am a current or former member of the U.S. armed forces (not a relative)"
            ),
            "special_immigrant_juvenile": _("A Special Immigrant Juvenile"),
            "t_or_u_nonimmigrant": _("A T or U nonimmigrant (victim of trafficking or crime)"),
            "vawa_self_petitioner": _("A VAWA self-petitioner"),
            "afghan_or_iraqi_special_immigrant": _("An Afghan or Iraqi special immigrant"),
        },
        none_label=_("None of these"),
    ),
    "reasons": Question(
        _("Why do you need to be in the U.S.?"),
        _("Select all that apply. Each reason adds a few questions."),
        {
            "medical_treatment": _("Medical treatment that I or my child need"),
            "organ_donor": _("To donate an organ, bone marrow or other tissue"),
            "visit_ill_relative": _("To visit a family member who is very ill"),
            "funeral": _("To attend a funeral"),
            "family_reunification": _("To be with family"),
            "protection": _("I am in danger and need protection"),
            "disaster_or_conflict": _("A disaster or war where I live"),
            "court_proceeding": _("A court case I must attend"),
            "law_enforcement": _(
                "A U.S. agency or prosecutor needs me (as a witness, for example)"
            ),
            "military_family": _("My family member serves or served in the U.S. military"),
            "entrepreneur": _("I run a U.S. startup"),
            "other": _("Another reason"),
        },
    ),
}
