"""The SME registry: typed methods over the `smes` table. All SME SQL lives here."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import Kind, catalog
from gmsdesk.records.catalog import SECTORS, SMES
from gmsdesk.storage.errors import NotFound, ValidationError
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec
from gmsdesk.text import WORD_MARK, fold, name_key, phone_key, regno_key, search_document

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

# The SME's fields, as declared once (gmsdesk.records.catalog), by kind.
SME_FIELDS = SMES.names
ICT_FIELDS = tuple(f.name for f in SMES.fields if f.kind is Kind.BOOL)

BUILTIN_SECTORS = (
    "tourism", "handicrafts", "manufacturing", "it_outsourcing", "agri_food", "trade", "other",
)
COUNTRIES = tuple(catalog.COUNTRIES)
GENDERS = tuple(catalog.GENDERS)
ICT_LEVELS = (
    QT_TRANSLATE_NOOP("IctLevel", "Traditional (fax, phone)"),
    QT_TRANSLATE_NOOP("IctLevel", "E-mail"),
    QT_TRANSLATE_NOOP("IctLevel", "Web presence"),
    QT_TRANSLATE_NOOP("IctLevel", "E-business"),
)
SORTABLE = {
    "name": "name COLLATE NOCASE",
    "name_local": "name_local",
    "registration_no": "registration_no",
    "sector": "sector",
    "province": "province",
    "district": "district",
    "phone": "phone",
    "employees_total": "employees_total",
    "ict_level": "ict_level",
    "updated_at": "updated_at",
    # By agency code, then name: the agency index's order, so it needs no sorting (`deleted`
    # is one value in a list, and in the index between the two).
    "agency": "agency_id, deleted, name COLLATE NOCASE",
}
# Sorts an index gives in order, for walking it until a page is full (the index's rows in the
# order of their key, then rowid, which is why ties are broken by rowid).
SORT_INDEX = {"name": "smes_sort_name", "updated_at": "smes_sort_updated",
              "province": "smes_province", "sector": "smes_sector", "agency": "smes_agency"}
_DELETED_FIRST = {"smes_sort_name", "smes_sort_updated"}  # a list is one range of these
# (agency_id, deleted, name): one agency's SMEs by name, for the filter of a headquarters list.
AGENCY_INDEX = "smes_agency"
# What reading a list page costs, per row, in microseconds (measured with 2 million SMEs; only
# the ratios matter): reading a row and checking it; reading a row an index listed, to sort
# it in; listing the rowid of a match in an index (full-text or plain) to look rowids up in;
# one step along a sort index, looking its rowid up in such a list.
_READ, _SORT, _LIST, _STEP = 2.5, 2.8, 0.25, 0.15
# Planning a query counts each condition's matches up to `_COUNTED`: a rare condition is
# answered from its matches. Otherwise the conditions are checked on every `_STRIDE`th (by
# rowid) of the first `_SAMPLE * _STRIDE` rows of the walk, in order: where the matches come
# says how far the walk goes for a page, names that come in runs (a thousand "Amarapura ...",
# then "Angkor ...") and conditions that go together (a Thai word and Thailand) included. When
# that is far, `_SAMPLE` SMEs spread over the table say how many each condition matches.
# A few milliseconds in all.
_COUNTED = 4096
_SAMPLE = 256
_STRIDE = 32
# A slow search (matching more SMEs than `_COUNTED`, not found by a short walk) lists its
# first matches in order for the words typed next (see `_Found`): this many when they are
# read and sorted anyway; when they are looked up along the walk, twice the rows wanted.
_LISTED = 5000

# Messages of the rules that are the registry's own (each field's are on its declaration).
_MSG = {
    "year": QT_TRANSLATE_NOOP("Validation", "Enter a year between 1900 and this year."),
    "sector": QT_TRANSLATE_NOOP("Validation", "Choose a sector from the list."),
    "sector_label": QT_TRANSLATE_NOOP("Validation", "Enter a name for the sector."),
}


@dataclass(frozen=True)
class Sme:
    """One SME as stored; immutable, so list models can hold rows safely."""

    id: str
    agency_id: str
    name: str
    name_local: str | None
    registration_no: str | None
    sector: str | None
    country: str | None
    province: str | None
    district: str | None
    address: str | None
    phone: str | None
    email: str | None
    website: str | None
    contact_name: str | None
    contact_gender: str | None
    employees_total: int | None
    employees_female: int | None
    year_founded: int | None
    uses_fax: int
    uses_fixed_phone: int
    uses_mobile: int
    uses_email: int
    uses_website: int
    uses_social_media: int
    uses_emarketplace: int
    uses_online_payment: int
    uses_eprocurement: int
    notes: str | None
    ict_level: int
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    deleted: int

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Sme:
        return cls(**{f.name: row[f.name] for f in _SME_DATACLASS_FIELDS})

    def values(self) -> dict[str, Any]:
        """The editable fields, as `create`/`update` take them."""
        return {name: getattr(self, name) for name in SME_FIELDS}


_SME_DATACLASS_FIELDS = fields(Sme)
_SELECT = "SELECT " + ", ".join(f.name for f in _SME_DATACLASS_FIELDS) + " FROM smes"
# A picker's search ranks this many matches (in list order) and those named exactly the text.
SEARCH_RANKED = 2_000
_SELECT_KEYS = _SELECT.replace(" FROM smes", ", name_key, local_key FROM smes")
# Duplicate matching for imports: the record, its rowid and its registration number key.
_SELECT_MATCH = ("SELECT " + ", ".join("smes." + f.name for f in _SME_DATACLASS_FIELDS)
                 + ", smes.rowid AS rid, smes.regno_key FROM smes")
_MATCH_BATCH = 400  # keys per query, well under SQLite's limit of bound parameters
# An import's connection (see `SmeRepository.importing`). Each chunk of new rows changes a few
# thousand pages across the dozen indexes of `smes`: a cache that holds them until the commit
# writes each once, instead of writing them out and reading them back as the chunk goes; and
# the log (WAL) copied into the database file, both synced to disk, every few commits rather
# than after each (the log grows to 64 MB). 200,000 new SMEs: 31 GB read and 31 GB written
# with SQLite's defaults, 9 and 22 with these.
_IMPORT_CACHE_KIB = 32 << 10
_IMPORT_CHECKPOINT_PAGES = 16_000


@dataclass(frozen=True)
class SmeQuery:
    """What the list shows: free text plus filters, and the sort order."""

    text: str = ""
    sector: str | None = None
    country: str | None = None
    province: str | None = None
    ict_level: int | None = None
    deleted: bool = False
    sort: str = "name"
    descending: bool = False
    agency: str | None = None  # the owning agency's code: a headquarters list's filter


@dataclass(frozen=True)
class _Term:
    """One condition of a list query. `check` tests a row (never through an index: the plan
    decides which index is walked). `rows`, when an index can list the rows that match, is a
    query of their rowids."""

    check: str
    params: tuple[Any, ...]
    rows: str | None = None
    rows_params: tuple[Any, ...] = ()
    agency: bool = False  # the agency filter, which the agency index can walk
    prefix: str | None = None  # one letter typed: the name column whose index starts with it


@dataclass(frozen=True)
class _Walk:
    """An index that gives a query's order: `source` walked where `where` holds (the range of
    SMEs it holds), ordered by `keys` (ties by rowid); `skip`, the condition its range is
    (the agency of the agency index, the letter of a name-prefix index). `deleted`: how its
    rows are told deleted or not, when the index does not hold that."""

    source: str
    where: str
    params: tuple[Any, ...]
    keys: tuple[str, ...]
    skip: int | None = None
    deleted: _Term | None = None


@dataclass(frozen=True)
class _Plan:
    """How one list query is read: `source` where `where` holds, ordered by `keys`. Three
    ways, whichever costs least (see `_plan`): walk an index in the list's order checking each
    row, so a page of a common word fills within a few hundred rows; walk it looking each
    rowid up in the list of one condition's matches (a word that matches thousands); or read
    the few matches and sort them (`sorted_here`). `empty`: a condition nothing matches."""

    source: str
    where: str
    params: tuple[Any, ...]
    keys: tuple[str, ...]
    sorted_here: bool
    empty: bool = False
    listing: int = 0  # a slow search: this many of its first matches are worth keeping


@dataclass(frozen=True)
class _Found:
    """The first matches of the last slow search (see `_Plan.listing`), in the list's order
    (`complete`: all there are), in a temporary table of this connection. The
    search typed on ("chiang" after "chian", "cong ty" after "cong") matches some of them:
    its first page is found among them, in order, at once. `key`: the query without its text;
    `phrases`: what its text required; `version`: of the data."""

    key: SmeQuery
    phrases: tuple[str, ...]
    version: tuple[int, int]
    complete: bool


@dataclass(frozen=True)
class DuplicateMatch:
    sme: Sme
    reasons: tuple[str, ...]  # "name", "similar_name", "phone", "registration_no"
    score: float


@dataclass(frozen=True)
class SameRecord:
    """The record an imported row describes (see `SmeRepository.find_same_many`). `rowid`
    tells the records an import added itself (after `last_rowid()`) from the ones before."""

    sme: Sme
    rowid: int


def _same_record(row: Mapping[str, Any]) -> SameRecord:
    return SameRecord(Sme.from_row(row), int(row["rid"]))


def _in_economy(rows: Sequence[Mapping[str, Any]], country: Any) -> Mapping[str, Any] | None:
    """Of records with one registration number, the one of the row's economy: of its country,
    else one whose country is not known. A row without a country takes the records' one economy,
    or one whose country is not known; with several economies and none unknown, none."""
    code = str(country or "").strip().upper()
    unknown = next((row for row in rows if not row["country"]), None)
    if code:
        same = next((row for row in rows if str(row["country"] or "").upper() == code), None)
        return same if same is not None else unknown
    if len({row["country"] or "" for row in rows}) == 1:
        return rows[0] if rows else None
    return unknown


@dataclass(frozen=True)
class Sector:
    code: str
    label: str
    builtin: bool


def _derive(row: Mapping[str, Any]) -> dict[str, Any]:
    """Local search keys, recomputed on every write."""
    phone = phone_key(row.get("phone"))
    parts = [
        row.get("name"), row.get("name_local"), row.get("registration_no"), row.get("phone"),
        phone, row.get("email"), row.get("contact_name"), row.get("province"),
        row.get("district"),
    ]
    return {
        "search_text": search_document([str(p) for p in parts if p]),
        "name_fold": fold(row.get("name")),
        "local_fold": fold(row.get("name_local")),
        "name_key": name_key(row.get("name")),
        "local_key": name_key(row.get("name_local")),
        "phone_key": phone,
        "regno_key": regno_key(row.get("registration_no")),
    }


def _cheapest(rows: float, matches: dict[int, float], size: int, walkable: bool,
              skip: int | None) -> tuple[str, int | None]:
    """The cheapest way to read a query's rows (see `_Plan`): "walk", "lookup" or "sort",
    and the condition whose matches are listed for it. `rows`: rows the walk reads for the
    rows wanted (`inf`: too many to say); `matches`: of each condition an index lists;
    `skip`: the condition the walk's range is."""
    ways: list[tuple[float, str, int | None]] = []
    if walkable:
        ways.append((_READ * rows, "walk", None))
        # Looking rowids up, the walk goes on until the matches come, half the table if the
        # first rows had none.
        steps = rows if rows < math.inf else size / 2
        ways.extend((_LIST * n + _STEP * steps, "lookup", i)
                    for i, n in matches.items() if i != skip)
    ways.extend((_SORT * n, "sort", i) for i, n in matches.items())
    _, way, listed = min(ways, key=lambda w: w[0])
    return way, listed


