"""Survey storage: form versions, drafts that survive a closed laptop, append-only responses,
corrections that supersede, filters by the linked SME and by date."""

from __future__ import annotations

import json
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.surveys import FormVersionClash
from tests.survey_kit import (
    NEEDS_CHOICES_V1,
    NEEDS_V1,
    answer,
    import_needs,
    needs_form,
    write_xlsform,
)

V1_ANSWERS = {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12,
              "comment": "ផ្សារ online ល្អ", "contact_name": "Sokha",
              "products": [{"product_name": "Silk scarf", "price": 12.5}]}


def outbox_tables(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT tbl FROM outbox ORDER BY seq")]


def test_import_form_versions_and_clash(db: Database, tmp_path: Path) -> None:
    form, problems = load_xlsform(needs_form(tmp_path, 1))
    assert form is not None, problems
    [change] = db.surveys.import_form(form, "needs_v1.xlsx")
    assert change.table == "forms"
    # The same file again, even renamed: nothing new.
    assert db.surveys.import_form(form, "copy of needs.xlsx") == ()
    # Same version, other questions: refused, nothing stored.
    other = write_xlsform(tmp_path / "edited.xlsx", NEEDS_V1[:3], NEEDS_CHOICES_V1, version="1")
    edited, _ = load_xlsform(other)
    assert edited is not None
    with pytest.raises(FormVersionClash) as caught:
        db.surveys.import_form(edited, "edited.xlsx")
    assert "version" in str(caught.value).lower()
    import_needs(db, tmp_path, 2)
    [row] = db.surveys.forms()
    assert (row.form_id, row.version, row.title, row.versions) == (
        "needs", "2", "SME needs assessment", 2)
    assert [v.version for v in db.surveys.versions("needs")] == ["1", "2"]
    rebuilt = db.surveys.form(row.ref)
    assert "revenue" in [q.name for q in rebuilt.questions]
    assert db.surveys.form(row.ref) is rebuilt  # cached


def test_versions_order_naturally(db: Database, tmp_path: Path) -> None:
    for version in ("9", "10"):
        path = write_xlsform(tmp_path / f"f{version}.xlsx", NEEDS_V1[:3], NEEDS_CHOICES_V1,
                             form_id="evaluation", version=version, title=f"Eval {version}")
        form, _ = load_xlsform(path)
        assert form is not None
        db.surveys.import_form(form, path.name)
    assert db.surveys.forms()[0].version == "10"


def test_draft_survives_a_closed_laptop_and_never_syncs(data_dir: Path, tmp_path: Path) -> None:
    path = data_dir / "gmsdesk.sqlite3"
    with Database(path, user="officer") as first:
        ref = import_needs(first, tmp_path)
        sme = first.smes.create({"name": "Angkor Silk", "province": "Siem Reap"})[0].record_id
        draft_id = first.surveys.create_draft(ref, sme_id=sme, language="km")
        before = len(outbox_tables(first))
        first.surveys.save_draft(draft_id, {"tools": ["fax"]}, page=2)
        first.surveys.save_draft(draft_id, {"tools": ["fax", "phone"]})
        assert len(outbox_tables(first)) == before  # drafts stay on this laptop
    with Database(path, user="officer") as reopened:
        draft = reopened.surveys.draft(draft_id)
        assert draft.answers == {"tools": ["fax", "phone"]}
        assert (draft.page, draft.language, draft.sme_name) == (2, "km", "Angkor Silk")
        assert (draft.form_id, draft.form_version) == ("needs", "1")
        assert [d.id for d in reopened.surveys.drafts("needs")] == [draft_id]
        assert reopened.surveys.forms()[0].drafts == 1


def test_save_draft_is_cheap(db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    draft_id = db.surveys.create_draft(ref)
    answers = {f"q{i}": f"answer number {i} ពាក្យ" for i in range(80)}
    times = []
    for i in range(60):
        answers["q0"] = str(i)
        start = time.perf_counter()
        db.surveys.save_draft(draft_id, answers, page=i % 4)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.010


def test_submit_keeps_the_version_the_draft_began_on(db: Database, tmp_path: Path) -> None:
    v1 = import_needs(db, tmp_path, 1)
    draft_id = db.surveys.create_draft(v1, workshop_id="w1", language="en")
    db.surveys.save_draft(draft_id, {"tools": ["fax"]})
    import_needs(db, tmp_path, 2)
    assert db.surveys.draft(draft_id).form_version == "1"
    [change] = db.surveys.submit(draft_id, V1_ANSWERS)
    response = db.surveys.response(change.record_id)
    assert (response.form_id, response.form_version, response.form_ref) == ("needs", "1", v1)
    assert response.answers == V1_ANSWERS
    assert response.workshop_id == "w1" and response.language == "en"
    assert response.started_at and response.submitted_at
    assert response.started_at <= response.submitted_at
    assert not response.superseded and response.created_by == "tester"
    with pytest.raises(NotFound):
        db.surveys.draft(draft_id)
    assert outbox_tables(db)[-1] == "survey_responses"
    entry = json.loads(db.conn.execute(
        "SELECT fields FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert entry["answers"] == V1_ANSWERS and entry["form_version"] == "1"


def test_submit_refuses_answers_that_are_not_an_object(db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    draft_id = db.surveys.create_draft(ref)
    db.surveys.save_draft(draft_id, {"employees": 3})
    with pytest.raises(ValidationError):
        db.surveys.submit(draft_id, ["not", "an", "object"])  # type: ignore[arg-type]
    assert db.surveys.draft(draft_id).answers == {"employees": 3}  # nothing lost
    assert db.surveys.count_responses("needs") == 0


def test_correction_supersedes_without_changing_the_original(db: Database,
                                                             tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    first = answer(db, ref, V1_ANSWERS)
    draft_id = db.surveys.correct(first)
    assert db.surveys.correct(first) == draft_id  # the open correction, not a second one
    draft = db.surveys.draft(draft_id)
    assert draft.answers == V1_ANSWERS and draft.supersedes == first
    fixed = {**V1_ANSWERS, "employees": 15}
    second = db.surveys.submit(draft_id, fixed)[0].record_id
    current = list(db.surveys.responses("needs"))
    assert [r.id for r in current] == [second]
    assert current[0].supersedes == first and current[0].answers["employees"] == 15
    everything = {r.id: r for r in db.surveys.responses("needs", include_superseded=True)}
    assert everything[first].superseded and everything[first].answers == V1_ANSWERS
    assert not everything[second].superseded
    with pytest.raises(ValidationError):
        db.surveys.correct(first)  # already corrected: correct the newest
    assert db.surveys.count_responses("needs") == 1
    assert db.surveys.forms()[0].responses == 1


def test_filters_by_the_linked_sme_and_date(db: Database, tmp_path: Path) -> None:
    ref = import_needs(db, tmp_path)
    silk = db.smes.create({"name": "Angkor Silk", "province": "Siem Reap",
                           "sector": "handicrafts", "country": "KH"})[0].record_id
    tours = db.smes.create({"name": "Mekong Tours", "province": "Phnom Penh",
                            "sector": "tourism", "country": "KH"})[0].record_id
    lao = db.smes.create({"name": "Lao Weaving", "province": "Vientiane",
                          "sector": "handicrafts", "country": "LA"})[0].record_id
    for sme in (silk, silk, tours, lao):
        answer(db, ref, {"employees": 3}, sme_id=sme)
    answer(db, ref, {"employees": 4})  # linked to no SME
    surveys = db.surveys
    assert surveys.count_responses("needs") == 5
    assert surveys.count_responses("needs", province="Siem Reap") == 2
    assert surveys.count_responses("needs", sector="handicrafts") == 3
    assert surveys.count_responses("needs", country="LA") == 1
    assert {r.sme_name for r in surveys.responses("needs", sector="tourism")} == {
        "Mekong Tours"}
    today = date.today()
    assert surveys.count_responses("needs", date_from=today, date_to=today) == 5
    assert surveys.count_responses("needs", date_to=today - timedelta(days=1)) == 0
    assert surveys.count_responses("needs", date_from=(today + timedelta(days=1)).isoformat()) \
        == 0
    with pytest.raises(ValidationError):
        surveys.count_responses("needs", date_from="15/03/2024")


def test_delete_form_only_when_nobody_answered_it(db: Database, tmp_path: Path) -> None:
    v1 = import_needs(db, tmp_path, 1)
    v2 = import_needs(db, tmp_path, 2)
    answer(db, v1, {"employees": 1})
    with pytest.raises(ValidationError):
        db.surveys.delete_form(v1)
    assert [c.op for c in db.surveys.delete_form(v2)] == ["delete"]
    assert db.surveys.delete_form(v2) == ()  # already gone
    assert [v.version for v in db.surveys.versions("needs")] == ["1"]
    # Importing it again brings it back.
    import_needs(db, tmp_path, 2)
    assert [v.version for v in db.surveys.versions("needs")] == ["1", "2"]
