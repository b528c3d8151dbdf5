"""Every hanzi the screen shows from the bundled fonts prints too: the screen (Qt's family list)
and the PDFs (per character) both fall back from `Noto Sans SC GMS` (GB 2312) to
`Noto Sans SC GMS Ext`, which covers the CJK Unified Ideographs and Extension A."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QTextLayout

from gmsdesk.reports.text import covered, font_name, missing_characters, split_runs
from gmsdesk.ui.fonts import FAMILY_ORDER, register_fonts

RARE_NAMES = "龚喆 罗燚 段犇 張㵘 王𠀋"


def test_every_unified_ideograph_and_extension_a_prints() -> None:
    """GB 18030-2005's required ideographs: the basic block to U+9FA5 and Extension A to
    U+4DB5, in both weights. (The 41 added by Unicode 8 to 13 at U+9FD1-9FEF and
    U+4DB6-4DBF are not in Noto Sans CJK 1.004: `missing_characters` reports them.)"""
    missing = [chr(c) for c in [*range(0x4E00, 0x9FA6), *range(0x3400, 0x4DB6)]
               if not covered(chr(c), True) or not covered(chr(c))]
    assert missing == []
    assert missing_characters("\u9fef") == ["\u9fef"]
    for lo, hi in ((0xA1, 0xF8),):  # and GB 2312 stays in the main font
        for row in range(lo, hi):
            for cell in range(0xA1, 0xFF):
                try:
                    ch = bytes((row, cell)).decode("gb2312")
                except UnicodeDecodeError:
                    continue
                if 0x4E00 <= ord(ch) <= 0x9FFF:
                    assert split_runs(ch)[0][0] == font_name("zh"), ch


def test_the_screen_draws_rare_hanzi_from_the_bundled_extension(qapp: Any) -> None:
    families = register_fonts()
    assert "Noto Sans SC GMS Ext" in families
    assert FAMILY_ORDER.index("Noto Sans SC GMS Ext") == FAMILY_ORDER.index(
        "Noto Sans SC GMS") + 1
    font = QFont()
    font.setFamilies(list(FAMILY_ORDER))
    font.setPointSize(14)
    for text in ("龚喆", "罗燚", "段犇"):
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        used = {run.rawFont().familyName() for run in runs}
        assert used == {"Noto Sans SC GMS", "Noto Sans SC GMS Ext"}, (text, used)
        assert all(0 not in list(run.glyphIndexes()) for run in runs), text
    # and the PDFs set the same characters in the same fonts
    for name in RARE_NAMES.split()[:3]:
        assert [f for f, _ in split_runs(name)] == [font_name("zh"), font_name("zhx")]
