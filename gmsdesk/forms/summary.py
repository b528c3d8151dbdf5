"""A form's responses summarised: counts per choice, number statistics, text samples.

No Qt and no SQL. `summarize` takes the Form of each version and (version, answers) pairs: the
reference. Storage (`db.surveys.summary`) counts encoded answers instead and hands over how often
each distinct answer occurs (`figures_of_counts`), which gives the same figures; `assemble` puts
a summary together from either. Across versions, questions are matched by name and shown in
the order of the newest version, questions only older versions had after the one they followed.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from itertools import repeat as repeated
from typing import TYPE_CHECKING, Any, NamedTuple

from gmsdesk.forms import geo
from gmsdesk.forms.model import GEO_TYPES, MEDIA_TYPES, METADATA
from gmsdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gmsdesk.forms.model import Form, Question

# Row labels the summary itself writes. They stay in English here (no Qt); the screen and the
# PDF translate a row whose label is one of these (see `MARKERS`).
NOT_ANSWERED = QT_TRANSLATE_NOOP("Surveys", "(not answered)")
ACKNOWLEDGED = QT_TRANSLATE_NOOP("AcknowledgeWidget", "OK")
MARKERS: dict[str, str] = {NOT_ANSWERED: "Surveys", ACKNOWLEDGED: "AcknowledgeWidget"}
CHOICE_TYPES = frozenset({"select_one", "select_multiple", "acknowledge"})
NUMBER_TYPES = frozenset({"integer", "decimal", "range"})
NO_VALUE_TYPES = frozenset({"note"})
# Metadata (start, end, deviceid...) is exported, not summarised; its values are text (one
# per response: never a code each).
NOT_SUMMARISED = frozenset(METADATA)
SAMPLES = 5
# Photos and files (kind "media"): the latest files named, for thumbnails. Locations (kind
# "geo"): the box and centre of the latest answers' points (`geo_stats`). Both are counted
# as text questions are (answered or not), so storage's counts serve them unchanged.
MEDIA_SAMPLES = 12
# A calculation giving more distinct values than this (and no numbers) shows its most
# frequent values as samples rather than a bar per value.
MAX_VALUE_BARS = 12
# Words of a question's name that make its numbers a code or an identifier: never grouped.
IDENTIFIER_WORDS = frozenset({"id", "code", "phone", "tel", "zip", "postcode", "postal",
                              "passport"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_CODE = re.compile(r"[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*")


def kind_of(question: Question) -> str | None:
    """How a question is summarised: "choices", "number", "text", or None (a note). A
    calculation's values are counted like choices; `assemble` shows them as numbers when
    they all are."""
    if question.type in NO_VALUE_TYPES:
        return None
    if question.type in CHOICE_TYPES or question.type == "calculate":
        return "choices"
    if question.type in NUMBER_TYPES:
        return "number"
    return "text"


def readable(name: str) -> str:
    """An internal name as words: "online_tools" -> "Online tools", "sizeClass" ->
    "Size class". Anything that is not such a name is returned as it is."""
    if not _CODE.fullmatch(name) and not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
        return name
    words = _WORD.findall(name)
    if not words:
        return name
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return text[0].upper() + text[1:]


def question_label(question: Question, lang: str | None) -> str:
    """The question's label in `lang`; a calculation without one, its name as words."""
    return question.label(lang) or readable(question.name)


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)}


def row_shares(rows: Sequence[tuple[str, int]], answered: int,
               not_answered: int | None) -> list[float]:
    """Each chart row's share in percent, as the screen and the PDF both show it: a choice's
    of those who answered; the last, "(not answered)" row's (when `not_answered` is set) of
    everyone asked."""
    total = answered or sum(n for _, n in rows) or 1
    shares = [100.0 * n / total for _, n in rows]
    if not_answered is not None and rows:
        shares[-1] = 100.0 * rows[-1][1] / ((answered + not_answered) or 1)
    return shares


