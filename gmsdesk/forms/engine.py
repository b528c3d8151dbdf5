"""Filling in a form: answers, relevance, calculations, choice filters and validation.

At load every expression becomes an item in a dependency graph (relevance, calculation,
required, choice filter, label references), sorted once. Answering a question re-evaluates
only the items that read it, transitively and in order, and only for the repeat instances
concerned, so one answer costs a handful of closure calls whatever the size of the form.
A non-relevant question keeps its stored answer (so nothing is lost if it becomes relevant
again) but reads as empty in expressions and is left out of `answers()`, as ODK does at submit.
A repeat inside a repeat keeps its instances inside each instance of the outer one; an answer
there is addressed by the positions from the outermost repeat in ((household, member)).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gmsdesk.forms import geo
from gmsdesk.forms.expressions import (
    Expression,
    Index,
    NodeSet,
    TimeOfDay,
    index_path,
    path_index,
    randomize,
    to_string,
)
from gmsdesk.forms.instances import Element
from gmsdesk.forms.model import METADATA, Choice, Form, Group, Page, Question
from gmsdesk.forms.problems import Message as Marked
from gmsdesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["CycleError", "FormState", "Index", "Key", "Message", "ReadOnlyError", "plan_for"]

# (question or group name, where: None outside repeats, the instance's position in its
# repeat, or for a repeat inside a repeat the positions from the outermost repeat in)
Key = tuple[str, Index]
Keys = set[Key]

REL, CALC, REQ, FILTER, LABEL, COUNT = range(6)
# The most instances a repeat_count expression makes (a typo like 1000000 must not hang).
MAX_COUNTED = 500
_ALL = "all"
_ROWS = "\0rows:"  # in an instance's answers: the instances of a repeat inside it
_EXTRA = "\0extra"  # in an instance's answers: what this form version does not know
_MISSING = object()
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_TEXT = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?")
# A date and time as ODK writes it (2024-05-20T14:30:00.000+07:00); seconds, milliseconds
# and the offset may be left out, a space may stand for the T.
_DATETIME_TEXT = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?")
_INT_TEXT = re.compile(r"[-+]?\d+")
_DEC_TEXT = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")
_LABEL_REF = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


@dataclass(frozen=True)
class Message:
    """Why an answer blocks submission; `text` is the form's own message, else ""."""

    code: str  # "required" | "constraint" | "type"
    text: str = ""


class ReadOnlyError(ValueError):
    """A person tried to answer a note, a calculation or a read-only question."""


