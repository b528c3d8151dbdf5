"""The attendance a certificate asks for, as a person sets it: present every day, or on at least
a share of the days. One widget for the workshop dialog, the Certificates tab and the default
in Settings (storage's `AttendanceRule` holds the percent: 100 is every day)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from gmsdesk.storage.training import DEFAULT_ATTENDANCE_PERCENT
from gmsdesk.ui.widgets import NumberBox

EVERY_DAY = 100


class AttendanceRuleEdit(QWidget):
    """"Every day" or "At least [80 %] of the days"; `value()` is the percent (100: every
    day). `changed` says the person set another rule (not when `set_value` is called)."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Present every day"), "every_day")
        self.kind.addItem(self.tr("Present on at least"), "share")
        self.share = NumberBox(self)  # the language's digits
        self.share.setRange(0, EVERY_DAY)
        self.share.setSingleStep(5)
        self.share.setSuffix("%")
        self.share.setValue(DEFAULT_ATTENDANCE_PERCENT)
        # A rule is written when typing is done, not at each digit ("7" on the way to "75").
        self.share.setKeyboardTracking(False)
        self.share.setAccessibleName(self.tr("Share of the days a participant must be "
                                             "present"))
        self.share.setToolTip(self.tr("of the workshop's days; 0 % asks no attendance"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.share)
        layout.addStretch(1)
        self.setFocusProxy(self.kind)
        self._show_share()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.share.valueChanged.connect(lambda _: self.changed.emit(self.value()))

    def value(self) -> int:
        return EVERY_DAY if self.kind.currentData() == "every_day" else self.share.value()

    def set_value(self, percent: int) -> None:
        for widget in (self.kind, self.share):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0 if percent >= EVERY_DAY else 1)
        if percent < EVERY_DAY:
            self.share.setValue(max(0, percent))
        for widget in (self.kind, self.share):
            widget.blockSignals(False)
        self._show_share()

    def _show_share(self) -> None:
        self.share.setVisible(self.kind.currentData() == "share")

    def _kind_changed(self, _index: int) -> None:
        self._show_share()
        self.changed.emit(self.value())
