"""The SME repository: writes, outbox capture, clocks, tombstones, search, duplicates."""

from __future__ import annotations

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.smes import SmeQuery

BAT_TRANG = {
    "name": "Công ty TNHH Gốm sứ Bát Tràng", "registration_no": "0101234567",
    "sector": "handicrafts", "country": "VN", "province": "Hanoi", "district": "Gia Lam",
    "phone": "+84 912 345 678", "contact_name": "Nguyễn Thị Lan", "contact_gender": "female",
    "employees_total": "25", "employees_female": 14, "year_founded": 1998,
    "uses_mobile": True, "uses_email": "yes",
}


def test_create_stores_typed_values_and_bookkeeping(db: Database) -> None:
    [change] = db.smes.create(BAT_TRANG)
    sme = db.smes.get(change.record_id)
    assert sme.name == BAT_TRANG["name"]
    assert sme.employees_total == 25 and sme.uses_mobile == 1 and sme.uses_email == 1
    assert sme.ict_level == 1
    assert sme.created_by == "tester" and sme.updated_by == "tester"
    assert sme.agency_id == "local" and sme.deleted == 0
    assert change.record_id[14] == "7"  # UUIDv7


def test_every_write_path_lands_in_the_outbox(db: Database) -> None:
    sme_id = db.smes.create(BAT_TRANG)[0].record_id
    db.smes.update(sme_id, {"email": "lan@battrang.vn", "employees_total": 30})
    db.smes.update(sme_id, {"email": "lan@battrang.vn"})  # no change: nothing queued
    db.smes.delete(sme_id)
    db.smes.restore(sme_id)
    db.smes.create_many([{"name": "A"}, {"name": "B"}])
    db.smes.add_sector("Coffee roasting")
    ops = [(e.table, e.op, sorted(e.fields)) for e in db.outbox.pending()]
    assert ops[0][:2] == ("smes", "insert") and "agency_id" in ops[0][2]
    assert ops[1] == ("smes", "update", ["email", "employees_total"])
    assert ops[2] == ("smes", "delete", ["deleted"])
    assert ops[3] == ("smes", "undelete", ["deleted"])
    assert [o[:2] for o in ops[4:]] == [("smes", "insert")] * 2 + [("sectors", "insert")]
    entries = db.outbox.pending()
    assert all(e.device_id == db.device_id and e.user == "tester" for e in entries)
    hlcs = [e.hlc for e in entries]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_field_clocks_are_per_field(db: Database) -> None:
    sme_id = db.smes.create(BAT_TRANG)[0].record_id
    spec = db.smes.spec
    created = db.smes.writer.field_clock(spec, sme_id, "phone")
    db.smes.update(sme_id, {"phone": "0912 000 111"})
    assert db.smes.writer.field_clock(spec, sme_id, "phone") > created
    assert db.smes.writer.field_clock(spec, sme_id, "email") == created
    db.smes.delete(sme_id)
    assert db.smes.writer.field_clock(spec, sme_id, "deleted") > created


def test_delete_is_a_tombstone_that_can_be_undone(db: Database) -> None:
    sme_id = db.smes.create(BAT_TRANG)[0].record_id
    db.smes.delete(sme_id)
    assert db.smes.count() == 0
    assert db.smes.count(SmeQuery(deleted=True)) == 1
    assert db.smes.get(sme_id).deleted == 1  # still there
    db.smes.restore(sme_id)
    assert [s.id for s in db.smes.search("bat trang")] == [sme_id]


def test_validation_lists_every_problem_and_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        db.smes.create({"name": " ", "email": "not-an-email", "employees_total": "ten",
                        "year_founded": 1850, "sector": "mining", "phone": "12"})
    assert set(info.value.errors) == {"name", "email", "employees_total", "year_founded",
                                      "sector", "phone"}
    with pytest.raises(ValidationError) as info:
        db.smes.create({"name": "X", "employees_total": 3, "employees_female": 5})
    assert set(info.value.errors) == {"employees_female"}
    assert db.smes.count() == 0 and db.outbox.pending_count() == 0


def test_local_name_alone_is_enough(db: Database) -> None:
    sme = db.smes.get(db.smes.create({"name_local": "សូត្រអង្គរ"})[0].record_id)
    assert sme.name == "សូត្រអង្គរ"


def test_update_of_missing_record(db: Database) -> None:
    with pytest.raises(NotFound):
        db.smes.update("nope", {"name": "x"})


