"""Sync bundles at headquarters (`gmsdesk-server bundle import|reply`): a laptop's bundle
applied exactly as its sync requests would be, and the reply that laptop should receive. (The
file itself is `gmsdesk.sync.bundle`'s.)

Import: the file is checked against the key of the laptop it names — an unknown or revoked
device, or a file altered by one byte, is refused with the reason and nothing applied — and
every batch is read as `POST /v1/sync` reads a push (`app.read_push`) before any is applied;
then each goes through `app.push_batch`: the same partition checks, merge and idempotency (a
batch headquarters has, by bundle or network, is a replay). Bundles of other laptops carried
inside are checked against their own keys and applied under their own devices. A bundle that
is signed (`files.sign`, releases since laptop-to-laptop checks) is checked against its
signature too. What the newest bundle of each laptop said — its pull cursor, its batches and
which keys of its agency it holds — is kept for its reply.

Reply: the pages a pull from that cursor answers (`Store.pull`: its agency's records and what
headquarters published), the answers to the batches its newest bundle carried, which carried
batches headquarters has, and the public keys of its agency's laptops (`agency_keys`) unless
it holds those already: with them it checks a bundle another laptop gives it.

Photos and files a bundle carries (`files.listed_files`, each checked against the SHA-256 its
laptop signed) are kept as the same file sent over the network would be
(`ServerAttachments.receive`: the same BlobStore, cap and thumbnails), and linked under the
laptop that listed them: their bytes are the proof that laptop holds them. One that is not what
its list says, or too large, is refused alone. The reply answers for each file the laptop's
newest bundle listed, its own and those it carried, whether headquarters holds it now
(`attachments`); it carries no files.
"""

from __future__ import annotations

import getpass
import hmac
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from gmsdesk.server.app import Push, Unreadable, push_batch, read_push
from gmsdesk.server.attachments import Refused, ServerAttachments, service_for
from gmsdesk.server.store import (
    AmbiguousDevice,
    Device,
    NoSuchDevice,
    Store,
    agencies,
    batches,
    bundle_state,
    device_problem,
    devices,
    now_ms,
)
from gmsdesk.sync import bundle as files
from gmsdesk.sync import protocol

PAGE_BYTES = 4 * 1024 * 1024  # of a reply page's JSON, as `Store.pull` measures it


class BundleRefused(Exception):
    """A bundle headquarters does not apply (or a reply it does not write): why, in plain
    words for the person at the console. Nothing was applied."""


@dataclass(frozen=True)
class _Laptop:
    device: Device
    name: str
    revoked: bool
    token_hash: str
    cursor: int  # the position `Store.pull` last answered it up to


@dataclass
class Applied:
    """What became of one laptop's batches."""

    device: str
    name: str
    agency: str
    batches: int = 0
    replayed: int = 0  # batches headquarters had already (by bundle or network)
    edits: int = 0  # in the batches new here: a record at one moment, as sync counts them
    applied: int = 0  # field values stored (the merge leaves older ones out)
    ignored: int = 0
    conflicts: int = 0
    refused: list[list[Any]] = field(default_factory=list)  # [table, id, field, reason]
    files: int = 0  # photos and files it listed that headquarters holds now
    files_new: int = 0  # of those, contents headquarters did not have before
    files_refused: list[tuple[str, str]] = field(default_factory=list)  # (reference, why)


@dataclass
class Imported:
    laptops: list[Applied]  # the laptop that made the bundle first, then those it carried
    skipped: list[tuple[str, str]]  # carried bundles not applied: (device, why)


@dataclass
class Replied:
    device: str
    name: str
    size: int
    pages: int
    changes: int  # edits (a record at one moment)
    acknowledged: int  # batches answered


def _laptop(store: Store, device_id: str) -> _Laptop | None:
    query = (sa.select(devices.c.id, devices.c.agency_id, devices.c.name, devices.c.revoked,
                       devices.c.token_hash, devices.c.cursor, agencies.c.hq, devices.c.admin)
             .join(agencies, agencies.c.id == devices.c.agency_id)
             .where(devices.c.id == device_id))
    with store._read() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    return _Laptop(Device(row.id, row.agency_id, bool(row.hq), bool(row.admin)), row.name,
                   bool(row.revoked), row.token_hash, int(row.cursor or 0))


