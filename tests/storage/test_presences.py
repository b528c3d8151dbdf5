"""Where SMEs are online, and what the indicators count of services and inquiries: presences
checked against their declaration, the SME's ICT flags following them, fees in the SME's
currency, and inquiries that always say when and how they came."""

from __future__ import annotations

import datetime

import pytest

from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.records import Change


def sme(db: Database, name: str = "Angkor Silk", country: str | None = "KH") -> str:
    return db.smes.create({"name": name, "country": country})[0].record_id


def test_a_presence_is_checked_against_its_declaration(db: Database) -> None:
    silk = sme(db)
    with pytest.raises(ValidationError) as err:
        db.presences.add(silk, {"kind": "carrier pigeon", "status": "famous",
                                "status_on": "last week", "products": -3})
    assert set(err.value.errors) == {"kind", "status", "status_on", "products"}
    assert err.value.errors["kind"] == "Choose where the SME is online."
    with pytest.raises(ValidationError) as err:
        db.presences.add(silk, {})
    assert set(err.value.errors) == {"kind"}
    with pytest.raises(ValidationError) as err:
        db.presences.add("nobody", {"kind": "website"})
    assert set(err.value.errors) == {"sme_id"}
    # A service that set it up must be one delivered to this SME.
    other = sme(db, "Bayon Tours")
    theirs = db.training.add_service(other, {"type": "website",
                                             "delivered_on": "2025-03-01"})[0].record_id
    with pytest.raises(ValidationError) as err:
        db.presences.add(silk, {"kind": "website", "service_id": theirs})
    assert set(err.value.errors) == {"service_id"}
    assert db.presences.of_sme(silk) == []

    ours = db.training.add_service(silk, {"type": "listing",
                                          "delivered_on": "2025-03-02"})[0].record_id
    made = db.presences.add(silk, {"kind": "portal", "name": "Cambodia Trade Portal",
                                   "url": "https://tradeportal.example/angkor-silk",
                                   "status": "displaying", "status_on": "2025-03-05",
                                   "products": "12", "service_id": ours})
    [presence] = db.presences.of_sme(silk)
    assert made[0] == Change("presences", presence.id, "insert", made[0].fields)
    assert (presence.kind, presence.name, presence.status, presence.status_on,
            presence.products, presence.service_id) == (
        "portal", "Cambodia Trade Portal", "displaying", "2025-03-05", 12, ours)
    assert db.presences.get(presence.id) == presence


def test_the_smes_flags_follow_its_live_presences(db: Database) -> None:
    silk = sme(db)
    before = db.smes.get(silk)
    assert (before.uses_website, before.uses_emarketplace, before.ict_level) == (0, 0, 0)

    # An inactive page says nothing about the SME: no flag.
    made = db.presences.add(silk, {"kind": "social_media", "name": "Facebook",
                                   "status": "inactive"})
    assert [c.table for c in made] == ["presences"]
    assert not db.smes.get(silk).uses_social_media

    # A portal listing sets "e-marketplace", in the same write, and it syncs like any edit.
    pending = db.outbox.pending_count()
    made = db.presences.add(silk, {"kind": "portal", "name": "Provincial portal"})
    assert [(c.table, c.op, c.fields) for c in made] == [
        ("presences", "insert", made[0].fields), ("smes", "update", ("uses_emarketplace",))]
    assert db.outbox.pending_count() == pending + 2
    after = db.smes.get(silk)
    assert after.uses_emarketplace == 1 and after.ict_level > before.ict_level

    # The inactive page becomes live: "social media" is set by the edit.
    [page] = [p for p in db.presences.of_sme(silk) if p.kind == "social_media"]
    changes = db.presences.update(page.id, {"status": "registered"})
    assert ("smes", ("uses_social_media",)) in [(c.table, c.fields) for c in changes]
    # Each kind sets its own flag.
    db.presences.add(silk, {"kind": "website", "url": "angkorsilk.example"})
    db.presences.add(silk, {"kind": "eprocurement", "name": "Government e-procurement"})
    flags = db.smes.get(silk)
    assert (flags.uses_website, flags.uses_social_media, flags.uses_emarketplace,
            flags.uses_eprocurement) == (1, 1, 1, 1)
    # A flag already on is not written again.
    made = db.presences.add(silk, {"kind": "emarketplace", "name": "Shop on a marketplace"})
    assert [c.table for c in made] == ["presences"]

    # A flag is never cleared for the officer: the SME may be online where nobody recorded.
    for presence in db.presences.of_sme(silk):
        db.presences.update(presence.id, {"status": "inactive"})
    for presence in db.presences.of_sme(silk):
        db.presences.delete(presence.id)
    assert db.presences.of_sme(silk) == []
    flags = db.smes.get(silk)
    assert (flags.uses_website, flags.uses_social_media, flags.uses_emarketplace,
            flags.uses_eprocurement) == (1, 1, 1, 1)


