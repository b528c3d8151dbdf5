"""Screenshots of every area and dialog of GMS Desk, in each language, as a person sees them on a
1366x768 laptop: the whole screen, the window manager's title bars included.

    .venv/bin/python tools/screenshots.py --out DIR [en km lo my th vi zh_CN]

It runs under the X display in DISPLAY. Without one it starts its own, when Xvfb and openbox
are installed: a 1366x768 screen whose bottom 40 px (--taskbar) stand for a task bar no window
may cover, and a window manager that has the programme's fonts for its title bars. One data
folder is filled with the data of the fit-to-screen test (every script, long names, demo data),
an enrolment with a headquarters server of its own on 127.0.0.1 (with sync conflicts), a
workshop under way, and backups. Then, per language: the main window maximized, each area and
each of its tabs, each dialog (and each of its tabs), and the message boxes and prompts a
person meets; a box is shot, then answered No or Cancel, so nothing is changed by it.

Each picture is DIR/<lang>/<NN>-<name>.png, NN the same for the same screen in every language.
DIR/problems.txt lists windows or controls that lie (partly) off the screen, and what could not
be opened; one screen that fails is reported and the others are still shot. Exit status: 0,
1 when something failed, 2 without an X display (or Qt cannot use it).
"""

from __future__ import annotations

import argparse
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ["en", "km", "lo", "my", "th", "vi", "zh_CN"]
SCREEN = "1366x768x24"
# The SME list shows the SMEs of the language's own country (names in its script).
COUNTRY_OF = {"km": "KH", "lo": "LA", "my": "MM", "th": "TH", "vi": "VN", "zh_CN": "YN"}
BOX_WAIT = 0.6  # s a message box is left on the screen before it is shot
SETTLE = 0.35  # s for the window manager and the painting to catch up before a shot


# -- an X display --------------------------------------------------------------------------------


def _openbox_config(folder: Path, taskbar: int) -> Path:
    """openbox's own configuration with a margin at the bottom: the task bar's room, which
    the window manager reports as not available (so windows maximize above it)."""
    system = Path("/etc/xdg/openbox/rc.xml")
    text = system.read_text(encoding="utf-8") if system.is_file() else (
        '<?xml version="1.0"?>\n<openbox_config xmlns="http://openbox.org/3.4/rc">'
        "<margins><bottom>0</bottom></margins></openbox_config>\n")
    text = re.sub(r"(<margins>.*?<bottom>)\d+(</bottom>)", rf"\g<1>{taskbar}\g<2>", text,
                  count=1, flags=re.S)
    path = folder / "openbox-rc.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _fonts_config(folder: Path) -> Path:
    """fontconfig for the window manager: the system's fonts and the programme's, so a title
    in Khmer or Burmese is drawn as on a desktop that has such fonts."""
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{ROOT / 'resources' / 'fonts'}</dir>\n</fontconfig>\n", encoding="utf-8")
    return path


@dataclass
class LocalDisplay:
    """An X server of our own and its window manager (openbox), which is started again
    should it go away, and its messages, kept in `log`."""

    name: str
    server: subprocess.Popen[bytes]
    command: list[str]
    env: dict[str, str]
    log: Path
    manager: subprocess.Popen[bytes] | None = None

    def start_manager(self) -> bool:
        """(Re)start openbox; whether it took the screen within 30 s."""
        with self.log.open("ab") as out:
            self.manager = subprocess.Popen(self.command, env=self.env,
                                            stdout=subprocess.DEVNULL, stderr=out)
        return wait_for_window_manager(self.name)

    def check_manager(self) -> str:
        """"" while openbox runs; else what happened (and it is started again)."""
        if self.manager is not None and self.manager.poll() is None:
            return ""
        code = self.manager.returncode if self.manager is not None else None
        started = self.start_manager()
        return (f"the window manager had stopped (exit status {code}); started again"
                + ("" if started else f", in vain: see {self.log}"))

    def stop(self) -> None:
        for process in (self.manager, self.server):
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def start_display(folder: Path, taskbar: int) -> LocalDisplay | None:
    """Xvfb on a free display number and openbox on it; None when either is missing."""
    xvfb, openbox = shutil.which("Xvfb"), shutil.which("openbox")
    if xvfb is None or openbox is None:
        return None
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", SCREEN,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read], [], [], 0.5)
        if ready:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
    os.close(read)
    if not number.strip():
        server.terminate()
        return None
    name = f":{number.decode().strip()}"
    env = dict(os.environ, DISPLAY=name, FONTCONFIG_FILE=str(_fonts_config(folder)))
    display = LocalDisplay(name, server,
                           [openbox, "--config-file", str(_openbox_config(folder, taskbar))],
                           env, folder / "openbox.log")
    display.start_manager()
    return display


