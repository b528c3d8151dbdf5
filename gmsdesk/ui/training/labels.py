"""Translated labels for the stored codes of training and services.

The codes and their English labels live in one place, `gmsdesk.storage.training.LABELS`
(marked for lupdate in context "Training"); this translates them for display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gmsdesk.storage.training import LABELS, PROGRESS_STATUSES, TRACKS, WORKSHOP_STATUSES

__all__ = ["PROGRESS_STATUSES", "TRACKS", "WORKSHOP_STATUSES", "channel_label", "codes",
           "gender_label", "label", "progress_label", "service_label", "track_label",
           "workshop_status_label"]


def label(kind: str, code: str | None) -> str:
    """A stored code in the UI language; an unknown code (from a newer version) as it is."""
    if not code:
        return ""
    text = LABELS.get(kind, {}).get(code)
    return code if text is None else QCoreApplication.translate("Training", text)


def codes(kind: str) -> list[str]:
    return list(LABELS[kind])


def track_label(code: str | None) -> str:
    return label("track", code)


def workshop_status_label(code: str | None) -> str:
    return label("workshop_status", code)


def progress_label(code: str | None) -> str:
    return label("progress", code)


def gender_label(code: str | None) -> str:
    from gmsdesk.ui.labels import gender_label as label_of

    return label_of(code) if code else ""


def service_label(code: str | None) -> str:
    return label("service_type", code)


def channel_label(code: str | None) -> str:
    return label("channel", code)
