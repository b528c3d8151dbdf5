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

Laptop to laptop, the HMACs prove nothing (only the laptop that made a bundle and headquarters
hold its key), so a laptop's export is also signed with an Ed25519 key made from its sync key
as the HMAC key is (`signing_key`): the signature travels in the header, and beside a carried
bundle as `sig`. Headquarters can make every laptop's public key from what it keeps of it, and
each reply carries those of the laptop's agency (`keys`, left out when the laptop's last bundle
said it holds them already); so does a sync answer (left out when the laptop's request said it
holds them already: `keys_held`), and both are kept in one place (`remember_keys`), the newer
by headquarters' clock winning, so a laptop revoked at headquarters is dropped by whichever
comes first. A laptop that has them checks another laptop's bundle, and every bundle it
carries, before taking any of it: one from a laptop it does not know (enrolled since, or
revoked), unsigned (an older release) or not matching its signature is refused with the
reason. A laptop that never synced with, nor had a reply from, a headquarters of this release
has no keys, and takes bundles as before: headquarters checks them when they are carried on.
Older releases read these files as before: they skip the signature, and their bundles have
none.

Photos and files (layout 2): an export also carries the files its submitted responses name
that headquarters has not confirmed (`Attachments.to_send`, what the network sends, as the
network sends it: a photo perhaps made smaller), and those of the bundles it carries on that it
holds. The payload lists them — `attachments`: [reference, SHA-256, size, type, extension] per
file, under the HMAC and the signature like the rest — and where their bytes are: `blobs`,
[SHA-256, size], each content once. The bytes follow the trailer (encrypted with the payload's
key when it is), and the file ends with the length of what precedes them. The trailer does not
cover them: each is checked against the SHA-256 its signed list gives, so a damaged or altered
file is refused alone and the rest of the bundle is taken. Headquarters keeps them as a network
upload would, and its reply answers for each file the bundle listed whether it holds it now
(`attachments`: [device, reference, held]); the laptop stops carrying what it holds. Replies
carry no files, not even thumbnails: a laptop fetches another's file when someone opens it. A
bundle without files is written in layout 1, which every release reads; a release that knows
only layout 1 refuses a bundle with files whole (TOO_NEW: update it) and takes nothing; and a
laptop whose last reply came from such a headquarters (no `attachments` in it) leaves its files
out, so that its records still go.

`export_to` and `import_file` report progress and stop when told (`Cancelled`): an export
stopped leaves no file (not even part of one), an import stopped applies nothing.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import hmac
import json
import lzma
import os
import re
import secrets
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import Problem
from gmsdesk.records.catalog import CONFLICTS
from gmsdesk.storage.attachments import attachments_of
from gmsdesk.storage.records import Change
from gmsdesk.sync import client, local_only, protocol
from gmsdesk.sync.credentials import CredentialsError
from gmsdesk.sync.hlc import COUNTER_MAX, pack, wall_ms

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from gmsdesk.storage.db import Database
    from gmsdesk.storage.outbox import OutboxEntry
    from gmsdesk.storage.sync_store import Enrolment

MAGIC = b"GMSB"
VERSION = 2  # the newest file layout read here; the payload says its sync protocol
PLAIN = 1  # the layout of a bundle without files, which every release reads
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
_RELAYS = "bundle_relays"  # meta: [{"payload", "mac", "sig"}] of other laptops, to carry on
_BATCH_END = "sync_batch_end"  # SyncStore's pin of the batch in flight
_KEYS = "bundle_keys"  # meta: {"made": ..., "keys": {device: public key}} of the agency
_STEP = 1 << 20  # bytes compressed or written between two reports of progress
_FOOT = 8  # layout 2: the length of what precedes the files, at the very end
_TAG = 16  # what AES-GCM adds to each encrypted file
_HQ_FILES = "bundle_hq_files"  # meta: "0" when the last reply came from a headquarters that
# does not answer for files (an older release): exports leave them out
_SHA = re.compile(r"[0-9a-f]{64}")
_EXT = re.compile(r"(\.[a-z0-9]{1,10})?")
_MIME = re.compile(r"[\w.+-]{1,60}/[\w.+-]{1,60}")

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop

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
UNKNOWN_COMPUTER = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle comes from a computer that headquarters has not told this one "
    "about: it was enrolled since, or may no longer sync. Sync this computer with headquarters "
    "(or import its newest reply for this computer), then import the bundle again; or take "
    "the bundle to headquarters. Nothing was imported.")
