"""Synced record types, declared once (see `catalog`), and the one merge (see `merge`)."""

from gmsdesk.records.catalog import REGISTRY
from gmsdesk.records.fields import Field, Kind, encode_json
from gmsdesk.records.types import Problem, RecordType, Registry, Rule

__all__ = ["REGISTRY", "Field", "Kind", "Problem", "RecordType", "Registry", "Rule",
           "encode_json"]
