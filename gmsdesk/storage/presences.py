"""Where an SME is online: its website, portal and e-marketplace listings, social media pages
and e-procurement registrations, each with the status it reached and since when.

The SME's ICT flags follow its presences: a presence registered or displaying sets the matching
flag, through the SME's own write path and in the same transaction, so the flag syncs and an
undo can take it back. A flag is never cleared here: an officer may know of a presence nobody
recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records import catalog
from gmsdesk.storage.errors import ValidationError
from gmsdesk.storage.records import Changes, RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

PRESENCE_SPEC = TableSpec(catalog.PRESENCES)
PRESENCE_KINDS = tuple(catalog.PRESENCE_KINDS)
PRESENCE_STATUSES = tuple(catalog.PRESENCE_STATUSES)

# The SME's ICT flag each kind of presence stands for.
FLAG_OF_KIND: dict[str, str] = {
    "website": "uses_website",
    "social_media": "uses_social_media",
    "emarketplace": "uses_emarketplace",
    "portal": "uses_emarketplace",
    "eprocurement": "uses_eprocurement",
}
# The statuses that say the SME is there (an inactive presence says nothing either way).
LIVE_STATUSES = ("registered", "displaying")

_MSG = {
    "sme": QT_TRANSLATE_NOOP("Validation", "Choose an SME from the registry."),
    "service": QT_TRANSLATE_NOOP("Validation", "Choose a service delivered to this SME."),
}


@dataclass(frozen=True)
class Presence:
    """One place an SME is online, as a screen lists it."""

    id: str
    sme_id: str
    kind: str
    name: str | None
    url: str | None
    status: str
    status_on: str | None
    products: int | None
    service_id: str | None
    notes: str | None

    def values(self) -> dict[str, Any]:
        """The editable fields, as `add`/`update` take them."""
        return {name: getattr(self, name) for name in PRESENCE_SPEC.fields}


class PresenceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    # -- validation -------------------------------------------------------------------------

    def validate(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Clean values of a presence, or ValidationError with a message per field (a form
        calls it before it closes). Each field as declared; here what refers elsewhere."""
        out, errors = catalog.PRESENCES.clean(
            {"kind": None, **values, "status": values.get("status") or "registered"})
        sme_id = out.get("sme_id")
        if not sme_id or self.db.conn.execute("SELECT 1 FROM smes WHERE id = ?",
                                              (sme_id,)).fetchone() is None:
            errors["sme_id"] = _MSG["sme"]
        if out.get("service_id") and self.db.conn.execute(
                "SELECT 1 FROM services WHERE id = ? AND sme_id = ?",
                (out["service_id"], sme_id or "")).fetchone() is None:
            errors["service_id"] = _MSG["service"]
        if errors:
            raise ValidationError(errors)
        return out

    # -- writes -----------------------------------------------------------------------------

    def add(self, sme_id: str, values: Mapping[str, Any]) -> Changes:
        """A new presence of an SME (the presence first, then any ICT flag it sets)."""
        cleaned = self.validate({**values, "sme_id": sme_id})
        with self.db.atomic():
            made = self.writer.insert(PRESENCE_SPEC, cleaned)
            return made + self._set_flags(sme_id)

    def update(self, presence_id: str, changes: Mapping[str, Any]) -> Changes:
        """Change some fields. A new status given without its date (no `status_on` at all;
        None says the date is not known) is dated today."""
        with self.db.atomic():
            current = self.writer.get_row(PRESENCE_SPEC, presence_id)
            changes = dict(changes)
            if (changes.get("status") or current["status"]) != current["status"] \
                    and "status_on" not in changes:
                changes["status_on"] = date.today().isoformat()
            cleaned = self.validate({**{k: current[k] for k in PRESENCE_SPEC.fields},
                                     **changes, "sme_id": current["sme_id"]})
            done = self.writer.update(PRESENCE_SPEC, presence_id,
                                      {k: cleaned[k] for k in changes if k in cleaned})
            if done and not current["deleted"]:
                done += self._set_flags(current["sme_id"])
            return done

    def delete(self, presence_id: str) -> Changes:
        """Move to the tombstone (the SME's flags stay as they are); `restore` undoes it."""
        return self.writer.set_deleted(PRESENCE_SPEC, presence_id, True)

    def restore(self, presence_id: str) -> Changes:
        with self.db.atomic():
            done = self.writer.set_deleted(PRESENCE_SPEC, presence_id, False)
            if done:
                done += self._set_flags(self.writer.get_row(PRESENCE_SPEC,
                                                            presence_id)["sme_id"])
            return done

    def _set_flags(self, sme_id: str) -> Changes:
        """Turn on the SME's ICT flags its live presences stand for, and none other."""
        kinds = {r[0] for r in self.db.conn.execute(
            f"SELECT DISTINCT kind FROM presences WHERE sme_id = ? AND deleted = 0 "
            f"AND status IN ({', '.join('?' for _ in LIVE_STATUSES)})",
            (sme_id, *LIVE_STATUSES))}
        wanted = {FLAG_OF_KIND[k] for k in kinds if k in FLAG_OF_KIND}
        if not wanted:
            return ()
        spec = self.db.smes.spec
        row = self.writer.get_row(spec, sme_id)
        # Only the flags, written as any edit of the SME is (it syncs, an undo can take it
        # back); the rest of the SME is not checked again for a flag.
        return self.writer.update(spec, sme_id, {flag: 1 for flag in sorted(wanted)
                                                 if not row[flag]})

    # -- reads ------------------------------------------------------------------------------

    def get(self, presence_id: str) -> Presence:
        return _presence(self.writer.get_row(PRESENCE_SPEC, presence_id))

    def of_sme(self, sme_id: str) -> list[Presence]:
        """An SME's presences, in the order of the kinds, then by name."""
        order = " ".join(f"WHEN '{kind}' THEN {i}" for i, kind in enumerate(PRESENCE_KINDS))
        rows = self.db.conn.execute(
            f"SELECT * FROM presences WHERE sme_id = ? AND deleted = 0 "
            f"ORDER BY CASE kind {order} ELSE 99 END, name COLLATE NOCASE, created_at",
            (sme_id,)).fetchall()
        return [_presence(row) for row in rows]


def _presence(row: Mapping[str, Any]) -> Presence:
    return Presence(row["id"], row["sme_id"], row["kind"], row["name"], row["url"],
                    row["status"] or "registered", row["status_on"], row["products"],
                    row["service_id"], row["notes"])


__all__ = ["FLAG_OF_KIND", "LIVE_STATUSES", "PRESENCE_KINDS", "PRESENCE_SPEC",
           "PRESENCE_STATUSES", "Presence", "PresenceRepository"]