UNSIGNED = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle was made by an older version of GMS Desk, which does not sign "
    "its bundles, so this computer cannot check who made it. Update GMS Desk on the computer "
    "that made it and make a new bundle there, or take this one to headquarters. Nothing was "
    "imported.")
FORGED = QT_TRANSLATE_NOOP(
    "Sync", "This sync bundle was changed after it was made, or was not made by the computer "
    "it names. Nothing was imported. Ask for a new bundle from that computer.")
STOPPED = QT_TRANSLATE_NOOP("Sync", "Stopped. Nothing was written or imported.")


class BundleError(client.SyncError):
    """A bundle that cannot be made or taken, in plain words (marked for context "Sync";
    `detail` is not translated). Nothing was applied."""


class Cancelled(BundleError):
    """The person stopped the work: no file was left, nothing was applied."""


class _Steps:
    """One progress (done of 1000) over the parts of a piece of work, weighted; Cancelled
    when the person said stop."""

    def __init__(self, progress: Progress | None, *weights: int) -> None:
        self.progress = progress
        total = sum(weights)
        self.spans = [(sum(weights[:i]) * 1000 // total, w * 1000 // total)
                      for i, w in enumerate(weights)]

    def tell(self, part: int, done: int = 0, total: int = 1) -> None:
        if self.progress is None:
            return
        start, size = self.spans[part]
        share = size * max(0, min(done, total)) // total if total > 0 else 0
        if not self.progress(start + share, 1000):
            raise Cancelled(STOPPED)

    def part(self, index: int) -> Callable[[int, int], None]:
        return lambda done, total: self.tell(index, done, total)


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
    return bundle_key(token_hash(token))


def token_hash(token: str) -> str:
    """What headquarters keeps of a sync key (hex SHA-256), and what bundle keys are made of."""
    return hashlib.sha256(token.encode()).hexdigest()


def signing_key(hashed: str) -> Ed25519PrivateKey:
    """The Ed25519 key a laptop signs its exports with, made (as `bundle_key` is) from what
    headquarters keeps of its sync key: the laptop and headquarters can make it; the other
    laptops of its agency are given its public half (`public_key`) to check with."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = hmac.new(bytes.fromhex(hashed), b"gmsdesk sync bundle signature v1",
                    hashlib.sha256).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key(hashed: str) -> str:
    """The public half of `signing_key`, as base64 text (what a reply lists)."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return _b64(signing_key(hashed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(payload: Mapping[str, Any], key: Ed25519PrivateKey) -> str:
    """A payload's signature, over what its HMAC covers (`signed_part`), as base64 text."""
    return _b64(key.sign(_json(signed_part(payload))))


def signed_by(payload: Mapping[str, Any], signature: Any, public: str) -> bool:
    """Whether `signature` (base64 text) is the one the holder of `public`'s key made of the
    payload."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(unb64(public)).verify(
            unb64(signature), _json(signed_part(payload)))
    except (InvalidSignature, ValueError):
        return False
    return True


def keys_digest(keys: Mapping[str, str]) -> str:
    """A short digest of a list of public keys: what a laptop's export says it holds, so that
    headquarters' reply leaves them out when it holds them already."""
    return hashlib.sha256(_json(sorted(keys.items()))).hexdigest()[:32]


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


def _compressed(payload: Mapping[str, Any], step: Callable[[int, int], None] | None
                ) -> tuple[bytes, str]:
    """A payload as the wire compresses it (`protocol.encode`: xz, gzip when small), fed to
    the compressor a megabyte at a time so that progress is told and a stop heard."""
    raw = _json(payload)
    if len(raw) < protocol.XZ_FROM_BYTES:
        return gzip.compress(raw, compresslevel=9, mtime=0), protocol.GZIP
    packer = lzma.LZMACompressor(format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                                 filters=protocol._xz_filters(len(raw)))
    parts = []
    for at in range(0, len(raw), _STEP):
        if step is not None:
            step(at, len(raw))
        parts.append(packer.compress(raw[at:at + _STEP]))
    parts.append(packer.flush())
    return b"".join(parts), protocol.XZ


def seal(payload: dict[str, Any], key: bytes, passphrase: str = "",
         signer: Ed25519PrivateKey | None = None,
         step: Callable[[int, int], None] | None = None,
         files: Sequence[bytes] = ()) -> bytes:
    """A payload (with `kind` and `device`) as a bundle file, signed with `key` (and with
    `signer`, a laptop's export) and, given a passphrase, encrypted. `step(done, total)` is
    told how far the compression has come (and may raise Cancelled). `files`: the bytes of
    the files the payload's `blobs` lists, in its order (layout 2; none: layout 1)."""
    inner = payload_mac(payload, key)
    body, encoding = _compressed(payload, step)
    header: dict[str, Any] = {"kind": payload["kind"], "device": payload["device"],
                              "enc": encoding}
    if signer is not None:
        header["sig"] = sign(payload, signer)
    cipher: Any = None
    nonce = b""
    if passphrase:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        log_n, r, p = _SCRYPT
        header["crypt"] = {"n": log_n, "r": r, "p": p, "salt": _b64(salt), "nonce": _b64(nonce)}
        head = _json(header)
        cipher = _cipher(passphrase, salt, log_n, r, p)
        body = cipher.encrypt(nonce, body, head)
    else:
        head = _json(header)
    layout = VERSION if files else PLAIN
    signed = MAGIC + bytes([layout]) + len(head).to_bytes(2, "big") + head + body + inner
    out = signed + hmac.new(_subkey(key, b"file"), signed, hashlib.sha256).digest()
    out += zlib.crc32(out).to_bytes(4, "big")
    if not files:
        return out
    parts = [out]
    for number, ((sha256, _size), data) in enumerate(zip(payload["blobs"], files, strict=True)):
        parts.append(data if cipher is None else
                     cipher.encrypt(_file_nonce(nonce, number), data, sha256.encode("ascii")))
    parts.append(len(out).to_bytes(_FOOT, "big"))
    return b"".join(parts)


def _file_nonce(nonce: bytes, number: int) -> bytes:
    """The AES-GCM nonce of a bundle's `number`-th file: the payload's, counted on (the key is
    the bundle's own, so no nonce is used twice under it)."""
    return ((int.from_bytes(nonce, "big") + 1 + number) % (1 << 96)).to_bytes(12, "big")


class Listed(NamedTuple):
    """A file a laptop's export lists (`attachments`)."""

    ref: str  # what its responses name: the SHA-256 of the file as attached
    sha256: str  # of the bytes carried (a photo may have been made smaller)
    size: int
    mime: str
    ext: str


def listed_files(payload: Mapping[str, Any]) -> list[Listed]:
    """The files a laptop's export lists, those that are well formed."""
    raw = payload.get("attachments")
    out = []
    for entry in raw if isinstance(raw, list) else []:
        if not (isinstance(entry, list) and len(entry) == 5):
            continue
        ref, sha256, size, mime, ext = entry
        if (isinstance(ref, str) and _SHA.fullmatch(ref) and isinstance(sha256, str)
                and _SHA.fullmatch(sha256) and isinstance(size, int)
                and not isinstance(size, bool) and 0 <= size <= MAX_FILE_BYTES
                and isinstance(mime, str) and _MIME.fullmatch(mime) and isinstance(ext, str)
                and _EXT.fullmatch(ext)):
            out.append(Listed(ref, sha256, size, mime, ext))
    return out


@dataclass(frozen=True)
class Envelope:
    """A bundle file read but not opened: its header, and what its trailer says."""

    header: dict[str, Any]
    head: bytes
    body: bytes
    payload_mac: bytes
    file_mac: bytes
    signed: bytes  # what `file_mac` covers
    files: bytes | memoryview = b""  # layout 2: the files' bytes, as the payload's `blobs` lists
    _opened: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def kind(self) -> str:
        return str(self.header["kind"])

    @property
    def device(self) -> str:
        return str(self.header["device"])

    @property
    def encrypted(self) -> bool:
        return "crypt" in self.header

    @property
    def signature(self) -> str | None:
        """The laptop's signature of its payload (`sign`); None: an older release's export,
        or a reply."""
        sig = self.header.get("sig")
        return sig if isinstance(sig, str) else None

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
            body, self._opened["cipher"] = _decrypt(crypt, passphrase, body, self.head)
        try:
            payload = protocol.decode(body, encoding=str(self.header.get("enc", "")),
                                      limit=limit)
        except ValueError as exc:
            raise BundleError(DAMAGED, detail=str(exc)[:200]) from exc
        if not isinstance(payload, dict) or payload.get("kind") != self.kind or \
                payload.get("device") != self.device:
            raise BundleError(DAMAGED, detail="the payload is not the one the header names")
        return payload

    def verified_files(self, payload: Mapping[str, Any],
                       step: Callable[[int, int], None] | None = None
                       ) -> tuple[dict[str, bytes], list[str]]:
        """The files the bundle holds ({SHA-256: bytes}), each decrypted and checked against
        the SHA-256 its payload (`open`ed, and vouched for by the caller) lists; and the
        SHA-256s of those that are not what it lists (damaged, altered, cut off): refused
        alone. `step` is told how far the checking has come (and may raise Cancelled)."""
        good: dict[str, bytes] = {}
        bad: list[str] = []
        index = payload.get("blobs")
        if not self.files or not isinstance(index, list):
            return good, bad
        cipher = self._opened.get("cipher")
        crypt = self.header.get("crypt")
        if crypt is not None and cipher is None:
            return good, [e[0] for e in index if isinstance(e, list) and e]
        nonce = unb64(crypt["nonce"]) if crypt is not None else b""
        at = 0
        for number, entry in enumerate(index):
            if step is not None:
                step(at, len(self.files))
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                    and _SHA.fullmatch(entry[0]) and isinstance(entry[1], int)
                    and not isinstance(entry[1], bool) and 0 <= entry[1] <= MAX_FILE_BYTES):
                break  # where the rest lie cannot be told
            sha256, size = entry
            stored = size + (_TAG if cipher is not None else 0)
            piece = self.files[at:at + stored]
            at += stored
            data: bytes | None = bytes(piece) if len(piece) == stored else None
            if data is not None and cipher is not None:
                from cryptography.exceptions import InvalidTag

                try:
                    data = cipher.decrypt(_file_nonce(nonce, number), data,
                                          sha256.encode("ascii"))
                except InvalidTag:
                    data = None
            if data is None or hashlib.sha256(data).hexdigest() != sha256:
                bad.append(sha256)
                continue
            good[sha256] = data
        if step is not None:
            step(len(self.files), len(self.files))
        return good, bad