def groups_digits(question: Question, stats: Mapping[str, float]) -> bool:
    """Whether the numbers of a question are written with thousands separators: as ODK's
    `thousands-sep` appearance says; never for a code or an identifier (a phone number, an
    id); never for a year (an integer named for a year whose answers all are years)."""
    if "thousands-sep" in (question.appearance or "").split():
        return True
    words = _name_words(question.name)
    if words & IDENTIFIER_WORDS:
        return False
    low, high = stats.get("min"), stats.get("max")
    whole = question.type in ("integer", "range", "calculate")
    if whole and words & {"year", "yyyy", "yr"} and low is not None and high is not None:
        return not (low >= 1000 and high <= 2999 and float(low).is_integer())
    return True


def repeat_rows(answers: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """The instances of each repeat in a response, by repeat name: a repeat inside a repeat
    has all its instances in one table, in order (those of the first outer instance first),
    as ODK Central's export makes a sheet of them."""
    tables: dict[str, list[Mapping[str, Any]]] = {}

    def walk(row: Mapping[str, Any]) -> None:
        for name, value in row.items():
            if value.__class__ is list and any(isinstance(item, Mapping) for item in value):
                rows = [item for item in value if isinstance(item, Mapping)]
                tables.setdefault(name, []).extend(rows)
                for item in rows:
                    walk(item)

    walk(answers)
    return tables


def union_questions(forms: Sequence[Form]) -> list[Question]:
    """Questions of several versions (oldest first) matched by name: the newest version's
    order, with each question only an older version had placed after the one it followed."""
    merged: list[Question] = []
    seen: set[str] = set()
    if len(forms) == 1 and len({q.name for q in forms[0].questions}) == len(
            forms[0].questions):  # one version, names unique: its order, as the loop gives
        return list(forms[0].questions)
    for form in reversed(forms):
        previous: str | None = None
        for question in form.questions:
            if question.name not in seen:
                at = 0
                if previous is not None:
                    at = next(i for i, q in enumerate(merged) if q.name == previous) + 1
                merged.insert(at, question)
                seen.add(question.name)
            previous = question.name
    return merged


@dataclass(frozen=True)
class Field:
    """An answer the summary needs: a text question's counts only whether it was answered;
    any other is counted by value (a select_multiple's list as its JSON text)."""

    name: str
    kind: str
    repeat: str | None


@dataclass
class Columns:
    """Answers of many responses (or repeat instances), one list per field name, with the
    form version of each row."""

    versions: Sequence[str]
    values: Mapping[str, Sequence[Any]]


@dataclass(frozen=True)
class Block:
    """What one question's block shows, on screen and in the summary PDF: texts in the chosen
    language, counts, statistics and sample answers."""

    label: str  # the question's label
    kind: str  # "choices" | "number" | "text" | "media" (samples: files) | "geo" (stats: box)
    answered: int
    rows: list[tuple[str, int]] = field(default_factory=list)  # choices: (label, count)
    stats: dict[str, float] = field(default_factory=dict)  # number: n, mean, min, max, median
    samples: list[str] = field(default_factory=list)  # text: the latest few answers
    # choices: the last row is "(not answered)" and holds this many
    not_answered: int | None = None
    # number: False for years and identifiers, written without thousands separators
    grouping: bool = True


@dataclass(frozen=True)
class QuestionSummary:
    """One question's figures, with what the charts and the PDF draw in `item`."""

    name: str
    type: str
    group_path: tuple[str, ...]
    repeat: str | None
    item: Block
    not_answered: int


@dataclass(frozen=True)
class Summary:
    form_id: str
    title: str
    version: str | None  # None: every version, questions matched by name
    total: int  # responses summarised
    per_version: dict[str, int]  # responses per form version
    questions: list[QuestionSummary]

    @property
    def items(self) -> list[Block]:
        """Each question's block, in display order."""
        return [q.item for q in self.questions]


def fields(forms: Sequence[Form]) -> list[Field]:
    """What to read for a summary of these versions (oldest first), in display order."""
    out = []
    for question in union_questions(forms):
        kind = kind_of(question)
        if kind is not None and question.type not in NOT_SUMMARISED:
            out.append(Field(question.name, kind, question.repeat))
    return out


def summarize(forms: Mapping[str, Form], rows: Iterable[tuple[str, Mapping[str, Any]]], *,
              lang: str | None = None, not_answered: str = NOT_ANSWERED,
              samples: int = SAMPLES) -> Summary:
    """Summarise (version, answers) pairs in the order submitted; `forms` maps each version
    to its Form, oldest first. The same figures as `from_columns`, from plain answers."""
    wanted = fields(list(forms.values()))
    # Table (None: the responses; else a repeat's instances) -> versions and columns.
    versions: dict[str | None, list[str]] = {None: []}
    columns: dict[str | None, dict[str, list[Any]]] = {None: {}}
    for f in wanted:
        versions.setdefault(f.repeat, [])
        columns.setdefault(f.repeat, {})[f.name] = []
    texts: dict[str, list[str]] = {f.name: [] for f in wanted if f.kind == "text"}

    def put(table: str | None, version: str, values: Mapping[str, Any]) -> None:
        versions[table].append(version)
        for name, column in columns[table].items():
            value = values.get(name)
            if name in texts:
                answered = value is not None and value != ""
                column.append(1 if answered else None)
                if answered:
                    texts[name].append(str(value))
            elif isinstance(value, (list, dict)):
                column.append(json.dumps(value, ensure_ascii=False))
            else:
                column.append(value)

    nested = any(len(form.repeats_of(f.repeat)) > 1 for form in forms.values()
                 for f in wanted if f.repeat and f.repeat in form.nodes)
    for version, answers in rows:
        put(None, version, answers)
        tables = repeat_rows(answers) if nested else None
        for repeat in columns:
            if not repeat:
                continue
            instances = tables.get(repeat) if tables is not None else answers.get(repeat)
            for instance in instances if isinstance(instances, list) else ():
                if isinstance(instance, Mapping):
                    put(repeat, version, instance)
    latest = {name: list(reversed(values[-50:])) for name, values in texts.items()}
    repeats = {r: Columns(versions[r], dict(columns[r])) for r in columns if r is not None}
    return from_columns(forms, Columns(versions[None], dict(columns[None])), repeats, latest,
                        lang=lang, not_answered=not_answered, samples=samples)


def from_columns(forms: Mapping[str, Form], top: Columns, repeats: Mapping[str, Columns],
                 latest_texts: Mapping[str, Sequence[str]], *, lang: str | None = None,
                 not_answered: str = NOT_ANSWERED, samples: int = SAMPLES) -> Summary:
    """The summary from answers read as columns (see `fields`); `latest_texts` holds recent
    answers of each text question, the latest first. Versions not in `forms` (not arrived
    yet) count by question name."""
    ordered = list(forms.values())  # none: `assemble` refuses
    questions = {q.name: q for q in union_questions(ordered)}
    figures: dict[str, Figures] = {}
    for f in fields(ordered):
        table: Columns | None = repeats.get(f.repeat) if f.repeat else top
        column = table.values.get(f.name, []) if table is not None else []
        figures[f.name] = _figures(column, f.kind, questions[f.name])
    rows: dict[str | None, Counter[str]] = {None: Counter(top.versions)}
    rows.update({name: Counter(instances.versions) for name, instances in repeats.items()})
    return assemble(forms, rows, figures, latest_texts, lang=lang, not_answered=not_answered,
                    samples=samples)


def assemble(forms: Mapping[str, Form], rows: Mapping[str | None, Mapping[str, int]],
             figures: Mapping[str, Figures], latest_texts: Mapping[str, Sequence[str]], *,
             lang: str | None = None, not_answered: str = NOT_ANSWERED,
             samples: int = SAMPLES) -> Summary:
    """The summary from each field's figures and the rows per form version of each table
    (None: the responses; a repeat's name: its instances), however storage counted them."""
    ordered = list(forms.values())
    if not ordered:
        raise ValueError("a summary needs at least one form version")
    base = ordered[-1]
    names_by_version = {v: {q.name for q in f.questions} for v, f in forms.items()}
    questions = {q.name: q for q in union_questions(ordered)}
    out: list[QuestionSummary] = []
    for f in fields(ordered):
        counts = rows.get(f.repeat, {})
        # Rows of versions without this question were never asked it.
        asked = sum(n for v, n in counts.items()
                    if v not in names_by_version or f.name in names_by_version[v])
        question = questions[f.name]
        found = figures.get(f.name) or Figures(Counter(), {"n": 0.0} if f.kind == "number"
                                               else {}, 0)
        item, answered = _item(question, f, found, ordered, latest_texts.get(f.name, ()),
                               lang, not_answered, samples, asked)
        out.append(QuestionSummary(question.name, question.type, tuple(question.group_path),
                                   question.repeat, item, asked - answered))
    per_version = {v: n for v, n in rows.get(None, {}).items() if n}
    return Summary(base.form_id, base.title_in(lang), None if len(forms) > 1 else base.version,
                   sum(per_version.values()), per_version, out)


def _is_missing(value: Any) -> bool:
    return value is None or value == "" or value == "[]"


def _distinct(column: Sequence[Any], question: Question) -> Counter[Any]:
    """How often each stored value occurs. A select_one holds its choice names (a handful of
    list.count passes, in C); anything else, or a name not in the list, is counted fully."""
    if question.type == "select_one" and isinstance(column, list):
        counts: Counter[Any] = Counter()
        for value in [None, "", *(c.name for c in question.choices)]:
            found = column.count(value)
            if found:
                counts[value] = found
        if sum(counts.values()) == len(column):
            return counts
    return Counter(column)


def _number(value: Any) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _choices_of(value: Any) -> list[str]:
    """The choice names in one stored select answer: a JSON list, or space-separated text."""
    if isinstance(value, str) and value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError:
            return value.split()
        return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]
    if isinstance(value, str):
        return value.split()
    return [str(value)]


