"""The report pack of indicators against targets, for headquarters and donors, in any of the
seven languages: a PDF (a cover; the indicators by area with actual, target and percent of
target, each status drawn as a shape and named in words; small trend charts with the targets
of each period; disaggregations; the five evaluation criteria; every indicator's definition)
and an XLSX workbook (a sheet per area, one per disaggregation, the definitions, the targets).

It prints figures already computed (`gmsdesk.services.report_pack` gathers them as the
dashboard computes them) and reads no database. Both files are written beside their target and
renamed into place: a cancelled or failed pack never leaves half a file where one was asked.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from gmsdesk import i18n_format
from gmsdesk.money import format_money
from gmsdesk.records.catalog import (
    CHANNELS,
    COUNTRIES,
    EVENT_KINDS,
    GENDERS,
    INDICATOR_AREAS,
    SERVICE_TYPES,
    TRACKS,
)
from gmsdesk.reports.output import Progress, atomic_canvas, check_progress
from gmsdesk.reports.periods import Period
from gmsdesk.reports.strings import (
    country,
    format_date,
    format_number,
    format_period,
    indicator_text,
    lang_or_default,
    local_digits,
    t_or,
)
from gmsdesk.reports.strings import t as wording
from gmsdesk.reports.text import draw_text, fit_text, line_height, text_width, wrap
from gmsdesk.storage.indicators import Filters, Indicator, Value
from gmsdesk.storage.targets import Target

__all__ = ["PackData", "PackLine", "PackTable", "TargetRow", "TrendPoint", "write_pdf",
           "write_xlsx"]

STATES = ("met", "near", "behind", "none")


# -- what the pack prints ----------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    actual: float | None
    target: float | None


@dataclass(frozen=True)
class PackLine:
    """One indicator as the dashboard has it. `target`: the scope's own target, what it is
    measured against; `wider`: a wider scope's, told for reference. `not_counted_by`: the
    filters chosen that the indicator is not counted by (then it has no value)."""

    indicator: Indicator
    value: Value | None
    target: float | None
    wider: float | None
    baseline: float | None
    percent: float | None
    status: str  # one of STATES
    not_counted_by: tuple[str, ...] = ()
    trend: tuple[TrendPoint, ...] = ()

    @property
    def applies(self) -> bool:
        return not self.not_counted_by

    @property
    def several_currencies(self) -> bool:
        return self.indicator.unit == "money" and len(
            (self.value.by_currency if self.value else None) or {}) > 1


@dataclass(frozen=True)
class PackTable:
    """A disaggregation: the values of `code` by `rows_by` (and `columns_by`), with the engine's
    own totals (a person is counted once in a total even where parts overlap). `rows_by` or
    `columns_by` "indicator": the rows or columns are indicator codes. `title_key`: its own
    heading (else "indicator by dimensions")."""

    code: str
    unit: str
    rows_by: str
    columns_by: str | None
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: Mapping[tuple[str, str], Value]  # (row, column; "" without columns)
    row_totals: Mapping[str, Value] = field(default_factory=dict)
    column_totals: Mapping[str, Value] = field(default_factory=dict)
    total: Value | None = None
    title_key: str = ""


@dataclass(frozen=True)
class TargetRow:
    target: Target
    measured: bool  # what an indicator of the pack is measured against


@dataclass(frozen=True)
class PackData:
    period: Period
    filters: Filters
    scope: tuple[str, str] | None  # (kind, value) the targets are for; None: no target applies
    lines: tuple[PackLine, ...]
    tables: tuple[PackTable, ...]
    evaluation: PackTable | None  # the five criteria by sex
    targets: tuple[TargetRow, ...]
    agencies: Mapping[str, str]  # agency code -> name in the pack's language
    prepared_by: str
    made_on: dt.date
    criteria: tuple[str, ...] = ()  # the evaluation criteria's indicator codes, in order

    def line(self, code: str) -> PackLine | None:
        return next((x for x in self.lines if x.indicator.code == code), None)

    def areas(self) -> list[str]:
        order = list(INDICATOR_AREAS)
        found = {x.indicator.area for x in self.lines}
        return sorted(found, key=lambda a: (order.index(a) if a in order else len(order), a))


# -- wording -----------------------------------------------------------------------------------

_CODE_KEYS = {"sex": ("sex_", GENDERS), "track": ("trk_", TRACKS),
              "type": ("svc_", SERVICE_TYPES), "channel": ("ch_", CHANNELS),
              "kind": ("ev_", EVENT_KINDS)}
_ORIGIN_KEYS = {"inquiries_abroad": "origin_abroad", "inquiries_domestic": "origin_domestic",
                "inquiries_received": "origin_all"}


def t(lang: str, key: str, **values: object) -> str:
    """The pack's wording in `lang`, its numbers in the language's digits (Khmer, Burmese)."""
    return local_digits(lang, wording(lang, key, **values))


def indicator_title(lang: str, indicator: Indicator) -> str:
    if indicator.builtin:
        return local_digits(lang, indicator_text(lang, indicator.code, indicator.title,
                                                 indicator.definition)[0])
    titles = dict(indicator.titles)
    return titles.get(lang) or titles.get(lang.split("_")[0]) or indicator.title


def indicator_definition(lang: str, indicator: Indicator) -> str:
    if indicator.builtin:
        return local_digits(lang, indicator_text(lang, indicator.code, indicator.title,
                                                 indicator.definition)[1])
    return indicator.definition


def area_title(lang: str, area: str) -> str:
    return t_or(lang, f"area_{area}", INDICATOR_AREAS.get(area, area))


def dimension_label(lang: str, dimension: str) -> str:
    """A dimension's name; rows or columns of indicators are the evaluation's criteria."""
    if dimension == "indicator":
        return t(lang, "dim_criterion")
    return t_or(lang, f"dim_{dimension}", dimension.replace("_", " ").capitalize())


def key_label(lang: str, dimension: str, key: str, pack: PackData) -> str:
    """A value of a dimension in words: an economy's or sex's name, an agency's name..."""
    if dimension == "indicator":
        line = pack.line(key)
        if key in _ORIGIN_KEYS:
            return t(lang, _ORIGIN_KEYS[key])
        if key.startswith("evaluation_"):
            return t_or(lang, "crit_" + key.removeprefix("evaluation_"), key)
        return indicator_title(lang, line.indicator) if line is not None else key
    if not key:
        return t(lang, "not_recorded")
    if dimension == "economy":
        return country(lang, key) if key in COUNTRIES else key
    if dimension == "agency":
        return pack.agencies.get(key) or key
    prefix, codes = _CODE_KEYS.get(dimension, ("", {}))
    return t_or(lang, prefix + key, codes.get(key, key)) if prefix else key


