"""Nothing a person reads is a code: countries and languages by their names in the UI language
(picked from the whole list, searched as one types, stored as ISO codes), form versions as the
date they stamp, sizes with translatable units, fees as every list writes money, and never a
login such as "root" as the person's name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gmsdesk.storage.agencies import profile_id
from gmsdesk.ui import labels
from gmsdesk.ui.network.area import NetworkArea
from gmsdesk.ui.network.dialog import AgencyDialog
from gmsdesk.ui.network.labels import fee_editor_text, fee_stored, fee_text
from gmsdesk.ui.pickers import CountryCombo, LanguagesDialog, PairsDialog
from gmsdesk.ui.smes.activity import InquiryDialog


def test_countries_by_name_in_the_ui_language(ctx: Any) -> None:
    assert labels.country_name("JP") == "Japan"
    assert labels.country_name("YN") == "Yunnan (China)"  # old values: the economy, named
    assert labels.country_name("ZZ") == "ZZ"  # not in the list: as typed
    assert labels.country_name(None) == ""
    ctx.set_language("km")
    assert labels.country_name("JP") == "ជប៉ុន"
    ctx.set_language("zh_CN")
    assert labels.country_name("US") == "美国"


def test_the_country_picker_searches_names_and_stores_the_code(ctx: Any, qtbot: Any) -> None:
    ctx.set_language("vi")
    combo = CountryCombo(placeholder="…")
    qtbot.addWidget(combo)
    assert combo.count() > 240 and combo.code() is None
    completer = combo.completer()
    completer.setCompletionPrefix("NHAT BAN")  # no accents, any case, any part of the name
    assert completer.completionCount() >= 1 and completer.currentCompletion() == "Nhật Bản"
    completer.setCompletionPrefix("japan")  # its English name finds it too
    assert completer.currentCompletion() == "Nhật Bản"
    combo.setEditText("Nhật Bản")
    assert combo.code() == "JP"
    for typed, code in (("jp", "JP"), ("Japan", "JP"), ("trung quoc", "CN"), ("", None),
                        ("Atlantis", "Atlantis")):
        combo.setEditText(typed)
        assert combo.code() == code, typed
    combo.set_code("XQ")  # a bad old value: shown and kept as it is
    assert combo.currentText() == "XQ" and combo.code() == "XQ"
    combo.set_code("TH")
    assert combo.currentText() == "Thái Lan" and combo.code() == "TH"
    combo.set_code(None)
    assert combo.currentText() == "" and combo.code() is None


def test_an_inquiry_asks_for_a_country_by_name(ctx: Any, qtbot: Any) -> None:
    ctx.set_language("km")
    dialog = InquiryDialog(None, staff="")
    qtbot.addWidget(dialog)
    label = dialog.form.labelForField(dialog.country_combo.parentWidget())
    assert label is not None and "two letters" not in label.text()
    dialog.country_combo.set_code("JP")
    assert dialog.country_combo.currentText() == "ជប៉ុន"
    assert dialog.values()["from_country"] == "JP"


def test_form_versions_read_as_their_date(ctx: Any) -> None:
    assert labels.form_version_label("2026120501") == "05/12/2026 (no. 1)"
    assert labels.form_version_label("2026120512", "th") == "5/12/2569 (no. 12)"
    assert labels.form_version_label("2026120501", "my") == "၅/၁၂/၂၀၂၆ (no. ၁)"
    assert labels.form_version_label("2026120501", "zh_CN") == "2026/12/5 (no. 1)"
    assert labels.form_version_label("2026133201") == "2026133201"  # no such day: as written
    assert labels.form_version_label("2026133201", "my") == "၂၀၂၆၁၃၃၂၀၁"
    assert labels.form_version_label("1") == "1"
    assert labels.form_version_label("v2.1", "my") == "v၂.၁"
    assert labels.form_version_label(None) == ""


def test_sizes_with_units_a_translator_can_write(ctx: Any) -> None:
    assert labels.format_size("en", 713_625) == "696.9 KB"
    assert labels.format_size("en", 500) == "500 bytes"
    assert labels.format_size("en", 3 * 1024 ** 3) == "3 GB"
    assert labels.format_size("vi", 1_572_864) == "1,5 MB"
    assert labels.format_size("my", 713_625) == "၆၉၆.၉ KB"


def test_fees_follow_the_one_money_rule(ctx: Any) -> None:
    assert fee_text("1500000", "VND") == "1,500,000 VND"
    assert fee_text("1,500,000", "VND") == "1,500,000 VND"  # as stored before
    assert fee_text("15 per page", "USD") == "15.00 USD per page"
    assert fee_text("USD 250", "USD") == "250.00 USD"
    assert fee_text("free of charge", "USD") == "free of charge"
    assert fee_text("50-100", "USD") == "50-100"  # a range: as typed
    assert fee_text("", "USD") == ""
    ctx.set_language("vi")
    assert fee_text("1500000", "VND") == "1.500.000 VND"
    assert fee_editor_text("1500000", "VND") == "1.500.000"
    assert fee_stored("1.500.000", "VND") == "1500000"
    assert fee_stored("15,5 mỗi trang", "USD") == "15.5 mỗi trang"
    assert fee_stored("miễn phí", "USD") == "miễn phí"
    ctx.set_language("my")
    assert fee_text("2495000", "MMK") == "၂,၄၉၅,၀၀၀ MMK"


def _agency(ctx: Any) -> None:
    db = ctx.db
    db.set_meta_atomic("agency_hq", "1")
    db.agencies.save(None, {
        "agency": "kh-sr", "name": "Siem Reap Chamber of Commerce", "country": "KH",
        "languages": ["km", "en", "ja"],
        "services": [{"type": "translation", "fee": "1,500,000", "currency": "KHR",
                      "languages": ["km-ja"]}]})


def test_an_agency_profile_names_its_languages(ctx: Any, qtbot: Any) -> None:
    _agency(ctx)
    ctx.set_language("km")
    area = NetworkArea(ctx, QUndoStack(), None)
    qtbot.addWidget(area)
    area.select_id(profile_id("kh-sr"))
    text = area.detail.text()
    assert "ខ្មែរ → ជប៉ុន" in text and "km-ja" not in text and ", ja" not in text
    assert "1,500,000 KHR" in text
    area.search.setText("ជប៉ុន")  # the name as the screen writes it finds the agency
    assert area.model.rowCount() == 1

    dialog = AgencyDialog(ctx.db, ctx.db.agencies.get(profile_id("kh-sr")))
    qtbot.addWidget(dialog)
    assert dialog.languages.line.text() == "ខ្មែរ, អង់គ្លេស, ជប៉ុន"
    pairs = dialog.services.widget_at(0, 3)
    assert "ja" not in pairs.line.text() and "→" in pairs.line.text()
    assert dialog.services.widget_at(0, 1).text() == "1,500,000"
    assert not dialog.is_modified()  # shown in the language's way, stored as it was

    # Languages are ticked in a list, found by name.
    chooser = LanguagesDialog(dialog.languages.codes())
    qtbot.addWidget(chooser)
    chooser.search.setText("thai")  # the English name finds it in Khmer too
    shown = [chooser.list.item(r) for r in range(chooser.list.count())
             if not chooser.list.item(r).isHidden()]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in shown] == ["th"]
    chooser.set_checked("th")
    chooser.set_checked("en", False)
    assert chooser.codes() == ["km", "ja", "th"]  # the kept ones in order, then the new

    # A pair is two pickers: from one language into another.
    pairs_dialog = PairsDialog(pairs.codes())
    qtbot.addWidget(pairs_dialog)
    pairs_dialog.source.set_code("km")
    pairs_dialog.target.setEditText("Thai")
    assert pairs_dialog.add_chosen() and pairs_dialog.pairs() == ["km-ja", "km-th"]
    pairs_dialog.source.set_code("km")
    pairs_dialog.target.set_code("km")
    assert not pairs_dialog.add_chosen() and pairs_dialog.message.isVisibleTo(pairs_dialog)
    pairs.set_codes(pairs_dialog.pairs())
    dialog.languages.set_codes(chooser.codes())
    assert dialog.is_modified()
    values = dialog.values()
    assert values["languages"] == ["km", "ja", "th"]
    assert values["services"][0]["languages"] == ["km-ja", "km-th"]
    assert values["services"][0]["fee"] == "1,500,000"  # unchanged: as stored
    dialog.services.widget_at(0, 1).setText("2.000.000")
    assert dialog.values()["services"][0]["fee"] == "2000000"


def test_no_login_is_a_persons_name(ctx: Any, monkeypatch: Any) -> None:
    from gmsdesk.storage import db as storage_db

    assert labels.user_label("root") == "someone (no name given)"
    assert labels.user_label("Sokha") == "Sokha"
    monkeypatch.setattr(storage_db, "os_full_name", lambda: "")
    assert ctx.settings.person_name == ""  # nothing typed, no full name: asked for
    monkeypatch.setattr(storage_db, "os_full_name", lambda: "Sokha Chea")
    assert ctx.settings.person_name == "Sokha Chea"
    ctx.set_user_name("Dara")
    assert ctx.settings.person_name == "Dara" and ctx.user == "Dara"


def test_the_first_start_asks_for_a_name(ctx: Any, qtbot: Any, monkeypatch: Any) -> None:
    from gmsdesk.storage import db as storage_db
    from gmsdesk.ui import first_run

    monkeypatch.setattr(storage_db, "os_full_name", lambda: "")
    wizard = first_run.FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    you = wizard.you_page
    assert you.name.text() == "" and you.name.placeholderText()
    assert not you.isComplete()
    you.name.setText("Bounmy")
    assert you.isComplete()
    assert you.place.economy.currentText() == "Choose…"
    line = you.place.province.lineEdit()
    assert line is not None and line.placeholderText() == "Type or choose a province"
    wizard.reject()