def wait_for_window_manager(display: str, seconds: float = 30) -> bool:
    """Until a window manager has taken the screen (it names itself on the root window and
    sets the work area); False if none did in time."""
    xprop = shutil.which("xprop")
    if xprop is None:
        time.sleep(2)
        return True
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = subprocess.run([xprop, "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK",
                                "_NET_WORKAREA"], capture_output=True, text=True, check=False)
        if "window id #" in found.stdout and "_NET_WORKAREA(CARDINAL) =" in found.stdout:
            return True
        time.sleep(0.1)
    return False


def xcb_problem(display: str) -> str:
    """Why Qt's X11 platform does not start here ("" when it does): usually a system library
    it needs is missing, which Qt only says in a debug message."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_DEBUG_PLUGINS="1")
    found = subprocess.run([sys.executable, "-c", "from PySide6.QtGui import QGuiApplication;"
                            "QGuiApplication([])"], env=env, capture_output=True, text=True,
                           check=False, timeout=60)
    if found.returncode == 0:
        return ""
    missing = sorted(set(re.findall(r"(\S+\.so[.\d]*): cannot open shared object file",
                                    found.stderr)))
    if missing:
        return "Qt's X11 platform cannot load; missing libraries: " + ", ".join(missing)
    return "Qt's X11 platform cannot start: " + found.stderr.strip().splitlines()[-1:][0] \
        if found.stderr.strip() else "Qt's X11 platform cannot start"


# -- the camera ----------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@dataclass
class Camera:
    """Shoots the whole screen into DIR/<lang>/<NN>-<step>[-<part>].png and keeps the tally."""

    out: Path
    lang: str = ""
    step: str = ""
    shots: list[Path] = field(default_factory=list)
    boxes: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def folder(self) -> Path:
        path = self.out / self.lang
        path.mkdir(parents=True, exist_ok=True)
        return path

    def shoot(self, part: str = "", settle: float = SETTLE) -> Path:
        from PySide6.QtGui import QGuiApplication

        pause(settle)
        screen = QGuiApplication.primaryScreen()
        name = f"{self.step}-{slug(part)}" if part else self.step
        path = self.folder() / f"{name}.png"
        if not screen.grabWindow(0).save(str(path)):
            raise OSError(f"could not write {path}")
        self.shots.append(path)
        return path

    def problem(self, text: str) -> None:
        line = f"{self.lang} {self.step}: {text}"
        self.problems.append(line)
        print("  !", line, flush=True)


def pause(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.01)


def wait_until(condition: Callable[[], Any], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        pause(0.05)
    return True


def install_box_watcher(camera: Camera) -> Any:
    """Every message box, prompt or file dialog that shows is shot once it has been on the
    screen a moment, then answered No / Cancel (OK when that is all it offers)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

    from gmsdesk.ui.backups import PassphraseDialog

    kinds = (QMessageBox, QInputDialog, QFileDialog, PassphraseDialog)
    seen: dict[int, float] = {}
    counts: dict[tuple[str, str], int] = {}
    busy: list[bool] = []

    def answer(box: QDialog) -> None:
        if isinstance(box, QMessageBox):
            buttons = box.buttons()
            for role in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole):
                for button in buttons:
                    if box.buttonRole(button) == role:
                        button.click()
                        return
            if buttons:
                buttons[0].click()  # an information: its OK
                return
        box.reject()

    def tick() -> None:
        if busy:
            return
        now = time.monotonic()
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, kinds) or not widget.isVisible():
                continue
            if now - seen.setdefault(id(widget), now) < BOX_WAIT:
                continue
            busy.append(True)
            key = (camera.lang, camera.step)
            counts[key] = counts.get(key, 0) + 1
            try:
                camera.boxes.append(camera.shoot(f"box{counts[key]}", settle=0))
            except Exception as exc:  # the box is answered all the same
                camera.problem(f"box not shot: {exc!r}")
            finally:
                seen.pop(id(widget), None)
                answer(widget)
                busy.clear()
            return

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    timer.start()
    return timer


