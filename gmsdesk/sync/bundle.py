"""USB sync bundles (sneakernet): a sync request written to a file, and headquarters' answer
written to another.

`export` writes what this laptop has that headquarters has not acknowledged: its outbox cut
into batches as the network would send them — and from then on the network sends them so too,
under the same ids (`next_batch`, `batch_id`), so whichever way a batch reaches headquarters
first is applied and the other is a replay — its pull cursor, and the bundles of other laptops
of its agency it carries on. Headquarters applies it through the push of `POST /v1/sync`
(`gmsdesk.server.bundle`); its reply holds the pages a pull from that cursor would have
answered and the answers to the batches. `import_file` takes either a reply for this laptop,
or another laptop's export of the same agency, applied as headquarters would relay it and kept
to be carried on.

A file is MAGIC and a format version, a header (what it is, whose, how it is packed), the
payload (compact JSON compressed as the wire is, encrypted if a passphrase is given) and a
trailer: an HMAC of the payload and an HMAC of the whole file, both keyed from the laptop's sync
key, and a CRC32. The payload's HMAC stays valid when the bundle is carried inside another; the
file's is checked before anything is decrypted or read; the CRC tells a damaged copy from a
forged one on a laptop that has no key to check with. Nothing is applied before all of it was
read and checked, and what is applied goes in in one transaction.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import Problem
from gmsdesk.records.catalog import CONFLICTS
from gmsdesk.storage.records import Change
from gmsdesk.sync import client, local_only, protocol
from gmsdesk.sync.credentials import CredentialsError
from gmsdesk.sync.hlc import COUNTER_MAX, pack, wall_ms

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.outbox import OutboxEntry
    from gmsdesk.storage.sync_store import Enrolment

MAGIC = b"GMSB"
VERSION = 1  # of the file's layout; the payload says its sync protocol
CHANGES = "changes"  # a laptop's export
REPLY = "reply"  # headquarters' answer to one laptop
SUFFIX = ".gmsbundle"
MAX_FILE_BYTES = 1 << 30
MAX_JSON_BYTES = 1 << 30  # a payload once decompressed
_MAC = 32
_TRAILER = 2 * _MAC + 4  # payload HMAC, file HMAC, CRC32
_HEAD = len(MAGIC) + 1 + 2  # magic, version, header length
_SCRYPT = (15, 8, 1)  # log2(n), r, p: about 0.1 s and 32 MiB per passphrase check
_CUTS = "bundle_cuts"  # meta: [[last outbox seq, batch id, cursor], ...] of exported batches
_RELAYS = "bundle_relays"  # meta: [{"payload": ..., "mac": ...}] of other laptops, to carry on
_BATCH_END = "sync_batch_end"  # SyncStore's pin of the batch in flight

NOT_A_BUNDLE = QT_TRANSLATE_NOOP("Sync", "This file is not a GMS Desk sync bundle.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this "
    "computer, then import it again.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle is damaged or incomplete (it may have been cut short while it was "
    "copied). Nothing was imported. Copy it again, or make a new one.")
ALTERED = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle was changed after it was made, or was not made for this "
    "computer. Nothing was imported.")
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle is encrypted. Enter the passphrase it was made with.")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "The passphrase is not the one this sync bundle was made with, or the bundle was "
    "changed after it was made. Nothing was imported.")
NO_CRYPTO = QT_TRANSLATE_NOOP(
    "Sync", "Encrypted sync bundles need the “cryptography” package, which is not installed "
    "with this copy of GMS Desk.")
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Sync", "This computer is not enrolled with headquarters, so it cannot make or read sync "
    "bundles. Enrol it first.")
OWN_BUNDLE = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle was made on this computer. Take it to headquarters, or to "
    "another computer of your agency, and import it there.")
NOT_FOR_HERE = QT_TRANSLATE_NOOP(
    "Sync", "This reply from headquarters is for another computer. Import it on the computer "
    "whose id it names.")
OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle comes from a computer of another agency. Only bundles of your "
    "own agency's computers, and replies from headquarters for this computer, can be "
    "imported here.")
CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle comes from a computer whose clock is ahead. Correct the date and "
    "time on that computer, sync it or make a new bundle there, and import that one. Nothing "
    "was imported.")
CANNOT_READ = QT_TRANSLATE_NOOP("Sync", "The sync bundle could not be read.")
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Sync", "The sync bundle could not be written. Check that the folder (or USB stick) is "
    "there, can be written to and has room. Nothing is lost: make the bundle again.")


class BundleError(client.SyncError):
    """A bundle that cannot be made or taken, in plain words (marked for context "Sync";
    `detail` is not translated). Nothing was applied."""


class NeedsPassphrase(BundleError):
    pass


class WrongPassphrase(BundleError):
    pass


# -- keys and the file ----------------------------------------------------------------------


def bundle_key(token_hash: str) -> bytes:
    """The key a laptop's bundles are signed with, made from the SHA-256 of its sync key (hex),
    which is what headquarters keeps of it: both sides have it, and it is not the sync key."""
    return hmac.new(bytes.fromhex(token_hash), b"gmsdesk sync bundle v1", hashlib.sha256).digest()


def token_key(token: str) -> bytes:
    """`bundle_key` of a sync key as the laptop holds it."""
    return bundle_key(hashlib.sha256(token.encode()).hexdigest())


def _subkey(key: bytes, purpose: bytes) -> bytes:
    return hmac.new(key, purpose, hashlib.sha256).digest()


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signed_part(payload: Mapping[str, Any]) -> dict[str, Any]:
    """What a payload's HMAC covers: all of it but the bundles carried inside (`relays`),
    which their own laptops signed."""
    return {k: v for k, v in payload.items() if k != "relays"}


def payload_mac(payload: Mapping[str, Any], key: bytes) -> bytes:
    """The HMAC of a payload, over its compact JSON as the wire writes it (a payload read back
    from JSON writes the same bytes again)."""
    return hmac.new(_subkey(key, b"payload"), _json(signed_part(payload)),
                    hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: Any) -> bytes:
    """Base64 text (a signature carried in a payload) as bytes; ValueError if it is not."""
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _cipher(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> Any:
    """AES-256-GCM keyed by scrypt from the passphrase (as typed, in Unicode's composed form:
    the same words typed on another keyboard give the same key)."""
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    except ImportError as exc:
        raise BundleError(NO_CRYPTO) from exc
    text = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return AESGCM(Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(text))


def seal(payload: dict[str, Any], key: bytes, passphrase: str = "") -> bytes:
    """A payload (with `kind` and `device`) as a bundle file, signed with `key` and, given a
    passphrase, encrypted."""
    inner = payload_mac(payload, key)
    body, encoding = protocol.encode(payload, protocol.XZ)
    header: dict[str, Any] = {"kind": payload["kind"], "device": payload["device"],
                              "enc": encoding}
    if passphrase:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        log_n, r, p = _SCRYPT
        header["crypt"] = {"n": log_n, "r": r, "p": p, "salt": _b64(salt), "nonce": _b64(nonce)}
        head = _json(header)
        body = _cipher(passphrase, salt, log_n, r, p).encrypt(nonce, body, head)
    else:
        head = _json(header)
    signed = MAGIC + bytes([VERSION]) + len(head).to_bytes(2, "big") + head + body + inner
    out = signed + hmac.new(_subkey(key, b"file"), signed, hashlib.sha256).digest()
    return out + zlib.crc32(out).to_bytes(4, "big")


@dataclass(frozen=True)
class Envelope:
    """A bundle file read but not opened: its header, and what its trailer says."""

    header: dict[str, Any]
    head: bytes
    body: bytes
    payload_mac: bytes
    file_mac: bytes
    signed: bytes  # what `file_mac` covers

    @property
    def kind(self) -> str:
        return str(self.header["kind"])

    @property
    def device(self) -> str:
        return str(self.header["device"])

    @property
    def encrypted(self) -> bool:
        return "crypt" in self.header

    def signed_with(self, key: bytes) -> bool:
        """Whether the file is, to the byte, what the holder of `key` wrote."""
        mine = hmac.new(_subkey(key, b"file"), self.signed, hashlib.sha256).digest()
        return hmac.compare_digest(mine, self.file_mac)

    def open(self, passphrase: str = "", limit: int = MAX_JSON_BYTES) -> dict[str, Any]:
        """The payload: decrypted (NeedsPassphrase, WrongPassphrase), decompressed and parsed
        (DAMAGED: whatever the body holds, an answer or a BundleError)."""
        body = self.body
        crypt = self.header.get("crypt")
        if crypt is not None:
            if not passphrase:
                raise NeedsPassphrase(NEEDS_PASSPHRASE)
            body = _decrypt(crypt, passphrase, body, self.head)
        try:
            payload = protocol.decode(body, encoding=str(self.header.get("enc", "")),
                                      limit=limit)
        except ValueError as exc:
            raise BundleError(DAMAGED, detail=str(exc)[:200]) from exc
        if not isinstance(payload, dict) or payload.get("kind") != self.kind or \
                payload.get("device") != self.device:
            raise BundleError(DAMAGED, detail="the payload is not the one the header names")
        return payload


def _decrypt(crypt: Any, passphrase: str, body: bytes, head: bytes) -> bytes:
    try:
        log_n, r, p = int(crypt["n"]), int(crypt["r"]), int(crypt["p"])
        salt, nonce = unb64(crypt["salt"]), unb64(crypt["nonce"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(DAMAGED, detail="unreadable encryption header") from exc
    # Bounded: the header is read before anything could check it.
    if not (14 <= log_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4 and len(salt) == 16
            and len(nonce) == 12):
        raise BundleError(DAMAGED, detail="encryption parameters out of range")
    from cryptography.exceptions import InvalidTag

    try:
        plain: bytes = _cipher(passphrase, salt, log_n, r, p).decrypt(nonce, body, head)
    except InvalidTag as exc:
        raise WrongPassphrase(WRONG_PASSPHRASE) from exc
    return plain


def read_envelope(data: bytes) -> Envelope:
    """A bundle file's parts, checked for damage (not for who made it: see `signed_with`)."""
    if not data.startswith(MAGIC):
        raise BundleError(NOT_A_BUNDLE)
    if len(data) < _HEAD + _TRAILER:
        raise BundleError(DAMAGED, detail=f"{len(data)} bytes")
    if data[len(MAGIC)] != VERSION:
        raise BundleError(TOO_NEW if data[len(MAGIC)] > VERSION else DAMAGED)
    if zlib.crc32(data[:-4]) != int.from_bytes(data[-4:], "big"):
        raise BundleError(DAMAGED, detail="checksum")
    end = _HEAD + int.from_bytes(data[_HEAD - 2:_HEAD], "big")
    if end > len(data) - _TRAILER:
        raise BundleError(DAMAGED, detail="header")
    try:
        header = json.loads(data[_HEAD:end].decode("utf-8"))
    except ValueError as exc:
        raise BundleError(DAMAGED, detail="header") from exc
    if not isinstance(header, dict) or header.get("kind") not in (CHANGES, REPLY) or \
            not isinstance(header.get("device"), str) or not 1 <= len(header["device"]) <= 64:
        raise BundleError(DAMAGED, detail="header")
    return Envelope(header, data[_HEAD:end], data[end:-_TRAILER], data[-_TRAILER:-_MAC - 4],
                    data[-_MAC - 4:-4], data[:-_MAC - 4])


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(NOT_A_BUNDLE, detail=f"{size:,} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError(CANNOT_READ, detail=exc.strerror or str(exc)) from exc


def write_file(path: Path, data: bytes) -> None:
    """Written whole or not at all: a stick pulled out half-way leaves no bundle that looks
    complete (and a cut one is refused anyway)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BundleError(CANNOT_WRITE, detail=exc.strerror or str(exc)) from exc


# -- batches a bundle carried: the network sends them as they were cut ------------------------


class _Cut(NamedTuple):
    last: int  # the last outbox seq of the batch
    batch: str  # its id
    cursor: int  # the pull cursor when it was cut


def _cuts(db: Database) -> list[_Cut]:
    raw = db.meta(_CUTS)
    if not raw:
        return []
    return [_Cut(int(last), str(batch), int(cursor)) for last, batch, cursor in json.loads(raw)]


def _save_cuts(db: Database, cuts: list[_Cut]) -> None:
    db.set_meta(_CUTS, json.dumps([list(c) for c in cuts]) if cuts else "")


def _live_cuts(db: Database, head: int) -> list[_Cut]:
    """The exported batches still in the outbox (whose first seq is `head`, 0: empty); those
    acknowledged since are forgotten. Call inside a transaction."""
    cuts = _cuts(db)
    live = [c for c in cuts if head and c.last >= head]
    if live != cuts:
        _save_cuts(db, live)
    return live


def _head(db: Database) -> int:
    first = db.outbox.pending(limit=1)
    return first[0].seq if first else 0


def next_batch(db: Database, max_bytes: int) -> tuple[int, list[list[Any]]]:
    """The outbox's next batch for the network (`SyncStore.pending_batch`), cut where a sync
    bundle cut it when one carried it: headquarters may have it already, under its id."""
    if not db.meta(_CUTS):  # no bundle carried what waits: one read
        return db.sync.pending_batch(max_bytes)
    with db.atomic():
        live = _live_cuts(db, _head(db))
        if live and db.meta(_BATCH_END, "0") != str(live[0].last):
            db.set_meta(_BATCH_END, str(live[0].last))
        return db.sync.pending_batch(max_bytes)


def batch_id(db: Database, last_seq: int) -> str:
    """The id of the outbox batch ending at `last_seq`: the one a bundle gave it, if any."""
    for cut in _cuts(db):
        if cut.last == last_seq:
            return cut.batch
    return db.sync.outbox_batch_id(last_seq)


def _plan(db: Database, entries: list[OutboxEntry]) -> list[_Cut]:
    """The outbox cut into batches: those cut before (by a bundle, or the network's batch in
    flight) as they were, the rest in batches the network could send (`client.MAX_BATCH`).
    Remembered, and the first pinned for the network. Call inside a transaction."""
    if not entries:
        _save_cuts(db, [])
        return []
    head = entries[0].seq
    cuts = _live_cuts(db, head)
    cursor = db.sync.cursor
    pinned = int(db.meta(_BATCH_END, "0"))
    if not cuts and pinned >= head:  # the network's batch in flight, under its own id
        cuts.append(_Cut(pinned, db.sync.outbox_batch_id(pinned), cursor))
    done = cuts[-1].last if cuts else 0
    first = last = size = 0
    for entry in entries:
        if entry.seq <= done:
            continue
        weight = len(_json(entry.fields)) + len(entry.record_id) + 30  # as pending_batch
        if first and size + weight > client.MAX_BATCH:
            cuts.append(_Cut(last, f"{db.device_id[:16]}-{first}-{last}", cursor))
            first = size = 0
        first = first or entry.seq
        size += weight
        last = entry.seq
    if first:
        cuts.append(_Cut(last, f"{db.device_id[:16]}-{first}-{last}", cursor))
    _save_cuts(db, cuts)
    db.set_meta(_BATCH_END, str(cuts[0].last))
    return cuts


def _items(entry: OutboxEntry) -> list[list[Any]]:
    """An outbox entry's field changes, as `SyncStore.pending_batch` reads them."""
    return [[entry.table, entry.record_id, name, value, entry.hlc, entry.user]
            for name, value in entry.fields.items() if name != "agency_id"]


def _edits(items: Iterable[list[Any]]) -> int:
    """Edits (one record at one moment), as sync counts them."""
    return len({(i[0], i[1], i[4]) for i in items})


def _split(entries: list[OutboxEntry], cuts: list[_Cut]) -> list[list[list[Any]]]:
    """The outbox entries' changes, batch by batch."""
    out: list[list[list[Any]]] = []
    at = 0
    for cut in cuts:
        items: list[list[Any]] = []
        while at < len(entries) and entries[at].seq <= cut.last:
            items += _items(entries[at])
            at += 1
        out.append(items)
    return out


# -- this laptop ----------------------------------------------------------------------------


@dataclass
class ExportSummary:
    size: int  # bytes of the file
    sent: int  # edits, as sync counts them
    batches: int
    carried: int  # bundles of other laptops carried on
    encrypted: bool


@dataclass
class ImportSummary:
    kind: str  # REPLY or CHANGES
    source: str  # the device that made it (headquarters' reply: this laptop)
    received: int = 0  # edits applied from the file
    conflicts: int = 0
    acknowledged: int = 0  # own edits headquarters confirmed (a reply)
    refused: int = 0  # of those, changes headquarters would not store
    carried: int = 0  # bundles kept to be carried on (another laptop's export)
    delivered: int = 0  # carried bundles headquarters confirmed, no longer carried
    up_to_date: bool = False  # a reply that moved the pull cursor on (or had nothing new)
    changes: list[Change] = field(default_factory=list)


def _credentials(db: Database) -> tuple[Enrolment, bytes]:
    enrolment = db.sync.enrolment()
    if enrolment is None:
        raise BundleError(NOT_ENROLLED)
    token = enrolment.token
    if not token:
        try:
            token = db.sync.token(enrolment.device_id)
        except CredentialsError as exc:
            raise BundleError(str(exc)) from exc
    if not token:
        raise BundleError(client.NOT_HERE)
    return enrolment, token_key(token)


def export(db: Database, passphrase: str = "") -> tuple[bytes, ExportSummary]:
    """This laptop's bundle for headquarters: every change not acknowledged yet (demo data
    left out, as sync leaves it out), its pull cursor, and the bundles of other laptops it
    carries. Batches keep the ids given here for the network too."""
    enrolment, key = _credentials(db)
    demo = local_only.demo_records(db).all()
    with db.atomic():
        entries = db.outbox.pending(limit=-1)
        cuts = _plan(db, entries)
        batches: list[dict[str, Any]] = []
        sent = 0
        for cut, items in zip(cuts, _split(entries, cuts), strict=True):
            items = [i for i in items if not local_only.is_demo(i, demo)]
            sent += _edits(items)
            batches.append({**client.push_body(cut.batch, items), "cursor": cut.cursor})
        carried = list(_relays(db).values())
        payload: dict[str, Any] = {
            "kind": CHANGES, "device": enrolment.device_id, "agency": enrolment.agency_id,
            "made": db.tick(), "protocol": protocol.PROTOCOL_VERSION, "device_time": wall_ms(),
            "cursor": db.sync.cursor, "batches": batches, "relays": carried}
    data = seal(payload, key, passphrase)
    return data, ExportSummary(len(data), sent, len(batches), len(carried), bool(passphrase))


def export_to(db: Database, path: Path, passphrase: str = "") -> ExportSummary:
    data, summary = export(db, passphrase)
    write_file(path, data)
    return summary


def import_file(db: Database, path: Path, passphrase: str = "") -> ImportSummary:
    return import_bytes(db, read_file(path), passphrase)


def import_bytes(db: Database, data: bytes, passphrase: str = "") -> ImportSummary:
    """Take a bundle: headquarters' reply for this laptop, or the export of another laptop of
    its agency. Refused (BundleError) with nothing applied when it is damaged, altered, for
    another computer or agency, or the passphrase is missing or wrong."""
    envelope = read_envelope(data)
    enrolment, key = _credentials(db)
    if envelope.kind == REPLY:
        if envelope.device != enrolment.device_id:
            raise BundleError(NOT_FOR_HERE, detail=envelope.device)
        if not envelope.signed_with(key):
            raise BundleError(ALTERED)
        payload = envelope.open(passphrase)
        if not hmac.compare_digest(payload_mac(payload, key), envelope.payload_mac):
            raise BundleError(ALTERED)
        return _take_reply(db, payload)
    if envelope.device == enrolment.device_id:
        raise BundleError(OWN_BUNDLE)
    # Another laptop's: signed with a key only it and headquarters have. What can be checked
    # here is checked (damage, agency, values, ownership, clocks); headquarters checks the
    # signature when this laptop carries it on.
    payload = envelope.open(passphrase)
    if payload.get("agency") != enrolment.agency_id:
        raise BundleError(OTHER_AGENCY)
    return _take_changes(db, enrolment, payload, envelope.payload_mac)


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key)
    return [v if isinstance(v, str) else "" for v in value] if isinstance(value, list) else []