def test_a_restored_presence_sets_the_flag_again(db: Database) -> None:
    silk = sme(db)
    presence = db.presences.add(silk, {"kind": "website"})[0].record_id
    db.presences.delete(presence)
    db.smes.update(silk, {"uses_website": 0})  # the officer clears it by hand
    assert not db.smes.get(silk).uses_website
    changes = db.presences.restore(presence)
    assert [(c.table, c.op) for c in changes] == [("presences", "undelete"), ("smes", "update")]
    assert db.smes.get(silk).uses_website == 1
    assert [p.id for p in db.presences.of_sme(silk)] == [presence]


def test_a_new_status_without_its_date_is_dated_today(db: Database) -> None:
    silk = sme(db)
    presence = db.presences.add(silk, {"kind": "portal", "status_on": "2025-01-10"}
                                )[0].record_id
    today = datetime.date.today().isoformat()
    db.presences.update(presence, {"products": 4})  # not a new status: the date stays
    assert db.presences.get(presence).status_on == "2025-01-10"
    db.presences.update(presence, {"status": "displaying"})
    assert db.presences.get(presence).status_on == today
    db.presences.update(presence, {"status": "inactive", "status_on": "2025-06-01"})
    assert db.presences.get(presence).status_on == "2025-06-01"
    assert db.presences.update(presence, {"status": "inactive"}) == ()  # nothing new
    db.presences.update(presence, {"status": "registered", "status_on": None})  # not known
    assert db.presences.get(presence).status_on is None


def test_undoing_a_presence_added_in_the_window_removes_it(db: Database, qtbot: object) -> None:
    from PySide6.QtGui import QUndoStack

    from gmsdesk.ui.bus import ChangeBus
    from gmsdesk.ui.smes.activity import AddPresence

    silk = sme(db)
    stack = QUndoStack()
    stack.push(AddPresence(db, ChangeBus(), silk, {"kind": "website",
                                                   "url": "angkorsilk.example"}, "add"))
    [presence] = db.presences.of_sme(silk)
    assert db.smes.get(silk).uses_website == 1
    stack.undo()
    assert db.presences.of_sme(silk) == []
    assert db.smes.get(silk).uses_website == 0  # the step set it, the undo takes it back
    stack.redo()
    assert [p.id for p in db.presences.of_sme(silk)] == [presence.id]
    assert db.smes.get(silk).uses_website == 1


@pytest.mark.parametrize(("country", "currency"), [
    ("KH", "USD"), ("LA", "LAK"), ("MM", "MMK"), ("TH", "THB"), ("VN", "VND"), ("YN", "CNY"),
    (None, "USD")])
def test_a_fee_without_a_currency_is_in_the_smes_economys(
        db: Database, country: str | None, currency: str) -> None:
    shop = sme(db, "Riverside Crafts", country)
    db.training.add_service(shop, {"type": "translation", "delivered_on": "2025-02-01",
                                   "fee": "1,500", "paid": True})
    [service] = db.training.services(shop)
    assert (service.fee, service.currency, service.paid) == (1500, currency, True)
    assert db.training.default_currency(shop) == currency


