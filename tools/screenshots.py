"""Screenshots of the SME list and form, per language, for a person to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py en km my [--out screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("langs", nargs="*", default=["en", "km", "my"])
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from gmsdesk.demo import generate_smes
    from gmsdesk.ui.application import AppContext, create_qapplication

    out = Path(args.out)
    out.mkdir(exist_ok=True)
    app = create_qapplication([])
    data = Path(tempfile.mkdtemp())
    ctx = AppContext(data, "en")
    ctx.db.smes.create_many(generate_smes(400, seed=3))
    for lang in args.langs:
        window = ctx.switch_language(lang)
        window.resize(1366, 768)
        area = window.smes  # type: ignore[attr-defined]
        while area.model.loading:
            QApplication.processEvents()
        area.country_filter.setCurrentIndex(area.country_filter.findData(
            {"km": "KH", "my": "MM", "th": "TH", "lo": "LA", "vi": "VN", "zh_CN": "YN"}.get(
                lang, "")) if lang != "en" else 0)
        area.apply_filters()
        while area.model.loading:
            QApplication.processEvents()
        area.select_id(area.model.sme_at(0).id)
        app.processEvents()
        window.grab().save(str(out / f"main_{lang}.png"))
        area.edit_selected()
        dialog = area.form_dialog
        dialog.resize(1100, 700)  # the offscreen screen is 800 px wide; a laptop is 1366
        app.processEvents()
        dialog.grab().save(str(out / f"form_{lang}.png"))
        dialog.done(0)
        print(out / f"main_{lang}.png", out / f"form_{lang}.png")
    ctx.window.close()  # type: ignore[union-attr]
    ctx.close()


if __name__ == "__main__":
    main()
