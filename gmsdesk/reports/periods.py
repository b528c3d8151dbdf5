"""Reporting periods: a year, a quarter, a month or any range of days, both ends included, and
the periods before one of the same length (a trend chart's points).

A period that spans whole calendar months steps back by months (a half-year before a half-year,
the quarters before a quarter); any other range steps back by its number of days.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """From `start` to `end` (ISO dates, both included), and how a report names it: "2026",
    "2026-Q3", "2026-07" or "2026-01-01..2026-06-30"."""

    start: str
    end: str
    label: str

    def __str__(self) -> str:
        return self.label


def _period(first: date, last: date) -> Period:
    if last < first:
        raise ValueError(f"a period cannot end before it starts: {first}..{last}")
    return Period(first.isoformat(), last.isoformat(), _label(first, last))


def _months(first: date, last: date) -> int | None:
    """How many whole calendar months the range spans, or None if it does not span whole months."""
    if first.day != 1 or last.day != monthrange(last.year, last.month)[1]:
        return None
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _label(first: date, last: date) -> str:
    months = _months(first, last)
    if months == 12 and first.month == 1:
        return f"{first.year}"
    if months == 3 and first.month % 3 == 1:
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if months == 1:
        return f"{first.year}-{first.month:02}"
    return f"{first.isoformat()}..{last.isoformat()}"


def year(y: int) -> Period:
    return _period(date(y, 1, 1), date(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValueError(f"a quarter is 1 to 4, not {q}")
    return _period(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))


def month(y: int, m: int) -> Period:
    return _period(date(y, m, 1), _month_end(y, m))


def _month_end(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


_YEAR = re.compile(r"(\d{4})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})")


def parse(text: str) -> Period:
    """"2026", "2026-Q3", "2026-07" or "2026-01-01..2026-06-30"; ValueError for anything else.
    A range that is a whole year, quarter or month is that period."""
    text = text.strip()
    if found := _YEAR.fullmatch(text):
        return year(int(found[1]))
    if found := _QUARTER.fullmatch(text):
        return quarter(int(found[1]), int(found[2]))
    if found := _MONTH.fullmatch(text):
        return month(int(found[1]), int(found[2]))
    if found := _RANGE.fullmatch(text):
        return _period(date.fromisoformat(found[1]), date.fromisoformat(found[2]))
    raise ValueError(f"not a period: {text!r}")


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def series(period: Period, count: int) -> list[Period]:
    """The `count` periods of the same length as `period`, one after the other, the last of them
    `period` itself (oldest first)."""
    if count < 1:
        return []
    first, last = date.fromisoformat(period.start), date.fromisoformat(period.end)
    months = _months(first, last)
    out: list[Period] = []
    for back in range(count - 1, -1, -1):
        if months is not None:
            start = _shift_months(first, -back * months)
            end = _shift_months(start, months) - timedelta(days=1)
        else:
            days = (last - first).days + 1
            start = first - timedelta(days=back * days)
            end = start + timedelta(days=days - 1)
        out.append(_period(start, end))
    return out


__all__ = ["Period", "month", "parse", "quarter", "series", "year"]
