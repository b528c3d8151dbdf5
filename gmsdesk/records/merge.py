"""The one merge: for a record's incoming field changes against what is held, what is taken
and what becomes a conflict. Called by the device (applying a pull) and by headquarters
(applying a push); their code keeps only the reading and writing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gmsdesk.records.types import Rule

PROGRESS_ORDER = {"not_started": 0, "in_progress": 1, "completed": 2}


@dataclass(frozen=True)
class Edit:
    """One field's value with the clock and device of the edit that wrote it."""

    value: Any
    hlc: int
    device: str
    # Held side only: False when the party sending the incoming edit had not seen this one
    # (headquarters: written after that device's pull cursor). Two such edits of a field
    # with different values are concurrent: a conflict a person should look at.
    seen: bool = True

    def beats(self, other: Edit) -> bool:
        """Later clock wins; equal clocks: the larger device id."""
        return (self.hlc, self.device) > (other.hlc, other.device)


@dataclass
class Outcome:
    taken: dict[str, Edit] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    # (field, winner, loser) for concurrent edits of one field with different values.
    conflicts: list[tuple[str, Edit, Edit]] = field(default_factory=list)


def progress_takes(old_status: Any, new_status: Any, newer: bool, reverted: bool) -> bool:
    """The "forward" rule: a status replaces another only when it is further along, or equal
    and newer, or behind and newer with an admin's reversal (`reverted`: the same change sets
    `reverted_by`)."""
    old = PROGRESS_ORDER.get(old_status, -1)
    new = PROGRESS_ORDER.get(new_status, -1)
    return new > old or (new == old and newer) or (new < old and reverted and newer)


def latest(edits: Mapping[str, Edit], name: str, edit: Edit) -> bool:
    """Whether `edit` is later than the one `edits` holds for `name` (grouping a page or a
    batch: only the latest edit of each field counts)."""
    held = edits.get(name)
    return held is None or edit.beats(held)


def merge(rule: Rule, held: Mapping[str, Edit | None], incoming: Mapping[str, Edit], *,
          same: Callable[[Any, Any], bool] = lambda a, b: a == b,
          conflicts: bool = True) -> Outcome:
    """Decide, field by field, what of `incoming` (the latest edit per field of one record)
    replaces what is `held` (None: this side never had the field).

    - lww: the later edit wins; if the held one was concurrent and differs (`same` compares
      a held value with an incoming one), that is a conflict (unless `conflicts` is off).
    - forward: the status decides by `progress_takes`; the fields sent with it (its date, who
      reverted) follow its fate, so a stale step does not bring its date along.
    - append: written once; a field is taken only where this side never had it.
    """
    outcome = Outcome()
    status_takes: bool | None = None
    if rule is Rule.FORWARD and "status" in incoming:
        mine, theirs = incoming["status"], held.get("status")
        reverted = bool(incoming["reverted_by"].value) if "reverted_by" in incoming else False
        status_takes = theirs is None or progress_takes(theirs.value, mine.value,
                                                        mine.beats(theirs), reverted)
    for name, edit in incoming.items():
        current = held.get(name)
        if current is None:
            take = rule is not Rule.FORWARD or status_takes is not False
        elif rule is Rule.APPEND:
            take = False
        elif status_takes is not None:
            take = status_takes
        else:
            take = edit.beats(current)
            if (rule is Rule.LWW and conflicts and not current.seen
                    and current.device != edit.device and not same(current.value, edit.value)):
                winner, loser = (edit, current) if take else (current, edit)
                outcome.conflicts.append((name, winner, loser))
        if take:
            outcome.taken[name] = edit
        else:
            outcome.ignored.append(name)
    return outcome