@contextmanager
def file_dialogs(real: bool = False, folder: str = "") -> Iterator[None]:
    """File dialogs answer at once: no file chosen (or `folder` for a folder), unless `real`
    (then the dialog itself shows, to be shot and cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    names = ("getOpenFileName", "getSaveFileName", "getExistingDirectory")
    saved = {name: QFileDialog.__dict__[name] for name in names}

    def no_file(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return "", ""

    def the_folder(*_args: Any, **_kwargs: Any) -> str:
        return folder

    if not real:
        QFileDialog.getOpenFileName = staticmethod(no_file)  # type: ignore[method-assign]
        QFileDialog.getSaveFileName = staticmethod(no_file)  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = staticmethod(the_folder)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(QFileDialog, name, value)


# -- the data ------------------------------------------------------------------------------------


@dataclass
class World:
    """What the screens are opened on, beyond what the fit-to-screen seeding made."""

    seeded: Any
    scratch: Path
    backup: Path | None = None
    encrypted: Path | None = None
    server: Any = None


def add_data(ctx: Any, world: World) -> None:
    """A second workshop, under way today (certificates before its end are asked about); two
    backups in the list (one before risky work), and an encrypted copy "on a USB stick",
    whose restore asks for the passphrase."""
    import datetime

    from gmsdesk.demo import generate_workshop, marked
    from gmsdesk.services import backups

    with marked(ctx.db):
        generate_workshop(ctx.db, participants=6, days=3, seed=21,
                          start=datetime.date.today() - datetime.timedelta(days=1))
    ctx.bus.publish_reload("*")
    backups.create(ctx.db, "manual")
    made = backups.create(ctx.db, "import")
    world.backup = made.path if made is not None else None
    stick = world.scratch / "usb"
    stick.mkdir(exist_ok=True)
    world.encrypted = backups.export(ctx.db, stick, passphrase="mekong 2026")
    ctx.settings.last_folder = str(stick)


def enrol_with_conflicts(ctx: Any, world: World) -> None:
    """Enrol with a headquarters server of our own, on 127.0.0.1, and make two conflicts: an
    SME changed here and on a colleague's laptop before either synced."""
    from gmsdesk.server.store import Store, create_schema, make_engine
    from gmsdesk.storage.db import Database
    from gmsdesk.sync.client import SyncClient
    from tests.conftest import LiveServer

    engine = make_engine(str(world.scratch / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("hq", "GMS Business Support Network — Headquarters", hq=True)
    store.add_agency("vn-hcm", "Trung tâm Xúc tiến Thương mại và Đầu tư TP. Hồ Chí Minh")
    world.server = LiveServer(store)
    here = SyncClient(ctx.db)
    here.enroll(world.server.url, store.create_enrollment("hq"), "Văn phòng ITPC — máy 1")
    sme_id = ctx.db.smes.create({"name": "Công ty TNHH Gốm sứ Minh Long Bình Dương",
                                 "phone": "0274 3668 899", "employees_total": 45})[0].record_id
    here.sync()
    other = Database(world.scratch / "colleague.sqlite3", user="Nguyễn Thị Thanh Hương")
    there = SyncClient(other)
    there.enroll(world.server.url, store.create_enrollment("hq"), "Laptop Hà Nội")
    there.sync()
    ctx.db.smes.update(sme_id, {"employees_total": 52, "phone": "0274 3668 900"})
    other.smes.update(sme_id, {"employees_total": 48, "phone": "0909 123 456"})
    there.sync()
    here.sync()
    other.close()
    ctx.bus.publish_reload("*")


# -- the screens ---------------------------------------------------------------------------------


def tidy(window: Any) -> None:
    """Close every dialog left open (an editor's, the one under it), back to the main window."""
    from PySide6.QtWidgets import QApplication, QDialog, QMenu

    for _ in range(3):
        left = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                and isinstance(w, (QDialog, QMenu))]
        if not left:
            return
        for widget in left:
            if isinstance(widget, QDialog):
                widget.done(0)
            widget.close()
        pause(0.1)


def raise_window(widget: Any) -> None:
    widget.raise_()
    widget.activateWindow()


def page_name(tabs: Any, index: int) -> str:
    """A tab's page by its object or class name, the same in every language ("" for a plain
    widget: the tab's number says enough)."""
    page = tabs.widget(index)
    name = page.objectName() or type(page).__name__
    return "" if name in ("QWidget", "QFrame", "QScrollArea", "LazyTab") else name


def shoot_with_tabs(camera: Camera, root: Any, part: str = "") -> None:
    """`root` as it is, then each other tab of each tab widget shown in it."""
    from PySide6.QtWidgets import QTabWidget

    camera.shoot(part)
    tab_widgets = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root.window())]
    for tabs in tab_widgets:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            camera.shoot("-".join(p for p in (part, f"tab{index + 1}", page_name(tabs, index))
                                  if p))
        tabs.setCurrentIndex(current)