def status_word(lang: str, state: str) -> str:
    return t(lang, f"status_{state}")


def scope_text(lang: str, pack: PackData) -> str:
    if pack.scope is None:
        return t(lang, "scope_none")
    kind, value = pack.scope
    if kind == "economy":
        return t(lang, "scope_economy", name=country(lang, value))
    if kind == "agency":
        return t(lang, "scope_agency", name=pack.agencies.get(value) or value)
    if kind == "province":
        return t(lang, "scope_province", name=value)
    return t(lang, "scope_programme")


def selection_text(lang: str, pack: PackData) -> str:
    """Every filter chosen, in words ("Cambodia · Siem Reap · Female"); "" for none, or when
    the scope already says all of it."""
    f = pack.filters
    chosen = {name for name in ("economy", "province", "agency", "sector", "sex")
              if getattr(f, name)}
    if pack.scope is not None and chosen <= {pack.scope[0]}:
        return ""
    parts = [country(lang, f.economy) if f.economy else "", f.province or "",
             pack.agencies.get(f.agency or "") or f.agency or "", f.sector or "",
             key_label(lang, "sex", f.sex, pack) if f.sex else ""]
    return " · ".join(p for p in parts if p)


# -- numbers -----------------------------------------------------------------------------------


def _fixed(lang: str, number: float, decimals: int) -> str:
    """At most `decimals` decimals, in the language's separators and digits: the rule the
    screens follow too (`gmsdesk.i18n_format`)."""
    return format_number(lang, number, decimals=decimals)


def number_text(lang: str, number: float | None, unit: str) -> str:
    if number is None:
        return "—"
    if unit == "percent":
        return _fixed(lang, number, 1) + "%"
    if unit == "score":
        return _fixed(lang, number, 1)
    return _fixed(lang, number, 0 if unit == "money" or float(number).is_integer() else 1)


def value_lines(lang: str, value: Value | None, unit: str) -> list[str]:
    """A value as printed, one line per currency for money."""
    if value is None:
        return ["—"]
    if unit == "money" and value.by_currency:
        return [local_digits(lang, format_money(amount, currency, lang))
                for currency, amount in sorted(value.by_currency.items())]
    return [number_text(lang, value.value, unit)]


def percent_text(lang: str, percent: float | None) -> str:
    return "—" if percent is None else _fixed(lang, percent, 0) + "%"


# -- page layout -------------------------------------------------------------------------------

INK = HexColor("#1f2933")
ACCENT = HexColor("#1d5c63")
MUTED = HexColor("#5f6b76")
RULE = HexColor("#c5ced6")
BAND = HexColor("#e6eef0")
STRIPE = HexColor("#f5f8f9")
# blue and orange are told apart with every common colour blindness, and in grey by lightness;
# the target is also a dashed line with dots, the actual a bar or a solid line
ACTUAL = HexColor("#2f6db5")
TARGET = HexColor("#d9710b")
STATUS_COLOURS = {"met": HexColor("#1b6e2d"), "near": HexColor("#8a5300"),
                  "behind": HexColor("#b3261e"), "none": HexColor("#5f6368")}

PAGE_W, PAGE_H = float(A4[0]), float(A4[1])
MARGIN = 48.0
BODY_W = PAGE_W - 2 * MARGIN
BODY_TOP = PAGE_H - MARGIN - 16  # below the running header
BODY_BOTTOM = MARGIN + 10
Draw = Callable[[Canvas, float], None]  # draws with its top at the given y


@dataclass(frozen=True)
class _Piece:
    height: float
    draw: Draw


@dataclass
class _Block:
    """Pieces kept together when they fit a page; a block taller than that is split, with
    `repeat` (a table's header) drawn again at the top of each page it continues on, and never
    before its first `keep` pieces fit."""

    pieces: list[_Piece]
    repeat: list[_Piece] = field(default_factory=list)
    keep: int = 1


@dataclass
class _Section:
    title: str
    blocks: list[_Block]


def _nothing(_c: Canvas, _top: float) -> None:
    return None


def _gap(height: float) -> _Piece:
    return _Piece(height, _nothing)


def _lines(text: str, size: float, width: float, bold: bool = False, colour: Color = INK,
           x: float = MARGIN) -> list[_Piece]:
    pieces = []
    for line in wrap(" ".join(text.split()), size, width, bold):
        h = line_height(line or " ", size, bold)

        def draw(c: Canvas, top: float, line: str = line, h: float = h) -> None:
            c.setFillColor(colour)
            draw_text(c, x, top - h * 0.74, line, size, bold)

        pieces.append(_Piece(h, draw))
    return pieces


def _cell_lines(text: str, size: float, width: float, most: int, bold: bool = False
                ) -> list[str]:
    """`text` wrapped into at most `most` lines of `width`, the last cut with "…"."""
    lines = wrap(" ".join(text.split()), size, width, bold) or [""]
    if len(lines) > most:
        rest = " ".join(lines[most - 1:])
        lines = [*lines[:most - 1], fit_text(rest, width, size, size, bold)[0]]
    return lines


def _paginate(sections: list[_Section]) -> tuple[list[list[tuple[float, _Piece]]], list[int]]:
    """Every piece's page and top; each section starts a page. Returns the pages and the index
    of each section's first page."""
    pages: list[list[tuple[float, _Piece]]] = []
    starts: list[int] = []
    full = BODY_TOP - BODY_BOTTOM
    for section in sections:
        pages.append([])
        starts.append(len(pages) - 1)
        y = BODY_TOP
        for block in section.blocks:
            height = sum(p.height for p in block.pieces)
            lead = sum(p.height for p in block.pieces[:block.keep])
            if pages[-1] and y - height < BODY_BOTTOM and (height <= full
                                                           or y - lead < BODY_BOTTOM):
                pages.append([])
                y = BODY_TOP
            for index, piece in enumerate(block.pieces):
                if y - piece.height < BODY_BOTTOM and pages[-1]:
                    pages.append([])
                    y = BODY_TOP
                    if index:
                        for again in block.repeat:
                            pages[-1].append((y, again))
                            y -= again.height
                pages[-1].append((y, piece))
                y -= piece.height
    return pages, starts


# -- symbols and charts --------------------------------------------------------------------------