def _decrypt(crypt: Any, passphrase: str, body: bytes, head: bytes) -> tuple[bytes, Any]:
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

    cipher = _cipher(passphrase, salt, log_n, r, p)
    try:
        plain: bytes = cipher.decrypt(nonce, body, head)
    except InvalidTag as exc:
        raise WrongPassphrase(WRONG_PASSPHRASE) from exc
    return plain, cipher


def read_envelope(data: bytes) -> Envelope:
    """A bundle file's parts, checked for damage (not for who made it: see `signed_with`).
    Its files (layout 2) are checked one by one when they are taken (`verified_files`)."""
    if not data.startswith(MAGIC):
        raise BundleError(NOT_A_BUNDLE)
    if len(data) < _HEAD + _TRAILER:
        raise BundleError(DAMAGED, detail=f"{len(data)} bytes")
    layout = data[len(MAGIC)]
    if layout > VERSION:
        raise BundleError(TOO_NEW)
    if layout < PLAIN:
        raise BundleError(DAMAGED)
    files: bytes | memoryview = b""
    if layout > PLAIN:
        records = int.from_bytes(data[-_FOOT:], "big")
        if not _HEAD + _TRAILER <= records <= len(data) - _FOOT:
            raise BundleError(DAMAGED, detail="length")
        files = memoryview(data)[records:len(data) - _FOOT]
        data = data[:records]
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
                    data[-_MAC - 4:-4], data[:-_MAC - 4], files)


