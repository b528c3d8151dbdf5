"""What the PyInstaller spec (gmsdesk.spec) bundles besides the code, on every platform.

The frozen app finds its fonts, seed data, shipped forms and compiled translations where an
installed wheel has them, in `gmsdesk/_bundled/` (see gmsdesk/paths.py), with the build recorded
in `gmsdesk/_bundled/BUILD` as setup.py records it. The icons are drawn here with Pillow (which
reportlab already needs) from the bundled Noto Sans, so no binary image is kept in the repository.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "gmsdesk/_bundled"
RESOURCE_DIRS = ("fonts", "forms", "seed")  # as setup.py's build hook copies them
APP_NAME = "GMS Desk"
IDENTIFIER = "org.gmsdesk.desk"  # macOS bundle id: never change it (the Keychain keys on it)
ICON_COLOUR = (21, 101, 112)  # a deep teal, legible at 16 px


def version() -> str:
    """gmsdesk.__version__, read from the source (the spec must not import the app)."""
    text = (ROOT / "gmsdesk" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("gmsdesk/__init__.py has no __version__")
    return found.group(1)


def build_id() -> str:
    """$GMSDESK_BUILD when set (a CI run), else `git describe` of the sources, as setup.py
    records it (gmsdesk.source_build: the package's __init__ alone, which imports nothing of
    the app)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from gmsdesk import source_build

    return source_build(ROOT)


def data_files(work: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs for Analysis(datas=...): the resources, every
    compiled translation, and a BUILD file written into `work`. A missing .qm stops the
    build: an app without its translations would start in English only, silently."""
    pairs = []
    for name in RESOURCE_DIRS:
        source = ROOT / "resources" / name
        if not source.is_dir():
            raise SystemExit(f"resources/{name} is missing: the app would not run without it")
        pairs.append((str(source), f"{BUNDLED}/resources/{name}"))
    # The app's (gmsdesk_*) and its translations of Qt's own words (qt_gmsdesk_*).
    sources = sorted((ROOT / "translations").glob("*gmsdesk_*.ts"))
    missing = [ts.name for ts in sources if not ts.with_suffix(".qm").is_file()]
    if not sources or missing:
        raise SystemExit(f"compiled translations missing for {missing or 'every language'}: "
                         "run `make translations` first")
    pairs += [(str(ts.with_suffix(".qm")), f"{BUNDLED}/translations") for ts in sources]
    work.mkdir(parents=True, exist_ok=True)
    (work / "BUILD").write_text(build_id() + "\n", encoding="utf-8")
    pairs.append((str(work / "BUILD"), BUNDLED))
    return pairs


SERVER_ONLY = {"fastapi", "uvicorn", "sqlalchemy", "psycopg"}  # not in the app (see the spec)


def distributions() -> list[str]:
    """The installed distributions the app is made of: gmsdesk's requirements without the
    server's, and theirs, to the bottom. Their metadata goes in with their licence texts."""
    from importlib import metadata

    from packaging.requirements import Requirement

    def key(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    found: dict[str, str] = {}
    todo = [r for r in metadata.requires("gmsdesk") or []
            if key(Requirement(r).name) not in SERVER_ONLY]
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra, or for another platform or Python
        if key(requirement.name) in found:
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue
        found[key(requirement.name)] = dist.metadata["Name"]
        todo += dist.requires or []
    return sorted(found.values(), key=str.lower)


LANGUAGES = ("en", "km", "lo", "my", "th", "vi", "zh_CN")  # as translations/gmsdesk_*.ts

# Qt plugins a laptop never uses, on Linux: the embedded-device platforms (eglfs, linuxfb,
# vnc, minimal) with their input and device plugins, and the GTK 3 theme, which would bring
# the build machine's GTK, cairo and pango along (a known source of clashes with the
# laptop's own); without it dialogs are Qt's own, or the desktop portal's. Kept: xcb (X11 and
# XWayland), wayland, offscreen, the input methods (IBus: how Khmer, Lao, Thai and Burmese
# are typed), image formats, icon engines, network information, TLS.
LINUX_DROPPED_PLUGINS = (
    "/platforms/libqeglfs", "/platforms/libqlinuxfb", "/platforms/libqminimal",
    "/platforms/libqvnc", "/platforms/libqvkkhrdisplay", "/platformthemes/libqgtk3",
    "/egldeviceintegrations/", "/generic/",
)

Toc = list[tuple[str, str, str]]  # PyInstaller's (name in the bundle, source, kind)


def _needs(path: str) -> set[str]:
    """The shared libraries `path` loads, directly or not (ldd), by soname."""
    try:
        out = subprocess.run(["ldd", path], capture_output=True, text=True, timeout=60,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.split()[0] for line in out.splitlines() if "=>" in line}


def prune_linux(binaries: Toc) -> Toc:
    """`binaries` without LINUX_DROPPED_PLUGINS and the libraries only they load: a library
    any kept binary loads stays, whatever else loads it."""
    def dropped(name: str) -> bool:
        return any(part in "/" + name.replace("\\", "/") for part in LINUX_DROPPED_PLUGINS)

    kept = [entry for entry in binaries if not dropped(entry[0])]
    theirs: set[str] = set()
    for name, source, _kind in binaries:
        if dropped(name):
            theirs |= _needs(source)
    # ldd lists every library loaded, not only the direct ones: one pass over the binaries
    # outside the dropped plugins' libraries finds all that the rest needs.
    needed: set[str] = set()
    for name, source, _kind in kept:
        if Path(name).name not in theirs:
            needed |= _needs(source)
    return [entry for entry in kept if Path(entry[0]).name not in theirs - needed]


def prune_qt_translations(datas: Toc) -> Toc:
    """Qt's own translations for the app's languages only (qtbase_*: the buttons and
    dialogs the app loads with its own, see gmsdesk/ui/application.py); the rest of Qt's
    catalogue is for modules and languages it does not have."""
    keep = {f"qtbase_{code}.qm" for code in LANGUAGES}
    return [entry for entry in datas
            if "/Qt/translations/" not in "/" + entry[0].replace("\\", "/")
            or Path(entry[0]).name in keep]


def icons(work: Path) -> dict[str, Path]:
    """The app's icon as .png (Linux), .ico (Windows) and .icns (macOS), drawn into `work`:
    "GMS" in white Noto Sans Bold on a rounded teal square."""
    from PIL import Image, ImageDraw, ImageFont

    size = 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((48, 48, size - 48, size - 48), radius=200, fill=ICON_COLOUR)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"), 330)
    draw.text((size / 2, size / 2 - 30), "GMS", font=font, fill="white", anchor="mm")
    draw.rounded_rectangle((260, 700, size - 260, 740), radius=20, fill=(255, 255, 255, 200))
    work.mkdir(parents=True, exist_ok=True)
    made = {"png": work / "gmsdesk.png", "ico": work / "gmsdesk.ico",
            "icns": work / "gmsdesk.icns"}
    image.resize((256, 256), Image.Resampling.LANCZOS).save(made["png"])
    image.save(made["ico"], sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(made["icns"])
    return made
