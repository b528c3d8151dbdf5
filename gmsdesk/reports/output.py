"""Writing a PDF safely: into a temporary file beside the target, renamed only when complete,
so a cancelled or failed report never leaves a partial file at the path the user chose."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

import gmsdesk
from gmsdesk.reports.text import font_name, register_fonts


class Cancelled(Exception):
    """The user cancelled a report while it was being written; nothing was saved."""


Progress = Callable[[int, int], bool]


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise Cancelled if the callback answers False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


@contextmanager
def atomic_canvas(path: str | os.PathLike[str], pagesize: tuple[float, float],
                  title: str, subject: str = "") -> Iterator[Canvas]:
    """A canvas writing to a temporary file in the target's folder; saved and renamed over
    `path` when the block ends normally, deleted when it raises (Cancelled included)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf.part",
                                    dir=target.parent)
    os.close(fd)
    register_fonts()
    try:
        # an embedded initial font: the default Helvetica would be listed, unembedded, in the PDF
        canvas = Canvas(tmp_name, pagesize=pagesize, pageCompression=1,
                        initialFontName=font_name("latin"))
        canvas.setTitle(title)
        canvas.setSubject(subject)
        canvas.setCreator(f"GMS Desk {getattr(gmsdesk, '__version__', '')}".strip())
        yield canvas
        canvas.save()
        os.replace(tmp_name, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
