"""Training workshops, participants, attendance, module progress; services and inquiries.

(Skeleton: table specs only; the repository is being built for issue 4.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gmsdesk.storage.records import RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

MODULE_SPEC = TableSpec("modules", ("code", "track", "title", "description", "position"))
WORKSHOP_SPEC = TableSpec(
    "workshops",
    ("title", "track", "modules", "start_date", "end_date", "venue", "country", "province",
     "trainers", "partner", "status", "notes"),
    json_fields=frozenset({"modules"}),
)
SESSION_SPEC = TableSpec("workshop_sessions", ("workshop_id", "day", "label"))
PERSON_SPEC = TableSpec("people", ("name", "name_latin", "gender", "role", "phone", "email",
                                   "sme_id"))
PARTICIPANT_SPEC = TableSpec("participants", ("workshop_id", "person_id", "pre_score",
                                              "post_score", "certificate_no",
                                              "certificate_issued_on"))
ATTENDANCE_SPEC = TableSpec("attendance", ("workshop_id", "session_id", "person_id", "present",
                                           "marked_at"))
PROGRESS_SPEC = TableSpec("module_progress", ("workshop_id", "person_id", "module", "status",
                                              "status_on", "reverted_by"))
SERVICE_SPEC = TableSpec("services", ("sme_id", "type", "delivered_on", "staff", "fee",
                                      "currency", "outcome", "workshop_id", "notes"))
INQUIRY_SPEC = TableSpec("inquiries", ("sme_id", "received_on", "from_country", "channel",
                                       "notes"))

SPECS = (MODULE_SPEC, WORKSHOP_SPEC, SESSION_SPEC, PERSON_SPEC, PARTICIPANT_SPEC,
         ATTENDANCE_SPEC, PROGRESS_SPEC, SERVICE_SPEC, INQUIRY_SPEC)


class TrainingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {spec.name: spec for spec in SPECS}
