"""Country and language names from the Unicode locale data: every country an inquiry may come
from, named in each UI language, the code kept as stored when the list does not know it."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from gmsdesk import countries
from gmsdesk.paths import SOURCE_ROOT
from gmsdesk.records import catalog
from gmsdesk.storage import db as storage_db

LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")


def test_every_iso_country_has_a_name_in_every_language() -> None:
    iso = set(catalog.ISO_COUNTRIES) - {"YN"}  # the programme's Yunnan is no country
    assert set(countries.country_codes()) == iso
    for lang in LANGS:
        named = countries.names(lang)
        assert set(named) == iso
        assert all(name and name != code for code, name in named.items()), lang
    assert countries.name("JP", "en") == "Japan"
    assert countries.name("JP", "km") == "ជប៉ុន"
    assert countries.name("JP", "vi") == "Nhật Bản"
    assert countries.name("CN", "zh_CN") == "中国"
    assert countries.name("TH", "th") == "ไทย"
    assert countries.name("LA", "lo") == "ລາວ"
    assert countries.name("MM", "my") == "မြန်မာ"


def test_unknown_codes_and_languages_fall_back() -> None:
    assert countries.name("jp", "km") == "ជប៉ុន"  # typed in lower case before the list
    assert countries.name("ZZ", "km") == "ZZ"  # a bad old value shows as typed
    assert countries.name("YN", "en") == "YN"  # the UI names the economy (labels.country_name)
    assert countries.name("", "en") == "" and countries.name(None) == ""
    assert countries.name("JP", "fr") == "Japan"  # a language the app does not speak: English
    assert countries.name("JP", "km_KH") == "ជប៉ុន"
    assert not countries.is_country("YN") and countries.is_country("CN")


def test_language_names() -> None:
    assert countries.language_name("ja", "en") == "Japanese"
    assert countries.language_name("ja", "th") == "ญี่ปุ่น"
    assert countries.language_name("zh_CN", "en") == "Chinese"  # by its language
    assert countries.language_name("km", "km") == "ខ្មែរ"
    assert countries.language_name("xx", "km") == "xx"
    assert countries.language_name("hmn", "en") == "Hmong"  # the region's, without 2 letters
    assert len(countries.language_codes()) > 150
    assert set(countries.language_names("lo")) == set(countries.language_codes())


def test_the_file_is_compact_and_names_its_licence() -> None:
    path = countries.FILE
    assert path.parent.name == "seed"  # shipped with the seed data (setup.py, the installers)
    assert path.stat().st_size < 150_000
    about = json.loads(path.read_text(encoding="utf-8"))["about"]
    assert "Unicode" in about and "countries.LICENSE" in about
    licence = (path.parent / "countries.LICENSE").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in licence and "Permission is hereby granted" in licence


def test_the_file_is_what_the_generator_writes() -> None:
    """Only where Babel is installed (it builds the file, the app does not need it)."""
    pytest.importorskip("babel")
    sys.path.insert(0, str(SOURCE_ROOT / "tools" / "i18n"))
    try:
        import build_countries
    finally:
        sys.path.pop(0)
    assert build_countries.render(build_countries.build()) == countries.FILE.read_text(
        encoding="utf-8")


def test_a_missing_file_names_nothing_and_breaks_nothing(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(countries, "FILE", tmp_path / "none.json")
    countries._table.cache_clear()
    try:
        assert countries.name("JP", "km") == "JP"
        assert countries.language_name("ja", "km") == "ja"
        assert countries.country_codes() == ()
    finally:
        monkeypatch.undo()
        countries._table.cache_clear()
    assert countries.name("JP", "en") == "Japan"


def test_the_recorded_user_is_never_a_system_account(monkeypatch: pytest.MonkeyPatch) -> None:
    assert storage_db.is_system_account("root") and storage_db.is_system_account(" Administrator")
    assert not storage_db.is_system_account("sokha")
    monkeypatch.setattr(storage_db, "os_full_name", lambda: "")
    monkeypatch.setattr(storage_db, "_login", lambda: "root")
    monkeypatch.setattr(storage_db.platform, "node", lambda: "kh-laptop-07.local")
    assert storage_db.default_user() == "kh-laptop-07"  # the computer, never "root"
    monkeypatch.setattr(storage_db, "_login", lambda: "sokha")
    assert storage_db.default_user() == "sokha"
    monkeypatch.setattr(storage_db, "os_full_name", lambda: "Sokha Chea")
    assert storage_db.default_user() == "Sokha Chea"
    monkeypatch.setattr(storage_db, "os_full_name", lambda: "")
    monkeypatch.setattr(storage_db, "_login", lambda: "")
    monkeypatch.setattr(storage_db.platform, "node", lambda: "")
    assert storage_db.default_user() == "unknown"  # still someone


@pytest.mark.skipif(os.name == "nt", reason="no pwd on Windows")
def test_the_full_name_is_the_accounts_and_never_a_login(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    class Entry:
        pw_gecos = "Sokha Chea,Room 2,,"

    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: Entry())
    assert storage_db.os_full_name() == "Sokha Chea"
    Entry.pw_gecos = "root"
    assert storage_db.os_full_name() == ""
    Entry.pw_gecos = ""
    assert storage_db.os_full_name() == ""
