"""The report pack on a database filled by the demo (SMEs, workshops with their people, services,
presences, inquiries, events) with workshop evaluations and targets: the PDF in English, Khmer,
Burmese and Chinese renders page by page with every glyph in its font; the workbook read back
holds the numbers the indicator engine and the dashboard compute for the same selection; a
cancelled pack leaves no file; the Reports area's button makes one in the background."""

from __future__ import annotations

import random
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk import demo
from gmsdesk.reports import pack as printed
from gmsdesk.reports import periods
from gmsdesk.reports.strings import t
from gmsdesk.reports.text import glyph_ids
from gmsdesk.services import figures
from gmsdesk.services.report_pack import PackRequest, gather, make_pack
from gmsdesk.storage.db import Database
from gmsdesk.storage.indicators import CRITERIA, EVALUATION_FORM, Filters
from gmsdesk.storage.records import RecordWriter
from tests.reports.pdfutil import needs_poppler, page_text, render

pytestmark = needs_poppler

YEAR = date.today().year - 1  # a whole year of records behind it, whatever today is
PERIOD = periods.year(YEAR)
TARGETS = {"people_trained": 40.0, "services_delivered": 200.0, "inquiries_abroad": 30.0,
           "completion_rate": 90.0, "evaluation_relevance": 4.0, "smes_online": 500.0}
FONTS = {"en": "NotoSans-", "km": "NotoSansKhmer-", "my": "NotoSansMyanmar-",
         "zh_CN": "NotoSansSCGMS-"}


def build_programme(db: Database) -> None:
    """Demo SMEs, five workshops held in YEAR, the SMEs' activity, two dozen workshop
    evaluations submitted in YEAR, and programme targets for YEAR and the year before."""
    db.smes.create_many(demo.generate_smes(300, seed=11))
    workshops = [demo.generate_workshop(db, participants=12, days=2, seed=i,
                                        start=date(YEAR, 2 + 2 * i, 3)) for i in range(5)]
    demo.generate_activity(db, seed=4)
    spec = db.sync.specs()["survey_responses"]
    writer = RecordWriter(db)
    rng = random.Random(7)
    for i in range(24):
        answers = {"participant_type": "sme_owner", "sex": rng.choice(("female", "male")),
                   **{f"r_{c}": str(rng.randint(2, 5)) for c in CRITERIA}}
        writer.insert(spec, {"form_ref": "f", "form_id": EVALUATION_FORM, "form_version": "1",
                             "answers": answers, "workshop_id": workshops[i % 5],
                             "submitted_at": f"{YEAR}-{i % 12 + 1:02d}-15T10:00:00"})
    for code, value in TARGETS.items():
        for year, share in ((YEAR, 1.0), (YEAR - 1, 0.8)):
            db.targets.save({"indicator": code, "scope": "programme",
                             "period_start": f"{year}-01-01", "period_end": f"{year}-12-31",
                             "value": value * share, "baseline": 1})


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(tmp_path_factory.mktemp("pack") / "gmsdesk.sqlite3", user="tester")
    build_programme(db)
    yield db
    db.close()


def dark(image: Any) -> int:
    return sum(image.histogram()[:160])


def sheets(xlsx: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in book.worksheets}
    finally:
        book.close()


def area_rows(book: dict[str, list[tuple[Any, ...]]], lang: str
              ) -> dict[str, list[tuple[Any, ...]]]:
    """Code -> its rows on the area sheets (one per currency for money)."""
    head = (t(lang, "col_code"), t(lang, "col_indicator"))
    out: dict[str, list[tuple[Any, ...]]] = {}
    for rows in book.values():
        if rows and rows[0][:2] == head and rows[0][3] == t(lang, "col_actual"):
            for row in rows[1:]:
                out.setdefault(str(row[0]), []).append(row)
    return out


def assert_same_numbers(rows: dict[str, list[tuple[Any, ...]]], db: Database,
                        filters: Filters) -> None:
    """Every indicator's actual in the workbook is what the engine computes."""
    dated = Filters(PERIOD.start, PERIOD.end, filters.economy, filters.province,
                    filters.agency, filters.sector, filters.sex)
    catalogue = db.indicators.catalogue()
    assert set(rows) == {i.code for i in catalogue}
    for indicator in catalogue:
        found = rows[indicator.code]
        if figures.unfiltered(dated, indicator):
            assert found[0][3] is None, indicator.code
            continue
        expected = db.indicators.compute(indicator.code, dated)
        if indicator.unit == "money" and expected.by_currency:
            assert {r[4]: r[3] for r in found} == pytest.approx(dict(expected.by_currency))
        elif expected.value is None:
            assert found[0][3] is None, indicator.code
        else:
            assert found[0][3] == pytest.approx(expected.value), indicator.code