def check_fit(camera: Camera, window: Any) -> None:
    """Note what of `window` lies off the screen: the window with its frame, and controls
    outside it or cut by their parents (the fit-to-screen test's measure)."""
    from tests.ui.test_fit_screen import off_screen

    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not room.contains(frame):
        camera.problem(f"{type(window).__name__} with its frame {frame.getRect()} is beyond "
                       f"the screen's free area {room.getRect()}")
    for text in off_screen(window, frame=False):
        camera.problem(f"{type(window).__name__}: {text}")


@dataclass(frozen=True)
class Screen:
    """One numbered screen: `show(window, world, camera)` shoots it (and its parts), or makes
    the box or prompt show that the watcher shoots (returning False when it rightly does not
    show today)."""

    name: str
    show: Callable[[Any, World, Camera], bool | None]
    box: bool = False  # a message box or prompt is what it shows
    real_file_dialog: bool = False


def area_index(window: Any, widget: Any) -> int:
    for index, (_label, area) in enumerate(window.areas):
        if area is widget or (hasattr(area, "widget") and area.widget() is widget):
            return index
    raise LookupError(type(widget).__name__)


def show_smes(window: Any, world: World, camera: Camera) -> None:
    window.show_area(0)
    area = window.smes
    code = COUNTRY_OF.get(camera.lang, "")
    index = area.country_filter.findData(code) if code else 0
    area.country_filter.setCurrentIndex(max(index, 0))
    area.apply_filters()
    wait_until(lambda: not area.model.loading)
    area.table.setFocus()
    area.table.selectRow(0)
    check_fit(camera, window)
    if not window.isMaximized():
        camera.problem("the main window is not maximized")
    shoot_with_tabs(camera, area)


def show_area(attribute: str) -> Callable[[Any, World, Camera], None]:
    def show(window: Any, _world: World, camera: Camera) -> None:
        widget = getattr(window, attribute)
        window.show_area(area_index(window, widget))
        shoot_with_tabs(camera, widget)

    return show


def show_training(window: Any, _world: World, camera: Camera) -> None:
    window.show_area(1)
    window.training.show_list()
    shoot_with_tabs(camera, window.training)


def show_workshop(window: Any, world: World, camera: Camera) -> None:
    window.show_area(1)
    page = window.training.open_workshop(world.seeded.workshop)
    shoot_with_tabs(camera, page)
    window.training.show_list()


def show_network(window: Any, _world: World, camera: Camera) -> None:
    window.show_area(3)
    area = window.network
    area.table.setFocus()
    area.table.selectRow(0)
    camera.shoot()


