"""Shaped, multi-script text for the printed PDFs.

Text is split into runs by script, each run is set in the bundled Noto font that covers it and
shaped with HarfBuzz through reportlab's own shaping (`reportlab.pdfbase.ttfonts.shapeStr`), so
Khmer subscripts stack, Burmese medials and pre-base vowels reorder and Thai/Lao marks stack.
(reportlab's `drawString(..., shaping=True)` silently skips shaping unless `rlbidi` is
installed, so the canvas helpers here never rely on it.)
"""

from __future__ import annotations

import itertools
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from gmsdesk.paths import RESOURCES
from gmsdesk.text_breaks import syllable_starts

FONT_DIR: Path = RESOURCES / "fonts"

# script key -> font file stem; the order is the fallback order for characters no script claims
# (and for a character its script's font lacks: a hanzi outside GB 2312 is set in "zhx", the
# rest of the CJK ideographs in Simplified Chinese forms).
FONT_FILES: dict[str, str] = {
    "latin": "NotoSans",
    "zh": "NotoSansSCGMS",
    "zhx": "NotoSansSCGMSExt",
    "km": "NotoSansKhmer",
    "lo": "NotoSansLao",
    "my": "NotoSansMyanmar",
    "th": "NotoSansThai",
}

# baseline-to-baseline distance per script, in ems: enough for stacked marks above and below
# (Khmer subscripts, Burmese medials, Thai/Lao tone marks over upper vowels) without the
# generous hhea extents of the Noto fonts, which would leave Burmese lines half empty
LINE_FACTOR: dict[str, float] = {
    "latin": 1.36, "zh": 1.36, "zhx": 1.36, "km": 1.62, "lo": 1.6, "th": 1.55, "my": 1.78,
}
# Characters that never draw a glyph: no font needs to have them.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})

Align = Literal["left", "centre", "right"]

_register_lock = threading.Lock()
_shape_lock = threading.Lock()
_registered = False


def font_name(script: str, bold: bool = False) -> str:
    """The reportlab name under which a script's font is registered."""
    return f"GMS-{script}{'-Bold' if bold else ''}"


def font_path(script: str, bold: bool = False) -> Path:
    return FONT_DIR / f"{FONT_FILES[script]}-{'Bold' if bold else 'Regular'}.ttf"


def register_fonts() -> None:
    """Register every bundled font with reportlab once per process (they are parsed only once)."""
    global _registered
    if _registered:
        return
    with _register_lock:
        if _registered:
            return
        for script in FONT_FILES:
            for bold in (False, True):
                name = font_name(script, bold)
                pdfmetrics.registerFont(TTFont(name, str(font_path(script, bold))))
        _registered = True


def _cmap(name: str) -> dict[int, int]:
    return pdfmetrics.getFont(name).face.charToGlyph  # type: ignore[no-any-return]


def script_of(ch: str) -> str | None:
    """The script that owns `ch`, or None for neutral characters (spaces, digits, punctuation,
    generic combining marks) that take the script of their neighbours."""
    o = ord(ch)
    if 0x1780 <= o <= 0x17FF or 0x19E0 <= o <= 0x19FF:
        return "km"
    if 0x0E80 <= o <= 0x0EFF:
        return "lo"
    if 0x0E00 <= o <= 0x0E7F:
        return "th"
    if 0x1000 <= o <= 0x109F or 0xA9E0 <= o <= 0xA9FF or 0xAA60 <= o <= 0xAA7F:
        return "my"
    if (0x2E80 <= o <= 0x2FFF or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF
            or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF):
        return "zh"
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
        return "zh"  # CJK punctuation and full-width forms: only the SC font has them
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return "latin"
    return None


@dataclass(frozen=True)
class Run:
    """A stretch of text set in one font: `text` is shaped (a reportlab ShapedStr) or plain."""

    font: str
    text: str
    advance: float  # width at size 1 (multiply by the font size)


