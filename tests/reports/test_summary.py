"""Survey summary PDF: charts per question, blocks kept whole across page breaks."""

from __future__ import annotations

from pathlib import Path

from gmsdesk.reports.summary import SummaryItem, write_summary
from tests.reports.pdfutil import needs_poppler, page_text, render

pytestmark = needs_poppler


def _items(n: int) -> list[SummaryItem]:
    items = []
    for q in range(1, n + 1):
        items.append(SummaryItem(
            f"Question {q}: which tools do you use?", "choices", 109,
            [("Fax", 71), ("Fixed-line telephone", 98), ("E-mail", 44), ("Website", 12),
             ("ទូរស័ព្ទដៃ", 80), (f"Last choice of {q}", 3)], {}, []))
    items.append(SummaryItem("Number of employees", "number", 97, [],
                             {"n": 97, "mean": 12.4, "median": 8, "min": 1, "max": 180}, []))
    items.append(SummaryItem("What do you fear about selling online?", "text", 3, [], {},
                             ["Competitors will see our prices", "ลอกเลียนแบบลาย", "我们不知道"]))
    items.append(SummaryItem("Not answered yet", "choices", 0, [], {}, []))
    return items


def test_summary_keeps_each_question_on_one_page(tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    pages = write_summary(pdf, "Needs assessment 2026", "Country: Cambodia · Q1 2026", 109,
                          _items(9), "en")
    assert pages >= 2 and len(render(pdf, dpi=30)) == pages
    texts = [page_text(pdf, n) for n in range(1, pages + 1)]
    for q in range(1, 10):
        holding = [i for i, text in enumerate(texts) if f"Question {q}:" in text]
        assert len(holding) == 1
        assert f"Last choice of {q}" in texts[holding[0]], f"question {q} split across pages"
    assert f"Page 1 of {pages}" in texts[0] and "Total responses: 109" in texts[0]
    everything = "\n".join(texts)
    assert "98 (90%)" in everything  # counts and percentages of those who answered
    assert "Mean 12.4" in everything and "Max 180" in everything
    assert "Competitors will see our prices" in everything and "No answers yet" in everything


def test_summary_in_other_languages(tmp_path: Path) -> None:
    for lang in ("km", "my", "th", "zh_CN"):
        pdf = tmp_path / f"summary-{lang}.pdf"
        assert write_summary(pdf, "ការវាយតម្លៃតម្រូវការ", "", 0, _items(2), lang) == 1
        assert render(pdf, dpi=30)


def test_not_answered_is_a_share_of_everyone_asked(tmp_path: Path) -> None:
    """Two of ten answered: "Yes" is 100% of those who answered, "(not answered)" 80% of
    those asked (it once read 400%); the longest bar is the biggest count."""
    pdf = tmp_path / "summary.pdf"
    item = SummaryItem("Do you sell online?", "choices", 2,
                       [("Yes", 2), ("No", 0), ("(not answered)", 8)], {}, [], not_answered=8)
    assert write_summary(pdf, "Needs", "", 10, [item], "en") == 1
    text = page_text(pdf, 1)
    assert "2 (100%)" in text and "0 (0%)" in text and "8 (80%)" in text
    assert "400%" not in text
