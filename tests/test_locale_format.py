"""One rule per language for numbers, digits, dates, times and eras (`gmsdesk.i18n_format`),
and the user's choices where people differ, stored with the app's settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from gmsdesk import i18n_format as f
from gmsdesk.reports import strings

DAY = dt.date(2026, 3, 5)


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    """Each test starts from, and leaves, the default choices (they are process-wide)."""
    f.set_preferences(f.Preferences())
    yield
    f.set_preferences(f.Preferences())


def test_digits_per_language() -> None:
    assert f.format_integer("my", 1234) == "၁,၂၃၄"  # Burmese: Myanmar digits, as Qt shows
    assert f.format_integer("km", 1234) == "1,234"  # Khmer, Lao, Thai: 0-9 (CLDR)
    assert f.format_integer("lo", 1234) == "1.234"  # Lao and Vietnamese group with "."
    assert f.format_number("vi", 2006.425) == "2.006,43"
    assert f.format_number("en", 2006.425, grouping=False) == "2006.43"
    assert f.format_number("zh_CN", 12.5) == "12.5"
    assert f.format_number("en", 12.0) == "12"
    assert f.format_number("en", -0.001) == "0"
    assert f.format_number("th", 12.5, decimals=2, fixed=True) == "12.50"
    assert f.latin_digits("၁၂ ០៣ ໔ ๕") == "12 03 4 5"


def test_one_precision_for_percentages() -> None:
    shares = [0.0, 0.3, 5.26, 12.5, 99.7, 100.0]
    assert [f.format_percent("en", s) for s in shares] == [
        "0%", "<1%", "5%", "13%", ">99%", "100%"]
    assert f.format_percent("my", 45.0) == "၄၅%"


def test_dates_times_and_eras() -> None:
    assert f.format_date("th", DAY) == "5 มีนาคม พ.ศ. 2569"
    assert f.format_date("th", DAY, "short") == "5/3/2569"
    assert f.format_date("km", DAY) == "ថ្ងៃទី5 ខែមីនា ឆ្នាំ2026"
    assert f.format_date("my", DAY, "short") == "၅/၃/၂၀၂၆"
    assert f.format_date("en", DAY, "short") == "05/03/2026"
    assert f.format_date("zh_CN", DAY, "short") == "2026/3/5"
    assert f.format_date("vi", "2026-03-05T10:00:00Z") == "ngày 5 tháng 3 năm 2026"
    assert f.format_date("en", "next week") == "next week"
    # no Latin "PM" in a Khmer (or any) time: the 24-hour clock
    assert f.format_time("km", dt.time(14, 30)) == "14:30"
    assert f.format_time("my", "14:30") == "၁၄:၃၀"
    moment = dt.datetime(2026, 3, 5, 14, 30)
    assert f.format_datetime("th", moment) == "5/3/2569 14:30"
    assert f.format_year("th", 2026) == "2569" and f.format_year("en", 2026) == "2026"
    assert f.format_month_year("th", 3, 2026) == "มีนาคม 2569"


def test_the_users_choices_hold_for_screen_and_paper_alike() -> None:
    f.set_preferences(f.Preferences(native_digits={"km": True}, buddhist_era=False))
    assert f.format_integer("km", 1234) == "១,២៣៤"
    assert f.format_date("th", DAY) == "5 มีนาคม ค.ศ. 2026"
    # the PDFs' wording follows the same rule
    assert strings.format_date("km", "2026-03-05") == "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៦"
    assert strings.local_digits("km", "Page 1 of 2") == "Page ១ of ២"
    assert strings.format_period("th", "2026-01-01", "2026-12-31") == "ค.ศ. 2026"
    f.set_preferences(f.Preferences())
    assert strings.format_period("th", "2026-01-01", "2026-12-31") == "พ.ศ. 2569"
    assert strings.format_period("en", "2026-01-01", "2026-12-31") == "2026"
    assert strings.format_date("km", "2026-03-05") == f.format_date("km", DAY)


def test_settings_store_the_choices_and_apply_them(tmp_path: Path) -> None:
    from gmsdesk.ui.settings import Settings

    settings = Settings(tmp_path)
    assert settings.thai_buddhist_era is True
    assert settings.native_digits("my") is True and settings.native_digits("km") is False
    assert settings.text_size == 0
    settings.thai_buddhist_era = False
    settings.set_native_digits("km", True)
    settings.text_size = 130
    assert f.format_date("th", DAY, "short") == "5/3/2026"
    assert f.format_integer("km", 7) == "៧"
    # read back by the next start, and applied again there
    f.set_preferences(f.Preferences())
    again = Settings(tmp_path)
    assert again.thai_buddhist_era is False and again.native_digits("km") is True
    assert again.text_size == 130
    assert f.format_integer("km", 7) == "៧"
    again.text_size = 7  # not offered: automatic
    assert again.text_size == 0
