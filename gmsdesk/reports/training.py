"""Workshop printouts: certificates of completion (one A4 landscape page per person, names in
their own script) and the attendance sheet that participants sign on each session day."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from gmsdesk.reports.output import Cancelled, Progress, atomic_canvas, check_progress
from gmsdesk.reports.strings import country, format_date, format_date_range, local_digits, t
from gmsdesk.reports.text import (
    draw_text,
    fit_text,
    line_height,
    text_width,
    wrap,
)

__all__ = ["Cancelled", "CertificatePerson", "SheetPerson", "WorkshopInfo", "sheet_columns",
           "trainer_names", "write_attendance_sheet", "write_certificates"]

log = logging.getLogger(__name__)

INK = HexColor("#1f2933")
ACCENT = HexColor("#1d5c63")
MUTED = HexColor("#5f6b76")
RULE = HexColor("#9aa5b1")


@dataclass(frozen=True)
class WorkshopInfo:
    """What a certificate or sheet says about the workshop; texts already in the chosen language."""

    title: str
    track: str  # "basic" | "advanced"
    start_date: str | None
    end_date: str | None
    venue: str | None
    province: str | None
    country: str | None  # KH LA MM TH VN YN
    partner: str | None
    trainers: str | None
    agency: str | None
    modules: list[str]
    logo: str | None = None  # the agency's logo (an image file), printed atop certificates


@dataclass(frozen=True)
class CertificatePerson:
    name: str
    name_latin: str | None
    sme_name: str | None
    certificate_no: str
    issued_on: str  # ISO date


@dataclass(frozen=True)
class SheetPerson:
    """One row of the attendance sheet."""

    name: str
    name_latin: str | None
    sme_name: str | None
    role: str | None
    phone: str | None


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _place(workshop: WorkshopInfo, lang: str) -> str:
    parts = [_clean(workshop.venue), _clean(workshop.province), country(lang, workshop.country)]
    return ", ".join(p for p in parts if p)


def _track(workshop: WorkshopInfo, lang: str) -> str:
    key = "track_advanced" if (workshop.track or "").lower().startswith("adv") else "track_basic"
    return t(lang, key)


# -- certificates ------------------------------------------------------------------------------

PAGE_W, PAGE_H = landscape(A4)
CERT_MARGIN = 22.0
CONTENT_W = PAGE_W - 2 * 70
NAME_SIZE = 34.0
# The box the agency's logo is fitted into, keeping its proportions, centred atop the page.
LOGO_BOX_W, LOGO_BOX_H = 170.0, 54.0


@dataclass(frozen=True)
class _Line:
    text: str
    size: float
    y: float
    bold: bool = False
    colour: Color = INK


@dataclass(frozen=True)
class _CertLayout:
    """Everything on a certificate that is the same for every person, placed once."""

    fixed: tuple[_Line, ...]
    name_y: float
    latin_y: float
    sme_y: float
    modules: tuple[_Line, ...]
    module_x: tuple[float, ...]  # one left edge per _Line in `modules`
    # (centre, half the line's length, label, name under it): each trainer's, the agency's
    signatures: tuple[tuple[float, float, str, str], ...] = ()
    # The agency's logo and where it goes (x, y of its lower left corner, width, height).
    logo: ImageReader | None = None
    logo_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def _logo(path: str | None) -> tuple[ImageReader, float, float] | None:
    """The logo image and its size fitted into the logo box, proportions kept. None without
    one, or when its file cannot be read now: the certificates print without it, and the log
    says why."""
    if not path:
        return None
    try:
        image = ImageReader(path)
        width, height = image.getSize()
    except Exception:  # reportlab wraps Pillow's and the file system's errors alike
        log.warning("the logo %s cannot be read: certificates print without it", path,
                    exc_info=True)
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_BOX_W / width, LOGO_BOX_H / height)
    return image, width * scale, height * scale


def trainer_names(trainers: str | None) -> list[str]:
    """The trainers of a workshop, as typed in one field ("Sok Dara, Nguyễn Văn An"): split at
    commas, semicolons and line breaks (Latin, Chinese and Burmese ones)."""
    text = trainers or ""
    for mark in (";", "\n", "，", "、", "；", "၊"):
        text = text.replace(mark, ",")
    return [name for name in (_clean(part) for part in text.split(",")) if name]


def _signatures(workshop: WorkshopInfo, lang: str) -> tuple[tuple[float, float, str, str], ...]:
    """One signature line per trainer (one unnamed line when none is recorded), and the
    issuing agency's last; spread evenly across the page."""
    slots = [(t(lang, "trainer"), name) for name in trainer_names(workshop.trainers)] or [
        (t(lang, "trainer"), "")]
    slots.append((t(lang, "for_agency"), _clean(workshop.agency)))
    width = CONTENT_W / len(slots)
    half = min(105.0, width / 2 - 12)
    left = PAGE_W / 2 - CONTENT_W / 2
    return tuple((left + width * (i + 0.5), half, label, who)
                 for i, (label, who) in enumerate(slots))


