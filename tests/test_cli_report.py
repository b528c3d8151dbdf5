"""`gmsdesk report`, run as a person runs it: the pack for a period and an economy in Khmer,
written where asked, with the engine's numbers; mistakes said plainly."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from gmsdesk.reports.strings import t
from gmsdesk.storage.db import Database
from gmsdesk.storage.indicators import Filters
from tests.reports.pdfutil import needs_poppler
from tests.reports.test_pack import (
    PERIOD,
    YEAR,
    area_rows,
    assert_same_numbers,
    build_programme,
)
from tests.test_cli import gmsdesk


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    db = Database(folder / "gmsdesk.sqlite3", user="officer")
    build_programme(db)
    db.close()
    return folder


@needs_poppler
def test_report_writes_the_pack_where_asked(data: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "out" / "pack.pdf", tmp_path / "out" / "pack.xlsx"
    result = gmsdesk("--data-dir", str(data), "report", "--period", str(YEAR), "--economy",
                     "kh", "--lang", "km", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"Wrote the report pack for {YEAR} (Economy: Cambodia) in km:"
    assert lines[1].startswith(f"  {pdf} (") and lines[1].endswith(" pages)")
    assert lines[2].startswith(f"  {xlsx} (") and lines[2].endswith(" sheets)")
    pages = int(lines[1].rsplit("(", 1)[1].split()[0])
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    assert len(list(tmp_path.glob("page*.png"))) == pages
    book = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        found = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                 for ws in book.worksheets}
    finally:
        book.close()
    about = next(iter(found.values()))
    assert about[0][0] == t("km", "pack_title")
    assert ("វិសាលភាព", "សេដ្ឋកិច្ច៖ កម្ពុជា") in about  # the scope, in Khmer
    db = Database(data / "gmsdesk.sqlite3", user="officer")
    try:
        assert_same_numbers(area_rows(found, "km"), db, Filters(economy="KH"))
    finally:
        db.close()


def test_report_says_what_is_wrong(data: Path, tmp_path: Path) -> None:
    bad = gmsdesk("--data-dir", str(data), "report", "--period", f"{YEAR}-Q5", "--pdf",
                  str(tmp_path / "p.pdf"))
    assert bad.returncode == 2 and "not a period: " in bad.stderr and "2026-Q3" in bad.stderr
    nowhere = gmsdesk("--data-dir", str(data), "report", "--period", str(YEAR))
    assert nowhere.returncode == 1 and "--pdf FILE, --xlsx FILE or both" in nowhere.stderr
    unknown = gmsdesk("--data-dir", str(data), "report", "--period", str(YEAR), "--lang", "fr",
                      "--xlsx", str(tmp_path / "p.xlsx"))
    assert unknown.returncode == 1 and "unknown language 'fr'" in unknown.stderr
    assert not list(tmp_path.iterdir())


def test_report_takes_any_period_and_the_global_language(data: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "q.xlsx"
    result = gmsdesk("--data-dir", str(data), "--lang", "zh_CN", "report", "--period",
                     f"{PERIOD.start}..{YEAR}-06-30", "--sex", "female", "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert f"for {YEAR}-01-01..{YEAR}-06-30 (" in result.stdout and " in zh_CN:" in result.stdout
    book = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        about = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    assert about[0][0] == t("zh_CN", "pack_title")
    assert ("报告期", f"{YEAR}年1月1日 – {YEAR}年6月30日") in about
