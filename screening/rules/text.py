"""Messages: `_` (marks a message for translation), `ngettext` (a message whose words follow a
number), `Text` (a message to the applicant that carries its form about the client) and `Message`
(a message plus its parameters).

Texts are kept as a message plus its parameters so the web layer can translate the message before
filling it in; `text` is the English sentence used by the `screen` command and the JSON export.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any


def _(message: str) -> str:
    """Marks a message for translation (extracted by makemessages) without translating it here."""
    return message


class Plural(str):
    """A message whose words follow a number: the English for `count` (the string itself), and
    its `singular` and `plural` forms, which a catalogue translates into as many forms as the
    language has (the web layer picks one with Django's ngettext)."""

    singular: str
    plural: str
    count: int

    def __new__(cls, singular: str, plural: str, count: int) -> Plural:
        text = super().__new__(cls, singular if count == 1 else plural)
        text.singular, text.plural, text.count = singular, plural, count
        return text


def ngettext(singular: str, plural: str, count: int) -> Plural:
    """Marks a message with its singular and plural forms (makemessages extracts both, as for
    Django's ngettext) without translating it here."""
    return Plural(singular, plural, count)


class Text(str):
    """A message written to the applicant (the string itself) that also carries its form about
    the client, for staff and the attorney's memo:

        Text(_("You entered without inspection."), client=_("The client entered without ..."))

    Both are whole sentences marked for translation with the same {placeholders}. A Text works
    anywhere a message or a prose parameter (such as `unknown()`'s question) goes."""

    you: str  # the applicant's message itself (a Plural keeps its forms here)
    client: str

    def __new__(cls, you: str, *, client: str) -> Text:
        text = super().__new__(cls, you)
        text.you, text.client = you, client
        return text


def about_client(value: Any) -> Any:
    """The form of a message or parameter about the client: a Text's `client`, else itself."""
    return value.client if isinstance(value, Text) else value


def _for_client(value: Any) -> Any:
    """`value` with every Message inside it (in result dataclasses and tuples) about the client,
    so a message nested anywhere in a result (a reason, a deadline's to-do) is covered."""
    if isinstance(value, Message):
        return value.for_client()
    if isinstance(value, tuple):
        return tuple(_for_client(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: _for_client(getattr(value, f.name)) for f in fields(value)}
        )
    return value


@dataclass(frozen=True)
class Message:
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        # A plain str, so the JSON and the export never hold a Text.
        return self.message.format(**self.params) if self.params else str(self.message)

    def for_client(self) -> Message:
        """The same message (and type) written about the client instead of to them."""
        params = {key: about_client(value) for key, value in self.params.items()}
        others = {
            f.name: _for_client(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("message", "params")
        }
        return replace(self, message=about_client(self.message), params=params, **others)

    @property
    def client_text(self) -> str:
        return self.for_client().text