class CycleError(ValueError):
    """Expressions that depend on each other in a circle (ODK refuses these too)."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        # `marked`: for the import screen to translate (see problems.Problem)
        self.marked = Marked.of(QT_TRANSLATE_NOOP(
            "Forms", "these questions depend on each other in a circle: {names}; break the "
                     "circle in relevant/calculation"), names=" -> ".join(names))
        super().__init__(self.marked.english)


# -- the dependency plan (one per form) --------------------------------------------------------


@dataclass(eq=False)
class _Item:
    kind: int
    node: Group | Question
    repeat: str | None
    expr: Expression | None
    subscribes: list[tuple[str, str]]
    emits: list[tuple[str, str]]
    order: int = 0


@dataclass(eq=False)
class _Plan:
    items: list[_Item]
    subscribers: dict[tuple[str, str], list[_Item]]
    rel: dict[str, _Item]
    calc: dict[str, _Item]
    req: dict[str, _Item]
    filters: dict[str, _Item]
    labels: dict[str, _Item]
    # repeat name -> the item computing how many instances it has (repeat_count expression)
    counts: dict[str, _Item] = field(default_factory=dict)
    by_repeat: dict[str, list[_Item]] = field(default_factory=dict)
    columns: dict[str, list[tuple[Choice, dict[str, str]]]] = field(default_factory=dict)


def plan_for(form: Form) -> _Plan:
    """The sorted dependency plan of a form (built once, kept on the form)."""
    plan: _Plan | None = getattr(form, "_plan", None)
    if plan is None:
        plan = _build_plan(form)
        form._plan = plan  # type: ignore[attr-defined]
    return plan


def _build_plan(form: Form) -> _Plan:  # noqa: C901 - one item per expression column, in order
    items: list[_Item] = []
    rel: dict[str, _Item] = {}
    calc: dict[str, _Item] = {}
    req: dict[str, _Item] = {}
    filters: dict[str, _Item] = {}
    labels: dict[str, _Item] = {}
    counts: dict[str, _Item] = {}

    def refs(expr: Expression | None, own: str | None = None) -> list[tuple[str, str]]:
        if expr is None:
            return []
        return [("val", r) for r in sorted(expr.refs) if r != own]

    for node in form.root.walk():
        parent = node.parent
        repeat = node.repeat_name if isinstance(node, Group) else node.repeat
        up = [("rel", parent.name)] if parent is not None and parent is not form.root else []
        own = node.name if isinstance(node, Question) else None
        emits = [("rel", node.name)] + ([("val", node.name)] if own else [])
        item = _Item(REL, node, repeat, node.relevant_expr, up + refs(node.relevant_expr, own),
                     emits)
        items.append(item)
        rel[node.name] = item
        if isinstance(node, Group) and node.count_expr is not None:
            # computed in the instance around the repeat; FormState makes the instances
            around = node.parent.repeat_name if node.parent is not None else None
            counts[node.name] = _Item(COUNT, node, around, node.count_expr,
                                      refs(node.count_expr), [])
            items.append(counts[node.name])
        if not isinstance(node, Question):
            continue
        mine = [("rel", node.name)]
        if node.calculate_expr is not None:
            calc[node.name] = _Item(CALC, node, repeat, node.calculate_expr,
                                    mine + refs(node.calculate_expr), [("val", node.name)])
            items.append(calc[node.name])
        if node.required_expr is not None:
            req[node.name] = _Item(REQ, node, repeat, node.required_expr,
                                   mine + refs(node.required_expr, own), [])
            items.append(req[node.name])
        source = node.repeat_source
        if node.filter_expr is not None or source is not None or node.randomize:
            # the choices offered now: filtered, from a repeat's answers, shuffled
            reads = mine + refs(node.filter_expr, own) + refs(node.seed_expr)
            if source is not None:
                reads += [("val", source)] + [("val", r) for r in form.repeats_of(
                    form.repeat_of(source))]
            filters[node.name] = _Item(FILTER, node, repeat, node.filter_expr, reads, [])
            items.append(filters[node.name])
        if node.label_refs:
            labels[node.name] = _Item(LABEL, node, repeat, None,
                                      [("val", r) for r in sorted(node.label_refs)], [])
            items.append(labels[node.name])

    subscribers: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        for signal in item.subscribes:
            subscribers.setdefault(signal, []).append(item)
    ordered = _topological(items, subscribers)
    for order, item in enumerate(ordered):
        item.order = order
    plan = _Plan(ordered, subscribers, rel, calc, req, filters, labels, counts)
    for item in ordered:
        if item.repeat is not None:
            plan.by_repeat.setdefault(item.repeat, []).append(item)
    for name in filters:
        question = form.question(name)
        plan.columns[name] = [(c, {**c.extra, "name": c.name}) for c in question.choices]
    return plan


def _topological(items: list[_Item],
                 subscribers: dict[tuple[str, str], list[_Item]]) -> list[_Item]:
    position = {id(item): i for i, item in enumerate(items)}
    after: dict[int, list[_Item]] = {}
    waiting = {id(item): 0 for item in items}
    for item in items:
        for signal in item.emits:
            for sub in subscribers.get(signal, ()):
                if sub is item:
                    continue
                after.setdefault(id(item), []).append(sub)
                waiting[id(sub)] += 1
    ready = [(position[id(i)], i) for i in items if waiting[id(i)] == 0]
    heapq.heapify(ready)
    ordered: list[_Item] = []
    while ready:
        _, item = heapq.heappop(ready)
        ordered.append(item)
        for sub in after.get(id(item), ()):
            waiting[id(sub)] -= 1
            if waiting[id(sub)] == 0:
                heapq.heappush(ready, (position[id(sub)], sub))
    if len(ordered) < len(items):
        stuck = [i for i in items if waiting[id(i)] > 0]
        raise CycleError(_cycle_names(stuck, after))
    return ordered


def _cycle_names(stuck: list[_Item], after: dict[int, list[_Item]]) -> list[str]:
    """Names along one circle among the items that could not be ordered."""
    inside = {id(i) for i in stuck}
    path: list[_Item] = []
    seen: dict[int, int] = {}
    item = stuck[0]
    while id(item) not in seen:
        seen[id(item)] = len(path)
        path.append(item)
        item = next((s for s in after.get(id(item), ()) if id(s) in inside), item)
        if item is path[-1]:
            break
    circle = path[seen.get(id(item), 0):]
    names: list[str] = []
    for entry in circle:
        if not names or names[-1] != entry.node.name:
            names.append(entry.node.name)
    return [*names, names[0]] if names else [i.node.name for i in stuck[:3]]


# -- answers ----------------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _normalize(question: Question, value: Any) -> Any:  # noqa: C901 - one flat branch per question type
    """What `set` stores: the contract's value types; input it cannot read is kept as text."""
    if isinstance(value, str):
        value = value.strip()
    if _empty(value) or (isinstance(value, tuple | set) and not value):
        return None
    kind = question.type
    if kind == "range":
        kind = "integer" if isinstance(question.parameters.get("step"), int) else "decimal"
    if kind in ("datetime", "start", "end"):
        return datetime_text(value)
    if kind == "today":
        kind = "date"
    if kind == "integer":
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float):
            return int(value) if value.is_integer() else value
        text = str(value)
        return int(text) if _INT_TEXT.fullmatch(text) else text
    if kind == "decimal":
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return float(value)
        text = str(value)
        return float(text) if _DEC_TEXT.fullmatch(text) else text
    if kind == "select_multiple":
        names = value.split() if isinstance(value, str) else [str(v).strip() for v in value]
        unique = list(dict.fromkeys(n for n in names if n))
        return unique or None
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)
    if kind == "time":
        if isinstance(value, dt.time | dt.datetime):
            return value.strftime("%H:%M")
        return str(value)
    if kind == "acknowledge":
        if value is True or str(value).strip().lower() in ("ok", "yes", "true", "1"):
            return "OK"
        return None
    return value if isinstance(value, str) else to_string(value)


def _parse_datetime(text: Any) -> tuple[dt.datetime, str] | None:
    """The moment a date-and-time text gives (as written, without its offset) and the
    offset ("" when none), or None."""
    match = _DATETIME_TEXT.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match:
        return None
    try:
        moment = dt.datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4]),
                             int(match[5]), int(match[6] or 0),
                             int((match[7] or "0")[:6].ljust(6, "0")))
    except ValueError:
        return None
    zone = match[8] or ""
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        zone = f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"
    return moment, zone