def read_file(path: Path, step: Callable[[int, int], None] | None = None) -> bytes:
    """A bundle file's bytes (read a megabyte at a time, telling `step`)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(NOT_A_BUNDLE, detail=f"{size:,} bytes")
        if step is None:
            return path.read_bytes()
        data = bytearray()
        with open(path, "rb") as src:
            while chunk := src.read(_STEP):
                data += chunk
                step(len(data), size)
        return bytes(data)
    except OSError as exc:
        raise BundleError(CANNOT_READ, detail=exc.strerror or str(exc)) from exc


def write_file(path: Path, data: bytes, step: Callable[[int, int], None] | None = None
               ) -> None:
    """Written whole or not at all: a stick pulled out half-way, or the person stopping it
    (`step` raising Cancelled), leaves no bundle that looks complete (and a cut one is
    refused anyway)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as out:
            for at in range(0, len(data), _STEP):
                if step is not None:
                    step(at, len(data))
                out.write(data[at:at + _STEP])
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except Cancelled:
        partial.unlink(missing_ok=True)
        raise
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
    files: int = 0  # photos and files in it (each content once)
    file_bytes: int = 0


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
    # Another laptop's bundle: its signatures were checked here (False: this laptop has no
    # keys from headquarters yet, and headquarters checks them when they are carried on).
    checked: bool = False
    files: int = 0  # another laptop's photos and files kept here (to show, and carry on)
    files_refused: int = 0  # files not what the bundle lists (damaged, altered): not taken
    files_delivered: int = 0  # own files headquarters confirmed (a reply): no longer carried
    changes: list[Change] = field(default_factory=list)


