"""The resume code is shown once, and survives a change of language on the page that shows it.

"Save and continue later" leaves the new code in the session (`CODE_ONCE_KEY`); the saved page
takes it out and shows it, so a reload, the Back button or a later visit finds no code there.
The page's language switcher would lose it, so the page keeps the code a little longer, for
that one purpose only:

- when it shows the code, it keeps it in the (encrypted) session with a one-time token, and
  puts the token in its own language form (never the code: nothing about it in a URL or
  a form field);
- a language button on that page posts the token back; if it matches and the code is less
  than `KEEP_MINUTES` old (counted from when it was first shown), the code is put back for
  the saved page to show once more, in the new language, with a new token;
- any other visit to the saved page (reload, Back, a link) drops the kept code, and so do
  deleting the saved answers, resuming with a code and a staff login.

So the code can be shown again only by the page on the screen that already shows it, within
`KEEP_MINUTES`: no more than a person can already see.
"""

from __future__ import annotations

import secrets
import time

from .wizard_mixin import CODE_ONCE_KEY

KEPT_KEY = "saved_screening_code_kept"  # {"code", "token", "at": seconds since the epoch}
TOKEN_FIELD = "code_token"  # noqa: S105 - a form field name, not a secret
KEEP_MINUTES = 30


def take_code_to_show(session) -> tuple[str | None, str]:
    """The code to show now (None: it was shown already) and the token for its language form.

    Any earlier kept code is dropped: only the page that shows the code may show it again."""
    previous = session.pop(KEPT_KEY, None)
    code = session.pop(CODE_ONCE_KEY, None)
    if code is None:
        return None, ""
    token = secrets.token_urlsafe(16)
    again = previous is not None and previous["code"] == code
    first_shown = previous["at"] if again else time.time()
    session[KEPT_KEY] = {"code": code, "token": token, "at": first_shown}
    return code, token


def show_again(session, token: str) -> bool:
    """A language button of the page that shows the code: put the code back to be shown once
    more. False (and the kept code dropped) when the token or the time does not fit."""
    kept = session.get(KEPT_KEY)
    fits = (
        kept is not None
        and bool(token)
        and secrets.compare_digest(kept["token"].encode(), token.encode())
        and time.time() - kept["at"] <= KEEP_MINUTES * 60
    )
    if fits:
        session[CODE_ONCE_KEY] = kept["code"]
    else:
        session.pop(KEPT_KEY, None)
    return fits


def forget(session) -> None:
    session.pop(KEPT_KEY, None)
