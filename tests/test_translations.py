"""The translations are complete and current: `tools/i18n/check_ts.py` passes, and `lupdate` finds
no UI string in the code that the committed .ts files lack (see tools/i18n/README.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def test_check_ts_passes() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n" / "check_ts.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compiled_translations_are_the_ts_files(tmp_path: Path) -> None:
    """The app loads the committed .qm files: each is what lrelease makes of its .ts now (an
    edit of a .ts, English plurals included, shows only once compiled)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    sources = sorted(TRANSLATIONS.glob("gmsdesk_*.ts"))
    assert {ts.stem for ts in sources} >= {"gmsdesk_en", "gmsdesk_km"}
    stale = []
    for ts in sources:
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=600)
        if qm.read_bytes() != ts.with_suffix(".qm").read_bytes():
            stale.append(ts.with_suffix(".qm").name)
    assert stale == [], "run `make translations` (tools/i18n/README.md)"


def test_lupdate_finds_no_new_strings(tmp_path: Path) -> None:
    original = TRANSLATIONS / "gmsdesk_km.ts"
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gmsdesk").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr

    committed, current = messages(original), messages(copy)
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (
        "the .ts files are out of date: run `make lupdate` and translate (tools/i18n/README.md)\n"
        f"new in the code: {new}\nno longer in the code: {gone}")
