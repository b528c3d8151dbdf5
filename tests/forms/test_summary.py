"""The summary matches the responses: counts per choice in choice order, number statistics,
text samples, across versions by question name, with the filters; and it prints."""

from __future__ import annotations

import statistics
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.reports.summary import write_summary
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
                           "sector": "handicrafts", "country": "KH"}).record_id
    tours = db.smes.create({"name": "Mekong Tours", "province": "Phnom Penh",
                            "sector": "tourism", "country": "KH"}).record_id
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
    pages = write_summary(pdf, summary.title, "All provinces", summary.total, summary.items,
                          "en")
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


def test_wide_forms_read_in_python_give_the_same_summary(db: Database, surveyed: Any,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    import gmsdesk.storage.surveys as storage

    narrow = db.surveys.summary("needs", lang="km")
    storage._COLUMN_CACHE.clear()
    monkeypatch.setattr(storage, "_WIDE", 0)  # as a form of hundreds of questions is read
    assert db.surveys.summary("needs", lang="km") == narrow
    assert db.surveys.summary("needs", province="Siem Reap").total == 2