def _take_reply(db: Database, payload: dict[str, Any]) -> ImportSummary:
    """Headquarters' pages applied as a sync applies them, the cursor moved only along the
    reply's own chain of cursors from where this laptop stands (a reply made from another
    cursor — an old one, one imported twice — brings its changes, which the merge takes or
    leaves, and moves nothing); then the batches it confirms leave the outbox, in order."""
    summary = ImportSummary(REPLY, str(payload["device"]))
    try:
        pages = list(payload["pages"])
        chain = [int(payload["start"]), *(int(p["cursor"]) for p in pages)]
        read = [protocol.ungroup(p["changes"], p.get("row_info")) for p in pages]
        acks = payload.get("acks") or {}
        relayed = {(str(d), str(b)) for d, b in payload.get("relayed") or []}
        if not isinstance(acks, dict) or not all(isinstance(p["devices"], list) for p in pages):
            raise ValueError("acknowledgements or devices")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise BundleError(DAMAGED, detail=str(exc)[:200]) from exc
    with db.atomic():
        current = db.sync.cursor
        at = max(i for i, c in enumerate(chain) if c == current) if current in chain else None
        for number, (received, page) in enumerate(zip(read, pages, strict=True)):
            if at is not None and number < at:
                continue  # before where this laptop stands: it has these
            applied = db.sync.apply_remote(
                received, page["devices"], chain[number + 1] if at is not None else current,
                agencies=_strings(page, "agencies"), users=_strings(page, "users"),
                device_names=_strings(page, "device_names"))
            summary.changes.extend(applied)
            summary.received += _edits(received)
            summary.conflicts += sum(1 for c in applied
                                     if c.table == CONFLICTS.table and c.op == "insert")
        summary.up_to_date = at is not None
        if "hq" in payload:
            db.sync.set_hq(bool(payload["hq"]))
        summary.acknowledged, summary.refused = _acknowledge(db, acks)
        summary.delivered = _drop_delivered(db, relayed)
    return summary


