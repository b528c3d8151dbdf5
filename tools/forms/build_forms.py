"""Write the XLSForm corpus and the two shipped forms from the Python tables in this folder.

The tables (corpus_forms.py, bad_forms.py, shipped_forms.py) are the single source of truth;
this script turns them into .xlsx with openpyxl, byte-for-byte the same on every run, plus the
JSON sidecars the corpus test reads. Run: `.venv/bin/python tools/forms/build_forms.py`
(`... build_forms.py corpus` for the corpus and the broken forms only).
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "forms"
BAD = CORPUS / "bad"
SHIPPED_FILLS = CORPUS / "shipped"
SHIPPED = ROOT / "resources" / "forms"

Row = list[Any]
Table = list[Row]  # the first row holds the column headers

# Fixed stamps so that an unchanged table gives an unchanged file (the lead commits the bytes).
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
_DOC_TIME = "2024-01-01T00:00:00Z"


@dataclass(frozen=True)
class Spec:
    """One workbook: its sheets in order, and the sidecar that tells the test what to expect."""

    name: str
    sheets: dict[str, Table]
    sidecar: dict[str, Any]
    kind: str = "good"  # "good" | "bad" | "shipped"
    raw: bytes | None = None  # a bad "workbook" that is not a workbook at all
    comment: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def workbook_path(self) -> Path:
        folder = {"good": CORPUS, "bad": BAD, "shipped": SHIPPED}[self.kind]
        return folder / f"{self.name}.xlsx"

    def sidecar_path(self) -> Path:
        if self.kind == "bad":
            return BAD / f"{self.name}.expect.json"
        folder = SHIPPED_FILLS if self.kind == "shipped" else CORPUS
        return folder / f"{self.name}.fill.json"


def workbook_bytes(sheets: dict[str, Table]) -> bytes:
    """The .xlsx for these sheets, with fixed timestamps so that the bytes are reproducible."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, table in sheets.items():
        sheet = book.create_sheet(title)
        for row in table:
            sheet.append([None if cell == "" else cell for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the archive with fixed member dates and document dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rf"\g<1>{_DOC_TIME}\g<2>", text)
                content = text.encode("utf-8")
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


KINDS = ("good", "bad", "shipped")


def all_specs(kinds: Iterable[str] = KINDS) -> list[Spec]:
    """Every workbook this script writes (of these kinds), corpus first."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    wanted = set(kinds)
    specs: list[Spec] = []
    if "good" in wanted:
        import corpus_forms
        import media_forms

        specs += corpus_forms.SPECS + media_forms.SPECS
    if "bad" in wanted:
        import bad_forms

        specs += bad_forms.SPECS
    if "shipped" in wanted:
        import shipped_forms

        specs += shipped_forms.SPECS
    names = [(spec.kind, spec.name) for spec in specs]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise SystemExit(f"duplicate form names: {sorted(duplicates)}")
    return specs


def _write(path: Path, data: bytes) -> bool:
    """Write only when the content differs; True when the file changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def _stale(folder: Path, keep: Iterable[Path], patterns: tuple[str, ...]) -> list[Path]:
    kept = set(keep)
    found = [p for pattern in patterns for p in folder.glob(pattern)] if folder.exists() else []
    return sorted(p for p in found if p not in kept)


def build(kinds: Iterable[str] = KINDS) -> list[Path]:
    """Write every workbook and sidecar (of these kinds); remove generated files no table
    describes any more."""
    kinds = tuple(kinds)
    specs = all_specs(kinds)
    written: list[Path] = []
    for spec in specs:
        data = spec.raw if spec.raw is not None else workbook_bytes(spec.sheets)
        if _write(spec.workbook_path(), data):
            written.append(spec.workbook_path())
        sidecar = json.dumps(spec.sidecar, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        if _write(spec.sidecar_path(), sidecar.encode("utf-8")):
            written.append(spec.sidecar_path())
    keep = [p for spec in specs for p in (spec.workbook_path(), spec.sidecar_path())]
    for kind, folder, patterns in (
        ("good", CORPUS, ("*.xlsx", "*.fill.json")),
        ("bad", BAD, ("*.xlsx", "*.expect.json")),
        ("shipped", SHIPPED_FILLS, ("*.fill.json",)),
        ("shipped", SHIPPED, ("*.xlsx",)),
    ):
        if kind not in kinds:
            continue
        for path in _stale(folder, keep, patterns):
            path.unlink()
            written.append(path)
    if {"good", "bad"} & set(kinds):  # the files the corpus forms have attached
        import corpus_forms

        written += corpus_forms.write_media(s for s in specs if s.kind in ("good", "bad"))
    return written


def main() -> None:
    """`build_forms.py` writes everything; `build_forms.py corpus` only the corpus and the
    broken forms, `build_forms.py shipped` only the shipped forms."""
    choice = sys.argv[1] if len(sys.argv) > 1 else "all"
    kinds = {"all": KINDS, "corpus": ("good", "bad"), "shipped": ("shipped",)}.get(choice)
    if kinds is None:
        raise SystemExit(f"usage: build_forms.py [all|corpus|shipped], not {choice!r}")
    changed = build(kinds)
    for path in changed:
        print(path.relative_to(ROOT))
    print(f"{len(changed)} file(s) changed")


if __name__ == "__main__":
    main()
