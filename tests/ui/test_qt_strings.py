"""Qt's own words follow the chosen language: in Khmer, Lao, Burmese, Thai and Vietnamese, for
which Qt ships no translation, a message box's standard buttons, the file dialog (Qt's own, as
on Linux) and a text box's Undo/Copy/Paste menu come from translations/qt_gmsdesk_<lang>.qm
(written from tools/i18n/qt_catalog/). Every word these Qt widgets ask a translator for is in
each catalog, and the committed .ts and .qm files are what the tools make of the catalogs."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTreeView,
    QWizard,
    QWizardPage,
)

from gmsdesk.ui.application import AppContext

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "tools" / "i18n" / "qt_catalog"
LANGS = ("km", "lo", "my", "th", "vi")
# Asked for by Qt but kept as they are: shortcut definitions Qt parses, and a format.
KEPT = {("QFileDialog", "Alt+Left"), ("QFileDialog", "Alt+Right"), ("QFileDialog", "Alt+Up"),
        ("QProgressBar", "%p%")}
Button = QMessageBox.StandardButton


@cache
def catalog(lang: str) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (CATALOG / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def menu_texts(menu: QMenu) -> list[str]:
    """The menu's entries without their shortcut keys ("&Copy\tCtrl+C" -> "&Copy")."""
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def non_native_file_dialog(folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "GMS Desk backups (*.enc)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    return dialog


@pytest.mark.parametrize("lang", LANGS)
def test_qt_s_own_words_are_in_the_chosen_language(ctx: AppContext, qtbot: Any, tmp_path: Path,
                                                   lang: str) -> None:
    ctx.set_language(lang)
    words = catalog(lang)
    theme = words["QPlatformTheme"]

    box = QMessageBox(QMessageBox.Icon.Question, "GMS Desk", "?",
                      Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Save
                      | Button.Close | Button.Discard)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    shown = {box.button(b).text() for b in (Button.Ok, Button.Cancel, Button.Yes, Button.No,
                                            Button.Save, Button.Close, Button.Discard)}
    assert shown == {theme[s] for s in ("OK", "Cancel", "&Yes", "&No", "Save", "Close",
                                         "Discard")}
    assert words["QMessageBox"]["Show Details..."] in {b.text() for b in box.buttons()}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == theme["Cancel"]

    dialog = non_native_file_dialog(tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    files = words["QFileDialog"]
    for name, sources in (("lookInLabel", ("&Look in:", "Look in:")),
                          ("fileNameLabel", ("File &name:",)),
                          ("fileTypeLabel", ("Files of &type:", "Files of type:"))):
        label = dialog.findChild(QLabel, name)
        assert label is not None
        assert label.text() in {files[s] for s in sources}, name
    box_of_dialog = dialog.findChild(QDialogButtonBox)
    assert box_of_dialog is not None
    assert {b.text() for b in box_of_dialog.buttons()} == {files["&Open"], theme["Cancel"]}
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    columns = [tree.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    model = words["QFileSystemModel"]
    assert columns == [model[s] for s in ("Name", "Size", "Type", "Date Modified")]

    edit = QLineEdit("text")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = words["QLineEdit"]
    assert menu_texts(menu) == [texts[s] for s in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste",
                                                   "Delete", "Select All")]
    menu.deleteLater()
    notes = QPlainTextEdit("text")
    qtbot.addWidget(notes)
    menu = notes.createStandardContextMenu()
    notes_menu = menu_texts(menu)
    menu.deleteLater()
    assert words["QWidgetTextControl"]["Select All"] in notes_menu
    if lang != "vi":  # nothing in the Latin alphabet is left
        for text in (*shown, *columns, *notes_menu):
            assert not re.search("[A-Za-z]{2}", text.replace("(&", "")), text


class Recorder(QTranslator):
    """Notes what Qt asks for, and answers nothing (None: not here, ask the next one)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None,
            n: int = -1) -> str | None:
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


def test_every_word_qt_asks_for_is_in_each_catalog(ctx: AppContext, qtbot: Any,
                                                   tmp_path: Path) -> None:
    """Qt's words change between versions ("Look in:" became "&Look in:"): what the widgets of
    this Qt ask for, in the contexts the catalogs translate, each catalog has."""
    ctx.set_language("km")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    recorder = Recorder()
    app.installTranslator(recorder)
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, "GMS Desk", "?",
                          Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Save
                          | Button.Close | Button.Discard)
        box.setDetailedText("details")
        widgets: list[Any] = [box, QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Help), QProgressDialog(), QInputDialog()]
        for mode in QFileDialog.AcceptMode:
            widgets.append(non_native_file_dialog(tmp_path, mode))
        folder = non_native_file_dialog(tmp_path, QFileDialog.AcceptMode.AcceptOpen)
        folder.setFileMode(QFileDialog.FileMode.Directory)
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        widgets += [folder, wizard, QLineEdit("text"), QPlainTextEdit("text")]
        for widget in widgets:
            qtbot.addWidget(widget)
            widget.show()
        QApplication.processEvents()
        for widget in widgets[-2:]:
            widget.createStandardContextMenu().deleteLater()
    finally:
        app.removeTranslator(recorder)
    # Key names stay as keyboards print them (Ctrl, Del, Enter); only the arrows are words.
    contexts = set(catalog("km")) - {"QShortcut"}
    asked = {(c, s) for c, s in recorder.asked if c in contexts} - KEPT
    assert ("QPlatformTheme", "Cancel") in asked and ("QLineEdit", "&Copy") in asked
    for lang in LANGS:
        missing = sorted(f"{c}: {s!r}" for c, s in asked if s not in catalog(lang)[c])
        assert missing == [], lang
    # Chinese: Qt's own file translates most of them, and the app's small Chinese catalog
    # what it lacks (Qt 6's "&Look in:", the file dialog's type names).
    ctx.set_language("zh_CN")
    untranslated = sorted(f"{c}: {s!r}" for c, s in asked
                          if QCoreApplication.translate(c, s) == s)
    assert untranslated == []


def test_english_has_no_file_of_its_own_and_chinese_keeps_qts_words(
        ctx: AppContext, qtbot: Any) -> None:
    """English keeps Qt's words; Chinese takes Qt's own Chinese, the app's file adding only
    what Qt's lacks."""
    assert not (ROOT / "translations" / "qt_gmsdesk_en.qm").exists()
    assert set(catalog("zh_CN")) < set(catalog("km"))
    for lang in ("zh_CN", "en"):
        ctx.set_language(lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel == ("Cancel" if lang == "en" else "取消")
        look_in = QCoreApplication.translate("QFileDialog", "&Look in:")
        assert look_in == ("&Look in:" if lang == "en" else "查看(&L)：")


def test_the_qt_translation_files_are_current(tmp_path: Path) -> None:
    """translations/qt_gmsdesk_<lang>.ts is what build_qt_ts.py writes of the catalog (which
    it checks as check_ts.py checks the app's), and its .qm what lrelease makes of it."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n" / "build_qt_ts.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in LANGS:
        ts = ROOT / "translations" / f"qt_gmsdesk_{lang}.ts"
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=120)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            "run `make translations` (tools/i18n/README.md)"


def test_the_installers_carry_them(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("gmsdesk_packaging_bundling_qt",
                                                  ROOT / "packaging" / "bundling.py")
    assert spec is not None and spec.loader is not None
    bundling = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundling)
    into = {Path(source).name: target for source, target in bundling.data_files(tmp_path)}
    for lang in LANGS:
        assert into[f"qt_gmsdesk_{lang}.qm"] == "gmsdesk/_bundled/translations"
