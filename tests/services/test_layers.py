"""The layers stay apart: storage and the forms engine know nothing of the PDF reports, and
the services know neither Qt nor SQL (read from the source, TYPE_CHECKING imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

import gmsdesk

PACKAGE = Path(gmsdesk.__file__).parent


def imports(folder: str) -> dict[str, set[str]]:
    """Module file -> every module it imports, anywhere in it."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)  # and `from gmsdesk import reports` as gmsdesk.reports:
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[f"{folder}/{path.relative_to(PACKAGE / folder)}"] = names
    return found


def offending(folder: str, banned: tuple[str, ...]) -> dict[str, set[str]]:
    return {path: bad for path, names in imports(folder).items()
            if (bad := {n for n in names if n.split(".")[0] in banned or n.startswith(banned)})}


def test_storage_and_forms_do_not_import_the_reports() -> None:
    for folder in ("storage", "forms"):
        assert imports(folder), folder
        assert offending(folder, ("gmsdesk.reports",)) == {}


def test_services_import_neither_qt_nor_a_database_driver() -> None:
    assert len(imports("services")) >= 4
    assert offending("services", ("PySide6", "shiboken6", "sqlite3", "sqlalchemy",
                                  "gmsdesk.ui")) == {}
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert ".execute(" not in source and ".conn." not in source, path