def _known(store: Store, who: str) -> _Laptop:
    """The enrolled, not revoked laptop `who`, or why its bundles are refused."""
    laptop = _laptop(store, who)
    if laptop is None:
        raise BundleRefused(f"no device {who} is enrolled here: the bundle was made for "
                            "another headquarters, or the laptop was enrolled again since")
    if laptop.revoked:
        raise BundleRefused(f"device {who} ({laptop.name}) was revoked: its bundles are not "
                            "accepted")
    return laptop


def _altered(laptop: _Laptop) -> BundleRefused:
    return BundleRefused(f"the bundle of device {laptop.device.id} ({laptop.name}) was changed "
                         "after it was made, or was not made with that device's current key "
                         "(enrolled again since?)")


def _opened(store: Store, envelope: files.Envelope, passphrase: str
            ) -> tuple[_Laptop, dict[str, Any]]:
    """The laptop a bundle file names, and its payload, once its key vouches for both."""
    laptop = _known(store, envelope.device)
    if not envelope.signed_with(files.bundle_key(laptop.token_hash)):
        raise _altered(laptop)
    try:
        payload = envelope.open(passphrase)
    except files.NeedsPassphrase:
        raise BundleRefused("the bundle is encrypted: give the passphrase it was made "
                            "with") from None
    except files.WrongPassphrase:
        raise BundleRefused("the passphrase is not the one the bundle was made with") from None
    except files.BundleError as exc:
        raise BundleRefused(_plain(exc)) from None
    _vouch(laptop, payload, envelope.payload_mac, envelope.signature)
    return laptop, payload


def _vouch(laptop: _Laptop, payload: dict[str, Any], mac: bytes, signature: Any) -> None:
    """The payload is what the laptop signed (`mac`, and `signature` when it signs, as
    releases since signatures do: checked too, as the laptops of its agency check it), in a
    protocol this server reads."""
    if not hmac.compare_digest(files.payload_mac(payload, files.bundle_key(laptop.token_hash)),
                               mac):
        raise _altered(laptop)
    if signature is not None and not files.signed_by(payload, signature,
                                                     files.public_key(laptop.token_hash)):
        raise _altered(laptop)
    version = payload.get("protocol")
    if not isinstance(version, int) or version < protocol.MIN_PROTOCOL:
        raise BundleRefused(f"the bundle of device {laptop.device.id} was made by a version of "
                            "GMS Desk too old for this server: update GMS Desk on that laptop")


_Batch = tuple[str, int, list[list[Any]]]  # batch id, cursor as the laptop sent it, changes


def _batches(payload: dict[str, Any], server_time: int) -> list[_Batch]:
    """Every batch of a bundle read as `POST /v1/sync` reads a push; refused whole if one
    cannot be."""
    raw = payload.get("batches")
    if not isinstance(raw, list):
        raise BundleRefused("the bundle holds no batches list")
    out: list[_Batch] = []
    for one in raw:
        try:
            push = Push.model_validate(one)
            cursor = int(one.get("cursor", payload.get("cursor", 0)))
        except (ValidationError, TypeError, ValueError, AttributeError) as exc:
            raise BundleRefused(f"a batch could not be read: {exc}"[:500]) from None
        items = read_push(push, server_time)
        if isinstance(items, Unreadable):
            if items.code == "clock_ahead":
                raise BundleRefused("the laptop's clock is ahead of headquarters' clock: its "
                                    "changes are stamped in the future. Correct its date and "
                                    "time, sync it or make a new bundle there")
            raise BundleRefused(f"a batch could not be read: {items.message}"[:500])
        out.append((push.batch, max(cursor, 0), items))
    return out


def _carried(store: Store, relay: Any, server_time: int
             ) -> tuple[_Laptop, dict[str, Any], list[_Batch]]:
    if not isinstance(relay, dict) or not isinstance(relay.get("payload"), dict) or \
            not isinstance(relay.get("mac"), str):
        raise BundleRefused("a carried bundle is not well formed")
    payload = relay["payload"]
    device = payload.get("device")
    if payload.get("kind") != files.CHANGES or not isinstance(device, str):
        raise BundleRefused("a carried bundle is not a laptop's export")
    try:
        mac = files.unb64(relay["mac"])
    except ValueError:
        raise BundleRefused("a carried bundle's signature is not readable") from None
    laptop = _known(store, device)
    _vouch(laptop, payload, mac, relay.get("sig"))
    return laptop, payload, _batches(payload, server_time)