def datetime_text(value: Any) -> str:
    """A date and time as ODK stores it, "2024-05-20T14:30:00.000", with the offset when one
    is known ("+07:00"); text that is no date and time is kept as it is (a type error)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00.000"
    text = str(value).strip()
    parsed = _parse_datetime(text)
    if parsed is None:
        return text
    moment, zone = parsed
    return moment.isoformat(timespec="milliseconds") + zone


def _valid_date(text: Any) -> dt.date | None:
    if not isinstance(text, str) or not _DATE_TEXT.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _view(question: Question, raw: Any) -> Any:
    """How an answer reads in expressions (XPath values)."""
    if raw is None:
        return ""
    kind = question.type
    if kind in ("integer", "decimal", "range"):
        return float(raw) if isinstance(raw, int | float) else raw
    if kind in ("date", "today"):
        return _valid_date(raw) or raw
    if kind == "time" and isinstance(raw, str):
        return TimeOfDay.parse(raw) or raw
    if kind in ("datetime", "start", "end"):
        parsed = _parse_datetime(raw)
        return parsed[0] if parsed else raw
    if kind == "select_multiple":
        return " ".join(raw) if isinstance(raw, list) else raw
    return raw


def _calc_value(value: Any) -> Any:
    """A calculation's result as stored: str, int or float ("" for NaN and infinities)."""
    if isinstance(value, NodeSet):
        value = value[0] if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date):
        return to_string(value)
    return to_string(value)


