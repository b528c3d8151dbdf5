"""Smoke test of the built app (packaging/build.py), run as a person would run it: the bundled
executable only, no Python of ours, offscreen, in a fresh temporary data folder and home.

    python packaging/smoke.py [dist/gmsdesk | "dist/GMS Desk.app"]

1. `gmsdesk --version` names this version and a build;
2. an SME is created (imported from a spreadsheet, with its Khmer name) and read back;
3. a finished workshop with participants is added (`gmsdesk demo --workshops 1`);
4. its certificates are written in Khmer, and the PDF must embed the bundled Khmer font;
5. the shipped survey forms install (pyxform, with its data files, inside the bundle);
6. the window opens in Khmer (offscreen), runs a few seconds with nothing in its log, and is
   ended: the app has no command that opens the window and quits, so the test ends it.

Prints each step's time, the app's size and the total; exits 1 at the first failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT = 180  # s: a first start unpacks nothing (one folder), but CI machines are slow
WINDOW_WAIT = 60  # s for the window to appear
WINDOW_SETTLE = 5  # s it must then keep running without an error
# The offscreen platform says this when a top-level window is shown: the window's sign of life.
WINDOW_SHOWN = "does not support propagateSizeHints"
SME_CSV = ("name,name_local,country,province,contact_name,contact_gender\n"
           "Angkor Silk Smoke Test,សូត្រអង្គរ,KH,Siem Reap,Sok Dara,F\n")


class Failed(Exception):
    pass


def executable(target: Path) -> Path:
    """The program to run in a one-folder app or a macOS .app (gmsdesk-cli.exe on Windows:
    the window program there has no console to read)."""
    if target.suffix == ".app":
        return target / "Contents" / "MacOS" / "gmsdesk"
    for name in ("gmsdesk-cli.exe", "gmsdesk"):
        if (target / name).is_file():
            return target / name
    raise Failed(f"no gmsdesk executable in {target}: build it first (packaging/build.py)")


def environment(home: Path) -> dict[str, str]:
    """This process's environment, offscreen, with a throwaway home: nothing of the person
    running the test (their data folder, settings, keyring) is read or written."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "GMSDESK_DATA_DIR", "DISPLAY",
                        "WAYLAND_DISPLAY")}
    for name in ("config", "data", "cache", "runtime"):
        (home / name).mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
               APPDATA=str(home / "data"), LOCALAPPDATA=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


