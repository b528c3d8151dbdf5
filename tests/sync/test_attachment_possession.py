"""Knowing a file's SHA-256 is not holding it: a device of another agency that names the hash
of a photo headquarters holds gets a challenge, not a link, and cannot fetch the photo; one that
answers the challenge (it holds the bytes) or sends the bytes is linked without the server
keeping them twice (a real server on 127.0.0.1; SQLite with files on disk, PostgreSQL with the
bytes in the database)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Any

import requests

from gmsdesk.storage.attachments import attachments_of
from gmsdesk.sync import protocol
from tests.survey_kit import answer
from tests.sync import test_attachments as kit
from tests.sync.test_attachments import _put, blob, import_catalogue, served

enrolled = kit.enrolled  # each laptop with a data folder (and attachments) of its own


def headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}",
            protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}


def status(server: Any, token: str, ref: str, sha256: str, size: int, proof: str = ""
           ) -> dict[str, Any]:
    item: dict[str, Any] = {"ref": ref, "sha256": sha256, "size": size,
                            "mime": "application/pdf", "ext": ".pdf"}
    if proof:
        item["proof"] = proof
    answer = requests.post(f"{server.url}/v1/attachments/status", json={"items": [item]},
                           headers=headers(token), timeout=10)
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()["items"][0]
    return found


def fetch(server: Any, token: str, ref: str) -> requests.Response:
    return requests.get(f"{server.url}/v1/attachments/{ref}", headers=headers(token),
                        timeout=10)


def test_naming_a_hash_without_the_bytes_links_nothing(enrolled: Any, server: Any,
                                                       tmp_path: Path) -> None:
    owner, owner_client = enrolled("kh-sr", "owner")
    ref = import_catalogue(owner, tmp_path)
    secret = blob(tmp_path, "contract.pdf", 120_000, seed=7)
    content = secret.read_bytes()
    prices = attachments_of(owner).add_file(secret)
    answer(owner, ref, {"product": "Contract", "price_list": prices.name})
    assert owner_client.sync().attachments.sent == 1
    sha256, size = prices.hash, prices.size

    stranger, _ = enrolled("la-vt", "stranger")
    token = stranger.sync.enrolment().token
    for name in (prices.hash, hashlib.sha256(b"a reference of its own").hexdigest()):
        said = status(server, token, name, sha256, size)
        assert said["complete"] is False and said["offset"] == 0
        assert len(said["challenge"]) == 64
        # A made-up answer, an answer to an old challenge, a piece of made-up bytes: no link.
        wrong = hashlib.sha256(bytes.fromhex(said["challenge"]) + b"guess").hexdigest()
        assert status(server, token, name, sha256, size, wrong)["complete"] is False
        stale = hashlib.sha256(bytes.fromhex(said["challenge"]) + content).hexdigest()
        assert status(server, token, name, sha256, size, stale)["complete"] is False
        garbage = random.Random(8).randbytes(size)
        put = _put(server, token, name, 0, garbage, sha256=sha256, size=size)
        assert put.status_code == 422 and put.json()["error"] == "damaged_file"
        assert fetch(server, token, name).status_code == 404

    # The same agency's own devices link to it without proof.
    colleague, _ = enrolled("kh-sr", "colleague")
    mine = status(server, colleague.sync.enrolment().token, prices.hash, sha256, size)
    assert mine["complete"] is True and "challenge" not in mine

    # A device that holds the bytes answers the challenge: linked, the file not sent.
    holder, holder_client = enrolled("la-vt", "holder")
    ref_b = import_catalogue(holder, tmp_path)
    same = attachments_of(holder).add_file(secret)
    answer(holder, ref_b, {"product": "Contract", "price_list": same.name})
    report = holder_client.sync().attachments
    assert report is not None and report.sent == 1 and report.bytes_sent == 0
    got = fetch(server, holder.sync.enrolment().token, prices.hash)
    assert got.status_code == 200 and got.content == content

    # A device of a release without challenges sends the bytes instead: linked, kept once.
    hq, _ = enrolled("hq", "hq")
    own_ref = hashlib.sha256(b"headquarters' own reference").hexdigest()
    hq_token = hq.sync.enrolment().token
    assert fetch(server, hq_token, own_ref).status_code == 404
    sent = _put(server, hq_token, own_ref, 0, content, sha256=sha256, size=size)
    assert sent.status_code == 200 and sent.json() == {"offset": size, "complete": True}
    assert fetch(server, hq_token, own_ref).content == content
    assert b"".join(served(server).blobs.read(f"blob/{sha256}")) == content
