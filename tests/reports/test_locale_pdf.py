"""The summary PDF and the certificates in Khmer, Burmese, Thai and Chinese follow the screen's
rule: the same digits, era and wording ("(not answered)" translated), years not grouped, and
every Yunnan name printed (no glyph of it a box)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from gmsdesk import i18n_format
from gmsdesk.forms.summary import Block, Summary
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.reports.summary import SummaryItem, write_summary
from gmsdesk.reports.text import glyph_ids, missing_characters, split_runs
from gmsdesk.reports.training import CertificatePerson, WorkshopInfo, write_certificates
from gmsdesk.services.surveys import report_items
from gmsdesk.storage.db import Database
from tests.forms.test_locale_summary import ANSWERS, write_form
from tests.reports.pdfutil import ink, needs_poppler, page_text, render
from tests.survey_kit import answer

pytestmark = needs_poppler

YUNNAN = [("龚喆", "Gong Zhe"), ("罗燚", "Luo Yi"), ("段犇", "Duan Ben")]


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


@pytest.fixture
def summary(db: Database, tmp_path: Path) -> Summary:
    form, problems = load_xlsform(write_form(tmp_path / "needs.xlsx"))
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, "needs.xlsx")
    ref = db.surveys.form_ref("ebiz_needs", "1")
    for values in ANSWERS:
        answer(db, ref, values)
    return db.surveys.summary("ebiz_needs", lang="en")


def items_of(summary: Summary) -> list[SummaryItem]:
    """The PDF's items, with each block's digit grouping (services.report_item does not copy
    it yet)."""
    blocks: list[Block] = [q.item for q in summary.questions]
    return [dataclasses.replace(item, grouping=block.grouping)
            for item, block in zip(report_items(summary), blocks, strict=True)]


def write(summary: Summary, lang: str, folder: Path) -> str:
    pdf = folder / f"summary-{lang}.pdf"
    assert write_summary(pdf, summary.title, "", summary.total, items_of(summary), lang) >= 1
    assert render(pdf, dpi=30)
    return "\n".join(page_text(pdf, n) for n in (1, 2))


def test_summary_pdf_not_answered_and_ok_are_in_the_pdfs_language(
        summary: Summary, tmp_path: Path) -> None:
    text = write(summary, "th", tmp_path)
    assert "(not answered)" not in text and "(ไม่ได้ตอบ)" in text
    assert "รับทราบ" in text  # the acknowledge row, not "OK"
    text = write(summary, "vi", tmp_path)
    assert "(chưa trả lời)" in text and "(not answered)" not in text
    # the same through the service's own adapter (what the summary window prints)
    pdf = tmp_path / "service.pdf"
    write_summary(pdf, summary.title, "", summary.total, report_items(summary), "zh_CN")
    assert "（未作答）" in page_text(pdf)


def test_summary_pdf_numbers_follow_the_screens_rule(summary: Summary, tmp_path: Path) -> None:
    english = write(summary, "en", tmp_path)
    # the mean year of 2006, 2012 and 2024, not "2,014"; money a year is grouped
    assert "Mean 2014" in english and "2,014" not in english
    assert "Max 1,500,000" in english
    assert "Size class" in english and "size_class" not in english
    assert "Micro enterprise" in english and "Online tools" in english
    assert "1 (33%)" in english and "2 (67%)" in english  # whole percentages
    burmese = write(summary, "my", tmp_path)
    assert i18n_format.format_number("my", 2014, grouping=False) in burmese  # ၂၀၁၄
    assert "၁,၅၀၀,၀၀၀" in burmese and "2014" not in burmese
    thai = write(summary, "th", tmp_path)
    today = i18n_format.format_date("th", dt.date.today())
    assert today in thai and "พ.ศ." in today  # the date the Thai screen shows too
    assert "Mean 2014" not in thai and "2014" in thai  # a year answered is not shifted


def test_yunnan_names_print_on_certificates(tmp_path: Path) -> None:
    assert missing_characters(*(name for name, _ in YUNNAN)) == []
    workshop = WorkshopInfo(
        title="电子商务基础培训", track="basic", start_date="2026-03-03",
        end_date="2026-03-05", venue="昆明", province="云南", country="YN", partner=None,
        trainers="喆老师", agency="云南省中小企业局", modules=["为什么上网", "网上商店"])
    people = [CertificatePerson(name, latin, "普洱茶业", f"YN-{i}", "2026-03-05")
              for i, (name, latin) in enumerate(YUNNAN, 1)]
    pdf = tmp_path / "certificates.pdf"
    assert write_certificates(pdf, workshop, people, "zh_CN") == 3
    for name, _ in YUNNAN:
        for bold in (False, True):
            assert all(gid != 0 for _, gid in glyph_ids(name, bold)), name
        assert "GMS-zhx-Bold" in [font for font, _ in split_runs(name, True)]
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout
    assert "NotoSansSCGMSExt" in fonts
    assert all(latin in page_text(pdf, n) for n, (_, latin) in enumerate(YUNNAN, 1))
    pages = render(pdf, dpi=40)
    assert len(pages) == 3
    assert all(ink(page, (150, 260, 690, 340), 40, 595.3) > 0 for page in pages)


def test_characters_no_font_has_are_reported_before_printing() -> None:
    assert missing_characters("Sok Dara", "សុខ ដារា", "Nguyễn Thị Hương", "สมชาย") == []
    assert missing_characters("Ai Kham 🙂", "ᦟᦲᧁ ᦅᦱᧂ", "龚喆") == ["🙂", "ᦟ", "ᦲ", "ᧁ",
                                                                     "ᦅ", "ᦱ", "ᧂ"]
    assert missing_characters("tab\tand\nline") == []


def test_khmer_and_thai_documents_follow_the_users_choices(
        summary: Summary, tmp_path: Path) -> None:
    i18n_format.set_preferences(i18n_format.Preferences(native_digits={"km": True},
                                                        buddhist_era=False))
    khmer = write(summary, "km", tmp_path)
    assert "៣" in khmer  # three responses, in Khmer digits as chosen
    thai = write(summary, "th", tmp_path)
    assert "ค.ศ." in thai and "พ.ศ." not in thai
