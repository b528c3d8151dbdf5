"""Laptop to laptop: the office laptop checks a trainer's bundle with the public key
headquarters gave it — in a reply file, or in a sync answer — before it takes any of it or
carries it on (a real server on 127.0.0.1, SQLite files, and a SQLite and a PostgreSQL
headquarters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests

from gmsdesk.server.app import SyncResponse
from gmsdesk.server.bundle import import_bundle, write_reply
from gmsdesk.storage.db import Database
from gmsdesk.sync import bundle, protocol
from gmsdesk.sync.client import SyncClient, answer
from gmsdesk.sync.hlc import wall_ms
from tests.sync.faulty import device_smes, server_smes

Enrolled = Callable[[str, str], tuple[Database, SyncClient]]


def sme(db: Database, name: str, **values: Any) -> str:
    return db.smes.create({"name": name, **values})[0].record_id


def reply(server: Any, db: Database) -> bundle.ImportSummary:
    """Headquarters' reply for `db`, imported there."""
    return bundle.import_bytes(db, write_reply(server.store, db.device_id)[0])


def office_state(db: Database) -> tuple[Any, ...]:
    return (device_smes(db), db.meta("bundle_relays"), db.sync.cursor, db.meta("hlc"))


def forged(data: bytes, name: str, signer: Any = None) -> bytes:
    """The bundle with its first SME renamed, sealed again by someone without its laptop's
    keys (`signer`: what they sign it with; None: unsigned, as an older release)."""
    payload = bundle.read_envelope(data).open()
    payload["batches"][0]["changes"][0][5][0][0] = name
    return bundle.seal(payload, bundle.token_key("someone else's key"), signer=signer)


class Transplant:
    """A signer that puts a signature taken from another bundle (a genuine one) in place."""

    def __init__(self, signature: str) -> None:
        self.signature = bundle.unb64(signature)

    def sign(self, _data: bytes) -> bytes:
        return self.signature


def test_the_office_refuses_a_forged_relayed_bundle_and_passes_a_genuine_one_on(
        enrolled: Enrolled, server: Any) -> None:
    trainer, _ = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    store = server.store
    made = sme(trainer, "Workshop Participant", phone="012 345 678")
    genuine, _ = bundle.export(trainer)
    signature = bundle.read_envelope(genuine).signature
    assert signature is not None

    taken = reply(server, office)  # headquarters lists the agency's laptops and their keys
    assert set(bundle.peer_keys(office) or {}) == {trainer.device_id, office.device_id}
    assert taken.acknowledged == 0
    before = office_state(office)
    attempts = {
        "re-signed by someone else": forged(genuine, "Forged", bundle.signing_key("ab" * 32)),
        "genuine signature over other content": forged(genuine, "Forged",
                                                       Transplant(signature)),
        "unsigned, as an older release": forged(genuine, "Forged"),
    }
    said = {}
    for what, data in attempts.items():
        with pytest.raises(bundle.BundleError) as refused:
            bundle.import_bytes(office, data)
        said[what] = str(refused.value)
        assert refused.value.detail == trainer.device_id
        assert office_state(office) == before, what  # nothing taken
    assert said == {"re-signed by someone else": bundle.FORGED,
                    "genuine signature over other content": bundle.FORGED,
                    "unsigned, as an older release": bundle.UNSIGNED}

    taken = bundle.import_bytes(office, genuine)
    assert (taken.checked, taken.received, taken.carried) == (True, 1, 1)
    assert device_smes(office)[made]["phone"] == "012 345 678"
    # Carried on with its signature: headquarters applies it under the trainer's laptop.
    onward, summary = bundle.export(office)
    assert summary.carried == 1
    result = import_bundle(store, onward)
    assert [one.device for one in result.laptops] == [office.device_id, trainer.device_id]
    assert result.skipped == [] and server_smes(store)[made]["phone"] == "012 345 678"


def test_a_laptop_unknown_to_the_office_or_revoked_is_refused_until_headquarters_says_so(
        enrolled: Enrolled, server: Any) -> None:
    office, _ = enrolled("kh-sr", "office")
    reply(server, office)
    trainer, _ = enrolled("kh-sr", "new trainer")  # enrolled after the office's last reply
    sme(trainer, "Enterprise")
    data, _ = bundle.export(trainer)
    with pytest.raises(bundle.BundleError) as refused:
        bundle.import_bytes(office, data)
    assert str(refused.value) == bundle.UNKNOWN_COMPUTER
    assert office.meta("bundle_relays") == ""
    reply(server, office)  # a newer reply names it
    assert bundle.import_bytes(office, data).checked

    server.store.revoke(trainer.device_id)
    reply(server, office)
    sme(trainer, "After revocation")
    with pytest.raises(bundle.BundleError, match="may no longer sync"):
        bundle.import_bytes(office, bundle.export(trainer)[0])


