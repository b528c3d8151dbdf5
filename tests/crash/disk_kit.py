"""A real small disk for tests: a tmpfs of a few MiB, filled by a filler file until only a
little room is left, and "freed" by deleting the filler. What fails then fails as on a full
laptop disk or USB stick: with ENOSPC from the kernel, not with a limit SQLite was told.

Mounting needs privileges. Where the kernel allows unprivileged user namespaces, the tmpfs is
mounted inside one (`unshare -rm`), as root or not; otherwise root mounts it directly. A mount
inside a namespace is seen only by the processes in it, so a scenario always runs in a child
process (`run`): a function of a test module, given the mounted folders, that returns what it
saw as JSON for the test to check. Where neither way works the test is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
KIB = 1024
MIB = 1024 * KIB
FILLER = "filler.bin"

Scenario = Callable[..., dict[str, Any]]


# -- in the test process ---------------------------------------------------------------------

def _mount(size: int, folder: str) -> list[str]:
    return ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", folder]


@functools.cache
def how_to_mount() -> tuple[str, str]:
    """("namespace" or "root", "") when a tmpfs can be mounted here; ("", why not) else."""
    if not sys.platform.startswith("linux"):
        return "", "a small tmpfs disk can be mounted on Linux only"
    reasons = []
    with tempfile.TemporaryDirectory(prefix="gmsdesk-tmpfs-probe-") as probe:
        if shutil.which("unshare"):
            tried = subprocess.run(["unshare", "-rm", *_mount(64 * KIB, probe)],
                                   capture_output=True, text=True, timeout=30, check=False)
            if tried.returncode == 0:
                return "namespace", ""
            reasons.append(f"unshare -rm: {tried.stderr.strip() or tried.returncode}")
        else:
            reasons.append("unshare is not installed")
        if os.geteuid() == 0:
            tried = subprocess.run(_mount(64 * KIB, probe), capture_output=True, text=True,
                                   timeout=30, check=False)
            if tried.returncode == 0:
                subprocess.run(["umount", probe], check=True, timeout=30)
                return "root", ""
            reasons.append(f"mount as root: {tried.stderr.strip() or tried.returncode}")
        else:
            reasons.append("not root")
    return "", "cannot mount a small tmpfs disk (" + "; ".join(reasons) + ")"


def run(scenario: Scenario, disks: dict[str, int], tmp_path: Path, *, timeout: float = 90,
        **args: Any) -> dict[str, Any]:
    """`scenario(folders, **args)` in a child process, with a tmpfs of `disks[name]` bytes
    mounted at `folders[name]` (under `tmp_path`); what it returned. `args` must be JSON."""
    how, why = how_to_mount()
    if not how:
        pytest.skip(why)
    folders = {name: tmp_path / "disks" / name for name in disks}
    for folder in folders.values():
        folder.mkdir(parents=True)
    result = tmp_path / "scenario-result.json"
    child = [sys.executable, "-m", "tests.crash.disk_kit",
             f"{scenario.__module__}:{scenario.__name__}",
             json.dumps({name: str(folder) for name, folder in folders.items()}),
             json.dumps(args), str(result)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    paths = [str(folders[name]) for name in disks]
    if how == "namespace":
        mounts = " && ".join(" ".join(_mount(size, f'"${i}"'))
                             for i, size in enumerate(disks.values(), start=1))
        command = ["unshare", "-rm", "sh", "-c", f'{mounts} && shift {len(disks)} && exec "$@"',
                   "sh", *paths, *child]
    else:
        command = child
    try:
        if how == "root":
            for size, path in zip(disks.values(), paths, strict=True):
                subprocess.run(_mount(size, path), check=True, timeout=30)
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)
    finally:
        if how == "root":
            for path in paths:
                subprocess.run(["umount", "-l", path], check=False, timeout=30)
    if done.returncode != 0 or not result.exists():
        pytest.fail(f"the scenario {scenario.__name__} failed (exit {done.returncode}):\n"
                    f"{done.stderr[-6000:]}")
    seen: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
    return seen


# -- in the child process ----------------------------------------------------------------------

def free_bytes(folder: Path) -> int:
    status = os.statvfs(folder)
    return status.f_bavail * status.f_frsize


def fill(folder: Path, leave: int) -> Path:
    """A filler file on `folder`'s disk that leaves only about `leave` bytes free."""
    filler = folder / FILLER
    with open(filler, "ab", buffering=0) as out:
        while (room := free_bytes(folder) - leave) > 0:
            try:
                out.write(bytes(min(room, MIB)))
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    return filler


def free_space(folder: Path) -> None:
    """Space freed, as a person would: the filler deleted."""
    (folder / FILLER).unlink()


def files(folder: Path) -> list[str]:
    """Every file under `folder` but the filler, as paths relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and p.name != FILLER)


def cli(argv: Sequence[str]) -> dict[str, Any]:
    """The `gmsdesk` command run with `argv`: its exit code and what it printed. An exception
    it let out is a crash: its code is "crash" and its traceback what it printed."""
    from gmsdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | str = main(list(argv))
        except BaseException:  # the very thing checked: nothing should leave the command
            code = "crash"
            err.write(traceback.format_exc())
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def _check_mounted(folders: dict[str, Path]) -> None:
    """Never run a scenario on the real disk by mistake: each folder is a small file system."""
    for name, folder in folders.items():
        status = os.statvfs(folder)
        if not os.path.ismount(folder) or status.f_blocks * status.f_frsize > 256 * MIB:
            raise SystemExit(f"{name}: {folder} is not a small mounted file system")


def _main(argv: Sequence[str]) -> int:
    target, folders_json, args_json, result = argv
    module, name = target.split(":")
    folders = {k: Path(v) for k, v in json.loads(folders_json).items()}
    _check_mounted(folders)
    scenario: Scenario = getattr(importlib.import_module(module), name)
    seen = scenario(folders, **json.loads(args_json))
    Path(result).write_text(json.dumps(seen, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