def _credentials(db: Database) -> tuple[Enrolment, str]:
    """This laptop's enrolment, and what headquarters keeps of its sync key (`token_hash`):
    what its bundle keys are made of."""
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
    return enrolment, token_hash(token)


def export(db: Database, passphrase: str = "", progress: Progress | None = None
           ) -> tuple[bytes, ExportSummary]:
    """This laptop's bundle for headquarters: every change not acknowledged yet (demo data
    left out, as sync leaves it out), its pull cursor, and the bundles of other laptops it
    carries. Batches keep the ids given here for the network too. `progress(done, total)`
    is told how far it has come; answering False stops it (Cancelled)."""
    return _export(db, passphrase, _Steps(progress, 20, 20, 60))


def _export(db: Database, passphrase: str, steps: _Steps) -> tuple[bytes, ExportSummary]:
    """The work of `export`: parts 0 (the batches), 1 (the files) and 2 (packing) of
    `steps`."""
    enrolment, hashed = _credentials(db)
    demo = local_only.demo_records(db).all()
    steps.tell(0)
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
            "cursor": db.sync.cursor, "batches": batches, "relays": carried,
            "keys_held": keys_held(db)}
        steps.tell(0, 1, 1)  # stopped here, the batches' cut is not kept either
    listed, index, files = _pack_files(db, payload, steps.part(1))
    if listed:
        payload["attachments"] = listed
    if index:
        payload["blobs"] = index
    data = seal(payload, bundle_key(hashed), passphrase, signing_key(hashed), steps.part(2),
                files)
    return data, ExportSummary(len(data), sent, len(batches), len(carried), bool(passphrase),
                               len(files), sum(len(f) for f in files))


def _pack_files(db: Database, payload: Mapping[str, Any], step: Callable[[int, int], None]
                ) -> tuple[list[list[Any]], list[list[Any]], list[bytes]]:
    """The files an export carries: this laptop's that headquarters has not confirmed (as the
    network sends them), then those listed by the bundles it carries on that it holds; each
    content once, each read back and checked, as many as the file's cap leaves room for (the
    rest go in the next bundle). (`attachments` entries, `blobs` entries, bytes.) None when
    the last reply came from a headquarters that does not take them."""
    if not db.has_table("attachments") or db.meta(_HQ_FILES) == "0":
        return [], [], []
    store = attachments_of(db)
    store.scan_responses()
    pending = store.to_send()
    relayed = [f for relay in payload["relays"] for f in listed_files(relay["payload"])]
    room = MAX_FILE_BYTES - len(_json(payload)) - (1 << 20)
    total = sum(a.upload_size or a.size for a in pending) + sum(f.size for f in relayed)
    listed: list[list[Any]] = []
    index: list[list[Any]] = []
    files: list[bytes] = []
    done = 0

    def pack(path: Path, sha256: str, size: int) -> bool:
        nonlocal room
        if any(sha256 == held for held, _ in index):
            return True
        if size + _TAG + 100 > room:
            return False
        try:
            data = path.read_bytes()
        except OSError:
            return False  # gone from this laptop: the network's sync says so too
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            return False
        index.append([sha256, size])
        files.append(data)
        room -= size + _TAG + 100
        return True

    for attachment in pending:
        step(done, total)
        done += attachment.upload_size or attachment.size
        try:
            path, sha256, size = store.upload_copy(attachment)
        except OSError:
            continue
        if pack(path, sha256, size):
            listed.append([attachment.hash, sha256, size, attachment.mime, attachment.ext])
    for file in relayed:
        step(done, total)
        done += file.size
        pack(store.file_path(file.sha256), file.sha256, file.size)
    step(total, total)
    return listed, index, files


def export_to(db: Database, path: Path, passphrase: str = "",
              progress: Progress | None = None) -> ExportSummary:
    """`export`, written to `path` whole or not at all: stopped at any point (`progress`
    answering False: Cancelled), no file is left, and a file of that name is left as it was.
    (Stopped once the batches were cut, the cut stays: the network, or the next bundle,
    sends those batches under the same ids, as after a bundle lost on the way.)"""
    steps = _Steps(progress, 15, 15, 55, 15)
    data, summary = _export(db, passphrase, steps)
    write_file(path, data, steps.part(3))
    return summary


def import_file(db: Database, path: Path, passphrase: str = "",
                progress: Progress | None = None) -> ImportSummary:
    """`import_bytes` of a file, read with progress. Stopped (`progress` answering False:
    Cancelled) before or while it is applied, nothing is: it can be imported again later."""
    steps = _Steps(progress, 10, 10, 80)
    return _import(db, read_file(path, steps.part(0)), passphrase, steps)


