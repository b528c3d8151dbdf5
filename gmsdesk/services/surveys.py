"""A form's summary as a report: each question's block adapted into what the summary PDF
draws, and the PDF written. The summary window and `gmsdesk responses summary` share it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form
    from gmsdesk.forms.summary import Block, Summary
    from gmsdesk.reports.summary import SummaryItem

__all__ = ["labels_language", "report_item", "report_items", "write_summary_pdf"]


def labels_language(form: Form | None, wanted: str | None) -> str | None:
    """The language a summary labels its questions in: `wanted` when the form has it, else
    the form's default."""
    if form is None:
        return None
    return wanted if wanted in (form.languages or []) else form.default_language


def report_item(block: Block) -> SummaryItem:
    """One question's block as the summary PDF draws it."""
    from gmsdesk.reports.summary import SummaryItem

    return SummaryItem(label=block.label, kind=block.kind, answered=block.answered,
                       rows=list(block.rows), stats=dict(block.stats),
                       samples=list(block.samples), not_answered=block.not_answered)


def report_items(summary: Summary) -> list[SummaryItem]:
    """Every question's block, in display order, as the summary PDF draws them."""
    return [report_item(q.item) for q in summary.questions]


def write_summary_pdf(path: str | os.PathLike[str], summary: Summary, subtitle: str,
                      lang: str) -> int:
    """The summary as a PDF (headings and numbers in `lang`, the filters in `subtitle`);
    returns pages written. Never leaves a partial file at `path`."""
    from gmsdesk.reports.summary import write_summary

    return write_summary(path, summary.title, subtitle, summary.total, report_items(summary),
                         lang)