@dataclass(frozen=True)
class Line:
    """One line of shaped text at size 1: runs in visual order and the line spacing it needs."""

    runs: tuple[Run, ...]
    advance: float
    leading: float  # baseline-to-baseline distance at size 1

    def width(self, size: float) -> float:
        return self.advance * size


def _printable(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return " "  # tabs and line breaks inside a single line
    if cat == "Cs":
        return "\ufffd"
    return ch


def split_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split `text` into (font name, substring) runs so each run's font covers its characters."""
    register_fonts()
    chars = [_printable(c) for c in text]
    owners: list[str | None] = [script_of(c) for c in chars]
    # neutral characters stay in the run before them when its font has them; at the start they
    # take the first script that follows
    current = next((s for s in owners if s), None) or "latin"
    runs: list[tuple[str, str]] = []
    for ch, owner in zip(chars, owners, strict=True):
        if owner is None and runs and (ord(ch) in _cmap(runs[-1][0])
                                       or unicodedata.category(ch) in ("Mn", "Cf")):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
            continue
        current = owner or current
        name = font_name(current, bold)
        if ord(ch) not in _cmap(name) and unicodedata.category(ch) not in ("Mn", "Cf"):
            for other in FONT_FILES:
                if ord(ch) in _cmap(font_name(other, bold)):
                    name = font_name(other, bold)
                    break
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return runs


@lru_cache(maxsize=8192)
def _shape_run(name: str, text: str) -> Run:
    with _shape_lock:  # reportlab adds private code points to a font's cmap while shaping
        shaped = shapeStr(text, name, 1000)
    if isinstance(shaped, ShapedStr):
        advance = sum(d.x_advance for d in shaped.__shapeData__) / 1000.0
    else:
        advance = pdfmetrics.stringWidth(text, name, 1)
    return Run(name, shaped, advance)


@lru_cache(maxsize=8192)
def shape_line(text: str, bold: bool = False) -> Line:
    """Shape one line of text (cached: certificates repeat most of their wording)."""
    text = unicodedata.normalize("NFC", text)
    runs = tuple(_shape_run(name, part) for name, part in split_runs(text, bold))
    leading = max((LINE_FACTOR[_script_of_font(r.font)] for r in runs),
                  default=LINE_FACTOR["latin"])
    return Line(runs, sum(r.advance for r in runs), leading)


def _script_of_font(name: str) -> str:
    return name.split("-")[1]


def text_width(text: str, size: float, bold: bool = False) -> float:
    return shape_line(text, bold).advance * size


def line_height(text: str, size: float, bold: bool = False) -> float:
    """Distance from one baseline to the next that keeps stacked marks of `text` apart."""
    return shape_line(text, bold).leading * size


def fit_size(text: str, max_width: float, size: float, min_size: float,
             bold: bool = False) -> float:
    """The largest size <= `size` (but not below `min_size`) at which `text` fits `max_width`."""
    width = text_width(text, size, bold)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width * 0.999)


def fit_text(text: str, max_width: float, size: float, min_size: float,
             bold: bool = False) -> tuple[str, float]:
    """Shrink `text` to fit `max_width`, down to `min_size`; if it still does not fit, cut it
    between clusters and end it with "…". Returns the text to draw and its size."""
    size = fit_size(text, max_width, size, min_size, bold)
    if text_width(text, size, bold) <= max_width:
        return text, size
    clusters = _clusters(text)
    lo, hi = 0, len(clusters)
    while lo < hi:  # the most clusters that fit with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width("".join(clusters[:mid]).rstrip() + "…", size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return "".join(clusters[:lo]).rstrip() + "…", size


