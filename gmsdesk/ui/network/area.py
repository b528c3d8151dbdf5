"""The Network area: find the agency of the e-business support network an SME can be referred
to (who translates into Japanese, who sets up online payment in Lao PDR), and read all of its
profile. Headquarters keeps the profiles and publishes them to every agency: a headquarters
laptop edits them here (undoable, like every edit of the window); any other reads them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmsdesk.storage.agencies import SPEC, AgencyProfile
from gmsdesk.storage.errors import ReadOnlyRecord, StorageError
from gmsdesk.storage.records import Change
from gmsdesk.ui.errors import show_error
from gmsdesk.ui.labels import country_label, current_language, format_count
from gmsdesk.ui.network.labels import (
    fee_text,
    field_label,
    joined,
    language_label,
    pair_label,
    service_label,
    service_pairs,
    service_types,
    shown_text,
)
from gmsdesk.ui.undo import EditRecord, push
from gmsdesk.ui.widgets import add_action, heading, record_table

ModelIndex = QModelIndex | QPersistentModelIndex
MUTED_STYLE = "color: #5f6368;"
LOCK_STYLE = ("color: #5f4b00; background: #fff4c4; border: 1px solid #d9b44a; "
              "border-radius: 3px; padding: 3px 8px;")


def _list_headers() -> list[str]:
    return [QCoreApplication.translate("AgencyTableModel", "Agency"),
            field_label("country"),
            field_label("provinces"),
            QCoreApplication.translate("AgencyTableModel", "Services")]


class AgencyTableModel(QAbstractTableModel):
    """The agencies a search found, named in the UI language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AgencyProfile] = []
        self.lang = "en"
        self.headers = _list_headers()

    def set_rows(self, rows: list[AgencyProfile], lang: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def text(self, profile: AgencyProfile, column: int) -> str:
        if column == 0:
            return profile.display_name(self.lang)
        if column == 1:
            return country_label(profile.country)
        if column == 2:
            return joined(profile.provinces)
        return joined(service_label(code) for code in service_types(profile))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        profile = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(profile, index.column())
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and profile.hq:
            font = QFont()
            font.setBold(True)  # headquarters first and marked: the network's centre
            return font
        return None

    def profile_at(self, row: int) -> AgencyProfile | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, p in enumerate(self.rows) if p.id == record_id), -1)


class _SearchBox(QLineEdit):
    """The search field: Down goes to the list, as Enter does."""

    def __init__(self, area: NetworkArea) -> None:
        super().__init__(area)
        self.area = area

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.area.focus_list():
            return
        super().keyPressEvent(event)


