"""The summary matches the responses: counts per choice in choice order, number statistics,
text samples, across versions by question name, with the filters; and it prints."""

from __future__ import annotations

import random
import statistics
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.services.surveys import write_summary_pdf
from gmsdesk.storage.db import Database
from tests.survey_kit import answer, import_needs

V1 = [
    {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12, "comment": "Too costly",
     "products": [{"product_name": "Silk scarf", "price": 12.5},
                  {"product_name": "Silk bag", "price": 30.0}]},
    {"tools": ["fax"], "obstacle": "skills", "employees": 3, "comment": "Need training"},
    {"tools": ["phone", "email", "website"], "employees": 40, "comment": "Need training",
     "products": [{"product_name": "Rattan chair", "price": 45.0}]},
]
V2 = [
    {"tools": ["social", "email"], "obstacle": "cost", "employees": 7, "revenue": 1500.5},
    {"tools": ["fax"], "obstacle": "infra", "revenue": 200.0, "contact_name": "Dara"},
]


@pytest.fixture
def surveyed(db: Database, tmp_path: Path) -> dict[str, Any]:
    """Both versions imported and answered; v1 by SMEs in two provinces."""
    v1 = import_needs(db, tmp_path, 1)
    silk = db.smes.create({"name": "Angkor Silk", "province": "Siem Reap",
                           "sector": "handicrafts", "country": "KH"})[0].record_id
    tours = db.smes.create({"name": "Mekong Tours", "province": "Phnom Penh",
                            "sector": "tourism", "country": "KH"})[0].record_id
    ids = [answer(db, v1, V1[0], sme_id=silk), answer(db, v1, V1[1], sme_id=tours),
           answer(db, v1, V1[2], sme_id=silk)]
    v2 = import_needs(db, tmp_path, 2)
    ids += [answer(db, v2, a) for a in V2]
    return {"ids": ids, "silk": silk}


def by_name(summary: Any) -> dict[str, Any]:
    return {q.name: q for q in summary.questions}


def test_summary_of_one_version_matches_its_responses(db: Database, surveyed: Any) -> None:
    summary = db.surveys.summary("needs", version="1")
    assert (summary.total, summary.version, summary.per_version) == (3, "1", {"1": 3})
    questions = by_name(summary)
    assert "intro" not in questions  # a note has no answers
    tools = questions["tools"].item
    assert tools.kind == "choices" and tools.answered == 3
    assert tools.rows == [("Fax", 2), ("Fixed phone", 1), ("E-mail", 2), ("Website", 1),
                          ("(not answered)", 0)]
    obstacle = questions["obstacle"].item
    assert obstacle.rows == [("Cost", 1), ("Skills", 1), ("Infrastructure", 0),
                             ("(not answered)", 1)]
    employees = questions["employees"].item
    values = [12, 3, 40]
    assert employees.kind == "number" and employees.stats == {
        "n": 3, "mean": statistics.fmean(values), "min": 3, "max": 40, "median": 12}
    comment = questions["comment"].item
    assert comment.kind == "text" and comment.answered == 3
    assert comment.samples == ["Need training", "Too costly"]  # latest first, each once
    price = questions["price"]  # inside the repeat: one value per product
    assert price.repeat == "products"
    assert price.item.stats["n"] == 3 and price.item.stats["max"] == 45.0
    assert questions["contact_name"].item.answered == 0
    assert questions["contact_name"].not_answered == 3


def test_summary_across_versions_matches_questions_by_name(db: Database,
                                                           surveyed: Any) -> None:
    summary = db.surveys.summary("needs")
    assert summary.total == 5 and summary.version is None
    assert summary.per_version == {"1": 3, "2": 2}
    questions = by_name(summary)
    names = list(questions)
    # v2's order; "comment" (v1 only) stays after the question it followed.
    assert names.index("employees") < names.index("comment") < names.index("contact_name")
    assert names.index("employees") < names.index("revenue")
    tools = dict(questions["tools"].item.rows)
    assert tools == {"Fax": 3, "Fixed phone": 1, "E-mail": 3, "Website": 1, "Social media": 1,
                     "(not answered)": 0}
    assert questions["revenue"].item.stats["n"] == 2
    assert questions["revenue"].not_answered == 0  # v1 never asked it
    assert questions["comment"].item.answered == 3
    assert questions["obstacle"].item.rows[-1] == ("(not answered)", 1)


