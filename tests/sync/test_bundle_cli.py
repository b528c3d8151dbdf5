"""A courier round from the command lines: `gmsdesk bundle export`, `gmsdesk-server bundle
import` and `bundle reply`, `gmsdesk bundle import`; refusals are plain and nonzero."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gmsdesk.server.cli import main as server_main
from gmsdesk.storage.db import Database
from tests.test_cli import gmsdesk


def enrol(folder: Path, server: Any, name: str) -> str:
    result = gmsdesk("--data-dir", str(folder), "enroll", server.url,
                     server.store.create_enrollment("kh-sr"), "--name", name)
    assert result.returncode == 0, result.stderr
    db = Database(folder / "gmsdesk.sqlite3")
    try:
        return db.device_id
    finally:
        db.close()


def test_a_courier_round_from_the_command_lines(
        tmp_path: Path, server: Any, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    field, office = tmp_path / "field", tmp_path / "office"
    device = enrol(field, server, "field")
    enrol(office, server, "office")
    rows = tmp_path / "smes.csv"
    rows.write_text("name,country\n" + "".join(f"Mekong Rattan {i},KH\n" for i in range(40)),
                    encoding="utf-8")
    assert gmsdesk("--data-dir", str(field), "import", "smes", str(rows)).returncode == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    database = server.store.engine.url.render_as_string(hide_password=False)

    result = gmsdesk("--data-dir", str(field), "bundle", "export", str(stick / "field.gmsbundle"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote the sync bundle {stick / 'field.gmsbundle'} (")
    assert ": 40 changes in 1 batches. Take it to headquarters" in result.stdout
    capsys.readouterr()
    for replayed, stored in ((0, "40 changes, 80 field values"), (1, "0 changes, 0 field values")):
        assert server_main(["--database", database, "bundle", "import",
                            str(stick / "field.gmsbundle")]) == 0
        assert capsys.readouterr().out == (
            f"{device}\tkh-sr\tfield\t1 batches ({replayed} had already arrived): {stored} "
            "stored, 0 conflicts, 0 refused\n")
    assert server_main(["--database", database, "bundle", "reply", device[:10],
                        str(stick / "reply.gmsbundle")]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {stick / 'reply.gmsbundle'} for field "
                                              f"({device}): ")
    result = gmsdesk("--data-dir", str(field), "bundle", "import", str(stick / "reply.gmsbundle"))
    assert result.returncode == 0, result.stderr
    assert "headquarters confirmed 40 of your changes." in result.stdout
    # The office laptop takes the field laptop's bundle as headquarters would relay it.
    result = gmsdesk("--data-dir", str(office), "bundle", "import",
                     str(stick / "field.gmsbundle"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"Imported the bundle of computer {device}: 40 changes. They go "
                             "on to headquarters with your next bundle.\n")

    # Encrypted, the passphrase from the environment; a wrong one is refused.
    monkeypatch.setenv("GMSDESK_BUNDLE_PASSPHRASE", "silk road")
    rows.write_text("name,country\nAngkor Weavers,KH\n", encoding="utf-8")
    assert gmsdesk("--data-dir", str(field), "import", "smes", str(rows)).returncode == 0
    result = gmsdesk("--data-dir", str(field), "bundle", "export", "--encrypt",
                     str(stick / "secret.gmsbundle"))
    assert result.returncode == 0 and "Wrote the encrypted sync bundle" in result.stdout
    monkeypatch.setenv("GMSDESK_BUNDLE_PASSPHRASE", "silk roads")
    assert server_main(["--database", database, "bundle", "import",
                        str(stick / "secret.gmsbundle")]) == 1
    assert capsys.readouterr().err == ("gmsdesk-server: refused: the passphrase is not the one "
                                       "the bundle was made with. Nothing was applied.\n")
    monkeypatch.setenv("GMSDESK_BUNDLE_PASSPHRASE", "silk road")
    assert server_main(["--database", database, "bundle", "import",
                        str(stick / "secret.gmsbundle")]) == 0
    assert ": 1 changes, 2 field values stored" in capsys.readouterr().out


def test_refusals_from_the_command_lines_are_plain(
        tmp_path: Path, server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    field = tmp_path / "field"
    enrol(field, server, "field")
    database = server.store.engine.url.render_as_string(hide_password=False)
    made = tmp_path / "field.gmsbundle"
    assert gmsdesk("--data-dir", str(field), "bundle", "export", str(made)).returncode == 0
    cut = tmp_path / "cut.gmsbundle"
    cut.write_bytes(made.read_bytes()[:-10])
    assert server_main(["--database", database, "bundle", "import", str(cut)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("gmsdesk-server: refused: the bundle is damaged or incomplete")
    result = gmsdesk("--data-dir", str(field), "bundle", "import", str(cut))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("gmsdesk: This sync bundle is damaged or incomplete")
    result = gmsdesk("--data-dir", str(field), "bundle", "import", str(made))
    assert result.returncode == 2 and "was made on this computer" in result.stderr
    result = gmsdesk("--data-dir", str(field), "bundle", "import", str(tmp_path / "none"))
    assert result.returncode == 2
    assert result.stderr.startswith("gmsdesk: The sync bundle could not be read. (")
    result = gmsdesk("--data-dir", str(tmp_path / "never-enrolled"), "bundle", "export",
                     str(tmp_path / "x.gmsbundle"))
    assert result.returncode == 2 and "not enrolled" in result.stderr
    assert not (tmp_path / "x.gmsbundle").exists()
    assert server_main(["--database", database, "bundle", "reply", "zz", str(made)]) == 2
    assert "no device 'zz'" in capsys.readouterr().err
    assert server_main(["--database", database, "bundle", "import", str(tmp_path / "no")]) == 2
    assert "could not be read" in capsys.readouterr().err
