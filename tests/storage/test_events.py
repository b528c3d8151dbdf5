"""Awareness events in storage: checked as declared, written like every synced record, listed
by kind, dates, place, agency and words, added up for the indicators, exported."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import NotFound, ReadOnlyRecord, ValidationError
from gmsdesk.storage.events import EventFilter, EventTotals, export_events, export_strings


def event(db: Database, **values: Any) -> str:
    base = {"kind": "road_show", "title": "E-business road show", "held_on": "2025-03-10",
            "country": "KH", "province": "Siem Reap"}
    return db.events.add({**base, **values})[0].record_id


def sme(db: Database, name: str, **values: Any) -> str:
    return db.smes.create({"name": name, **values})[0].record_id


def test_an_event_is_checked_field_by_field_and_every_problem_named(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        db.events.add({"kind": "party", "title": " ", "held_on": "10/03/2025",
                       "audience_female": "many", "audience_male": -3, "country": "FR",
                       "sme_ids": ["no-such-sme"]})
    assert set(err.value.errors) == {"kind", "title", "held_on", "audience_female",
                                     "audience_male", "country", "sme_ids"}
    with pytest.raises(ValidationError) as err:
        db.events.add({})  # kind, title and date are what an event is
    assert set(err.value.errors) == {"kind", "title", "held_on"}
    with pytest.raises(ValidationError) as err:
        event(db, held_on="2025-03-12", end_on="2025-03-10")
    assert err.value.errors == {"end_on": "The last day cannot be before the first."}
    assert db.events.query() == []
    # The same messages for a form to show while typing, nothing written.
    assert set(db.events.validate({"title": "Launch"})) == {"kind", "held_on"}
    assert db.events.validate({"kind": "launch", "title": "Launch",
                               "held_on": "2025-04-01"}) == {}


def test_add_get_update_delete_restore_each_say_what_changed(db: Database) -> None:
    silk = sme(db, "Angkor Silk", name_local="អង្គរសូត្រ")
    [made] = db.events.add({"kind": "Seminar", "title": "Selling crafts online",
                            "held_on": "2025-05-02", "audience_female": "41",
                            "audience_male": "1,200", "organisations": 12,
                            "sme_ids": [silk, silk]})
    assert (made.table, made.op) == ("events", "insert")
    got = db.events.get(made.record_id)
    # Typed text read as numbers; a code in capitals is the code; an SME named twice, once.
    assert (got.kind, got.audience_female, got.audience_male, got.sme_ids) == (
        "seminar", 41, 1200, (silk,))
    assert got.audience == 1241 and got.end_on is None
    assert db.events.update(made.record_id, {"title": "Selling crafts online"}) == ()
    [edit] = db.events.update(made.record_id, {"media_reach": 250_000, "end_on": "2025-05-03"})
    assert edit.fields == ("end_on", "media_reach")
    with pytest.raises(ValidationError):  # checked against the first day it keeps
        db.events.update(made.record_id, {"end_on": "2025-05-01"})
    assert db.events.get(made.record_id).end_on == "2025-05-03"
    assert [c.op for c in db.events.delete(made.record_id)] == ["delete"]
    assert db.events.query() == [] and db.events.get(made.record_id).deleted
    assert [e.id for e in db.events.query(EventFilter(deleted=True))] == [made.record_id]
    assert [c.op for c in db.events.restore(made.record_id)] == ["undelete"]
    assert [e.id for e in db.events.query()] == [made.record_id]
    with pytest.raises(NotFound):
        db.events.get("no-such-event")
    # Every write waits in the outbox for sync; the refused edit and the same title did not.
    ops = [entry.op for entry in db.outbox.for_record("events", made.record_id)]
    assert ops == ["insert", "update", "delete", "undelete"]


def test_the_list_filters_by_kind_dates_place_and_words(db: Database) -> None:
    show = event(db, title="Road show: selling online", held_on="2025-03-10",
                 end_on="2025-03-14", organiser="Siem Reap Chamber of Commerce",
                 venue="Angkor hall")
    campaign = event(db, kind="media_campaign", title="ប្រព័ន្ធផ្សព្វផ្សាយ ពាណិជ្ជកម្មអេឡិចត្រូនិច",
                     held_on="2025-02-01", end_on="2025-04-30", province="Phnom Penh")
    hanoi = event(db, kind="consultation", title="Tham vấn doanh nghiệp", held_on="2025-06-05",
                  country="VN", province="Hà Nội", venue="Trung tâm Hội nghị")

    def ids(**filters: Any) -> list[str]:
        return [e.id for e in db.events.query(EventFilter(**filters))]

    assert ids() == [hanoi, show, campaign]  # newest first
    assert ids(kind="media_campaign") == [campaign]
    # A range keeps every event with a day in it: one running through it, one inside it.
    assert ids(start="2025-03-12", end="2025-03-31") == [show, campaign]
    assert ids(start="2025-04-01") == [hanoi, campaign]
    assert ids(end="2025-01-31") == []
    assert ids(country="VN") == [hanoi]
    assert ids(province="siem reap") == [show]
    assert ids(province="Ha Noi") == [hanoi]  # folded as the SME list folds names
    # Words from the title, the organiser or the venue, in any script, without accents.
    assert ids(text="chamber online") == [show]
    assert ids(text="angkor") == [show]
    assert ids(text="tham van") == [hanoi]
    assert ids(text="ពាណិជ្ជកម្ម") == [campaign]
    assert ids(text="chamber", kind="seminar") == []
    assert db.events.provinces() == ["Hà Nội", "Phnom Penh", "Siem Reap"]
    assert db.events.provinces("KH") == ["Phnom Penh", "Siem Reap"]


def test_totals_add_up_the_filtered_list(db: Database) -> None:
    event(db, audience_female=40, audience_male=35, audience_other=2, organisations=9)
    event(db, kind="media_campaign", held_on="2025-04-01", media_reach=120_000,
          audience_female=None)
    event(db, kind="seminar", held_on="2025-05-01", audience_female=18, audience_male=22,
          organisations=6, country="LA", province="Vientiane")
    everything = db.events.totals()
    assert everything == EventTotals(events=3, female=58, male=57, other=2, organisations=15,
                                     media_reach=120_000)
    assert everything.audience == 117
    cambodia = db.events.totals(EventFilter(country="KH"))
    assert (cambodia.events, cambodia.audience, cambodia.media_reach) == (2, 77, 120_000)
    assert db.events.totals(EventFilter(text="nothing like it")) == EventTotals()


def test_linked_smes_are_named_and_an_unknown_one_is_kept(db: Database) -> None:
    silk = sme(db, "Angkor Silk", province="Siem Reap")
    pepper = sme(db, "Kampot Pepper")
    eid = event(db, sme_ids=[pepper, silk])
    assert [(s.id, s.name) for s in db.events.linked_smes(eid)] == [
        (pepper, "Kampot Pepper"), (silk, "Angkor Silk")]
    assert db.events.sme_names([silk, "gone"]) == {silk: "Angkor Silk"}
    # An id sync brought before its SME (or of an SME since removed) stays, by its id.
    db.conn.execute("UPDATE events SET sme_ids = ? WHERE id = ?", (f'["{silk}","x-1"]', eid))
    linked = db.events.linked_smes(eid)
    assert [(s.name, s.known) for s in linked] == [("Angkor Silk", True), ("x-1", False)]


def test_a_headquarters_laptop_filters_by_agency_and_an_agency_reads_others_only(
        db: Database) -> None:
    for agency, title in (("kh-sr", "Road show Siem Reap"), ("la-vt", "Launch Vientiane")):
        db.set_meta_atomic("agency_id", agency)
        event(db, title=title)
    assert [e.title for e in db.events.query(EventFilter(agency="la-vt"))] == [
        "Launch Vientiane"]
    lao = db.events.query(EventFilter(agency="la-vt"))[0]
    # This laptop is now Siem Reap's: the Vientiane event is read-only here.
    db.set_meta_atomic("agency_id", "kh-sr")
    with pytest.raises(ReadOnlyRecord):
        db.events.update(lao.id, {"title": "Changed"})
    db.set_meta_atomic("agency_hq", "1")  # headquarters may change any agency's
    assert db.events.update(lao.id, {"title": "Launch, Vientiane"}) != ()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_filtered_list_with_labels_in_a_language(
        db: Database, tmp_path: Path, suffix: str) -> None:
    silk = sme(db, "Angkor Silk")
    event(db, title="=HYPERLINK(1)", audience_female=40, audience_male=35, sme_ids=[silk],
          held_on="2025-03-10", end_on="2025-03-12")
    event(db, kind="seminar", title="Not this one", country="LA", province="Vientiane")
    words = {"Kind": "ប្រភេទ", "Road show": "ការបង្ហាញតាមផ្លូវ", "Cambodia": "កម្ពុជា"}
    assert {"Road show", "Cambodia", "Audience in all"} <= {t for _, t in export_strings()}
    path = tmp_path / f"events{suffix}"
    count = export_events(db, path, EventFilter(country="KH"),
                          translate=lambda _context, text: words.get(text, text))
    assert count == 1 and not path.with_name(path.name + ".part").exists()
    if suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(path).active
        rows = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]
    header, line = rows
    record = dict(zip(header, line, strict=True))
    assert header[:3] == ["ប្រភេទ", "Title", "Date"] and "Agency" not in header
    assert record["ប្រភេទ"] == "ការបង្ហាញតាមផ្លូវ" and record["Economy"] == "កម្ពុជា"
    # Never a formula to run: text in a workbook, kept text by an apostrophe in a CSV.
    assert record["Title"] == ("'" if suffix == ".csv" else "") + "=HYPERLINK(1)"
    assert (record["Women"], record["Men"], record["Audience in all"]) == ("40", "35", "75")
    assert (record["Date"], record["Last day"], record["SMEs"]) == (
        "2025-03-10", "2025-03-12", "Angkor Silk")


def test_a_headquarters_export_names_each_agency(db: Database, tmp_path: Path) -> None:
    db.set_meta_atomic("agency_id", "kh-sr")
    event(db)
    path = tmp_path / "events.csv"
    export_events(db, path, agency_names={"kh-sr": "Siem Reap Chamber of Commerce"})
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, line = list(csv.reader(handle))
    assert header[-2:] == ["Agency", "Agency name"]
    assert line[-2:] == ["kh-sr", "Siem Reap Chamber of Commerce"]
