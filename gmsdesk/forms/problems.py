"""What is wrong with a form, said so a person can find the row in Excel and fix it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FormDefinitionError", "Problem"]


@dataclass(frozen=True)
class Problem:
    """One problem in an XLSForm; `severity` "error" means the form cannot be used."""

    sheet: str | None  # "survey" | "choices" | "settings" | None (the file as a whole)
    row: int | None  # 1-based spreadsheet row, as the user sees it in Excel
    message: str  # plain English: what is wrong and what to do
    severity: str = "error"  # "error" | "warning"

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
