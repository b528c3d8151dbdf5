"""The system libraries Qt's xcb platform plugin (GMS Desk's window on X11) needs, from `ldd`.

    .venv/bin/python tools/xcb_deps.py            # what is missing, and the command to install it
    .venv/bin/python tools/xcb_deps.py --install  # as root, install it with apt-get (`make run`)
    .venv/bin/python tools/xcb_deps.py --list     # every Debian package the plugin uses (README)

The libraries are the ones `ldd` reports for PySide6's libqxcb.so and libQt6XcbQpa.so, never a
list kept by hand: a new PySide6 that needs another library is covered the day it is installed.
`ldd` cannot say which package a missing library comes from, and `dpkg -S` knows installed files
only, so a missing library is mapped to its package by Debian's naming of shared library packages
(Debian Policy 8.1: libxcb-icccm.so.4 is in libxcb-icccm4, libxkbcommon-x11.so.0 in
libxkbcommon-x11-0, libglib-2.0.so.0 in libglib2.0-0; Ubuntu's "t64" renames tried too), each
name checked against apt's package lists. RENAMED holds the few libraries packaged otherwise.
After installing, `ldd` runs again, until nothing is missing or nothing more can be done.

Exit status: 0 when nothing is missing (or nothing needs checking: not Linux, or QT_QPA_PLATFORM
chooses another platform than xcb), 1 when something is still missing, 2 when the plugin itself
is not found or ldd cannot read it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Libraries whose Debian package is not named after them (checked with apt-cache like the rest).
RENAMED = {
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libz.so.1": "zlib1g",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}
QT_OWN = ("libQt6", "libpyside6", "libshiboken6", "libicu")  # shipped inside PySide6
ROUNDS = 4  # install, look again: a library installed may need others apt does not pull in


def qt_libraries() -> list[Path]:
    """PySide6's xcb plugin and the library it is built on (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    found = [qt / "plugins" / "platforms" / "libqxcb.so"]
    found += sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]
    return [path for path in found if path.is_file()]


class LddError(Exception):
    """ldd could not read a library: what it needs is unknown."""


def linked(libraries: list[Path]) -> dict[str, Path | None]:
    """soname -> where the dynamic linker finds it (None: not found), for what `libraries` need,
    directly or through another library. PySide6's own libraries (QT_OWN) are left out."""
    found: dict[str, Path | None] = {}
    for library in libraries:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise LddError(f"ldd {library} failed: {out.stderr.strip() or out.returncode}")
        for line in out.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
            if not match or match.group(1).startswith(QT_OWN):
                continue  # also the vDSO and the dynamic linker itself
            name, where = match.group(1), match.group(3)
            if found.get(name) is None:
                found[name] = Path(where) if where else None
    return found


def candidates(soname: str) -> list[str]:
    """Debian package names a library with this soname would have, the likeliest first."""
    if soname in RENAMED:
        return [RENAMED[soname], f"{RENAMED[soname]}t64"]
    match = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not match:
        return []
    name, major = match.group(1).lower().replace("_", "-"), match.group(2)
    names = [name, re.sub(r"-(?=\d+(\.\d+)+$)", "", name)]  # libglib-2.0 -> libglib2.0
    packages: list[str] = []
    for stem in dict.fromkeys(names):
        package = f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"
        packages += [package, f"{package}t64"]
    return packages


def known_to_apt(packages: list[str]) -> set[str]:
    """Which of `packages` apt can install (or has installed), from its package lists."""
    if not packages or not shutil.which("apt-cache"):
        return set()
    out = subprocess.run(["apt-cache", "policy", *packages], capture_output=True, text=True,
                         check=False, env={**os.environ, "LC_ALL": "C"})
    known: set[str] = set()
    current = ""
    for line in out.stdout.splitlines():
        if re.fullmatch(r"\S+:", line):
            current = line[:-1]
        elif re.match(r"\s+(Installed|Candidate): ", line) and "(none)" not in line:
            known.add(current.split(":")[0])
    return known


def packages_for(sonames: list[str]) -> tuple[dict[str, str], list[str]]:
    """soname -> its Debian package, and the sonames no package name was found for."""
    options = {soname: candidates(soname) for soname in sonames}
    known = known_to_apt(sorted({p for names in options.values() for p in names}))
    mapped: dict[str, str] = {}
    unknown: list[str] = []
    for soname, names in options.items():
        package = next((p for p in names if p in known), None)
        if package:
            mapped[soname] = package
        else:
            unknown.append(soname)
    return mapped, unknown


