"""Secondary instances: the data a form reads besides its own answers.

ODK forms look things up in files attached to them (CSV, XML, GeoJSON: `select_one_from_file`,
`pulldata()`, `instance('name')/root/item[...]`) and in their own choice lists. Each source is
read here into the same small tree ODK builds of it: a document holding `root`, holding one
`item` per row (or feature, or choice), holding one element per column. The expression
language walks these trees with paths and predicates (see gmsdesk.forms.expressions).

An element is a `str` whose value is its XPath string-value (its text, and its children's), so
the coercions of the expression language read it like any other value.
"""

from __future__ import annotations

import csv
import io
import json
import math
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from gmsdesk.forms.problems import Message
from gmsdesk.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "DATA_SUFFIXES",
    "Element",
    "FileError",
    "csv_document",
    "document",
    "geojson_document",
    "rows_document",
    "xml_document",
]

# What a form's attached data files may be, as pyxform allows them (select_one_from_file).
DATA_SUFFIXES = (".csv", ".xml", ".geojson")


class FileError(ValueError):
    """An attached data file that cannot be read; the message says why, in plain words
    (`text` marked with QT_TRANSLATE_NOOP("Forms", ...), filled from `args`; `marked` keeps
    it for the screen to translate, see problems.Problem)."""

    def __init__(self, text: str, /, **args: object) -> None:
        self.marked = Message.of(text, **args)
        super().__init__(self.marked.english)


class Element(str):
    """One node of a secondary instance: its name, its children and its parent.

    The string is the node's XPath string-value. `index` caches what `lookup` built."""

    name: str
    children: tuple[Element, ...]
    parent: Element | None
    _index: dict[tuple[str, str], dict[str, list[Element]]]

    def __new__(cls, name: str, text: str = "", children: Sequence[Element] = ()) -> Element:
        value = text + "".join(children) if children else text
        node = super().__new__(cls, value)
        node.name = name
        node.children = tuple(children)
        node.parent = None
        for child in node.children:
            child.parent = node
        node._index = {}
        return node

    def __reduce__(self) -> Any:  # a str subclass with fields: copy it as what it is
        return (Element, (self.name, "" if self.children else str(self), self.children))

    def named(self, name: str) -> Iterator[Element]:
        """The children called `name` ("*": all of them)."""
        for child in self.children:
            if name == "*" or child.name == name:
                yield child

    def field(self, name: str) -> str | None:
        """The text of the first child called `name`, or None when there is none."""
        for child in self.children:
            if child.name == name:
                return str(child)
        return None

    def columns(self) -> list[str]:
        """The names of the children of this node's items, in the order first seen."""
        seen: dict[str, None] = {}
        for item in self.children:
            for column in item.children:
                seen.setdefault(column.name, None)
        return list(seen)

    def lookup(self, items: str, column: str, key: str) -> list[Element]:
        """The children `items` whose `column` reads `key`, in order, through an index built
        once (pulldata() on a file of 50,000 rows costs a dictionary look-up, not a scan)."""
        found = self._index.get((items, column))
        if found is None:
            found = {}
            for item in self.named(items):
                value = item.field(column)
                if value is not None:
                    found.setdefault(value, []).append(item)
            self._index[(items, column)] = found
        return found.get(key, [])


def rows_document(rows: Iterable[Mapping[str, Any]]) -> Element:
    """The document ODK makes of rows (a CSV's, a choice list's): root, items, columns."""
    items = [Element("item", "", [Element(str(k), "" if v is None else str(v))
                                  for k, v in row.items()]) for row in rows]
    return Element("#document", "", [Element("root", "", items)])


def csv_document(text: str, name: str = "file.csv") -> Element:
    """A CSV as ODK reads it: the first row names the columns, every other row is an item.
    Cells are kept as text (ODK compares them as text); blank rows are skipped."""
    text = text.lstrip("\ufeff")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise FileError(QT_TRANSLATE_NOOP(
            "Forms", "'{file}' is not a CSV file ODK can read: {error}"),
            file=name, error=error) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise FileError(QT_TRANSLATE_NOOP(
            "Forms", "'{file}' has no header row: its first row must name the columns (for "
                     "example name,label)"), file=name)
    header = [cell.strip() for cell in rows[0]]
    seen: set[str] = set()
    for column in header:
        if column and column in seen:
            raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}' has two columns named "
                                                       "'{column}'"), file=name, column=column)
        seen.add(column)
    out = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        out.append({column: (row[i].strip() if i < len(row) else "")
                    for i, column in enumerate(header) if column})
    return rows_document(out)