def draw_status(c: Canvas, x: float, y: float, size: float, state: str) -> None:
    """The status as a shape (a tick in a disc, a half-filled ring, a cross in a disc, a dash
    in a ring), centred at (x, y), so print in grey still tells them apart."""
    r = size / 2
    colour = STATUS_COLOURS[state]
    c.saveState()
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    c.setLineWidth(max(0.8, size * 0.1))
    if state == "met":
        c.circle(x, y, r, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(size * 0.14)
        path = c.beginPath()
        path.moveTo(x - r * 0.5, y)
        path.lineTo(x - r * 0.12, y - r * 0.4)
        path.lineTo(x + r * 0.55, y + r * 0.42)
        c.drawPath(path, stroke=1, fill=0)
    elif state == "near":
        c.circle(x, y, r * 0.92, stroke=1, fill=0)
        path = c.beginPath()
        path.moveTo(x, y + r * 0.92)
        path.arcTo(x - r * 0.92, y - r * 0.92, x + r * 0.92, y + r * 0.92, 90, 180)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    elif state == "behind":
        c.circle(x, y, r, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(size * 0.14)
        d = r * 0.42
        c.line(x - d, y - d, x + d, y + d)
        c.line(x - d, y + d, x + d, y - d)
    else:
        c.circle(x, y, r * 0.92, stroke=1, fill=0)
        c.line(x - r * 0.45, y, x + r * 0.45, y)
    c.restoreState()


def _nice(top: float, whole: bool = False) -> float:
    """A round number at or above `top` for an axis; with `whole`, an even whole number, so
    the middle gridline of a count is a whole number too."""
    found = top
    if top <= 0:
        found = 1.0
    else:
        magnitude = 10 ** len(str(int(top))) / 10 if top >= 1 else 1.0
        found = next((s * magnitude for s in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)
                      if s * magnitude >= top), top)
    if whole:
        found = float(max(2, math.ceil(found)))
        found += found % 2
    return found


def _axis_label(lang: str, number: float, unit: str) -> str:
    text = _fixed(lang, number, 0 if float(number).is_integer() else 1)
    return text + "%" if unit == "percent" else text


def _ticks(lang: str, points: Sequence[TrendPoint]) -> list[tuple[str, str]]:
    """Each period's label under a chart: its year, quarter, month or first day, and the year
    below where it changes."""
    out: list[tuple[str, str]] = []
    shown = None
    for point in points:
        first = dt.date.fromisoformat(point.period.start)
        year = i18n_format.year(lang_or_default(lang), first.year)  # the user's Thai era
        label = point.period.label
        if len(label) == 4:
            upper, lower = str(year), ""
        else:
            if "-Q" in label:
                upper = f"Q{(first.month - 1) // 3 + 1}"
            elif len(label) == 7:
                upper = str(first.month)
            else:
                upper = f"{first.day}/{first.month}"
            lower = str(year) if year != shown else ""
            shown = year
        out.append((local_digits(lang, upper), local_digits(lang, lower)))
    return out


def draw_chart(c: Canvas, x: float, top: float, w: float, h: float, line: PackLine,
               lang: str) -> None:
    """A small trend chart: the actual values (bars for what is counted, a solid line with
    squares for shares and scores) and each period's target as a dashed step with a dot."""
    title = _cell_lines(indicator_title(lang, line.indicator), 7.5, w - 4, 2, True)
    y = top
    c.setFillColor(INK)
    for text in title:
        lh = line_height(text, 7.5, True)
        draw_text(c, x, y - lh * 0.74, text, 7.5, True)
        y -= lh
    actuals = [p.actual for p in line.trend]
    targets = [p.target for p in line.trend]
    known = [v for v in actuals + targets if v is not None]
    plot_top, plot_bottom = y - 8, top - h + 18
    left, right = x + 30, x + w - 4
    if not line.trend or not known or line.several_currencies:
        c.setFillColor(MUTED)
        word = t(lang, "several_currencies") if line.several_currencies else t(lang, "no_data")
        for i, text in enumerate(_cell_lines(word, 7, w - 8, 3)):
            draw_text(c, x + w / 2, (plot_top + plot_bottom) / 2 - i * 10, text, 7, False,
                      "centre")
        return
    unit = line.indicator.unit
    top_value = _nice(max(max(known), 0.0) * 1.08, whole=unit == "count")
    scale = (plot_top - plot_bottom) / top_value
    c.setLineWidth(0.4)
    for fraction in (0.0, 0.5, 1.0):
        gy = plot_bottom + (plot_top - plot_bottom) * fraction
        c.setStrokeColor(RULE if fraction else MUTED)
        c.line(left, gy, right, gy)
        label, size = fit_text(_axis_label(lang, top_value * fraction, unit), left - x - 3,
                               6.0, 4.0)
        c.setFillColor(MUTED)
        draw_text(c, left - 3, gy - 2, label, size, False, "right")
    slot = (right - left) / len(line.trend)
    centres = [left + slot * (i + 0.5) for i in range(len(line.trend))]
    heights = [None if v is None else plot_bottom + v * scale for v in actuals]
    goals = [None if v is None else plot_bottom + v * scale for v in targets]
    _draw_actuals(c, centres, heights, plot_bottom, slot, bars=unit in ("count", "money"))
    _draw_targets(c, centres, goals, slot)
    last, last_y = actuals[-1], heights[-1]
    if last is not None and last_y is not None:  # above the bar, and above its target
        text, size = fit_text(number_text(lang, last, unit), slot + 14, 6.5, 4.5, True)
        c.setFillColor(INK)
        draw_text(c, min(centres[-1], right - text_width(text, size, True) / 2),
                  min(max(last_y, goals[-1] or last_y) + 3.5, plot_top + 1), text, size, True,
                  "centre")
    c.setFillColor(MUTED)
    for cx, (upper, lower) in zip(centres, _ticks(lang, line.trend), strict=True):
        upper, size = fit_text(upper, slot, 6.0, 4.0)
        draw_text(c, cx, plot_bottom - 8, upper, size, False, "centre")
        if lower:
            draw_text(c, cx, plot_bottom - 15, *fit_text(lower, slot * 2, 5.5, 4.0), False,
                      "centre")


def _draw_actuals(c: Canvas, centres: Sequence[float], heights: Sequence[float | None],
                  bottom: float, slot: float, bars: bool) -> None:
    c.setFillColor(ACTUAL)
    c.setStrokeColor(ACTUAL)
    if bars:
        for cx, y in zip(centres, heights, strict=True):
            if y is not None and y > bottom:
                c.rect(cx - slot * 0.3, bottom, slot * 0.6, y - bottom, stroke=0, fill=1)
        return
    c.setLineWidth(1.3)
    points = [(cx, y) for cx, y in zip(centres, heights, strict=True) if y is not None]
    for (x0, y0), (x1, y1) in pairwise(points):
        c.line(x0, y0, x1, y1)
    for px, py in points:
        c.rect(px - 1.6, py - 1.6, 3.2, 3.2, stroke=0, fill=1)


def _draw_targets(c: Canvas, centres: Sequence[float], heights: Sequence[float | None],
                  slot: float) -> None:
    """Each period's target as a dashed step across its slot, with a dot in the middle."""
    c.setStrokeColor(TARGET)
    c.setFillColor(TARGET)
    c.setLineWidth(1.1)
    c.setDash(3, 1.8)
    for cx, y in zip(centres, heights, strict=True):
        if y is not None:
            c.line(cx - slot / 2 + 1, y, cx + slot / 2 - 1, y)
    c.setDash()
    for cx, y in zip(centres, heights, strict=True):
        if y is not None:
            c.circle(cx, y, 1.6, stroke=0, fill=1)


def _legend(lang: str) -> _Piece:
    def draw(c: Canvas, top: float) -> None:
        y = top - 10
        c.setFillColor(ACTUAL)
        c.rect(MARGIN, y - 1, 9, 7, stroke=0, fill=1)
        c.setFillColor(INK)
        x = MARGIN + 13 + draw_text(c, MARGIN + 13, y, t(lang, "legend_actual"), 8) + 16
        c.setStrokeColor(TARGET)
        c.setFillColor(TARGET)
        c.setLineWidth(1.1)
        c.setDash(3, 1.8)
        c.line(x, y + 2.5, x + 16, y + 2.5)
        c.setDash()
        c.circle(x + 8, y + 2.5, 1.6, stroke=0, fill=1)
        c.setFillColor(INK)
        draw_text(c, x + 20, y, t(lang, "legend_target"), 8)

    return _Piece(18, draw)


# -- the PDF's sections ------------------------------------------------------------------------

# Indicator table columns: title, actual, target, percent of target, status.
_COLUMNS = (186.0, 84.0, 74.0, 50.0, BODY_W - 394.0)
_PAD = 4.0


def _table_header(labels: Sequence[str], widths: Sequence[float], aligns: Sequence[str],
                  size: float = 7.5) -> _Piece:
    wrapped = [_cell_lines(label, size, w - 2 * _PAD, 3, True)
               for label, w in zip(labels, widths, strict=True)]
    lh = max(line_height(x or " ", size, True) for lines in wrapped for x in lines)
    height = lh * max(len(lines) for lines in wrapped) + 6

    def draw(c: Canvas, top: float) -> None:
        c.setFillColor(BAND)
        c.rect(MARGIN, top - height, BODY_W, height, stroke=0, fill=1)
        c.setFillColor(INK)
        x = MARGIN
        for lines, w, align in zip(wrapped, widths, aligns, strict=True):
            y = top - 3 - lh * 0.74
            for text in lines:
                anchor = x + w - _PAD if align == "right" else x + _PAD
                draw_text(c, anchor, y, text, size, True, "right" if align == "right"
                          else "left")
                y -= lh
            x += w

    return _Piece(height, draw)


def _indicator_row(lang: str, line: PackLine, shaded: bool) -> _Piece:
    unit = line.indicator.unit
    title_w, actual_w, target_w, percent_w, status_w = _COLUMNS
    title = _cell_lines(indicator_title(lang, line.indicator), 8.5, title_w - 2 * _PAD, 3)
    if line.applies:
        actual = [fit_text(v, actual_w - 2 * _PAD, 8.5, 5.5) for v in
                  value_lines(lang, line.value, unit)]
        target = [fit_text(number_text(lang, line.target, unit), target_w - 2 * _PAD, 8.5,
                           5.5)]
        if line.target is None and line.wider is not None:
            target.append(fit_text(f"({number_text(lang, line.wider, unit)})",
                                   target_w - 2 * _PAD, 7.5, 5.0))
        percent = percent_text(lang, line.percent) if line.target is not None else ""
        word = (t(lang, "several_currencies")
                if line.target is not None and line.percent is None and line.several_currencies
                else status_word(lang, line.status))
        state = line.status
    else:
        names = ", ".join(dimension_label(lang, d) for d in line.not_counted_by)
        actual, target, percent = [("—", 8.5)], [], ""
        word, state = t(lang, "not_counted", names=names), "none"
    status = _cell_lines(word, 7.5, status_w - 2 * _PAD - 14, 3, True)
    lh = max(line_height(x or " ", 8.5) for x in [*title, *(a for a, _ in actual), *status])
    height = max(20.0, lh * max(len(title), len(actual), len(target) or 1, len(status)) + 7)

    def draw(c: Canvas, top: float) -> None:
        if shaded:
            c.setFillColor(STRIPE)
            c.rect(MARGIN, top - height, BODY_W, height, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, top - height, MARGIN + BODY_W, top - height)
        first = top - 3.5 - lh * 0.74
        c.setFillColor(INK)
        for i, text in enumerate(title):
            draw_text(c, MARGIN + _PAD, first - i * lh, text, 8.5)
        x = MARGIN + title_w
        for i, (text, size) in enumerate(actual):
            draw_text(c, x + actual_w - _PAD, first - i * lh, text, size, True, "right")
        x += actual_w
        for i, (text, size) in enumerate(target):
            c.setFillColor(INK if i == 0 else MUTED)
            draw_text(c, x + target_w - _PAD, first - i * lh, text, size, False, "right")
        x += target_w
        c.setFillColor(INK)
        draw_text(c, x + percent_w - _PAD, first, percent, 8.5, True, "right")
        x += percent_w
        draw_status(c, x + _PAD + 5, first + 3, 10, state)
        c.setFillColor(STATUS_COLOURS[state])
        for i, text in enumerate(status):
            draw_text(c, x + _PAD + 14, first - i * lh, text, 7.5, True)

    return _Piece(height, draw)


def _heading(text: str, size: float = 13.0, gap: float = 8.0) -> list[_Piece]:
    pieces = [_gap(gap)] if gap else []
    pieces += _lines(text, size, BODY_W, True, ACCENT)
    pieces.append(_gap(4))
    return pieces


def _indicator_blocks(lang: str, pack: PackData) -> list[_Block]:
    blocks: list[_Block] = []
    labels = [t(lang, k) for k in ("col_indicator", "col_actual", "col_target", "col_percent",
                                   "col_status")]
    aligns = ("left", "right", "right", "right", "left")
    for area in pack.areas():
        lines = [x for x in pack.lines if x.indicator.area == area]
        header = _table_header(labels, _COLUMNS, aligns)
        heading = _heading(area_title(lang, area), gap=4 if not blocks else 12)
        rows = [_indicator_row(lang, x, i % 2 == 1) for i, x in enumerate(lines)]
        blocks.append(_Block([*heading, header, *rows], [header], len(heading) + 2))
        charted = [x for x in lines if x.applies and x.trend]
        if not charted:
            continue
        per_row, gap = 3, 14.0
        w = (BODY_W - gap * (per_row - 1)) / per_row
        h = 112.0
        chart_rows: list[_Piece] = []
        for start in range(0, len(charted), per_row):
            group = charted[start:start + per_row]

            def draw(c: Canvas, top: float, group: list[PackLine] = group, w: float = w,
                     h: float = h, gap: float = gap) -> None:
                for i, one in enumerate(group):
                    draw_chart(c, MARGIN + i * (w + gap), top - 4, w, h - 8, one, lang)

            chart_rows.append(_Piece(h, draw))
        head = [_gap(6), *_lines(t(lang, "trend"), 9.5, BODY_W, True, MUTED), _legend(lang)]
        blocks.append(_Block([*head, *chart_rows], [], len(head) + 1))
    return blocks


def table_title(lang: str, table: PackTable, pack: PackData) -> str:
    if table.title_key:
        return t(lang, table.title_key)
    line = pack.line(table.code)
    what = indicator_title(lang, line.indicator) if line is not None else table.code

    def named(dimension: str) -> str:  # inside a sentence: "People trained by province"
        label = dimension_label(lang, dimension)
        return label[:1].lower() + label[1:] if lang_or_default(lang) in ("en", "vi") else label

    if table.columns_by:
        return t(lang, "by_two", what=what, a=named(table.rows_by), b=named(table.columns_by))
    return t(lang, "by_one", what=what, a=named(table.rows_by))


def _grid(lang: str, table: PackTable, pack: PackData) -> tuple[list[str], list[list[str]]]:
    """A table's header and rows as printed (the last row the totals, if any)."""
    total_word = t(lang, "sum_total" if table.unit == "count" else "col_all")
    columns = list(table.columns) or [""]
    header = [dimension_label(lang, table.rows_by)]
    if table.columns_by:
        header += [key_label(lang, table.columns_by, k, pack) for k in table.columns]
    else:
        header.append(t(lang, "col_actual"))
    with_total = bool(table.columns_by and table.row_totals)
    if with_total:
        header.append(total_word)

    def text(value: Value | None) -> str:
        return " / ".join(value_lines(lang, value, table.unit)) if value is not None else "—"

    rows = []
    for row in table.rows:
        cells = [key_label(lang, table.rows_by, row, pack)]
        cells += [text(table.cells.get((row, col))) for col in columns]
        if with_total:
            cells.append(text(table.row_totals.get(row)))
        rows.append(cells)
    if table.column_totals or table.total is not None:
        last = [total_word]
        if table.columns_by:
            last += [text(table.column_totals.get(col)) for col in columns]
            if with_total:
                last.append(text(table.total))
        else:
            last.append(text(table.total))
        rows.append(last)
    return header, rows


def _table_block(lang: str, table: PackTable, pack: PackData, first: bool) -> _Block:
    heading = _heading(table_title(lang, table, pack), 11.0, 0 if first else 14)
    header, rows = _grid(lang, table, pack)
    if not table.rows:
        return _Block([*heading, *_lines(t(lang, "no_data"), 9, BODY_W, colour=MUTED)],
                      keep=len(heading) + 1)
    count = len(header) - 1
    first_w = max(110.0, min(190.0, BODY_W - count * 58.0))
    widths = [first_w] + [(BODY_W - first_w) / count] * count
    aligns = ["left"] + ["right"] * count
    top = _table_header(header, widths, aligns)
    totals = bool(table.column_totals or table.total is not None)
    pieces = [_grid_row(cells, widths, i % 2 == 1, totals and i == len(rows) - 1)
              for i, cells in enumerate(rows)]
    return _Block([*heading, top, *pieces], [top], len(heading) + 3)


def _grid_row(cells: Sequence[str], widths: Sequence[float], shaded: bool, total: bool
              ) -> _Piece:
    label = _cell_lines(cells[0], 8.0, widths[0] - 2 * _PAD, 2, total)
    values = [fit_text(v, w - 2 * _PAD, 8.0, 5.0, total)
              for v, w in zip(cells[1:], widths[1:], strict=True)]
    lh = max(line_height(x or " ", 8.0) for x in [*label, *(v for v, _ in values)])
    height = max(17.0, lh * len(label) + 6)

    def draw(c: Canvas, top: float) -> None:
        if shaded or total:
            c.setFillColor(BAND if total else STRIPE)
            c.rect(MARGIN, top - height, BODY_W, height, stroke=0, fill=1)
        c.setStrokeColor(INK if total else RULE)
        c.setLineWidth(0.6 if total else 0.4)
        c.line(MARGIN, (top if total else top - height), MARGIN + BODY_W,
               (top if total else top - height))
        c.setFillColor(INK)
        y = top - 3 - lh * 0.74
        for i, text in enumerate(label):
            draw_text(c, MARGIN + _PAD, y - i * lh, text, 8.0, total)
        x = MARGIN + widths[0]
        for (text, size), w in zip(values, widths[1:], strict=True):
            draw_text(c, x + w - _PAD, y, text, size, total, "right")
            x += w

    return _Piece(height, draw)


def _evaluation_blocks(lang: str, pack: PackData) -> list[_Block]:
    lines = [x for code in pack.criteria if (x := pack.line(code)) is not None]
    intro = [*_lines(t(lang, "evaluation_note"), 9, BODY_W, colour=MUTED), _gap(8)]
    if not any(x.value is not None and x.value.denominator for x in lines):
        return [_Block([*intro, *_lines(t(lang, "no_data"), 9, BODY_W, colour=MUTED)])]
    label_w, right_w = 130.0, 92.0
    x0 = MARGIN + label_w
    x1 = MARGIN + BODY_W - right_w
    span = x1 - x0

    def at(score: float) -> float:
        return x0 + span * (min(max(score, 1.0), 5.0) - 1) / 4

    pieces: list[_Piece] = []
    for line in lines:
        name = key_label(lang, "indicator", line.indicator.code, pack)

        def draw(c: Canvas, top: float, line: PackLine = line, name: str = name) -> None:
            mid = top - 13
            c.setFillColor(INK)
            draw_text(c, MARGIN, mid - 3, *fit_text(name, label_w - 8, 9.5, 6.0, True), True)
            c.setFillColor(BAND)
            c.rect(x0, mid - 6, span, 12, stroke=0, fill=1)
            mean = line.value.value if line.value is not None and line.applies else None
            if mean is not None:
                c.setFillColor(ACTUAL)
                c.rect(x0, mid - 6, max(1.5, at(mean) - x0), 12, stroke=0, fill=1)
            if line.target is not None:
                c.setStrokeColor(TARGET)
                c.setFillColor(TARGET)
                c.setLineWidth(1.2)
                c.setDash(2.5, 1.5)
                c.line(at(line.target), mid - 9, at(line.target), mid + 9)
                c.setDash()
                c.circle(at(line.target), mid + 9, 1.8, stroke=0, fill=1)
            c.setFillColor(INK)
            value = number_text(lang, mean, "score") if mean is not None else "—"
            draw_text(c, x1 + 8, mid - 3, value, 10, True)
            count = line.value.denominator if line.value is not None else None
            if count:
                c.setFillColor(MUTED)
                note = t(lang, "responses_n", n=format_number(lang, count, decimals=0))
                draw_text(c, x1 + 34, mid - 3, *fit_text(note, right_w - 34, 7.5, 5.0))

        pieces.append(_Piece(26, draw))

    def scale(c: Canvas, top: float) -> None:
        c.setFillColor(MUTED)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.4)
        for score in range(1, 6):
            c.line(at(score), top, at(score), top - 3)
            draw_text(c, at(score), top - 11, format_number(lang, score, decimals=0), 7.5, False,
                      "centre")

    pieces.append(_Piece(16, scale))
    blocks = [_Block([*intro, *pieces, _legend(lang)], keep=len(intro) + len(pieces) + 1)]
    if pack.evaluation is not None and pack.evaluation.rows:
        blocks.append(_table_block(lang, pack.evaluation, pack, False))
    return blocks


