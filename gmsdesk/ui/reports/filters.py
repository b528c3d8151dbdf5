"""The Reports area's filters: the period (a year, a quarter, a month or any range of dates)
and the scope (economy, province, agency on a headquarters laptop, sector, sex). One `changed`
signal for any of them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from gmsdesk.records.catalog import COUNTRIES, GENDERS, SMES, WORKSHOPS
from gmsdesk.reports import periods
from gmsdesk.reports.periods import Period
from gmsdesk.storage.indicators import Filters
from gmsdesk.ui import labels
from gmsdesk.ui.labels import (
    country_label,
    current_language,
    format_count,
    gender_label,
    province_label,
    sector_label,
)
from gmsdesk.ui.widgets import ChoiceCombo, DateEdit, YearBox, fill_agency_filter

PERIOD_KINDS = ("year", "quarter", "month", "range")


def _combo(parent: QWidget, name: str, first: str) -> QComboBox:
    """A filter as wide as its choice ("All provinces" whole in every language), its list as
    wide as its longest; in a row too short, cut with "…" (see `widgets.ChoiceCombo`)."""
    combo = ChoiceCombo(parent)
    combo.setObjectName(name)
    combo.addItem(first, None)
    return combo


class ReportFilters(QWidget):
    """Period and scope; `period()` and `filters()` read them."""

    changed = Signal()

    def __init__(self, db: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.hq = bool(db.is_hq)
        today = today or date.today()

        self.kind = QComboBox(self)
        self.kind.setObjectName("report_period_kind")
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for kind, label in zip(PERIOD_KINDS, (self.tr("Year"), self.tr("Quarter"),
                                              self.tr("Month"), self.tr("Dates")), strict=True):
            self.kind.addItem(label, kind)
        self.year = YearBox(current_language(), self)
        self.year.setObjectName("report_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.part.setObjectName("report_period_part")
        self.part.setAccessibleName(self.tr("Quarter or month"))
        self.start_edit = DateEdit(QDate(today.year, 1, 1), self)
        self.end_edit = DateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name, label in ((self.start_edit, "report_from", self.tr("From")),
                                  (self.end_edit, "report_to", self.tr("To"))):
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            edit.setCalendarPopup(True)
        self.range_dash = QLabel("–", self)

        self.economy = _combo(self, "report_economy", self.tr("All economies"))
        for code in COUNTRIES:
            self.economy.addItem(country_label(code), code)
        self.province = _combo(self, "report_province", self.tr("All provinces"))
        self.agency: QComboBox | None = None
        if self.hq:
            self.agency = _combo(self, "report_agency", self.tr("All agencies"))
            self.agency.setAccessibleName(self.tr("Agency"))
        self.sector = _combo(self, "report_sector", self.tr("All sectors"))
        for sector in db.smes.sectors():
            self.sector.addItem(sector_label(sector.code) if sector.builtin else sector.label,
                                sector.code)
        self.sex = _combo(self, "report_sex", self.tr("Women and men"))
        self.sex.setAccessibleName(self.tr("Sex"))
        self.sex.setToolTip(self.tr(
            "Counts people of one sex, for the indicators that count people by sex; the "
            "others show that they are not counted by sex."))
        for code in GENDERS:
            self.sex.addItem(gender_label(code), code)
        self.reload_choices()
        self._show_part(today)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.start_edit, self.range_dash,
                       self.end_edit):
            layout.addWidget(widget)
        layout.addSpacing(12)
        for combo in (self.economy, self.province, self.agency, self.sector, self.sex):
            if combo is not None:
                layout.addWidget(combo)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.year.valueChanged.connect(lambda _: self.changed.emit())
        self.part.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.start_edit.dateChanged.connect(lambda _: self.changed.emit())
        self.end_edit.dateChanged.connect(lambda _: self.changed.emit())
        self.economy.currentIndexChanged.connect(lambda _: self._economy_changed())
        for combo in (self.province, self.agency, self.sector, self.sex):
            if combo is not None:
                combo.currentIndexChanged.connect(lambda _: self.changed.emit())

    # -- choices ------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Provinces of the economy chosen, and agencies (headquarters), from what is recorded;
        what was chosen stays chosen, quietly."""
        chosen = self.province.currentData()
        self.province.blockSignals(True)
        try:
            while self.province.count() > 1:
                self.province.removeItem(1)
            economy = self.economy.currentData()
            for name in self.db.smes.provinces(economy):
                self.province.addItem(province_label(name, economy), name)
            self.province.setCurrentIndex(max(self.province.findData(chosen), 0)
                                          if chosen else 0)
        finally:
            self.province.blockSignals(False)
        if self.agency is not None:
            names = labels.agency_names(self.db)
            codes = set(self.db.agencies.codes_in_use(SMES.table))
            codes.update(self.db.agencies.codes_in_use(WORKSHOPS.table))
            fill_agency_filter(self.agency, names, codes)

    def agency_names(self) -> dict[str, str]:
        """Agencies by name for the tables (headquarters sees them all)."""
        return labels.agency_names(self.db)

    def _economy_changed(self) -> None:
        self.reload_choices()
        self.changed.emit()

    def _kind_changed(self) -> None:
        self._show_part(None)
        self.changed.emit()

    def _show_part(self, today: date | None) -> None:
        """The quarter or month choices that go with the kind of period chosen."""
        kind = self.kind.currentData()
        previous = self.part.currentIndex()
        self.part.blockSignals(True)
        try:
            self.part.clear()
            if kind == "quarter":
                for q in range(1, 5):
                    self.part.addItem(self.tr("Q%1").replace("%1", format_count(q)), q)
            elif kind == "month":
                for m in range(1, 13):
                    self.part.addItem(QLocale().standaloneMonthName(m), m)
            if today is not None:
                index = (today.month - 1) // 3 if kind == "quarter" else today.month - 1
            else:
                index = min(max(previous, 0), self.part.count() - 1)
            self.part.setCurrentIndex(index if kind in ("quarter", "month") else -1)
        finally:
            self.part.blockSignals(False)
        ranged = kind == "range"
        self.year.setVisible(not ranged)
        self.part.setVisible(kind in ("quarter", "month"))
        for widget in (self.start_edit, self.range_dash, self.end_edit):
            widget.setVisible(ranged)

    # -- reading ------------------------------------------------------------------------------

    def set_period(self, kind: str, year: int, part: int = 1) -> None:
        """Choose a period (as a person would, one change at a time, for tests and links)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        if kind in ("quarter", "month"):
            self.part.setCurrentIndex(self.part.findData(part))

    def period(self) -> Period:
        kind = self.kind.currentData()
        year = self.year.value()
        if kind == "quarter":
            return periods.quarter(year, int(self.part.currentData() or 1))
        if kind == "month":
            return periods.month(year, int(self.part.currentData() or 1))
        if kind == "range":
            start = self.start_edit.date().toString("yyyy-MM-dd")
            end = self.end_edit.date().toString("yyyy-MM-dd")
            if end < start:
                start, end = end, start
            return periods.parse(f"{start}..{end}")  # a whole month or year is named so
        return periods.year(year)

    def filters(self) -> Filters:
        """What is chosen, the period apart."""
        return Filters(economy=self.economy.currentData(),
                       province=self.province.currentData(),
                       agency=self.agency.currentData() if self.agency is not None else None,
                       sector=self.sector.currentData(),
                       sex=self.sex.currentData())