def _flow(wrapped: list[list[str]], columns: int, rows: int,
          cut: bool = False) -> list[list[list[str]]] | None:
    """Pour wrapped items into `columns` columns of `rows` lines, never splitting an item;
    None if they do not all fit, or with `cut` the items that fit and a last line "…"."""
    cols: list[list[list[str]]] = [[]]
    used = 0
    for item in wrapped:
        if used + len(item) > rows:
            if len(cols) == columns:
                if not cut:
                    return None
                if used < rows:
                    cols[-1].append(["…"])
                else:
                    cols[-1][-1] = [*cols[-1][-1][:-1], "…"]
                return cols
            cols.append([])
            used = 0
        cols[-1].append(item[:rows])
        used += len(item[:rows])
    return cols


def _module_block(modules: list[str], top: float, bottom: float,
                  heading: str) -> tuple[list[_Line], list[float]]:
    """Lay the module list out between `top` and `bottom`: one column at the largest size that
    fits, else two or three columns, shrinking down to 6.5 pt; what still does not fit is cut
    and ends with "…"."""
    items = [f"{i}. {m}" for i, m in enumerate((_clean(m) for m in modules if _clean(m)), 1)]
    if not items:
        return [], []
    head_size = 10.5
    head_h = line_height(heading, head_size, bold=True)
    lines: list[_Line] = [_Line(heading, head_size, top - head_h * 0.75, True, ACCENT)]
    xs: list[float] = [PAGE_W / 2]
    area_top = top - head_h
    avail = area_top - bottom
    gutter = 24.0
    choices = [(1, 11.0), (1, 10.0), (2, 10.0), (2, 9.0), (2, 8.0), (3, 8.0), (3, 7.0),
               (3, 6.5)]
    for columns, size in choices:
        col_w = (CONTENT_W - (columns - 1) * gutter) / columns
        wrapped = [[("    " if k else "") + line for k, line in
                    enumerate(wrap(m, size, col_w - 14))] for m in items]
        lh = max(line_height(m, size) for m in items) * 0.9
        rows = max(1, int(avail // lh))
        # the shortest columns that hold everything, so two columns come out even
        balanced = math.ceil(sum(len(w) for w in wrapped) / columns)
        flowed = next((f for r in range(min(balanced, rows), rows + 1)
                       if (f := _flow(wrapped, columns, r)) is not None), None)
        if flowed is not None:
            break
    if flowed is None:  # even the smallest setting is too long: cut, and say so
        flowed = _flow(wrapped, columns, rows, cut=True)
        assert flowed is not None
    if columns == 1:
        widest = max(text_width(line, size) for item in flowed[0] for line in item)
        lefts = [PAGE_W / 2 - widest / 2]
    else:
        lefts = [PAGE_W / 2 - CONTENT_W / 2 + c * (col_w + gutter) for c in range(columns)]
    for c, column in enumerate(flowed):
        y = area_top - lh * 0.78
        for item in column:
            for line in item:
                lines.append(_Line(line, size, y))
                xs.append(lefts[c])
                y -= lh
    return lines, xs


def _cert_layout(workshop: WorkshopInfo, lang: str) -> _CertLayout:
    fixed: list[_Line] = []
    y = PAGE_H - CERT_MARGIN - 26
    logo = _logo(workshop.logo)
    logo_box = (0.0, 0.0, 0.0, 0.0)
    if logo is not None:  # atop the page, inside the inner frame; the text moves down
        _image, width, height = logo
        top = PAGE_H - CERT_MARGIN - 16
        logo_box = (PAGE_W / 2 - width / 2, top - height, width, height)
        y = top - LOGO_BOX_H - 2

    def add(text: str, size: float, bold: bool = False, colour: Color = INK,
            min_size: float = 8.0, gap: float = 0.0) -> None:
        nonlocal y
        if not text:
            return
        text, size = fit_text(text, CONTENT_W, size, min_size, bold)
        h = line_height(text, size, bold)
        y -= h * 0.78 + gap
        fixed.append(_Line(text, size, y, bold, colour))
        y -= h * 0.22

    add(_clean(workshop.agency), 13.0, colour=MUTED)
    add(t(lang, "cert_title"), 32.0, bold=True, colour=ACCENT, min_size=18, gap=6)
    add(t(lang, "certify"), 13.0, gap=10)
    # the person's own lines: sized for the tallest script (Burmese) so every page lines up
    name_top = y - 4
    name_y = name_top - NAME_SIZE * 1.25
    latin_y = name_y - NAME_SIZE * 0.62 - 12
    sme_y = latin_y - 22
    y = sme_y - 10
    add(t(lang, "completed"), 13.0)
    title_lines = wrap(_clean(workshop.title), 20.0, CONTENT_W, bold=True)
    if len(title_lines) > 2:
        size = 15.0
        title_lines = wrap(_clean(workshop.title), size, CONTENT_W, bold=True)[:2]
    else:
        size = 20.0
    for i, line in enumerate(title_lines):
        add(line, size, bold=True, colour=ACCENT, gap=4 if i == 0 else 0)
    track = _track(workshop, lang)
    if _clean(workshop.partner):
        track = f"{track} · {t(lang, 'partner', partner=_clean(workshop.partner))}"
    add(track, 12.0, gap=4)
    when = format_date_range(lang, workshop.start_date, workshop.end_date)
    add(" · ".join(p for p in (when, _place(workshop, lang)) if p), 11.0, colour=MUTED)
    modules, module_x = _module_block(workshop.modules, y - 4, 124.0, t(lang, "modules"))
    return _CertLayout(tuple(fixed), name_y, latin_y, sme_y, tuple(modules), tuple(module_x),
                       _signatures(workshop, lang), logo[0] if logo else None, logo_box)


def _draw_certificate(canvas: Canvas, layout: _CertLayout, workshop: WorkshopInfo,
                      person: CertificatePerson, lang: str) -> None:
    # border: a heavy outer frame and a fine inner one
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(CERT_MARGIN, CERT_MARGIN, PAGE_W - 2 * CERT_MARGIN, PAGE_H - 2 * CERT_MARGIN)
    canvas.setLineWidth(0.8)
    inset = CERT_MARGIN + 7
    canvas.rect(inset, inset, PAGE_W - 2 * inset, PAGE_H - 2 * inset)

    if layout.logo is not None:  # one image in the file, however many pages show it
        x, y, width, height = layout.logo_box
        canvas.drawImage(layout.logo, x, y, width, height, mask="auto")

    for line in layout.fixed:
        canvas.setFillColor(line.colour)
        draw_text(canvas, PAGE_W / 2, line.y, line.text, line.size, line.bold, "centre")

    name, size = fit_text(_clean(person.name) or _clean(person.name_latin), CONTENT_W,
                          NAME_SIZE, 16.0, bold=True)
    canvas.setFillColor(INK)
    draw_text(canvas, PAGE_W / 2, layout.name_y, name, size, True, "centre")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_w = min(CONTENT_W, max(260.0, text_width(name, size, True) + 60))
    canvas.line(PAGE_W / 2 - rule_w / 2, layout.name_y - NAME_SIZE * 0.55,
                PAGE_W / 2 + rule_w / 2, layout.name_y - NAME_SIZE * 0.55)
    latin = _clean(person.name_latin)
    if latin and latin != _clean(person.name):
        canvas.setFillColor(MUTED)
        latin, size = fit_text(latin, CONTENT_W, 13.0, 8.0)
        draw_text(canvas, PAGE_W / 2, layout.latin_y, latin, size, False, "centre")
    sme = _clean(person.sme_name)
    if sme:
        text, size = fit_text(t(lang, "of_sme", sme=sme), CONTENT_W, 13.0, 8.0)
        canvas.setFillColor(INK)
        draw_text(canvas, PAGE_W / 2, layout.sme_y, text, size, False, "centre")

    for line, x in zip(layout.modules, layout.module_x, strict=True):
        canvas.setFillColor(line.colour)
        draw_text(canvas, x, line.y, line.text, line.size, line.bold,
                  "centre" if line.bold else "left")

    # signatures: one line per trainer, then the issuing agency's, side by side
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    for cx, half, label, who in layout.signatures:
        canvas.line(cx - half, 96, cx + half, 96)
        canvas.setFillColor(INK)
        draw_text(canvas, cx, 83, *fit_text(label, 2 * half + 20, 10.0, 6.0), False, "centre")
        if who:
            canvas.setFillColor(MUTED)
            draw_text(canvas, cx, 70, *fit_text(who, 2 * half + 20, 9.0, 6.0), False, "centre")

    issued = format_date(lang, person.issued_on)
    footer = f"{t(lang, 'cert_no')}: {_clean(person.certificate_no)}"
    if issued:
        footer += f"   ·   {t(lang, 'issued_on')} {issued}"
    canvas.setFillColor(MUTED)
    draw_text(canvas, PAGE_W / 2, 44, *fit_text(footer, CONTENT_W, 9.0, 6.0), False, "centre")


def write_certificates(path: str | os.PathLike[str], workshop: WorkshopInfo,
                       people: Sequence[CertificatePerson], lang: str,
                       progress: Progress | None = None) -> int:
    """One PDF, one A4 landscape page per person, in `lang`; returns pages written.
    `progress(done, total)` returning False cancels (raises Cancelled). Writes to a temporary
    file and renames: never a partial file at `path`."""
    total = len(people)
    layout = _cert_layout(workshop, lang)
    check_progress(progress, 0, total)
    with atomic_canvas(path, (PAGE_W, PAGE_H), t(lang, "cert_title"),
                       _clean(workshop.title)) as canvas:
        for done, person in enumerate(people, 1):
            _draw_certificate(canvas, layout, workshop, person, lang)
            canvas.showPage()
            check_progress(progress, done, total)
    return total


# -- attendance sheet --------------------------------------------------------------------------

SHEET_W, SHEET_H = A4
SHEET_MARGIN = 36.0
ROW_H = 36.0
HEAD_ROW_H = 22.0
# (key, width); the widths add up to the page width between the margins
COLUMNS: tuple[tuple[str, float], ...] = (
    ("col_no", 28.0), ("col_name", 150.0), ("col_sme", 110.0), ("col_role", 68.0),
    ("col_phone", 72.0), ("col_signature", SHEET_W - 2 * SHEET_MARGIN - 428.0),
)
# Without phone numbers (the sheet goes round the room): names, SMEs and signatures get the room.
COLUMNS_NO_PHONE: tuple[tuple[str, float], ...] = (
    ("col_no", 28.0), ("col_name", 172.0), ("col_sme", 124.0), ("col_role", 68.0),
    ("col_signature", SHEET_W - 2 * SHEET_MARGIN - 392.0),
)


def sheet_columns(phones: bool) -> tuple[tuple[str, float], ...]:
    return COLUMNS if phones else COLUMNS_NO_PHONE


def _sheet_header(canvas: Canvas, workshop: WorkshopInfo, day: str, lang: str) -> float:
    """Draw the page header; returns the y where the table starts."""
    width = SHEET_W - 2 * SHEET_MARGIN
    y: float = SHEET_H - SHEET_MARGIN  # A4 comes untyped from reportlab
    agency = _clean(workshop.agency)
    if agency:
        y -= 10
        canvas.setFillColor(MUTED)
        draw_text(canvas, SHEET_MARGIN, y, *fit_text(agency, width, 10.0, 6.0))
        y -= line_height(agency, 10.0) * 0.4
    title = t(lang, "attendance")
    y -= line_height(title, 18.0, True) * 0.8
    canvas.setFillColor(ACCENT)
    draw_text(canvas, SHEET_MARGIN, y, title, 18.0, True)
    y -= 8
    label_w = max(text_width(t(lang, k) + ":", 10.0, True)
                  for k in ("workshop", "day", "venue", "trainers")) + 8
    track = _track(workshop, lang)
    rows = [
        ("workshop", f"{_clean(workshop.title)} ({track})"),
        ("day", format_date(lang, day) if day else
         format_date_range(lang, workshop.start_date, workshop.end_date)),
        ("venue", _place(workshop, lang)),
        ("trainers", _clean(workshop.trainers)),
    ]
    for key, value in rows:
        if not value:
            continue
        label = t(lang, key) + ":"
        h = max(line_height(label, 10.0, True), line_height(value, 10.0))
        y -= h * 0.8
        canvas.setFillColor(INK)
        draw_text(canvas, SHEET_MARGIN, y, label, 10.0, True)
        draw_text(canvas, SHEET_MARGIN + label_w, y, *fit_text(value, width - label_w, 10.0, 6.0))
        y -= h * 0.2
    return y - 10


def _cell_lines(text: str, size: float, width: float, max_lines: int,
                min_size: float) -> tuple[list[str], float]:
    """Fit `text` into at most `max_lines` lines of `width`, shrinking to `min_size`."""
    text = _clean(text)
    while True:
        lines = wrap(text, size, width)
        if len(lines) <= max_lines or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    if len(lines) > max_lines:  # the rest goes on the last line, cut with "…"
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], fit_text(rest, width, size, size)[0]]
    return lines, size


