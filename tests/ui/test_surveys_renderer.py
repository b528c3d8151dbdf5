"""The renderer's widgets, keyboard and speed; the shipped forms offered on first use."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gmsdesk.storage.db import Database
from gmsdesk.ui.application import AppContext
from gmsdesk.ui.surveys import questions as qw
from gmsdesk.ui.surveys.renderer import FormRenderer
from tests.ui.test_surveys import (
    SURVEYS,
    activate,
    editor,
    import_form,
    message,
    question,
    write_xlsform,
)


def open_renderer(qtbot: Any, db: Database, ref: str, **kwargs: Any) -> FormRenderer:
    draft = db.surveys.create_draft(ref)
    renderer = FormRenderer(db, db.surveys.form(ref), {}, draft_id=draft, **kwargs)
    qtbot.addWidget(renderer)
    with qtbot.waitActive(renderer):
        renderer.show()
        renderer.activateWindow()
    return renderer


def every_type_form(folder: Path) -> Path:
    many = [{"list_name": "province", "name": f"p{i}", "label": f"Province {i}"}
            for i in range(15)]
    return write_xlsform(folder / "types.xlsx", [
        {"type": "begin_group", "name": "all", "label": "Every type on one page"},
        {"type": "note", "name": "intro", "label": "Thank you for taking part."},
        {"type": "text", "name": "name", "label": "Name"},
        {"type": "text", "name": "story", "label": "Your story", "appearance": "multiline"},
        {"type": "decimal", "name": "price", "label": "Price (USD)"},
        {"type": "select_one province", "name": "province", "label": "Province"},
        {"type": "select_one yes_no", "name": "agree", "label": "Agree?",
         "appearance": "minimal"},
        {"type": "date", "name": "visit", "label": "Visit date"},
        {"type": "time", "name": "opens", "label": "Opening time"},
        {"type": "acknowledge", "name": "consent", "label": "I agree to take part"},
        {"type": "range", "name": "score", "label": "Score", "parameters": "start=0 end=10 step=2"},
        {"type": "calculate", "name": "double", "label": "Twice the price",
         "calculation": "${price} * 2"},
        {"type": "text", "name": "fixed", "label": "Fixed", "read_only": "yes",
         "default": "locked"},
        {"type": "end_group"},
    ], [{"list_name": "yes_no", "name": "yes", "label": "Yes"},
        {"list_name": "yes_no", "name": "no", "label": "No"}, *many],
        {"form_id": "types", "version": "1"})


def test_one_widget_per_question_type(qtbot: Any, db: Database, tmp_path: Path) -> None:
    ref = import_form(db, every_type_form(tmp_path))
    renderer = open_renderer(qtbot, db, ref)
    widgets = {key[0]: w for key, w in renderer.widgets.items()}
    assert isinstance(widgets["intro"], qw.NoteWidget) and widgets["intro"].editor is None
    assert isinstance(editor(renderer, "story"), type(widgets["story"].text_edit))
    assert widgets["province"].use_combo  # 15 choices: a combo box, not 15 radio buttons
    assert widgets["agree"].use_combo  # appearance minimal
    assert not editor(renderer, "fixed").isEnabled() or editor(renderer, "fixed").isReadOnly()

    # Decimal: a comma works as the decimal mark; the calculation follows live.
    price = editor(renderer, "price")
    price.setText("2,5")
    assert renderer.state.get("price") == 2.5
    assert widgets["double"].line.text() == "5"
    # A half-typed number is not sent on, and says what is wrong.
    price.setText("-")
    price.editingFinished.emit()
    assert message(renderer, "price") == "Enter a number, for example 2.5."
    price.setText("3")
    assert message(renderer, "price") is None

    # Dates and times start explicitly unanswered, whatever the editor shows.
    visit = widgets["visit"]
    assert visit.unanswered.isChecked() and renderer.state.get("visit") is None
    visit.date_edit.setDate(QDate(2024, 3, 15))
    assert not visit.unanswered.isChecked() and renderer.state.get("visit") == "2024-03-15"
    visit.unanswered.setChecked(True)
    assert renderer.state.get("visit") is None
    widgets["opens"].unanswered.setChecked(False)
    assert renderer.state.get("opens") == widgets["opens"].time_edit.time().toString("HH:mm")

    widgets["consent"].box.setChecked(True)
    assert renderer.state.get("consent") == "OK"
    assert widgets["consent"].box.text() == "OK"
    score = widgets["score"]
    assert score.value_label.text() == "—"
    score.slider.setValue(3)
    assert renderer.state.get("score") == 6 and score.value_label.text() == "6"

    combo = editor(renderer, "province")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("p7"))
    assert renderer.state.get("province") == "p7"
    combo.setCurrentIndex(0)
    assert renderer.state.get("province") is None  # "not answered" is a choice too
    renderer.close()


def test_datetime_picker_and_what_is_never_shown(qtbot: Any, db: Database,
                                                 tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "meta.xlsx", [
        {"type": "start", "name": "start"},
        {"type": "end", "name": "end"},
        {"type": "deviceid", "name": "device"},
        {"type": "username", "name": "user"},
        {"type": "hidden", "name": "source", "default": "gms"},
        {"type": "datetime", "name": "met", "label": "When did you meet?"},
        {"type": "range", "name": "age", "label": "Age", "parameters": "start=18 end=80",
         "appearance": "picker"},
        {"type": "range", "name": "kg", "label": "Kg",
         "parameters": "start=0.5 end=5 step=0.5", "appearance": "picker"},
    ], settings={"form_id": "meta", "version": "1"})
    renderer = open_renderer(qtbot, db, import_form(db, path))
    shown = {key[0] for key in renderer.widgets}
    assert shown == {"met", "age", "kg"}  # metadata and hidden values have no widget

    met = question(renderer, "met")
    assert isinstance(met, qw.DateTimeWidget) and met.unanswered.isChecked()
    met.date_edit.setDate(QDate(2024, 3, 15))
    met.time_edit.setTime(QTime(10, 45))
    local = dt.datetime(2024, 3, 15, 10, 45).astimezone()
    assert renderer.state.get("met") == local.isoformat(timespec="milliseconds")
    # A time recorded elsewhere (another offset) is shown in this laptop's time.
    elsewhere = local.astimezone(dt.timezone(dt.timedelta(hours=6, minutes=30)))
    met.set_value(elsewhere.isoformat(timespec="milliseconds"))
    assert met.time_edit.time() == QTime(10, 45)

    age, kg = question(renderer, "age"), question(renderer, "kg")
    assert isinstance(age.picker, QSpinBox) and isinstance(kg.picker, QDoubleSpinBox)
    age.picker.setValue(45)
    kg.picker.setValue(2.5)
    assert renderer.state.get("age") == 45 and renderer.state.get("kg") == 2.5
    kg.picker.setValue(2.3)  # off the steps of 0.5: said next to the question
    kg.committed.emit()
    assert message(renderer, "kg")

    assert renderer.save_draft()
    saved = db.surveys.draft(renderer.draft_id).answers
    assert saved["device"] == f"gmsdesk:{db.device_id}" and saved["user"] == db.user
    assert saved["source"] == "gms" and saved["start"] <= saved["end"]
    renderer.close()


def test_keyboard_tab_order_and_page_keys(qtbot: Any, db: Database, tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "keys.xlsx", [
        {"type": "begin_group", "name": "one", "label": "One"},
        {"type": "text", "name": "a", "label": "A"},
        {"type": "integer", "name": "b", "label": "B"},
        {"type": "text", "name": "c", "label": "C"},
        {"type": "end_group"},
        {"type": "begin_group", "name": "two", "label": "Two"},
        {"type": "text", "name": "d", "label": "D"},
        {"type": "end_group"},
        {"type": "begin_group", "name": "three", "label": "Three"},
        {"type": "text", "name": "e", "label": "E"},
        {"type": "end_group"},
    ], settings={"form_id": "keys", "version": "1"})
    renderer = open_renderer(qtbot, db, import_form(db, path))
    activate(qtbot, renderer)
    assert QApplication.focusWidget() is editor(renderer, "a")
    qtbot.keyClick(editor(renderer, "a"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor(renderer, "b")
    qtbot.keyClick(editor(renderer, "b"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor(renderer, "c")
    qtbot.keyClick(editor(renderer, "c"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert renderer.current == 1
    assert QApplication.focusWidget() is editor(renderer, "d")
    qtbot.keyClick(editor(renderer, "d"), Qt.Key.Key_PageDown)
    assert renderer.current == 2 and renderer.submit_button.isVisible()
    qtbot.keyClick(editor(renderer, "e"), Qt.Key.Key_PageUp)
    qtbot.keyClick(editor(renderer, "d"), Qt.Key.Key_PageUp)
    assert renderer.current == 0
    renderer.close()


def test_a_page_skipped_when_nothing_on_it_is_relevant(qtbot: Any, db: Database,
                                                       tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "skip.xlsx", [
        {"type": "select_one yes_no", "name": "online", "label": "Do you sell online?"},
        {"type": "begin_group", "name": "shop", "label": "Online shop",
         "relevant": "${online} = 'yes'"},
        {"type": "text", "name": "url", "label": "Shop address"},
        {"type": "end_group"},
        {"type": "begin_group", "name": "end", "label": "The end"},
        {"type": "text", "name": "notes", "label": "Notes"},
        {"type": "end_group"},
    ], [{"list_name": "yes_no", "name": "yes", "label": "Yes"},
        {"list_name": "yes_no", "name": "no", "label": "No"}],
        {"form_id": "skip", "version": "1"})
    renderer = open_renderer(qtbot, db, import_form(db, path))
    renderer.findChild(QWidget, "choice_online_no").setChecked(True)
    renderer.next_page()
    assert renderer.page_titles[renderer.current].text() == "The end"
    renderer.previous_page()
    renderer.findChild(QWidget, "choice_online_yes").setChecked(True)
    renderer.next_page()
    assert renderer.page_titles[renderer.current].text() == "Online shop"
    renderer.close()


def test_a_300_question_form_stays_responsive(qtbot: Any, db: Database,
                                              tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = []
    for g in range(30):
        rows.append({"type": "begin_group", "name": f"g{g}", "label": f"Section {g + 1}"})
        for q in range(10):
            n = g * 10 + q
            kind = ("integer", "text", "select_one yes_no")[n % 3]
            rows.append({"type": kind, "name": f"q{n}", "label": f"Question {n + 1}",
                         "relevant": f"${{q{n - 1}}} != '99'" if n % 3 == 0 and n else None,
                         "constraint": ". < 1000" if kind == "integer" else None})
        rows.append({"type": "end_group"})
    path = write_xlsform(tmp_path / "big.xlsx", rows,
                         [{"list_name": "yes_no", "name": "yes", "label": "Yes"},
                          {"list_name": "yes_no", "name": "no", "label": "No"}],
                         {"form_id": "big", "version": "1"})
    ref = import_form(db, path)
    started = time.perf_counter()
    renderer = open_renderer(qtbot, db, ref)
    opened = time.perf_counter() - started
    assert len(renderer.pages) == 30
    assert len(renderer.widgets) == 10  # only the first page is built
    line = editor(renderer, "q0")
    started = time.perf_counter()
    for i in range(50):
        line.setText(str(i))
    per_answer = (time.perf_counter() - started) / 50
    started = time.perf_counter()
    renderer.show_page(29)
    page = time.perf_counter() - started
    print(f"\n300 questions: opened in {opened * 1000:.0f} ms, {per_answer * 1000:.1f} ms per "
          f"keystroke, a new page in {page * 1000:.0f} ms")
    assert per_answer < 0.05 and page < 1.0 and opened < 3.0
    renderer.close()


def test_shipped_forms_installed_when_the_area_first_opens(
        ctx: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gmsdesk.services import forms as forms_service

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    write_xlsform(shipped / "needs.xlsx", [{"type": "text", "name": "x", "label": "X"}],
                  settings={"form_title": "Needs assessment", "form_id": "needs",
                            "version": "1"})
    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", shipped)
    window = ctx.open_window()
    window.show_area(SURVEYS)
    area = window.surveys
    qtbot.waitUntil(lambda: bool(area.forms_model.rows), timeout=10_000)
    assert area.forms_model.rows[0].record.form_id == "needs"
    # Offered once: a form the office deleted stays deleted.
    ctx.db.surveys.delete_form(area.forms_model.rows[0].record.ref)
    assert forms_service.install_shipped_forms(ctx.db) == ()
    assert ctx.db.surveys.forms() == []


def test_response_view_is_read_only(qtbot: Any, db: Database, tmp_path: Path) -> None:
    ref = import_form(db, every_type_form(tmp_path))
    draft = db.surveys.create_draft(ref)
    db.surveys.submit(draft, {"name": "Dara", "price": 2.5})
    response = next(db.surveys.responses("types"))
    viewer = FormRenderer(db, db.surveys.form(response.form_ref), response.answers,
                          read_only=True)
    qtbot.addWidget(viewer)
    viewer.show()
    name = editor(viewer, "name")
    assert isinstance(name, QLineEdit) and name.isReadOnly() and name.text() == "Dara"
    assert question(viewer, "double").line.text() == "5"
    assert not viewer.submit_button.isVisible()
    viewer.close()
    assert next(db.surveys.responses("types")).answers == response.answers


# A red 2x1 PNG: a picture in a label.
RED_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000020000000108020000007b40e8dd0000000d4944415478da"
    "63f8cfc000440008fe01ff19c06be70000000049454e44ae426082")


def nested_form(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_xlsform(folder / "households.xlsx", [
        {"type": "note", "name": "logo", "label": "Household survey", "media::image": "red.png"},
        {"type": "begin_repeat", "name": "household", "label": "Household"},
        {"type": "text", "name": "hh_name", "label": "Household name"},
        {"type": "begin_repeat", "name": "member", "label": "Member"},
        {"type": "integer", "name": "age", "label": "Age"},
        {"type": "end_repeat"},
        {"type": "calculate", "name": "ages", "calculation": "sum(${age})"},
        {"type": "end_repeat"},
    ], settings={"form_id": "households", "version": "1"})


def test_a_repeat_inside_a_repeat_and_a_picture_in_a_label(
        qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = nested_form(tmp_path)
    (tmp_path / "households-media").mkdir()
    (tmp_path / "households-media" / "red.png").write_bytes(RED_PNG)
    ref = import_form(db, path)
    renderer = open_renderer(qtbot, db, ref)
    image = renderer.images[("logo", None)]
    assert image.pixmap().width() == 2 and image.isVisibleTo(renderer)
    renderer.next_page()  # the households' page
    outer = renderer.repeats[("household", None)]
    outer.add_button.click()
    outer.add_button.click()
    inner = renderer.repeats[("member", 0)]  # each household has its own block of members
    assert renderer.repeats[("member", 1)] is not inner
    inner.add_button.click()
    inner.add_button.click()
    renderer.repeats[("member", 1)].add_button.click()
    for index, age in (((0, 0), 40), ((0, 1), 12), ((1, 0), 70)):
        line = renderer.widgets[("age", index)].line
        line.setText(str(age))
        line.editingFinished.emit()
    assert renderer.state.get("ages", 0) == 52 and renderer.state.get("ages", 1) == 70
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    inner.remove_buttons[0].click()  # the first member of the first household goes
    assert renderer.state.get("ages", 0) == 12
    assert renderer.widgets[("age", (0, 0))].line.text() == "12"
    assert ("age", (0, 1)) not in renderer.widgets
    assert renderer.widgets[("age", (1, 0))].line.text() == "70"  # the other household's
    renderer.save_draft()
    answers = renderer.state.answers()
    assert [len(h["member"]) for h in answers["household"]] == [1, 1]
    renderer.close()


def widget_of(renderer: FormRenderer, name: str) -> Any:
    """The widget of a question outside repeats, its page built first."""
    for page in range(len(renderer.pages)):
        if (name, None) in renderer.widgets:
            break
        renderer.show_page(page)
    return renderer.widgets[(name, None)]


def test_pictures_beside_the_choices(qtbot: Any, db: Database) -> None:
    # The corpus form as Kobo writes it: media::image on the choices sheet, files beside it.
    corpus = Path(__file__).resolve().parents[1] / "data" / "forms"
    ref = import_form(db, corpus / "product_pictures_kobo.xlsx")
    renderer = open_renderer(qtbot, db, ref)
    main = widget_of(renderer, "main_product")
    for name in ("rice", "vegetables", "fish", "clothes"):
        radio = main.radios[name]
        assert not radio.icon().isNull(), name
        assert radio.iconSize().height() == qw.CHOICE_IMAGE_HEIGHT and radio.text()
    assert main.radios["fish"].iconSize().width() == 96  # 96x48: its shape is kept
    assert main.radios["other"].icon().isNull() and main.radios["other"].text() == "Other"
    main.radios["fish"].click()
    assert renderer.state.get("main_product", None) == "fish"
    others = widget_of(renderer, "other_products")
    assert not others.boxes["rice"].icon().isNull() and others.boxes["other"].icon().isNull()
    renderer.close()


def test_a_choice_picture_that_cannot_be_read_leaves_the_label(
        qtbot: Any, db: Database, tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "pictures.xlsx", [
        {"type": "select_one yn", "name": "open", "label": "Is the shop open?"},
        {"type": "select_one yn", "name": "again", "label": "Come back?",
         "appearance": "minimal"},
    ], [
        {"list_name": "yn", "name": "yes", "label": "Yes", "image": "red.png"},
        {"list_name": "yn", "name": "no", "label": "No", "image": "broken.png"},
    ], settings={"form_id": "pictures", "version": "1"})
    (tmp_path / "pictures-media").mkdir()
    (tmp_path / "pictures-media" / "red.png").write_bytes(RED_PNG)
    (tmp_path / "pictures-media" / "broken.png").write_bytes(b"not a picture")
    renderer = open_renderer(qtbot, db, import_form(db, path))
    radios = widget_of(renderer, "open").radios
    assert not radios["yes"].icon().isNull() and radios["yes"].iconSize().width() == 96
    assert radios["no"].icon().isNull() and radios["no"].text() == "No"
    combo = widget_of(renderer, "again").combo  # minimal: the list shows the pictures too
    assert not combo.itemIcon(combo.findData("yes")).isNull()
    assert combo.itemIcon(combo.findData("no")).isNull()
    renderer.close()


def test_a_repeat_counted_by_an_answer_follows_it(qtbot: Any, db: Database,
                                                  tmp_path: Path) -> None:
    ref = import_form(db, write_xlsform(tmp_path / "roster.xlsx", [
        {"type": "begin_group", "name": "household", "label": "Household"},  # one page
        {"type": "integer", "name": "size", "label": "People"},
        {"type": "begin_repeat", "name": "person", "label": "Person",
         "repeat_count": "${size}"},
        {"type": "text", "name": "who", "label": "Name"},
        {"type": "end_repeat"},
        {"type": "select_one ${who}", "name": "head", "label": "Head of household"},
        {"type": "end_group"},
    ], settings={"form_id": "roster", "version": "1"}))
    renderer = open_renderer(qtbot, db, ref)
    block = renderer.repeats[("person", None)]
    assert not block.add_button.isVisibleTo(renderer) and not block.frames
    line = renderer.widgets[("size", None)].line
    line.setText("3")
    line.editingFinished.emit()
    assert len(block.frames) == 3 and not any(b.isVisibleTo(block) for b in block.remove_buttons)
    for position, name in enumerate(("Sokha", "Dara", "Srey")):
        who = renderer.widgets[("who", position)].line
        who.setText(name)
        who.editingFinished.emit()
    head = renderer.widgets[("head", None)]  # the names typed above are its choices
    assert [n for n, b in head.radios.items() if not b.isHidden()] == ["Sokha", "Dara", "Srey"]
    head.radios["Dara"].click()
    line.setText("2")  # the last person goes, as in ODK Collect
    line.editingFinished.emit()
    assert len(block.frames) == 2 and ("who", 2) not in renderer.widgets
    assert head.radios["Srey"].isHidden() and renderer.state.get("head") == "Dara"
    assert [p["who"] for p in renderer.state.answers()["person"]] == ["Sokha", "Dara"]
    renderer.close()


def test_import_offers_to_choose_the_files_a_form_needs(
        ctx: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from gmsdesk.services import forms as forms_service

    monkeypatch.setattr(forms_service, "SHIPPED_FORMS", tmp_path / "none")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "red.png").write_bytes(RED_PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(elsewhere / "red.png")], ""))
    window = ctx.open_window()
    window.show_area(SURVEYS)
    area = window.surveys
    qtbot.waitUntil(lambda: area._loaded)
    area.import_xlsform(nested_form(tmp_path / "forms"))
    qtbot.waitUntil(lambda: any(f.form_id == "households" for f in ctx.db.surveys.forms()),
                    timeout=10_000)
    assert asked and "needs 1 file(s) that are not in its folder: red.png" in asked[0]
    form = ctx.db.surveys.form(ctx.db.surveys.form_ref("households", "1"))
    assert form.attachment("red.png") == RED_PNG