class Smoke:
    def __init__(self, program: Path, tmp: Path) -> None:
        self.program = program
        self.tmp = tmp
        self.data = tmp / "data"
        self.env = environment(tmp / "home")
        self.times: list[tuple[str, float]] = []

    def run(self, *args: str | Path) -> str:
        """The command's output; Failed with its output when it does not succeed."""
        command = [str(self.program), "--data-dir", str(self.data), *map(str, args)]
        try:
            done = subprocess.run(command, cwd=self.tmp, env=self.env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace",
                                  timeout=STEP_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise Failed(f"{' '.join(command)} did not finish in {STEP_TIMEOUT} s") from exc
        if done.returncode != 0:
            raise Failed(f"{' '.join(command)} exited with {done.returncode}:\n"
                         f"{done.stdout}\n{done.stderr}")
        return done.stdout + done.stderr

    def step(self, label: str, check: Callable[[], object]) -> None:
        started = time.monotonic()
        check()
        self.times.append((label, time.monotonic() - started))
        print(f"  ok  {label} ({self.times[-1][1]:.1f} s)", flush=True)

    # -- the steps ----------------------------------------------------------------------------

    def version(self) -> None:
        text = self.run("--version").strip()
        source = (ROOT / "gmsdesk" / "__init__.py").read_text("utf-8")
        wanted = re.search(r'__version__ = "([^"]+)"', source)
        if not wanted or not re.fullmatch(rf"GMS Desk {re.escape(wanted.group(1))} "
                                          r"\(build (?!unknown\))[^)]+\)", text):
            raise Failed(f"--version said {text!r}")

    def create_sme(self) -> None:
        sheet = self.tmp / "smes.csv"
        sheet.write_text(SME_CSV, encoding="utf-8")
        out = self.run("import", "smes", sheet)
        if "1 added" not in out:
            raise Failed(f"the SME was not added:\n{out}")
        exported = self.tmp / "smes-out.csv"
        self.run("export", "smes", "--search", "Angkor Silk Smoke", exported)
        text = exported.read_text("utf-8-sig")
        if "Angkor Silk Smoke Test" not in text or "សូត្រអង្គរ" not in text:
            raise Failed(f"the SME is not read back:\n{text}")

    def workshop(self) -> str:
        self.run("demo", "--workshops", "1", "--participants", "3", "--no-activity")
        rows = self.run("workshops", "list", "--status", "done").splitlines()
        if len(rows) < 2:
            raise Failed("no finished workshop:\n" + "\n".join(rows))
        return rows[1].split()[0]

    def certificates(self) -> None:
        pdf = self.tmp / "certificates-km.pdf"
        self.run("certificates", self.workshop(), pdf, "--lang", "km")
        data = pdf.read_bytes()
        fonts = sorted(set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", data)))
        if not data.startswith(b"%PDF") or not any(f.startswith(b"NotoSansKhmer")
                                                   for f in fonts):
            raise Failed(f"the certificate PDF does not embed the Khmer font: {fonts}")

    def forms(self) -> None:
        out = self.run("forms", "list")
        if "Installed the forms that come with GMS Desk" not in out:
            raise Failed(f"the shipped forms did not install:\n{out}")

    def window(self) -> None:
        """Start the window on the same data folder and see it up; then end it."""
        log = self.tmp / "window.txt"
        with log.open("w", encoding="utf-8") as out:
            process = subprocess.Popen(
                [str(self.program), "--data-dir", str(self.data), "--lang", "km"],
                cwd=self.tmp, env=self.env, stdout=out, stderr=subprocess.STDOUT)
            try:
                self._watch(process, log)
            finally:
                process.terminate()
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(20)

    def _watch(self, process: subprocess.Popen[bytes], log: Path) -> None:
        deadline = time.monotonic() + WINDOW_WAIT
        while WINDOW_SHOWN not in log.read_text("utf-8", "replace"):
            if process.poll() is not None:
                raise Failed(f"the window ended by itself ({process.returncode}):\n"
                             + log.read_text("utf-8", "replace"))
            if time.monotonic() > deadline:
                raise Failed(f"no window was shown in {WINDOW_WAIT} s (the offscreen platform "
                             f"did not say {WINDOW_SHOWN!r}):\n"
                             + log.read_text("utf-8", "replace"))
            time.sleep(0.2)
        time.sleep(WINDOW_SETTLE)
        app_log = self.data / "gmsdesk.log"
        logged = app_log.read_text("utf-8", "replace") if app_log.is_file() else ""
        problems = [line for line in logged.splitlines()
                    if " ERROR " in line or " CRITICAL " in line]
        output = log.read_text("utf-8", "replace")
        if process.poll() is not None or problems or "Traceback" in output:
            raise Failed(f"the window did not run cleanly.\nIts log:\n{logged}\n"
                         f"Its output:\n{output}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    built = "GMS Desk.app" if sys.platform == "darwin" else "gmsdesk"
    target = Path(args[0] if args else ROOT / "dist" / built).resolve()
    try:
        program = executable(target)
    except Failed as exc:
        print(f"smoke test: {exc}", file=sys.stderr)
        return 1
    print(f"Smoke test of {program}")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gmsdesk-smoke-") as tmp:
        smoke = Smoke(program, Path(tmp))
        try:
            smoke.step("--version names the version and the build", smoke.version)
            smoke.step("an SME created and read back", smoke.create_sme)
            smoke.step("certificates of a workshop in Khmer, with the Khmer font",
                       smoke.certificates)
            smoke.step("the shipped survey forms installed", smoke.forms)
            smoke.step("the window opened in Khmer, offscreen, and ran cleanly", smoke.window)
        except Failed as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    size = folder_size(target)
    print(f"Smoke test passed in {time.monotonic() - started:.1f} s; the app is "
          f"{size / 1_000_000:.1f} MB ({target.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