def _draw_row(canvas: Canvas, top: float, number: int | None, person: SheetPerson | None,
              columns: Sequence[tuple[str, float]] = COLUMNS) -> None:
    x = SHEET_MARGIN
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(SHEET_MARGIN, top - ROW_H, SHEET_W - SHEET_MARGIN, top - ROW_H)
    if person is None:
        return
    canvas.setFillColor(INK)
    mid = top - ROW_H / 2
    cells: list[str] = [str(number) if number else ""]
    for (key, width) in columns:
        inner = width - 8
        if key == "col_no":
            draw_text(canvas, x + width - 4, mid - 3, cells[0], 9.0, False, "right")
        elif key == "col_name":
            name, size = fit_text(_clean(person.name) or _clean(person.name_latin), inner,
                                  10.0, 6.0)
            latin = _clean(person.name_latin)
            if latin and latin != _clean(person.name):
                draw_text(canvas, x + 4, mid + 2, name, size)
                canvas.setFillColor(MUTED)
                draw_text(canvas, x + 4, mid - 11, *fit_text(latin, inner, 7.5, 5.0))
                canvas.setFillColor(INK)
            else:
                draw_text(canvas, x + 4, mid - 3.5, name, size)
        elif key in ("col_sme", "col_role"):
            value = person.sme_name if key == "col_sme" else person.role
            lines, size = _cell_lines(value or "", 8.5, inner, 2, 6.0)
            step = size * 1.45
            y = mid - 3 + step * (len(lines) - 1) / 2
            for line in lines:
                draw_text(canvas, x + 4, y, line, size)
                y -= step
        elif key == "col_phone":
            phone = _clean(person.phone)
            draw_text(canvas, x + 4, mid - 3, *fit_text(phone, inner, 8.5, 5.5))
        x += width