def test_a_forged_bundle_carried_inside_a_genuine_one_is_refused_whole(
        enrolled: Enrolled, server: Any) -> None:
    """A trainer that had no keys yet took a forged bundle (as releases before did) and carries
    it on: the office, which has keys, refuses the trainer's bundle and says whose is bad."""
    victim, _ = enrolled("kh-sr", "victim")
    trainer, _ = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    sme(victim, "Honest Name")
    bad = forged(bundle.export(victim)[0], "Forged Name")
    assert not bundle.import_bytes(trainer, bad).checked  # no keys: taken, for headquarters
    sme(trainer, "Trainer's Own")
    carrying, summary = bundle.export(trainer)
    assert summary.carried == 1
    reply(server, office)
    before = office_state(office)
    with pytest.raises(bundle.BundleError) as refused:
        bundle.import_bytes(office, carrying)
    assert (str(refused.value), refused.value.detail) == (bundle.UNSIGNED, victim.device_id)
    assert office_state(office) == before


def test_mixed_releases_keep_working(enrolled: Enrolled, server: Any) -> None:
    """An office that never had a reply with keys (or whose headquarters is older) takes
    bundles as before; an older office carries a signed bundle on without its signature and
    headquarters still applies it; an old reply without keys changes none held; a reply leaves
    the keys out when the laptop's last bundle said it has them."""
    trainer, _ = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    store = server.store
    made = sme(trainer, "Enterprise")
    data, _ = bundle.export(trainer)
    taken = bundle.import_bytes(office, data)
    assert (taken.checked, taken.received) == (False, 1)
    # An older release of the office keeps the trainer's bundle without its signature.
    relays = office.meta("bundle_relays")
    assert '"sig":' in relays
    office.set_meta_atomic("bundle_relays", relays.replace('"sig":', '"old_release_ignored":'))
    result = import_bundle(store, bundle.export(office)[0])
    assert [one.device for one in result.laptops] == [office.device_id, trainer.device_id]
    assert made in server_smes(store)

    first = write_reply(store, office.device_id)[0]
    assert "keys" in bundle.read_envelope(first).open()
    bundle.import_bytes(office, first)
    keys = bundle.peer_keys(office)
    enrolment = trainer.sync.enrolment()
    assert enrolment is not None and keys is not None
    assert keys[trainer.device_id] == bundle.public_key(bundle.token_hash(enrolment.token))
    import_bundle(store, bundle.export(office)[0])  # says which keys it holds
    second = write_reply(store, office.device_id)[0]
    assert "keys" not in bundle.read_envelope(second).open()
    bundle.import_bytes(office, second)
    assert bundle.peer_keys(office) == keys
    assert not bundle.remember_keys(office, {}, made=1)  # older than those held: kept
    assert bundle.peer_keys(office) == keys


# -- keys learnt over the network ------------------------------------------------------------

# What a sync answer held before laptops asked for keys: what an older laptop still gets.
OLD_ANSWER = {"ack", "pushed", "changes", "devices", "cursor", "more", "server_time", "protocol",
              "hq", "admin", "device_names", "agencies", "users", "row_info"}


class Recording(requests.Session):
    """A real session that keeps each sync request and its answer as they travelled:
    (request, answer, bytes of the answer on the wire)."""

    def __init__(self) -> None:
        super().__init__()
        self.syncs: list[tuple[dict[str, Any], dict[str, Any], int]] = []

    def post(self, url: str | bytes, data: Any = None, json: Any = None,
             **kwargs: Any) -> requests.Response:
        response = super().post(url, data=data, json=json, **kwargs)
        if str(url).endswith("/v1/sync"):
            sent = protocol.decode(data, encoding=kwargs["headers"]["Content-Encoding"])
            self.syncs.append((sent, answer(response),
                               int(response.headers["content-length"])))
        return response


def post_sync(server: Any, db: Database, **extra: Any) -> tuple[dict[str, Any], int]:
    """A sync request with nothing to push, as a laptop of another release sends it: the
    answer, and its bytes on the wire."""
    enrolment = db.sync.enrolment()
    assert enrolment is not None
    body, encoding = protocol.encode({"protocol": protocol.PROTOCOL_VERSION,
                                      "device_time": wall_ms(), "cursor": 0, **extra})
    response = requests.post(f"{server.url}/v1/sync", data=body, timeout=30, headers={
        "Content-Type": "application/json", "Content-Encoding": encoding,
        "Authorization": f"Bearer {enrolment.token}",
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)})
    assert response.status_code == 200, response.text
    return dict(response.json()), int(response.headers["content-length"])


