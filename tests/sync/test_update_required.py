"""Headquarters' "please update" (HTTP 426) names the version to install, and the laptop says it
in plain words with its own version; its data stays. A real server on 127.0.0.1 that requires
a newer GMS Desk than this one (`gmsdesk-server serve --min-app-version`)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests

import tests.conftest as shared
from gmsdesk import __version__, cli
from gmsdesk.server import app as server_app
from gmsdesk.server import cli as server_cli
from gmsdesk.server.app import create_app, release
from gmsdesk.storage.db import Database
from gmsdesk.sync import client as sync_client
from gmsdesk.sync import protocol
from gmsdesk.sync.client import SyncClient, UpdateRequired

# The next minor release after this one: what headquarters requires in these tests.
_MAJOR, _MINOR = (*release(__version__), 0)[:2]
NEWER = f"{_MAJOR}.{_MINOR + 1}.0"
SAID = (f"This version of GMS Desk is too old to sync with headquarters. Please install GMS "
        f"Desk {NEWER} or newer; this laptop has {__version__}. Your data is kept until then.")

sqlite_only = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


@pytest.fixture
def strict(store: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[shared.LiveServer]:
    """The shared live server, over the same store, requiring GMS Desk NEWER."""
    with monkeypatch.context() as patch:  # this server only: not one the test makes next
        patch.setattr(shared, "create_app", partial(create_app, min_app_version=NEWER))
        live = shared.LiveServer(store)
    yield live
    live.stop()


@sqlite_only
def test_an_old_laptop_is_told_which_version_to_install_and_keeps_its_data(
        enrolled: Any, strict: Any) -> None:
    db, client = enrolled("kh-sr", "laptop1")
    client.sync()
    sme_id = db.smes.create({"name": "Angkor Silk", "name_local": "សូត្រអង្គរ"})[0].record_id
    waiting = db.outbox.pending_count()
    assert waiting > 0
    # Headquarters now runs with a minimum: this laptop's next sync goes there.
    db.sync.save_enrolment(dataclasses.replace(db.sync.enrolment(), server_url=strict.url))
    with pytest.raises(UpdateRequired) as refused:
        client.sync()
    assert (refused.value.required, refused.value.installed) == (NEWER, __version__)
    assert str(refused.value) == SAID
    # In another language the numbers go into the translated sentence.
    assert refused.value.translated(lambda text: text.replace("Please install", "Install")
                                    ) == SAID.replace("Please install", "Install")
    assert db.outbox.pending_count() == waiting and db.smes.get(sme_id).name == "Angkor Silk"


@sqlite_only
def test_the_command_line_says_which_version_to_install(strict: Any, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    data = tmp_path / "laptop"
    data.mkdir()
    db = Database(data / "gmsdesk.sqlite3", user="laptop")
    with pytest.raises(UpdateRequired):  # refused before anything is stored
        SyncClient(db).enroll(strict.url, strict.store.create_enrollment("kh-sr"), "laptop")
    assert db.sync.enrolment() is None
    db.close()
    capsys.readouterr()
    code = cli.main(["--data-dir", str(data), "enroll", strict.url,
                     strict.store.create_enrollment("kh-sr")])
    assert code == 2 and capsys.readouterr().err.strip() == f"gmsdesk: {SAID}"


@sqlite_only
def test_a_laptop_at_the_minimum_syncs(store: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(shared, "create_app", partial(create_app, min_app_version=__version__))
        live = shared.LiveServer(store)
    db = Database(tmp_path / "laptop.sqlite3", user="laptop")
    try:
        client = SyncClient(db)
        client.enroll(live.url, store.create_enrollment("kh-sr"), "laptop")
        db.smes.create({"name": "Bayon Tours"})
        assert client.sync().sent > 0 and db.outbox.pending_count() == 0
    finally:
        db.close()
        live.stop()


def post(url: str, **headers: str) -> requests.Response:
    body = json.dumps({"protocol": 1, "device_time": 0, "cursor": 0}).encode()
    return requests.post(f"{url}/v1/sync", data=body, timeout=10,
                         headers={"Authorization": "Bearer x", **headers})


@sqlite_only
def test_the_answer_names_the_version(server: Any, strict: Any) -> None:
    # A protocol this server no longer speaks: install this server's version.
    old = post(server.url, **{protocol.PROTOCOL_HEADER: "0"})
    assert old.status_code == 426 and old.json()["required_version"] == __version__
    assert f"install GMS Desk {__version__} or newer" in old.json()["message"]
    # Headquarters' minimum: a laptop that is older, or does not say (releases before the
    # header), is told the minimum; the same protocol from a current one passes the check.
    current = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
    for said in ({sync_client.APP_VERSION_HEADER: "0.0.9"}, {}):
        answer = post(strict.url, **current, **said)
        assert answer.status_code == 426 and answer.json()["required_version"] == NEWER
    assert post(strict.url, **current, **{sync_client.APP_VERSION_HEADER: NEWER}
                ).status_code == 401  # past the version check: then the token is checked
    assert sync_client.APP_VERSION_HEADER == server_app.APP_VERSION_HEADER


def test_versions_compare_by_their_numbers(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert release("0.3.0") == release("0.3") < release("0.10") < release("1.0rc1")
    assert release("v1.2.0+build7") == (1, 2) and release("new") == ()
    with pytest.raises(ValueError, match="not a version"):
        create_app(None, min_app_version="latest")  # type: ignore[arg-type]
    code = server_cli.main(["--database", str(tmp_path / "hq.sqlite3"), "serve",
                            "--min-app-version", "latest"])
    assert code == 2 and "is not a version" in capsys.readouterr().err