def test_summary_in_khmer_and_filters(db: Database, surveyed: Any) -> None:
    khmer = db.surveys.summary("needs", lang="km", not_answered="(មិនបានឆ្លើយ)")
    tools = by_name(khmer)["tools"].item
    assert tools.label == "តើអ្នកប្រើឧបករណ៍អ្វីខ្លះ?"
    assert tools.rows[0] == ("ទូរសារ", 3) and tools.rows[-1] == ("(មិនបានឆ្លើយ)", 0)
    siem_reap = db.surveys.summary("needs", province="Siem Reap")
    assert siem_reap.total == 2 == db.surveys.count_responses("needs", province="Siem Reap")
    assert by_name(siem_reap)["employees"].item.stats["mean"] == 26
    assert db.surveys.summary("needs", sector="tourism").total == 1
    assert db.surveys.summary("needs", date_to="2000-01-01").total == 0


def test_a_correction_counts_once(db: Database, surveyed: Any) -> None:
    first = surveyed["ids"][1]
    draft = db.surveys.correct(first)
    db.surveys.submit(draft, {**V1[1], "employees": 4})
    summary = db.surveys.summary("needs", version="1")
    assert summary.total == 3
    assert by_name(summary)["employees"].item.stats["min"] == 4


def test_summary_pdf_shows_the_questions(db: Database, surveyed: Any, tmp_path: Path) -> None:
    summary = db.surveys.summary("needs", lang="en")
    pdf = tmp_path / "summary.pdf"
    pages = write_summary_pdf(pdf, summary, "All provinces", "en")
    assert pages >= 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Which tools do you use?" in text and "Social media" in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_summary_read_in_sqlite_equals_summary_of_the_plain_answers(db: Database,
                                                                   surveyed: Any) -> None:
    from gmsdesk.forms.summary import summarize

    forms = db.surveys.forms_by_version("needs")
    plain = summarize(forms, ((r.form_version, r.answers) for r in db.surveys.responses("needs")))
    assert plain == db.surveys.summary("needs")
    one = {"1": forms["1"]}
    plain = summarize(one, ((r.form_version, r.answers)
                            for r in db.surveys.responses("needs", version="1")), lang="km")
    assert plain == db.surveys.summary("needs", version="1", lang="km")


def test_a_summary_follows_new_responses_corrections_and_late_fields(db: Database,
                                                                     surveyed: Any,
                                                                     tmp_path: Path) -> None:
    before = db.surveys.summary("needs", version="1")
    assert by_name(before)["employees"].item.stats["max"] == 40
    v1 = db.surveys.form_ref("needs", "1")
    added = answer(db, v1, {"employees": 100, "obstacle": "infra"})
    after = db.surveys.summary("needs", version="1")
    assert after.total == 4 and by_name(after)["employees"].item.stats["max"] == 100
    db.surveys.submit(db.surveys.correct(added), {"employees": 50, "obstacle": "infra"})
    corrected = db.surveys.summary("needs", version="1")
    assert corrected.total == 4 and by_name(corrected)["employees"].item.stats["max"] == 50
    assert db.surveys.summary("needs", province="Siem Reap").total == 2
    # A response whose answers reach this laptop in a later sync batch than its other fields.
    from gmsdesk.sync.hlc import pack, wall_ms

    clock = pack(wall_ms() - 60_000, 0)  # written long ago on another laptop
    db.sync.apply_remote([["survey_responses", "late", "form_id", "needs", clock, 0],
                          ["survey_responses", "late", "form_version", "1", clock, 0]],
                         ["laptop9"], 0)
    assert db.surveys.summary("needs", version="1").total == 5
    db.sync.apply_remote([["survey_responses", "late", "answers", {"employees": 70}, clock, 0]],
                         ["laptop9"], 0)
    late = db.surveys.summary("needs", version="1")
    assert late.total == 5 and by_name(late)["employees"].item.stats["n"] == 5


def test_damaged_answers_do_not_break_the_summary(db: Database, surveyed: Any) -> None:
    db.conn.execute("UPDATE survey_responses SET answers = '{\"employees\": NaN' WHERE id = ?",
                    (surveyed["ids"][0],))
    summary = db.surveys.summary("needs", version="1")
    assert summary.total == 3 and by_name(summary)["employees"].item.stats["n"] == 2