def _acknowledge(db: Database, acks: Mapping[str, Any]) -> tuple[int, int]:
    """The exported batches headquarters confirmed leave the outbox, oldest first, as a sync's
    answers take them; at the first it does not confirm, the rest wait. (edits, refused)."""
    entries = db.outbox.pending(limit=-1)
    cuts = _live_cuts(db, entries[0].seq if entries else 0)
    demo = local_only.demo_records(db).all()
    done = refused = 0
    taken = 0
    for cut, items in zip(cuts, _split(entries, cuts), strict=True):
        result = acks.get(cut.batch)
        if not isinstance(result, dict):
            break
        items = [i for i in items if not local_only.is_demo(i, demo)]
        refusals = [r for r in result.get("refused") or [] if isinstance(r, list)]
        db.sync.acknowledge(cut.last, items, refusals)
        done += _edits(items)
        refused += len(refusals)
        taken += 1
    if taken:
        _save_cuts(db, cuts[taken:])
    return done, refused


# -- another laptop's bundle, and carrying it on ------------------------------------------------


def _relays(db: Database) -> dict[str, dict[str, Any]]:
    raw = db.meta(_RELAYS)
    return {str(r["mac"]): r for r in json.loads(raw)} if raw else {}


def _save_relays(db: Database, relays: Mapping[str, dict[str, Any]]) -> None:
    db.set_meta(_RELAYS, _json(list(relays.values())).decode("utf-8") if relays else "")