def _draw_table_frame(canvas: Canvas, top: float, bottom: float, lang: str,
                      columns: Sequence[tuple[str, float]] = COLUMNS) -> None:
    """Column headings (repeated on every page), the header band and the vertical rules."""
    width = SHEET_W - 2 * SHEET_MARGIN
    canvas.setFillColor(HexColor("#e6eef0"))
    canvas.rect(SHEET_MARGIN, top - HEAD_ROW_H, width, HEAD_ROW_H, stroke=0, fill=1)
    x = SHEET_MARGIN
    canvas.setFillColor(INK)
    for key, col_w in columns:
        label = t(lang, key)
        label, size = fit_text(label, col_w - 6, 9.0, 5.5, True)
        draw_text(canvas, x + col_w / 2, top - HEAD_ROW_H / 2 - 3.5, label, size, True, "centre")
        x += col_w
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.rect(SHEET_MARGIN, bottom, width, top - bottom)
    canvas.line(SHEET_MARGIN, top - HEAD_ROW_H, SHEET_W - SHEET_MARGIN, top - HEAD_ROW_H)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    x = SHEET_MARGIN
    for _key, col_w in columns[:-1]:
        x += col_w
        canvas.line(x, top, x, bottom)


def write_attendance_sheet(path: str | os.PathLike[str], workshop: WorkshopInfo, day: str,
                           people: Sequence[SheetPerson], lang: str, *,
                           phones: bool = False) -> int:
    """A printable sign-in sheet for one session day: numbered rows, name (own script and
    Latin), SME, role, a signature box, and phone numbers only with `phones` (the sheet goes
    round the room); repeats its header on every page. The last page is filled with blank rows
    for walk-in participants. Returns pages written."""
    columns = sheet_columns(phones)
    footer_y = SHEET_MARGIN - 14
    # the header height is the same on every page: measure it once on a scratch canvas
    scratch = Canvas(os.devnull, pagesize=A4)
    table_top = _sheet_header(scratch, workshop, day, lang)
    rows_per_page = max(1, int((table_top - HEAD_ROW_H - (SHEET_MARGIN + 6)) // ROW_H))
    pages = max(1, math.ceil(len(people) / rows_per_page))
    with atomic_canvas(path, A4, t(lang, "attendance"), _clean(workshop.title)) as canvas:
        for page in range(pages):
            top = _sheet_header(canvas, workshop, day, lang)
            bottom = top - HEAD_ROW_H - rows_per_page * ROW_H
            _draw_table_frame(canvas, top, bottom, lang, columns)
            row_top = top - HEAD_ROW_H
            chunk = people[page * rows_per_page:(page + 1) * rows_per_page]
            for i in range(rows_per_page):
                person = chunk[i] if i < len(chunk) else None
                _draw_row(canvas, row_top, page * rows_per_page + i + 1, person, columns)
                row_top -= ROW_H
            canvas.setFillColor(MUTED)
            footer = local_digits(lang, t(lang, "page", n=page + 1, m=pages))
            draw_text(canvas, SHEET_W - SHEET_MARGIN, footer_y, footer, 8.5, False, "right")
            title = _clean(workshop.title)
            draw_text(canvas, SHEET_MARGIN, footer_y, *fit_text(title, 330, 8.5, 5.0))
            canvas.showPage()
    return pages