def test_a_service_keeps_its_own_currency_and_none_without_a_fee(db: Database) -> None:
    shop = sme(db, "Vientiane Weavers", "LA")
    free = db.training.add_service(shop, {"type": "advice",
                                          "delivered_on": "2025-02-01"})[0].record_id
    db.training.add_service(shop, {"type": "website", "delivered_on": "2025-02-02",
                                   "fee": 40, "currency": "usd"})
    got = {s.type: (s.fee, s.currency, s.paid) for s in db.training.services(shop)}
    assert got == {"advice": (None, None, False), "website": (40, "USD", False)}
    db.training.update_service(free, {"fee": 200000})
    [*_, advice] = db.training.services(shop)
    assert (advice.fee, advice.currency) == (200000, "LAK")


def test_an_inquiry_says_when_and_how_it_came(db: Database) -> None:
    silk = sme(db)
    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(silk, {})
    assert err.value.errors == {"received_on": "Enter the date.",
                                "channel": "Choose how the inquiry came in."}
    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(silk, {"received_on": "2025-04-02"})
    assert set(err.value.errors) == {"channel"}
    assert db.training.inquiries(silk) == []


def test_what_brought_an_inquiry_is_this_smes(db: Database) -> None:
    silk, other = sme(db), sme(db, "Bayon Tours")
    service = db.training.add_service(silk, {"type": "listing",
                                             "delivered_on": "2025-03-02"})[0].record_id
    presence = db.presences.add(silk, {"kind": "portal"})[0].record_id
    theirs = db.presences.add(other, {"kind": "website"})[0].record_id
    base = {"received_on": "2025-04-02", "channel": "emarketplace"}
    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(silk, {**base, "presence_id": theirs, "service_id": "nothing"})
    assert set(err.value.errors) == {"presence_id", "service_id"}
    db.training.add_inquiry(silk, {**base, "presence_id": presence, "from_country": "jp",
                                   "staff": "Sok Dara"})
    db.training.add_inquiry(silk, {**base, "received_on": "2025-04-01",
                                   "service_id": service})
    newer, older = db.training.inquiries(silk)
    assert (newer.presence_id, newer.service_id, newer.from_country, newer.staff) == (
        presence, None, "JP", "Sok Dara")
    assert (older.presence_id, older.service_id) == (None, service)


def test_an_order_value_goes_with_an_order(db: Database) -> None:
    silk = sme(db, "Hanoi Lacquer", "VN")
    base = {"received_on": "2025-04-02", "channel": "email", "from_country": "JP"}
    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(silk, {**base, "outcome": "in_discussion",
                                       "order_value": 5_000_000})
    assert set(err.value.errors) == {"order_value"}
    assert "Order" in err.value.errors["order_value"]
    with pytest.raises(ValidationError) as err:
        db.training.add_inquiry(silk, {**base, "outcome": "sold", "order_value": -1})
    assert set(err.value.errors) == {"outcome", "order_value"}

    inquiry = db.training.add_inquiry(silk, {**base, "outcome": "in_discussion"}
                                      )[0].record_id
    # The talks end in an order; its value, given without a currency, is in dong.
    changes = db.training.update_inquiry(inquiry, {"outcome": "order",
                                                   "order_value": "12,000,000"})
    assert changes[0].fields == ("currency", "order_value", "outcome")
    [got] = db.training.inquiries(silk)
    assert (got.outcome, got.order_value, got.currency) == ("order", 12_000_000, "VND")
    # An order lost later cannot keep its value by accident.
    with pytest.raises(ValidationError) as err:
        db.training.update_inquiry(inquiry, {"outcome": "lost"})
    assert set(err.value.errors) == {"order_value"}
    db.training.update_inquiry(inquiry, {"outcome": "lost", "order_value": None})
    [got] = db.training.inquiries(silk)
    assert (got.outcome, got.order_value) == ("lost", None)
    # Nor can an edit take the channel away.
    with pytest.raises(ValidationError) as err:
        db.training.update_inquiry(inquiry, {"channel": None})
    assert set(err.value.errors) == {"channel"}
