"""The Services and Inquiries lists across all SMEs: filters on the record and on its SME,
totals of the whole filtered list, from abroad or at home (Yunnan and China), sort and pages,
and a list that follows the data as it changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.storage.activity import (
    INQUIRY_SORTS,
    SERVICE_SORTS,
    ActivityQuery,
    FeeTotal,
    InquiryQuery,
    InquiryTotals,
    OrderTotal,
    ServiceQuery,
)
from gmsdesk.storage.db import Database


def own(db: Database, table: str, record_id: str, agency: str) -> None:
    """A record synced from another agency keeps its owner: as sync would store it."""
    with db.atomic():
        db.conn.execute(f"UPDATE {table} SET agency_id = ? WHERE id = ?", (agency, record_id))


@pytest.fixture
def smes(db: Database) -> dict[str, str]:
    """Four SMEs in three economies; name -> id."""
    made = {}
    for values in (
        {"name": "Angkor Silk", "name_local": "សូត្រអង្គរ", "country": "KH",
         "province": "Siem Reap", "sector": "handicrafts"},
        {"name": "Bayon Tours", "country": "KH", "province": "Siem Reap", "sector": "tourism"},
        {"name": "Công ty Gốm Bát Tràng", "country": "VN", "province": "Hà Nội",
         "sector": "handicrafts"},
        {"name": "Pu'er Tea House", "name_local": "普洱茶庄", "country": "YN",
         "province": "Pu'er", "sector": "agri_food"},
    ):
        made[values["name"]] = db.smes.create(values)[0].record_id
    return made


def service(db: Database, sme_id: str, **values: object) -> str:
    defaults: dict[str, object] = {"type": "website", "delivered_on": "2024-03-01"}
    return db.training.add_service(sme_id, {**defaults, **values})[0].record_id


def inquiry(db: Database, sme_id: str, **values: object) -> str:
    defaults: dict[str, object] = {"received_on": "2024-04-01", "channel": "email"}
    return db.training.add_inquiry(sme_id, {**defaults, **values})[0].record_id


def names(lines: list[Any]) -> list[str]:
    return [line.sme_name for line in lines]


@pytest.fixture
def services(db: Database, smes: dict[str, str]) -> dict[str, str]:
    """Services of the four SMEs: fees in dollars and dong, paid or not, free ones."""
    silk, tours, pottery, tea = smes.values()
    return {
        "silk-site": service(db, silk, type="website", delivered_on="2024-01-10",
                             staff="Sokha Chan", fee=150, currency="USD", paid=True),
        "silk-listing": service(db, silk, type="listing", delivered_on="2024-02-05",
                                staff="Dara Keo", fee=50, currency="USD"),
        "tours-advice": service(db, tours, type="advice", delivered_on="2024-02-20",
                                staff="Sokha Chan", fee=0, currency="USD"),
        "pottery-translation": service(db, pottery, type="translation",
                                       delivered_on="2024-03-15", staff="Nguyễn Thị Lan",
                                       fee=1_500_000, currency="VND", paid=True),
        "tea-content": service(db, tea, type="content", delivered_on="2023-12-01",
                               staff="Li Wei"),
    }


def test_services_across_smes_newest_first_with_their_sme(db: Database,
                                                          services: dict[str, str]) -> None:
    lines = db.activity.page(ServiceQuery())
    assert [line.delivered_on for line in lines] == [
        "2024-03-15", "2024-02-20", "2024-02-05", "2024-01-10", "2023-12-01"]
    first = lines[0]
    assert (first.id, first.sme_name, first.country, first.province, first.sector,
            first.type, first.fee, first.currency, first.paid) == (
        services["pottery-translation"], "Công ty Gốm Bát Tràng", "VN", "Hà Nội",
        "handicrafts", "translation", 1_500_000, "VND", True)
    assert db.activity.count(ServiceQuery()) == 5


def test_service_filters(db: Database, smes: dict[str, str],
                         services: dict[str, str]) -> None:
    def shown(**filters: Any) -> set[str]:
        query = ServiceQuery(**filters)
        found = {line.id for line in db.activity.page(query, 0, 100)}
        assert db.activity.count(query) == len(found)
        return {key for key, record_id in services.items() if record_id in found}

    assert shown(type="listing") == {"silk-listing"}
    assert shown(date_from="2024-02-05", date_to="2024-02-20") == {"silk-listing",
                                                                    "tours-advice"}
    assert shown(date_to="2023-12-31") == {"tea-content"}
    assert shown(country="KH") == {"silk-site", "silk-listing", "tours-advice"}
    assert shown(country="KH", sector="handicrafts") == {"silk-site", "silk-listing"}
    assert shown(province="Hà Nội") == {"pottery-translation"}
    # Staff and SME names as people type them: any case, without accents, in either script.
    assert shown(staff="sokha") == {"silk-site", "tours-advice"}
    assert shown(staff="nguyen thi") == {"pottery-translation"}
    assert shown(staff="nobody") == set()
    assert shown(text="SILK") == {"silk-site", "silk-listing"}
    assert shown(text="gom bat") == {"pottery-translation"}
    assert shown(text="普洱") == {"tea-content"}
    assert shown(text="silk tours") == set()
    # As in the SME list: one letter alone starts the name, two start a word.
    assert shown(text="b") == {"tours-advice"}
    assert shown(text="ba") == {"tours-advice", "pottery-translation"}
    assert shown(text="ou") == set()
    assert shown(text="our") == {"tours-advice"}
    assert shown(paid=True) == {"silk-site", "pottery-translation"}
    assert shown(paid=False, country="KH") == {"silk-listing", "tours-advice"}


def test_headquarters_filters_services_by_the_agency_that_delivered_them(
        db: Database, services: dict[str, str]) -> None:
    own(db, "services", services["silk-site"], "kh-sr")
    own(db, "services", services["pottery-translation"], "vn-hn")
    assert {line.id for line in db.activity.page(ServiceQuery(agency="kh-sr"))} == {
        services["silk-site"]}
    assert db.activity.page(ServiceQuery(agency="vn-hn"))[0].agency_id == "vn-hn"
    assert db.activity.count(ServiceQuery(agency="la-vt")) == 0


def test_fees_add_up_by_currency_paid_and_not(db: Database, services: dict[str, str]) -> None:
    totals = db.activity.totals(ServiceQuery())
    assert (totals.count, totals.charged, totals.free) == (5, 3, 2)
    assert totals.fees == (
        FeeTotal("USD", 2, 200.0, 150.0, 50.0),
        FeeTotal("VND", 1, 1_500_000.0, 1_500_000.0, 0.0),
    )
    kh = db.activity.totals(ServiceQuery(country="KH"))
    assert (kh.count, kh.charged, kh.free) == (3, 2, 1)
    assert kh.fees == (FeeTotal("USD", 2, 200.0, 150.0, 50.0),)
    assert db.activity.totals(ServiceQuery(text="no such sme")).fees == ()


def test_inquiries_from_abroad_or_at_home_yunnan_with_china(db: Database,
                                                            smes: dict[str, str]) -> None:
    silk, tea = smes["Angkor Silk"], smes["Pu'er Tea House"]
    ids = {
        "silk-japan": inquiry(db, silk, from_country="JP", outcome="order", order_value=900,
                              currency="USD"),
        "silk-cambodia": inquiry(db, silk, from_country="KH", channel="phone"),
        "silk-china": inquiry(db, silk, from_country="CN", outcome="order", order_value=300,
                              currency="USD"),
        "silk-unknown": inquiry(db, silk),
        # To an SME of Yunnan, mainland China is home, and so is Yunnan itself.
        "tea-china": inquiry(db, tea, from_country="CN", outcome="order", order_value=5000,
                             currency="CNY"),
        "tea-yunnan": inquiry(db, tea, from_country="YN", outcome="lost"),
        "tea-thailand": inquiry(db, tea, from_country="TH", outcome="in_discussion"),
    }
    origin = {line.id: line.origin for line in db.activity.page(InquiryQuery())}
    assert {key: origin[record_id] for key, record_id in ids.items()} == {
        "silk-japan": "abroad", "silk-cambodia": "domestic", "silk-china": "abroad",
        "silk-unknown": "unknown", "tea-china": "domestic", "tea-yunnan": "domestic",
        "tea-thailand": "abroad"}
    assert db.activity.totals(InquiryQuery()) == InquiryTotals(
        count=7, abroad=3, domestic=3, unknown=1, orders=3,
        values=(OrderTotal("CNY", 1, 5000.0), OrderTotal("USD", 2, 1200.0)))
    abroad = {line.id for line in db.activity.page(InquiryQuery(origin="abroad"))}
    assert abroad == {ids["silk-japan"], ids["silk-china"], ids["tea-thailand"]}
    yunnan = db.activity.totals(InquiryQuery(country="YN"))
    assert (yunnan.count, yunnan.abroad, yunnan.domestic, yunnan.orders) == (3, 1, 2, 1)
    assert db.activity.count(InquiryQuery(channel="phone")) == 1
    assert db.activity.count(InquiryQuery(outcome="order", country="KH")) == 2
    assert db.activity.count(InquiryQuery(origin="unknown")) == 1


def test_sort_by_any_column(db: Database, services: dict[str, str]) -> None:
    for sort in SERVICE_SORTS:
        for descending in (False, True):
            lines = db.activity.page(ServiceQuery(sort=sort, descending=descending))
            assert len(lines) == 5, sort
    by_name = db.activity.page(ServiceQuery(sort="sme", descending=False))
    assert names(by_name) == ["Angkor Silk", "Angkor Silk", "Bayon Tours",
                              "Công ty Gốm Bát Tràng", "Pu'er Tea House"]
    by_fee = db.activity.page(ServiceQuery(sort="fee", descending=True))
    # By currency, then amount: dong apart from dollars.
    assert [(line.currency, line.fee) for line in by_fee] == [
        ("VND", 1_500_000), ("USD", 150), ("USD", 50), ("USD", 0), (None, None)]
    oldest = db.activity.page(ServiceQuery(descending=False))
    assert oldest[0].delivered_on == "2023-12-01"
    by_type = db.activity.page(ServiceQuery(sort="type", descending=False))
    assert [line.type for line in by_type] == sorted(line.type for line in by_type)
    for sort in INQUIRY_SORTS:
        assert db.activity.page(InquiryQuery(sort=sort)) == []


def test_pages_cover_the_list_once_in_order(db: Database, smes: dict[str, str]) -> None:
    sme = smes["Bayon Tours"]
    with db.atomic():
        for i in range(230):
            service(db, sme, delivered_on=f"2024-{1 + i % 12:02}-{1 + i % 28:02}",
                    staff=f"Staff {i % 7}", fee=i, currency="USD")
    query = ServiceQuery(sort="staff", descending=False)
    pages = [db.activity.page(query, offset, 50) for offset in range(0, 250, 50)]
    assert [len(p) for p in pages] == [50, 50, 50, 50, 30]
    lines = [line for page in pages for line in page]
    assert len({line.id for line in lines}) == 230
    assert [line.staff for line in lines] == sorted(line.staff for line in lines)
    assert [line.id for line in db.activity.iterate(query, batch=64)] == [
        line.id for line in lines]


def test_the_list_follows_writes_of_this_and_other_connections(
        db: Database, data_dir: Path, smes: dict[str, str], services: dict[str, str]) -> None:
    query = ServiceQuery(country="KH")
    assert db.activity.count(query) == 3
    service(db, smes["Bayon Tours"], fee=20, currency="USD")
    assert db.activity.count(query) == 4
    other = Database(data_dir / "gmsdesk.sqlite3", user="other")
    try:
        other.training.delete_service(services["silk-site"])
        assert db.activity.count(query) == 3
        # An SME deleted takes its services out of the list; one renamed shows its new name.
        other.smes.delete(smes["Bayon Tours"])
        other.smes.update(smes["Angkor Silk"], {"name": "Angkor Silk Farm"})
    finally:
        other.close()
    assert names(db.activity.page(query)) == ["Angkor Silk Farm"]
    # Reading one list leaves the other's digest as good as it was.
    assert db.activity.count(InquiryQuery()) == 0
    assert db.activity.count(dataclasses.replace(query, country=None)) == 3


def test_a_query_of_no_list_is_refused(db: Database) -> None:
    with pytest.raises(TypeError):
        db.activity.count(ActivityQuery())


def test_a_name_many_smes_have_reads_the_same_rows(db: Database, services: dict[str, str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Found SMEs are looked up in the digest's index when few, checked row by row when
    many: the same rows either way, in the same order."""
    from gmsdesk.storage import activity

    queries = [ServiceQuery(text="a"), ServiceQuery(text="silk", sort="sme"),
               ServiceQuery(text="ho", sort="sme", descending=False),
               ServiceQuery(country="KH", sort="sme", descending=False)]
    few = [[line.id for line in db.activity.page(q)] for q in queries]
    monkeypatch.setattr(activity, "_FEW_SMES", 0)
    many = [[line.id for line in db.activity.page(q)] for q in queries]
    assert few == many
    assert names(db.activity.page(queries[2])) == ["Pu'er Tea House"]  # "... House"
    assert names(db.activity.page(queries[3])) == ["Angkor Silk", "Angkor Silk", "Bayon Tours"]