def _definition_blocks(lang: str, pack: PackData) -> list[_Block]:
    blocks: list[_Block] = []
    for area in pack.areas():
        heading = _heading(area_title(lang, area), 11.5, 4 if not blocks else 10)
        for n, line in enumerate(x for x in pack.lines if x.indicator.area == area):
            indicator = line.indicator
            split = ", ".join(dimension_label(lang, d) for d in indicator.dimensions)
            meta = (f"{t(lang, 'col_code')}: {indicator.code}   ·   {t(lang, 'col_unit')}: "
                    f"{t_or(lang, 'unit_' + indicator.unit, indicator.unit)}")
            if split:
                meta += f"   ·   {t(lang, 'col_split')}: {split}"
            pieces = [*(heading if n == 0 else []),
                      *_lines(indicator_title(lang, indicator), 9.5, BODY_W, True),
                      *_lines(meta, 7.5, BODY_W, colour=MUTED),
                      *_lines(indicator_definition(lang, indicator) or "—", 8.5, BODY_W),
                      _gap(7)]
            blocks.append(_Block(pieces, keep=len(pieces)))
    return blocks


def _sections(lang: str, pack: PackData) -> list[_Section]:
    """The sections after the cover, each starting a page under its heading."""
    tables = [_table_block(lang, x, pack, i == 0) for i, x in enumerate(pack.tables)]
    bodies = {
        "section_indicators": _indicator_blocks(lang, pack),
        "section_disaggregations": tables or [
            _Block(_lines(t(lang, "no_data"), 9, BODY_W, colour=MUTED))],
        "section_evaluation": _evaluation_blocks(lang, pack),
        "section_definitions": _definition_blocks(lang, pack),
    }
    sections = []
    for key, body in bodies.items():
        head = _heading(t(lang, key), 16.0, 0)
        first = body[0]  # the heading stays with what follows it
        body[0] = _Block([*head, *first.pieces], first.repeat, len(head) + first.keep)
        sections.append(_Section(t(lang, key), body))
    return sections


