"""Headquarters and two agencies against a real server (SQLite and PostgreSQL): every record
keeps its owner on every laptop, headquarters edits any agency's records, a refused change never
jams a laptop, and what headquarters publishes reaches every agency, read-only there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gmsdesk.records.catalog import TARGETS
from gmsdesk.storage.agencies import profile_id
from gmsdesk.storage.errors import ReadOnlyRecord
from gmsdesk.storage.records import TableSpec
from gmsdesk.storage.smes import SmeQuery
from tests.survey_kit import answer, import_needs


def test_every_laptop_keeps_the_agency_that_owns_each_record(enrolled: Any) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    kh2, client_kh2 = enrolled("kh-sr", "siem-reap-2")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    silk = kh.smes.create({"name": "Angkor Silk"})[0].record_id
    textile = lao.smes.create({"name": "Lao Textile House"})[0].record_id
    for client in (client_kh, client_lao, client_hq, client_kh2):
        client.sync()
    assert hq.is_hq and not kh.is_hq
    assert {s.id: s.agency_id for s in hq.smes.page(SmeQuery())} == {silk: "kh-sr",
                                                                    textile: "la-vt"}
    assert kh2.smes.get(silk).agency_id == "kh-sr"
    assert [s.id for s in lao.smes.page(SmeQuery())] == [textile]  # nothing leaks across
    # Who made it, by name, not a computer's id.
    assert hq.smes.get(textile).created_by == "vientiane-1"
    assert hq.sync.device_names()[lao.device_id] == "vientiane-1"


def test_headquarters_edits_reach_the_agency_and_conflicts_name_people(enrolled: Any) -> None:
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    textile = lao.smes.create({"name": "Lao Textile House", "phone": "021 111 222"}
                              )[0].record_id
    client_lao.sync()
    client_hq.sync()
    hq.smes.update(textile, {"district": "Chanthabuly"})  # headquarters completes a record
    client_hq.sync()
    client_lao.sync()
    assert lao.smes.get(textile).district == "Chanthabuly"
    assert lao.smes.get(textile).agency_id == "la-vt"  # still the agency's
    # Both change the phone at once: a conflict, the agency's, seen by both, with names.
    lao.smes.update(textile, {"phone": "021 333 444"})
    hq.smes.update(textile, {"phone": "021 555 666"})
    client_lao.sync()
    client_hq.sync()
    client_lao.sync()
    [seen_lao] = lao.sync.open_conflicts()
    [seen_hq] = hq.sync.open_conflicts()
    assert seen_lao == seen_hq
    assert {seen_lao.winner_user, seen_lao.loser_user} == {"vientiane-1", "hq-desk"}
    assert lao.smes.get(textile).phone == hq.smes.get(textile).phone
    assert hq.conn.execute("SELECT agency_id FROM conflicts").fetchone()[0] == "la-vt"
    # Headquarters settles it; the agency sees it settled.
    hq.sync.resolve_conflict(seen_hq.id, "021 333 444")
    client_hq.sync()
    client_lao.sync()
    assert lao.sync.open_conflicts() == []
    assert lao.smes.get(textile).phone == "021 333 444"


def test_a_refused_change_is_parked_and_sync_goes_on(enrolled: Any) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    silk = kh.smes.create({"name": "Angkor Silk"})[0].record_id
    client_kh.sync()
    # A Lao laptop that somehow has the record's id writes it, in a batch with its own work.
    lao.conn.execute("INSERT INTO outbox(tbl, row_id, op, fields, hlc, device_id, user, at) "
                     "VALUES ('smes', ?, 'update', '{\"name\": \"Stolen\"}', ?, ?, 'x', '')",
                     (silk, lao.clock.now(), lao.device_id))
    own = lao.smes.create({"name": "Lao Textile House"})[0].record_id
    report = client_lao.sync()  # no exception: the rest of the batch and the pull go through
    assert report.refused == 1 and lao.outbox.pending_count() == 0
    [parked] = lao.sync.refused()
    assert (parked.table, parked.record_id, parked.field, parked.value) == \
        ("smes", silk, "name", "Stolen")
    assert parked.reason == "belongs to another agency"
    # Later work keeps flowing both ways.
    later = lao.smes.create({"name": "Vientiane Coffee"})[0].record_id
    assert client_lao.sync().refused == 0
    client_kh.sync()
    client_hq.sync()
    assert kh.smes.get(silk).name == "Angkor Silk"
    assert {own, later} <= {s.id for s in hq.smes.page(SmeQuery())}
    # A person discards the parked change once read.
    assert lao.sync.discard_refused([parked.id]) == 1
    assert lao.sync.refused() == []


def test_published_records_reach_every_agency_read_only(enrolled: Any, tmp_path: Path) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    lao, client_lao = enrolled("la-vt", "vientiane-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    client_hq.sync()  # the profiles the server made when the agencies were added
    form = import_needs(hq, tmp_path)
    hq.training.add_module("advanced", "Selling to government (e-procurement)")
    hq.smes.add_sector("Eco-tourism")
    target = hq.smes.writer.insert(TableSpec(TARGETS), {
        "indicator": "people_trained", "scope": "economy", "scope_value": "KH",
        "period_start": "2027-01-01", "period_end": "2027-12-31", "value": 400})[0].record_id
    hq.agencies.save(profile_id("la-vt"), {"names": {"lo": "ສູນສົ່ງເສີມການຄ້າ"},
                                             "services": [{"type": "translation",
                                                           "languages": ["lo-ja"]}]})
    kh.training.add_module("basic", "Khmer keyboard")  # the agency's own: stays inside it
    for client in (client_hq, client_kh, client_lao, client_kh, client_hq):
        client.sync()
    for db in (kh, lao):
        assert db.surveys.form(form).form_id == "needs"
        assert "Eco-tourism" in {s.label for s in db.smes.sectors()}
        assert db.agencies.get(profile_id("la-vt")).names == {"lo": "ສູນສົ່ງເສີມການຄ້າ"}
        assert db.conn.execute("SELECT value FROM targets WHERE id = ?",
                               (target,)).fetchone()[0] == 400
        titles = {m.title for m in db.training.modules()}
        assert "Selling to government (e-procurement)" in titles
        with pytest.raises(ReadOnlyRecord):
            db.agencies.save(profile_id("la-vt"), {"phone": "021 000 000"})
        specs = db.sync.specs()
        module = db.conn.execute("SELECT id FROM modules WHERE title LIKE 'Selling%'"
                                 ).fetchone()[0]
        sector = db.conn.execute("SELECT id FROM sectors WHERE label = 'Eco-tourism'"
                                 ).fetchone()[0]
        for table, record_id, values in (("forms", form, {"title": "Mine now"}),
                                         ("modules", module, {"title": "Mine now"}),
                                         ("sectors", sector, {"label": "Mine now"}),
                                         ("targets", target, {"value": 1})):
            with pytest.raises(ReadOnlyRecord):
                db.smes.writer.update(specs[table], record_id, values)
            with pytest.raises(ReadOnlyRecord):
                db.smes.writer.set_deleted(specs[table], record_id, True)
    assert "Khmer keyboard" not in {m.title for m in lao.training.modules()}
    assert "Khmer keyboard" in {m.title for m in hq.training.modules()}  # HQ sees all
    # An agency answers the published form; headquarters retires the version later and the
    # answers stay everywhere.
    response = answer(kh, form, {"obstacle": "cost"})
    client_kh.sync()
    hq.smes.writer.update(hq.sync.specs()["forms"], form, {"retired": 1})
    client_hq.sync()
    client_kh.sync()
    assert kh.conn.execute("SELECT retired FROM forms WHERE id = ?", (form,)).fetchone()[0] == 1
    assert kh.surveys.response(response).answers == {"obstacle": "cost"}
    assert hq.surveys.response(response).agency_id == "kh-sr"


def test_a_laptop_upgraded_from_before_owners_learns_them(enrolled: Any) -> None:
    kh, client_kh = enrolled("kh-sr", "siem-reap-1")
    hq, client_hq = enrolled("hq", "hq-desk")
    silk = kh.smes.create({"name": "Angkor Silk"})[0].record_id
    client_kh.sync()
    client_hq.sync()
    # As an older release stored it: under the receiving laptop's agency.
    with hq.atomic():
        hq.conn.execute("UPDATE smes SET agency_id = 'hq'")
        hq.set_meta("sync_cursor", "0")  # what migration 7 does for an enrolled laptop
    client_hq.sync()
    assert hq.smes.get(silk).agency_id == "kh-sr"
