"""A bad link in a box: a TCP relay on 127.0.0.1 between a laptop and a server that throttles,
delays and cuts connections, as a provincial line does.

    link = Link(server_port, rate=32_000, rtt_s=0.3, drop_every_bytes=64 * 1024)
    client.session ... f"http://127.0.0.1:{link.port}"

- `rate`: bytes a second each way (None: as fast as 127.0.0.1 goes);
- `rtt_s`: the round trip, half of it added each way;
- `drop_every_bytes`: every connection open is cut each time this many more bytes went from
  the laptop to the server (whatever was in flight is lost);
- `drop_every_s`: every connection open is cut this often.

Counts what crossed: bytes up and down, connections, drops.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass
class Counts:
    up: int = 0  # bytes laptop -> server
    down: int = 0
    connections: int = 0
    drops: int = 0


class _Bucket:
    """A token bucket: `rate` bytes a second, shared by every connection one way."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.lock = threading.Lock()
        self.next_free = time.monotonic()

    def wait(self, size: int) -> None:
        if not self.rate:
            return
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_free)
            self.next_free = start + size / self.rate
            until = self.next_free
        delay = until - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class _Pipe:
    """One connection through the link: two sockets, four threads (read and write, each way)."""

    def __init__(self, link: Link, client: socket.socket, server: socket.socket) -> None:
        self.link = link
        self.sockets = (client, server)
        self.closed = threading.Event()
        for source, target, up in ((client, server, True), (server, client, False)):
            queue: deque[tuple[float, bytes]] = deque()
            ready = threading.Condition()
            threading.Thread(target=self._read, args=(source, queue, ready, up),
                             daemon=True).start()
            threading.Thread(target=self._write, args=(target, queue, ready, up),
                             daemon=True).start()

    def _read(self, source: socket.socket, queue: deque[tuple[float, bytes]],
              ready: threading.Condition, up: bool) -> None:
        while not self.closed.is_set():
            try:
                data = source.recv(4096)
            except OSError:
                data = b""
            with ready:
                queue.append((time.monotonic() + self.link.rtt_s / 2, data))
                ready.notify()
            if not data:
                return

    def _write(self, target: socket.socket, queue: deque[tuple[float, bytes]],
               ready: threading.Condition, up: bool) -> None:
        bucket = self.link.up_bucket if up else self.link.down_bucket
        while not self.closed.is_set():
            with ready:
                while not queue and not self.closed.is_set():
                    ready.wait(0.05)
                if self.closed.is_set():
                    return
                due, data = queue.popleft()
            if not data:
                with contextlib.suppress(OSError):
                    target.shutdown(socket.SHUT_WR)
                return
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            bucket.wait(len(data))
            if up:
                data = self.link.allow_up(self, data)
                if data is None:
                    return
            try:
                target.sendall(data)
            except OSError:
                self.close()
                return
            with self.link.lock:
                if up:
                    self.link.counts.up += len(data)
                else:
                    self.link.counts.down += len(data)

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in self.sockets:
            # shutdown wakes the threads blocked reading it (close alone would not, and the
            # connection would hang instead of dropping)
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


class Link:
    def __init__(self, target_port: int, *, rate: float | None = None, rtt_s: float = 0.0,
                 drop_every_bytes: int | None = None, drop_every_s: float | None = None
                 ) -> None:
        self.target_port = target_port
        self.rtt_s = rtt_s
        self.drop_every_bytes = drop_every_bytes
        self.drop_every_s = drop_every_s
        self.up_bucket = _Bucket(rate)
        self.down_bucket = _Bucket(rate)
        self.counts = Counts()
        self.lock = threading.Lock()
        self.pipes: list[_Pipe] = []
        self._since_drop = 0
        self._stopped = threading.Event()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()
        if drop_every_s:
            threading.Thread(target=self._timer, daemon=True).start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.counts.connections += 1
                self.pipes.append(_Pipe(self, client, server))

    def allow_up(self, pipe: _Pipe, data: bytes) -> bytes | None:
        """What of `data` may go up before the link cuts (None: cut now, nothing goes)."""
        if not self.drop_every_bytes:
            return data
        with self.lock:
            room = self.drop_every_bytes - self._since_drop
            if len(data) < room:
                self._since_drop += len(data)
                return data
            self._since_drop = 0
            self.counts.drops += 1
        if room > 0:
            with contextlib.suppress(OSError):
                pipe.sockets[1].sendall(data[:room])
            with self.lock:
                self.counts.up += room
        self.cut()
        return None

    def cut(self) -> None:
        """Every connection open is dropped."""
        with self.lock:
            pipes, self.pipes = self.pipes, []
        for pipe in pipes:
            pipe.close()

    def _timer(self) -> None:
        assert self.drop_every_s
        while not self._stopped.wait(self.drop_every_s):
            with self.lock:
                busy = any(not p.closed.is_set() for p in self.pipes)
                if busy:
                    self.counts.drops += 1
            if busy:
                self.cut()

    def stop(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self.listener.close()
        self.cut()
