"""A form's summary as a report: each question's block adapted into what the summary PDF
draws, and the PDF written. The summary window and `gmsdesk responses summary` share it.

Beside the ODK-style raw export (`gmsdesk.forms.export`, names and codes, for tools that read
ODK), the labelled export is for people: the same rows and columns, headed by each question's
text and filled with each answer's label, in a language the form has."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gmsdesk.forms.export import ExportResult, ProgressFn
    from gmsdesk.forms.model import Form, Question
    from gmsdesk.forms.summary import Block, Summary
    from gmsdesk.reports.summary import SummaryItem
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.surveys import Response, ResponseFilter

__all__ = ["export_labelled", "labels_language", "report_item", "report_items",
           "write_labelled", "write_summary_pdf"]

# The labelled export's headers of what a response is, not what it answers (context "Surveys";
# the raw export's names in the comments).
META_HEADERS = (
    QT_TRANSLATE_NOOP("Surveys", "Response"),  # KEY
    QT_TRANSLATE_NOOP("Surveys", "Form version"),
    QT_TRANSLATE_NOOP("Surveys", "Started"),
    QT_TRANSLATE_NOOP("Surveys", "Submitted"),
    QT_TRANSLATE_NOOP("Surveys", "SME ID"),
    QT_TRANSLATE_NOOP("Surveys", "SME"),
    QT_TRANSLATE_NOOP("Surveys", "Workshop ID"),
    QT_TRANSLATE_NOOP("Surveys", "About agency"),
    QT_TRANSLATE_NOOP("Surveys", "Language"),
    QT_TRANSLATE_NOOP("Surveys", "Corrects response"),  # supersedes
    QT_TRANSLATE_NOOP("Surveys", "Entered by"),
)
AGENCY_HEADERS = (QT_TRANSLATE_NOOP("Surveys", "Agency code"),
                  QT_TRANSLATE_NOOP("Surveys", "Agency"))
REPEAT_HEADERS = (QT_TRANSLATE_NOOP("Surveys", "Response"),  # PARENT_KEY
                  QT_TRANSLATE_NOOP("Surveys", "Entry"))  # KEY
CHOSEN_SEPARATOR = "; "  # between the labels of a select_multiple's choices (a label has spaces)

Translate = Callable[[str], str]


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


# -- the labelled export ----------------------------------------------------------------------


class _Labels:
    """What the questions of some versions of a form (oldest first) say in `lang`: the
    newest version's words first, an older one's for what only it had."""

    def __init__(self, forms: Sequence[Form], lang: str | None) -> None:
        self.texts: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.choices: dict[str, dict[str, str]] = {}
        for form in reversed(forms):
            for question in form.questions:
                self._learn(question, lang)

    def _learn(self, question: Question, lang: str | None) -> None:
        self.texts.setdefault(question.name, question.label(lang) or question.name)
        self.kinds.setdefault(question.name, question.type)
        own = self.choices.setdefault(question.name, {})
        for choice in question.choices:
            own.setdefault(choice.name, choice.label(lang) or choice.name)

    def choice(self, question: str, name: Any) -> str:
        return self.choices.get(question, {}).get(str(name), str(name))

    def headers(self, columns: Iterable[Any]) -> list[str]:
        """A column's question text ("Which tools do you use?: E-mail" for a choice's);
        questions worded alike are told apart by their names."""
        columns = list(columns)
        texts = [self.texts.get(c.name, c.name) + (f": {self.choice(c.name, c.choice)}"
                                                   if c.choice is not None else "")
                 for c in columns]
        return [f"{text} ({column.header})" if texts.count(text) > 1 else text
                for text, column in zip(texts, columns, strict=True)]

    def value(self, column: Any, value: Any) -> Any:
        """An answer as a person reads it: a choice by its label, several by theirs."""
        from gmsdesk.forms.export import _cell

        kind = self.kinds.get(column.name)
        if column.choice is not None or value is None or value == "":
            return _cell(value, column.choice)  # a choice's own column stays 1 or 0
        if kind == "select_one":
            return self.choice(column.name, value)
        if kind == "select_multiple":
            chosen = value if isinstance(value, list) else str(value).split()
            return CHOSEN_SEPARATOR.join(self.choice(column.name, c) for c in chosen)
        return _cell(value, None)


def write_labelled(path: str | os.PathLike[str], forms: Sequence[Form],
                   responses: Iterable[Response], lang: str | None, *,
                   sheet_name: str = "responses", total: int = 0,
                   progress: ProgressFn | None = None,
                   agencies: Mapping[str, str] | None = None,
                   translate: Translate | None = None) -> ExportResult:
    """Write responses of the given versions (oldest first) to `path` (.csv or .xlsx), laid
    out as the raw export (`gmsdesk.forms.export.write_responses`: one row a response, a
    repeat's rows in a sheet or file of its own) but headed by the questions' text in `lang`
    and filled with the answers' labels; a select_multiple's choices keep their 0/1 columns,
    headed "Question: Choice". `translate` puts the headers of a response's details (when it
    was submitted, by whom…) in the reader's language. Nothing is left at `path` on failure;
    `progress` returning False cancels (Cancelled)."""
    from gmsdesk.forms.export import ExportError, _rows, layout, write_rows

    word = translate or (lambda text: text)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(QT_TRANSLATE_NOOP("Surveys",
                                            "Choose a file name ending in .csv or .xlsx."))
    plan = layout(forms)
    labels = _Labels(forms, lang)
    main_header = [word(h) for h in META_HEADERS] \
        + ([word(h) for h in AGENCY_HEADERS] if agencies is not None else []) \
        + labels.headers(plan.main)
    repeat_headers = {r: labels.headers(cols) + [word(h) for h in REPEAT_HEADERS]
                      for r, cols in plan.repeats.items()}
    # the raw export's rows, each answer written by its label (nested repeats too)
    return write_rows(target, plan, _rows(plan, responses, agencies, labels.value),
                      main_header, repeat_headers, sheet_name=sheet_name, total=total,
                      progress=progress)


def export_labelled(db: Database, form_id: str, path: str | os.PathLike[str], *,
                    lang: str | None, version: str | None = None, all_versions: bool = False,
                    filters: ResponseFilter | None = None, progress: ProgressFn | None = None,
                    translate: Translate | None = None) -> ExportResult:
    """A form's current responses, labelled in `lang` (the form's default language where it
    has not that one): the same responses `gmsdesk.forms.export.export_responses` exports
    for the same arguments (one version, the latest unless `version`; or every version), with
    each response's agency on a headquarters laptop."""
    from dataclasses import replace

    from gmsdesk.storage.errors import NotFound
    from gmsdesk.storage.surveys import ResponseFilter

    forms = db.surveys.forms_by_version(form_id)
    if not forms:
        raise NotFound("forms", form_id)
    chosen = list(forms)
    if not all_versions:
        wanted = version if version is not None else chosen[-1]
        if wanted not in forms:
            raise NotFound("forms", f"{form_id} {wanted}")
        chosen = [wanted]
    query = replace(filters or ResponseFilter(), version=None if all_versions else chosen[0])
    versions = [forms[v] for v in chosen]
    agencies = db.agencies.names(lang or "en") if db.is_hq else None
    return write_labelled(path, versions, db.surveys.query(form_id, query),
                          labels_language(versions[-1], lang), sheet_name=form_id,
                          total=db.surveys.count_responses(form_id, query), progress=progress,
                          agencies=agencies, translate=translate)