def _phrases(query: SmeQuery) -> tuple[str, ...]:
    """What a query's text requires of the folded search text, as substrings (none for one
    letter alone, which is a name's first letter: see `_terms`)."""
    words = fold(query.text).split()
    if len(words) == 1 and len(words[0]) == 1:
        return ()
    return tuple(w if len(w) >= 3 else WORD_MARK + w for w in words)


def _instr(count: int) -> str:
    return " AND ".join(["instr(search_text, ?) > 0"] * count)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix_column(char: str) -> str:
    """A single typed letter searches Latin business names, a letter of another script the
    local-script names; each has its own prefix index."""
    return "name_fold" if char.isascii() or "\u00c0" <= char <= "\u024f" else "local_fold"


class SmeRepository:
    spec = TableSpec(SMES, derive=_derive)
    sector_spec = TableSpec(SECTORS)

    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)
        self._found: _Found | None = None

    # -- validation ---------------------------------------------------------------------------

    def clean(self, values: Mapping[str, Any], *, partial: bool = False,
              sectors: Collection[str] | None = None) -> dict[str, Any]:
        """Coerce form or file input to stored types; raise ValidationError listing every problem.

        With `partial`, only the given fields are checked (an edit of some fields).
        `sectors`: the sector codes (`sector_codes()`), when the caller cleans many rows.
        """
        out, errors = self._clean(values, partial=partial, sectors=sectors)
        if errors:
            raise ValidationError(errors)
        return out

    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Problems per field, without raising: for messages next to fields while typing."""
        return self._clean(values, partial=False)[1]

    def _clean(self, values: Mapping[str, Any], *, partial: bool,
               sectors: Collection[str] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
        values = dict(values)
        if not values.get("name") or not str(values["name"]).strip():
            if values.get("name_local") and str(values["name_local"]).strip():
                values["name"] = values["name_local"]  # a local-script name alone is a name
            elif not partial:
                values["name"] = None
        # Each field as its declaration says (kinds, limits, codes); then the rules across
        # fields and against the registry that no single field can know.
        out, errors = SMES.clean(values)
        if out.get("sector") and out["sector"] not in (
                self.sector_codes() if sectors is None else sectors):
            errors["sector"] = _MSG["sector"]
        year = out.get("year_founded")
        if year is not None and 2443 <= year <= date.today().year + 543:
            year = out["year_founded"] = year - 543  # a Thai Buddhist-Era year (พ.ศ.)
        if year is not None and "year_founded" not in errors and not (
            1900 <= year <= date.today().year
        ):
            errors["year_founded"] = _MSG["year"]
        return out, errors

    # -- writes -------------------------------------------------------------------------------

    def create(self, values: Mapping[str, Any]) -> Changes:
        return self.writer.insert(self.spec, self.clean(values))

    def create_cleaned(self, many: Sequence[Mapping[str, Any]]) -> Changes:
        """SMEs whose values `clean` gave, in one transaction (an import's new rows)."""
        return self.writer.insert_many(self.spec, many)

    def create_many(self, rows: Iterable[Mapping[str, Any]], *, chunk: int = 1000,
                    progress: Callable[[int], bool] | None = None) -> int:
        """Create many SMEs, committing every `chunk`; stops early when `progress` says so.

        Each row is validated; a bad row raises ValidationError with nothing of its chunk kept.
        Returns how many were created."""
        created = 0
        batch: list[Mapping[str, Any]] = []

        def flush() -> None:
            nonlocal created
            codes = self.sector_codes()
            self.create_cleaned([self.clean(values, sectors=codes) for values in batch])
            created += len(batch)
            batch.clear()

        for values in rows:
            batch.append(values)
            if len(batch) >= chunk:
                flush()
                if progress and not progress(created):
                    return created
        if batch:
            flush()
        self.db.optimize()
        if progress:
            progress(created)
        return created

    def update(self, sme_id: str, values: Mapping[str, Any]) -> Changes:
        """Change some fields; nothing changes when the values were already so."""
        with self.db.atomic():
            current = self.get(sme_id).values()
            merged = {**current, **values}
            cleaned = self.clean(merged)
            changed = {k: cleaned[k] for k in values if k in cleaned}
            return self.writer.update(self.spec, sme_id, changed)

    def delete(self, sme_id: str) -> Changes:
        """Move to the tombstone; `restore` undoes it."""
        return self.writer.set_deleted(self.spec, sme_id, True)

    def restore(self, sme_id: str) -> Changes:
        return self.writer.set_deleted(self.spec, sme_id, False)

    # -- reads --------------------------------------------------------------------------------

    def get(self, sme_id: str) -> Sme:
        row = self.db.conn.execute(_SELECT + " WHERE id = ?", (sme_id,)).fetchone()
        if row is None:
            raise NotFound("smes", sme_id)
        return Sme.from_row(row)

    def _terms(self, query: SmeQuery) -> list[_Term]:
        """The conditions of a query, besides `deleted`. Text is matched as the trigram index
        matches it: 3+ characters anywhere, in any script; 2 characters at the start of a word
        (or a Chinese word inside a name), via the word mark; one character alone, names that
        start with it; one character among other words, a word that starts with it."""
        words = fold(query.text).split()
        terms: list[_Term] = []
        if len(words) == 1 and len(words[0]) == 1:
            column = _prefix_column(words[0])
            bounds = (words[0], words[0] + "\U0010ffff")
            terms.append(_Term(f"+{column} >= ? AND +{column} < ?", bounds,
                               f"SELECT rowid AS r FROM smes WHERE {column} >= ? AND {column} < ?",
                               bounds, prefix=column))
        else:
            phrases = [w if len(w) >= 3 else WORD_MARK + w for w in words if len(w) >= 2]
            if phrases:
                # The index's match is a substring of the folded search text, and so is
                # instr's: a row read anyway is checked without asking the index.
                terms.append(_Term(_instr(len(phrases)), tuple(phrases),
                                   "SELECT rowid AS r FROM smes_fts WHERE smes_fts MATCH ?",
                                   (" AND ".join(_fts_phrase(p) for p in phrases),)))
            terms.extend(_Term(_instr(1), (WORD_MARK + w,)) for w in words if len(w) == 1)
        for column, value in (("agency_id", query.agency), ("sector", query.sector),
                              ("province", query.province)):
            if value:
                terms.append(_Term(f"+{column} = ?", (value,),
                                   f"SELECT rowid AS r FROM smes WHERE {column} = ?", (value,),
                                   agency=column == "agency_id"))
        if query.country:
            terms.append(_Term("+country = ?", (query.country,)))
        if query.ict_level is not None:
            terms.append(_Term("+ict_level = ?", (query.ict_level,)))
        return terms

    def _matches(self, term: _Term, cap: int | None) -> int:
        """How many rows an index lists for a term (deleted or not), counted up to `cap`."""
        assert term.rows is not None
        limit = "" if cap is None else f" LIMIT {int(cap)}"
        return int(self.db.conn.execute(f"SELECT count(*) FROM ({term.rows}{limit})",
                                        term.rows_params).fetchone()[0])

    def _walk(self, query: SmeQuery, terms: list[_Term]) -> _Walk | None:
        """The index that gives the query's order, if one does. Sorted by name, a typed
        letter walks its name-prefix index (names starting with it, in folded order: they
        would be all together, late in the name order); an agency, the agency index."""
        deleted = int(query.deleted)
        keys = tuple(SORTABLE.get(query.sort, SORTABLE["name"]).split(", "))
        if query.sort == "name":
            for i, term in enumerate(terms):
                if term.prefix:
                    column = term.prefix
                    return _Walk(f"smes INDEXED BY smes_{column}",
                                 f"{column} >= ? AND {column} < ?", term.params, (column,), i,
                                 _Term("+deleted = ?", (deleted,)))
            for i, term in enumerate(terms):
                if term.agency:
                    return _Walk(f"smes INDEXED BY {AGENCY_INDEX}",
                                 "agency_id = ? AND deleted = ?", (*term.params, deleted),
                                 keys, i)
        index = SORT_INDEX.get(query.sort)
        if index is None:
            return None
        if index in _DELETED_FIRST:
            return _Walk(f"smes INDEXED BY {index}", "deleted = ?", (deleted,), keys)
        # Deleted or not is checked on each row (`+`: not as part of the index's range,
        # which would make SQLite sort what the index gives in order).
        return _Walk(f"smes INDEXED BY {index}", "1", (), keys,
                     deleted=_Term("+deleted = ?", (deleted,)))

    def _walked(self, walk: _Walk, terms: list[_Term], wanted: int | None, descending: bool,
                size: int) -> float:
        """About how many rows a walk reads to find `wanted` matches (None: all of its range),
        judged from every `_STRIDE`th row (by rowid) of its first `_SAMPLE * _STRIDE`, in
        order; `inf` when none of those matched."""
        checked = [t for i, t in enumerate(terms) if i != walk.skip]
        checked += [walk.deleted] if walk.deleted else []
        check = " AND ".join(f"({t.check})" for t in checked) or "1"
        direction = " DESC" if descending else ""
        order = ", ".join(key + direction for key in (*walk.keys, "rowid"))
        window = _SAMPLE * _STRIDE
        flags = [int(r[0]) for r in self.db.conn.execute(
            f"SELECT {check} FROM smes WHERE rowid IN (SELECT r FROM (SELECT rowid AS r "
            f"FROM {walk.source} WHERE {walk.where} ORDER BY {order} LIMIT {window}) "
            f"WHERE r % {_STRIDE} = 0) ORDER BY {order}",
            (*(p for t in checked for p in t.params), *walk.params))]
        if len(flags) < _SAMPLE // 2:  # the walk's range is short: about this many rows
            return float(len(flags) * _STRIDE)
        if wanted is None:
            return float(size)
        seen = 0
        for j, flag in enumerate(flags):
            seen += flag * _STRIDE
            if seen >= wanted:
                return float((j + 1) * _STRIDE)
        return window * wanted / seen if seen else math.inf

    def _spread(self, terms: list[_Term], size: int) -> list[float]:
        """The share of SMEs each condition matches, among `_SAMPLE` spread over the rowids."""
        step = max(1, size // _SAMPLE)
        sums = ", ".join(f"coalesce(sum({t.check}), 0)" for t in terms)
        row = self.db.conn.execute(
            "WITH RECURSIVE sample(r) AS (SELECT ? UNION ALL SELECT r + ? FROM sample "
            f"WHERE r + ? <= ?) SELECT count(*), {sums} FROM sample "
            "JOIN smes ON smes.rowid = sample.r",
            (step // 2 + 1, step, step, size, *(p for t in terms for p in t.params))).fetchone()
        found = max(int(row[0]), 1)
        return [int(v) / found for v in row[1:]]

    def _choose(self, query: SmeQuery, terms: list[_Term], counted: dict[int, int],
                walk: _Walk | None, wanted: int | None) -> tuple[str, int | None, int]:
        """The way to read a query (see `_Plan`), the condition whose matches are listed for
        it, and how many of its first matches are worth keeping in order (a slow search).

        Each condition an index can list is counted, up to `_COUNTED`: the rarest, when that
        few, is read and sorted. Otherwise samples (see `_SAMPLE`) tell how many rows the walk
        in the list's order reads for a page, and how many rows each condition matches: the
        cheapest way of reading wins."""
        rare = [i for i, n in counted.items() if n < _COUNTED]
        if walk is not None and not terms and walk.deleted is None:
            return "walk", None, 0  # every row of the walk's range: nothing to weigh
        if rare:
            return "sort", min(rare, key=lambda i: counted[i]), 0
        if not counted and walk is None:
            return "sort", None, 0
        size = int(self.db.conn.execute("SELECT max(rowid) FROM smes").fetchone()[0] or 0)
        if size == 0:
            return ("walk" if walk is not None else "sort"), None, 0  # no SMEs at all
        rows = (self._walked(walk, terms, wanted, query.descending, size)
                if walk is not None else math.inf)
        if _READ * rows <= _SORT * _COUNTED:
            return "walk", None, 0  # found within a few thousand rows: nothing is quicker
        # Beyond the count, a condition matches its share of SMEs.
        spread = self._spread(terms, size) if counted else []
        matches = {i: max(float(_COUNTED), spread[i] * size) for i in counted}
        way, listed = _cheapest(rows, matches, size, walk is not None,
                                walk.skip if walk is not None else None)
        listing = 0
        if _phrases(query) and wanted is not None and way != "walk":
            listing = _LISTED if way == "sort" else min(2 * wanted, _LISTED)
        return way, listed, listing

    def _plan(self, query: SmeQuery, wanted: int | None) -> _Plan:
        """How to read the first `wanted` rows of a query (None: all of them), in its order
        (see `_choose`)."""
        terms = self._terms(query)
        deleted = int(query.deleted)
        # The first matches of each condition an index lists (all of them, when few), as a
        # JSON list: kept, not asked for again, as a search of several words is slow to ask.
        first = {i: self.db.conn.execute(
            f"SELECT count(*), json_group_array(r) FROM ({t.rows} LIMIT {_COUNTED})",
            t.rows_params).fetchone() for i, t in enumerate(terms) if t.rows}
        counted = {i: int(row[0]) for i, row in first.items()}
        keys = tuple(SORTABLE.get(query.sort, SORTABLE["name"]).split(", "))
        if 0 in counted.values():
            return _Plan("smes", "0", (), keys, False, empty=True)
        walk = self._walk(query, terms)
        way, listed, listing = self._choose(query, terms, counted, walk, wanted)
        if walk is None and listed is None:  # no index gives the order or lists the matches
            return _Plan("smes", " AND ".join(["deleted = ?", *(t.check for t in terms)]),
                         (deleted, *(p for t in terms for p in t.params)), keys, False)
        clauses: list[str] = []
        params: list[Any] = []
        if way == "sort" or walk is None:
            source, skip, clauses, params = "smes", None, ["+deleted = ?"], [deleted]
            if walk is not None:
                keys = walk.keys  # the same order as the walk would give
            if listed is not None and counted[listed] < _COUNTED:
                source = ("(SELECT value AS r FROM json_each(?)) AS m "
                          "CROSS JOIN smes ON smes.rowid = m.r")
                params = [first[listed][1], deleted]
                skip, listed = listed, None
            elif listed is not None:
                # Read as the index lists them (streamed: not made into a list first).
                source = f"({terms[listed].rows}) AS m CROSS JOIN smes ON smes.rowid = m.r"
                params = [*terms[listed].rows_params, deleted]
                skip, listed = listed, None
        else:
            source, skip, keys = walk.source, walk.skip, walk.keys
            for held in (_Term(walk.where, walk.params), walk.deleted):
                if held is not None:
                    clauses.append(held.check)
                    params.extend(held.params)
        for i, term in enumerate(terms):
            if i == skip:
                continue
            if i == listed:
                clauses.append(f"rowid IN ({term.rows})")
                params.extend(term.rows_params)
            else:
                clauses.append(term.check)
                params.extend(term.params)
        return _Plan(source, " AND ".join(clauses), tuple(params), keys,
                     way == "sort" or walk is None, listing=listing)

    def count(self, query: SmeQuery = SmeQuery(), at_most: int | None = None) -> int:
        """How many SMEs a query matches; with `at_most`, counted only up to that many (a
        quick "more than" while the exact count follows)."""
        terms = self._terms(query)
        deleted = int(query.deleted)
        if at_most is not None:
            return self._count_some(terms, deleted, at_most)
        if not terms:
            return int(self.db.conn.execute("SELECT count(*) FROM smes WHERE deleted = ?",
                                            (deleted,)).fetchone()[0])
        listed = {i: self._matches(t, None) for i, t in enumerate(terms) if t.rows}
        if 0 in listed.values():
            return 0
        if len(terms) == 1 and listed and not query.deleted:
            # One condition an index lists (a text, an agency): its matches, less the few
            # deleted ones — rather than reading every match to see whether it is deleted.
            term = terms[0]
            gone = self.db.conn.execute(
                f"SELECT count(*) FROM smes INDEXED BY {SORT_INDEX['updated_at']} "
                f"WHERE deleted = 1 AND {term.check}", term.params).fetchone()[0]
            return listed[0] - int(gone)
        # The fewest matches an index lists are read, the other conditions checked on them;
        # an agency's are walked in the agency index, where a rowid is checked against the
        # list without reading the row.
        agency = next((i for i, t in enumerate(terms) if t.agency), None)
        others = [i for i in listed if i != agency]
        fewest = min(others, key=lambda i: listed[i]) if others else None
        clauses = ["agency_id = ?", "deleted = ?"] if agency is not None else ["+deleted = ?"]
        params: list[Any] = [*terms[agency].params] if agency is not None else []
        params.append(deleted)
        for i, term in enumerate(terms):
            if i == fewest:
                clauses.append(f"rowid IN ({term.rows})")
                params.extend(term.rows_params)
            elif i != agency:
                clauses.append(term.check)
                params.extend(term.params)
        source = f"smes INDEXED BY {AGENCY_INDEX}" if agency is not None else "smes"
        return int(self.db.conn.execute(
            f"SELECT count(*) FROM {source} WHERE {' AND '.join(clauses)}", params
        ).fetchone()[0])

    def _count_some(self, terms: list[_Term], deleted: int, at_most: int) -> int:
        """Matches counted up to `at_most`, in no order: those of the condition an index lists
        fewest of (streamed from it, not listed first), the others checked on each; without
        one, the table read until that many match."""
        counted = {i: self._matches(t, _COUNTED) for i, t in enumerate(terms) if t.rows}
        if 0 in counted.values():
            return 0
        listed = min(counted, key=lambda i: counted[i]) if counted else None
        checks = [t for i, t in enumerate(terms) if i != listed]
        where = " AND ".join(["+deleted = ?", *(t.check for t in checks)])
        params = (deleted, *(p for t in checks for p in t.params))
        if listed is None:
            source = "smes NOT INDEXED"
        else:
            source = f"({terms[listed].rows}) AS m CROSS JOIN smes ON smes.rowid = m.r"
            params = (*terms[listed].rows_params, *params)
        return int(self.db.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {int(at_most)})",
            params).fetchone()[0])

    def _ordered(self, query: SmeQuery, plan: _Plan, columns: str = _SELECT
                 ) -> tuple[str, tuple[Any, ...]]:
        """The SQL of a plan's rows in the query's order; LIMIT to be added."""
        direction = " DESC" if query.descending else ""
        keys = [("+" + key if plan.sorted_here else key) for key in plan.keys]
        # Ties in the order of the rowid, which every index ends with: an index walk gives
        # the order itself, instead of sorting every SME of one sector or province.
        order = ", ".join(key + direction for key in [*keys, "smes.rowid"])
        return (f"{columns.replace(' FROM smes', ' FROM ' + plan.source)} WHERE {plan.where} "
                f"ORDER BY {order}", plan.params)

    def page(self, query: SmeQuery = SmeQuery(), offset: int = 0, limit: int = 100) -> list[Sme]:
        found = self._found_for(query)
        if found is not None:
            among = self._found_rows(query, offset, limit)
            if len(among) == limit or found.complete:
                return among
        plan = self._plan(query, offset + limit)
        if plan.empty:
            return []
        if offset + limit <= plan.listing:
            self._list_found(query, plan)
            return self._found_rows(query, offset, limit)
        sql, params = self._ordered(query, plan)
        rows = self.db.conn.execute(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
        return [Sme.from_row(r) for r in rows]

    def _found_rows(self, query: SmeQuery, offset: int, limit: int) -> list[Sme]:
        """A page among the matches listed before (of this search, or one it narrows)."""
        phrases = _phrases(query)
        rows = self.db.conn.execute(
            _SELECT.replace(" FROM smes", " FROM temp.sme_found AS f CROSS JOIN smes "
                            "ON smes.rowid = f.r") + f" WHERE {_instr(len(phrases))} "
            "ORDER BY f.pos LIMIT ? OFFSET ?", (*phrases, limit, offset)).fetchall()
        return [Sme.from_row(r) for r in rows]

    def _version(self) -> tuple[int, int]:
        """Changes since: by another connection, and by this one."""
        other = self.db.data_version()
        return other, self.db.conn.total_changes

    def _found_for(self, query: SmeQuery) -> _Found | None:
        """The matches listed before that hold every match of `query`: listed for the same
        filters and order, by a text each of whose phrases is in one of the query's."""
        found = self._found
        phrases = _phrases(query)
        if found is None or not phrases or found.key != replace(query, text=""):
            return None
        if not all(any(old in new for new in phrases) for old in found.phrases):
            return None
        return found if found.version == self._version() else None

    def _list_found(self, query: SmeQuery, plan: _Plan) -> None:
        """List the first matches of a slow search, in order (see `_Found`)."""
        self._found = None
        conn = self.db.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sme_found "
                     "(pos INTEGER PRIMARY KEY, r INTEGER NOT NULL)")
        conn.execute("DELETE FROM temp.sme_found")
        sql, params = self._ordered(query, plan, "SELECT smes.rowid FROM smes")
        listed = conn.execute(f"INSERT INTO temp.sme_found (r) {sql} LIMIT {plan.listing}",
                              params).rowcount
        self._found = _Found(replace(query, text=""), _phrases(query), self._version(),
                             listed < plan.listing)

    def search(self, text: str, limit: int = 50) -> list[Sme]:
        """The first `limit` SMEs whose text matches, the best match first (a picker shows
        these): a name (or local-script name) that is the text, then one that starts with
        it, then one with a word that starts with it, then the rest; each kind in list order.
        Case, accents and spacing do not count. Ranked among the first SEARCH_RANKED matches
        in list order and every SME of exactly that name, so that a short text matching
        millions (at headquarters) costs no more than a page."""
        query = SmeQuery(text=text)
        wanted = fold(text)
        if not wanted:
            return self.page(query, 0, limit)
        plan = self._plan(query, None)
        if plan.empty:
            return []
        columns = _SELECT.replace("SELECT ", "SELECT smes.rowid AS n_, name_fold AS nf_, "
                                  "local_fold AS lf_, ", 1)
        sql, params = self._ordered(query, plan, columns)
        exact = (columns.replace(" FROM smes", ", NULL AS at_ FROM smes")
                 + " WHERE (name_fold = ? OR local_fold = ?) AND deleted = 0")
        word = " " + wanted
        rows = self.db.conn.execute(
            f"SELECT *, row_number() OVER () AS at_ FROM ({sql} LIMIT {SEARCH_RANKED})",
            params).fetchall()
        seen = {r["n_"] for r in rows}
        rows += [r for r in self.db.conn.execute(exact, (wanted, wanted)) if r["n_"] not in seen]

        def key(row: Any) -> tuple[int, int]:
            name, local = row["nf_"] or "", row["lf_"] or ""
            if wanted in (name, local):
                kind = 0
            elif name.startswith(wanted) or local.startswith(wanted):
                kind = 1
            elif word in " " + name or word in " " + local:
                kind = 2
            else:
                kind = 3
            return kind, SEARCH_RANKED if row["at_"] is None else row["at_"]

        return [Sme.from_row(r) for r in sorted(rows, key=key)[:limit]]

    def iterate(self, query: SmeQuery = SmeQuery(), batch: int = 1000) -> Iterable[Sme]:
        """Every SME a query matches, in its order, a batch at a time (for export): one
        query read to the end, not pages at growing offsets, which re-read what came before
        (quadratic in millions of SMEs)."""
        plan = self._plan(query, None)
        if plan.empty:
            return
        cursor = self.db.conn.execute(*self._ordered(query, plan))
        try:
            while rows := cursor.fetchmany(batch):
                yield from (Sme.from_row(r) for r in rows)
        finally:
            cursor.close()

    def provinces(self, country: str | None = None) -> list[str]:
        """The provinces of SMEs not deleted (of one country), in order: from the provinces
        index a step at a time, each the least province after the one before."""
        index = "smes INDEXED BY smes_provinces WHERE deleted = 0 AND province"
        sql = (f"WITH RECURSIVE p(province) AS (SELECT (SELECT min(province) FROM {index} "
               f"IS NOT NULL) UNION ALL SELECT (SELECT min(province) FROM {index} > "
               "p.province) FROM p WHERE p.province IS NOT NULL) "
               "SELECT province FROM p WHERE province IS NOT NULL")
        params: tuple[Any, ...] = ()
        if country:
            sql += f" AND EXISTS (SELECT 1 FROM {index} = p.province AND country = ?)"
            params = (country,)
        return [r[0] for r in self.db.conn.execute(sql, params)]

    # -- duplicates ---------------------------------------------------------------------------

    def likely_duplicates(self, values: Mapping[str, Any], *, exclude_id: str | None = None,
                          limit: int = 5) -> list[DuplicateMatch]:
        """SMEs that are probably the one being typed: same or similar name in either script,
        same phone or same registration number. Cheap enough to run on every keystroke."""
        keys = {k for k in (name_key(values.get("name")), name_key(values.get("name_local"))) if k}
        phone = phone_key(values.get("phone"))
        regno = regno_key(values.get("registration_no"))
        found: dict[str, tuple[Sme, set[str], float]] = {}

        def consider(rows: Iterable[Mapping[str, Any]], reason: str, score: float) -> None:
            for row in rows:
                if row["id"] == exclude_id:
                    continue
                sme, reasons, best = found.get(row["id"], (Sme.from_row(row), set(), 0.0))
                reasons.add(reason)
                found[row["id"]] = (sme, reasons, max(best, score))

        base = _SELECT_KEYS + " WHERE deleted = 0 AND "
        for key in keys:
            consider(self.db.conn.execute(base + "(name_key = ? OR local_key = ?) LIMIT 20",
                                          (key, key)), "name", 1.0)
        if phone:
            consider(self.db.conn.execute(base + "phone_key = ? LIMIT 20", (phone,)), "phone", 0.9)
        if regno:
            consider(self.db.conn.execute(base + "regno_key = ? LIMIT 20", (regno,)),
                     "registration_no", 1.0)
        for typed in (values.get("name"), values.get("name_local")):
            key = name_key(typed)
            if len(key) < 5:
                continue
            # Similar names: candidates sharing trigrams (or marked word starts) of the typed
            # words, ranked by the index, then scored on their keys.
            grams = [WORD_MARK + w if len(w) < 3 else w[i:i + 3]
                     for w in fold(typed).split() if len(w) >= 2
                     for i in range(0, max(len(w) - 2, 1), 3)]
            probe = " OR ".join(_fts_phrase(g) for g in grams)
            if not probe:
                continue
            rows = self.db.conn.execute(
                base + "rowid IN (SELECT rowid FROM smes_fts WHERE smes_fts MATCH ? "
                "ORDER BY rank LIMIT 200)", (probe,)).fetchall()
            for row in rows:
                ratio = max(difflib.SequenceMatcher(None, key, row[k] or "").ratio()
                            for k in ("name_key", "local_key"))
                already = found.get(row["id"])
                if ratio >= 0.85 and not (already and "name" in already[1]):
                    consider([row], "similar_name", ratio * 0.9)
        ranked = sorted(found.values(), key=lambda t: (-len(t[1]), -t[2], t[0].name))
        return [DuplicateMatch(s, tuple(sorted(r)), score) for s, r, score in ranked[:limit]]

    def find_same(self, values: Mapping[str, Any]) -> Sme | None:
        """The record an imported row describes, if we have it (see `find_same_many`)."""
        found = self.find_same_many([values])[0]
        return found.sme if found is not None else None

    def find_same_many(self, rows: Sequence[Mapping[str, Any]],
                       name_keys: Sequence[str] | None = None) -> list[SameRecord | None]:
        """The record each imported row describes, if we have it, found for many rows in a few
        indexed queries. A row exported from GMS Desk carries its id, which decides; else the
        same registration number in the same economy (a number is unique in one country only:
        09901866 in Cambodia and 09-901866 in Laos are two businesses); else the same name key
        and phone, else the same name key in the same province. Never a record with another
        registration number; deleted records only when no other matches.

        `name_keys`: each row's `name_key` of its name (else of its local name), when the
        caller has them already."""
        found: list[SameRecord | None] = [None] * len(rows)
        by_id: dict[str, list[int]] = {}
        for i, values in enumerate(rows):
            if values.get("id"):
                by_id.setdefault(str(values["id"]), []).append(i)
        for row in self._match_rows("smes", "smes.id IN ({})", list(by_id)):
            for i in by_id[row["id"]]:
                found[i] = _same_record(row)

        regnos = [regno_key(values.get("registration_no")) for values in rows]
        wanted = sorted({key for i, key in enumerate(regnos) if key and found[i] is None})
        numbered: dict[str, list[Any]] = {}
        for row in self._match_rows("smes INDEXED BY smes_regno_key",
                                    "smes.regno_key IN ({}) AND smes.regno_key != ''", wanted):
            numbered.setdefault(row["regno_key"], []).append(row)
        for i, key in enumerate(regnos):
            if found[i] is None and key in numbered:
                row = _in_economy(numbered[key], rows[i].get("country"))
                found[i] = _same_record(row) if row is not None else None

        by_phone: list[tuple[int, str, str]] = []
        by_province: list[tuple[int, str, str]] = []
        for i, values in enumerate(rows):
            if found[i] is not None:
                continue
            key = (name_keys[i] if name_keys is not None
                   else name_key(values.get("name")) or name_key(values.get("name_local")))
            if not key:
                continue
            phone = phone_key(values.get("phone"))
            if phone:
                by_phone.append((i, key, phone))
            else:
                by_province.append((i, key, str(values.get("province") or "")))
        for condition, named in (("smes.phone_key = q.v", by_phone),
                                 ("coalesce(smes.province, '') = q.v", by_province)):
            for i, row in self._match_names(condition, named):
                # A record with another registration number is another business, whatever
                # its name; so is one with this number in another economy.
                if found[i] is None and (not row["regno_key"] or (
                        row["regno_key"] == regnos[i]
                        and _in_economy([row], rows[i].get("country")) is not None)):
                    found[i] = _same_record(row)
        return found

    def _match_rows(self, source: str, where: str, keys: Sequence[str]) -> Iterator[Any]:
        """The records whose column is one of `keys` (`where` has one `{}` for the marks),
        asked a few hundred keys at a time; deleted ones last."""
        for start in range(0, len(keys), _MATCH_BATCH):
            part = keys[start:start + _MATCH_BATCH]
            sql = (f"{_SELECT_MATCH.replace(' FROM smes', ' FROM ' + source)} "
                   f"WHERE {where.format(', '.join('?' * len(part)))} "
                   "ORDER BY smes.deleted, smes.rowid")
            yield from self.db.conn.execute(sql, part)

    def _match_names(self, condition: str, wanted: Sequence[tuple[int, str, str]]
                     ) -> Iterator[tuple[int, Any]]:
        """(index, record) of the records with the name key of each wanted row and the value
        `condition` compares (`q.v`), in the order of `wanted`; deleted ones last."""
        for start in range(0, len(wanted), _MATCH_BATCH):
            part = wanted[start:start + _MATCH_BATCH]
            values = ", ".join(["(?, ?, ?)"] * len(part))
            # The name key index, named: before statistics exist (a first import) SQLite
            # would build a throw-away index over the whole table for every query instead.
            # The index is partial: `name_key != ''` is what lets it serve.
            sql = (f"WITH q(i, k, v) AS (VALUES {values}) "
                   + _SELECT_MATCH.replace(
                       " FROM smes", ", q.i AS q_i FROM q CROSS JOIN smes INDEXED BY smes_name_key")
                   + f" ON smes.name_key = q.k AND {condition} WHERE smes.name_key != '' "
                   "ORDER BY q.i, smes.deleted, smes.rowid")
            for row in self.db.conn.execute(sql, [p for item in part for p in item]):
                yield int(row["q_i"]), row

    def last_rowid(self) -> int:
        """The highest rowid of any SME: the ones added after this come after it."""
        return int(self.db.conn.execute("SELECT max(rowid) FROM smes").fetchone()[0] or 0)

    @contextmanager
    def importing(self) -> Iterator[None]:
        """This connection set for an import, a chunk of SMEs after another, and as it was
        afterwards: see `_IMPORT_CACHE_KIB` and `_IMPORT_CHECKPOINT_PAGES`."""
        conn = self.db.conn
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        conn.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {_IMPORT_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {cache}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {pages}")

    # -- sectors ------------------------------------------------------------------------------

    def sectors(self) -> list[Sector]:
        """The built-in sectors, then the ones this agency added."""
        own = self.db.conn.execute(
            "SELECT code, label FROM sectors WHERE deleted = 0 ORDER BY label").fetchall()
        return [Sector(c, c, True) for c in BUILTIN_SECTORS] + [
            Sector(r[0], r[1], False) for r in own]

    def sector_codes(self) -> set[str]:
        return {s.code for s in self.sectors()}

    def add_sector(self, label: str) -> Changes:
        """An agency's own sector; its code is derived from the label. One whose label folds
        to the same code is reused (brought back if deleted; nothing changes if not)."""
        label = label.strip()
        if not label:
            raise ValidationError({"label": _MSG["sector_label"]})
        # Letters, digits and the vowel/tone marks of Thai, Lao, Khmer and Burmese (which are
        # not "word" characters to `re`): ไม้ and ไม่ are different sectors, Café and Cafe are not.
        slug = "".join(ch if ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc") else "_"
                       for ch in fold(label))
        code = "x_" + (re.sub("_+", "_", slug).strip("_") or "sector")
        existing = self.db.conn.execute("SELECT id FROM sectors WHERE code = ?",
                                        (code,)).fetchone()
        if existing:
            return self.writer.set_deleted(self.sector_spec, existing[0], False)
        return self.writer.insert(self.sector_spec, {"code": code, "label": label})