def _drop_delivered(db: Database, relayed: set[tuple[str, str]]) -> int:
    """Forget the carried bundles whose every batch headquarters confirmed."""
    held = _relays(db)
    gone = [mac for mac, relay in held.items()
            if {(relay["payload"]["device"], b["batch"]) for b in relay["payload"]["batches"]}
            <= relayed]
    for mac in gone:
        del held[mac]
    if gone:
        _save_relays(db, held)
    return len(gone)


def _sibling_changes(payload: Mapping[str, Any], ahead: int) -> list[list[Any]]:
    """A laptop's batches as changes headquarters would relay ([table, id, field, value,
    clock, 0, -1, user index] with users listed once). DAMAGED for what is not well formed,
    CLOCK_AHEAD for a clock past `ahead` (headquarters would refuse the batch)."""
    out: list[list[Any]] = []
    try:
        for batch in payload["batches"]:
            users = list(batch.get("users") or [])
            for tbl, row_id, name, value, hlc, *user in protocol.ungroup(
                    batch["changes"], batch.get("row_info")):
                if not (isinstance(tbl, str) and isinstance(name, str) and isinstance(row_id, str)
                        and 1 <= len(row_id) <= 64 and isinstance(hlc, int)
                        and not isinstance(hlc, bool) and 0 <= hlc < 1 << 64):
                    raise ValueError("a change is not well formed")
                if hlc > ahead:
                    raise BundleError(CLOCK_AHEAD)
                who = protocol.index_of(users, user[0]) if user else None
                out.append([tbl, row_id, name, value, hlc,
                            who if isinstance(who, str) and who else None])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleError(DAMAGED, detail=str(exc)[:200]) from exc
    return out