def _item(question: Question, f: Field, figures: Figures, forms: Sequence[Form],
          latest: Sequence[str], lang: str | None, not_answered: str, samples: int,
          asked: int) -> tuple[Block, int]:
    rows: list[tuple[str, int]] = []
    picked: list[str] = []
    counts, stats, answered = figures
    kind = f.kind
    labels: dict[str, str] = {}
    if question.type == "calculate" and not question.choices and counts:
        numbers = _numbers_of(counts)
        if numbers is not None:  # every value a number: statistics, as a number question
            kind, stats = "number", _counted_stats(numbers)
        else:
            labels = _value_labels(counts, question, forms, lang)
            if len(counts) > MAX_VALUE_BARS:  # too many to chart: the most frequent ones
                kind = "text"
                picked = [labels[n] for n, _ in counts.most_common(samples)]
    if kind == "choices":
        if question.type == "acknowledge":
            rows = [(ACKNOWLEDGED, answered)]
        else:
            # a list's order; a calculation's values in the order of the list they come from
            order = [c.name for c in question.choices] or list(labels)
            known = set(order)
            order += sorted(n for n in counts if n not in known)
            rows = [(labels.get(n) or _choice_label(n, question, forms, lang),
                     counts.get(n, 0)) for n in order]
        rows.append((not_answered, max(asked - answered, 0)))
    elif kind == "text" and question.type in MEDIA_TYPES:
        # the latest files, each once: thumbnails of photos, a count of other files
        kind, picked = "media", list(dict.fromkeys(latest))[:MEDIA_SAMPLES]
    elif kind == "text" and question.type in GEO_TYPES:
        kind, stats = "geo", geo_stats(latest)
        picked = list(dict.fromkeys(latest))[:samples]
    elif kind == "text" and question.type != "calculate":
        for text in latest:  # the latest first, each once
            if text not in picked:
                picked.append(text)
            if len(picked) == samples:
                break
    item = Block(label=question_label(question, lang), kind=kind, answered=answered,
                 rows=rows, stats=dict(stats), samples=picked,
                 not_answered=rows[-1][1] if kind == "choices" else None,
                 grouping=groups_digits(question, stats) if kind == "number" else True)
    return item, answered