# -- the encoded answers (migration 5) against the reference --------------------------------

EVERY_KIND_V1: list[tuple[str, ...]] = [
    ("note", "intro", "About you", "អំពីអ្នក", ""),
    ("select_one sector", "sector", "Sector", "វិស័យ", ""),
    ("select_multiple tools", "tools", "Tools", "ឧបករណ៍", ""),
    ("integer", "employees", "Employees", "បុគ្គលិក", ""),
    ("decimal", "revenue", "Revenue", "ចំណូល", ""),
    ("range", "rating", "Rating", "ការវាយតម្លៃ", ""),
    ("text", "code", "Member code", "លេខកូដ", ""),
    ("text", "comment", "Comment", "មតិ", ""),
    ("date", "founded", "Founded", "បង្កើត", ""),
    ("acknowledge", "consent", "Consent", "យល់ព្រម", ""),
    ("begin repeat", "products", "Products", "ផលិតផល", ""),
    ("text", "product_name", "Product", "ផលិតផល", ""),
    ("decimal", "price", "Price", "តម្លៃ", ""),
    ("select_one channel", "channel", "Channel", "ឆានែល", ""),
    ("end repeat", "", "", "", ""),
]
EVERY_KIND_CHOICES: list[tuple[str, ...]] = [
    ("sector", "tourism", "Tourism", "ទេសចរណ៍"), ("sector", "crafts", "Handicrafts", "សិប្បកម្ម"),
    ("sector", "it", "IT", "ព័ត៌មានវិទ្យា"),
    ("tools", "fax", "Fax", "ទូរសារ"), ("tools", "email", "E-mail", "អ៊ីមែល"),
    ("tools", "web", "Website", "គេហទំព័រ"),
    ("channel", "shop", "Shop", "ហាង"), ("channel", "online", "Online", "អនឡាញ"),
    ("code", "A1", "Member A1", "A1"), ("code", "B2", "Member B2", "B2"),
]
# Version 2: "comment" dropped, "visits" added, a new tool. Version 3: "code" becomes a choice
# (its older text answers must then be counted as choices, read from the answers themselves).
EVERY_KIND_V2 = [r for r in EVERY_KIND_V1 if r[1] != "comment"]
EVERY_KIND_V2.insert(5, ("integer", "visits", "Visits", "ការទស្សនា", ""))
EVERY_KIND_V3 = [("select_one code", *r[1:]) if r[1] == "code" else r for r in EVERY_KIND_V2]


def _every_kind_form(db: Database, tmp_path: Path, version: int) -> str:
    from gmsdesk.forms.xlsform import load_xlsform
    from tests.survey_kit import write_xlsform

    survey = {1: EVERY_KIND_V1, 2: EVERY_KIND_V2, 3: EVERY_KIND_V3}[version]
    choices = EVERY_KIND_CHOICES + ([("tools", "social", "Social", "សង្គម")]
                                    if version > 1 else [])
    path = write_xlsform(tmp_path / f"kinds_v{version}.xlsx", survey, choices,
                         form_id="kinds", version=str(version), title="Every kind")
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    db.surveys.import_form(form, path.name)
    return db.surveys.form_ref("kinds", str(version))


def _odd_or_plain(rnd: random.Random, plain: Any, odd: list[Any]) -> Any:
    """Mostly a plain answer; sometimes one a hand-edited file or an old version would hold."""
    return rnd.choice(odd) if rnd.random() < 0.08 else plain