@pytest.mark.parametrize("lang", ["en", "km", "my", "zh_CN"])
def test_pack_in_four_scripts(programme: Database, tmp_path: Path, lang: str) -> None:
    pdf, xlsx = tmp_path / f"pack-{lang}.pdf", tmp_path / f"pack-{lang}.xlsx"
    written = make_pack(programme, figures, PackRequest(PERIOD, Filters(), lang, pdf, xlsx))
    assert written is not None and written.pages >= 8 and written.sheets >= 10
    images = render(pdf, dpi=40)
    assert len(images) == written.pages
    for number, image in enumerate(images, 1):  # no blank page: text or charts in its body
        body = image.crop((0, 40, image.width, image.height - 40))  # running head, footer out
        assert dark(body) > 100, f"page {number} of the {lang} pack is blank"
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout
    assert f"+{FONTS[lang]}Bold" in fonts and f"+{FONTS[lang]}Regular" in fonts
    assert " no " not in fonts.split("\n", 2)[2]  # every font embedded

    # every text the pack prints has its glyphs: no box anywhere
    data = written.pack
    texts = [t(lang, k) for k in ("pack_title", "pack_subtitle", "reading", "evaluation_note")]
    texts += [printed.scope_text(lang, data), printed.format_period(lang, PERIOD.start,
                                                                    PERIOD.end)]
    for line in data.lines:
        texts += [printed.indicator_title(lang, line.indicator),
                  printed.indicator_definition(lang, line.indicator),
                  printed.area_title(lang, line.indicator.area)]
    for table in (*data.tables, *([data.evaluation] if data.evaluation else [])):
        texts.append(printed.table_title(lang, table, data))
        texts += [printed.key_label(lang, table.rows_by, k, data) for k in table.rows]
        if table.columns_by:
            texts += [printed.key_label(lang, table.columns_by, k, data) for k in table.columns]
    for text in texts:
        for bold in (False, True):
            assert all(gid != 0 for _, gid in glyph_ids(text, bold)), f"{lang}: {text!r}"

    # the workbook holds the engine's numbers
    assert_same_numbers(area_rows(sheets(xlsx), lang), programme, Filters())
    if lang in ("en", "zh_CN"):  # scripts whose text layer reads back as written
        text = unicodedata.normalize("NFKC", page_text(pdf))  # "ﬁ" is a ligature
        for key in ("pack_title", "section_indicators", "section_disaggregations",
                    "section_evaluation", "section_definitions"):
            assert unicodedata.normalize("NFKC", t(lang, key)) in text
        assert printed.indicator_title(lang, data.lines[0].indicator) in text


def test_the_pack_shows_the_dashboard(programme: Database, tmp_path: Path) -> None:
    """Values, targets, percent and status as the dashboard has them; disaggregations whose
    totals are the engine's; the five criteria's means."""
    scope = figures.target_scope(Filters(), False, "")
    board = {x.indicator.code: x for x in figures.dashboard(programme, Filters(), PERIOD,
                                                            scope).lines}
    data = gather(programme, figures, PERIOD, Filters(), "en")
    for line in data.lines:
        shown = board[line.indicator.code]
        assert line.value == shown.value
        assert line.target == shown.target_value
        assert line.percent == figures.percent_of_target(shown.value, shown.target_value)
        assert line.status == figures.status(line.percent)
        assert [p.actual for p in line.trend] == [figures.amount(v) for v in shown.trend]
        assert [p.target for p in line.trend] == list(shown.targets)
    trained = data.line("people_trained")
    assert trained is not None and trained.target == 40 and trained.value is not None
    assert trained.trend[-2].target == pytest.approx(32.0)  # last year's target, in the trend
    dated = Filters(PERIOD.start, PERIOD.end)

    by = {(x.code, x.rows_by, x.columns_by): x for x in data.tables}
    people = by[("people_trained", "province", "sex")]
    assert people.total == programme.indicators.compute("people_trained", dated)
    for province in people.rows:
        if province:
            assert people.row_totals[province] == programme.indicators.compute(
                "people_trained", Filters(PERIOD.start, PERIOD.end, province=province))
    assert sum((people.column_totals[s].value or 0) for s in people.columns) == \
        people.total.value
    services = by[("services_delivered", "type", "economy")]
    assert sum(services.column_totals[e].value or 0 for e in services.columns) == \
        programme.indicators.compute("services_delivered", dated).value
    origins = by[("inquiries_received", "economy", "indicator")]
    for code in ("inquiries_abroad", "inquiries_domestic", "inquiries_received"):
        assert origins.column_totals[code] == programme.indicators.compute(code, dated)
        assert sum(origins.cells[(r, code)].value or 0 for r in origins.rows) == \
            origins.column_totals[code].value
    assert data.evaluation is not None
    assert data.evaluation.rows == tuple(f"evaluation_{c}" for c in CRITERIA)
    for code in data.evaluation.rows:
        mean = programme.indicators.compute(code, dated)
        assert mean.denominator == 24 and data.evaluation.row_totals[code] == mean

    pdf = tmp_path / "pack.pdf"
    make_pack(programme, figures, PackRequest(PERIOD, Filters(), "en", pdf=pdf))
    text = unicodedata.normalize("NFKC", page_text(pdf))
    assert f"{trained.value.value:,.0f}" in text  # type: ignore[union-attr]
    assert "Target met" in text or "Behind target" in text or "Near target" in text
    assert "People trained by province and sex" in text
    assert "Inquiries from abroad and domestic" in text and "Mean ratings by sex" in text