class NetworkArea(QWidget):
    def __init__(self, ctx: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = undo_stack  # the window's
        self.agency_dialog: QWidget | None = None
        self.profile: AgencyProfile | None = None  # the one the detail shows

        self.search = _SearchBox(self)
        self.search.setObjectName("network_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search agency, province, language (e.g. Japanese), service…"))
        self.search.setToolTip(self.tr(
            "Type a language's name, such as Japanese, to find who translates into it; "
            "Enter or Down goes to the list."))
        self.search.textChanged.connect(lambda _: self.reload())
        self.search.returnPressed.connect(self.focus_list)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("network_count")

        self.model = AgencyTableModel(self)
        self.table = record_table(self.model, "agency_table", self)  # widths follow content
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # One line a row, long lists elided (whole in the tooltip and the detail pane):
        # wrapped, a Burmese list of services made rows taller than the screen.
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _: self.edit_selected())
        self.table.setAccessibleName(self.tr("Agencies"))

        self.edit_action = add_action(self, self.tr("Edit…"), "Ctrl+E", self.edit_selected,
                                      "action_edit_agency")
        add_action(self, self.tr("Find"), QKeySequence.StandardKey.Find,
                   lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
                   "action_find_agency")

        self.info = QLabel(self)
        self.info.setObjectName("network_info")
        self.info_undo = QPushButton(self.tr("Undo"), self)
        self.info_undo.clicked.connect(self.undo_stack.undo)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.info_undo)
        self._set_info("")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("network_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([660, 500])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("E-business support network"), self))
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(info_row)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.edit_button)

        ctx.bus.changes_applied.connect(self._on_changes)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _detail_pane(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(14, 4, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("agency_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("agency_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock_label = QLabel(self.tr("Published by headquarters"))
        self.lock_label.setObjectName("agency_lock")
        self.lock_label.setStyleSheet(LOCK_STYLE)
        self.lock_label.setToolTip(QCoreApplication.translate("Errors", ReadOnlyRecord.message))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("agency_edit")
        self.edit_button.setToolTip(self.tr("Edit this agency's profile (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.lock_label)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        self.detail = QLabel()
        self.detail.setObjectName("agency_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setOpenExternalLinks(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addLayout(actions)
        box.addWidget(self.detail)
        box.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("agency_detail_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setMinimumWidth(340)
        return scroll

    # -- list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Search again (the network is a few dozen agencies: no paging, no delay), keeping
        the agency shown if it is still found, else showing the first."""
        current = self.profile.id if self.profile is not None else None
        search = self.search.text()
        rows = self.db.agencies.profiles(search, shown=shown_text)
        self.model.set_rows(rows, current_language())
        self.table.resizeRowsToContents()  # as tall as the script of each row needs
        total = len(self.db.agencies.profiles()) if search.strip() else len(rows)
        self.count_label.setText(
            self.tr("%n agency(ies)", "", len(rows)) if len(rows) == total else
            self.tr("%1 of %2 agencies").replace("%1", format_count(len(rows)))
            .replace("%2", format_count(total)))
        row = self.model.row_of(current) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_current()

    def focus_list(self) -> bool:
        """Move the focus to the list (its current row, else the first); False when empty."""
        if not self.model.rowCount():
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        return True

    def current_profile(self) -> AgencyProfile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.profile_at(rows[0].row()) if rows else None

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in (SPEC.name, "*") for c in changes):
            self.reload()

    # -- detail ---------------------------------------------------------------------------

    def _show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        profile = self.model.profile_at(index.row()) if index.isValid() else None
        self.profile = profile
        if profile is None:
            self.title.setText("")
            self.subtitle.setText("")
            self.lock_label.hide()
            self.edit_button.hide()
            self.edit_action.setEnabled(False)
            self.detail.setText(self._empty_text())
            return
        lang = current_language()
        self.title.setText(f"<h2>{html.escape(profile.display_name(lang))}</h2>")
        self.subtitle.setText(self._subtitle(profile, lang))
        self.lock_label.setVisible(not profile.editable)
        self.edit_button.setVisible(profile.editable)
        self.edit_action.setEnabled(profile.editable)
        self.detail.setText(self.detail_html(profile))

    def _empty_text(self) -> str:
        if self.search.text().strip():
            text = self.tr("No agency matches “%1”.").replace("%1", self.search.text().strip())
        else:
            text = self.tr("No agencies yet. Headquarters publishes the support network; "
                           "it arrives with the next sync.")
        return f"<p>{html.escape(text)}</p>"

    def _subtitle(self, profile: AgencyProfile, lang: str) -> str:
        """Its names in other scripts (an SME may know it by either), economy, and whether it
        is headquarters."""
        shown = profile.display_name(lang)
        names = [n for n in dict.fromkeys([profile.name, *profile.names.values()])
                 if n and n != shown]
        parts = [*names, country_label(profile.country)]
        if profile.hq:
            parts.append(field_label("hq"))
        return html.escape(" · ".join(p for p in parts if p))

    def detail_html(self, profile: AgencyProfile) -> str:
        """Everything of the profile a referral needs, as rich text: services with fees and
        language pairs first, then how to reach the agency."""
        parts = [self._services_html(profile)]
        contact = [
            ("contact_name", html.escape(profile.contact_name)),
            ("phone", html.escape(profile.phone)),
            ("email", _link(f"mailto:{profile.email}", profile.email) if profile.email
             else ""),
            ("website", _link(_web_address(profile.website), profile.website)
             if profile.website else ""),
            ("address", html.escape(profile.address).replace("\n", "<br>")),
            ("languages", html.escape(joined(language_label(c) for c in profile.languages))),
            ("provinces", html.escape(joined(profile.provinces))),
        ]
        rows = [(field_label(name), value) for name, value in contact if value]
        if rows:
            parts.append(_section(self.tr("Contact")) + _table(rows))
        if profile.notes:
            notes = html.escape(profile.notes).replace("\n", "<br>")
            parts.append(_section(field_label("notes")) + f"<p>{notes}</p>")
        return "".join(parts)

    def _services_html(self, profile: AgencyProfile) -> str:
        title = _section(field_label("services"))
        if not profile.services:
            none = html.escape(self.tr("None listed yet."))
            return title + f"<p style='{MUTED_STYLE}'>{none}</p>"
        head = (self.tr("Service"), self.tr("Indicative fee"), self.tr("Language pairs"))
        cells = "".join(f"<th align='left' style='{MUTED_STYLE}'>{html.escape(h)}</th>"
                        for h in head)
        body = [f"<tr>{cells}</tr>"]
        for service in profile.services:
            if not isinstance(service, dict):
                continue
            fee = fee_text(service.get("fee"), service.get("currency"))
            pairs = "<br>".join(html.escape(pair_label(p)) for p in service_pairs(service))
            body.append(
                f"<tr><td><b>{html.escape(service_label(str(service.get('type') or '')))}</b>"
                f"</td><td>{html.escape(fee) or '—'}</td><td>{pairs}</td></tr>")
        return title + ("<table cellspacing='0' cellpadding='4' width='100%'>"
                        + "".join(body) + "</table>")

    # -- editing --------------------------------------------------------------------------

    def edit_selected(self) -> None:
        profile = self.current_profile()
        if profile is None or not profile.editable:
            return
        from gmsdesk.ui.network.dialog import AgencyDialog

        dialog = AgencyDialog(self.db, profile, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(profile, dialog.values()))
        self.agency_dialog = dialog
        dialog.open()

    def _save(self, profile: AgencyProfile, values: dict[str, Any]) -> None:
        try:
            clean = self.db.agencies.clean(values)
        except StorageError as exc:
            show_error(self, exc)
            return
        name = str(clean.get("name") or profile.name)
        edit = EditRecord.of(self.db, self.ctx.bus, SPEC, profile.id, clean,
                             self.tr("edit %1").replace("%1", name))
        if edit.after and push(self.undo_stack, edit, self):
            self._set_info(self.tr("Saved “%1”.").replace("%1", name), undo=True)
            self.select_id(profile.id)

    def _set_info(self, text: str, undo: bool = False) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))
        self.info_undo.setVisible(bool(text) and undo)

    def shutdown(self) -> None:
        """Stop listening (the window is closing)."""
        self.ctx.bus.changes_applied.disconnect(self._on_changes)


def _section(title: str) -> str:
    return f"<h3 style='margin-top: 12px; margin-bottom: 4px'>{html.escape(title)}</h3>"


def _table(rows: list[tuple[str, str]]) -> str:
    """Label and value, two columns; values are markup already."""
    body = "".join(f"<tr><td style='{MUTED_STYLE}; padding-right: 12px'>{html.escape(label)}"
                   f"</td><td>{value}</td></tr>" for label, value in rows)
    return f"<table cellspacing='0' cellpadding='3'>{body}</table>"


def _link(href: str, text: str) -> str:
    return f"<a href='{html.escape(href, quote=True)}'>{html.escape(text)}</a>"


def _web_address(website: str) -> str:
    """A website as typed ("www.kh-sr.org") as an address a browser opens."""
    return website if "://" in website else f"https://{website}"

