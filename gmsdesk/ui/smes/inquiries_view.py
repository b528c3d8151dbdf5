"""The Inquiries tab of the SMEs area: every inquiry the SMEs received, across the SMEs, with
what the filtered list adds up to (from abroad or at home, orders and their value by
currency). An inquiry from mainland China is domestic to an SME of Yunnan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from gmsdesk.records.catalog import CHANNELS, INQUIRIES, INQUIRY_OUTCOMES
from gmsdesk.storage.activity import InquiryLine, InquiryQuery, InquiryTotals
from gmsdesk.ui.labels import country_name, money_text
from gmsdesk.ui.smes.activity_list import (
    ActivityListView,
    CodeFilter,
    Column,
    field,
    labels_of,
    short_date,
)


class InquiriesView(ActivityListView):
    TABLE = INQUIRIES.table
    changed_tables = frozenset({INQUIRIES.table})

    def new_query(self) -> InquiryQuery:
        return InquiryQuery()

    def origins(self) -> dict[str, str]:
        return {"abroad": self.tr("Abroad"), "domestic": self.tr("Domestic"),
                "unknown": self.tr("Not known")}

    def columns(self) -> list[Column]:
        origins = self.origins()
        channels = dict(labels_of(CHANNELS, "Training"))
        outcomes = dict(labels_of(INQUIRY_OUTCOMES, "Training"))

        def where_from(line: InquiryLine) -> str:
            """The country by name, and whether that is abroad for the SME ("Japan ·
            Abroad")."""
            country = country_name(line.from_country)
            if line.origin == "unknown":
                return country
            return f"{country} · {origins[line.origin]}"

        return [
            Column("date", field("Received on"), lambda r: short_date(r.received_on)),
            *self.sme_columns(),
            Column("from_country", field("From country"), where_from),
            Column("channel", field("Channel"),
                   lambda r: channels.get(r.channel or "", r.channel or "")),
            Column("outcome", field("Outcome"),
                   lambda r: outcomes.get(r.outcome or "", r.outcome or "")),
            Column("order_value", field("Order value"),
                   lambda r: money_text(r.order_value, r.currency), right=True),
            Column("staff", field("Staff"), lambda r: r.staff or ""),
        ]

    def code_filters(self) -> list[CodeFilter]:
        origins = self.origins()
        return [
            CodeFilter("channel", "filter_channel", self.tr("All channels"),
                       labels_of(CHANNELS, "Training")),
            CodeFilter("outcome", "filter_outcome", self.tr("All outcomes"),
                       labels_of(INQUIRY_OUTCOMES, "Training")),
            CodeFilter("origin", "filter_origin", self.tr("From anywhere"),
                       list(origins.items())),
        ]

    def totals_text(self, totals: InquiryTotals) -> str:
        parts = [self.tr("%Ln inquiry(ies)", "", totals.count)]
        if totals.count:
            parts.append(self.tr("%1 from abroad, %2 domestic, %3 not known")
                         .replace("%1", self.number(totals.abroad))
                         .replace("%2", self.number(totals.domestic))
                         .replace("%3", self.number(totals.unknown)))
            text = self.tr("%Ln order(s)", "", totals.orders)
            # The same rule as the column: the language's separators and digits.
            values = "; ".join(money_text(v.amount, v.currency) for v in totals.values)
            parts.append(f"{text}: {values}" if values else text)
        return " · ".join(parts)

    def export_columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        channels = dict(labels_of(CHANNELS, "Training"))
        outcomes = dict(labels_of(INQUIRY_OUTCOMES, "Training"))
        origins = self.origins()
        return [
            (field("Received on"), lambda r: r.received_on or ""),
            *self.sme_export_columns(),
            (field("From country"), lambda r: country_name(r.from_country)),
            (self.tr("Abroad or domestic"), lambda r: origins[r.origin]),
            (field("Channel"), lambda r: channels.get(r.channel or "", r.channel or "")),
            (field("Outcome"), lambda r: outcomes.get(r.outcome or "", r.outcome or "")),
            (field("Order value"), lambda r: r.order_value),
            (field("Currency"), lambda r: r.currency or ""),
            (field("Staff"), lambda r: r.staff or ""),
            (field("Notes"), lambda r: r.notes or ""),
            (field("Record id"), lambda r: r.id),
        ]

    def export_title(self) -> str:
        return self.tr("Export inquiries")

    def exported_text(self, count: int, path: Path) -> str:
        return self.tr("Exported %Ln inquiry(ies) to %1.", "", count).replace("%1", str(path))