def test_a_selection_narrows_the_pack(programme: Database, tmp_path: Path) -> None:
    """One economy: its numbers, the targets that apply to it (a wider one for reference), and
    no disaggregation by the economy chosen."""
    xlsx = tmp_path / "kh.xlsx"
    chosen = Filters(economy="KH", sex="female")
    written = make_pack(programme, figures, PackRequest(PERIOD, chosen, "km", xlsx=xlsx))
    assert written is not None and written.pdf is None and not (tmp_path / "kh.pdf").exists()
    assert_same_numbers(area_rows(sheets(xlsx), "km"), programme, chosen)
    data = written.pack
    assert data.scope is None  # no target is set for a selection by sex
    assert all(x.columns_by != "economy" and x.rows_by != "sex" and x.columns_by != "sex"
               for x in data.tables)
    smes = data.line("smes_online")
    assert smes is not None and smes.not_counted_by == ("sex",) and smes.value is None

    economy = gather(programme, figures, PERIOD, Filters(economy="KH"), "en")
    assert economy.scope == ("economy", "KH")
    trained = economy.line("people_trained")
    assert trained is not None and trained.target is None and trained.wider == 40
    assert [x.target.indicator for x in economy.targets if x.measured] == []
    assert {x.target.indicator for x in economy.targets} == set(TARGETS)


def test_cancel_leaves_the_old_files_and_nothing_half_written(programme: Database,
                                                              tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    pdf.write_bytes(b"the pack of last quarter")
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 800  # stop while the PDF is being written

    request = PackRequest(PERIOD, Filters(), "en", pdf, xlsx)
    assert make_pack(programme, figures, request, progress) is None
    assert pdf.read_bytes() == b"the pack of last quarter" and not xlsx.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]
    assert seen == sorted(seen) and seen[-1] >= 800
    seen.clear()
    assert make_pack(programme, figures, request, lambda d, n: seen.append(d) or True)
    assert seen[-1] == 1000 and pdf.read_bytes().startswith(b"%PDF")


def test_the_reports_area_makes_a_pack(tmp_path: Path, qtbot: Any, monkeypatch: Any) -> None:
    """"Report pack…" asks the language and the file, writes both files off the UI thread
    and says where; Cancel stops one and leaves nothing."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

    from gmsdesk.ui.application import AppContext
    from gmsdesk.ui.fonts import apply_app_font, register_fonts

    qapp = QApplication.instance()
    register_fonts()
    apply_app_font(qapp)
    data = tmp_path / "data"
    data.mkdir()
    ctx = AppContext(data, "en")
    try:
        build_programme(ctx.db)
        window: Any = ctx.open_window()
        qtbot.waitUntil(lambda: not window.smes.model.loading)
        window.show_area(4)
        area = window.reports
        qtbot.waitUntil(lambda: area.last_dashboard is not None and not area.computing,
                        timeout=30_000)
        area.filter_bar.set_period("year", YEAR)
        assert area.filter_bar.period() == PERIOD
        pdf = tmp_path / "out" / "pack.pdf"
        pdf.parent.mkdir()
        monkeypatch.setattr(QInputDialog, "getItem",
                            staticmethod(lambda *a, **k: ("ខ្មែរ", True)))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(pdf.with_suffix("")), "")))
        area.pack_button.click()
        qtbot.waitUntil(lambda: area.pack_button.isEnabled(), timeout=60_000)
        assert pdf.exists() and pdf.with_suffix(".xlsx").exists()
        assert str(pdf) in area.info.text()
        book = sheets(pdf.with_suffix(".xlsx"))
        about = next(iter(book.values()))
        assert about[0][0] == t("km", "pack_title")  # the language chosen
        assert_same_numbers(area_rows(book, "km"), ctx.db, Filters())  # the period chosen

        again = tmp_path / "out" / "cancelled.pdf"
        area.make_pack("en", again, again.with_suffix(".xlsx"))
        assert not area.pack_button.isEnabled()
        area.cancel_pack()
        assert area.pack_button.isEnabled() and "cancelled" in area.info.text()
        qtbot.wait(1500)  # whatever the worker was doing has stopped by now
        assert sorted(p.name for p in pdf.parent.iterdir()) == ["pack.pdf", "pack.xlsx"]
        window.close()
    finally:
        ctx.close()
