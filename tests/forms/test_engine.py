"""Filling in forms: relevance, required, constraints, calculations, repeats, choice filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from gmsdesk.forms import Form, FormState, Message, ReadOnlyError, load_xlsform
from tests.forms import write_xlsform

TODAY = dt.date(2024, 5, 15)
SETTINGS: list[list[str]] = [["form_title", "form_id", "version", "default_language"],
            ["SME survey", "sme", "3", "English (en)"]]
HEADER = ["type", "name", "label::English (en)", "label::Khmer (km)", "required",
          "required_message::English (en)", "required_message::Khmer (km)", "relevant",
          "constraint", "constraint_message::English (en)", "constraint_message::Khmer (km)",
          "calculation", "default", "read_only", "choice_filter", "appearance", "parameters"]
CHOICES: list[list[str | None]] = [
    ["list_name", "name", "label::English (en)", "label::Khmer (km)", "country"],
           ["yesno", "yes", "Yes", "បាទ", None],
           ["yesno", "no", "No", "ទេ", None],
           ["obstacle", "cost", "Cost", "តម្លៃ", None],
           ["obstacle", "skills", "Skills", "ជំនាញ", None],
           ["obstacle", "security", "Security", "សុវត្ថិភាព", None],
           ["country", "KH", "Cambodia", "កម្ពុជា", None],
           ["country", "LA", "Lao PDR", "ឡាវ", None],
           ["province", "SR", "Siem Reap", "សៀមរាប", "KH"],
           ["province", "PP", "Phnom Penh", "ភ្នំពេញ", "KH"],
           ["province", "VT", "Vientiane", "វៀងច័ន្ទ", "LA"]]


def q(kind: str, name: str, label: str = "", **columns: str) -> list:
    values = {"label::English (en)": label, **{k.replace("__", "::"): v
                                               for k, v in columns.items()}}
    aliases = {"required_message::en": "required_message::English (en)",
               "required_message::km": "required_message::Khmer (km)",
               "constraint_message::en": "constraint_message::English (en)",
               "constraint_message::km": "constraint_message::Khmer (km)",
               "label::km": "label::Khmer (km)"}
    for short, full in aliases.items():
        if short in values:
            values[full] = values.pop(short)
    return [kind, name, *(values.get(h) for h in HEADER[2:])]


def make(tmp_path: Path, *rows: list) -> Form:
    form, problems = load_xlsform(write_xlsform(tmp_path, [HEADER, *rows], CHOICES, SETTINGS))
    assert form is not None, [str(p) for p in problems]
    return form


@pytest.fixture
def survey(tmp_path: Path) -> Form:
    return make(
        tmp_path,
        q("text", "business", "Business name", label__km="ឈ្មោះ", required="yes",
          required_message__en="Enter the business name",
          required_message__km="សូមបញ្ចូលឈ្មោះ"),
        q("integer", "staff", "Staff", constraint=". >= 1 and . <= 500",
          constraint_message__en="Between 1 and 500", constraint_message__km="ពី ១ ដល់ ៥០០"),
        q("select_one yesno", "online", "Selling online?"),
        q("begin group", "web", "Website", relevant="${online} = 'yes'"),
        q("text", "url", "Address", required="yes", constraint="starts-with(., 'http')"),
        q("select_multiple obstacle", "obstacles", "Obstacles"),
        q("text", "security_note", "What worries you?",
          relevant="selected(${obstacles}, 'security')"),
        q("end group", ""),
        q("decimal", "turnover", "Turnover"),
        q("calculate", "per_staff", calculation="round(${turnover} div ${staff}, 2)"),
        q("note", "big", "Large business: ${per_staff} per person",
          relevant="${per_staff} > 1000"),
        q("integer", "export_share", "Export %", required="${per_staff} > 1000"),
        q("date", "founded", "Founded", constraint=". <= today()"),
        q("text", "officer", "Officer", default="Sokha", read_only="yes"),
    )


def test_relevance_follows_answers_and_cascades_through_groups(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    assert not state.relevant("web") and not state.relevant("url")
    changed = state.set("online", "yes")
    assert {("online", None), ("web", None), ("url", None), ("obstacles", None)} <= changed
    assert state.relevant("url") and not state.relevant("security_note")
    state.set("obstacles", ["cost", "security"])
    assert state.relevant("security_note")
    state.set("online", "no")  # the whole group goes, and what depended on it
    assert not state.relevant("obstacles") and not state.relevant("security_note")


def test_irrelevant_answers_are_kept_but_left_out(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    state.set("online", "yes")
    state.set("url", "https://silk.example")
    state.set("online", "no")
    assert "url" not in state.answers()
    assert state.error("url") is None  # not required, not validated while irrelevant
    assert state.get("url") == "https://silk.example"
    state.set("online", "yes")  # nothing was lost
    assert state.answers()["url"] == "https://silk.example"


def test_required_with_messages_in_two_languages(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    assert state.error("business") == Message("required", "Enter the business name")
    state.lang = "km"
    assert state.error("business") == Message("required", "សូមបញ្ចូលឈ្មោះ")
    state.lang = "lo"  # no Lao message: the default language's
    assert state.error("business") == Message("required", "Enter the business name")
    state.set("business", "Angkor Silk")
    assert state.error("business") is None
    state.set("online", "yes")
    assert state.error("url") == Message("required", "")  # no message: the UI's own default
    assert set(state.errors()) == {("url", None)}


def test_required_can_be_an_expression(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    assert not state.required("export_share")
    state.set("staff", 2)
    changed = state.set("turnover", 5000)
    assert state.get("per_staff") == 2500
    assert ("export_share", None) in changed and state.required("export_share")
    assert state.error("export_share") == Message("required", "")
    assert state.relevant("big")


def test_constraints_and_types(survey: Form) -> None:
    state = FormState(survey, today=TODAY, lang="km")
    state.set("staff", 900)
    assert state.error("staff") == Message("constraint", "ពី ១ ដល់ ៥០០")
    state.set("staff", "12 people")  # kept as typed, reported as the wrong type
    assert state.get("staff") == "12 people"
    assert state.error("staff") == Message("type", "")
    state.set("staff", "12")
    assert state.get("staff") == 12 and state.error("staff") is None
    state.set("founded", dt.date(2030, 1, 1))
    assert state.error("founded") == Message("constraint", "")
    state.set("founded", "2019-02-30")
    assert state.error("founded") == Message("type", "")
    state.set("founded", "2019-02-28")
    assert state.error("founded") is None
    state.set("online", "maybe")
    assert state.error("online") == Message("type", "")


def test_calculations_chain_and_read_only(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    assert state.get("officer") == "Sokha"  # default
    with pytest.raises(ReadOnlyError):
        state.set("officer", "Dara")
    with pytest.raises(ReadOnlyError):
        state.set("per_staff", 3)
    with pytest.raises(ReadOnlyError):
        state.set("big", "x")
    state.set("staff", 3)
    state.set("turnover", 10)
    assert state.get("per_staff") == 3.33
    assert state.answers()["per_staff"] == 3.33
    state.set("turnover", None)
    assert state.get("per_staff") == ""  # NaN is not a value
    assert "per_staff" not in state.answers()


def test_labels_show_answers_and_change_with_them(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    state.set("staff", 1)
    changed = state.set("turnover", 1500)
    assert ("big", None) in changed
    assert state.label("big") == "Large business: 1500 per person"
    state.lang = "km"
    assert state.label("business") == "ឈ្មោះ"
    assert state.label("staff") == "Staff"  # no Khmer label: English


def test_answers_are_json_and_reload_into_the_same_state(survey: Form) -> None:
    state = FormState(survey, today=TODAY)
    state.set("business", "Mekong Weaving")
    state.set("staff", 4)
    state.set("online", "yes")
    state.set("obstacles", "cost skills")
    state.set("founded", dt.date(2015, 3, 1))
    state.set("turnover", 1234.5)
    answers = state.answers()
    assert answers == {"business": "Mekong Weaving", "staff": 4, "online": "yes",
                       "obstacles": ["cost", "skills"], "founded": "2015-03-01",
                       "turnover": 1234.5, "per_staff": 308.63, "officer": "Sokha"}
    again = FormState(survey, json.loads(json.dumps(answers)), today=TODAY)
    assert again.answers() == answers
    assert again.relevant("url")


def test_unknown_answers_are_kept(survey: Form) -> None:
    state = FormState(survey, {"business": "A", "old_question": "kept"}, today=TODAY)
    assert state.answers()["old_question"] == "kept"


def test_cascading_selects(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("select_one country", "country", "Country"),
                q("select_one province", "province", "Province",
                  choice_filter="country=${country}"))
    state = FormState(form, today=TODAY)
    assert state.choices("province") == []
    changed = state.set("country", "KH")
    assert ("province", None) in changed
    assert [c.name for c in state.choices("province")] == ["SR", "PP"]
    state.set("province", "SR")
    assert state.error("province") is None
    state.set("country", "LA")
    assert [c.label("km") for c in state.choices("province")] == ["វៀងច័ន្ទ"]
    assert state.error("province") == Message("type", "")  # no longer one of the choices


def test_repeats_add_remove_sum_and_sibling_relevance(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("begin repeat", "products", "Products"),
                q("text", "product", "Product", required="yes"),
                q("decimal", "price", "Price", constraint=". > 0"),
                q("select_one yesno", "exported", "Exported?"),
                q("text", "market", "Which market?", relevant="${exported} = 'yes'"),
                q("calculate", "number", calculation="position(..)"),
                q("end repeat", ""),
                q("calculate", "total", calculation="sum(${price})"),
                q("calculate", "how_many", calculation="count(${products})"),
                q("note", "summary", "${how_many} products, ${total} in all"),
                q("integer", "best", "Best seller (number)",
                  constraint=". <= count(${products})"))
    state = FormState(form, today=TODAY)
    assert state.repeat_count("products") == 0 and state.get("how_many") == 0
    first = state.add_repeat("products")
    second = state.add_repeat("products")
    assert (first, second) == (0, 1)
    assert state.get("how_many") == 2 and state.get("number", 1) == 2
    state.set("product", "Silk scarf", first)
    state.set("price", 12.5, first)
    state.set("product", "Rattan basket", second)
    changed = state.set("price", 7.5, second)
    assert ("total", None) in changed
    assert state.get("total") == 20
    assert state.label("summary") == "2 products, 20 in all"
    state.set("exported", "yes", second)
    assert state.relevant("market", second) and not state.relevant("market", first)
    assert set(state.errors()) == set()
    state.set("best", 3)
    assert state.error("best") == Message("constraint", "")
    state.remove_repeat("products", first)
    assert state.repeat_count("products") == 1
    assert state.get("product", 0) == "Rattan basket" and state.relevant("market", 0)
    assert state.get("total") == 7.5 and state.get("number", 0) == 1
    state.add_repeat("products")
    assert state.errors() == {("product", 1): Message("required", ""),
                              ("best", None): Message("constraint", "")}  # 3 > 2 products
    assert state.answers()["products"] == [
        {"product": "Rattan basket", "price": 7.5, "exported": "yes", "number": 1},
        {"number": 2}]
    with pytest.raises(ValueError, match="give the instance"):
        state.set("product", "no index")
    with pytest.raises(IndexError):
        state.set("product", "too far", 5)


def test_repeat_relevance_and_reload(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("select_one yesno", "has_staff", "Any staff?"),
                q("begin repeat", "staff", "Staff", relevant="${has_staff} = 'yes'"),
                q("text", "person", "Name"),
                q("end repeat", ""))
    state = FormState(form, today=TODAY)
    assert not state.relevant("staff")
    state.set("has_staff", "yes")
    index = state.add_repeat("staff")
    state.set("person", "Dara", index)
    assert state.relevant("person", index)
    saved = state.answers()
    assert saved == {"has_staff": "yes", "staff": [{"person": "Dara"}]}
    state.set("has_staff", "no")
    assert not state.relevant("person", 0) and "staff" not in state.answers()
    again = FormState(form, saved, today=TODAY)
    assert again.repeat_count("staff") == 1 and again.get("person", 0) == "Dara"


def test_dynamic_default_and_metadata(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("today", "visit_day"),
                q("date", "visited", "Visit date", default="today()"),
                q("integer", "year", "Year", default="2024"),
                q("calculate", "same", calculation="${visit_day} = ${visited}"))
    state = FormState(form, today=TODAY)
    assert state.get("visited") == "2024-05-15" and state.get("year") == 2024
    assert state.get("same") == "true"
    assert state.answers()["visit_day"] == "2024-05-15"  # recorded, as ODK does


def test_acknowledge_time_and_range(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("acknowledge", "consent", "I agree", required="yes"),
                q("time", "opens", "Opens"),
                q("range", "score", "Score", parameters="start=0 end=10 step=2"))
    state = FormState(form, today=TODAY)
    assert state.error("consent") == Message("required", "")
    state.set("consent", True)
    state.set("opens", dt.time(8, 30))
    state.set("score", 4)
    assert state.errors() == {}
    assert state.answers() == {"consent": "OK", "opens": "08:30", "score": 4}
    state.set("score", 5)
    state.set("opens", "25:00")
    assert state.errors() == {("score", None): Message("type", ""),
                              ("opens", None): Message("type", "")}
    state.set("consent", False)
    assert state.get("consent") is None


def test_choice_name_and_select_labels(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("select_one country", "country", "Country"),
                q("calculate", "country_name",
                  calculation="jr:choice-name(${country}, '${country}')"),
                q("note", "show", "You chose ${country}"))
    state = FormState(form, today=TODAY, lang="km")
    state.set("country", "KH")
    assert state.get("country_name") == "កម្ពុជា"
    assert state.label("show") == "You chose កម្ពុជា"


def test_pages_cut_loose_questions_and_keep_groups_whole(tmp_path: Path) -> None:
    rows = [q("integer", f"q{i}", f"Q{i}") for i in range(12)]
    rows += [q("begin group", "g", "Group"), q("text", "inside", "Inside"),
             q("end group", ""), q("calculate", "c", calculation="1"),
             q("text", "last", "Last")]
    form = make(tmp_path, *rows)
    state = FormState(form, today=TODAY)
    pages = state.pages()
    assert [len(p.items) for p in pages] == [10, 2, 1, 1]
    assert pages[2].group is not None and pages[2].label("en") == "Group"
    assert all(state.page_relevant(p) for p in pages)


def test_one_answer_re_evaluates_only_what_depends_on_it(tmp_path: Path) -> None:
    rows = [q("integer", "driver", "Driver")]
    rows += [q("text", f"dep{i}", f"D{i}", relevant="${driver} > 5") for i in range(5)]
    rows += [q("text", f"free{i}", f"F{i}") for i in range(50)]
    form = make(tmp_path, *rows)
    state = FormState(form, today=TODAY)
    changed = state.set("driver", 9)
    assert changed == {("driver", None)} | {(f"dep{i}", None) for i in range(5)}
    assert state.set("free3", "x") == {("free3", None)}


def test_times_compare_as_times(tmp_path: Path) -> None:
    """`. > ${opens}` on times: XPath would turn "17:30" into NaN and refuse every answer."""
    form = make(tmp_path,
                q("time", "opens", "Opens"),
                q("time", "closes", "Closes", constraint=". > ${opens}"),
                q("note", "late", "Open late", relevant="${closes} >= '20:00'"),
                q("calculate", "shown", "", calculation="concat(${opens}, '-', ${closes})"))
    state = FormState(form, today=TODAY)
    state.set("opens", "07:30")
    state.set("closes", "17:30")
    assert state.error("closes") is None and not state.relevant("late")
    assert state.get("shown") == "07:30-17:30"
    state.set("closes", "21:00")
    assert state.relevant("late")
    state.set("closes", "06:00")
    assert state.error("closes") == Message("constraint", "")


def test_datetime_answers_as_odk_writes_them(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("datetime", "began", "Began"),
                q("datetime", "ended", "Ended", constraint=". > ${began}"),
                q("calculate", "minutes", "",
                  calculation="round((${ended} - ${began}) * 1440, 0)"))
    state = FormState(form, today=TODAY)
    state.set("began", "2024-05-15 09:05")
    assert state.get("began") == "2024-05-15T09:05:00.000"
    state.set("ended", "2024-05-15T10:35:30.5+0700")
    assert state.get("ended") == "2024-05-15T10:35:30.500+07:00"
    assert state.get("minutes") == 91 and state.error("ended") is None
    state.set("ended", dt.datetime(2024, 5, 15, 8, 0))
    assert state.error("ended") == Message("constraint", "")
    state.set("ended", "2024-02-30T10:00")  # no such day: kept, and said to be wrong
    assert state.error("ended") == Message("type", "")
    again = FormState(form, {"began": "2024-05-15T09:05:00.000+07:00"}, today=TODAY)
    assert again.get("began") == "2024-05-15T09:05:00.000+07:00"


def test_metadata_is_filled_in_and_never_asked(tmp_path: Path) -> None:
    form = make(tmp_path,
                q("start", "start"), q("end", "end"), q("today", "day"),
                q("deviceid", "device"), q("username", "user"), q("email", "mail"),
                q("hidden", "source", default="field"),
                q("text", "name", "Name"),
                q("calculate", "took", calculation="${end} - ${start} >= 0"))
    state = FormState(form, today=TODAY, meta={"deviceid": "gmsdesk:ab12", "username": "dara"})
    answers = state.answers()
    assert answers["day"] == "2024-05-15" and answers["source"] == "field"
    assert answers["device"] == "gmsdesk:ab12" and answers["user"] == "dara"
    assert "mail" not in answers  # nothing to record on this laptop
    assert dt.datetime.fromisoformat(answers["start"]).tzinfo is not None
    assert state.get("took") == "true"
    for name in ("start", "device", "source"):
        assert state.read_only(name) and state.error(name) is None
        with pytest.raises(ReadOnlyError):
            state.set(name, "x")
    first_end = answers["end"]
    assert ("end", None) in state.stamp_end()
    assert state.get("end") >= first_end
    # Going on with a draft keeps what was recorded when it began.
    again = FormState(form, answers, today=dt.date(2024, 6, 1), meta={"username": "sokha"})
    assert again.answers()["day"] == "2024-05-15" and again.answers()["user"] == "dara"
