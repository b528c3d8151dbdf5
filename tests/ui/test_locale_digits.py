"""One digit rule on screen: counts Qt fills into a plural message ("%n change(s) waiting for
sync"), the money totals under the Services list and the time of the last sync follow
gmsdesk.i18n_format, as the PDFs do: Burmese in Myanmar digits unless the Digits setting says
0-9, Khmer in Khmer digits once chosen, English as before; a 24-hour clock in Khmer. The backup
preview says each count as a plural of its own ("1 workshop"). In Burmese the certificates tab,
an SME's fees and order values, the result of a sync and the size of a backup follow the Digits
setting too; the survey summary says "1 response" in English."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from gmsdesk import i18n_format
from gmsdesk.services.backups import Preview
from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext, CountTranslator

LATIN = re.compile("[0-9]")
WORKSHOPS = 12


@pytest.fixture(autouse=True)
def _defaults() -> Iterator[None]:
    i18n_format.set_preferences(i18n_format.Preferences())
    yield
    i18n_format.set_preferences(i18n_format.Preferences())


def seed(db: Database) -> str:
    """Twelve workshops and an SME with a fee of 2,495,000 kyat; the SME's id."""
    for i in range(WORKSHOPS):
        db.training.create_workshop({"title": f"Selling online {i}", "modules": ["B01"],
                                     "start_date": "2025-03-10", "end_date": "2025-03-11"})
    sme = db.smes.create({"name": "Shwe Pyi Lacquerware", "country": "MM",
                          "province": "Mandalay", "sector": "handicrafts"})[0].record_id
    db.training.add_service(sme, {"type": "advice", "delivered_on": "2025-03-12",
                                  "staff": "Aung Aung", "fee": 2495000, "currency": "MMK",
                                  "paid": True})
    return sme


def screen_numbers(ctx: AppContext, qtbot: Any, lang: str) -> tuple[str, str, str]:
    """The status bar's waiting changes, the Training area's count of workshops and the
    Services list's totals, in a window opened in `lang`."""
    ctx.switch_language(lang)
    window: Any = ctx.window
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    window.smes.tabs.setCurrentIndex(1)
    view = window.smes.services_tab.view
    qtbot.waitUntil(lambda: view.model.totals is not None and not view.model.loading)
    qtbot.waitUntil(lambda: window.training.model.rowCount() == WORKSHOPS)
    window.training.apply_filter()
    return (window.pending_label.text(), window.training.count_label.text(),
            view.totals_label.text())


def digits_of(lang: str, number: int, grouping: bool = False) -> str:
    return i18n_format.format_integer(lang, number, grouping=grouping)


def test_burmese_counts_and_money_in_the_digits_the_user_chose(ctx: AppContext,
                                                               qtbot: Any) -> None:
    seed(ctx.db)
    pending = ctx.db.outbox.pending_count()
    assert pending > 9

    texts = screen_numbers(ctx, qtbot, "my")
    status, workshops, totals = texts
    assert "၁၂" in workshops
    assert "၂,၄၉၅,၀၀၀ MMK" in totals
    assert digits_of("my", pending) in status
    for text in texts:
        assert not LATIN.search(text), text  # no 0-9 beside the Myanmar digits

    ctx.settings.set_native_digits("my", False)  # Settings > Digits: 0 1 2 3 ...
    status, workshops, totals = texts = screen_numbers(ctx, qtbot, "my")
    assert "12" in workshops
    assert "2,495,000 MMK" in totals
    assert str(pending) in status
    for text in texts:
        assert not re.search("[၀-၉]", text), text


def test_khmer_digits_once_chosen_and_english_as_before(ctx: AppContext, qtbot: Any) -> None:
    seed(ctx.db)
    pending = ctx.db.outbox.pending_count()
    status, workshops, totals = screen_numbers(ctx, qtbot, "km")
    assert "12" in workshops and "2,495,000 MMK" in totals  # Khmer's default is 0-9

    ctx.settings.set_native_digits("km", True)
    status, workshops, totals = texts = screen_numbers(ctx, qtbot, "km")
    assert "១២" in workshops
    assert "២,៤៩៥,០០០ MMK" in totals
    assert digits_of("km", pending) in status
    for text in texts:
        assert not LATIN.search(text), text

    status, workshops, totals = screen_numbers(ctx, qtbot, "en")
    assert status == f"{pending} changes waiting for sync"
    assert workshops == "12 workshops"
    assert "2,495,000 MMK" in totals


