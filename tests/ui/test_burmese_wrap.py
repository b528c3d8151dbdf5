"""A message box wraps Burmese between syllables: Qt alone breaks a Burmese line wherever one
of its shaping clusters starts (a line starting with "င်း" or "ပ်"); the app's `DialogSizer`
puts the line ends between syllables as a box comes to the front, whoever made the box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from gmsdesk.text_breaks import syllable_starts
from gmsdesk.ui import widgets
from gmsdesk.ui.application import install_dialog_sizer

TEXT = ("ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို GMS Desk ဗားရှင်းဟောင်းဖြင့် ပြုလုပ်ထားပါသည်။ ထိုဗားရှင်းသည် "
        "ဖိုင်များကို ဒစ်ဂျစ်တယ် လက်မှတ် မထိုးသဖြင့် မည်သူ ပြုလုပ်ခဲ့သည်ကို ဤကွန်ပျူတာက "
        "မစစ်ဆေးနိုင်ပါ။ စကားဝှက်အသစ်ကိုထည့်သွင်းပြီးအတည်ပြုပါ")


@pytest.fixture
def wrap(qapp: Any) -> None:
    """The app's dialog sizer, as the app installs it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_dialog_sizer(app)


def test_wrap_syllables_cuts_only_between_syllables(qapp: Any) -> None:
    metrics = QLabel().fontMetrics()
    width = metrics.horizontalAdvance("ဗားရှင်းဟောင်းဖြင့်") * 2
    wrapped = widgets.wrap_syllables(TEXT, metrics, width)
    assert wrapped.replace("\n", "").replace(" ", "") == TEXT.replace(" ", "")
    lines = wrapped.split("\n")
    assert len(lines) > 3
    starts = set(syllable_starts(TEXT))
    at = 0
    for line in lines:
        assert metrics.horizontalAdvance(line) <= width
        at = TEXT.index(line, at)
        assert at == 0 or at in starts or TEXT[at - 1] == " ", line
        at += len(line)
    for other in ("Every 30 minutes " * 20, "<b>ဖိုင်ကို</b> " * 20, ""):
        assert widgets.wrap_syllables(other, metrics, width) == other


def test_a_message_box_wraps_burmese_between_syllables(qapp: Any, qtbot: Any,
                                                       wrap: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "GMS Desk", TEXT)
    box.setInformativeText("ရွှေပြည် ယွန်းထည်လုပ်ငန်း (Shwe Pyi Lacquerware) ၏ "
                           "မှတ်တမ်းကို ဖျက်မည်လား။ " * 2)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitExposed(box)
    qtbot.waitUntil(lambda: "\n" in box.text(), timeout=3000)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    # The lines fit as they are: Qt wraps nothing itself.
    assert not label.wordWrap()
    lines = label.text().split("\n")
    assert len(lines) > 2
    starts = set(syllable_starts(TEXT))
    at = 0
    for line in lines:
        assert label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width()
        at = TEXT.index(line, at)
        assert at == 0 or at in starts or TEXT[at - 1] == " ", line
        at += len(line)
    assert box.width() <= box.screen().availableGeometry().width()

    english = QMessageBox(QMessageBox.Icon.Information, "GMS Desk",
                          "This sync bundle was made by an older version of GMS Desk. " * 3)
    qtbot.addWidget(english)
    english.show()
    assert english.text() == "This sync bundle was made by an older version of GMS Desk. " * 3


def test_a_dialogs_burmese_labels_wrap_between_syllables(qapp: Any, qtbot: Any,
                                                         wrap: None) -> None:
    """A dialog's word-wrapped labels (not only message boxes) get their line ends between
    syllables at the width they show at; English labels are left alone."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    dialog.setWindowTitle("GMS Desk")
    dialog.resize(420, 300)
    layout = QVBoxLayout(dialog)
    burmese, english = QLabel(TEXT), QLabel("Every 30 minutes, while something changes. " * 4)
    for label in (burmese, english):
        label.setWordWrap(True)
        layout.addWidget(label)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "\n" in burmese.text(), timeout=3000)
    starts = set(syllable_starts(TEXT))
    at = 0
    for line in burmese.text().split("\n"):
        assert burmese.fontMetrics().horizontalAdvance(line) <= burmese.contentsRect().width()
        at = TEXT.index(line, at)
        assert at == 0 or at in starts or TEXT[at - 1] == " ", line
        at += len(line)
    assert "\n" not in english.text()
