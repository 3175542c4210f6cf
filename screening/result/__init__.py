"""Showing one result: each id's words in both voices (`words`, `labels`, `evidence_labels`), the
view model every page and PDF renders (`model`), the sources it rests on (`sources`), the dates as
a timeline (`timeline`) and as a calendar file (`ics`), the PDF renderer (`pdf`, the only module
that imports WeasyPrint) and the applicant's result views (`views`). Nothing here decides
anything: `screening.rules.assess` does."""
