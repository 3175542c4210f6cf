"""Applicants' privacy: encryption at rest, the blind index for search, saved screenings, retention.

- `crypto`: the keys (MultiFernet, newest first) and the HMAC used for the blind index and codes.
- `fields`: model fields that store only ciphertext.
- `canary`: a stored value that proves at start-up that the keys fit the database.
- `sessions`: the session engine that encrypts applicants' session data.
"""
