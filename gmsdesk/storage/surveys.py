"""Survey forms (XLSForm versions), responses (append-only) and local drafts.

(Skeleton: table specs only; the repository is being built for issue 5.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gmsdesk.storage.records import RecordWriter, TableSpec

if TYPE_CHECKING:
    from gmsdesk.storage.db import Database

FORM_SPEC = TableSpec("forms", ("form_id", "version", "title", "default_language",
                                "definition", "source_name"),
                      json_fields=frozenset({"definition"}))
RESPONSE_SPEC = TableSpec("survey_responses", ("form_ref", "form_id", "form_version", "answers",
                                               "sme_id", "workshop_id", "language",
                                               "started_at", "submitted_at", "supersedes"),
                          json_fields=frozenset({"answers"}))


class SurveyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = RecordWriter(db)

    def specs(self) -> dict[str, TableSpec]:
        return {FORM_SPEC.name: FORM_SPEC, RESPONSE_SPEC.name: RESPONSE_SPEC}