def import_bundle(store: Store, data: bytes, passphrase: str = "",
                  attachments: ServerAttachments | None = None) -> Imported:
    """Apply a laptop's bundle (and those it carries) as its sync requests would be applied,
    and keep the files it carries in `attachments` (else where the server keeps them:
    `service_for`). BundleRefused, with nothing applied, for a file that is damaged, not a
    laptop's export, from an unknown or revoked device, altered, or encrypted with another
    passphrase; a carried file that is not what its laptop listed is refused alone."""
    try:
        envelope = files.read_envelope(data)
    except files.BundleError as exc:
        raise BundleRefused(_plain(exc)) from None
    if envelope.kind != files.CHANGES:
        raise BundleRefused("this is headquarters' reply to a laptop: import it on that "
                            "laptop (gmsdesk bundle import)")
    laptop, payload = _opened(store, envelope, passphrase)
    server_time = now_ms()
    plan = [(laptop, payload, _batches(payload, server_time))]
    skipped: list[tuple[str, str]] = []
    relays = payload.get("relays") or []
    for relay in relays if isinstance(relays, list) else []:
        try:
            plan.append(_carried(store, relay, server_time))
        except BundleRefused as exc:
            inner = relay.get("payload") if isinstance(relay, dict) else None
            who = inner.get("device") if isinstance(inner, dict) else None
            skipped.append((str(who or "?"), str(exc)))
    carried = [(one.device.id, batch) for one, _, read in plan[1:] for batch, _, _ in read]
    contents, _damaged = envelope.verified_files(payload)
    listed = [[(one.device.id, f.ref) for f in files.listed_files(body)] for one, body, _ in plan]
    service = attachments if attachments is not None else service_for(store)
    done = []
    for number, (one, body, read) in enumerate(plan):
        applied = _apply(store, one, read)
        _receive(service, one, body, contents, applied)
        done.append(applied)
        _remember(store, one.device.id, body, [b for b, _, _ in read],
                  carried if number == 0 else [],
                  [key for keys in listed for key in keys] if number == 0 else listed[number])
    return Imported(done, skipped)


def _receive(service: ServerAttachments, laptop: _Laptop, payload: dict[str, Any],
             contents: dict[str, bytes], out: Applied) -> None:
    """Keep the files a laptop's (vouched) payload lists, from the bundle's checked
    `contents`, as a network upload keeps them."""
    for file in files.listed_files(payload):
        data = contents.get(file.sha256)
        if data is None:
            out.files_refused.append((file.ref, "not in the bundle, or damaged on the way: the "
                                      "laptop sends it again"))
            continue
        try:
            out.files_new += service.receive(laptop.device, file.ref, data, sha256=file.sha256,
                                             mime=file.mime, ext=file.ext)
        except Refused as exc:
            out.files_refused.append((file.ref, str(exc)))
            continue
        out.files += 1


def _plain(exc: files.BundleError) -> str:
    """A file's problem in the words of the console (English)."""
    known = {files.NOT_A_BUNDLE: "this file is not a GMS Desk sync bundle",
             files.TOO_NEW: "the bundle was made by a newer version of GMS Desk: update "
                            "this server",
             files.DAMAGED: "the bundle is damaged or incomplete (cut short while copied?); "
                            "copy it again, or make a new one"}
    text = known.get(str(exc), str(exc))
    return f"{text} ({exc.detail})" if exc.detail else text


def _apply(store: Store, laptop: _Laptop, read: list[_Batch]) -> Applied:
    out = Applied(laptop.device.id, laptop.name, laptop.device.agency_id)
    for batch, cursor, items in read:
        result = push_batch(store, laptop.device, batch,
                            store.private_cursor(laptop.device, cursor), items)
        out.batches += 1
        out.replayed += bool(result.get("replayed"))
        if not result.get("replayed"):
            out.edits += len({(i[0], i[1], i[4]) for i in items})
            out.applied += int(result.get("applied", 0))
            out.ignored += int(result.get("ignored", 0))
            out.conflicts += int(result.get("conflicts", 0))
            out.refused += list(result.get("refused") or [])
    return out