# -- cover, header and footer ------------------------------------------------------------------


def _counts(pack: PackData) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for line in pack.lines:
        if line.applies:
            counts[line.status] += 1
    return counts


def _draw_cover(c: Canvas, lang: str, pack: PackData, contents: list[tuple[str, int]],
                total: int) -> None:
    c.setFillColor(ACCENT)
    c.rect(0, PAGE_H - 14, PAGE_W, 14, stroke=0, fill=1)
    y = PAGE_H - MARGIN - 40
    if pack.prepared_by:
        c.setFillColor(MUTED)
        draw_text(c, MARGIN, y, *fit_text(pack.prepared_by, BODY_W, 12.0, 7.0))
        y -= 40
    c.setFillColor(ACCENT)
    for text in _cell_lines(t(lang, "pack_title"), 26.0, BODY_W, 2, True):
        y -= line_height(text, 26.0, True) * 0.2
        draw_text(c, MARGIN, y, text, 26.0, True)
        y -= line_height(text, 26.0, True) * 0.85
    c.setFillColor(INK)
    for text in _cell_lines(t(lang, "pack_subtitle"), 13.0, BODY_W, 2):
        draw_text(c, MARGIN, y, text, 13.0)
        y -= line_height(text, 13.0)
    y -= 10
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(MARGIN, y, MARGIN + 120, y)
    y -= 26
    facts = [("period", format_period(lang, pack.period.start, pack.period.end)),
             ("scope", scope_text(lang, pack))]
    if selection_text(lang, pack):
        facts.append(("selection", selection_text(lang, pack)))
    facts += [("prepared_by", pack.prepared_by), ("made_on", format_date(lang, pack.made_on))]
    label_w = max(text_width(t(lang, k), 10.0, True) for k, _ in facts) + 16
    for key, value in facts:
        if not value:
            continue
        lines = _cell_lines(value, 11.0, BODY_W - label_w, 3)
        lh = max(line_height(x, 11.0) for x in lines)
        c.setFillColor(MUTED)
        draw_text(c, MARGIN, y, t(lang, key), 10.0, True)
        c.setFillColor(INK)
        for text in lines:
            draw_text(c, MARGIN + label_w, y, text, 11.0)
            y -= lh
        y -= 4
    y -= 16
    c.setFillColor(ACCENT)
    draw_text(c, MARGIN, y, t(lang, "at_a_glance"), 12.5, True)
    y -= 24
    counts = _counts(pack)
    for state in STATES:
        draw_status(c, MARGIN + 7, y + 3.5, 13, state)
        c.setFillColor(INK)
        draw_text(c, MARGIN + 40, y, format_number(lang, counts[state], decimals=0), 12.0, True,
                  "right")
        word = f"{status_word(lang, state)} — {t(lang, 'rule_' + state)}"
        draw_text(c, MARGIN + 50, y, *fit_text(word, BODY_W - 50, 10.5, 6.5))
        y -= max(line_height(word, 10.5), 20)
    y -= 14
    c.setFillColor(ACCENT)
    draw_text(c, MARGIN, y, t(lang, "contents"), 12.5, True)
    y -= 22
    for title, page in contents:
        c.setFillColor(INK)
        number = local_digits(lang, str(page))
        draw_text(c, MARGIN, y, *fit_text(title, BODY_W - 40, 10.5, 6.5))
        draw_text(c, MARGIN + BODY_W, y, number, 10.5, False, "right")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        c.line(MARGIN + min(text_width(title, 10.5) + 8, BODY_W - 40), y + 1,
               MARGIN + BODY_W - text_width(number, 10.5) - 6, y + 1)
        c.setDash()
        y -= max(line_height(title, 10.5), 18)
    note = wrap(t(lang, "reading"), 8.5, BODY_W)
    ny = MARGIN + 12 + sum(line_height(x, 8.5) for x in note)
    c.setFillColor(MUTED)
    for text in note:
        ny -= line_height(text, 8.5)
        draw_text(c, MARGIN, ny, text, 8.5)
    _footer(c, lang, pack, 1, total)


