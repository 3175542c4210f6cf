"""Applicants' privacy: encryption at rest, the blind index, saved screenings (resume codes).

- `crypto`: the keys (MultiFernet, newest first) and the HMACs of the name index.
- `fields`: model fields that store only ciphertext; `sessions`: the encrypted session engine.
- `canary`: a stored value that proves at start-up that the keys fit the database.
- `codes`, `saving`, `wizard_mixin`, `views`: save and continue later, resume by code.
- `signals`: a login drops an applicant's answers from the session.
- `migration_data`: encrypts rows written before encryption (used by migration 0004).
The access model for staff is in `screening.staff.permissions`.
"""
