"""The forms GMS Desk ships have their title in each of its seven languages (the settings
sheet's `form_title::Khmer (km)` columns), and the Surveys area lists them, and opens them,
under the title in the language of the screen: nothing left in English."""

from __future__ import annotations

from typing import Any

from gmsdesk.forms.model import Form
from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.services.forms import SHIPPED_FORMS
from gmsdesk.ui.application import AppContext
from tests.ui.test_surveys_list import open_surveys, texts

OTHER_LANGUAGES = ["km", "lo", "my", "th", "vi", "zh_CN"]


def shipped() -> list[Form]:
    forms = []
    for path in sorted(SHIPPED_FORMS.glob("*.xlsx")):
        form, problems = load_xlsform(path)
        assert form is not None, [str(p) for p in problems]
        forms.append(form)
    assert len(forms) == 2
    return forms


def test_each_shipped_form_has_its_title_in_every_language() -> None:
    for form in shipped():
        english = form.title_in("en")
        assert english == form.title and english
        titles = {lang: form.title_in(lang) for lang in OTHER_LANGUAGES}
        assert all(title and title != english for title in titles.values()), titles
        assert len(set(titles.values())) == len(OTHER_LANGUAGES), titles


def test_the_surveys_area_lists_and_opens_a_form_under_its_title_in_that_language(
        ctx: AppContext, qtbot: Any) -> None:
    forms = shipped()
    for lang in ["en", *OTHER_LANGUAGES]:
        ctx.set_language(lang)
        window: Any = ctx.open_window()
        qtbot.waitUntil(lambda w=window: not w.smes.model.loading, timeout=10_000)
        area = open_surveys(window, qtbot)
        assert sorted(texts(area.forms_model, 0)) == sorted(f.title_in(lang) for f in forms)
        if lang == "km":
            form = next(f for f in forms if f.form_id == "workshop_evaluation")
            opened = area.start_draft(ctx.db.surveys.form_ref(form.form_id))
            assert opened.title.text() == "ការវាយតម្លៃសិក្ខាសាលា"
            assert opened.windowTitle() == opened.title.text()
            opened.close()
        window.close()