def _xml_element(node: ElementTree.Element) -> Element:
    tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else "#comment"
    children = [_xml_element(child) for child in node if isinstance(child.tag, str)]
    return Element(tag, "" if children else (node.text or "").strip(), children)


def xml_document(text: str, name: str = "file.xml") -> Element:
    """An XML file as its own tree (ODK's usual shape is root/item/name, label...)."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise FileError(QT_TRANSLATE_NOOP(
            "Forms", "'{file}' declares a DOCTYPE or entities, which ODK does not read"),
            file=name)
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}' is not well-formed XML: {error}"),
                        file=name, error=error) from None
    return Element("#document", "", [_xml_element(root)])


def _number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
            value):
        raise FileError(QT_TRANSLATE_NOOP("Forms", "not a number"))
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _point(position: Any) -> str:
    """A GeoJSON position [lon, lat(, alt)] as ODK writes a point: "lat lon alt 0"."""
    if not isinstance(position, list) or len(position) < 2:
        raise FileError(QT_TRANSLATE_NOOP("Forms", "a position needs a longitude and a "
                                                   "latitude"))
    altitude = _number(position[2]) if len(position) > 2 else "0"
    return f"{_number(position[1])} {_number(position[0])} {altitude} 0"


def _geometry(geometry: Any) -> str:
    """A geometry as ODK writes it: a point, or points joined by "; " (a line, or a
    polygon's outer ring)."""
    if not isinstance(geometry, Mapping):
        raise FileError(QT_TRANSLATE_NOOP("Forms", "a feature needs a geometry"))
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Point":
        return _point(coordinates)
    if kind in ("LineString", "MultiPoint") and isinstance(coordinates, list):
        return "; ".join(_point(p) for p in coordinates)
    if kind == "Polygon" and isinstance(coordinates, list) and coordinates:
        return "; ".join(_point(p) for p in coordinates[0])
    raise FileError(QT_TRANSLATE_NOOP(
        "Forms", "geometry type {type} is not one ODK reads (Point, LineString, Polygon)"),
        type=repr(kind))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value) if math.isfinite(value) else ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def geojson_document(text: str, name: str = "file.geojson") -> Element:
    """A GeoJSON FeatureCollection as ODK reads it: one item per feature, with its
    `geometry` (as ODK writes geometries), its `id` and each of its properties."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}' is not valid JSON: {error}"),
                        file=name, error=error) from None
    if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection" or \
            not isinstance(data.get("features"), list):
        raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}' is not a GeoJSON "
                                                   "FeatureCollection"), file=name)
    rows = []
    for number, feature in enumerate(data["features"], 1):
        if not isinstance(feature, Mapping):
            raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}': feature {number} is not an "
                                                       "object"), file=name, number=number)
        try:
            geometry = _geometry(feature.get("geometry"))
        except ValueError as error:
            raise FileError(QT_TRANSLATE_NOOP("Forms", "'{file}': feature {number}: {error}"),
                            file=name, number=number, error=error) from None
        properties = feature.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        row: dict[str, str] = {"geometry": geometry}
        if feature.get("id") is not None:
            row["id"] = _text(feature["id"])
        for key, value in properties.items():
            if str(key) not in row:
                row[str(key)] = _text(value)
        rows.append(row)
    return rows_document(rows)


def document(filename: str, text: str) -> Element:
    """The secondary instance of one attached data file, by its suffix; FileError when it
    cannot be read."""
    suffix = filename[filename.rfind("."):].lower() if "." in filename else ""
    if suffix == ".csv":
        return csv_document(text, filename)
    if suffix == ".xml":
        return xml_document(text, filename)
    if suffix == ".geojson":
        return geojson_document(text, filename)
    raise FileError(QT_TRANSLATE_NOOP(
        "Forms", "'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)"), file=filename)