def _remember(store: Store, device_id: str, payload: dict[str, Any], ids: list[str],
              carried: list[tuple[str, str]], listed: list[tuple[str, str]]) -> None:
    """Keep what a laptop's bundle said, if it is newer than the one kept (`made` is the
    laptop's clock): an old bundle imported after a newer one changes nothing. `listed`:
    the files it listed, its own and those of the bundles it carried ((device, reference))."""
    try:
        made, cursor = int(payload.get("made", 0)), max(int(payload.get("cursor", 0)), 0)
    except (TypeError, ValueError):
        return
    held = payload.get("keys_held")  # the agency's keys it holds (their digest), if it says
    said = json.dumps({"batches": ids, "carried": carried,
                       "keys": held if isinstance(held, str) else "", "files": listed})
    for attempt in range(2):  # two imports of one laptop's first bundles at once: one inserts
        try:
            with store._begin() as conn:
                held = conn.execute(sa.select(bundle_state.c.made).where(
                    bundle_state.c.device_id == device_id).with_for_update()).first()
                if held is None:
                    conn.execute(bundle_state.insert().values(
                        device_id=device_id, made=made, cursor=cursor, batches=said))
                elif made > held.made:
                    conn.execute(bundle_state.update().where(
                        bundle_state.c.device_id == device_id).values(
                        made=made, cursor=cursor, batches=said))
            return
        except sa.exc.IntegrityError:
            if attempt:
                raise


def write_reply(store: Store, device: str, passphrase: str = "",
                page_bytes: int = PAGE_BYTES, attachments: ServerAttachments | None = None
                ) -> tuple[bytes, Replied]:
    """What the laptop `device` (its id, or enough of its start: NoSuchDevice,
    AmbiguousDevice) should receive, as a bundle signed with its key: everything a pull from
    the cursor of its newest bundle (else the last one sent over the network) answers, and
    the answers to that bundle's batches and files (`attachments`, else where the server
    keeps them)."""
    laptop = _laptop(store, store.find_device(device))
    assert laptop is not None  # find_device found it
    dev = laptop.device
    if laptop.revoked:
        raise BundleRefused(f"device {dev.id} ({laptop.name}) was revoked: it gets no reply")
    with store._read() as conn:
        state = conn.execute(sa.select(bundle_state).where(
            bundle_state.c.device_id == dev.id)).first()
    said = json.loads(state.batches) if state is not None else {}
    start = int(state.cursor) if state is not None else store.public_cursor(dev, laptop.cursor)
    position = store.private_cursor(dev, start)
    pages: list[dict[str, Any]] = []
    edits = 0
    while True:
        page = store.pull(dev, position, page_bytes)
        blocks, row_info = protocol.group_info(page.changes, 2)
        pages.append({"changes": blocks, "devices": page.devices,
                      "cursor": store.public_cursor(dev, page.cursor),
                      "device_names": page.device_names, "agencies": page.agencies,
                      "users": page.users, "row_info": row_info})
        edits += len({(c[0], c[1], c[4], c[5]) for c in page.changes})
        position = page.cursor
        if not page.more:
            break
    acks = _results(store, [(dev.id, b) for b in said.get("batches", [])])
    carried = _results(store, [(str(d), str(b)) for d, b in said.get("carried", [])])
    now = now_ms()
    payload: dict[str, Any] = {
        "kind": files.REPLY, "device": dev.id, "agency": dev.agency_id, "made": now,
        "protocol": protocol.PROTOCOL_VERSION, "server_time": now, "hq": dev.hq,
        "admin": dev.admin, "start": start, "pages": pages,
        "acks": {batch: result for (_, batch), result in acks.items()},
        "relayed": [list(key) for key in carried],
        "attachments": _files_held(store, attachments or service_for(store),
                                   said.get("files", []))}
    keys = keys_unless_held(store, dev, said.get("keys"))  # those its last bundle said it has?
    if keys is not None:
        payload["keys"] = keys
    data = files.seal(payload, files.bundle_key(laptop.token_hash), passphrase)
    return data, Replied(dev.id, laptop.name, len(data), len(pages), edits, len(acks))


def _files_held(store: Store, service: ServerAttachments, listed: Any) -> list[list[Any]]:
    """[device, reference, held] for each file a laptop's newest bundle listed ((device,
    reference)): whether that device's agency has it at headquarters now (by bundle or
    network)."""
    by_device: dict[str, list[str]] = {}
    for entry in listed if isinstance(listed, list) else []:
        if isinstance(entry, list) and len(entry) == 2:
            by_device.setdefault(str(entry[0]), []).append(str(entry[1]))
    out: list[list[Any]] = []
    for device_id, refs in by_device.items():
        laptop = _laptop(store, device_id)
        held = service.holds(laptop.device, refs) if laptop is not None else set()
        out += [[device_id, ref, ref in held] for ref in refs]
    return out


