"""A form on a page as a browser would post it: every input, select and textarea with its value
(hidden ones included), so a test sends exactly what the page rendered."""

from __future__ import annotations

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._option: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button"):
                return
            self._form["fields"].append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self._form["fields"].append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._textarea = a.get("name")
            self._form["fields"].append((self._textarea, ""))

    def handle_data(self, data):
        if self._textarea and self._form:
            name, value = self._form["fields"][-1]
            self._form["fields"][-1] = (name, value + data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea and self._form:
                name, value = self._form["fields"][-1]
                self._form["fields"][-1] = (name, value.removeprefix("\n"))
            self._textarea = None


def form_data(html: str, action: str) -> dict:
    """The fields of the page's form that posts to `action` (a path; "" is the page itself),
    as a dict for the test client (a name sent more than once becomes a list)."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if form["action"] == action:
            data: dict = {}
            for name, value in form["fields"]:
                if name in data:
                    data[name] = [*([data[name]] if isinstance(data[name], str) else data[name])]
                    data[name].append(value)
                else:
                    data[name] = value
            return data
    raise AssertionError(f"no form posting to {action!r} on the page")