def show_reports(window: Any, _world: World, camera: Camera) -> None:
    from tests.ui.test_fit_screen import reports_computed

    area = reports_computed(window)
    # The dashboard's rows are laid out a moment after its figures arrive (in Khmer, Lao and
    # Burmese they show squashed together until then): that moment is not what is shot.
    camera.shoot(settle=1.5)
    for index in range(1, area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        wait_until(lambda: not area.computing, 60)
        camera.shoot(f"tab{index + 1}-{page_name(area.tabs, index)}", settle=1.0)
    area.tabs.setCurrentIndex(0)


def show_sync(window: Any, _world: World, camera: Camera) -> None:
    window.show_area(5)
    window.sync.refresh()
    camera.shoot()


def show_conflicts(window: Any, _world: World, camera: Camera) -> None:
    window.show_area(5)
    area = window.sync
    area.show_conflicts()
    view = area.conflicts
    if view.model.rows:
        view.select(view.model.rows[0].conflict.id)
    else:
        camera.problem("no conflicts to show")
    camera.shoot()
    area.show_overview()


def show_enrol_again(window: Any, _world: World, camera: Camera) -> None:
    window.show_area(5)
    window.sync.show_enrol_again()
    camera.shoot()
    window.sync.show_overview()


def show_settings(window: Any, _world: World, camera: Camera) -> None:
    from PySide6.QtWidgets import QScrollArea

    window.show_area(6)
    settings = window.areas[6][1]
    scroll = settings.findChild(QScrollArea, "settings_scroll")
    scroll.verticalScrollBar().setValue(0)
    camera.shoot()
    table = settings.backups.table
    table.setFocus()
    table.selectRow(0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    camera.shoot("backups")
    scroll.verticalScrollBar().setValue(0)


def dialog_screen(opener: Any) -> Screen:
    """A dialog of the fit-to-screen test, opened by its opener: shot with each of its tabs."""

    def show(window: Any, world: World, camera: Camera) -> None:
        dialog = opener.open(window, world.seeded)
        raise_window(dialog)
        pause(SETTLE)
        check_fit(camera, dialog)
        shoot_with_tabs(camera, dialog)

    return Screen(slug(opener.name), show)


def settings_backups(window: Any) -> Any:
    return window.areas[6][1].backups


def show_demo_removal(window: Any, _world: World, _camera: Camera) -> None:
    window.show_area(0)
    window.demo_banner.remove()


def show_add_sector(window: Any, _world: World, _camera: Camera) -> None:
    window.show_area(0)
    window.smes.new_sme()
    form = window.smes.form_dialog
    raise_window(form)
    pause(SETTLE)
    form.add_sector()


def show_backup_passphrase(window: Any, world: World, _camera: Camera) -> None:
    window.show_area(6)
    with file_dialogs(folder=str(world.scratch / "usb")):
        settings_backups(window).choose_folder()


def show_restore_preview(window: Any, world: World, camera: Camera) -> None:
    window.show_area(6)
    if world.backup is None:
        camera.problem("no backup was made to restore")
        return
    settings_backups(window).restore_file(world.backup)


def show_restore_passphrase(window: Any, world: World, camera: Camera) -> None:
    window.show_area(6)
    if world.encrypted is None:
        camera.problem("no encrypted copy was made to restore")
        return
    settings_backups(window).restore_file(world.encrypted)


def show_restore_file_dialog(window: Any, world: World, _camera: Camera) -> None:
    window.show_area(6)
    window.ctx.settings.last_folder = str(world.scratch / "usb")
    settings_backups(window).choose_file()


def show_bundle_passphrase(window: Any, world: World, _camera: Camera) -> None:
    window.show_area(5)
    window.sync.export_bundle(str(world.scratch / "bundle.gmsbundle"))


def show_pack_language(window: Any, _world: World, _camera: Camera) -> None:
    from tests.ui.test_fit_screen import reports_computed

    reports_computed(window).ask_pack()


def show_labelled_export(window: Any, world: World, _camera: Camera) -> None:
    window.show_area(2)
    surveys = window.surveys
    wait_until(lambda: not surveys.forms_loading)
    surveys.select_form(world.seeded.form_id, world.seeded.form_ref)
    surveys.choose_labelled_export()


def show_certificates_early(window: Any, world: World, camera: Camera) -> bool:
    training = window.ctx.db.training
    running = [w for status in ("running", "planned") for w in training.workshops(status)]
    if not running:
        camera.problem("no workshop is under way: certificates are issued unasked")
        return False
    window.show_area(1)
    page = window.training.open_workshop(running[0].id)
    page.tabs.setCurrentWidget(page.certificates)
    certificates = page.certificates
    certificates.early_confirmed = False
    certificates.confirm_early()
    return True


def show_unprintable(window: Any, world: World, _camera: Camera) -> None:
    from gmsdesk.ui.training.sheet import confirm_unprintable

    window.show_area(1)
    page = window.training.open_workshop(world.seeded.workshop)
    confirm_unprintable(page, [("Nguyễn Thị Thanh Hương", ["\U00020000"]),
                               ("ဒေါ်ခင်မာဝင်း", ["\U0001F600"])])


def show_error_box(window: Any, _world: World, _camera: Camera) -> None:
    from gmsdesk.ui.errors import show_error

    show_error(window, PermissionError(13, "Permission denied", "/media/usb/GMS Desk backups"))


def show_crash_box(window: Any, _world: World, _camera: Camera) -> None:
    import logging

    from gmsdesk.ui.errors import show_crash

    log = logging.getLogger("gmsdesk")
    log.disabled = True  # a sample, not a bug to log
    try:
        raise RuntimeError("what an unexpected error looks like (a sample, nothing broke)")
    except RuntimeError as exc:
        show_crash(window, RuntimeError, exc, exc.__traceback__)
    finally:
        log.disabled = False


def screens_before_sync() -> list[Screen]:
    from tests.ui.test_fit_screen import DIALOGS

    return [
        Screen("smes", show_smes),
        Screen("training", show_training),
        Screen("workshop", show_workshop),
        Screen("surveys", show_area("surveys")),
        Screen("network", show_network),
        Screen("reports", show_reports),
        Screen("sync-not-enrolled", show_sync),
        Screen("settings", show_settings),
        *[dialog_screen(opener) for opener in DIALOGS],
        Screen("remove-demo-data", show_demo_removal, box=True),
        Screen("add-sector", show_add_sector, box=True),
        Screen("backup-to-passphrase", show_backup_passphrase, box=True),
        Screen("restore-preview", show_restore_preview, box=True),
        Screen("restore-passphrase", show_restore_passphrase, box=True),
        Screen("restore-file-dialog", show_restore_file_dialog, box=True,
               real_file_dialog=True),
        Screen("report-pack-language", show_pack_language, box=True),
        Screen("survey-export-language", show_labelled_export, box=True),
        Screen("certificates-early", show_certificates_early, box=True),
        Screen("unprintable-names", show_unprintable, box=True),
        Screen("error-message", show_error_box, box=True),
        Screen("unexpected-error", show_crash_box, box=True),
    ]


def screens_after_sync() -> list[Screen]:
    return [
        Screen("sync-overview", show_sync),
        Screen("sync-conflicts", show_conflicts),
        Screen("sync-enrol-again", show_enrol_again),
        Screen("sync-bundle-passphrase", show_bundle_passphrase, box=True),
    ]


def run_screen(camera: Camera, number: int, screen: Screen, window: Any, world: World) -> None:
    camera.step = f"{number:02d}-{screen.name}"
    boxes = len(camera.boxes)
    shots = len(camera.shots)
    try:
        with file_dialogs(real=screen.real_file_dialog):
            expected = screen.show(window, world, camera) is not False
            if screen.box and expected and not wait_until(lambda: len(camera.boxes) > boxes, 30):
                camera.problem("the box did not appear")
    except Exception as exc:  # one screen failing: said, the others are still shot
        camera.problem(f"not shown: {exc!r}")
        print(traceback.format_exc(), file=sys.stderr, flush=True)
    finally:
        pause(0.2)  # a box still coming is caught here
        tidy(window)
        window.show_area(0)
    print(f"  {camera.step}: {len(camera.shots) - shots} image(s)", flush=True)


def open_language(ctx: Any, lang: str, camera: Camera, local: LocalDisplay | None) -> Any:
    """A fresh main window in `lang`, with a window manager to frame and maximize it."""
    camera.lang, camera.step = lang, "00-start"
    print(lang, flush=True)
    said = local.check_manager() if local is not None else ""
    if said:
        camera.problem(said)
    window = ctx.switch_language(lang)
    wait_until(lambda: not window.smes.model.loading)
    raise_window(window)
    pause(0.5)
    if window.frameGeometry() == window.geometry():
        camera.problem("the main window has no frame or title bar: no window manager runs, "
                       "so these pictures are not what a person sees")
    return window


# -- the run -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("langs", nargs="*", default=LANGUAGES, help="languages (all seven)")
    parser.add_argument("--out", default="screenshots", help="folder for the pictures")
    parser.add_argument("--taskbar", type=int, default=40,
                        help="px kept free at the bottom of a display started here")
    args = parser.parse_args(argv)
    unknown = [lang for lang in args.langs if lang not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language(s) {' '.join(unknown)}; known: {' '.join(LANGUAGES)}")

    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="gmsdesk-shots-"))
    local: LocalDisplay | None = None
    try:
        display = os.environ.get("DISPLAY", "")
        if not display:
            local = start_display(scratch, args.taskbar)
            if local is None:
                print("No X display: set DISPLAY, or install Xvfb and openbox for one to be "
                      "started here.", file=sys.stderr)
                return 2
            if not wait_for_window_manager(local.name, 1):
                print("The window manager (openbox) did not start:\n"
                      + local.log.read_text(encoding="utf-8", errors="replace")[-2000:],
                      file=sys.stderr)
                return 2
            display = os.environ["DISPLAY"] = local.name
        elif not wait_for_window_manager(display, 5):
            print(f"No window manager on {display}: the pictures have no title bars and the "
                  "main window is not maximized.", file=sys.stderr)
        problem = xcb_problem(display)
        if problem:
            print(problem, file=sys.stderr)
            return 2
        return shoot_all(Path(args.out), args.langs, scratch, started, local)
    finally:
        if local is not None:
            local.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def shoot_all(out: Path, langs: list[str], scratch: Path, started: float,
              local: LocalDisplay | None = None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    # The enrolment's key goes to a file in the throwaway data folder, not the keyring.
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    tempfile.tempdir = str(scratch)  # what the openers write, removed at the end
    sys.path.insert(0, str(ROOT))
    from gmsdesk.ui.application import AppContext, create_qapplication
    from tests.ui.test_fit_screen import seed

    out.mkdir(parents=True, exist_ok=True)
    app = create_qapplication([])
    screen = app.primaryScreen()
    print(f"screen {screen.geometry().getRect()}, free for windows "
          f"{screen.availableGeometry().getRect()}", flush=True)
    data = scratch / "data"
    data.mkdir()
    ctx = AppContext(data, "en")
    camera = Camera(out)
    watcher = install_box_watcher(camera)
    world = World(seed(ctx), scratch)
    add_data(ctx, world)
    before, after = screens_before_sync(), screens_after_sync()
    window = None
    try:
        for lang in langs:
            camera.lang = lang
            window = open_language(ctx, lang, camera, local)
            for number, screen_ in enumerate(before, 1):
                run_screen(camera, number, screen_, window, world)
        camera.lang, camera.step = "all", "enrol"
        try:
            enrol_with_conflicts(ctx, world)
        except Exception as exc:  # the sync screens are then left out
            camera.problem(f"could not enrol with a server: {exc!r}")
            after = []
        for lang in langs if after else []:
            window = open_language(ctx, lang, camera, local)
            for number, screen_ in enumerate(after, len(before) + 1):
                run_screen(camera, number, screen_, window, world)
    finally:
        watcher.stop()
        if window is not None:
            window.close()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        ctx.close()
        # Settings not yet written (the window's place) are written now, while the data
        # folder is there, rather than into a folder made again after it is removed.
        ctx.settings.language = ctx.settings.language
        if world.server is not None:
            world.server.stop()
    report = out / "problems.txt"
    report.write_text("".join(f"{line}\n" for line in camera.problems), encoding="utf-8")
    seconds = time.monotonic() - started
    print(f"{len(camera.shots)} images ({len(camera.boxes)} of message boxes) in {out}, "
          f"{seconds:.0f} s; {len(camera.problems)} problem(s), listed in {report}")
    failed = ("not shown", "did not appear", "could not", "window manager")
    return 1 if any(word in p for p in camera.problems for word in failed) else 0


if __name__ == "__main__":
    sys.exit(main())
