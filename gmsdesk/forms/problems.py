"""What is wrong with a form, said so a person can find the row in Excel and fix it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["CONTEXT", "FormDefinitionError", "Problem"]

# The translation context of the problems GMS Desk words itself (`Problem.text`).
CONTEXT = "Forms"


@dataclass(frozen=True)
class Problem:
    """One problem in an XLSForm; `severity` "error" means the form cannot be used.

    `message` is plain English. A problem GMS Desk words itself also keeps `text`, the
    message's source marked for translation (context "Forms", `{name}` placeholders), and
    `args`, the values that fill it, so a screen shows it in the user's language
    (`translated`); pyxform's own problems have no `text`."""

    sheet: str | None  # "survey" | "choices" | "settings" | "entities" | None (the file)
    row: int | None  # 1-based spreadsheet row, as the user sees it in Excel
    message: str  # plain English: what is wrong and what to do
    severity: str = "error"  # "error" | "warning"
    text: str = ""
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, sheet: str | None, row: int | None, text: str, severity: str = "error",
           **args: object) -> Problem:
        """A problem worded by `text` (marked with QT_TRANSLATE_NOOP("Forms", ...)), its
        placeholders filled from `args`."""
        values = tuple((key, str(value)) for key, value in args.items())
        return cls(sheet, row, text.format(**dict(values)), severity, text, values)

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language: `translate` turns `text` into it (the UI's
        translate("Forms", text)); the English message when there is nothing to translate
        or the translation does not fit the values."""
        if not self.text:
            return self.message
        try:
            return translate(self.text).format(**dict(self.args))
        except (KeyError, IndexError, ValueError):
            return self.message

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