def _admitted(db: Database, enrolment: Enrolment, changes: list[list[Any]]) -> list[list[Any]]:
    """What headquarters would store of another laptop's changes, as far as this laptop can
    tell: values their declarations accept, and records of this agency (or new); not
    headquarters' published records, nor a conflict this laptop does not have."""
    owners: dict[tuple[str, str], str | None] = {}
    out = []
    for change in changes:
        tbl, row_id, name, value = change[:4]
        record_type = db.registry.get(tbl)
        if record_type is not None:
            try:
                change[3] = record_type.check_change(name, value)
            except Problem:
                continue  # refused at headquarters: that laptop shows it
        key = (tbl, row_id)
        if key not in owners:
            held = db.sync.record(tbl, row_id)
            owners[key] = str(held["agency_id"]) if held else None
        owner = owners[key]
        if (tbl == CONFLICTS.table and owner is None) or (
                owner is not None and owner != enrolment.agency_id and not db.is_hq):
            continue
        out.append(change)
    return out


def _take_changes(db: Database, enrolment: Enrolment, payload: dict[str, Any],
                  mac: bytes) -> ImportSummary:
    """Another laptop's export (and the bundles of this agency it carried), applied as
    headquarters would relay them: each change under the laptop that made it, merged as a
    pull merges, the cursor left where it is. Kept, signed as they came, to be carried on."""
    summary = ImportSummary(CHANGES, str(payload["device"]))
    carried = [{"payload": signed_part(payload), "mac": _b64(mac)}, *(
        payload.get("relays") or [])]
    ahead = pack(wall_ms() + db.clock.offset_ms + protocol.MAX_SKEW_MS, COUNTER_MAX)
    plan: list[tuple[dict[str, Any], list[list[Any]]]] = []
    for relay in carried:
        inner = relay.get("payload") if isinstance(relay, dict) else None
        if not isinstance(inner, dict) or not isinstance(relay.get("mac"), str) or \
                not isinstance(inner.get("device"), str) or inner.get("kind") != CHANGES:
            raise BundleError(DAMAGED, detail="a carried bundle")
        if inner["device"] == enrolment.device_id or inner.get("agency") != enrolment.agency_id:
            continue  # this laptop's own, or another agency's: not for here
        plan.append((relay, _sibling_changes(inner, ahead)))
    with db.atomic():
        held = _relays(db)
        for relay, changes in plan:
            users: dict[str, int] = {}
            wire = [[*c[:5], 0, -1, users.setdefault(c[5], len(users)) if c[5] else -1]
                    for c in _admitted(db, enrolment, changes)]
            applied = db.sync.apply_remote(wire, [relay["payload"]["device"]], db.sync.cursor,
                                           users=list(users))
            summary.changes.extend(applied)
            summary.received += _edits(wire)
            summary.carried += _carry(held, relay)
        _save_relays(db, held)
    return summary