def _numbers_of(counts: Mapping[str, int]) -> list[tuple[float, int]] | None:
    """The counted values as (number, how many), or None when one of them is not a number."""
    found = []
    for value, n in counts.items():
        number = _number(value)
        if number is None:
            return None
        found.append((number, n))
    return found


class Figures(NamedTuple):
    """Language-free figures of one field: counts per choice name, number statistics, and how
    many rows answered."""

    counts: Counter[str]
    stats: dict[str, float]
    answered: int


def _figures(column: Sequence[Any], kind: str, question: Question) -> Figures:
    """The figures of one column of plain answers (the reference `figures_of_counts` keeps)."""
    counts: Counter[str] = Counter()
    stats: dict[str, float] = {}
    if kind == "choices":
        return _choice_figures(_distinct(column, question), question)
    if kind == "number":
        numbers = [v for v in column if v.__class__ is int or v.__class__ is float]
        answered = len(column) - column.count(None) - column.count("")
        if len(numbers) < answered:  # numbers stored as text, or a type changed by version
            numbers = [n for n in map(_number, column) if n is not None]
        return Figures(counts, _stats(numbers), answered)
    return Figures(counts, stats, column.count(1))


def _choice_figures(distinct: Mapping[Any, int], question: Question) -> Figures:
    counts: Counter[str] = Counter()
    answered = sum(n for value, n in distinct.items() if not _is_missing(value))
    for value, n in distinct.items():
        if _is_missing(value):
            continue
        if question.type == "select_multiple":
            for name in set(_choices_of(value)):
                counts[name] += n
        else:
            counts[str(value)] += n
    return Figures(counts, {}, answered)