def test_an_office_that_only_syncs_learns_the_keys_and_checks_what_it_relays(
        enrolled: Enrolled, server: Any) -> None:
    trainer, _ = enrolled("kh-sr", "trainer")
    office, _ = enrolled("kh-sr", "office")
    made = sme(trainer, "Workshop Participant", phone="012 345 678")
    genuine, _ = bundle.export(trainer)
    assert bundle.peer_keys(office) is None  # never imported a reply, and never will here

    session = Recording()
    SyncClient(office, session).sync()
    sent, answered, _ = session.syncs[0]
    assert sent["keys_held"] == ""  # it says it holds none
    assert set(answered["keys"]) == {trainer.device_id, office.device_id}
    assert bundle.peer_keys(office) == answered["keys"]

    before = office_state(office)
    for data, said in ((forged(genuine, "Forged", bundle.signing_key("ab" * 32)), bundle.FORGED),
                       (forged(genuine, "Forged"), bundle.UNSIGNED)):
        with pytest.raises(bundle.BundleError) as refused:
            bundle.import_bytes(office, data)
        assert (str(refused.value), refused.value.detail) == (said, trainer.device_id)
        assert office_state(office) == before  # nothing taken
    taken = bundle.import_bytes(office, genuine)
    assert (taken.checked, taken.received, taken.carried) == (True, 1, 1)
    assert device_smes(office)[made]["phone"] == "012 345 678"


def test_keys_go_once_and_again_only_when_the_agency_changes(
        enrolled: Enrolled, server: Any) -> None:
    office, _ = enrolled("kh-sr", "office")
    session = Recording()
    client = SyncClient(office, session)
    client.sync()
    assert "keys" in session.syncs[0][1]
    held = bundle.keys_held(office)
    assert held and held == bundle.keys_digest(session.syncs[0][1]["keys"])

    session.syncs.clear()
    client.sync()  # nothing new: one round trip, no keys
    [(sent, answered, _)] = session.syncs
    assert sent["keys_held"] == held and "keys" not in answered

    session.syncs.clear()
    enrolled("kh-sr", "new trainer")  # the agency changed: its keys go again, once
    sme(office, "Enterprise")  # two round trips: the push, then a pull
    client.sync()
    assert len(session.syncs) == 2
    (first, with_keys, _), (second, without, _) = session.syncs
    assert first["keys_held"] == held and len(with_keys["keys"]) == 2
    assert "keys_held" not in second and "keys" not in without  # asked once a sync
    assert bundle.keys_held(office) not in ("", held)

    session.syncs.clear()
    client.sync()
    [(_, answered, _)] = session.syncs
    assert "keys" not in answered
    # Another agency's laptops are not listed, nor their changes.
    enrolled("la-vt", "elsewhere")
    session.syncs.clear()
    client.sync()
    assert "keys" not in session.syncs[0][1]


def test_a_laptop_revoked_at_headquarters_is_refused_after_the_next_sync(
        enrolled: Enrolled, server: Any) -> None:
    trainer, _ = enrolled("kh-sr", "trainer")
    office, client = enrolled("kh-sr", "office")
    sme(trainer, "Before")
    client.sync()
    assert bundle.import_bytes(office, bundle.export(trainer)[0]).checked
    old_reply = write_reply(server.store, office.device_id)[0]  # lists the trainer still

    server.store.revoke(trainer.device_id)
    client.sync()
    assert set(bundle.peer_keys(office) or {}) == {office.device_id}
    sme(trainer, "After revocation")
    late = bundle.export(trainer)[0]
    before = office_state(office)
    with pytest.raises(bundle.BundleError) as refused:
        bundle.import_bytes(office, late)
    assert (str(refused.value), refused.value.detail) == (bundle.UNKNOWN_COMPUTER,
                                                          trainer.device_id)
    assert "Sync this computer with headquarters" in str(refused.value)
    assert office_state(office) == before
    # A reply made before the revocation, imported after the sync: older keys than those held,
    # so they do not bring the trainer back (keys by file and by network are one store).
    bundle.import_bytes(office, old_reply)
    assert set(bundle.peer_keys(office) or {}) == {office.device_id}
    with pytest.raises(bundle.BundleError, match="may no longer sync"):
        bundle.import_bytes(office, late)


def test_an_older_laptop_that_does_not_say_gets_the_answer_it_always_got(
        enrolled: Enrolled, server: Any) -> None:
    office, _ = enrolled("kh-sr", "office")
    enrolled("kh-sr", "trainer")
    old, old_size = post_sync(server, office)
    assert set(old) == OLD_ANSWER
    SyncResponse.model_validate(old)
    asking, keys_size = post_sync(server, office, keys_held="")
    assert set(asking) == OLD_ANSWER | {"keys"}
    assert len(SyncResponse.model_validate(asking).keys or {}) == 2
    # Held already: the answer an older laptop gets, to the byte but for its clock.
    current, current_size = post_sync(server, office,
                                      keys_held=bundle.keys_digest(asking["keys"]))
    assert set(current) == OLD_ANSWER
    assert abs(current_size - old_size) <= 2 < keys_size - current_size
    assert "keys" in post_sync(server, office, keys_held="not one of ours")[0]
    # A malformed answer's keys change none held, and stop no sync.
    assert bundle.peer_keys(office) is None
    assert not bundle.learn_keys(office, ["not", "a", "list of keys"], old["server_time"])
    assert not bundle.learn_keys(office, asking["keys"], None)
    assert bundle.peer_keys(office) is None
    assert bundle.learn_keys(office, asking["keys"], old["server_time"])
    assert bundle.peer_keys(office) == asking["keys"]
