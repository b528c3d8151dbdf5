"""The SME registry: typed methods over the `smes` table. All SME SQL lives here."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
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
}
SORT_INDEX = {"name": "smes_sort_name", "updated_at": "smes_sort_updated"}
DENSE = 2000  # a text matching at least this many SMEs is searched along the sort index

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
_SELECT_KEYS = _SELECT.replace(" FROM smes", ", name_key, local_key FROM smes")


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


@dataclass(frozen=True)
class _Plan:
    """A list query worked out once: conditions, and the walk. Dense (many matches): along
    the sort index, keeping matches — the first page fills at once. Sparse: fetch the few
    matches and sort them — walking a whole index for a handful is what makes search slow.
    `prefix`: one typed letter, answered from a name-prefix index in its own order."""

    where: str
    params: list[Any]
    prefix: str | None
    dense: bool


@dataclass(frozen=True)
class DuplicateMatch:
    sme: Sme
    reasons: tuple[str, ...]  # "name", "similar_name", "phone", "registration_no"
    score: float


@dataclass(frozen=True)
class Sector:
    code: str
    label: str
    builtin: bool


def _derive(row: Mapping[str, Any]) -> dict[str, Any]:
    """Local search keys, recomputed on every write."""
    parts = [
        row.get("name"), row.get("name_local"), row.get("registration_no"), row.get("phone"),
        phone_key(row.get("phone")), row.get("email"), row.get("contact_name"),
        row.get("province"), row.get("district"),
    ]
    return {
        "search_text": search_document([str(p) for p in parts if p]),
        "name_fold": fold(row.get("name")),
        "local_fold": fold(row.get("name_local")),
        "name_key": name_key(row.get("name")),
        "local_key": name_key(row.get("name_local")),
        "phone_key": phone_key(row.get("phone")),
        "regno_key": regno_key(row.get("registration_no")),
    }


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix_column(char: str) -> str:
    """A single typed letter searches Latin business names, a letter of another script the
    local-script names; each has its own prefix index."""
    return "name_fold" if char.isascii() or "\u00c0" <= char <= "\u024f" else "local_fold"


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SmeRepository:
    spec = TableSpec(SMES, derive=_derive)
    sector_spec = TableSpec(SECTORS)

    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    # -- validation ---------------------------------------------------------------------------

    def clean(self, values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
        """Coerce form or file input to stored types; raise ValidationError listing every problem.

        With `partial`, only the given fields are checked (an edit of some fields).
        """
        out, errors = self._clean(values, partial=partial)
        if errors:
            raise ValidationError(errors)
        return out

    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Problems per field, without raising: for messages next to fields while typing."""
        return self._clean(values, partial=False)[1]

    def _clean(self, values: Mapping[str, Any], *, partial: bool
               ) -> tuple[dict[str, Any], dict[str, str]]:
        values = dict(values)
        if not values.get("name") or not str(values["name"]).strip():
            if values.get("name_local") and str(values["name_local"]).strip():
                values["name"] = values["name_local"]  # a local-script name alone is a name
            elif not partial:
                values["name"] = None
        # Each field as its declaration says (kinds, limits, codes); then the rules across
        # fields and against the registry that no single field can know.
        out, errors = SMES.clean(values)
        if out.get("sector") and out["sector"] not in self.sector_codes():
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

    def create_many(self, rows: Iterable[Mapping[str, Any]], *, chunk: int = 1000,
                    progress: Callable[[int], bool] | None = None) -> int:
        """Create many SMEs, committing every `chunk`; stops early when `progress` says so.

        Each row is validated; a bad row raises ValidationError with nothing of its chunk kept.
        Returns how many were created."""
        created = 0
        batch: list[Mapping[str, Any]] = []

        def flush() -> None:
            nonlocal created
            with self.db.atomic():
                for values in batch:
                    self.create(values)
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

    def _plan(self, query: SmeQuery) -> _Plan:
        """How to answer a query: its conditions, and which way to walk (see `_Plan`)."""
        words = fold(query.text).split()
        clauses: list[str] = []
        params: list[Any] = []
        prefix: str | None = None
        dense = True
        if len(words) == 1 and len(words[0]) == 1:
            # One character: names that start with it, from a prefix index already in order.
            prefix = _prefix_column(words[0])
            clauses.append(f"{prefix} >= ? AND {prefix} < ?")
            params.extend([words[0], words[0] + "\U0010ffff"])
            dense = False
        else:
            # Trigram index: 3+ characters match anywhere, in any script; 2 characters match
            # the start of a word (or a Chinese word inside a name), via the word mark.
            phrases = [w if len(w) >= 3 else WORD_MARK + w for w in words if len(w) >= 2]
            if phrases:
                match = " AND ".join(_fts_phrase(p) for p in phrases)
                found = self.db.conn.execute(
                    "SELECT count(*) FROM (SELECT rowid FROM smes_fts WHERE smes_fts MATCH ? "
                    f"LIMIT {DENSE})", (match,)).fetchone()[0]
                dense = found >= DENSE
                clauses.append("rowid IN (SELECT rowid FROM smes_fts WHERE smes_fts MATCH ?)")
                params.append(match)
                for word in words:
                    if len(word) == 1:  # checked only on the rows the index found
                        clauses.append("search_text LIKE ? ESCAPE '\\'")
                        params.append(f"%{WORD_MARK}{_like_escape(word)}%")
        for column in ("sector", "country", "province"):
            value = getattr(query, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if query.ict_level is not None:
            clauses.append("ict_level = ?")
            params.append(query.ict_level)
        # Few matches: `+deleted` keeps SQLite from walking the (deleted, ...) indexes, which
        # nearly every row satisfies, instead of starting from the matches.
        clauses.insert(0, "deleted = ?" if dense else "+deleted = ?")
        params.insert(0, int(query.deleted))
        return _Plan(" AND ".join(clauses), params, prefix, dense)

    def count(self, query: SmeQuery = SmeQuery()) -> int:
        plan = self._plan(query)
        return int(self.db.conn.execute(f"SELECT count(*) FROM smes WHERE {plan.where}",
                                        plan.params).fetchone()[0])

    def page(self, query: SmeQuery = SmeQuery(), offset: int = 0, limit: int = 100) -> list[Sme]:
        plan = self._plan(query)
        order = SORTABLE.get(query.sort, SORTABLE["name"])
        direction = "DESC" if query.descending else "ASC"
        source = "smes"
        if plan.prefix:
            if query.sort == "name":
                order = plan.prefix
        elif not plan.dense:
            order = "+" + order  # not from an index: sort the few matches
        elif query.sort in SORT_INDEX and not (query.sector or query.country or query.province
                                               or query.ict_level is not None):
            source = f"smes INDEXED BY {SORT_INDEX[query.sort]}"
        rows = self.db.conn.execute(
            f"{_SELECT.replace(' FROM smes', ' FROM ' + source)} WHERE {plan.where} "
            f"ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?",
            (*plan.params, limit, offset),
        ).fetchall()
        return [Sme.from_row(r) for r in rows]

    def search(self, text: str, limit: int = 50) -> list[Sme]:
        return self.page(SmeQuery(text=text), 0, limit)

    def iterate(self, query: SmeQuery = SmeQuery(), batch: int = 1000) -> Iterable[Sme]:
        """Every SME a query matches, in its order, a batch at a time (for export)."""
        offset = 0
        while True:
            rows = self.page(query, offset, batch)
            yield from rows
            if len(rows) < batch:
                return
            offset += batch

    def provinces(self, country: str | None = None) -> list[str]:
        sql = "SELECT DISTINCT province FROM smes WHERE deleted = 0 AND province IS NOT NULL"
        params: tuple[Any, ...] = ()
        if country:
            sql += " AND country = ?"
            params = (country,)
        return [r[0] for r in self.db.conn.execute(sql + " ORDER BY province", params)]

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
        """The record an imported row describes, if we have it: same registration number, else
        same name key and phone, else same name key in the same province. A row exported from
        GMS Desk carries its id, which decides."""
        if values.get("id"):
            row = self.db.conn.execute(_SELECT + " WHERE id = ?", (values["id"],)).fetchone()
            if row:
                return Sme.from_row(row)
        regno = regno_key(values.get("registration_no"))
        if regno:
            row = self.db.conn.execute(_SELECT + " WHERE regno_key = ? ORDER BY deleted LIMIT 1",
                                       (regno,)).fetchone()
            if row:
                return Sme.from_row(row)
        key = name_key(values.get("name")) or name_key(values.get("name_local"))
        if not key:
            return None
        # A record with another registration number is another business, whatever its name.
        same_regno = "(regno_key = '' OR regno_key = ?)"
        phone = phone_key(values.get("phone"))
        if phone:
            row = self.db.conn.execute(
                _SELECT + f" WHERE name_key = ? AND phone_key = ? AND {same_regno} "
                "ORDER BY deleted LIMIT 1", (key, phone, regno)).fetchone()
        else:
            row = self.db.conn.execute(
                _SELECT + f" WHERE name_key = ? AND coalesce(province, '') = ? AND {same_regno} "
                "ORDER BY deleted LIMIT 1", (key, values.get("province") or "", regno)).fetchone()
        return Sme.from_row(row) if row else None

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
