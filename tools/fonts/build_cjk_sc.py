#!/usr/bin/env python3
"""Rebuild resources/fonts/NotoSansSCGMS-{Regular,Bold}.ttf from Debian's fonts-noto-cjk.

Debian ships Noto Sans CJK only as CFF-outline OpenType collections (.ttc). Qt can load
those, but reportlab's TTFont only understands TrueType (``glyf``) outlines. This script

1. takes the Simplified Chinese face ("Noto Sans CJK SC", index found by name) out of
   NotoSansCJK-Regular.ttc / NotoSansCJK-Bold.ttc,
2. subsets it with fontTools to a Simplified Chinese repertoire (every character encodable
   in GB 2312 -- i.e. the 6763 level-1 + level-2 hanzi plus GB 2312 symbols, kana, Cyrillic,
   Greek, box drawing -- plus ASCII, Latin-1, General Punctuation, CJK Symbols and
   Punctuation, CJK Compatibility Forms and Half-/Full-width Forms, plus any characters in
   files passed with --extra-text),
3. converts the CFF cubic outlines to TrueType quadratic outlines (cu2qu, max error 1 unit
   of 1000 em, after fontTools' Snippets/otf2ttf.py), and
4. renames the family to "Noto Sans SC GMS" so that it can never be confused with a
   full, system-installed "Noto Sans CJK SC".

Noto CJK is licensed under the SIL Open Font License 1.1 and declares no Reserved Font
Name, so the rename is a clarity choice, not a licence requirement. The copyright and
licence name records are kept.

Usage (from the repository root)::

    cd /tmp && apt-get download fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python tools/fonts/build_cjk_sc.py --deb /tmp/fonts-noto-cjk_*_all.deb

or, with the package installed system-wide::

    .venv/bin/python tools/fonts/build_cjk_sc.py --src /usr/share/fonts/opentype/noto
"""

from __future__ import annotations

import argparse
import glob
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

log = logging.getLogger("build_cjk_sc")

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "resources" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC GMS"
PS_FAMILY = "NotoSansSCGMS"
STYLES = {  # style -> source collection file name
    "Regular": "NotoSansCJK-Regular.ttc",
    "Bold": "NotoSansCJK-Bold.ttc",
}

# cu2qu tolerance in font units (em = 1000); same default as fontTools' otf2ttf snippet.
MAX_ERR = 1.0

# Extra Unicode ranges kept in addition to GB 2312 (inclusive).
EXTRA_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x20AC, 0x20AC),  # Euro sign
    (0x2190, 0x2193),  # basic arrows
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms (vertical punctuation)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

# Layout features to keep. Default fontTools set minus 'locl': the SC face's cmap already
# maps to the Simplified Chinese glyphs and 'locl' would only pull in Japanese, Korean and
# Traditional Chinese variants (a lot of extra glyphs). Proportional/half-width features
# used in CJK typesetting are added.
DROP_FEATURES = {"locl"}
ADD_FEATURES = ["palt", "halt", "vpal", "vhal", "vert", "vrt2", "vkrn", "fwid", "hwid", "pwid"]