class _TextObject(PDFTextObject):  # type: ignore[misc]
    """reportlab 5.1's setRise merges two consecutive `Ts` operators without recording the new
    rise, so after a mark drawn with a vertical offset (Khmer subscripts, Thai tone marks) the
    following glyphs stay raised or lowered. This records it."""

    def setRise(self, rise: float) -> None:
        if self._code and self._code[-1].endswith(" Ts"):
            self._y += self._rise  # type: ignore[has-type]
            self._rise = rise
            self._y -= rise
            self._code[-1] = f"{fp_str(rise)} Ts"
        else:
            super().setRise(rise)


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
              align: Align = "left") -> float:
    """Draw shaped `text` with its baseline at `y`; `x` is the left, centre or right edge.
    Returns the drawn width."""
    line = shape_line(text, bold)
    width = line.advance * size
    if not line.runs:
        return 0.0
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    obj = _TextObject(canvas, x, y)
    for run in line.runs:
        obj.setTextOrigin(x, y)
        obj.setFont(run.font, size)
        obj.textOut(run.text)
        x += run.advance * size
    canvas.drawText(obj)
    return width


# -- line breaking -----------------------------------------------------------------------------

_ZWSP = "\u200b"


def _is_break_after(ch: str, nxt: str | None) -> bool:
    if ch in (" ", _ZWSP, "/", "-"):
        return True
    if nxt is None:
        return False
    # between ideographs, except before closing punctuation
    return (script_of(ch) == "zh" or script_of(nxt) == "zh") and unicodedata.category(
        nxt) not in ("Pe", "Po", "Pf")


def _tokens(text: str) -> list[str]:
    """Pieces between break opportunities; joined back they give `text`."""
    out: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else None
        if _is_break_after(ch, nxt):
            out.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def _clusters(text: str) -> list[str]:
    """Approximate grapheme clusters: a base with its marks, Khmer coeng / Burmese virama stacks."""
    out: list[str] = []
    joiners = ("\u17d2", "\u1039", "\u200d")
    for ch in text:
        if out and (unicodedata.category(ch)[0] == "M" or ch in joiners
                    or out[-1].endswith(joiners)):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _units(token: str) -> list[str]:
    """The pieces a word too long for a line is broken into: Burmese syllables (a line never
    starts with a consonant that belongs to the syllable before, "ဝှ / က်"), else clusters."""
    starts = syllable_starts(token)
    if not starts:
        return _clusters(token)
    bounds = [0, *starts, len(token)]
    return [token[a:b] for a, b in itertools.pairwise(bounds) if a < b]


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `max_width` (at spaces, ZWSP, between ideographs;
    a word longer than a line is broken between clusters)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for token in _tokens(paragraph):
            candidate = current + token
            if text_width(candidate.rstrip(" " + _ZWSP), size, bold) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current.rstrip(" " + _ZWSP))
                current = ""
            if text_width(token.rstrip(" " + _ZWSP), size, bold) <= max_width:
                current = token
                continue
            for cluster in _units(token):
                if current and text_width(current + cluster, size, bold) > max_width:
                    lines.append(current)
                    current = ""
                current += cluster
        lines.append(current.rstrip(" " + _ZWSP))
    return lines


def covered(ch: str, bold: bool = False) -> bool:
    """Whether a bundled font has a glyph for `ch` (spaces and invisible characters need none)."""
    register_fonts()
    if unicodedata.category(ch) in _INVISIBLE or ch.isspace():
        return True
    return any(ord(ch) in _cmap(font_name(script, bold)) for script in FONT_FILES)


def missing_characters(*texts: str, bold: bool | None = None) -> list[str]:
    """The characters of `texts` that no bundled font has, each once, in the order they first
    appear: what a PDF would print as an empty box. Certificates and attendance sheets ask
    before printing a name with one (`bold`: None checks both weights)."""
    weights = (False, True) if bold is None else (bold,)
    found: list[str] = []
    for text in texts:
        for ch in unicodedata.normalize("NFC", text or ""):
            if ch not in found and not all(covered(ch, b) for b in weights):
                found.append(ch)
    return found


def glyph_ids(text: str, bold: bool = False) -> Iterable[tuple[str, int]]:
    """(font name, glyph id) of every glyph the PDF will contain for `text` (for checks)."""
    for run in shape_line(text, bold).runs:
        cmap = _cmap(run.font)
        for ch in run.text:
            yield run.font, cmap.get(ord(ch), 0)
