"""Survey summary PDF: a heading, the filters, and one block per question — a horizontal bar
chart for choice questions, a stats line for numbers, a few sample answers for free text.
Blocks are never split across pages unless one is taller than a whole page."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from gmsdesk.forms.summary import ACKNOWLEDGED, NOT_ANSWERED, row_shares
from gmsdesk.reports.output import atomic_canvas
from gmsdesk.reports.strings import format_date, format_number, format_percent, local_digits, t
from gmsdesk.reports.text import (
    draw_text,
    fit_size,
    fit_text,
    line_height,
    text_width,
    wrap,
)

__all__ = ["SummaryItem", "write_summary"]

INK = HexColor("#1f2933")
ACCENT = HexColor("#1d5c63")
MUTED = HexColor("#5f6b76")
BAR = HexColor("#3b8c95")
TRACK = HexColor("#e6eef0")

PAGE_W, PAGE_H = A4
MARGIN = 48.0
BODY_W = PAGE_W - 2 * MARGIN
BODY_BOTTOM = MARGIN + 12
LABEL_W = 170.0
VALUE_W = 78.0
BAR_W = BODY_W - LABEL_W - VALUE_W - 16


@dataclass(frozen=True)
class SummaryItem:
    label: str  # the question's label in the chosen language
    kind: str  # "choices" | "number" | "text"
    answered: int
    rows: list[tuple[str, int]] = field(default_factory=list)  # choices: (label, count)
    stats: dict[str, float] = field(default_factory=dict)  # number: n, mean, min, max, median
    samples: list[str] = field(default_factory=list)  # text: a few answers
    # choices: when set, the last row is "(not answered)" and holds this many; its share is of
    # everyone asked (answered + not answered), the other rows' of those who answered.
    not_answered: int | None = None
    # number: False for years and identifiers, printed without thousands separators
    grouping: bool = True


Draw = Callable[[Canvas, float], None]  # draws with its top at the given y

# Row labels the summary writes in English, and the printed wording that replaces them.
_MARKER_KEYS = {NOT_ANSWERED: "not_answered", ACKNOWLEDGED: "acknowledged"}


@dataclass(frozen=True)
class _Piece:
    height: float
    draw: Draw


def _num(value: float, lang: str, grouping: bool = True) -> str:
    """A count or a statistic, with the separators and digits of `lang` (the screen's rule)."""
    return format_number(lang, value, grouping=grouping)


def _row_label(label: str, lang: str) -> str:
    key = _MARKER_KEYS.get(label)
    return t(lang, key) if key else label


def _text_piece(text: str, size: float, width: float, bold: bool = False,
                colour: Color = INK, indent: float = 0.0) -> list[_Piece]:
    pieces = []
    for line in wrap(text, size, width - indent, bold):
        h = line_height(line or " ", size, bold)

        def draw(c: Canvas, top: float, line: str = line, h: float = h) -> None:
            c.setFillColor(colour)
            draw_text(c, MARGIN + indent, top - h * 0.75, line, size, bold)

        pieces.append(_Piece(h, draw))
    return pieces


def _bar_rows(item: SummaryItem, lang: str) -> list[_Piece]:
    biggest = max((n for _, n in item.rows), default=0) or 1
    shares = row_shares(item.rows, item.answered, item.not_answered)
    pieces = []
    for (label, count), share in zip(item.rows, shares, strict=True):
        lines = wrap(_row_label(label, lang) or "—", 9.0, LABEL_W - 6)
        if len(lines) > 2:
            lines = [lines[0], fit_text(" ".join(lines[1:]), LABEL_W - 6, 9.0, 9.0)[0]]
        lh = max(line_height(line or " ", 9.0) for line in lines)
        height = max(18.0, lh * len(lines) + 4)
        value = f"{_num(count, lang)} ({format_percent(lang, share)})"

        def draw(c: Canvas, top: float, lines: list[str] = lines, lh: float = lh,
                 height: float = height, count: int = count, value: str = value) -> None:
            mid = top - height / 2
            c.setFillColor(INK)
            y = mid + lh * (len(lines) - 1) / 2 - 3
            for line in lines:
                draw_text(c, MARGIN, y, line, 9.0)
                y -= lh
            x0 = MARGIN + LABEL_W
            c.setFillColor(TRACK)
            c.rect(x0, mid - 6, BAR_W, 12, stroke=0, fill=1)
            if count:
                c.setFillColor(BAR)
                c.rect(x0, mid - 6, max(1.5, BAR_W * count / biggest), 12, stroke=0, fill=1)
            c.setFillColor(INK)
            draw_text(c, PAGE_W - MARGIN, mid - 3, value, fit_size(value, VALUE_W, 9.0, 6.0),
                      False, "right")

        pieces.append(_Piece(height, draw))
    return pieces


def _block(item: SummaryItem, lang: str) -> list[_Piece]:
    """The pieces of one question's block, top to bottom."""
    pieces = _text_piece(" ".join(item.label.split()) or "—", 11.5, BODY_W, bold=True,
                         colour=ACCENT)
    pieces += _text_piece(t(lang, "answered", n=_num(item.answered, lang)), 8.5, BODY_W,
                          colour=MUTED)
    pieces.append(_Piece(4.0, lambda c, top: None))
    if item.answered == 0 and not item.rows:
        pieces += _text_piece(t(lang, "no_answers"), 9.5, BODY_W, colour=MUTED)
    elif item.kind == "choices":
        pieces += _bar_rows(item, lang)
    elif item.kind == "number":
        # "n": the statistician's sign for how many numbers, the same in every language
        parts = [f"n {_num(item.stats.get('n', item.answered), lang)}"]
        for key in ("mean", "median", "min", "max"):
            if key in item.stats:
                parts.append(f"{t(lang, key)} {_num(item.stats[key], lang, item.grouping)}")
        pieces += _text_piece("   ·   ".join(parts) or t(lang, "no_answers"), 10.0, BODY_W)
    else:
        samples = [" ".join(s.split()) for s in item.samples if s and s.strip()][:6]
        if samples:
            pieces += _text_piece(t(lang, "samples"), 9.0, BODY_W, colour=MUTED)
        for sample in samples:
            lines = _text_piece(f"“{sample}”", 9.5, BODY_W, indent=12)
            pieces += lines[:4]
    pieces.append(_Piece(16.0, lambda c, top: None))
    return pieces


def _paginate(blocks: list[list[_Piece]], first_top: float) -> list[list[tuple[float, _Piece]]]:
    """Assign every piece a page and a top y; a block moves whole to the next page when it does
    not fit, and only a block taller than a page is split."""
    pages: list[list[tuple[float, _Piece]]] = [[]]
    y = first_top
    full = PAGE_H - MARGIN - BODY_BOTTOM
    for block in blocks:
        height = sum(p.height for p in block)
        if y - height < BODY_BOTTOM and height <= full and pages[-1]:
            pages.append([])
            y = PAGE_H - MARGIN
        for piece in block:
            if y - piece.height < BODY_BOTTOM and pages[-1]:
                pages.append([])
                y = PAGE_H - MARGIN
            pages[-1].append((y, piece))
            y -= piece.height
    return pages


def write_summary(path: str | os.PathLike[str], title: str, subtitle: str, total: int,
                  items: Sequence[SummaryItem], lang: str) -> int:
    """A survey summary: heading, filters in `subtitle`, one block per question with its chart.
    Returns pages written."""
    head: list[_Piece] = []
    head += _text_piece(" ".join(title.split()) or "—", 20.0, BODY_W, bold=True, colour=ACCENT)
    if subtitle.strip():
        head += _text_piece(subtitle.strip(), 10.0, BODY_W, colour=MUTED)
    head.append(_Piece(4.0, lambda c, top: None))
    head += _text_piece(t(lang, "total", n=_num(total, lang)), 11.0, BODY_W, bold=True)
    head.append(_Piece(14.0, lambda c, top: None))
    blocks = [head] + [_block(item, lang) for item in items]
    pages = _paginate(blocks, PAGE_H - MARGIN)
    generated = t(lang, "generated", date=format_date(lang, dt.date.today()))
    with atomic_canvas(path, A4, " ".join(title.split()), subtitle) as canvas:
        for number, placed in enumerate(pages, 1):
            for top, piece in placed:
                piece.draw(canvas, top)
            canvas.setFillColor(MUTED)
            footer = local_digits(lang, t(lang, "page", n=number, m=len(pages)))
            draw_text(canvas, PAGE_W - MARGIN, MARGIN - 16, footer, 8.5, False, "right")
            draw_text(canvas, MARGIN, MARGIN - 16, generated,
                      fit_size(generated, BODY_W - text_width(footer, 8.5) - 20, 8.5, 5.0))
            canvas.showPage()
    return len(pages)
