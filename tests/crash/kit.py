"""A kill -9 harness: an operation run in a child process and killed with SIGKILL at a random
moment of it, as a power cut or the task manager would stop GMS Desk.

The child is forked from the test process once everything is imported and the files are
closed, so it starts working at once and an uninterrupted run takes as long in a child as
the moments it is killed at assume. `hammer` measures uninterrupted runs, then kills runs at
uniform random moments of that time (seeded), and after each kill checks the files it left,
runs the operation again to completion and compares the result with that of a run nobody
interrupted.

`Headquarters` is the sync server in a process of its own, on one socket bound for good, so
that a laptop enrolled with it reaches it at the same address whichever copy of its
database it serves.
"""

from __future__ import annotations

import gc
import os
import random
import select
import shutil
import signal
import socket
import sqlite3
import sys
import time
import traceback
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

KILLS = 20  # kills per operation, at least
TRIALS = 3  # at most this many runs per kill wanted (a run can end before its moment)


# -- children ------------------------------------------------------------------------------------

def fork(work: Callable[[], object]) -> int:
    """`work` in a child process, which exits with 0 when it returned and 1 when it raised
    (the traceback on stderr). Nothing of the test process runs in the child afterwards:
    it ends with `os._exit`, and collects no garbage of the test's (so it closes none of its
    connections) nor copies the test's memory to do so."""
    sys.stdout.flush()
    sys.stderr.flush()
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        raise
    if pid:
        gc.unfreeze()
    else:  # pragma: no cover - the child
        code = 1
        try:
            work()
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    return pid


def _exit_code(pid: int) -> int | None:
    """The child's exit code once it ended; None when SIGKILL ended it."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL, f"child ended by signal {status}"
        return None
    return os.waitstatus_to_exitcode(status)


def measure(work: Callable[[], object]) -> float:
    """Seconds `work` takes in a child process, uninterrupted."""
    start = time.monotonic()
    pid = fork(work)
    code = _exit_code(pid)
    elapsed = time.monotonic() - start
    assert code == 0, "the uninterrupted run failed (its traceback is above)"
    return elapsed


def kill_at(work: Callable[[], object], delay: float) -> float | None:
    """`work` in a child process, killed with SIGKILL `delay` seconds after it started.
    None when it was killed; else it had ended by then (and succeeded): the seconds it took
    (at most `delay` where that cannot be told)."""
    start = time.monotonic()
    pid = fork(work)
    ended_at = None
    try:
        ended = os.pidfd_open(pid)  # readable once the child ends: no waiting past that
    except (AttributeError, OSError):
        time.sleep(delay)
    else:
        try:
            if select.select([ended], [], [], delay)[0]:
                ended_at = time.monotonic()
        finally:
            os.close(ended)
    os.kill(pid, signal.SIGKILL)  # a child that ended already is a zombie: no error
    code = _exit_code(pid)
    assert code in (None, 0), "the run failed before it was killed (its traceback is above)"
    return None if code is None else (ended_at or time.monotonic()) - start


Point = tuple[object, str, int]  # (module or class, function name, which call: 1, 2...)


def kill_after(work: Callable[[], object], point: Point) -> None:
    """`work` in a child process that kills itself with SIGKILL as soon as the `call`-th call
    of `owner.name` returns: a crash at a moment too short for a random kill to find often.
    (The function is replaced in the child only.)"""
    owner, name, call = point
    original = getattr(owner, name)
    calls = 0

    def then_die(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        result = original(*args, **kwargs)
        calls += 1
        if calls == call:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    def child() -> None:
        setattr(owner, name, then_die)
        work()

    code = _exit_code(fork(child))
    assert code is None, f"the run never returned from {name} (call {call})"


# -- what the files must be --------------------------------------------------------------------

def sound(path: Path) -> list[str]:
    """What SQLite finds wrong with a database file, as the next program to open it finds it
    (its -wal and -shm as the kill left them): `integrity_check` and `foreign_key_check`."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        found += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def assert_sound(*paths: Path) -> None:
    for path in paths:
        assert path.exists(), f"{path.name} is gone"
        problems = sound(path)
        assert problems == [], f"{path.name}: {problems}"


Query = Callable[..., list[tuple[Any, ...]]]