def _batches_of(relay: Mapping[str, Any]) -> tuple[str, frozenset[str]]:
    payload = relay["payload"]
    return payload["device"], frozenset(b["batch"] for b in payload["batches"]
                                        if b.get("changes"))


def _carry(held: dict[str, dict[str, Any]], relay: dict[str, Any]) -> int:
    """Keep a laptop's bundle to carry on, unless one kept holds all its batches (a laptop's
    newer export holds its older one's, as they were cut); one it supersedes goes. 1 if kept."""
    device, batches = _batches_of(relay)
    if not batches:
        return 0
    same = {mac: _batches_of(r)[1] for mac, r in held.items() if _batches_of(r)[0] == device}
    if any(batches <= kept for kept in same.values()):
        return 0
    for mac, kept in same.items():
        if kept <= batches:
            del held[mac]
    held[relay["mac"]] = relay
    return 1


__all__ = ["CHANGES", "REPLY", "SUFFIX", "BundleError", "Envelope", "ExportSummary",
           "ImportSummary", "NeedsPassphrase", "WrongPassphrase", "batch_id", "bundle_key",
           "export", "export_to", "import_bytes", "import_file", "next_batch", "payload_mac",
           "read_envelope", "read_file", "seal", "signed_part", "token_key", "unb64",
           "write_file"]