def _footer(c: Canvas, lang: str, pack: PackData, number: int, total: int) -> None:
    c.setFillColor(MUTED)
    footer = local_digits(lang, t(lang, "page", n=number, m=total))
    draw_text(c, PAGE_W - MARGIN, MARGIN - 18, footer, 8.0, False, "right")
    made = t(lang, "generated", date=format_date(lang, pack.made_on))
    draw_text(c, MARGIN, MARGIN - 18,
              *fit_text(made, BODY_W - text_width(footer, 8.0) - 20, 8.0, 5.0))


def _running_head(c: Canvas, lang: str, pack: PackData) -> None:
    text = " · ".join(p for p in (t(lang, "pack_title"), format_period(
        lang, pack.period.start, pack.period.end), scope_text(lang, pack) if pack.scope
        else selection_text(lang, pack)) if p)
    c.setFillColor(MUTED)
    draw_text(c, MARGIN, PAGE_H - MARGIN + 4, *fit_text(text, BODY_W, 8.0, 5.0))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, PAGE_H - MARGIN, PAGE_W - MARGIN, PAGE_H - MARGIN)


def write_pdf(path: str | os.PathLike[str], pack: PackData, lang: str,
              progress: Progress | None = None) -> int:
    """The pack's PDF in `lang`; returns pages written. `progress(done, total)` answering False
    cancels (raises Cancelled) and leaves nothing at `path`."""
    sections = _sections(lang, pack)
    pages, starts = _paginate(sections)
    total = len(pages) + 1
    contents = [(s.title, start + 2) for s, start in zip(sections, starts, strict=True)]
    title = f"{t(lang, 'pack_title')} · {format_period(lang, pack.period.start, pack.period.end)}"
    check_progress(progress, 0, total)
    with atomic_canvas(path, A4, title, scope_text(lang, pack)) as canvas:
        _draw_cover(canvas, lang, pack, contents, total)
        canvas.showPage()
        check_progress(progress, 1, total)
        for number, placed in enumerate(pages, 2):
            _running_head(canvas, lang, pack)
            for top, piece in placed:
                piece.draw(canvas, top)
            _footer(canvas, lang, pack, number, total)
            canvas.showPage()
            check_progress(progress, number, total)
    return total