def _stats(numbers: list[float]) -> dict[str, float]:
    """n, mean, min, max, median of the numbers (infinities and NaN left out when they would
    make the mean meaningless)."""
    mean = statistics.fmean(numbers) if numbers else 0.0
    if not math.isfinite(mean):  # an infinity or NaN from a hand-made answer
        numbers = [n for n in numbers if math.isfinite(n)]
        mean = statistics.fmean(numbers) if numbers else 0.0
    if not numbers:
        return {"n": 0.0}
    return {"n": float(len(numbers)), "mean": mean, "min": float(min(numbers)),
            "max": float(max(numbers)), "median": float(statistics.median(numbers))}


def geo_stats(values: Iterable[str]) -> dict[str, float]:
    """The points of locations, traces and shapes: how many ("n"), their box ("south",
    "north", "west", "east") and their centre ("lat", "lon", the mean of the points; a box
    across the 180th meridian is not split)."""
    points: list[geo.Point] = []
    for value in values:
        point = geo.parse_point(value)
        if point is not None:
            points.append(point)
            continue
        trace = geo.parse_trace(value)
        if trace is not None:
            closed = len(trace) > 2 and trace[0] == trace[-1]
            points.extend(trace[:-1] if closed else trace)  # a shape's first point once
    if not points:
        return {"n": 0.0}
    lats = [p.latitude for p in points]
    lons = [p.longitude for p in points]
    return {"n": float(len(points)), "south": min(lats), "north": max(lats),
            "west": min(lons), "east": max(lons), "lat": statistics.fmean(lats),
            "lon": statistics.fmean(lons)}