def test_the_first_rows_before_the_digest_is_built_are_the_same(
        db: Database, data_dir: Path, smes: dict[str, str]) -> None:
    """A list's first rows are read from its table while its digest is being built: the same
    rows, the services of deleted SMEs left out there too."""
    with db.atomic():
        for i, name in enumerate(list(smes) * 6):
            service(db, smes[name], delivered_on=f"2024-05-{1 + i % 9:02}", fee=i)
    db.smes.delete(smes["Bayon Tours"])
    for descending in (True, False):
        fresh = Database(data_dir / "gmsdesk.sqlite3", user="other")
        try:
            first = fresh.activity.page(ServiceQuery(descending=descending), 0, 10)
            assert not fresh.activity._digests  # read before any digest was built
            assert fresh.activity.count(ServiceQuery()) == 18
            assert fresh.activity.page(ServiceQuery(descending=descending), 0, 10) == first
        finally:
            fresh.close()
        assert "Bayon Tours" not in names(first) and len(first) == 10


def test_a_page_by_date_is_the_same_found_early_or_late(
        db: Database, smes: dict[str, str], services: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page by date is looked for among the first rows by date, then in the whole list:
    the same rows either way."""
    from gmsdesk.storage import activity

    queries = [ServiceQuery(), ServiceQuery(country="KH"), ServiceQuery(descending=False),
               ServiceQuery(country="VN"), ServiceQuery(staff="sokha", descending=False)]

    def pages() -> list[list[str]]:
        return [[line.id for line in db.activity.page(q, 0, 2)] for q in queries]

    found = pages()  # among the first rows by date (all of them)
    assert found[1] == [services["tours-advice"], services["silk-listing"]]
    assert found[3] == [services["pottery-translation"]]
    monkeypatch.setattr(activity, "_WALK", 2)  # the whole list read and sorted
    assert pages() == found
    with db.atomic():
        for day in range(1, 57):  # more rows than are looked among first
            service(db, smes["Bayon Tours"], delivered_on=f"2025-01-{1 + day % 28:02}")
    monkeypatch.setattr(activity, "_WALK", 40)  # not among the first rows: then the rest
    newer = pages()
    assert newer[3] == found[3] and newer[4] == found[4]
    monkeypatch.setattr(activity, "_WALK", 2)
    assert pages() == newer
