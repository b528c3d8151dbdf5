#!/usr/bin/env python3
"""Build resources/fonts/GMSSymbols-{Regular,Bold}.ttf: the few symbols the screens draw
(check marks, half circle for "in progress", the turning arrow for "moved back", arrows,
stars, warning sign) that no Noto font we bundle has, taken from DejaVu Sans.

The Noto fonts we ship cover letters; Qt then falls back to whatever the system has for a
symbol, and a bare Windows or Linux install may draw a box. DejaVu's glyphs are under the
Bitstream Vera licence (changes: public domain), which allows redistribution of modified
versions under another name, hence "GMS Symbols".

    .venv/bin/python tools/fonts/build_symbols.py [/usr/share/fonts/truetype/dejavu]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "fonts"
SYMBOLS = "✔✓✗✘◐◑◒◓●○◆◇■□▲▼►◄↺↻←→↑↓⇧⇩★☆⚠⌫⏎"
FAMILY = "GMS Symbols"


def build(source: Path, style: str) -> Path:
    font = TTFont(str(source))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in SYMBOLS])
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 6, 16, 17, 3):
            names.removeNames(nameID=record.nameID)
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    for pid, eid, lang in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(FAMILY, 1, pid, eid, lang)
        names.setName(style, 2, pid, eid, lang)
        names.setName(f"GMSSymbols-{style}", 3, pid, eid, lang)
        names.setName(full, 4, pid, eid, lang)
        names.setName(f"GMSSymbols-{style}", 6, pid, eid, lang)
    out = OUT / f"GMSSymbols-{style}.ttf"
    font.save(str(out))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    for style, name in (("Regular", "DejaVuSans.ttf"), ("Bold", "DejaVuSans-Bold.ttf")):
        out = build(folder / name, style)
        cmap = TTFont(str(out)).getBestCmap()
        missing = [c for c in SYMBOLS if ord(c) not in cmap]
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes; missing {missing}")


if __name__ == "__main__":
    main()
