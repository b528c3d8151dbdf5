"""Small widgets every area uses alike."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """An area's title. Pass text already translated: lupdate cannot see `tr()` calls inside
    f-strings, so callers translate first and this builds the markup."""
    label = QLabel(f"<h2>{html.escape(text)}</h2>", parent)
    label.setObjectName("heading")
    return label


def record_table(model: QAbstractItemModel, name: str, parent: QWidget | None = None, *,
                 sortable: bool = False, single: bool = True) -> QTableView:
    """A read-only list of records: whole rows selected (one, unless `single` is False),
    alternating rows, no row numbers, columns the user can resize, the last filling the width.
    Callers adjust column sizes after."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def add_action(widget: QWidget, text: str,
               shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
               slot: Callable[[], Any], name: str) -> QAction:
    """An action of an area (for its toolbar): the shortcut works wherever the focus is inside
    the area, and the tooltip names the keys."""
    action = QAction(text, widget)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})")
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def show_field_errors(errors: Mapping[str, str], labels: Mapping[str, QLabel],
                      editors: Mapping[str, QWidget]) -> None:
    """Each problem (English, context "Validation") under its field in the UI language; a
    screen reader hears it with the field."""
    for name, label in labels.items():
        message = errors.get(name)
        label.setText(QCoreApplication.translate("Validation", message) if message else "")
        label.setVisible(bool(message))
        editors[name].setAccessibleDescription(label.text())


def focus_first_error(errors: Mapping[str, str], order: Iterable[str],
                      editors: Mapping[str, QWidget], scroll: QScrollArea | None = None,
                      labels: Mapping[str, QLabel] | None = None) -> str | None:
    """After a refused save: the first field in `order` with a problem gets the focus,
    scrolled into view with its message. Returns its name (None: no field of `order`)."""
    first = next((name for name in order if name in errors), None)
    if first is not None:
        editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll is not None:
            scroll.ensureWidgetVisible(editors[first])
            if labels is not None:
                scroll.ensureWidgetVisible(labels[first])
    return first


def fill_agency_filter(combo: QComboBox, names: Mapping[str, str], codes: Iterable[str]) -> None:
    """An agency filter's choices after its first ("All agencies"): the agencies `codes` by
    name (their code when they have no profile yet); the one chosen stays chosen, quietly."""
    chosen = combo.currentData()
    ordered = sorted(set(codes), key=lambda code: (names.get(code, code).casefold(), code))
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for code in ordered:
            combo.addItem(names.get(code) or code, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
    finally:
        combo.blockSignals(False)