class FormState:
    """The answers of one response being filled in, with everything that follows from them."""

    def __init__(self, form: Form, answers: Mapping[str, Any] | None = None, *,
                 today: dt.date | None = None, lang: str | None = None,
                 meta: Mapping[str, str] | None = None,
                 last_saved: Mapping[str, Any] | None = None, seed: int | None = None,
                 names_language: str | None = None) -> None:
        """`answers`: a draft or response to go on with (None: a new response, whose defaults
        and metadata are filled in). `names_language`: the language of format-date()'s
        weekday and month names, the UI's as ODK Collect writes the device's (None: the one
        expressions.set_date_names_language set). `meta`: what the deviceid, username and
        email metadata record on this laptop. `last_saved`: the answers of the response
        saved last on this laptop with the same form, read by ${last-saved#name}. `seed`:
        the order of the choices of randomize=true selects without a seed (give the same
        number each time a response is opened, so its choices keep their order; None: a new
        order)."""
        self.form = form
        self.shuffle_seed = seed if seed is not None else random.randrange(1, 2**31 - 1)
        self.plan = plan_for(form)
        self.today = today or dt.date.today()
        self.opened = dt.datetime.now()
        self.meta = dict(meta or {})
        self.lang = lang if lang is not None else form.default_language
        self.names_language = names_language
        self.saved: Mapping[str, Any] = last_saved or {}
        # The answers outside repeats; a repeat's instances are a list in the row of the
        # instance around it (here for a repeat at the top), under _ROWS + its name.
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}
        self._cache: dict[int, dict[Index, Any]] = {
            id(item): {} for item in self.plan.items}
        if answers is None:
            self._apply_defaults(None)
            self._fill_metadata(None)
            for group in form.groups:
                if group.repeat and group.repeat_count and len(
                        form.repeats_of(group.name)) == 1:
                    for _ in range(group.repeat_count):
                        self._new_instance(group, ())
        else:
            self._load(answers, None, self._values)
            self._seed_calculations()
        self._recompute_all()
        if answers is None and self._dynamic_defaults(None, None):
            self._recompute_all()
        # A draft keeps every instance it has (nothing stored is dropped on opening);
        # missing ones are made.
        self._follow_counts(set(), shrink=answers is None)

    # -- where answers are kept -----------------------------------------------------------

    def _rows(self, repeat: str, parent: tuple[int, ...]) -> list[dict[str, Any]]:
        """The instances of `repeat` inside the instance `parent` of the repeat around it
        (() at the top); [] when there is no such instance."""
        chain = self.form.repeats_of(repeat)
        row: dict[str, Any] = self._values
        for depth, position in enumerate(parent[:len(chain) - 1]):
            rows = row.get(_ROWS + chain[depth])
            if rows is None or not 0 <= position < len(rows):
                return []
            row = rows[position]
        if len(parent) < len(chain) - 1:
            return []
        found: list[dict[str, Any]] = row.setdefault(_ROWS + repeat, [])
        return found

    def _row(self, repeat: str | None, path: tuple[int, ...]) -> dict[str, Any] | None:
        """The answers of one instance of `repeat` (the top's for None), or None."""
        if repeat is None:
            return self._values
        if not path:
            return None
        rows = self._rows(repeat, path[:-1])
        return rows[path[-1]] if 0 <= path[-1] < len(rows) else None

    def _paths(self, repeat: str, within: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
        """Every instance of `repeat` (as positions from the outermost repeat) inside the
        instance `within` of a repeat around it."""
        chain = self.form.repeats_of(repeat)
        paths: list[tuple[int, ...]] = [tuple(within[:len(chain)])]
        for depth in range(len(paths[0]), len(chain)):
            paths = [(*p, i) for p in paths for i in range(len(self._rows(chain[depth], p)))]
        return paths

    def _new_instance(self, group: Group, parent: tuple[int, ...]) -> Index:
        """Append an instance to a repeat, with its defaults, its metadata and the fixed
        number of instances of the repeats inside it; returns its index."""
        rows = self._rows(group.name, parent)
        rows.append({})
        index = path_index((*parent, len(rows) - 1))
        self._apply_defaults(group.name, index)
        self._fill_metadata(group.name, index)
        for inner in group.walk():
            if isinstance(inner, Group) and inner.repeat and inner.repeat_count and \
                    self.form.repeats_of(inner.name)[-2:-1] == (group.name,):
                for _ in range(inner.repeat_count):
                    self._new_instance(inner, index_path(index))
        return index

    # -- loading --------------------------------------------------------------------------

    def _load(self, answers: Mapping[str, Any], repeat: str | None,
              row: dict[str, Any]) -> None:
        """Read stored answers (of the response, or of one instance of `repeat`) into
        `row`; what this form version does not know is kept as it was."""
        for name, value in answers.items():
            node = self.form.nodes.get(name)
            if isinstance(node, Group) and node.repeat and isinstance(value, list) and \
                    self.form.repeats_of(node.name)[:-1] == self.form.repeats_of(repeat):
                rows = row.setdefault(_ROWS + name, [])
                for stored in value:
                    instance: dict[str, Any] = {}
                    if isinstance(stored, Mapping):
                        self._load(stored, name, instance)
                    rows.append(instance)
            elif isinstance(node, Question) and node.repeat == repeat:
                if node.calculate_expr is None or self._keeps_once(node):
                    row[name] = _normalize(node, value)
            elif repeat is None:
                self._extra[name] = value
            else:
                row.setdefault(_EXTRA, {})[name] = value

    def _seed_calculations(self) -> None:
        """Calculations stored with the answers (once(...)) start from their stored value."""
        places: list[tuple[Index, dict[str, Any]]] = [(None, self._values)]
        for group in self.form.groups:
            if group.repeat:
                for path in self._paths(group.name):
                    found = self._row(group.name, path)
                    if found is not None:
                        places.append((path_index(path), found))
        for index, row in places:
            for key in [k for k in row if not k.startswith("\0")]:
                node = self.form.nodes.get(key)
                if isinstance(node, Question) and node.calculate_expr is not None:
                    self._cache_seed(node, index, row.pop(key))

    def _keeps_once(self, question: Question) -> bool:
        expr = question.calculate_expr
        return expr is not None and expr.source.strip().startswith("once(")

    def _cache_seed(self, question: Question, index: Index, value: Any) -> None:
        item = self.plan.calc.get(question.name)
        if item is not None and value is not None:
            self._cache[id(item)][index] = value

    def _fill_metadata(self, repeat: str | None, index: Index = None) -> None:
        """What ODK records without asking, when a response (or a repeat instance) begins:
        start and end as now, today, and this laptop's deviceid, username and email."""
        for question in self.form.questions:
            if question.repeat != repeat or question.type not in METADATA:
                continue
            kind = question.type
            if kind in ("start", "end"):
                value: Any = datetime_text(self.opened.astimezone())
            elif kind == "today":
                value = self.today.isoformat()
            else:
                value = self.meta.get(kind) or None
            if value is not None:
                self._store(question, index, value)

    def stamp_end(self) -> Keys:
        """The `end` metadata becomes now: call it when the response is saved (ODK records
        when a form was last saved or finalised). Returns the keys that changed."""
        changed: Keys = set()
        now = datetime_text(dt.datetime.now().astimezone())
        for question in self.form.questions:
            if question.type != "end" or question.repeat is not None:
                continue
            self._store(question, None, now)
            changed.add((question.name, None))
            self._propagate([(("val", question.name), None, None)], {}, changed)
        return changed

    def _apply_defaults(self, repeat: str | None, index: Index = None) -> None:
        for question in self.form.questions:
            if question.repeat != repeat or not question.default or question.default_expr:
                continue
            if question.calculate_expr is not None or question.type == "note":
                continue
            value = _normalize(question, question.default)
            if repeat is None:
                self._values[question.name] = value
            elif index is not None:
                self._store(question, index, value)

    def _dynamic_defaults(self, repeat: str | None, index: Index) -> bool:
        changed = False
        for question in self.form.questions:
            if question.repeat != repeat or question.default_expr is None:
                continue
            value = _normalize(question, _calc_value(question.default_expr.evaluate(self, index)))
            if value is None:
                continue
            self._store(question, index, value)
            changed = True
        return changed

    # -- the Env the expressions read -------------------------------------------------------

    def value(self, name: str, index: Index) -> Any:
        """The value of `name` in the instance `index` is in (a question in a repeat around
        that instance: in the instance around it)."""
        node = self.form.nodes.get(name)
        if not isinstance(node, Question):
            return ""  # a group, or metadata GMS Desk does not record
        if node.repeat is None:
            index = None
        else:
            depth = len(self.form.repeats_of(node.repeat))
            path = index_path(index)
            if len(path) < depth:
                return ""
            index = path_index(path[:depth])
        if not self._cache[id(self.plan.rel[name])].get(index, False):
            return ""
        if node.calculate_expr is not None:
            found = self._cache[id(self.plan.calc[name])].get(index, "")
            return "" if found is None else found
        return _view(node, self._raw(node, index))

    def nodeset(self, name: str, within: Index = None) -> NodeSet:
        """The values of `name` in every instance of its repeats inside the instance
        `within` (a repeat: one empty value per instance, for count())."""
        node = self.form.nodes.get(name)
        inside = index_path(within)
        if isinstance(node, Group):
            if node.repeat:
                return NodeSet([""] * len(self._paths(node.name, inside)))
            return NodeSet([""])
        if isinstance(node, Question) and node.repeat is not None:
            return NodeSet([self.value(name, path_index(p))
                            for p in self._paths(node.repeat, inside)])
        return NodeSet([self.value(name, None)])

    def instance(self, name: str) -> Element | None:
        return self.form.instance(name, self.lang)

    def last_saved(self, name: str, index: Index) -> Any:
        """The answer to `name` in the response saved last (in the same instance of its
        repeats, when it has that many)."""
        node = self.form.nodes.get(name)
        if not isinstance(node, Question) or not self.saved:
            return ""
        values: Any = self.saved
        chain = self.form.repeats_of(node.repeat)
        path = index_path(index)
        for depth, repeat in enumerate(chain):
            rows = values.get(repeat) if isinstance(values, Mapping) else None
            position = path[depth] if depth < len(path) else 0
            if not isinstance(rows, list) or not 0 <= position < len(rows):
                return ""
            values = rows[position]
        raw = values.get(name) if isinstance(values, Mapping) else None
        return "" if raw is None else _view(node, _normalize(node, raw))

    def choice_label(self, name: str, value: str) -> str:
        choice = self.form.question(name).choice(value)
        return choice.label(self.lang) if choice else ""

    def itext(self, ident: str) -> str:
        return self.form.itext(ident, self.lang) or ""

    # -- reading --------------------------------------------------------------------------

    def _raw(self, question: Question, index: Index) -> Any:
        row = self._row(question.repeat, index_path(index))
        return None if row is None else row.get(question.name)

    def _store(self, question: Question, index: Index, value: Any) -> None:
        target = self._row(question.repeat, index_path(index))
        if target is None:
            raise IndexError(f"repeat '{question.repeat}' has no instance {index}")
        if value is None:
            target.pop(question.name, None)
        else:
            target[question.name] = value

    def _index(self, node: Group | Question, index: Index) -> Index:
        """`index` checked and made canonical for a node: None outside repeats, else the
        positions of its instance (an int for a repeat at the top)."""
        repeat = node.repeat_name if isinstance(node, Group) else node.repeat
        if repeat is None:
            return None
        depth = len(self.form.repeats_of(repeat))
        path = index_path(index)
        if len(path) < depth:
            raise ValueError(f"'{node.name}' is inside repeat '{repeat}': give the instance "
                             "index" + (" (one position per repeat, outermost first)"
                                        if depth > 1 else ""))
        path = path[:depth]
        if self._row(repeat, path) is None:
            raise IndexError(f"repeat '{repeat}' has no instance {path_index(path)}")
        return path_index(path)

    def get(self, name: str, index: Index = None) -> Any:
        """The stored answer (a calculation's result), whether relevant or not."""
        node = self.form.question(name)
        index = self._index(node, index)
        if node.calculate_expr is not None:
            return self._cache[id(self.plan.calc[name])].get(index)
        return self._raw(node, index)

    def relevant(self, name: str, index: Index = None) -> bool:
        """Whether a question or group is shown now; for a repeat given the instance around
        it (None at the top), whether it is shown at all there."""
        node = self.form.node(name)
        if isinstance(node, Group) and node.repeat:
            depth = len(self.form.repeats_of(name))
            parent = index_path(index)
            if len(parent) == depth - 1:
                count = len(self._rows(name, parent))
                if count:
                    return any(self._cache[id(self.plan.rel[name])].get(
                        path_index((*parent, i)), False) for i in range(count))
                parent_ok = node.parent is None or node.parent is self.form.root or \
                    self.relevant(node.parent.name, path_index(parent))
                return parent_ok and (node.relevant_expr is None
                                      or node.relevant_expr.truth(self, path_index(parent)))
        index = self._index(node, index)
        return bool(self._cache[id(self.plan.rel[name])].get(index, False))

    def required(self, name: str, index: Index = None) -> bool:
        """Whether an answer is needed now (a `required` expression is evaluated)."""
        question = self.form.question(name)
        index = self._index(question, index)
        if question.required_expr is not None:
            return bool(self._cache[id(self.plan.req[name])].get(index, False))
        return question.required and question.is_input

    def read_only(self, name: str, index: Index = None) -> bool:
        question = self.form.question(name)
        if question.calculate_expr is not None or not question.is_input:
            return True
        if question.read_only_expr is not None:
            return question.read_only_expr.truth(self, self._index(question, index))
        return question.read_only

    def choices(self, name: str, index: Index = None) -> list[Choice]:
        question = self.form.question(name)
        index = self._index(question, index)
        item = self.plan.filters.get(name)
        if item is None:
            return list(question.choices)
        return list(self._cache[id(item)].get(index, ()))

    def label(self, name: str, index: Index = None) -> str:
        """The label in `self.lang`, with ${name} references replaced by their answers."""
        node = self.form.node(name)
        return self._render(node.label(self.lang), node, index)

    def hint(self, name: str, index: Index = None) -> str:
        question = self.form.question(name)
        return self._render(question.hint(self.lang), question, index)

    def _render(self, text: str, node: Group | Question, index: Index) -> str:
        if "${" not in text:
            return text

        def show(match: re.Match[str]) -> str:
            ref = self.form.nodes.get(match[1])
            value = self.value(match[1], index)
            if isinstance(ref, Question) and ref.type == "select_one":
                return self.choice_label(ref.name, to_string(value)) or to_string(value)
            if isinstance(ref, Question) and ref.type == "select_multiple":
                return ", ".join(self.choice_label(ref.name, v) or v
                                 for v in to_string(value).split())
            return to_string(value)

        return _LABEL_REF.sub(show, text)

    def repeat_count(self, name: str, parent: Index = None) -> int:
        """How many instances a repeat has (inside the instance `parent` of the repeat
        around it, for a repeat inside a repeat)."""
        group = self.form.group(name)
        depth = len(self.form.repeats_of(group.name))
        return len(self._rows(group.name, index_path(parent)[:depth - 1]))

    def error(self, name: str, index: Index = None) -> Message | None:
        """What blocks submitting this answer, or None (irrelevant questions never block)."""
        question = self.form.question(name)
        index = self._index(question, index)
        if not question.is_input or question.calculate_expr is not None:
            return None
        if not self._cache[id(self.plan.rel[name])].get(index, False):
            return None
        raw = self._raw(question, index)
        if _empty(raw):
            if self.required(name, index):
                return Message("required", question.required_message(self.lang))
            return None
        if not self._valid(question, raw, index):
            return Message("type", "")
        expr = question.constraint_expr
        if expr is not None and not expr.truth(self, index):
            return Message("constraint", question.constraint_message(self.lang))
        return None

    def _valid(self, question: Question, raw: Any, index: Index) -> bool:
        kind = question.type
        if kind == "text":
            return isinstance(raw, str)
        if kind == "integer":
            return isinstance(raw, int) and not isinstance(raw, bool)
        if kind == "decimal":
            return isinstance(raw, int | float) and not isinstance(raw, bool) and math.isfinite(
                raw)
        if kind == "range":
            if not isinstance(raw, int | float) or isinstance(raw, bool):
                return False
            start, end, step = (float(question.parameters[k]) for k in ("start", "end", "step"))
            low, high = min(start, end), max(start, end)
            steps = (raw - start) / step
            return low <= raw <= high and abs(steps - round(steps)) < 1e-9
        if kind == "date":
            return _valid_date(raw) is not None
        if kind == "time":
            return isinstance(raw, str) and bool(_TIME_TEXT.fullmatch(raw))
        if kind == "datetime":
            return _parse_datetime(raw) is not None
        if kind == "acknowledge":
            return bool(raw == "OK")
        if kind == "geopoint":  # "lat lon alt acc", as ODK stores it
            return isinstance(raw, str) and geo.parse_point(raw) is not None
        if kind in ("geotrace", "geoshape"):
            return isinstance(raw, str) and geo.parse_trace(raw) is not None
        if kind in ("select_one", "select_multiple"):
            names = {c.name for c in self.choices(question.name, index)}
            if kind == "select_one":
                return isinstance(raw, str) and raw in names
            return isinstance(raw, list) and all(v in names for v in raw)
        return True

    def errors(self) -> dict[Key, Message]:
        """Every answer that blocks submission, keyed by (name, instance index)."""
        found: dict[Key, Message] = {}
        for question in self.form.questions:
            if not question.is_input or question.calculate_expr is not None:
                continue
            if question.repeat is None:
                indexes: list[Index] = [None]
            else:
                indexes = [path_index(p) for p in self._paths(question.repeat)]
            for index in indexes:
                message = self.error(question.name, index)
                if message is not None:
                    found[(question.name, index)] = message
        return found

    def answers(self) -> dict[str, Any]:
        """The response as stored: relevant answers only, repeats as lists of dicts."""
        out: dict[str, Any] = dict(self._extra)
        self._emit(self.form.root, None, out)
        return out

    def _emit(self, group: Group, index: Index, target: dict[str, Any]) -> None:
        for child in group.children:
            if isinstance(child, Group):
                if not child.repeat:
                    self._emit(child, index, target)
                    continue
                rows: list[dict[str, Any]] = []
                any_relevant = False
                here = index_path(index)
                for j, stored in enumerate(self._rows(child.name, here)):
                    row: dict[str, Any] = dict(stored.get(_EXTRA, {}))
                    inner = path_index((*here, j))
                    if self._cache[id(self.plan.rel[child.name])].get(inner, False):
                        any_relevant = True
                        self._emit(child, inner, row)
                    rows.append(row)
                if any_relevant or any(rows):
                    target[child.name] = rows
                continue
            if child.type == "note" or not self._cache[id(self.plan.rel[child.name])].get(
                    index, False):
                continue
            if child.calculate_expr is not None:
                value = self._cache[id(self.plan.calc[child.name])].get(index)
            else:
                value = self._raw(child, index)
            if not _empty(value):
                target[child.name] = list(value) if isinstance(value, list) else value

    def pages(self) -> list[Page]:
        return self.form.pages()

    def page_relevant(self, page: Page) -> bool:
        """Whether a page has anything to show now."""
        if page.group is not None:
            return self.relevant(page.group.name)
        return any(self.relevant(item.name) for item in page.items)

    # -- changing -------------------------------------------------------------------------

    def set(self, name: str, value: Any, index: Index = None) -> Keys:
        """Answer a question; returns the keys whose value, relevance or choices changed."""
        question = self.form.question(name)
        index = self._index(question, index)
        if self.read_only(name, index):
            raise ReadOnlyError(f"'{name}' cannot be answered: it is read-only")
        new = _normalize(question, value)
        changed: Keys = {(name, index)}
        if new == self._raw(question, index) and type(new) is type(self._raw(question, index)):
            return changed
        self._store(question, index, new)
        self._propagate([(("val", name), question.repeat, index)], {}, changed)
        self._follow_counts(changed)
        return changed

    def counted(self, name: str) -> bool:
        """Whether a repeat's number of instances follows its repeat_count expression (no
        instance is added or removed by hand then)."""
        return name in self.plan.counts

    def _follow_counts(self, changed: Keys, shrink: bool = True) -> None:
        """Give every repeat with a repeat_count expression as many instances as it says,
        as ODK Collect does with jr:count: new ones at the end, and with `shrink` the
        extra ones removed from the end, answers and all. Each change is named in
        `changed` as (repeat, instance around it)."""
        for _ in range(MAX_COUNTED):
            moved = False
            for name, item in self.plan.counts.items():
                group = self.form.group(name)
                for around in self._instance_indexes(item):
                    want = self._cache[id(item)].get(around, 0)
                    parent = index_path(around)
                    rows = self._rows(name, parent)
                    if len(rows) == want or (len(rows) > want and not shrink):
                        continue
                    while len(rows) < want:
                        self._add_instance(group, parent, changed)
                    while len(rows) > want:
                        self._remove_instance(group, (*parent, len(rows) - 1), changed)
                    changed.add((name, around))
                    moved = True
                    break  # the instances (and what they count) changed: look again
                if moved:
                    break
            if not moved:
                return

    def add_repeat(self, name: str, parent: Index = None) -> Index:
        """Add an instance at the end of a repeat (inside the instance `parent` of the
        repeat around it, for a repeat inside a repeat); returns its index: its position,
        or for a repeat inside a repeat the positions from the outermost repeat in."""
        group = self.form.group(name)
        if not group.repeat:
            raise ValueError(f"'{name}' is a group, not a repeat")
        if self.counted(name):
            raise ValueError(f"repeat '{name}' has as many instances as its repeat_count "
                             "says; change the answer it counts")
        chain = self.form.repeats_of(name)
        around = index_path(parent)[:len(chain) - 1]
        if len(around) < len(chain) - 1 or (around and self._row(chain[-2], around) is None):
            raise IndexError(f"repeat '{name}' is inside repeat '{chain[-2]}': give the "
                             "instance of it to add to")
        changed: Keys = set()
        index = self._add_instance(group, around, changed)
        self._follow_counts(changed)
        return index

    def _add_instance(self, group: Group, around: tuple[int, ...], changed: Keys) -> Index:
        index = self._new_instance(group, around)
        self._propagate(self._repeat_seeds(group, index), self._fresh(group, index), changed)
        if self._dynamic_defaults(group.name, index):
            self._propagate(self._repeat_seeds(group, index), {}, changed)
        return index

    def _fresh(self, group: Group, index: Index) -> dict[int, Any]:
        """The items to compute for a new instance: those of the repeat there, and of the
        repeats inside it (a fixed number of their instances came with it)."""
        dirty: dict[int, Any] = {}
        for repeat in [group, *(g for g in group.walk() if isinstance(g, Group) and g.repeat)]:
            indexes = {path_index(p) for p in self._paths(repeat.name, index_path(index))}
            for item in self.plan.by_repeat.get(repeat.name, ()):
                dirty[id(item)] = set(indexes)
        return dirty

    def remove_repeat(self, name: str, index: Index) -> None:
        """Remove one instance; the ones after it move up by one."""
        group = self.form.group(name)
        path = index_path(index)
        depth = len(self.form.repeats_of(name))
        rows = self._rows(name, path[:-1]) if group.repeat and len(path) == depth else []
        if not path or not 0 <= path[-1] < len(rows):
            raise IndexError(f"repeat '{name}' has no instance {index}")
        if self.counted(name):
            raise ValueError(f"repeat '{name}' has as many instances as its repeat_count "
                             "says; change the answer it counts")
        changed: Keys = set()
        self._remove_instance(group, path, changed)
        self._follow_counts(changed)

    def _remove_instance(self, group: Group, path: tuple[int, ...], changed: Keys) -> None:
        name = group.name
        del self._rows(name, path[:-1])[path[-1]]
        items = [item for item in self.plan.items if item.repeat is not None
                 and name in self.form.repeats_of(item.repeat)]
        for item in items:
            self._cache[id(item)] = {}
        self._propagate(self._repeat_seeds(group, _ALL), {id(i): _ALL for i in items}, changed)

    def _repeat_seeds(self, group: Group, index: Any) -> list[tuple[tuple[str, str], str | None,
                                                                  Any]]:
        seeds: list[tuple[tuple[str, str], str | None, Any]] = [
            (("val", group.name), None, _ALL)]
        for node in group.walk():
            seeds.append((("val", node.name), group.name, index))
        return seeds

    def _instance_indexes(self, item: _Item) -> list[Index]:
        if item.repeat is None:
            return [None]
        return [path_index(p) for p in self._paths(item.repeat)]

    def _wanted(self, sub: _Item, source: str | None, index: Any) -> Any:
        """The instances of `sub` to compute again when what it reads changed in instance
        `index` of repeat `source`: the same instance, the instances inside it, or (with
        nothing in common) all of them."""
        if sub.repeat is None:
            return {None}
        if index is _ALL:
            return _ALL
        if source == sub.repeat:
            return {index}
        mine = self.form.repeats_of(sub.repeat)
        common = _shared_depth(self.form.repeats_of(source), mine)
        if common == 0:
            return _ALL
        prefix = index_path(index)[:common]
        if common == len(mine):
            return {path_index(prefix)}
        return {path_index(p) for p in self._paths(sub.repeat, prefix)}

    def _recompute_all(self) -> None:
        for item in self.plan.items:
            cache = self._cache[id(item)]
            for index in self._instance_indexes(item):
                cache[index] = self._compute(item, index)

    def _propagate(self, seeds: list[tuple[tuple[str, str], str | None, Any]],
                   dirty: dict[int, Any], changed: Keys) -> None:
        items = {id(item): item for item in self.plan.items} if dirty else {}
        heap: list[tuple[int, int]] = [(items[k].order, k) for k in dirty]
        heapq.heapify(heap)
        by_id: dict[int, _Item] = {k: items[k] for k in dirty}

        def mark(signal: tuple[str, str], source: str | None, index: Any) -> None:
            for sub in self.plan.subscribers.get(signal, ()):
                key = id(sub)
                want = self._wanted(sub, source, index)
                have = dirty.get(key)
                if have is None:
                    dirty[key] = want if want is _ALL else set(want)
                    by_id[key] = sub
                    heapq.heappush(heap, (sub.order, key))
                elif have is not _ALL:
                    if want is _ALL:
                        dirty[key] = _ALL
                    else:
                        have.update(want)

        for signal, source, index in seeds:
            mark(signal, source, index)
        while heap:
            _, key = heapq.heappop(heap)
            if key not in dirty:
                continue
            item = by_id[key]
            todo = dirty.pop(key)
            indexes = self._instance_indexes(item) if todo is _ALL else sorted(
                todo, key=index_path)
            cache = self._cache[key]
            for index in indexes:
                new = self._compute(item, index)
                old = cache.get(index, _MISSING)
                if old is _MISSING or not _same(old, new):
                    cache[index] = new
                    changed.add((item.node.name, index))
                    for signal in item.emits:
                        mark(signal, item.repeat, index)

    def _repeat_choices(self, question: Question, index: Index) -> tuple[Choice, ...]:
        """`select_one ${name}`: one choice per non-empty answer to `name` in the instances
        of its repeat (those inside the instance `index` is in, for a repeat inside a
        repeat), value and label both the answer, as pyxform's itemset; choice_filter is
        read in each instance. An answer given twice is offered once."""
        source = question.repeat_source
        assert source is not None
        repeat = self.form.repeat_of(source)
        assert repeat is not None
        theirs = self.form.repeats_of(repeat)
        common = min(_shared_depth(theirs, self.form.repeats_of(question.repeat)),
                     len(theirs) - 1)
        found: dict[str, Choice] = {}
        for path in self._paths(repeat, index_path(index)[:common]):
            at = path_index(path)
            text = to_string(self.value(source, at))
            if text == "" or text in found:
                continue
            if question.filter_expr is not None and not question.filter_expr.truth(self, at):
                continue
            found[text] = Choice(text, text, {}, self.form.langs)
        return tuple(found.values())

    def _shuffled(self, question: Question, index: Index,
                  offered: tuple[Choice, ...]) -> tuple[Choice, ...]:
        """randomize=true: ODK Collect's order for the seed (the `seed` parameter, else one
        kept for this response, so the order does not change while it is filled in)."""
        seed: Any = self.shuffle_seed
        if question.seed_expr is not None:
            seed = question.seed_expr.evaluate(self, index)
        order = randomize(NodeSet(list(range(len(offered)))), seed)
        return tuple(offered[int(i)] for i in order)

    def _compute(self, item: _Item, index: Index) -> Any:
        node = item.node
        if item.kind == REL:
            parent = node.parent
            if parent is not None and parent is not self.form.root:
                depth = len(self.form.repeats_of(parent.repeat_name))
                parent_index = path_index(index_path(index)[:depth])
                if not self._cache[id(self.plan.rel[parent.name])].get(parent_index, False):
                    return False
            return True if item.expr is None else item.expr.truth(self, index)
        if item.kind == COUNT:
            assert item.expr is not None
            return _count_of(item.expr.evaluate(self, index))
        relevant = self._cache[id(self.plan.rel[node.name])].get(index, False)
        if item.kind == CALC:
            if not relevant:
                return ""
            old = self._cache[id(item)].get(index)
            if old not in (None, "") and self._keeps_once(node):  # type: ignore[arg-type]
                return old
            assert item.expr is not None
            return _calc_value(item.expr.evaluate(self, index))
        if item.kind == REQ:
            return relevant and item.expr is not None and item.expr.truth(self, index)
        if item.kind == FILTER:
            assert isinstance(node, Question)
            expr = item.expr
            if node.repeat_source is not None:
                offered = self._repeat_choices(node, index)
            else:
                offered = tuple(choice for choice, columns in self.plan.columns[node.name]
                                if expr is None or expr.truth(self, index, columns))
            return self._shuffled(node, index, offered) if node.randomize else offered
        assert isinstance(node, Question)
        return tuple(to_string(self.value(r, index)) for r in sorted(node.label_refs))


def _shared_depth(theirs: Sequence[str], mine: Sequence[str]) -> int:
    """How many repeats (outermost first, as Form.repeats_of gives them) two chains share."""
    common = 0
    while common < min(len(theirs), len(mine)) and theirs[common] == mine[common]:
        common += 1
    return common


def _count_of(value: Any) -> int:
    """The number of instances a repeat_count gives: its whole part, 0 when empty, not a
    number or negative (ODK creates none then), at most MAX_COUNTED."""
    if isinstance(value, bool):
        return int(value)
    value = _calc_value(value)
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return 0
    if not isinstance(value, int | float) or not math.isfinite(value):
        return 0
    return max(0, min(MAX_COUNTED, int(value)))


def _same(old: Any, new: Any) -> bool:
    if type(old) is not type(new):
        return False
    if isinstance(old, tuple):
        return len(old) == len(new) and all(a is b or a == b for a, b in zip(old, new,
                                                                             strict=True))
    return bool(old == new)