def _generated_answers(rnd: random.Random, i: int, version: int) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "sector": _odd_or_plain(rnd, rnd.choice(["tourism", "crafts", "it"]),
                                ["zzz", "", None, 3, True]),
        "tools": _odd_or_plain(rnd, rnd.sample(["fax", "email", "web", "social"][:version + 2],
                                               rnd.randint(1, 3)),
                               [[], "fax web", "", ["fax", "fax"], [["nested"]]]),
        "employees": _odd_or_plain(rnd, rnd.randint(0, 400),
                                   ["12", 7.0, "", "many", 2 ** 60, False, -3]),
        "revenue": _odd_or_plain(rnd, round(rnd.random() * 10_000, 2),
                                 [float("nan"), float("inf"), "12.5", 40, 1e300]),
        "rating": rnd.randint(1, 5),
        # Hundreds of distinct codes once a choice (codes past 255 kept in 4 bytes).
        "code": _odd_or_plain(rnd, rnd.choice(["A1", "B2", f"X{i}", f"Y{i}"]), ["", None, 17]),
        "founded": f"20{rnd.randint(10, 23)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
        "consent": _odd_or_plain(rnd, "OK", ["", True]),
        "double": str(rnd.randint(0, 800)),
    }
    if version == 1:
        answers["comment"] = _odd_or_plain(rnd, rnd.choice(["Too costly", "Need training",
                                                             f"note {i}"]),
                                           ["", ["a", "list"], 5, {"an": "object"}])
    else:
        answers["visits"] = rnd.randint(0, 30)
    answers["products"] = [
        {"product_name": rnd.choice(["Silk", "Rattan", f"P{i}"]),
         "price": _odd_or_plain(rnd, round(rnd.random() * 100, 2), ["", "3.5", None]),
         "channel": rnd.choice(["shop", "online", "agent", "", f"C{i}"])}
        for _ in range(rnd.randint(0, 3))] + (["not an instance"] if i % 97 == 0 else [])
    for name in list(answers):
        if rnd.random() < 0.1:
            del answers[name]  # not relevant, so not there
    return answers


