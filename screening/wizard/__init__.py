"""The applicant's questionnaire: the formtools view (`view`), which steps apply and the answers
kept per step (`steps`), check your answers (`check`), one small Django form per step
(`step_forms`) with its date and "another reason" fields (`date_input`, `notes`), the progress bar
(`progress`), the language switch inside a step (`language_switch`), the small pages around a
screening (`pages`: the start page, start again, nothing to show yet) and the finished result kept
in the session (`session`). The staff intake (`screening.staff.wizard`) runs the same wizard for a
client."""