# -- the workbook ------------------------------------------------------------------------------

_FORBIDDEN = str.maketrans({ch: " " for ch in "[]:*?/\\"})


def _sheet_name(text: str, used: set[str]) -> str:
    """A sheet name Excel takes: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = " ".join(text.translate(_FORBIDDEN).split()).strip("'") or "Sheet"
    name, n = base[:31], 2
    while name.casefold() in used:
        suffix = f" {n}"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


class _Book:
    """A write-only workbook whose every row goes through `gmsdesk.tabular.xlsx_cells`."""

    def __init__(self) -> None:
        import openpyxl

        self.workbook = openpyxl.Workbook(write_only=True)
        self.used: set[str] = set()
        self.sheet: Any = None

    def add(self, title: str, widths: Sequence[float] = ()) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet = self.workbook.create_sheet(_sheet_name(title, self.used))
        for i, width in enumerate(widths, 1):
            self.sheet.column_dimensions[get_column_letter(i)].width = width

    def row(self, values: Iterable[Any], formats: Mapping[int, str] | None = None) -> None:
        from openpyxl.cell import WriteOnlyCell

        from gmsdesk.tabular import xlsx_cells

        cells: list[Any] = []
        for i, value in enumerate(values):
            if formats and i in formats and isinstance(value, (int, float)):
                cell = WriteOnlyCell(self.sheet, value=value)
                cell.number_format = formats[i]
                cells.append(cell)
            else:
                cells.append(value)
        self.sheet.append(xlsx_cells(self.sheet, cells))

    def save(self, path: Path) -> None:
        fd, partial = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part",
                                       dir=path.parent)
        os.close(fd)
        try:
            self.workbook.save(partial)
            os.replace(partial, path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(partial)
            raise


_NUMBER_FORMATS = {"count": "#,##0.##", "percent": "0.0", "score": "0.00", "money": "#,##0.##"}


def _status_cell(lang: str, line: PackLine) -> str:
    symbols = {"met": "✔", "near": "◐", "behind": "✘", "none": "–"}
    if not line.applies:
        names = ", ".join(dimension_label(lang, d) for d in line.not_counted_by)
        return t(lang, "not_counted", names=names)
    if line.target is not None and line.percent is None and line.several_currencies:
        return t(lang, "several_currencies")
    return f"{symbols[line.status]} {status_word(lang, line.status)}"


def _area_sheet(book: _Book, lang: str, pack: PackData, area: str) -> None:
    lines = [x for x in pack.lines if x.indicator.area == area]
    trend = max((x.trend for x in lines), key=len, default=())
    book.add(area_title(lang, area), [24, 42, 14, 16, 10, 12, 12, 14, 12, 22, 16, 14])
    head = [t(lang, k) for k in ("col_code", "col_indicator", "col_unit", "col_actual",
                                 "col_currency", "col_part", "col_whole", "col_target",
                                 "col_percent", "col_status", "col_wider", "col_baseline")]
    for point in trend:
        label = format_period(lang, point.period.start, point.period.end)
        head += [label, t(lang, "trend_target", period=label)]
    book.row(head)
    for line in lines:
        unit = line.indicator.unit
        money = unit == "money" and line.value is not None and bool(line.value.by_currency)
        amounts: list[tuple[float | None, str]] = (
            sorted(((a, c) for c, a in (line.value.by_currency or {}).items()),
                   key=lambda x: x[1]) if money and line.value is not None
            else [(line.value.value if line.value is not None else None, "")])
        fmt = _NUMBER_FORMATS.get(unit, "General")
        for n, (actual, currency) in enumerate(amounts):
            first = n == 0
            value = line.value if line.applies else None
            row: list[Any] = [
                line.indicator.code, indicator_title(lang, line.indicator),
                t_or(lang, "unit_" + unit, unit), actual if line.applies else None, currency,
                value.numerator if value is not None and first else None,
                value.denominator if value is not None and first else None,
                line.target if first else None,
                line.percent if first else None,
                _status_cell(lang, line) if first else None,
                line.wider if first else None, line.baseline if first else None]
            for point in (line.trend if first else ()):
                row += [point.actual, point.target]
            formats = {**dict.fromkeys((3, 7, 10, 11, *range(12, 12 + 2 * len(trend))), fmt),
                       5: "#,##0.##", 6: "#,##0.##", 8: "0.0"}
            book.row(row, formats)


def _table_sheet(book: _Book, lang: str, pack: PackData, table: PackTable, n: int) -> None:
    title = table_title(lang, table, pack)
    book.add(f"{n}. {title}", [30] + [14] * 12)
    book.row([title])
    header, _rows = _grid(lang, table, pack)
    book.row(header)
    columns = list(table.columns) or [""]
    with_total = bool(table.columns_by and table.row_totals)
    fmt = _NUMBER_FORMATS.get(table.unit, "General")

    def number(value: Value | None) -> float | None:
        # a count, a share's percentage, a mean; money in one currency is its amount (in
        # several currencies there is no one number: the PDF prints each)
        return value.value if value is not None else None

    formats = dict.fromkeys(range(1, len(columns) + 2), fmt)
    for row in table.rows:
        cells: list[Any] = [key_label(lang, table.rows_by, row, pack)]
        cells += [number(table.cells.get((row, col))) for col in columns]
        if with_total:
            cells.append(number(table.row_totals.get(row)))
        book.row(cells, formats)
    if table.column_totals or table.total is not None:
        last: list[Any] = [t(lang, "sum_total" if table.unit == "count" else "col_all")]
        if table.columns_by:
            last += [number(table.column_totals.get(col)) for col in columns]
            if with_total:
                last.append(number(table.total))
        else:
            last.append(number(table.total))
        book.row(last, formats)


def write_xlsx(path: str | os.PathLike[str], pack: PackData, lang: str,
               progress: Progress | None = None) -> int:
    """The pack's workbook in `lang`: about, a sheet per area, one per disaggregation, the
    definitions and the targets. Numbers are numbers, as computed (unrounded). Returns sheets
    written; `progress` answering False cancels (raises Cancelled), leaving nothing at `path`."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tables = [*pack.tables, *([pack.evaluation] if pack.evaluation is not None else [])]
    total = 3 + len(pack.areas()) + len(tables)
    done = 0
    check_progress(progress, done, total)
    book = _Book()
    book.add(t(lang, "sheet_about"), [24, 80])
    for key, value in (("pack_title", t(lang, "pack_subtitle")),
                       ("period", format_period(lang, pack.period.start, pack.period.end)),
                       ("scope", scope_text(lang, pack)),
                       ("selection", selection_text(lang, pack)),
                       ("prepared_by", pack.prepared_by),
                       ("made_on", format_date(lang, pack.made_on)),
                       ("language", lang_or_default(lang))):
        book.row([t(lang, key), value])
    book.row([])
    book.row(["", t(lang, "reading")])
    for area in pack.areas():
        done += 1
        check_progress(progress, done, total)
        _area_sheet(book, lang, pack, area)
    for n, table in enumerate(tables, 1):
        done += 1
        check_progress(progress, done, total)
        _table_sheet(book, lang, pack, table, n)
    book.add(t(lang, "sheet_definitions"), [24, 26, 40, 16, 30, 90])
    book.row([t(lang, k) for k in ("col_code", "col_area", "col_indicator", "col_unit",
                                   "col_split", "col_definition")])
    for line in pack.lines:
        indicator = line.indicator
        book.row([indicator.code, area_title(lang, indicator.area),
                  indicator_title(lang, indicator),
                  t_or(lang, "unit_" + indicator.unit, indicator.unit),
                  ", ".join(dimension_label(lang, d) for d in indicator.dimensions),
                  indicator_definition(lang, indicator)])
    book.add(t(lang, "sheet_targets"), [24, 40, 14, 20, 12, 12, 12, 12, 14, 30, 14])
    book.row([t(lang, k) for k in ("col_code", "col_indicator", "col_scope", "col_for",
                                   "col_from", "col_to", "col_target", "col_baseline",
                                   "col_baseline_on", "col_notes", "col_measured")])
    titles = {x.indicator.code: indicator_title(lang, x.indicator) for x in pack.lines}
    for row in pack.targets:
        target_ = row.target
        scope = (t(lang, "scope_programme") if target_.scope == "programme"
                 else dimension_label(lang, target_.scope))
        place = (country(lang, target_.scope_value) if target_.scope == "economy"
                 else pack.agencies.get(target_.scope_value) or target_.scope_value)
        book.row([target_.indicator, titles.get(target_.indicator, ""), scope, place,
                  target_.period_start, target_.period_end, target_.value, target_.baseline,
                  target_.baseline_on or "", target_.notes,
                  t(lang, "yes" if row.measured else "no")],
                 {6: "#,##0.##", 7: "#,##0.##"})
    check_progress(progress, total, total)
    book.save(target)
    return len(book.used)