@pytest.mark.parametrize("runs", [64, 0])
def test_summary_of_thousands_of_generated_responses_equals_the_reference(
        db: Database, tmp_path: Path, runs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every question kind, a repeat, three versions (a type changed), odd stored values,
    corrections, responses encoded at write time, by sync, and not at all (written before
    migration 5): each filtered summary equals `summarize` over the plain answers (also
    with rows of different widths padded, as when versions alternate row by row)."""
    import gmsdesk.storage.surveys as storage

    monkeypatch.setattr(storage, "_RUNS", runs)
    from gmsdesk.forms.summary import summarize
    from gmsdesk.storage.surveys import RESPONSE_SPEC
    from gmsdesk.sync.hlc import pack, wall_ms

    rnd = random.Random(5)
    refs = {v: _every_kind_form(db, tmp_path, v) for v in (1, 2, 3)}
    provinces = ["Siem Reap", "Kampot", "Vientiane"]
    smes = [db.smes.create({"name": f"SME {i}", "province": provinces[i % 3],
                            "sector": "tourism", "country": "KH"})[0].record_id for i in range(12)]
    ids: list[str] = []
    with db.atomic():
        for i in range(3000):
            version = 1 if i < 1200 else 2 if i < 2400 else 3
            when = f"2024-{1 + i // 300:02d}-{1 + i % 28:02d}T09:{i % 60:02d}:00.000+07:00"
            [change] = db.surveys.writer.insert(RESPONSE_SPEC, {
                "form_ref": refs[version], "form_id": "kinds", "form_version": str(version),
                "answers": _generated_answers(rnd, i, version), "sme_id": rnd.choice(smes),
                "started_at": when, "submitted_at": when,
                "supersedes": rnd.choice(ids) if ids and i % 150 == 0 else None})
            ids.append(change.record_id)
            if i % 10:  # every tenth is left for the summary to encode
                db.surveys.index_response(change.record_id)
    clock = pack(wall_ms() - 60_000, 0)
    db.sync.apply_remote([["survey_responses", f"remote-{i}", name, value, clock + i, 0]
                          for i in range(40) for name, value in {
                              "form_ref": refs[3], "form_id": "kinds", "form_version": "3",
                              "submitted_at": f"2024-06-0{1 + i % 9}T10:00:00.000+07:00",
                              "answers": _generated_answers(rnd, 5000 + i, 3)}.items()],
                         ["laptop9"], 0)
    forms = db.surveys.forms_by_version("kinds")
    assert len(forms) == 3
    cases: list[dict[str, Any]] = [{}, {"version": "1"}, {"version": "3", "lang": "km"},
                                   {"province": "Kampot"}, {"date_from": "2024-03-01",
                                                            "date_to": "2024-05-31"},
                                   {"sme_id": smes[0], "lang": "km"}]
    for case in cases:
        lang = case.pop("lang", None)
        chosen = case.get("version")
        plain = summarize({chosen: forms[chosen]} if chosen else forms,
                          ((r.form_version, r.answers)
                           for r in db.surveys.responses("kinds", **case)), lang=lang)
        assert db.surveys.summary("kinds", lang=lang, **case) == plain, case
    everything = db.surveys.summary("kinds")
    assert everything.total == 3040 - len({i for i in ids[::150][1:]})
    code = by_name(everything)["code"].item  # text answers of v1 and v2 counted as choices
    assert code.kind == "choices" and dict(code.rows)["Member A1"] > 100
    assert by_name(everything)["price"].repeat == "products"


def test_codes_numbered_in_a_rolled_back_transaction_are_not_reused(db: Database,
                                                                  data_dir: Path,
                                                                  tmp_path: Path) -> None:
    """A submit rolled back after its answers got new codes; another window (connection)
    then gives those numbers to other answers: this one must not trust what it cached."""
    from gmsdesk.forms.summary import summarize

    ref = _every_kind_form(db, tmp_path, 1)
    draft = db.surveys.create_draft(ref)
    with pytest.raises(RuntimeError), db.atomic():  # noqa: PT012 - the block is the scenario: the failure must happen mid-way
        db.surveys.submit(draft, {"comment": "first", "sector": "zzz", "tools": ["fax"]})
        raise RuntimeError("the disk filled up")
    other = Database(data_dir / "gmsdesk.sqlite3", user="other")
    try:
        other.surveys.submit(other.surveys.create_draft(ref),
                             {"sector": "yyy", "tools": ["web", "email"]})
    finally:
        other.close()
    db.surveys.submit(db.surveys.create_draft(ref), {"sector": "zzz", "tools": ["fax"]})
    summary = db.surveys.summary("kinds")
    forms = db.surveys.forms_by_version("kinds")
    assert summary == summarize(forms, ((r.form_version, r.answers)
                                        for r in db.surveys.responses("kinds")))
    assert dict(by_name(summary)["sector"].item.rows) == {
        "Tourism": 0, "Handicrafts": 0, "IT": 0, "yyy": 1, "zzz": 1, "(not answered)": 0}


def test_answers_are_encoded_when_written_and_never_synced(db: Database,
                                                         tmp_path: Path) -> None:
    from gmsdesk.sync.hlc import pack, wall_ms

    ref = _every_kind_form(db, tmp_path, 1)
    mine = answer(db, ref, {"employees": 3, "products": [{"price": 2.5}]})
    outbox = db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    clock = pack(wall_ms() - 60_000, 0)
    db.sync.apply_remote([["survey_responses", "theirs", k, v, clock, 0] for k, v in {
        "form_ref": ref, "form_id": "kinds", "form_version": "1",
        "answers": {"employees": 9}}.items()], ["laptop9"], 0)
    encoded = {row[0] for row in db.conn.execute(
        "SELECT response_id FROM survey_cells")}
    assert encoded == {mine, "theirs"}
    assert db.conn.execute("SELECT count(*) FROM survey_repeat_cells").fetchone()[0] == 1
    assert db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox
    assert not db.conn.execute("SELECT count(*) FROM outbox WHERE tbl LIKE 'survey_c%' "
                               "OR tbl = 'survey_slots'").fetchone()[0]
    assert by_name(db.surveys.summary("kinds"))["employees"].item.stats["max"] == 9


def test_codes_that_name_no_answer_are_rebuilt(db: Database, surveyed: Any,
                                               data_dir: Path) -> None:
    """Encoded answers damaged by hand: the summary notices, encodes the form again, and
    still counts right; another window that cached the old numbers forgets them."""
    from gmsdesk.forms.summary import summarize

    before = db.surveys.summary("needs")
    other = Database(data_dir / "gmsdesk.sqlite3", user="other")
    try:
        v2 = other.surveys.form_ref("needs", "2")
        answer(other, v2, {"obstacle": "cost", "tools": ["fax"]})  # caches numbers
        db.conn.execute("DELETE FROM survey_codes WHERE name = 'obstacle'")
        rebuilt = db.surveys.summary("needs")
        assert rebuilt.total == before.total + 1
        answer(other, v2, {"obstacle": "infra", "tools": ["social"]})
        answer(db, v2, {"obstacle": "skills"})  # numbered anew, in another order
    finally:
        other.close()
    forms = db.surveys.forms_by_version("needs")
    assert db.surveys.summary("needs") == summarize(
        forms, ((r.form_version, r.answers) for r in db.surveys.responses("needs")))
