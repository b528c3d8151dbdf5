#!/usr/bin/env python3
"""Check the bundled fonts in resources/fonts/.

For every .ttf: TrueType (glyf) outlines, loads in Qt (QFontDatabase.addApplicationFont)
and in reportlab (TTFont). Then lays out a sample line per script with font merging
switched off and fails if any glyph is .notdef or comes from another font. Writes a
specimen PNG (default /tmp/fonts_sample.png) to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/fonts/check_fonts.py [out.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont as FtFont
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QTextLayout,
)
from reportlab.pdfbase.ttfonts import TTFont as RlFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SAMPLES = [
    ("Noto Sans Khmer", "សហគ្រាសធុនតូច"),
    ("Noto Sans Lao", "ວິສາຫະກິດຂະໜາດນ້ອຍ"),
    ("Noto Sans Myanmar", "အသေးစားလုပ်ငန်း"),
    ("Noto Sans Thai", "วิสาหกิจขนาดย่อม"),
    ("Noto Sans", "Công ty TNHH Thủ công Mỹ nghệ"),
    ("Noto Sans SC GMS", "云南中小企业电子商务，“测试”！"),
]


def main() -> int:
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/fonts_sample.png"
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - must stay alive
    ok = True
    for path in sorted(FONT_DIR.glob("*.ttf")):
        ft = FtFont(str(path))
        glyf = "glyf" in ft and "CFF " not in ft
        fid = QFontDatabase.addApplicationFont(str(path))
        fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        try:
            RlFont(path.stem, str(path))
            rl = True
        except Exception as exc:  # noqa: BLE001
            rl = False
            print(f"  reportlab: {exc}")
        size_kb = path.stat().st_size / 1024
        print(f"{path.name:30s} {size_kb:8.0f} KiB glyf={glyf} qt_id={fid} qt={fams} rl={rl}")
        ok &= glyf and fid >= 0 and rl

    width, line_h = 1200, 70
    img = QImage(width, line_h * len(SAMPLES) * 2 + 20, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    label = QFont("Noto Sans", 11)
    y = 10
    for family, text in SAMPLES:
        for bold in (False, True):
            font = QFont(family, 28)
            font.setBold(bold)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            layout = QTextLayout(text, font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            runs = layout.glyphRuns()
            used = {r.rawFont().familyName() for r in runs}
            notdef = sum(list(r.glyphIndexes()).count(0) for r in runs)
            good = used == {family} and notdef == 0
            ok &= good
            print(f"{family:18s} bold={bold!s:5s} rendered_by={sorted(used)} notdef={notdef}")
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(10, y, 800, line_h), Qt.AlignmentFlag.AlignVCenter, text)
            painter.setFont(label)
            painter.setPen(QColor("gray"))
            tag = f"{family}{' Bold' if bold else ''}{'' if good else '  FAILED'}"
            painter.drawText(QRectF(830, y, 360, line_h), Qt.AlignmentFlag.AlignVCenter, tag)
            y += line_h
    painter.end()
    img.save(out)
    print(f"specimen: {out}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