def import_bytes(db: Database, data: bytes, passphrase: str = "",
                 progress: Progress | None = None) -> ImportSummary:
    """Take a bundle: headquarters' reply for this laptop, or the export of another laptop of
    its agency. Refused (BundleError) with nothing applied when it is damaged, altered, for
    another computer or agency, from a laptop whose signature does not hold (see the
    module's note), or the passphrase is missing or wrong."""
    return _import(db, data, passphrase, _Steps(progress, 0, 10, 90))


def _import(db: Database, data: bytes, passphrase: str, steps: _Steps) -> ImportSummary:
    envelope = read_envelope(data)
    enrolment, hashed = _credentials(db)
    key = bundle_key(hashed)
    steps.tell(1)
    if envelope.kind == REPLY:
        if envelope.device != enrolment.device_id:
            raise BundleError(NOT_FOR_HERE, detail=envelope.device)
        if not envelope.signed_with(key):
            raise BundleError(ALTERED)
        payload = envelope.open(passphrase)
        if not hmac.compare_digest(payload_mac(payload, key), envelope.payload_mac):
            raise BundleError(ALTERED)
        return _take_reply(db, payload, steps.part(2))
    if envelope.device == enrolment.device_id:
        raise BundleError(OWN_BUNDLE)
    # Another laptop's: its HMACs only it and headquarters can check; its signature, this
    # laptop with the keys headquarters gave it. The rest that can be checked here is checked
    # (damage, agency, values, ownership, clocks) before anything is applied.
    payload = envelope.open(passphrase)
    if payload.get("agency") != enrolment.agency_id:
        raise BundleError(OTHER_AGENCY)
    files, damaged = envelope.verified_files(payload, steps.part(1))
    summary = _take_changes(db, enrolment, payload, envelope.payload_mac, envelope.signature,
                            steps.part(2), files)
    summary.files_refused = len(damaged)
    return summary


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key)
    return [v if isinstance(v, str) else "" for v in value] if isinstance(value, list) else []


def _take_reply(db: Database, payload: dict[str, Any],
                step: Callable[[int, int], None]) -> ImportSummary:
    """Headquarters' pages applied as a sync applies them, the cursor moved only along the
    reply's own chain of cursors from where this laptop stands (a reply made from another
    cursor — an old one, one imported twice — brings its changes, which the merge takes or
    leaves, and moves nothing); then the batches it confirms leave the outbox, in order, and
    the agency's keys it lists are kept. All in one transaction: stopped between two pages
    (`step` raising Cancelled), nothing is applied."""
    summary = ImportSummary(REPLY, str(payload["device"]))
    try:
        pages = list(payload["pages"])
        chain = [int(payload["start"]), *(int(p["cursor"]) for p in pages)]
        read = [protocol.ungroup(p["changes"], p.get("row_info")) for p in pages]
        acks = payload.get("acks") or {}
        relayed = {(str(d), str(b)) for d, b in payload.get("relayed") or []}
        if not isinstance(acks, dict) or not all(isinstance(p["devices"], list) for p in pages):
            raise ValueError("acknowledgements or devices")
        keys = _listed_keys(payload.get("keys"))
        made = int(payload.get("made") or 0)
        answered = _answered_files(payload.get("attachments"))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise BundleError(DAMAGED, detail=str(exc)[:200]) from exc
    total = sum(len(r) for r in read)
    done = 0
    with db.atomic():
        current = db.sync.cursor
        at = max(i for i, c in enumerate(chain) if c == current) if current in chain else None
        for number, (received, page) in enumerate(zip(read, pages, strict=True)):
            step(done, total)
            done += len(received)
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
        step(total, total)  # the last moment to stop: all of it is rolled back
        summary.up_to_date = at is not None
        if "hq" in payload:
            db.sync.set_hq(bool(payload["hq"]))
        db.sync.set_admin(bool(payload.get("admin", False)))  # an older server grants none
        summary.acknowledged, summary.refused = _acknowledge(db, acks)
        summary.delivered = _drop_delivered(
            db, relayed, None if answered is None else {(d, r) for d, r, _ in answered})
        if keys is not None:
            remember_keys(db, keys, made)
        db.set_meta(_HQ_FILES, "0" if answered is None else "1")
        if answered and db.has_table("attachments"):
            store = attachments_of(db)
            for device, ref, held in answered:
                found = store.get(ref) if held and device == summary.source else None
                if found is not None and not found.uploaded:
                    store.mark_uploaded(ref)
                    summary.files_delivered += 1
    return summary


