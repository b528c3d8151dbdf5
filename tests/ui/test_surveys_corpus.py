"""Compatibility: every form of the corpus (`tests/data/forms/*.xlsx`, not `bad/`) imported
through storage, each page rendered, filled from its `NAME.fill.json` steps through the widgets
(the engine directly only for a value no widget can take), checked, submitted.

Prints how many forms work end to end (the issue asks for at least 30); a form that does not
work fails its own test, with the step that went wrong.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication, QSpinBox

from gmsdesk.storage.db import Database
from gmsdesk.ui.surveys import questions as qw
from gmsdesk.ui.surveys.renderer import FormRenderer, page_items, walk_questions
from gmsdesk.ui.surveys.texts import message_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "forms"
FORMS = sorted(p for p in CORPUS.glob("*.xlsx") if not p.name.startswith("~$"))
RESULTS: dict[str, str] = {}  # form name -> "ok" or what went wrong


def fill_widget(widget: qw.QuestionWidget, value: Any) -> bool:  # noqa: C901 - one flat branch per widget type
    """Answer through the widget as a person would; False when no widget input gives `value`."""
    if isinstance(widget, qw.TextWidget):
        if value is not None and not isinstance(value, str):
            return False
        if widget.multiline:
            widget.text_edit.setPlainText(value or "")
        else:
            widget.line.setText(value or "")
            widget.line.editingFinished.emit()
        return True
    if isinstance(widget, qw.NumberWidget):
        if value is None:
            widget.line.setText("")
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        else:
            text = qw.format_number(value)
            if widget.line.validator().validate(text, 0)[0].name != "Acceptable":
                return False
            widget.line.setText(text)
        widget.line.editingFinished.emit()
        return True
    if isinstance(widget, qw.SelectOneWidget):
        if value is None:
            widget.set_value(None)
            widget.edited.emit(None)
            return True
        if widget.use_combo:
            index = widget.combo.findData(value)
            if index < 0:
                return False
            widget.combo.setCurrentIndex(index)
            return True
        radio = widget.radios.get(value)
        if radio is None or radio.isHidden():
            return False
        radio.setChecked(True)
        return True
    if isinstance(widget, qw.SelectMultipleWidget):
        names = value.split() if isinstance(value, str) else list(value or [])
        if any(n not in widget.boxes or widget.boxes[n].isHidden() for n in names):
            return False
        for name, box in widget.boxes.items():
            box.setChecked(name in names)
        return True
    if isinstance(widget, qw.AcknowledgeWidget):
        widget.box.setChecked(value == "OK" or value is True)
        return True
    if isinstance(widget, qw.DateWidget):
        if value is None:
            widget.unanswered.setChecked(True)
            return True
        day = QDate.fromString(str(value), "yyyy-MM-dd")
        if not day.isValid() or not (widget.date_edit.minimumDate() <= day
                                     <= widget.date_edit.maximumDate()):
            return False
        widget.date_edit.setDate(day)
        widget.unanswered.setChecked(False)
        return True
    if isinstance(widget, qw.TimeWidget):
        if value is None:
            widget.unanswered.setChecked(True)
            return True
        time = QTime.fromString(str(value), "HH:mm")
        if not time.isValid():
            return False
        widget.time_edit.setTime(time)
        widget.unanswered.setChecked(False)
        return True
    if isinstance(widget, qw.DateTimeWidget):
        if value is None:
            widget.unanswered.setChecked(True)
            return True
        try:
            moment = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            return False
        if moment.tzinfo is not None:  # the boxes show this laptop's time
            moment = moment.astimezone().replace(tzinfo=None)
        widget.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        widget.time_edit.setTime(QTime(moment.hour, moment.minute))
        widget.unanswered.setChecked(False)
        return True
    if isinstance(widget, qw.RangeWidget) and widget.picker is not None:
        if value is None:
            widget.unanswered.setChecked(True)
            return True
        number = float(value)
        if not widget.picker.minimum() <= number <= widget.picker.maximum():
            return False
        if isinstance(widget.picker, QSpinBox):
            if not number.is_integer():
                return False
            widget.picker.setValue(int(number))
        else:
            widget.picker.setValue(number)
            if abs(widget.picker.value() - number) > 1e-9:  # more decimals than it shows
                return False
        widget.unanswered.setChecked(False)
        return True
    if isinstance(widget, qw.RangeWidget):
        if value is None:
            widget.unanswered.setChecked(True)
            return True
        steps = (float(value) - widget.start) / widget.step
        if abs(steps - round(steps)) > 1e-9 or not 0 <= round(steps) <= widget.slider.maximum():
            return False
        widget.slider.setValue(round(steps))
        widget.unanswered.setChecked(False)
        return True
    return False


def subset(expected: Any, actual: Any) -> bool:
    """Expected answers are a subset of the stored ones (repeats instance by instance)."""
    if isinstance(expected, Mapping):
        return isinstance(actual, Mapping) and all(
            k in actual and subset(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list) and expected and isinstance(expected[0], Mapping):
        return isinstance(actual, list) and len(actual) == len(expected) and all(
            subset(e, a) for e, a in zip(expected, actual, strict=True))
    if isinstance(expected, int | float) and not isinstance(expected, bool) and \
            isinstance(actual, str):  # a calculation from a file gives text: "3200"
        try:
            return abs(float(expected) - float(actual)) < 1e-9
        except ValueError:
            return False
    if isinstance(expected, float) or isinstance(actual, float):
        try:
            return abs(float(expected) - float(actual)) < 1e-9
        except (TypeError, ValueError):
            return False
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        # a date and time typed in the widgets carries this laptop's offset from UTC
        return bool(re.fullmatch(re.escape(expected) + r"([+-]\d{2}:\d{2}|Z)", actual))
    return bool(expected == actual)


class Filler:
    """Drives one renderer through a fill script, page by page."""

    def __init__(self, renderer: FormRenderer) -> None:
        self.r = renderer
        self.state = renderer.state
        self.through_widgets = 0
        self.through_engine = 0

    def page_of(self, name: str) -> int:
        return self.r.page_of.get(name, self.r.current)

    def go(self, name: str) -> None:
        page = self.page_of(name)
        if page != self.r.current:
            self.r.show_page(page)

    def widget(self, name: str, index: int | None) -> qw.QuestionWidget | None:
        self.go(name)
        return self.r.widgets.get((name, index))

    def set(self, name: str, value: Any, index: int | None) -> None:
        widget = self.widget(name, index)
        if widget is not None and widget.isEnabled() and fill_widget(widget, value):
            widget.committed.emit()
            self.through_widgets += 1
            return
        self.through_engine += 1
        keys = self.state.set(name, value, index)
        self.r.answers_changed(widget, set(keys))

    def add_repeat(self, name: str, parent: Any = None) -> None:
        """Add an instance with the repeat's own button (inside the instance `parent` of
        the repeat around it, for a repeat inside a repeat)."""
        self.go(name)
        block = self.r.repeats.get((name, parent))
        assert block is not None, f"no repeat block for {name} in {parent}"
        block.add_button.click()

    def check(self, step: Mapping[str, Any]) -> None:
        index = step.get("index")
        if "expect_error" in step:
            name = step["expect_error"]
            error = self.state.error(name, index)
            widget = self.widget(name, index)
            if step["code"] is None:  # no message expected
                assert error is None, (step, error)
                if widget is not None:
                    self.r.refresh_message(widget)
                    assert not widget.message.isVisibleTo(self.r), step
                return
            assert error is not None and error.code == step["code"], (step, error)
            if widget is not None:
                self.r.refresh_message(widget)
                assert widget.message.isVisibleTo(self.r) or not self.r.isVisible()
                assert widget.message.text() in (message_text(error, self.r.lang),
                                                 widget.local_error()), step
        elif "expect_value" in step:
            name = step["expect_value"]
            assert subset(step["is"], self.state.get(name, index)), (
                step, self.state.get(name, index))
        elif "expect_filled" in step:  # metadata: filled in, never shown
            name = step["expect_filled"]
            got = self.state.get(name, index)
            assert isinstance(got, str) and re.fullmatch(step["pattern"], got), (step, got)
            assert (name, index) not in self.r.widgets, step
        elif "expect_relevant" in step:
            name = step["expect_relevant"]
            assert self.state.relevant(name, index) == step["is"], step
            widget = self.widget(name, index)
            if widget is not None:
                assert widget.isVisibleTo(self.r.stack.currentWidget()) == step["is"], step
        elif "expect_choices" in step:
            name = step["expect_choices"]
            names = [c.name for c in self.state.choices(name, index)]
            assert names == step["are"], (step, names)
            widget = self.widget(name, index)
            if isinstance(widget, qw.SelectOneWidget) and widget.use_combo:
                shown = [widget.combo.itemData(i) for i in range(1, widget.combo.count())]
                assert shown == step["are"], (step, shown)
            elif isinstance(widget, (qw.SelectOneWidget, qw.SelectMultipleWidget)):
                buttons = widget.radios if isinstance(widget, qw.SelectOneWidget) \
                    else widget.boxes
                shown = [n for n, b in buttons.items() if not b.isHidden()]
                assert shown == step["are"], (step, shown)
        else:
            raise AssertionError(f"unknown step {step}")

    def run(self, step: Mapping[str, Any]) -> None:
        step = {**step, "index": _index(step.get("index"))}
        if "set" in step:
            self.set(step["set"], step.get("value"), step["index"])
        elif "add_repeat" in step:
            self.add_repeat(step["add_repeat"], step["index"])
        elif "remove_repeat" in step:
            name, index = step["remove_repeat"], step["index"]
            self.go(name)
            self.state.remove_repeat(name, index)
            positions = (index,) if isinstance(index, int) else tuple(index)
            around = _index(list(positions[:-1]))
            self.r.repeats[(name, around)].rebuild()
            self.r.answers_changed(None, set())
        else:
            self.check(step)


def _index(index: Any) -> Any:
    """A sidecar's index as the engine's: None, a position, or positions from the outermost
    repeat in (a JSON list) for a repeat inside a repeat."""
    if isinstance(index, list):
        return (tuple(index) if len(index) > 1 else index[0]) if index else None
    return index


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_corpus_form_end_to_end(path: Path, db: Database, qtbot: Any) -> None:
    from gmsdesk.forms.xlsform import load_xlsform

    RESULTS[path.stem] = "started"
    script = json.loads(path.with_suffix("").with_suffix(".fill.json").read_text("utf-8")) \
        if path.with_name(path.stem + ".fill.json").exists() else {"steps": []}
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, path.name)
    ref = db.surveys.form_ref(form.form_id, form.version)
    if script.get("last_saved"):  # the response saved before, as ${last-saved#...} reads it
        earlier = db.surveys.create_draft(ref)
        db.surveys.submit_response(earlier, script["last_saved"])
    draft_id = db.surveys.create_draft(ref)
    today = (datetime.date.fromisoformat(script["today"]) if script.get("today") else None)
    renderer = FormRenderer(db, db.surveys.form(ref), {}, draft_id=draft_id, today=today)
    qtbot.addWidget(renderer)
    renderer.show()

    # Every page renders, with a widget for each question shown on it (and the image its
    # label shows, read from the form's attached files).
    for i, page in enumerate(renderer.pages):
        renderer.show_page(i)
        QApplication.processEvents()
        for question in walk_questions(page_items(page)):
            if question.repeat is None and qw.shows_widget(question):
                assert (question.name, None) in renderer.widgets, (i, question.name)
                if question.image(renderer.lang):
                    image = renderer.images.get((question.name, None))
                    assert image is not None and not image.pixmap().isNull(), question.name
                    assert image.isVisibleTo(renderer.widgets[(question.name, None)])
                buttons = getattr(renderer.widgets.get((question.name, None)), "radios", None) \
                    or getattr(renderer.widgets.get((question.name, None)), "boxes", None) or {}
                for choice in question.choices:  # the picture beside a choice's label
                    if choice.image(renderer.lang) and choice.name in buttons:
                        assert not buttons[choice.name].icon().isNull(), \
                            (question.name, choice.name)
    renderer.show_page(0)

    filler = Filler(renderer)
    for step in script.get("steps", []):
        filler.run(step)
    renderer.save_draft()
    stored = db.surveys.draft(draft_id).answers
    assert stored == renderer.state.answers()

    if script.get("expect_complete", True):
        assert renderer.state.errors() == {}
        renderer.show_page(len(renderer.pages) - 1)
        renderer.submit()
        responses = list(db.surveys.responses(form.form_id))
        assert len(responses) == 1 + bool(script.get("last_saved")), renderer.status.text()
        if "expect_answers" in script:
            assert subset(script["expect_answers"], responses[-1].answers), \
                responses[-1].answers
    else:
        renderer.close()
    RESULTS[path.stem] = (f"ok ({filler.through_widgets} answers through widgets, "
                          f"{filler.through_engine} through the engine)")


def test_corpus_count() -> None:
    """How many corpus forms work end to end (run after the forms above)."""
    if len(RESULTS) < len(FORMS):
        pytest.skip("the corpus forms were not all run in this session")
    working = [name for name, result in RESULTS.items() if result.startswith("ok")]
    print(f"\nSurvey corpus: {len(working)} of {len(FORMS)} forms work end to end "
          "(imported, every page rendered, filled, submitted)")
    for name, result in sorted(RESULTS.items()):
        print(f"  {name}: {result}")
    assert len(FORMS) >= 30
    assert len(working) >= 30  # the bar; each form's own test names any failure