def owner(path: Path) -> str | None:
    """The installed package a library file belongs to (usr-merged or not)."""
    tries = [path, path.resolve()]
    tries += [Path("/usr", *p.parts[1:]) for p in tries if p.parts[1:2] == ("lib",)]
    for candidate in dict.fromkeys(tries):
        out = subprocess.run(["dpkg-query", "-S", str(candidate)], capture_output=True,
                             text=True, check=False)
        if out.returncode == 0 and out.stdout:
            return out.stdout.split(":")[0].strip()
    return None


def xcb_wanted() -> bool:
    """False when Qt will not use xcb anyway: not Linux, or QT_QPA_PLATFORM names another."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and (not chosen or "xcb" in chosen)


APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def update_lists() -> None:
    """apt-get update: a bare system's package lists may be empty or out of date."""
    print("Updating apt's package lists...", flush=True)
    subprocess.run(["apt-get", "update", "-q"], env=APT_ENV, stdout=subprocess.DEVNULL,
                   check=False)


def install(packages: list[str]) -> bool:
    """apt-get install, once more after `apt-get update` when the lists are out of date."""
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    print("Installing what GMS Desk's window needs:", " ".join(packages), flush=True)
    if subprocess.run(command, env=APT_ENV, stdout=subprocess.DEVNULL, check=False).returncode:
        update_lists()
        return subprocess.run(command, env=APT_ENV, stdout=subprocess.DEVNULL,
                              check=False).returncode == 0
    return True


def explain(missing: list[str], mapped: dict[str, str], unknown: list[str]) -> None:
    """Which libraries are missing and exactly what to install, in plain words."""
    print("GMS Desk's window (Qt's xcb platform plugin) needs libraries this computer lacks: "
          + ", ".join(missing) + ".", file=sys.stderr)
    packages = sorted(set(mapped.values()))
    if packages and shutil.which("apt-get"):
        print("Install them, then run it again:\n  sudo apt-get install " + " ".join(packages),
              file=sys.stderr)
    elif packages:
        print("Their Debian/Ubuntu packages: " + " ".join(packages) + "; install the same "
              "libraries with this system's package manager.", file=sys.stderr)
    if unknown:
        print("No package named after these was found (try `apt-file search NAME`): "
              + ", ".join(unknown), file=sys.stderr)


def list_packages(libraries: list[Path]) -> int:
    """Every package the plugin uses, installed or not: the README's list."""
    found = linked(libraries)
    packages: dict[str, str] = {}
    for soname, path in found.items():
        package = owner(path) if path is not None else None
        if package is None:
            mapped, _ = packages_for([soname])
            package = mapped.get(soname, f"? ({soname})")
        packages.setdefault(package.split(":")[0], soname)
    for package in sorted(packages):
        print(package)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", action="store_true",
                        help="install what is missing with apt-get when run as root")
    parser.add_argument("--list", action="store_true",
                        help="print every Debian package the plugin uses, one a line")
    parser.add_argument("--library", type=Path, action="append",
                        help="check this library instead of PySide6's xcb plugin (repeatable)")
    args = parser.parse_args(argv)
    if not args.library and not xcb_wanted():
        return 0
    libraries = args.library or qt_libraries()
    if not libraries:
        print("Qt's xcb platform plugin was not found: is PySide6 installed in this Python?",
              file=sys.stderr)
        return 2
    if not shutil.which("ldd"):
        print("ldd is not available: the libraries Qt's xcb plugin needs were not checked.",
              file=sys.stderr)
        return 0
    can_install = (args.install and shutil.which("apt-get") is not None
                   and hasattr(os, "geteuid") and os.geteuid() == 0)
    try:
        return list_packages(libraries) if args.list else check(libraries, can_install)
    except LddError as exc:
        print(f"{exc}; the libraries Qt's xcb plugin needs were not checked.", file=sys.stderr)
        return 2


def check(libraries: list[Path], can_install: bool) -> int:
    """0 when nothing is missing (any more), else 1 once what is missing has been explained."""
    tried: set[str] = set()
    updated = False
    for attempt in range(ROUNDS + 1):
        missing = sorted(name for name, path in linked(libraries).items() if path is None)
        if not missing:
            return 0
        mapped, unknown = packages_for(missing)
        if can_install and unknown and not updated:
            update_lists()
            updated = True
            mapped, unknown = packages_for(missing)
        fresh = sorted(set(mapped.values()) - tried)
        if not can_install or not fresh or attempt == ROUNDS or not install(fresh):
            break
        tried.update(fresh)
    explain(missing, mapped, unknown)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