@contextmanager
def reading(path: Path) -> Iterator[Query]:
    """query(sql, *params) -> rows, on one connection to a database file (plain SQLite:
    quicker than opening it as GMS Desk does, for what is read after every kill; one
    connection, as closing the last one copies the -wal into the file)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        yield lambda sql, *params: [tuple(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """What one query reads from a database file (see `reading`)."""
    with reading(path) as query:
        return query(sql, *params)


def fields_between(now: dict[str, dict[str, Any]], before: dict[str, dict[str, Any]],
                   after: dict[str, dict[str, Any]], what: str) -> None:
    """Every record of `before` is still there, and each of its fields has the value it had
    before the operation or the one it has after an uninterrupted run (an operation that
    commits in steps may have done some of them); a record `before` did not have has only
    values of `after`, or none yet (a sync may bring a record's fields in two pages). Nothing
    was lost, and nothing was made up."""
    missing = sorted(set(before) - set(now))
    assert not missing, f"{what}: {len(missing)} records committed before are gone"
    unknown = sorted(set(now) - set(before) - set(after))
    assert not unknown, f"{what}: {len(unknown)} records neither run has"
    for key, values in now.items():
        was, will = before.get(key), after.get(key, {})
        for name, value in values.items():
            allowed = [will.get(name)] + ([was.get(name)] if was is not None else [None, 0])
            assert value in allowed, (f"{what}: {key} {name} = {value!r}, neither what it was "
                                      f"nor what it becomes ({allowed!r})")


# -- the harness ---------------------------------------------------------------------------------

@dataclass
class Tally:
    operation: str
    seconds: float = 0.0  # an uninterrupted run in a child (the longer of two)
    kills: int = 0  # runs killed, each checked, run again and compared
    finished: int = 0  # runs that ended before their moment came (checked the same)
    points: int = 0  # runs killed right after a named step (`kill_after`)

    def line(self) -> str:
        points = f", {self.points} more right after named steps" if self.points else ""
        return (f"{self.operation}: {self.kills} kills at random moments of a "
                f"{self.seconds * 1000:.0f} ms run ({self.finished} runs ended before their "
                f"moment){points}, all passed")


class Operation:
    """One operation under the harness. A subclass says how to run it on a copy of the
    template (`run`, in the child and again to completion), what its result is (`result`,
    compared with an uninterrupted run's), what must hold after a kill (`check_killed`) and
    after a run to completion (`check_done`). `live` is what runs beside it all along
    (headquarters' server); `reset` puts the template's files back in the working folder.
    The harness sets `before` (the result of the template) and `expected` (of a run nobody
    interrupted)."""

    name = ""
    before: Any = None
    expected: Any = None

    def live(self, work: Path) -> AbstractContextManager[object]:
        return nullcontext()

    def reset(self, template: Path, work: Path) -> None:
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(template, work)

    def run(self, work: Path) -> None:
        raise NotImplementedError

    def result(self, work: Path) -> Any:
        raise NotImplementedError

    def check_killed(self, work: Path) -> None:
        raise NotImplementedError

    def check_done(self, work: Path, result: Any) -> None:
        """What must hold after a run to completion, beyond its result being the clean one."""


TALLIES: list[Tally] = []


def hammer(op: Operation, template: Path, scratch: Path, kills: int = KILLS,
           points: Sequence[Point] = ()) -> Tally:
    """Run `op` on copies of `template`: once uninterrupted in this process (everything it
    imports is imported before any child is forked), then twice in a child as the killed
    runs are (the same result; the longer time is the run's); then killed at uniform random
    moments of that time until `kills` runs were killed (a run that ends before its moment,
    the machine being less busy now, brings the time halfway to its own), and once right
    after each of `points`. After each: `check_killed`, then `op` run again to completion,
    `check_done` and the same result as the uninterrupted run. The copies are made at one
    path (headquarters serves it all along); a failed run's stays."""
    tally = Tally(op.name)
    rng = random.Random(zlib.crc32(op.name.encode()))
    work = scratch / "work"

    def again(what: str) -> None:
        """After a kill: what it left, then the operation run to completion."""
        try:
            op.check_killed(work)
            op.run(work)
            result = op.result(work)
            op.check_done(work, result)
            assert result == op.expected, "run again, it ends elsewhere than a run nobody " \
                                          "interrupted"
        except AssertionError as exc:
            exc.add_note(f"{op.name}, {what}; its files: {work}")
            raise

    op.reset(template, work)
    with op.live(work):
        op.before = op.result(work)
        op.run(work)
        op.expected = op.result(work)
        op.check_done(work, op.expected)
        op.check_killed(work)  # a run may end before its kill: what it leaves must pass
        times = []
        for _ in range(2):
            op.reset(template, work)
            times.append(measure(lambda: op.run(work)))
            assert op.result(work) == op.expected, "two uninterrupted runs differ"
        tally.seconds = span = max(times)
        trial = 0
        while tally.kills < kills:
            assert trial < kills * TRIALS, f"{op.name}: {tally.kills} of {trial} runs killed"
            op.reset(template, work)
            moment = rng.uniform(0, span)
            took = kill_at(lambda: op.run(work), moment)
            again(f"run {trial} {'killed' if took is None else 'finished'} at "
                  f"{moment * 1000:.1f} ms of {span * 1000:.0f} ms")
            if took is None:
                tally.kills += 1
            else:  # the runs are quicker now than when measured (the machine's load)
                tally.finished += 1
                span = (span + took) / 2
            trial += 1
        for point in points:
            op.reset(template, work)
            kill_after(lambda: op.run(work), point)
            again(f"killed right after call {point[2]} of {point[1]}")
            tally.points += 1
    shutil.rmtree(work)
    TALLIES.append(tally)
    print(f"\nkill -9 {tally.line()}")
    return tally


# -- headquarters in a process of its own ------------------------------------------------------

class Headquarters:
    """The sync server (uvicorn, as `gmsdesk-server serve` runs it) in a forked process, on
    a socket bound once: while it is down, a laptop's connection waits in the socket's queue
    instead of being refused. The app is made here; its store connects in the child."""

    def __init__(self) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.pid = 0

    def start(self, database: Path) -> None:
        import uvicorn

        from gmsdesk.server.app import create_app
        from gmsdesk.server.store import Store, make_engine

        config = uvicorn.Config(create_app(Store(make_engine(str(database)))),
                                log_level="warning", lifespan="off")
        config.load()
        server, listening = uvicorn.Server(config), self.socket
        self.pid = fork(lambda: server.run(sockets=[listening]))
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(f"{self.url}/v1/health", timeout=5).ok:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("headquarters did not start")
            time.sleep(0.005)

    def stop(self) -> None:
        """Killed: what it committed is in its file, and nothing waits on it any more."""
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0

    @contextmanager
    def serving(self, database: Path) -> Iterator[None]:
        self.start(database)
        try:
            yield
        finally:
            self.stop()

    def close(self) -> None:
        self.stop()
        self.socket.close()
