"""The headless `gmsdesk` commands, run as the console script runs them (`gmsdesk.cli.main`)
but in this process; one test runs the installed script itself."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from gmsdesk import __version__
from gmsdesk.cli import main
from gmsdesk.storage.db import Database


@dataclass(frozen=True)
class Result:
    """What one run of a command gave: its exit status and what it printed."""

    returncode: int
    stdout: str
    stderr: str


def gmsdesk(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run `gmsdesk ARGS` in this process; `env`: variables set for this run only."""
    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --version, usage errors
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return Result(code, out.getvalue(), err.getvalue())


def test_version() -> None:
    result = gmsdesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith(f"GMS Desk {__version__} (build "), result.stdout


def test_installed_command_starts_and_exits_with_the_status(tmp_path: Path) -> None:
    """The console script itself, in a subprocess: it starts, and a refused command's status
    and message reach the shell."""
    script = shutil.which("gmsdesk", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the gmsdesk command is not installed next to this Python")
    result = subprocess.run([script, "--data-dir", str(tmp_path), "sync"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2 and "not set up" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_import_export_honour_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = gmsdesk("--data-dir", str(data), "demo", "--smes", "300", "--no-activity")
    assert result.returncode == 0, result.stderr
    assert "Added 300 demo SMEs" in result.stdout
    db = Database(data / "gmsdesk.sqlite3")
    assert db.smes.count() == 300
    countries = {s.country for s in db.smes.page(limit=300)}
    assert countries == {"KH", "LA", "MM", "TH", "VN", "YN"}
    assert db.outbox.pending_count() == 0  # demo data is never sent
    db.close()

    out = tmp_path / "all.xlsx"
    result = gmsdesk("--data-dir", str(data), "export", "smes", str(out), "--country", "KH")
    assert result.returncode == 0, result.stderr
    exported = int(result.stdout.split("Exported ")[1].split()[0])
    assert exported > 0 and out.exists()

    other = tmp_path / "other"
    result = gmsdesk("import", "smes", str(out), env={"GMSDESK_DATA_DIR": str(other)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{exported} added" in result.stdout
    again = gmsdesk("import", "smes", str(out), env={"GMSDESK_DATA_DIR": str(other)})
    assert "0 added" in again.stdout and f"{exported} unchanged" in again.stdout


def test_import_reports_bad_rows_and_exits_nonzero(tmp_path: Path) -> None:
    src = tmp_path / "smes.csv"
    src.write_text("name,email,employees\nGood One,a@b.kh,3\nBad One,nope,x\n", encoding="utf-8")
    errors = tmp_path / "problems.csv"
    result = gmsdesk("--data-dir", str(tmp_path / "d"), "import", "smes", str(src),
                     "--errors", str(errors))
    assert result.returncode == 3
    assert "1 added" in result.stdout and "row 3:" in result.stdout
    assert "e-mail" in errors.read_text(encoding="utf-8-sig")


def test_clear_message_for_missing_file_and_newer_database(tmp_path: Path) -> None:
    result = gmsdesk("--data-dir", str(tmp_path), "import", "smes", str(tmp_path / "nope.csv"))
    assert result.returncode == 2 and "nope.csv" in result.stderr
    assert "Traceback" not in result.stderr
    import sqlite3

    Database(tmp_path / "gmsdesk.sqlite3").close()
    raw = sqlite3.connect(tmp_path / "gmsdesk.sqlite3")
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    result = gmsdesk("--data-dir", str(tmp_path), "export", "smes", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "newer version of GMS Desk" in result.stderr


def test_enroll_and_sync_from_the_command_line(tmp_path: Path, server: Any) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        code = server.store.create_enrollment("kh-sr")
        result = gmsdesk("--data-dir", str(folder), "enroll", server.url, code, "--name", "pc")
        assert result.returncode == 0, result.stderr
        assert "Siem Reap Provincial Chamber of Commerce" in result.stdout
    rows = tmp_path / "smes.csv"
    rows.write_text("name,country\n" + "".join(f"Mekong Rattan {i},KH\n" for i in range(40)),
                    encoding="utf-8")
    assert gmsdesk("--data-dir", str(first), "import", "smes", str(rows)).returncode == 0
    result = gmsdesk("--data-dir", str(first), "sync")
    assert result.returncode == 0, result.stderr
    assert "Sent " in result.stdout and "0 new conflicts" in result.stdout
    result = gmsdesk("--data-dir", str(second), "sync")
    assert result.returncode == 0 and "received 43," in result.stdout
    db = Database(second / "gmsdesk.sqlite3")
    assert db.smes.count() == 40
    db.close()


def test_sync_failures_are_plain_and_nonzero(tmp_path: Path) -> None:
    result = gmsdesk("--data-dir", str(tmp_path), "sync")
    assert result.returncode == 2 and "not set up" in result.stderr
    result = gmsdesk("--data-dir", str(tmp_path), "enroll", "http://127.0.0.1:9", "AAAA-BBBB")
    assert result.returncode == 2 and "No GMS Desk headquarters answered" in result.stderr
    assert "Traceback" not in result.stderr
