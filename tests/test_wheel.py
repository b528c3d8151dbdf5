"""The wheel carries what the app needs: built from an sdist of this checkout, installed into a
fresh virtualenv, `gmsdesk --version`, `gmsdesk demo`, the shipped forms, a Khmer PDF and the
window in Khmer all work from the installed package alone (about 10-20 s, offline).

The new virtualenv gets gmsdesk only from the wheel (installed with --no-deps); its dependencies
come from this test environment's site-packages through a .pth file, so nothing is downloaded.
A plain path line in a .pth does not run that folder's own .pth files, so this checkout's
editable install stays out of it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest
import setuptools

from gmsdesk import __version__

ROOT = Path(__file__).resolve().parents[1]
BUILD_ID = "wheel-test"
TIMEOUT = 120  # s per step: a hung step fails the test instead of the whole run

# Runs with the installed package: the window in Khmer, offscreen, and what it loaded.
WINDOW_CHECK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
import gmsdesk
from gmsdesk import paths
from gmsdesk.ui.application import AppContext, create_qapplication

app = create_qapplication()
# Application fonts are only the bundled ones (fonts.register_fonts); ids count up from 0.
families = sorted({f for i in range(256) for f in QFontDatabase.applicationFontFamilies(i)})
ctx = AppContext(Path(sys.argv[1]), "km")
window = ctx.open_window()
app.processEvents()
print(json.dumps({
    "package": gmsdesk.__file__,
    "resources": str(paths.RESOURCES),
    "translations": str(paths.TRANSLATIONS),
    "app_fonts": families,
    "window_fonts": window.font().families(),
    "translators": [t.filePath() for t in ctx._translators],
    "smes": QCoreApplication.translate("MainWindow", "SMEs"),
    "visible": window.isVisible(),
}))
window.close()
ctx.close()
"""


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2])


def copy_sources(to: Path) -> None:
    """What an sdist is made from, copied, so the build writes nothing into the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("gmsdesk", "resources", "translations"):
        shutil.copytree(ROOT / name, to / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, to / name)


def build_wheel(tmp: Path) -> Path:
    """sdist first, then the wheel from the unpacked sdist, as `python -m build` does: a file
    MANIFEST.in forgot would be missing from the wheel too."""
    if version_tuple(setuptools.__version__) < (70, 1):
        pytest.fail(f"setuptools {setuptools.__version__} cannot build a wheel without the "
                    "`wheel` package: install the test extras (`make test` does)")
    src, out = tmp / "src", tmp / "out"
    src.mkdir()
    out.mkdir()
    copy_sources(src)
    # A missing .qm is compiled by the build (setup.py), not left out.
    (src / "translations" / "gmsdesk_en.qm").unlink(missing_ok=True)
    made = run(sys.executable, "-c", f"from setuptools import build_meta as b; "
               f"print(b.build_sdist({str(out)!r}))", cwd=src)
    sdist = out / made.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp / "sdist", filter="data")
    (unpacked,) = (tmp / "sdist").iterdir()
    env = {**os.environ, "GMSDESK_BUILD": BUILD_ID}
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "--no-index", "--disable-pip-version-check", "-w", out, unpacked, cwd=tmp, env=env)
    (wheel,) = out.glob("gmsdesk-*.whl")
    return wheel


def install(wheel: Path, venv: Path) -> tuple[Path, dict[str, str]]:
    """A fresh virtualenv with the wheel; returns its bin folder and an environment to run in."""
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
        "--no-index", "--disable-pip-version-check", wheel, cwd=venv.parent)
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                    cwd=venv.parent).stdout.strip())
    ours = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site / "test_dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", GMSDESK_DATA_DIR=str(venv.parent / "unused"))
    return bin_dir, env


def test_the_wheel_installs_and_runs_from_its_own_resources(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = "gmsdesk/_bundled/"
    shipped = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)
    assert shipped and [n for n in shipped if bundled + n not in names] == []
    languages = sorted(p.stem for p in (ROOT / "translations").glob("gmsdesk_*.ts"))
    assert len(languages) >= 7
    assert [n for n in languages if f"{bundled}translations/{n}.qm" not in names] == []
    assert not [n for n in names if n.endswith(".ts")]  # the sources stay out

    venv = tmp_path / "venv"
    bin_dir, env = install(wheel, venv)
    work, data = tmp_path / "work", tmp_path / "data"
    work.mkdir()

    version = run(bin_dir / "gmsdesk", "--version", cwd=work, env=env)
    assert version.stdout.strip() == f"GMS Desk {__version__} (build {BUILD_ID})"

    demo = run(bin_dir / "gmsdesk", "--data-dir", data, "demo", cwd=work, env=env)
    assert "demo SMEs" in demo.stdout  # the seed data (geography, sectors) read from the wheel
    forms = run(bin_dir / "gmsdesk", "--data-dir", data, "forms", "list", cwd=work, env=env)
    assert "Installed the forms that come with GMS Desk" in forms.stderr + forms.stdout
    assert [p.stem for p in (ROOT / "resources" / "forms").glob("*.xlsx")
            if p.stem not in forms.stdout] == []
    pdf = tmp_path / "report.pdf"
    run(bin_dir / "gmsdesk", "--data-dir", data, "report", "--period", "2026", "--economy", "KH",
        "--lang", "km", "--pdf", pdf, cwd=work, env=env)
    assert b"NotoSansKhmer" in pdf.read_bytes()  # the PDF's fonts from the wheel

    found = json.loads(run(bin_dir / "python", "-c", WINDOW_CHECK, data, cwd=work,
                           env=env).stdout.strip().splitlines()[-1])
    package = venv.resolve() / "lib"
    for key in ("package", "resources", "translations"):
        assert Path(found[key]).resolve().is_relative_to(package), (key, found[key])
    assert "Noto Sans Khmer" in found["app_fonts"] and "Noto Sans Khmer" in found["window_fonts"]
    assert (Path(found["resources"]) / "fonts" / "NotoSansKhmer-Regular.ttf").is_file()
    km = Path(found["translations"]) / "gmsdesk_km.qm"
    assert [Path(p).resolve() for p in found["translators"]][:1] == [km.resolve()]
    assert found["smes"] != "SMEs" and any("\u1780" <= c <= "\u17ff" for c in found["smes"])
    assert found["visible"] is True

    if sys.platform.startswith("linux"):  # no display: said in plain words, not Qt's abort
        bare = {k: v for k, v in env.items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        done = subprocess.run([str(bin_dir / "gmsdesk"), "--data-dir", str(data)], cwd=work,
                              env=bare, capture_output=True, text=True, timeout=TIMEOUT,
                              check=False)
        assert done.returncode == 2 and "no display" in done.stderr, done
