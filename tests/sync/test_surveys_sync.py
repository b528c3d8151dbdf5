"""Surveys through a real server: form versions and responses travel intact, corrections
supersede everywhere without changing the original, nothing overwrites a response, drafts stay
on the laptop, and offices importing the same form do not trip over each other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gmsdesk.sync.hlc import pack, wall_ms
from tests.survey_kit import answer, import_needs
from tests.sync.test_rules import push, state

ANSWERS = {"tools": ["fax", "email"], "obstacle": "cost", "employees": 12,
           "comment": "ផ្សារ online", "contact_name": "Sokha",
           "products": [{"product_name": "Silk scarf", "price": 12.5}]}


def test_forms_and_responses_arrive_intact(enrolled: Any, tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    v1 = import_needs(a, tmp_path, 1)
    first = answer(a, v1, ANSWERS, workshop_id="w-1", language="km")
    v2 = import_needs(a, tmp_path, 2)
    second = answer(a, v2, {"tools": ["social"], "revenue": 10.5})
    client_a.sync()
    client_b.sync()
    assert [(v.version, v.responses) for v in b.surveys.versions("needs")] == [("1", 1),
                                                                             ("2", 1)]
    assert [q.name for q in b.surveys.form(v1).questions] == [
        q.name for q in a.surveys.form(v1).questions]
    got = b.surveys.response(first)
    assert got.answers == ANSWERS  # a JSON object with its lists and numbers, not text
    assert (got.form_version, got.workshop_id, got.language) == ("1", "w-1", "km")
    assert got.submitted_at == a.surveys.response(first).submitted_at
    assert b.surveys.response(second).form_version == "2"
    assert b.surveys.summary("needs").items == a.surveys.summary("needs").items
    assert b.outbox.pending_count() == 0


def test_correction_on_another_laptop_supersedes_everywhere(enrolled: Any, server: Any,
                                                            tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    ref = import_needs(a, tmp_path)
    original = answer(a, ref, ANSWERS)
    client_a.sync()
    client_b.sync()
    draft = b.surveys.correct(original)
    fixed = b.surveys.submit(draft, {**ANSWERS, "employees": 15})[0].record_id
    client_b.sync()
    client_a.sync()
    for db in (a, b):
        assert [r.id for r in db.surveys.responses("needs")] == [fixed]
        assert db.surveys.response(original).answers == ANSWERS
        assert db.surveys.response(original).superseded
        assert db.surveys.summary("needs").total == 1
    assert state(server, "survey_responses", original)["answers"] == ANSWERS
    on_server = state(server, "survey_responses", fixed)
    assert on_server["supersedes"] == original and on_server["answers"]["employees"] == 15


def test_a_response_is_never_overwritten(enrolled: Any, server: Any, tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    ref = import_needs(a, tmp_path)
    original = answer(a, ref, ANSWERS)
    client_a.sync()
    client_a.sync()  # sent again: nothing changes
    # Another laptop re-sends the response with other answers and a later clock.
    token = b.sync.enrolment().token
    push(server, token, "resend-1", [["survey_responses", original, "answers",
                                      {"employees": 999}, pack(wall_ms() + 1000, 0)]])
    assert state(server, "survey_responses", original)["answers"] == ANSWERS
    client_b.sync()
    assert b.surveys.response(original).answers == ANSWERS
    # And a replayed change reaching a laptop that already has it is ignored there too.
    applied = b.sync.apply_remote([["survey_responses", original, "answers", {"x": 1},
                                    pack(wall_ms() + 2000, 0), 0]], ["someone"], b.sync.cursor)
    assert applied == () and b.surveys.response(original).answers == ANSWERS


def test_a_draft_never_leaves_the_laptop(enrolled: Any, server: Any, tmp_path: Path) -> None:
    a, client_a = enrolled("kh-sr", "laptop1")
    b, client_b = enrolled("kh-sr", "laptop2")
    ref = import_needs(a, tmp_path)
    draft = a.surveys.create_draft(ref)
    a.surveys.save_draft(draft, {"comment": "half done"})
    client_a.sync()
    client_b.sync()
    assert b.surveys.drafts() == [] and b.surveys.forms()[0].drafts == 0
    assert state(server, "survey_drafts", draft) == {}
    assert a.surveys.draft(draft).answers == {"comment": "half done"}


def test_offices_importing_the_same_form_both_sync(enrolled: Any, tmp_path: Path) -> None:
    kh, client_kh = enrolled("kh-sr", "laptop-kh")
    lao, client_lao = enrolled("la-vt", "laptop-lao")
    hq, client_hq = enrolled("hq", "laptop-hq")
    answer(kh, import_needs(kh, tmp_path), ANSWERS)
    answer(lao, import_needs(lao, tmp_path), {**ANSWERS, "employees": 5})
    client_kh.sync()
    client_lao.sync()  # refused if its form version were the Cambodian office's record
    client_hq.sync()
    [row] = hq.surveys.forms()
    assert (row.form_id, row.versions, row.responses) == ("needs", 1, 2)
    assert hq.surveys.summary("needs").total == 2
    assert lao.outbox.pending_count() == 0