def figures_of_counts(values: Iterable[tuple[Any, int]], kind: str, question: Question,
                      numbers: Sequence[float] = ()) -> Figures:
    """The figures of one field from how often each distinct stored value occurs (None for
    no answer), as `(value, rows)` pairs, and more numbers one row each: what storage
    counts. The same figures as a column holding those values (a text field's values are 1
    when answered, None when not)."""
    if kind == "choices":
        distinct: Counter[Any] = Counter(numbers)
        for value, n in values:
            distinct[value] += n
        return _choice_figures(distinct, question)
    if kind == "number":
        values = [(v, n) for v, n in values if n]
        answered = len(numbers) + sum(n for v, n in values
                                      if v is not None and not _equals_empty(v))
        found = [(v, n) for v, n in values if v.__class__ is int or v.__class__ is float]
        if len(numbers) + sum(n for _, n in found) < answered:  # numbers stored as text
            found = [(x, n) for x, n in ((_number(v), n) for v, n in values) if x is not None]
        if not numbers:
            return Figures(Counter(), _counted_stats(found), answered)
        found.sort(key=lambda pair: pair[0])
        # Two sorted runs: the sort merges them in one pass.
        plain = sorted(sorted(numbers) + list(chain.from_iterable(repeated(v, n)
                                                                  for v, n in found)))
        return Figures(Counter(), _sorted_stats(plain), answered)
    return Figures(Counter(), {}, sum(n for v, n in values if v == 1) + len(numbers))


def _sorted_stats(plain: list[float]) -> dict[str, float]:
    """`_stats` of numbers already in order, without sorting or scanning them again."""
    mean = math.fsum(plain) / len(plain) if plain else 0.0
    if not plain or not math.isfinite(mean):
        return _stats(plain)
    middle = len(plain) // 2
    median = plain[middle] if len(plain) % 2 else (plain[middle - 1] + plain[middle]) / 2
    return {"n": float(len(plain)), "mean": mean, "min": float(plain[0]),
            "max": float(plain[-1]), "median": float(median)}


def _counted_stats(found: list[tuple[float, int]]) -> dict[str, float]:
    """`_stats` of numbers given as (number, how many times): the same figures (the sum is
    fsum's, exactly rounded; the median is picked from the counts)."""
    total = sum(n for _, n in found)
    mean = math.fsum(chain.from_iterable(repeated(v, n) for v, n in found)) / total \
        if total else 0.0
    if not math.isfinite(mean):  # an infinity or NaN from a hand-made answer
        found = [(v, n) for v, n in found if math.isfinite(v)]
        total = sum(n for _, n in found)
        mean = math.fsum(chain.from_iterable(repeated(v, n) for v, n in found)) / total \
            if total else 0.0
    if not total:
        return {"n": 0.0}
    found = sorted(found, key=lambda pair: pair[0])
    middle = [total // 2] if total % 2 else [total // 2 - 1, total // 2]
    picked: list[float] = []
    seen = 0
    for value, n in found:
        while middle and middle[0] < seen + n:
            picked.append(value)
            middle.pop(0)
        seen += n
    median = picked[0] if len(picked) == 1 else (picked[0] + picked[1]) / 2
    return {"n": float(total), "mean": mean, "min": float(found[0][0]),
            "max": float(found[-1][0]), "median": float(median)}


def _equals_empty(value: Any) -> bool:
    return value.__class__ is str and value == ""


def _choice_label(name: str, question: Question, forms: Sequence[Form],
                  lang: str | None) -> str:
    for choice in question.choices:
        if choice.name == name:
            return choice.label(lang) or name
    for form in reversed(forms):  # a choice an older version had
        for older in form.questions:
            if older.name == question.name:
                for choice in older.choices:
                    if choice.name == name:
                        return choice.label(lang) or name
    if question.type == "calculate":  # a value a calculation gives: its label, else words
        for form in reversed(forms):
            label = form.value_label(name, lang)
            if label:
                return label
        return readable(name) if _CODE.fullmatch(name) else name
    return name


def _value_labels(names: Iterable[str], question: Question, forms: Sequence[Form],
                  lang: str | None) -> dict[str, str]:
    """Labels of the values a calculation without a list of its own gave: from the list of
    the choices sheet that holds them all when there is one, else one by one."""
    wanted = set(names)
    for form in reversed(forms):
        choices = form.list_of(wanted)
        if choices is not None:
            return {c.name: c.label(lang) or c.name for c in choices if c.name in wanted}
    return {name: _choice_label(name, question, forms, lang) for name in sorted(wanted)}
