"""What is wrong with a form, said so a person can find the row in Excel and fix it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["CONTEXT", "FormDefinitionError", "Message", "Problem", "marked", "translate"]

# The translation context of the problems GMS Desk words itself (`Problem.text`).
CONTEXT = "Forms"

Translate = Callable[[str], str]
# Qt's translate(context, text, "", n): a plural message, `%n` written in by Qt.
TranslateN = Callable[[str, int], str]


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Marks `text`, a message with a count (`%n`), for translation and returns it untouched.

    Write it `translate("Forms", "...%n...", "", -1)`: lupdate lists such a call as a plural
    message only when `n` is a number written out (QT_TRANSLATE_NOOP cannot mark one); the
    count itself travels with the message (`Message.count`), and the screen translates it
    with QCoreApplication.translate(context, text, "", count) (see `Problem.translated`)."""
    return text


@dataclass(frozen=True)
class Message:
    """A message GMS Desk words itself: `text` marked for translation (context "Forms",
    `{name}` placeholders, `%n` for `count`), the values that fill it (`args`), and the
    marked messages among them (`nested`: the {error} of "calculation '...': {error}")."""

    text: str
    args: tuple[tuple[str, str], ...] = ()
    nested: tuple[tuple[str, Message], ...] = ()
    count: int | None = None

    @classmethod
    def of(cls, text: str, count: int | None = None, /, **args: object) -> Message:
        plain: list[tuple[str, str]] = []
        nested: list[tuple[str, Message]] = []
        for key, value in args.items():
            inner = marked(value)
            if inner is not None:
                nested.append((key, inner))
                value = inner.english
            plain.append((key, str(value)))
        return cls(text, tuple(plain), tuple(nested), count)

    @property
    def english(self) -> str:
        return self._fill(self.text, {})

    def translated(self, translate: Translate, translate_n: TranslateN | None = None) -> str:
        """The message in the user's language (see `Problem.translated`); the English one
        when the translation does not fit the values."""
        if self.count is not None and translate_n is not None:
            text = translate_n(self.text, self.count)
        else:
            text = translate(self.text)
        inner = {key: message.translated(translate, translate_n)
                 for key, message in self.nested}
        try:
            return self._fill(text, inner)
        except (KeyError, IndexError, ValueError):
            return self.english

    def _fill(self, text: str, inner: dict[str, str]) -> str:
        if self.count is not None:
            text = text.replace("%n", str(self.count))
        if not self.args and not inner:
            return text  # nothing to fill in: braces are the message's own
        return text.format(**{**dict(self.args), **inner})


def marked(value: object) -> Message | None:
    """The marked message `value` carries: a Message, a Problem worded by GMS Desk, or an
    error raised with one (its `marked`); None for anything else (plain text)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, Problem):
        return value.marked
    found = getattr(value, "marked", None)
    return found if isinstance(found, Message) else None


@dataclass(frozen=True)
class Problem:
    """One problem in an XLSForm; `severity` "error" means the form cannot be used.

    `message` is plain English. A problem GMS Desk words itself also keeps `text`, the
    message's source marked for translation (context "Forms", `{name}` placeholders, `%n`
    for `count`), and `args`, the values that fill it (`nested`: the marked messages among
    them), so a screen shows it in the user's language (`translated`). pyxform's own
    problems keep pyxform's English words as `message`; their `text` is GMS Desk's wording of
    a message it recognises, else a lead-in naming pyxform (xlsform.pyxform_problem)."""

    sheet: str | None  # "survey" | "choices" | "settings" | "entities" | None (the file)
    row: int | None  # 1-based spreadsheet row, as the user sees it in Excel
    message: str  # plain English: what is wrong and what to do
    severity: str = "error"  # "error" | "warning"
    text: str = ""
    args: tuple[tuple[str, str], ...] = ()
    nested: tuple[tuple[str, Message], ...] = ()
    count: int | None = None

    @classmethod
    def of(cls, sheet: str | None, row: int | None, text: str, severity: str = "error",
           count: int | None = None, /, **args: object) -> Problem:
        """A problem worded by `text` (marked with QT_TRANSLATE_NOOP("Forms", ...), or with
        `translate("Forms", ..., "", n)` when it holds the `count` as `%n`), its placeholders
        filled from `args` (a marked message, or an error carrying one, is translated too)."""
        return cls.worded(sheet, row, Message.of(text, count, **args), severity)

    @classmethod
    def worded(cls, sheet: str | None, row: int | None, message: Message,
               severity: str = "error", english: str | None = None) -> Problem:
        """A problem saying `message` (`english`: the plain English to keep instead, such as
        pyxform's own words)."""
        return cls(sheet, row, message.english if english is None else english, severity,
                   message.text, message.args, message.nested, message.count)

    @property
    def marked(self) -> Message | None:
        """The marked message (None for a problem with nothing to translate)."""
        if not self.text:
            return None
        return Message(self.text, self.args, self.nested, self.count)

    def translated(self, translate: Translate, translate_n: TranslateN | None = None) -> str:
        """The message in the user's language: `translate` turns `text` into it (the UI's
        translate("Forms", text)), `translate_n` a message with a count (the UI's
        translate("Forms", text, "", n); without it `%n` is written in as 0-9 digits).
        The English `message` when there is nothing to translate, no translation, or a
        translation that does not fit the values."""
        message = self.marked
        if message is None:
            return self.message
        found = message.translated(translate, translate_n)
        return self.message if found == message.english else found

    def __str__(self) -> str:
        if self.sheet and self.row:
            where = f"{self.sheet} row {self.row}: "
        elif self.sheet:
            where = f"{self.sheet} sheet: "
        else:
            where = ""
        return where + self.message

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class FormDefinitionError(ValueError):
    """A stored form definition that cannot be rebuilt (it should never have been saved)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems if p.is_error))