def gb2312_chars() -> set[int]:
    """All characters encodable in GB 2312 (EUC-CN rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                s = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in s)
    return chars


def repertoire(extra_text_files: list[Path]) -> set[int]:
    chars = gb2312_chars()
    for lo, hi in EXTRA_RANGES:
        chars.update(range(lo, hi + 1))
    for path in extra_text_files:
        text = path.read_text(encoding="utf-8")
        chars.update(ord(c) for c in text if ord(c) >= 0x20)
    return chars


def find_face(ttc_path: Path, family: str) -> TTFont:
    coll = TTCollection(str(ttc_path))
    for font in coll.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{ttc_path}: no face with family {family!r}")


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    options = subset.Options()
    features = [f for f in options.layout_features if f not in DROP_FEATURES]
    options.layout_features = features + [f for f in ADD_FEATURES if f not in features]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # CFF hints are meaningless after conversion anyway
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def otf_to_ttf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Convert CFF outlines to TrueType in place (after fontTools Snippets/otf2ttf.py)."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:  # CFF-only table; TrueType uses vmtx top side bearings
        del font["VORG"]
    glyf.compile(font)

    # left side bearings must equal xMin for TrueType
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(getattr(g, "components", [])) for g in glyf.glyphs.values()), default=0
    )
    maxp.compile(font)

    post = font["post"]
    post.formatType = 3.0  # no glyph names (CID names are useless and cost space)
    post.extraNames = []
    post.mapping = {}

    gasp = newTable("gasp")  # unhinted: grid-fit + smooth at all sizes
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000F}
    font["gasp"] = gasp

    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str) -> None:
    name = font["name"]
    old_version = name.getDebugName(5) or ""
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps_name = f"{PS_FAMILY}-{style}"
    # Drop every family/style/full/PostScript/typographic/WWS name record (incl. the
    # zh-CN localized ones) and write fresh English ones.
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
    version = old_version.split(";")[0] or "Version 2.004"
    records = {
        1: FAMILY,
        2: style,
        3: f"{version};GMS;{ps_name}",
        4: full,
        5: f"{version};GMS subset of {SOURCE_FAMILY}, TrueType outlines",
        6: ps_name,
        10: (
            f"Modified version of {SOURCE_FAMILY} (Debian fonts-noto-cjk): subset to "
            "GB 2312 + CJK punctuation + Latin, CFF outlines converted to TrueType. "
            "Licensed under the SIL Open Font License 1.1."
        ),
    }
    for name_id, value in records.items():
        name.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, en-US
        name.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
    if "CFF " in font:
        font["CFF "].cff.fontNames = [ps_name]


def build(src_dir: Path, out_dir: Path, extra_text: list[Path]) -> list[Path]:
    unicodes = repertoire(extra_text)
    log.info("repertoire: %d code points", len(unicodes))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for style, ttc_name in STYLES.items():
        ttc = src_dir / ttc_name
        log.info("%s: reading %s", style, ttc)
        font = find_face(ttc, SOURCE_FAMILY)
        subset_font(font, unicodes)
        rename(font, style)
        otf_to_ttf(font)
        out = out_dir / f"{PS_FAMILY}-{style}.ttf"
        font.recalcTimestamp = False  # keep head.modified from the source: reproducible output
        font.save(str(out))
        check = TTFont(str(out))
        assert "glyf" in check and "CFF " not in check
        log.info(
            "%s: %d glyphs, %d mapped chars, %.2f MB",
            out.name,
            check["maxp"].numGlyphs,
            len(check.getBestCmap()),
            out.stat().st_size / 1e6,
        )
        written.append(out)
    return written


def extract_deb(deb: Path, dest: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)
    src = dest / "usr" / "share" / "fonts" / "opentype" / "noto"
    if not src.is_dir():
        raise SystemExit(f"{deb}: no usr/share/fonts/opentype/noto inside")
    return src


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--deb", type=Path, help="fonts-noto-cjk_*.deb (from apt-get download)")
    g.add_argument(
        "--src",
        type=Path,
        help="directory with NotoSansCJK-{Regular,Bold}.ttc "
        "(default: /usr/share/fonts/opentype/noto)",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    ap.add_argument(
        "--extra-text",
        type=Path,
        action="append",
        default=[],
        help="UTF-8 file whose characters must also be covered (repeatable)",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("fontTools").setLevel(logging.WARNING)

    if args.deb:
        debs = glob.glob(str(args.deb))
        if len(debs) != 1:
            raise SystemExit(f"--deb must match exactly one file, got {debs}")
        with tempfile.TemporaryDirectory() as tmp:
            build(extract_deb(Path(debs[0]), Path(tmp)), args.out, args.extra_text)
    else:
        build(args.src or Path("/usr/share/fonts/opentype/noto"), args.out, args.extra_text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