@pytest.mark.parametrize(("stored", "typed"), [
    ("Công ty TNHH Gốm sứ Bát Tràng", "cong ty"),
    ("Công ty TNHH Gốm sứ Bát Tràng", "BÁT TRÀNG"),
    ("Công ty TNHH Gốm sứ Bát Tràng", "gom"),
    ("Đồng Xuân Trading", "dong xuan"),
    ("บริษัท ผ้าไหมไทย จำกัด", "ไหมไทย"),  # inside an unsegmented Thai word
    ("សហគ្រាសសូត្រអង្គរ", "សូត្រ"),  # Khmer
    ("ວິສາຫະກິດຫັດຖະກຳລາວ", "ຫັດຖະກຳ"),  # Lao
    ("ရွှေပုဆိုးလုပ်ငန်း", "ပုဆိုး"),  # Burmese
    ("云南普洱茶业有限公司", "普洱"),  # two characters: below trigram length
    ("Angkor Silk", "an"),
])
def test_search_finds_substrings_in_every_script(db: Database, stored: str, typed: str) -> None:
    db.smes.create({"name": "Decoy Co."})
    sme_id = db.smes.create({"name": stored})[0].record_id
    assert [s.id for s in db.smes.search(typed)] == [sme_id]


def test_search_by_phone_and_registration(db: Database) -> None:
    sme_id = db.smes.create(BAT_TRANG)[0].record_id
    assert [s.id for s in db.smes.search("912 345")] == [sme_id]
    assert [s.id for s in db.smes.search("0101234")] == [sme_id]
    assert db.smes.search('"; DROP TABLE smes; --') == []


def test_filters_sort_and_paging(db: Database) -> None:
    db.smes.create_many([
        {"name": f"Shop {i:02d}", "sector": "trade" if i % 2 else "tourism",
         "province": "Siem Reap" if i < 5 else "Kampot", "country": "KH",
         "uses_website": i % 3 == 0, "employees_total": i}
        for i in range(10)])
    assert db.smes.count(SmeQuery(sector="trade")) == 5
    assert db.smes.count(SmeQuery(province="Siem Reap", sector="tourism")) == 3
    assert db.smes.count(SmeQuery(ict_level=2)) == 4
    page = db.smes.page(SmeQuery(sort="employees_total", descending=True), 2, 3)
    assert [s.employees_total for s in page] == [7, 6, 5]
    assert db.smes.provinces("KH") == ["Kampot", "Siem Reap"]


def test_likely_duplicates_across_diacritics_scripts_phone_and_regno(db: Database) -> None:
    first = db.smes.create({**BAT_TRANG, "name_local": "陶瓷厂"})[0].record_id
    other = db.smes.create({"name": "Angkor Silk", "phone": "+855 23 555 0101"})[0].record_id

    def found(values: dict[str, object]) -> list[tuple[str, tuple[str, ...]]]:
        return [(m.sme.id, m.reasons) for m in db.smes.likely_duplicates(values)]

    assert found({"name": "cong ty gom su bat trang"}) == [(first, ("name",))]
    assert found({"name": "Gốm Sứ Bát Tràng Co., Ltd"}) == [(first, ("name",))]
    assert found({"name": "陶瓷厂"}) == [(first, ("name",))]  # typed local name
    assert found({"name": "Someone else", "phone": "0912-345-678"}) == [(first, ("phone",))]
    assert found({"name": "x", "registration_no": "0101 234 567"}) == [
        (first, ("registration_no",))]
    assert found({"name": "Angkor Silks"}) == [(other, ("similar_name",))]
    assert found({"name": "Mekong Rice Mill"}) == []
    assert found({"name": "Angkor Silk"}) == [(other, ("name",))]
    assert db.smes.likely_duplicates({"name": "Angkor Silk"}, exclude_id=other) == []


def test_own_sectors_extend_the_list(db: Database) -> None:
    db.smes.add_sector("Coffee roasting")
    codes = db.smes.sector_codes()
    assert "x_coffee_roasting" in codes and "tourism" in codes
    sme_id = db.smes.create({"name": "Bolaven Beans", "sector": "x_coffee_roasting"})[0].record_id
    assert db.smes.get(sme_id).sector == "x_coffee_roasting"


def test_similar_names_made_of_short_syllables(db: Database) -> None:
    sme_id = db.smes.create({"name": "Ha Noi Son Tay"})[0].record_id
    assert [m.sme.id for m in db.smes.likely_duplicates({"name": "Ha Noi Son Tai"})] == [sme_id]


def test_sector_codes_keep_thai_marks_and_fold_latin_accents(db: Database) -> None:
    wood = db.smes.add_sector("ไม้")[0].record_id
    other = db.smes.add_sector("ไม่")[0].record_id
    assert wood != other
    cafe = db.smes.add_sector("Café")[0].record_id
    assert db.smes.add_sector("cafe") == ()  # the same sector, already there
    assert [s.code for s in db.smes.sectors() if not s.builtin].count("x_cafe") == 1
    db.smes.writer.set_deleted(db.smes.sector_spec, cafe, True)
    assert [c.record_id for c in db.smes.add_sector("cafe")] == [cafe]  # brought back
    with pytest.raises(ValidationError, match="name for the sector"):
        db.smes.add_sector("  ")


def test_thai_buddhist_era_year_is_converted(db: Database) -> None:
    sme_id = db.smes.create({"name": "Lanna Weaving", "year_founded": "2541"})[0].record_id
    assert db.smes.get(sme_id).year_founded == 1998