def _answered_files(value: Any) -> list[tuple[str, str, bool]] | None:
    """What a reply says of the files the laptop's last bundle listed, its own and those it
    carried: [(device, reference, headquarters holds it now)]; None: a headquarters that does
    not take files in bundles (an older release). ValueError when it is not such a list."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise ValueError("attachments")
    out = []
    for entry in value:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
                and isinstance(entry[1], str) and isinstance(entry[2], bool)):
            raise ValueError("attachments")
        out.append((entry[0], entry[1], entry[2]))
    return out


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


def _drop_delivered(db: Database, relayed: set[tuple[str, str]],
                    answered: set[tuple[str, str]] | None) -> int:
    """Forget the carried bundles whose every batch headquarters confirmed, and for whose
    every file it answered (`answered`: (device, reference); None: a headquarters that does not
    take files). A file it answered but does not hold (damaged on the way, too large) stays
    with the laptop that attached it, which sends it again."""
    held = _relays(db)
    gone = [mac for mac, relay in held.items()
            if {(relay["payload"]["device"], b["batch"]) for b in relay["payload"]["batches"]}
            <= relayed and (answered is None or {
                (relay["payload"]["device"], f.ref) for f in listed_files(relay["payload"])}
                <= answered)]
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


def peer_keys(db: Database) -> dict[str, str] | None:
    """The public keys of this agency's laptops headquarters last gave this one (device id ->
    `public_key`); None: it never gave any (a headquarters of an older release, or no reply
    imported yet)."""
    raw = db.meta(_KEYS)
    if not raw:
        return None
    try:
        keys = _listed_keys(json.loads(raw).get("keys"))
    except (ValueError, AttributeError):
        return None
    return keys


def remember_keys(db: Database, keys: Mapping[str, str], made: int) -> bool:
    """Keep the agency's keys headquarters listed at `made` (its clock, ms), unless those kept
    are newer (a reply imported late must not bring back a laptop revoked since). True if
    kept. For a reply, and for a sync answer that carries them."""
    try:
        kept = int(json.loads(db.meta(_KEYS) or "{}").get("made") or 0)
    except (ValueError, AttributeError, TypeError):
        kept = 0
    if made < kept:
        return False
    db.set_meta(_KEYS, _json({"made": made, "keys": dict(keys)}).decode("utf-8"))
    return True


def keys_held(db: Database) -> str:
    """What this laptop tells headquarters of the agency's keys it holds, in a bundle and in a
    sync request: their digest (`keys_digest`), "" when it holds none. Headquarters sends the
    keys when they differ."""
    held = peer_keys(db)
    return keys_digest(held) if held is not None else ""


def learn_keys(db: Database, value: Any, made: Any) -> bool:
    """Keep the agency's keys a sync answer carries (`keys`, listed at its `server_time`,
    `made`) as a reply's are kept (`remember_keys`): keys learnt over the network and from a
    file are one store. A list that is not one changes nothing (and stops no sync). True if
    kept."""
    try:
        keys = _listed_keys(value)
        when = int(made)
    except (ValueError, TypeError):
        return False
    if keys is None:
        return False
    with db.atomic():
        return remember_keys(db, keys, when)


def _listed_keys(value: Any) -> dict[str, str] | None:
    """A list of keys as a reply carries it ({device: base64 key}); None when it has none;
    ValueError when it is not one."""
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError("keys")
    return dict(value)


def _vouch(keys: Mapping[str, str] | None, payload: Mapping[str, Any],
           signature: Any) -> bool:
    """Check a laptop's export (`payload`, its `signature`) with the key headquarters gave
    for it: UNKNOWN_COMPUTER, UNSIGNED or FORGED when it does not hold. False, with nothing
    checked, when this laptop has no keys (see the module's note)."""
    if keys is None:
        return False
    device = str(payload.get("device"))
    public = keys.get(device)
    if public is None:
        raise BundleError(UNKNOWN_COMPUTER, detail=device)
    if not isinstance(signature, str) or not signature:
        raise BundleError(UNSIGNED, detail=device)
    if not signed_by(payload, signature, public):
        raise BundleError(FORGED, detail=device)
    return True


def _take_changes(db: Database, enrolment: Enrolment, payload: dict[str, Any],
                  mac: bytes, signature: str | None,
                  step: Callable[[int, int], None],
                  files: Mapping[str, bytes] | None = None) -> ImportSummary:
    """Another laptop's export (and the bundles of this agency it carried), each checked
    against its signature (`_vouch`), then applied as headquarters would relay them: each
    change under the laptop that made it, merged as a pull merges, the cursor left where it
    is. Kept, signed as they came, to be carried on. All in one transaction: stopped between
    two laptops' changes (`step` raising Cancelled), nothing is applied."""
    summary = ImportSummary(CHANGES, str(payload["device"]))
    outer: dict[str, Any] = {"payload": signed_part(payload), "mac": _b64(mac)}
    if signature is not None:
        outer["sig"] = signature
    carried = [outer, *(payload.get("relays") or [])]
    ahead = pack(wall_ms() + db.clock.offset_ms + protocol.MAX_SKEW_MS, COUNTER_MAX)
    keys = peer_keys(db)
    checked = keys is not None
    plan: list[tuple[dict[str, Any], list[list[Any]]]] = []
    for relay in carried:
        inner = relay.get("payload") if isinstance(relay, dict) else None
        if not isinstance(inner, dict) or not isinstance(relay.get("mac"), str) or \
                not isinstance(inner.get("device"), str) or inner.get("kind") != CHANGES:
            raise BundleError(DAMAGED, detail="a carried bundle")
        if inner["device"] == enrolment.device_id or inner.get("agency") != enrolment.agency_id:
            continue  # this laptop's own, or another agency's: not for here
        checked = _vouch(keys, inner, relay.get("sig")) and checked
        plan.append((relay, _sibling_changes(inner, ahead)))
    summary.checked = checked
    total = sum(len(changes) for _, changes in plan)
    done = 0
    with db.atomic():
        held = _relays(db)
        for relay, changes in plan:
            step(done, total)
            done += len(changes)
            users: dict[str, int] = {}
            wire = [[*c[:5], 0, -1, users.setdefault(c[5], len(users)) if c[5] else -1]
                    for c in _admitted(db, enrolment, changes)]
            applied = db.sync.apply_remote(wire, [relay["payload"]["device"]], db.sync.cursor,
                                           users=list(users))
            summary.changes.extend(applied)
            summary.received += _edits(wire)
            summary.carried += _carry(held, relay)
        _save_relays(db, held)
        step(total, total)  # the last moment to stop: all of it is rolled back
        if files and db.has_table("attachments"):
            summary.files = _keep_files(db, [relay for relay, _ in plan], files)
    return summary


def _keep_files(db: Database, relays: list[dict[str, Any]], files: Mapping[str, bytes]) -> int:
    """Keep the files other laptops' bundles carried (checked against what they list) that
    responses stored here name, as a file fetched from headquarters is kept: shown here, and
    carried on with their bundles. Returns how many."""
    store = attachments_of(db)
    store.scan_responses()  # the responses just applied name them
    kept = 0
    for relay in relays:
        for file in listed_files(relay["payload"]):
            data = files.get(file.sha256)
            found = store.get(file.ref) if data is not None else None
            if data is None or found is None:
                continue  # not in the file, or named by no response taken here
            if found.held:
                kept += store.file_path(file.sha256).is_file()
                continue
            partial = store.partial_path(f"bundle-{file.sha256}")
            partial.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial.write_bytes(data)
            store.store_remote(file.ref, thumbnail=None, size=file.size, mime=file.mime,
                               ext=file.ext or None)
            store.store_fetched(file.ref, partial)
            kept += 1
    return kept


def _batches_of(relay: Mapping[str, Any]) -> tuple[str, frozenset[str]]:
    payload = relay["payload"]
    return payload["device"], frozenset(
        [b["batch"] for b in payload["batches"] if b.get("changes")]
        + [f"file:{f.ref}" for f in listed_files(payload)])


def _carry(held: dict[str, dict[str, Any]], relay: dict[str, Any]) -> int:
    """Keep a laptop's bundle to carry on, unless one kept holds all its batches and files (a
    laptop's newer export holds its older one's, as they were cut); one it supersedes goes. 1
    if kept."""
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


__all__ = ["CHANGES", "REPLY", "SUFFIX", "BundleError", "Cancelled", "Envelope",
           "ExportSummary", "ImportSummary", "Listed", "NeedsPassphrase", "Progress",
           "WrongPassphrase", "batch_id", "bundle_key", "export", "export_to", "import_bytes",
           "import_file", "keys_digest", "keys_held", "learn_keys", "listed_files",
           "next_batch", "payload_mac", "peer_keys",
           "public_key", "read_envelope", "read_file", "remember_keys", "seal", "sign",
           "signed_by", "signed_part", "signing_key", "token_hash", "token_key", "unb64",
           "write_file"]
