"""The Services tab of the SMEs area: every e-business service delivered, across the SMEs,
with what the filtered list adds up to (services, fees by currency, paid and not yet paid)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from gmsdesk.money import format_amount
from gmsdesk.records.catalog import SERVICE_TYPES, SERVICES
from gmsdesk.storage.activity import ServiceLine, ServiceQuery, ServiceTotals
from gmsdesk.ui.labels import money_text
from gmsdesk.ui.smes.activity_list import (
    ActivityListView,
    CodeFilter,
    Column,
    field,
    labels_of,
    short_date,
)


class ServicesView(ActivityListView):
    TABLE = SERVICES.table
    changed_tables = frozenset({SERVICES.table})

    def new_query(self) -> ServiceQuery:
        return ServiceQuery()

    def fee_text(self, line: ServiceLine) -> str:
        """The fee in its currency, in the digits of the number rule; "Free" for a service
        given without charge."""
        return self.tr("Free") if line.fee == 0 else money_text(line.fee, line.currency)

    def paid_text(self, line: ServiceLine) -> str:
        """Whether a fee was paid; nothing for a free service."""
        if not line.fee:
            return ""
        return self.tr("Paid") if line.paid else self.tr("Not paid")

    def columns(self) -> list[Column]:
        types = dict(labels_of(SERVICE_TYPES, "Training"))
        return [
            Column("date", field("Delivered on"), lambda r: short_date(r.delivered_on)),
            *self.sme_columns(),
            Column("type", field("Service"), lambda r: types.get(r.type, r.type)),
            Column("staff", field("Staff"), lambda r: r.staff or ""),
            Column("fee", field("Fee"), self.fee_text, right=True),
            Column("paid", field("Paid"), self.paid_text),
        ]

    def code_filters(self) -> list[CodeFilter]:
        return [
            CodeFilter("type", "filter_type", self.tr("All services"),
                       labels_of(SERVICE_TYPES, "Training")),
            CodeFilter("paid", "filter_paid", self.tr("Paid or not"),
                       [(True, self.tr("Paid")), (False, self.tr("Not paid"))]),
        ]

    def totals_text(self, totals: ServiceTotals) -> str:
        lang = self.language
        parts = [self.tr("%Ln service(s)", "", totals.count)]
        if totals.count:
            parts.append(self.tr("%1 with a fee, %2 free").replace(
                "%1", self.number(totals.charged)).replace("%2", self.number(totals.free)))
        fees = "; ".join(
            self.tr("%1 (paid %2, not paid %3)")
            .replace("%1", money_text(fee.amount, fee.currency))
            .replace("%2", format_amount(fee.paid, fee.currency, lang))
            .replace("%3", format_amount(fee.unpaid, fee.currency, lang))
            for fee in totals.fees)
        if fees:
            parts.append(self.tr("Fees: %1").replace("%1", fees))
        return " · ".join(parts)

    def export_columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        types = dict(labels_of(SERVICE_TYPES, "Training"))
        paid, unpaid = self.tr("Paid"), self.tr("Not paid")
        return [
            (field("Delivered on"), lambda r: r.delivered_on or ""),
            *self.sme_export_columns(),
            (field("Service"), lambda r: types.get(r.type, r.type)),
            (field("Staff"), lambda r: r.staff or ""),
            (field("Fee"), lambda r: r.fee),
            (field("Currency"), lambda r: r.currency or ""),
            (field("Paid"), lambda r: (paid if r.paid else unpaid) if r.fee else ""),
            (field("Outcome"), lambda r: r.outcome or ""),
            (field("Notes"), lambda r: r.notes or ""),
            (field("Record id"), lambda r: r.id),
        ]

    def export_title(self) -> str:
        return self.tr("Export services")

    def exported_text(self, count: int, path: Path) -> str:
        return self.tr("Exported %Ln service(s) to %1.", "", count).replace("%1", str(path))
