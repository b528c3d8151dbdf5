"""Build the installable app on this platform: the PyInstaller one-folder app, then its archive
and installer, with the time taken and the size. `make dist` and the CI workflow run this.

    python packaging/build.py [--dist DIR] [--work DIR]

Linux:   DIR/gmsdesk/ (the app), DIR/gmsdesk-<v>-linux-<arch>.tar.gz, DIR/gmsdesk_<v>_<arch>.deb
Windows: DIR/gmsdesk/, DIR/gmsdesk-<v>-windows-<arch>.zip, and DIR/GMSDesk-<v>-setup.exe when
         Inno Setup's ISCC is installed (packaging/windows/gmsdesk.iss)
macOS:   DIR/gmsdesk/, DIR/GMS Desk.app, its .zip, and a .dmg (packaging/macos/make_dmg.sh)

Then run the smoke test of what was built: python packaging/smoke.py DIR/gmsdesk
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import archive  # noqa: E402
import bundling  # noqa: E402

ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
               r"C:\Program Files\Inno Setup 6\ISCC.exe")


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under `folder` (symlinks not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def inno_setup(app: Path, dist: Path, version: str) -> Path | None:
    """The Windows installer, when Inno Setup is installed here; None when not."""
    iscc = shutil.which("iscc") or next((p for p in ISCC_PLACES if Path(p).is_file()), None)
    if iscc is None:
        print("Inno Setup (ISCC) is not installed: no Windows installer made")
        return None
    subprocess.run([iscc, "/Q", f"/DAppVersion={version}", f"/DSourceDir={app}",
                    f"/DOutputDir={dist}", str(HERE / "windows" / "gmsdesk.iss")], check=True)
    return dist / f"GMSDesk-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = bundling.version()

    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(HERE / "gmsdesk.spec")], check=True, cwd=ROOT)
    frozen = time.monotonic() - started
    app = dist / "gmsdesk"
    size, files = folder_size(app)
    print(f"\nBuilt {app}: {megabytes(size)} in {files} files, in {frozen:.0f} s")

    made: list[Path] = []
    arch = archive.machine()
    if sys.platform.startswith("linux"):
        made.append(archive.tar_gz(app, dist / f"gmsdesk-{version}-linux-{arch}.tar.gz",
                                   f"gmsdesk-{version}"))
        if shutil.which("dpkg-deb"):
            icon = bundling.icons(work / "deb-icons")["png"]
            package, unknown = archive.deb(app, dist, version, icon)
            made.append(package)
            if unknown:
                print("No Debian package was found for these libraries, so the .deb does not "
                      "depend on them: " + ", ".join(unknown))
        else:
            print("dpkg-deb is not installed: no .deb made")
    elif sys.platform == "win32":
        made.append(archive.zip_folder(app, dist / f"gmsdesk-{version}-windows-{arch}.zip"))
        installer = inno_setup(app, dist, version)
        if installer is not None:
            made.append(installer)
    elif sys.platform == "darwin":
        bundle = dist / f"{bundling.APP_NAME}.app"
        made.append(archive.zip_folder(bundle, dist / f"gmsdesk-{version}-macos-{arch}.zip"))
        if shutil.which("hdiutil"):
            dmg = dist / f"GMSDesk-{version}-macos-{arch}.dmg"
            subprocess.run(["sh", str(HERE / "macos" / "make_dmg.sh"), str(bundle), str(dmg)],
                           check=True)
            made.append(dmg)
    total = time.monotonic() - started
    for path in made:
        print(f"  {path.name}: {megabytes(path.stat().st_size)}")
    print(f"Build time: {frozen:.0f} s for the app, {total:.0f} s with its archives")
    if os.environ.get("GITHUB_STEP_SUMMARY"):  # the CI run's summary page
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(f"**{sys.platform}**: app {megabytes(size)} ({files} files), built in "
                          f"{frozen:.0f} s; " + ", ".join(
                              f"{p.name} {megabytes(p.stat().st_size)}" for p in made) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