def agency_keys(store: Store, device: Device) -> dict[str, str]:
    """The public keys of the laptops of `device`'s agency that may sync (device id ->
    `files.public_key`), with which it checks a bundle another of them gives it. Made from
    what headquarters keeps of each one's sync key: nothing to store."""
    query = sa.select(devices.c.id, devices.c.token_hash).where(
        devices.c.agency_id == device.agency_id, devices.c.revoked.is_(False))
    with store._read() as conn:
        return {row.id: files.public_key(row.token_hash) for row in conn.execute(query)}


def keys_unless_held(store: Store, device: Device, held: Any) -> dict[str, str] | None:
    """`agency_keys` for a reply or a sync answer, None when the laptop holds these already:
    `held` is the digest it said of those it holds (`files.keys_held`; "" none, None it did
    not say). A laptop revoked since, or enrolled since, changes the digest, so the keys go
    again and the laptop learns of it."""
    keys = agency_keys(store, device)
    return None if held == files.keys_digest(keys) else keys


PASSPHRASE_VARIABLE = "GMSDESK_BUNDLE_PASSPHRASE"


def _passphrase(confirm: bool) -> str:
    given = os.environ.get(PASSPHRASE_VARIABLE, "")
    if given:
        return given
    first = getpass.getpass("Passphrase: ")
    if confirm and first != getpass.getpass("The same passphrase again: "):
        raise BundleRefused("the two passphrases differ")
    return first


def run_command(store: Store, action: str, file: str, device: str = "",
                encrypt: bool = False) -> int:
    """`gmsdesk-server bundle import FILE` and `bundle reply DEVICE FILE`."""
    path = Path(file)
    try:
        if action == "import":
            data = files.read_file(path)
            try:
                encrypted = files.read_envelope(data).encrypted
            except files.BundleError:
                encrypted = False  # said by the import, with the reason
            result = import_bundle(store, data, _passphrase(False) if encrypted else "")
            for one in result.laptops:
                print(f"{one.device}\t{one.agency}\t{one.name}\t{one.batches} batches "
                      f"({one.replayed} had already arrived): {one.edits} changes, "
                      f"{one.applied} field values stored, {one.conflicts} conflicts, "
                      f"{len(one.refused)} refused")
                for tbl, row_id, name, why in one.refused[:20]:
                    print(f"  refused: {tbl} {row_id} {name}: {why}")
                if one.files or one.files_refused:
                    print(f"  {one.files} photos and files kept ({one.files_new} new here), "
                          f"{len(one.files_refused)} refused")
                for ref, why in one.files_refused[:20]:
                    print(f"  file refused: {ref}: {why}")
            for who, why in result.skipped:
                print(f"  not applied: the bundle of {who} it carried: {why}")
            return 0
        data, replied = write_reply(store, device, _passphrase(True) if encrypt else "")
        files.write_file(path, data)
        print(f"Wrote {path} for {replied.name} ({replied.device}): {replied.changes} changes "
              f"in {replied.pages} pages, the answers to {replied.acknowledged} batches, "
              f"{replied.size:,} bytes")
        return 0
    except BundleRefused as exc:
        print(f"gmsdesk-server: refused: {exc}. Nothing was applied.", file=sys.stderr)
        return 1
    except files.BundleError as exc:  # the file could not be read or written
        print(f"gmsdesk-server: {path}: {_plain(exc)}", file=sys.stderr)
        return 2
    except (NoSuchDevice, AmbiguousDevice) as exc:
        print(f"gmsdesk-server: {device_problem(exc)}", file=sys.stderr)
        return 2


def _results(store: Store, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    """The answers headquarters gave to these batches ((device, batch id)), of those it has."""
    out: dict[tuple[str, str], Any] = {}
    by_device: dict[str, list[str]] = {}
    for device_id, batch in wanted:
        by_device.setdefault(device_id, []).append(batch)
    with store._read() as conn:
        for device_id, ids in by_device.items():
            for at in range(0, len(ids), 500):
                for row in conn.execute(sa.select(batches.c.batch_id, batches.c.result).where(
                        batches.c.device_id == device_id,
                        batches.c.batch_id.in_(ids[at:at + 500]))):
                    out[(device_id, row.batch_id)] = json.loads(row.result)
    return out
