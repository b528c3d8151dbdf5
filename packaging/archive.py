"""Archives of the one-folder app PyInstaller made (packaging/build.py calls these).

Linux:   gmsdesk-<version>-linux-<arch>.tar.gz (unpack anywhere, run gmsdesk-<version>/gmsdesk),
         and gmsdesk_<version>_<arch>.deb where dpkg-deb is found: /opt/gmsdesk, the command
         /usr/bin/gmsdesk, a menu entry and its icon. Its Depends are derived, never listed by
         hand: the system libraries the bundle's own files load (ldd) that PyInstaller leaves
         to the system (libc, OpenGL/EGL, libxcb, Wayland), with the packages that hold them.
Windows: gmsdesk-<version>-windows-<arch>.zip (a portable copy; the installer is made by
         packaging/windows/gmsdesk.iss).
macOS:   gmsdesk-<version>-macos-<arch>.zip of "GMS Desk.app" (packaging/macos/make_dmg.sh
         makes the disk image).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))

import xcb_deps  # noqa: E402  (tools/xcb_deps.py: which package holds a library)

MAINTAINER = os.environ.get("GMSDESK_MAINTAINER",
                            "GMS Desk maintainers <maintainers@gmsdesk.invalid>")


def machine() -> str:
    """x86_64, arm64...: the architecture the bundle was built for (the build machine's)."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(name, name)


def tar_gz(folder: Path, out: Path, top: str) -> Path:
    """`folder` as `top/` in a .tar.gz; modes (the executable bit) and symlinks kept."""
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=top)
    return out


def zip_folder(folder: Path, out: Path) -> Path:
    """`folder` (with its own name at the top) in a .zip."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                archive.write(path, path.relative_to(folder.parent))
    return out


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(folder: Path) -> dict[str, Path | None]:
    """soname -> where this system has it, for every library the bundle's files load that the
    bundle does not carry (None: not found here either)."""
    internal = folder / "_internal"
    search = [internal, internal / "PySide6" / "Qt" / "lib"]
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(map(str, search))}
    found: dict[str, Path | None] = {}
    bundled = folder.resolve()
    for path in _elf_files(folder):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=False)
        for line in out.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
            if not match:
                continue
            where = Path(match.group(3)) if match.group(3) else None
            if where is not None and where.resolve().is_relative_to(bundled):
                continue
            if found.get(match.group(1)) is None:
                found[match.group(1)] = where
    return found


# Packages Debian and Ubuntu renamed with a t64 suffix (the 64-bit time_t transition) among
# those the bundle may need from the system; either name satisfies the dependency.
_T64_RENAMED = {"libglib2.0-0", "libdbus-1-3", "libssl3", "libcurl4"}


def deb_depends(folder: Path) -> tuple[str, list[str]]:
    """The .deb's Depends line for the app in `folder`, and the libraries no package was found
    for (said by the caller, not hidden)."""
    packages: set[str] = set()
    unknown: list[str] = []
    for soname, where in sorted(system_libraries(folder).items()):
        package = xcb_deps.owner(where) if where is not None else None
        if package is None:
            mapped, _ = xcb_deps.packages_for([soname])
            package = mapped.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages.add(package.split(":")[0])
    libc = platform.libc_ver()
    entries = []
    for package in sorted(packages):
        if package == "libc6" and libc[0] == "glibc" and libc[1]:
            entries.append(f"libc6 (>= {libc[1]})")  # built against this glibc
        elif package.endswith("t64"):
            entries.append(f"{package} | {package[:-3]}")
        elif package in _T64_RENAMED:
            entries.append(f"{package} | {package}t64")
        else:
            entries.append(package)
    return ", ".join(entries), unknown


def deb(folder: Path, out_dir: Path, version: str, icon: Path) -> tuple[Path, list[str]]:
    """A .deb of the app (see the module's docstring); returns it and the libraries whose
    package was not found."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    line, unknown = deb_depends(folder)
    with tempfile.TemporaryDirectory(prefix="gmsdesk-deb-") as tmp:
        root = Path(tmp)
        root.chmod(0o755)  # the package's "/" (a temporary folder is made private)
        shutil.copytree(folder, root / "opt" / "gmsdesk", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "gmsdesk").symlink_to("/opt/gmsdesk/gmsdesk")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy2(HERE / "linux" / "gmsdesk.desktop", apps / "gmsdesk.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(icon, icons / "gmsdesk.png")
        size_kb = sum(p.stat().st_size for p in root.rglob("*")
                      if p.is_file() and not p.is_symlink()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            f"Package: gmsdesk\nVersion: {version}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\n"
            f"Depends: {line}\nSection: misc\nPriority: optional\n"
            "Description: SME registry, training and surveys, offline first\n"
            " GMS Desk keeps an enterprise support agency's SMEs, workshops,\n"
            " certificates and surveys on the laptop, and syncs them with\n"
            " headquarters when a connection appears. The data folder in each\n"
            " person's home is kept when the package is upgraded or removed.\n",
            encoding="utf-8")
        out = out_dir / f"gmsdesk_{version}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root),
                        str(out)], check=True, stdout=subprocess.DEVNULL)
    return out, unknown
