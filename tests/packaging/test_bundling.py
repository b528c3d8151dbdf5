"""What the installers' PyInstaller spec puts in (and leaves out of) the app, checked without
building it (that takes minutes: `make dist` builds it and runs packaging/smoke.py on it)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    """A module of packaging/ (a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"gmsdesk_packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundling = load("bundling")


def spec_excludes() -> list[str]:
    tree = ast.parse((ROOT / "packaging" / "gmsdesk.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXCLUDES":
            return list(ast.literal_eval(node.value))
    raise AssertionError("no EXCLUDES in packaging/gmsdesk.spec")


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_app_imports_nothing_the_bundle_leaves_out() -> None:
    """A screen that starts using a Qt module (or the server's libraries) the spec excludes
    would fail only in the installed app: caught here instead."""
    excluded = spec_excludes()
    found = []
    for path in sorted((ROOT / "gmsdesk").rglob("*.py")):
        if path.is_relative_to(ROOT / "gmsdesk" / "server"):
            continue
        for name in imported(path):
            if any(name == e or name.startswith(e + ".") for e in excluded):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []


def test_every_resource_and_translation_goes_in_with_the_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GMSDESK_BUILD", "ci-42")
    pairs = bundling.data_files(tmp_path)
    into = {Path(source).name: target for source, target in pairs}
    for name in ("fonts", "forms", "seed"):
        assert into[name] == f"gmsdesk/_bundled/resources/{name}"
    for ts in (ROOT / "translations").glob("gmsdesk_*.ts"):
        assert into[ts.with_suffix(".qm").name] == "gmsdesk/_bundled/translations"
    assert into["BUILD"] == "gmsdesk/_bundled"
    assert (tmp_path / "BUILD").read_text("utf-8") == "ci-42\n"
    assert re.fullmatch(r"\d+(\.\d+)+\S*", bundling.version())


def test_only_qts_own_translations_for_the_apps_languages_stay() -> None:
    datas = [(f"PySide6/Qt/translations/{name}", f"/q/{name}", "DATA") for name in
             ("qtbase_zh_CN.qm", "qtbase_de.qm", "qt_zh_CN.qm", "qtmultimedia_en.qm")]
    datas.append(("gmsdesk/_bundled/translations/gmsdesk_km.qm", "/t/gmsdesk_km.qm", "DATA"))
    kept = [Path(name).name for name, _, _ in bundling.prune_qt_translations(datas)]
    assert kept == ["qtbase_zh_CN.qm", "gmsdesk_km.qm"]


def _linked(path: Path) -> dict[str, str]:
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    return {m.group(1): m.group(2) for m in re.finditer(r"^\s*(\S+) => (/\S+)", out, re.M)}


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="the Linux pruning reads ldd")
def test_the_gtk_theme_goes_with_its_libraries_and_nothing_xcb_needs() -> None:
    plugins = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "plugins"
    gtk = plugins / "platformthemes" / "libqgtk3.so"
    xcb = plugins / "platforms" / "libqxcb.so"
    if not gtk.is_file() or not xcb.is_file():
        pytest.skip("this PySide6 has no GTK theme or xcb plugin")
    needs_gtk, needs_xcb = _linked(gtk), _linked(xcb)
    if "libgtk-3.so.0" not in needs_gtk:
        pytest.skip("GTK 3 is not installed here")
    toc = [(f"PySide6/Qt/plugins/platformthemes/{gtk.name}", str(gtk), "BINARY"),
           (f"PySide6/Qt/plugins/platforms/{xcb.name}", str(xcb), "BINARY")]
    toc += [(name, where, "BINARY") for name, where in {**needs_gtk, **needs_xcb}.items()]
    kept = {Path(name).name for name, _, _ in bundling.prune_linux(toc)}
    assert "libqgtk3.so" not in kept and "libgtk-3.so.0" not in kept
    assert "libqxcb.so" in kept and set(needs_xcb) <= kept


def test_the_icons_are_drawn_in_every_format(tmp_path: Path) -> None:
    from PIL import Image

    made = bundling.icons(tmp_path)
    with Image.open(made["png"]) as png:
        assert png.size == (256, 256)
    with Image.open(made["ico"]) as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(made["icns"]) as icns:
        assert icns.format == "ICNS"
