"""Build hook: a wheel carries the top-level `resources/` and the compiled translations.

The project keeps `resources/` and `translations/` at the top of the repository, outside the
`gmsdesk` package. A wheel must carry them, so `build_py` copies them into the package as
`gmsdesk/_bundled/resources/` and `gmsdesk/_bundled/translations/` (the `.qm` files only; a
missing one is compiled from its `.ts` with lrelease), and records the build (`git describe`,
or $GMSDESK_BUILD) in `gmsdesk/_bundled/BUILD`. `gmsdesk.paths` finds them there with
importlib.resources. An editable install copies nothing: it reads the top-level folders.
Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = Path("gmsdesk", "_bundled")
RESOURCE_DIRS = ("fonts", "forms", "seed")


def _lrelease() -> list[str] | None:
    """The lrelease command: PySide6's, beside this Python or on PATH; else Qt's own."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name, path=os.pathsep.join([str(here), os.environ.get("PATH", "")]))
        if found:
            return [found]
    return None


def _build_id() -> str:
    """$GMSDESK_BUILD when set (a CI run number, say), else `git describe` of the sources:
    gmsdesk.source_build, its file loaded by itself (the package is not importable here)."""
    init = ROOT / "gmsdesk" / "__init__.py"
    spec = importlib.util.spec_from_file_location("_gmsdesk_init", init)
    if spec is None or spec.loader is None:
        return "unknown"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.source_build(ROOT))


class BuildWithResources(build_py):
    """build_py, then the resources, the compiled translations and the build id."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and translations/ where they are
        target = Path(self.build_lib) / BUNDLED
        if target.exists():
            shutil.rmtree(target)  # nothing left over from an earlier build
        for name in RESOURCE_DIRS:
            source = ROOT / "resources" / name
            if not source.is_dir():
                raise SystemExit(f"resources/{name} is missing: a wheel without it would not run")
            shutil.copytree(source, target / "resources" / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        self._copy_translations(target / "translations")
        (target / "BUILD").write_text(_build_id() + "\n", encoding="utf-8")

    def _copy_translations(self, out: Path) -> None:
        out.mkdir(parents=True)
        # The app's (gmsdesk_*) and its translations of Qt's own words (qt_gmsdesk_*).
        sources = sorted((ROOT / "translations").glob("*gmsdesk_*.ts"))
        if not sources:
            raise SystemExit("translations/gmsdesk_*.ts are missing")
        lrelease = None
        for ts in sources:
            qm = ts.with_suffix(".qm")
            if qm.exists():
                shutil.copy2(qm, out / qm.name)
                continue
            # Compiled into the build folder only: the checkout's files stay as they are.
            lrelease = lrelease or _lrelease()
            if lrelease is None:
                raise SystemExit(f"translations/{qm.name} is missing and no lrelease was "
                                 "found to compile it: run `make translations` first")
            subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(out / qm.name)],
                           check=True)


setup(cmdclass={"build_py": BuildWithResources})