def test_the_time_of_a_sync_is_on_the_24_hour_clock_in_khmer(ctx: AppContext) -> None:
    from gmsdesk.ui.sync_service import format_sync_time, progress_numbers

    ctx.set_language("km")
    today = dt.datetime.combine(dt.date.today(), dt.time(13, 37)).astimezone()
    earlier = dt.datetime(2025, 3, 5, 13, 37).astimezone()
    assert format_sync_time(today.astimezone(dt.UTC).isoformat()) == "13:37"
    assert format_sync_time(earlier.astimezone(dt.UTC).isoformat()) == "5/3/2025 13:37"
    ctx.settings.set_native_digits("km", True)
    assert format_sync_time(today.astimezone(dt.UTC).isoformat()) == "១៣:៣៧"
    assert progress_numbers(24, 6394) == ("២៤", "៦,៣៩៤")


PLURALS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>{context}</name>
{messages}
</context>
</TS>
"""


def install_plurals(tmp_path: Path, lang: str, language: str,
                    forms: dict[str, list[str]],
                    context: str = "BackupPreview") -> CountTranslator:
    """A compiled translation of plural messages of `context` (the restore preview's unless
    told), loaded as the app loads its own."""
    messages = "".join(
        f'<message numerus="yes"><source>{source}</source><translation>'
        + "".join(f"<numerusform>{form}</numerusform>" for form in texts)
        + "</translation></message>" for source, texts in forms.items())
    ts, qm = tmp_path / f"plurals_{lang}.ts", tmp_path / f"plurals_{lang}.qm"
    ts.write_text(PLURALS.format(language=language, messages=messages, context=context),
                  encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    translator = CountTranslator(lang)
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    return translator


def test_the_restore_preview_says_each_count_in_its_plural(ctx: AppContext,
                                                           tmp_path: Path) -> None:
    from gmsdesk.ui.backups import preview_text

    seen = Preview(dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC), "scheduled", 2, 1, 1234,
                   "", 10)
    english = install_plurals(tmp_path, "en", "en_GB", {
        "%n SME(s)": ["%n SME", "%n SMEs"], "%n workshop(s)": ["%n workshop", "%n workshops"],
        "%n survey response(s)": ["%n survey response", "%n survey responses"]})
    try:
        text = preview_text(seen, "en")
    finally:
        QApplication.removeTranslator(english)
    assert "It holds 2 SMEs, 1 workshop and 1234 survey responses." in text

    ctx.set_language("my")
    burmese = install_plurals(tmp_path, "my", "my_MM", {
        "%n SME(s)": ["SME လုပ်ငန်း %n ခု"], "%n workshop(s)": ["အလုပ်ရုံဆွေးနွေးပွဲ %n ခု"],
        "%n survey response(s)": ["စစ်တမ်းဖြေဆိုချက် %n ခု"]})
    try:
        text = preview_text(seen, "my")
    finally:
        QApplication.removeTranslator(burmese)
    assert "SME လုပ်ငန်း ၂ ခု" in text and "အလုပ်ရုံဆွေးနွေးပွဲ ၁ ခု" in text
    assert "စစ်တမ်းဖြေဆိုချက် ၁၂၃၄ ခု" in text


MYANMAR = re.compile("[၀-၉]")


def seed_workshop(db: Database, sme: str) -> str:
    """A workshop of three days and two modules: Sok Dara completed both and came every day
    (her certificate is issued), Keo Bopha completed one and came one day. The SME got an
    order of 1,250,000 kyat too."""
    training = db.training
    wid = training.create_workshop({"title": "Getting SMEs online", "track": "basic",
                                    "modules": ["B01", "B02"], "start_date": "2025-03-10",
                                    "end_date": "2025-03-12"})[0].record_id
    done = training.create_person({"name": "Sok Dara", "sme_id": sme})[0].record_id
    half = training.create_person({"name": "Keo Bopha", "sme_id": sme})[0].record_id
    for pid in (done, half):
        training.enrol(wid, pid)
        training.set_progress(wid, pid, "B01", "completed")
    training.set_progress(wid, done, "B02", "completed")
    sessions = training.sessions(wid)
    for session in sessions:
        training.mark_attendance(wid, session.id, done)
    training.mark_attendance(wid, sessions[0].id, half)
    training.issue_certificates(wid, on="2025-03-12")
    training.add_inquiry(sme, {"received_on": "2025-03-13", "channel": "email",
                               "from_country": "TH", "outcome": "order",
                               "order_value": 1250000, "currency": "MMK"})
    return wid


def burmese_texts(ctx: AppContext, qtbot: Any, sme: str, wid: str) -> dict[str, str]:
    """What a window opened in Burmese shows: the Services list's fee, the SME's own fee,
    order value and modules completed, each certificate line of the workshop, the result of
    a sync and the size of a backup."""
    from PySide6.QtGui import QUndoStack

    from gmsdesk.sync.client import SyncReport
    from gmsdesk.ui.backups import _size
    from gmsdesk.ui.smes.activity import SmeActivityDialog
    from gmsdesk.ui.training.certificates import CertificatesView

    ctx.switch_language("my")
    window: Any = ctx.window
    qtbot.waitUntil(lambda: not window.smes.model.loading)
    window.smes.tabs.setCurrentIndex(1)
    view = window.smes.services_tab.view
    qtbot.waitUntil(lambda: view.model.totals is not None and not view.model.loading)
    texts = {"fee": view.model.index(0, view.model.sort_keys.index("fee")).data()}

    dialog = SmeActivityDialog(ctx, sme, QUndoStack(), window)
    texts["sme fee"] = dialog.services_model.index(0, 3).data()
    texts["sme order"] = dialog.inquiries_model.index(0, 5).data()
    texts["sme modules"] = dialog.training_model.index(0, 2).data()
    dialog.close()

    certificates = CertificatesView(ctx, window)
    certificates.set_workshop(ctx.db.training.workshop(wid))
    model = certificates.model
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        for column, key in ((2, "days"), (3, "modules"), (4, "certificate")):
            texts[f"{name} {key}"] = model.index(row, column).data()
    texts["rule"] = certificates.rule_days.text()
    issued = next(s for s in certificates.standings if s.issued)
    code = issued.participant.certificate_no or ""
    # A certificate number is a code, as the PDF prints it: only its date follows the rule.
    texts["Sok Dara certificate"] = texts["Sok Dara certificate"].replace(code, "CODE")
    undated = dataclasses.replace(issued, participant=dataclasses.replace(
        issued.participant, certificate_issued_on=None))
    texts["undated"] = certificates._state_text(undated).replace(code, "CODE")

    texts["sync"] = window.sync.report_text(SyncReport(sent=1234, received=56, conflicts=2))
    texts["size"] = _size(1_288_490)
    return texts


def test_burmese_certificates_money_sync_and_backups_follow_the_digits_setting(
        ctx: AppContext, qtbot: Any) -> None:
    sme = seed(ctx.db)
    wid = seed_workshop(ctx.db, sme)
    dated = i18n_format.format_date("my", "2025-03-12", "short")
    assert MYANMAR.search(dated)

    texts = burmese_texts(ctx, qtbot, sme, wid)
    assert texts["fee"] == texts["sme fee"] == "၂,၄၉၅,၀၀၀ MMK"
    assert texts["sme order"] == "၁,၂၅၀,၀၀၀ MMK"
    assert texts["sme modules"] in ("၂/၂", "၁/၂")
    assert (texts["Sok Dara days"], texts["Sok Dara modules"]) == ("၃/၃", "၂/၂")
    assert (texts["Keo Bopha days"], texts["Keo Bopha modules"]) == ("၁/၃", "၁/၂")
    assert texts["Sok Dara certificate"] == f"CODE ({dated})"
    assert texts["undated"] == "CODE"  # no "()" without a date
    assert "၃" in texts["Keo Bopha certificate"]  # "present 1 of the 3 days needed"
    assert "၁,၂၃၄" in texts["sync"] and "၅၆" in texts["sync"] and "၂" in texts["sync"]
    assert texts["size"] == "၁.၂ MB"
    for key, text in texts.items():
        assert not LATIN.search(text), (key, text)  # no 0-9 beside the Myanmar digits

    ctx.settings.set_native_digits("my", False)  # Settings > Digits: 0 1 2 3 ...
    texts = burmese_texts(ctx, qtbot, sme, wid)
    assert texts["fee"] == texts["sme fee"] == "2,495,000 MMK"
    assert texts["sme order"] == "1,250,000 MMK"
    assert (texts["Keo Bopha days"], texts["Keo Bopha modules"]) == ("1/3", "1/2")
    assert texts["Sok Dara certificate"] == "CODE (12/3/2025)"
    assert "1,234" in texts["sync"] and "56" in texts["sync"]
    assert texts["size"] == "1.2 MB"
    for key, text in texts.items():
        assert not MYANMAR.search(text), (key, text)


def test_english_says_1_response_and_2_responses(ctx: AppContext, qtbot: Any,
                                                 tmp_path: Path) -> None:
    from gmsdesk.ui.surveys.summary_view import SummaryWindow
    from tests.ui.test_surveys import check_form, import_form, submit_response

    ref = import_form(ctx.db, check_form(tmp_path))
    submit_response(ctx.db, ref, {"biz_name": "Kampot Pepper", "employees": 4,
                                  "has_website": "no"})
    english = install_plurals(tmp_path, "en", "en_GB", {
        "%n response(s)": ["%n response", "%n responses"]}, context="SummaryWindow")
    window = SummaryWindow(ctx, "ebiz_check")
    try:
        window.refresh()
        qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
        assert window.total_label.text() == "1 response"
        submit_response(ctx.db, ref, {"biz_name": "Bayon Tours", "employees": 9,
                                      "has_website": "yes", "website": "tours.example"})
        window.summary = None
        window.refresh()
        qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
        assert window.total_label.text() == "2 responses"
    finally:
        QApplication.removeTranslator(english)
        window.close()


def test_number_boxes_follow_the_digits_setting(ctx: AppContext, qtbot: Any) -> None:
    """NumberBox and DecimalBox write the Digits setting's digits (Qt's own spin box writes
    Myanmar digits in Burmese even when the user chose 0-9, and never Thai digits), take both
    kinds typed, and their value is a plain number."""
    from gmsdesk.ui.widgets import DecimalBox, NumberBox

    def boxes() -> tuple[NumberBox, DecimalBox]:
        whole, decimal = NumberBox(), DecimalBox()
        for box in (whole, decimal):
            qtbot.addWidget(box)
            box.setRange(0, 100_000)
        whole.setSuffix(" %")
        whole.setValue(75)
        decimal.setDecimals(2)
        decimal.setValue(1234.5)
        return whole, decimal

    ctx.set_language("my")
    whole, decimal = boxes()
    assert (whole.text(), decimal.text()) == ("၇၅ %", "၁၂၃၄.၅၀")
    for typed, value in (("၄၂ %", 42), ("43", 43), ("၄4", 44)):
        whole.lineEdit().setText(typed)
        whole.interpretText()
        assert whole.value() == value
    assert whole.validate("၁x", 2)[0].name == "Invalid"
    decimal.lineEdit().setText("၁၂.၇၅")
    decimal.interpretText()
    assert decimal.value() == 12.75

    ctx.settings.set_native_digits("my", False)
    ctx.set_language("my")
    whole, decimal = boxes()
    assert (whole.text(), decimal.text()) == ("75 %", "1234.50")

    ctx.settings.set_native_digits("th", True)
    ctx.set_language("th")
    whole, decimal = boxes()
    assert (whole.text(), decimal.text()) == ("๗๕ %", "๑๒๓๔.๕๐")
    whole.lineEdit().setText("๖๐ %")
    whole.interpretText()
    assert whole.value() == 60

    ctx.set_language("lo")  # Lao writes "," for the decimal mark, as Qt does
    whole, decimal = boxes()
    assert decimal.text() == "1234,50"

    ctx.set_language("en")
    whole, decimal = boxes()
    assert (whole.text(), decimal.text()) == ("75 %", "1234.50")


def test_digits_a_translator_typed_follow_the_digits_setting(ctx: AppContext) -> None:
    """"အဆင့် 1/3" as translated is shown "အဆင့် ၁/၃" (the count's rule applies to the
    translation's own numbers), and in 0-9 once the user chose them; codes keep theirs."""
    from PySide6.QtCore import QCoreApplication

    def tr(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    ctx.set_language("my")
    assert tr("ImportDialog", "Step 1 of 3: Choose a file").startswith("အဆင့် ၁/၃")
    assert tr("Backups", "Every 30 minutes") == "မိနစ် ၃၀ တိုင်း"
    assert "UTF-8" in tr("Import", "Unicode (UTF-8)")
    ctx.settings.set_native_digits("my", False)
    assert tr("ImportDialog", "Step 1 of 3: Choose a file").startswith("အဆင့် 1/3")
    ctx.set_language("en")
