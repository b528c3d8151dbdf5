"""A form as GMS Desk uses it: groups, questions and choices built from pyxform's JSON.

The database stores only `Form.definition` (pyxform's JSON plus a small `_gmsdesk` note), so
`Form.from_definition` must rebuild exactly the same form; every expression is compiled here,
once, so a form that loads is a form whose logic can run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pyxform import aliases
from pyxform.utils import default_is_dynamic

from gmsdesk.forms.entities import SmeEntity, compile_update_if, entity_of, save_to_of
from gmsdesk.forms.expressions import Expression, ExpressionError, compile_expression
from gmsdesk.forms.problems import FormDefinitionError, Problem

__all__ = [
    "METADATA_TYPES",
    "QUESTION_TYPES",
    "TYPE_ALIASES",
    "Choice",
    "Form",
    "Group",
    "Page",
    "Question",
    "build_form",
]

QUESTION_TYPES = ("text", "integer", "decimal", "select_one", "select_multiple", "date", "time",
                  "note", "calculate", "acknowledge", "range")
# pyxform's spelling of a type (and its old aliases) -> ours.
TYPE_ALIASES = {
    "text": "text", "string": "text", "q string": "text", "add text prompt": "text",
    "integer": "integer", "int": "integer", "q int": "integer", "add integer prompt": "integer",
    "decimal": "decimal", "q decimal": "decimal", "add decimal prompt": "decimal",
    "select one": "select_one", "select all that apply": "select_multiple",
    "date": "date", "q date": "date", "add date prompt": "date",
    "time": "time", "note": "note", "q note": "note", "add note prompt": "note",
    "calculate": "calculate", "q calculate": "calculate", "add calculate prompt": "calculate",
    "acknowledge": "acknowledge", "q acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge", "range": "range",
}
# Metadata ODK records without asking; not stored here, but expressions may read them.
METADATA_TYPES = {
    "start": "datetime", "end": "datetime", "today": "date", "start time": "datetime",
    "end time": "datetime", "get start time": "datetime", "get end time": "datetime",
    "get today": "date", "deviceid": "", "device id": "", "get device id": "", "imei": "",
    "subscriberid": "", "subscriber id": "", "simserial": "", "sim id": "",
    "phonenumber": "", "username": "", "email": "", "audit": "",
    "uri:deviceid": "", "uri:subscriberid": "", "uri:simserial": "", "uri:phonenumber": "",
    "uri:username": "", "uri:email": "",
}
_LANG_CODE = re.compile(r"\(([^()]+)\)\s*$")
_LABEL_REF = re.compile(r"\$\{\s*([^}\s]+)\s*\}")
DEFAULT_LANG_KEY = "default"


class Languages:
    """Maps language codes ("km") to pyxform's keys ("Khmer (km)") and picks a text."""

    def __init__(self, keys: list[str], default_key: str | None) -> None:
        self.keys = keys
        self.default_key = default_key
        self.by_code: dict[str, str] = {}
        for key in keys:
            self.by_code.setdefault(language_code(key), key)
            self.by_code.setdefault(key, key)
        self.codes = [language_code(k) for k in keys if k != DEFAULT_LANG_KEY]

    def pick(self, texts: Any, lang: str | None) -> str:
        """The text in `lang`, else the default language, else any language, else ""."""
        if not texts:
            return ""
        if isinstance(texts, str):
            return texts
        if not isinstance(texts, Mapping):
            return str(texts)
        for key in (self.by_code.get(lang) if lang else None, self.default_key,
                    DEFAULT_LANG_KEY):
            if key and texts.get(key):
                return str(texts[key])
        for value in texts.values():
            if value:
                return str(value)
        return ""


# Codes ODK users write for the app's simplified Chinese: pyxform accepts only the plain
# subtag ("Chinese (zh)") as machine readable, the app calls it zh_CN.
_CODE_ALIASES = {"zh": "zh_CN", "zh-cn": "zh_CN", "zh_cn": "zh_CN", "zh-hans": "zh_CN",
                 "zh-hans-cn": "zh_CN"}


def language_code(key: str) -> str:
    """"Khmer (km)" -> "km", "Chinese (zh)" -> "zh_CN"; a name without a code is its own."""
    match = _LANG_CODE.search(key)
    code = match[1].strip() if match else key.strip()
    return _CODE_ALIASES.get(code.lower(), code)


@dataclass(eq=False)
class Choice:
    """One option of a select; `extra` holds the other columns (used by choice_filter)."""

    name: str
    labels: Any
    extra: dict[str, str]
    langs: Languages = field(repr=False)

    def label(self, lang: str | None) -> str:
        return self.langs.pick(self.labels, lang) or self.name


@dataclass(eq=False)
class Group:
    """A group or repeat; `repeat_name` is the repeat this group sits in (itself for a repeat)."""

    name: str
    labels: Any
    children: list[Group | Question]
    repeat: bool
    relevant: str | None
    appearance: str | None
    group_path: tuple[str, ...]
    repeat_name: str | None
    langs: Languages = field(repr=False)
    parent: Group | None = field(default=None, repr=False)
    repeat_count: int | None = None
    relevant_expr: Expression | None = field(default=None, repr=False)

    def label(self, lang: str | None) -> str:
        return self.langs.pick(self.labels, lang)

    def walk(self) -> Iterator[Group | Question]:
        """Every group and question below this one, in document order."""
        for child in self.children:
            yield child
            if isinstance(child, Group):
                yield from child.walk()


@dataclass(eq=False)
class Question:
    """One question; expressions are kept as source and compiled (the *_expr fields)."""

    name: str
    type: str
    labels: Any
    hints: Any
    required: bool  # may be required (true, or a `required` expression)
    read_only: bool
    appearance: str | None
    repeat: str | None
    group_path: tuple[str, ...]
    choices: list[Choice]
    langs: Languages = field(repr=False)
    parent: Group | None = field(default=None, repr=False)
    list_name: str | None = None
    relevant: str | None = None
    constraint: str | None = None
    calculation: str | None = None
    choice_filter: str | None = None
    default: str | None = None
    required_messages: Any = None
    constraint_messages: Any = None
    parameters: dict[str, Any] = field(default_factory=dict)
    relevant_expr: Expression | None = field(default=None, repr=False)
    constraint_expr: Expression | None = field(default=None, repr=False)
    calculate_expr: Expression | None = field(default=None, repr=False)
    required_expr: Expression | None = field(default=None, repr=False)
    read_only_expr: Expression | None = field(default=None, repr=False)
    filter_expr: Expression | None = field(default=None, repr=False)
    default_expr: Expression | None = field(default=None, repr=False)
    label_refs: frozenset[str] = frozenset()
    required_source: str | None = None  # `required` when it is an expression
    read_only_source: str | None = None  # `read_only` when it is an expression
    save_to: str | None = None  # the SME field its answer fills (see forms.entities)

    def label(self, lang: str | None) -> str:
        return self.langs.pick(self.labels, lang)

    def hint(self, lang: str | None) -> str:
        return self.langs.pick(self.hints, lang)

    def required_message(self, lang: str | None) -> str:
        return self.langs.pick(self.required_messages, lang)

    def constraint_message(self, lang: str | None) -> str:
        return self.langs.pick(self.constraint_messages, lang)

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple")

    @property
    def is_input(self) -> bool:
        """A question a person answers (not a note or a calculation)."""
        return self.type not in ("note", "calculate")

    def choice(self, name: str) -> Choice | None:
        for choice in self.choices:
            if choice.name == name:
                return choice
        return None


@dataclass(frozen=True, eq=False)
class Page:
    """What the renderer shows at once: one top-level group or repeat, or loose questions."""

    items: tuple[Group | Question, ...]
    group: Group | None = None

    def label(self, lang: str | None) -> str:
        return self.group.label(lang) if self.group else ""


class Form:
    """An imported XLSForm, ready for FormState; built from a JSON-serialisable definition."""

    def __init__(self, definition: dict[str, Any], root: Group, langs: Languages,
                 nodes: dict[str, Group | Question], metadata: dict[str, str]) -> None:
        self.definition = definition
        self.root = root
        self.langs = langs
        self.nodes = nodes
        self.metadata = metadata  # metadata name -> "datetime" | "date" | ""
        self.form_id = str(definition.get("id_string") or "")
        self.version = str(definition.get("version") or "")
        self.title = str(definition.get("title") or self.form_id)
        default_key = definition.get("default_language")
        self.default_language = (language_code(default_key) if default_key
                                 and default_key != DEFAULT_LANG_KEY else None)
        self.languages = langs.codes
        self.questions = [n for n in root.walk() if isinstance(n, Question)]
        self.groups = [n for n in root.walk() if isinstance(n, Group)]
        self.page_list = _pages(root)
        # What a response updates of the SME it is linked to (None: nothing).
        self.entities: SmeEntity | None = None
        # Every list of the choices sheet, used by a question or not (the labels of values a
        # calculation gives, see `value_label`).
        self.choice_lists: dict[str, list[Choice]] = {}

    def list_of(self, values: set[str]) -> list[Choice] | None:
        """The list of the choices sheet that names every one of `values` (the smallest, when
        several do: "yes"/"no" are yes_no's rather than a yes/depends/no list's), else None."""
        fitting = [choices for choices in self.choice_lists.values()
                   if values <= {c.name for c in choices}]
        return min(fitting, key=len) if fitting and values else None

    def value_label(self, value: str, lang: str | None) -> str | None:
        """The label of `value` when it is the name of a choice on the choices sheet and every
        list that has it labels it alike in `lang`, else None."""
        found = {choice.label(lang) for choices in self.choice_lists.values()
                 for choice in choices if choice.name == value}
        return found.pop() if len(found) == 1 else None

    @classmethod
    def from_definition(cls, definition: dict[str, Any]) -> Form:
        """Rebuild a stored form; raises FormDefinitionError if it cannot be used."""
        form, problems = build_form(definition)
        if form is None:
            raise FormDefinitionError(problems)
        return form

    def question(self, name: str) -> Question:
        node = self.nodes.get(name)
        if not isinstance(node, Question):
            raise KeyError(name)
        return node

    def group(self, name: str) -> Group:
        node = self.nodes.get(name)
        if not isinstance(node, Group):
            raise KeyError(name)
        return node

    def node(self, name: str) -> Group | Question:
        return self.nodes[name]

    def title_in(self, lang: str | None) -> str:
        """The form's title in `lang` when the settings sheet gives one (a
        `form_title::Khmer (km)` column), else in the default language, else the title."""
        titles = (self.definition.get("_gmsdesk") or {}).get("titles") or {}
        if not isinstance(titles, Mapping):
            return self.title
        for code in (lang, self.default_language):
            if code and titles.get(code):
                return str(titles[code])
        return self.title

    def pages(self) -> list[Page]:
        return list(self.page_list)

    # expressions.Scope
    def repeat_of(self, name: str) -> str | None:
        if name in self.metadata:
            return None
        node = self.nodes[name]
        return node.repeat_name if isinstance(node, Group) else node.repeat

    def is_select(self, name: str) -> bool:
        node = self.nodes.get(name)
        return isinstance(node, Question) and node.is_select

    def __repr__(self) -> str:
        return f"Form({self.form_id!r}, version={self.version!r}, {len(self.questions)} q)"


def _pages(root: Group, per_page: int = 10) -> list[Page]:
    pages: list[Page] = []
    loose: list[Group | Question] = []

    def flush() -> None:
        if loose:
            pages.append(Page(tuple(loose)))
            loose.clear()

    for child in root.children:
        if isinstance(child, Group):
            flush()
            pages.append(Page(tuple(child.children), child))
        elif child.type != "calculate":
            loose.append(child)
            if len(loose) >= per_page:
                flush()
    flush()
    return pages


# -- building ----------------------------------------------------------------------------------

_TEXT_COLUMNS = ("label", "hint")
_BIND_TEXT = ("jr:requiredMsg", "jr:constraintMsg")


def _collect_language_keys(node: Mapping[str, Any], keys: dict[str, None]) -> None:
    for column in _TEXT_COLUMNS:
        value = node.get(column)
        if isinstance(value, Mapping):
            keys.update(dict.fromkeys(value))
    bind = node.get("bind") or {}
    for column in _BIND_TEXT:
        value = bind.get(column)
        if isinstance(value, Mapping):
            keys.update(dict.fromkeys(value))
    for choice in node.get("choices") or ():
        if isinstance(choice, Mapping) and isinstance(choice.get("label"), Mapping):
            keys.update(dict.fromkeys(choice["label"]))
    for child in node.get("children") or ():
        if isinstance(child, Mapping):
            _collect_language_keys(child, keys)


def _yes_no(value: Any) -> bool | None:
    """True/False for yes/no/true()/false(); None for an expression (or nothing)."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    answer: bool | None = aliases.yes_no.get(str(value).strip())  # pyxform is untyped
    return answer


def _is_meta_group(node: Mapping[str, Any]) -> bool:
    return node.get("name") == "meta" and bool((node.get("control") or {}).get("bodyless"))


class _Builder:
    def __init__(self, definition: dict[str, Any], rows: Mapping[str, int]) -> None:
        self.definition = definition
        self.rows = rows
        self.problems: list[Problem] = []
        keys: dict[str, None] = {}
        _collect_language_keys(definition, keys)
        default_key = definition.get("default_language")
        self.langs = Languages(list(keys), default_key if default_key in keys else None)
        self.nodes: dict[str, Group | Question] = {}
        self.metadata: dict[str, str] = {}
        self.choice_lists: Mapping[str, Any] = definition.get("choices") or {}

    def problem(self, name: str | None, message: str, severity: str = "error") -> None:
        row = self.rows.get(name) if name else None
        self.problems.append(Problem("survey", row, message, severity))

    def build(self) -> Form | None:
        root = Group(str(self.definition.get("name") or "data"), self.definition.get("title"),
                     [], False, None, None, (), None, self.langs)
        self.add_children(root, self.definition.get("children") or [], (), None)
        form = Form(self.definition, root, self.langs, self.nodes, self.metadata)
        form.choice_lists = {str(name): self.make_choices(rows)
                             for name, rows in self.choice_lists.items()
                             if isinstance(rows, list)}
        for node in root.walk():
            self.compile_node(form, node)
        form.entities = entity_of(self.definition, form.questions)
        if form.entities is not None:
            problem = compile_update_if(form.entities, form)
            if problem is not None:
                self.problems.append(problem)
        if any(p.is_error for p in self.problems):
            return None
        return form

    def add_children(self, parent: Group, children: list[Any], path: tuple[str, ...],
                     repeat: str | None) -> None:
        for raw in children:
            if not isinstance(raw, Mapping) or _is_meta_group(raw):
                continue
            name = str(raw.get("name") or "")
            kind = str(raw.get("type") or "")
            if kind in ("group", "repeat"):
                self.add_group(parent, raw, name, kind == "repeat", path, repeat)
                continue
            if name in self.nodes or name in self.metadata:
                self.problem(name, f"the name '{name}' is used more than once; GMS Desk needs "
                                   "every question and group name to be unique in the form")
                continue
            if kind in METADATA_TYPES:
                self.metadata[name] = METADATA_TYPES[kind]
                self.problem(name, f"metadata '{kind}' ({name}) is not recorded by GMS Desk; "
                                   "it is ignored", "warning")
                continue
            ours = TYPE_ALIASES.get(kind)
            if ours is None:
                self.problem(name, f"type '{kind}' ({name}) is not supported by GMS Desk; "
                                   f"supported types: {', '.join(QUESTION_TYPES)}, groups "
                                   "and repeats. Remove the row or change its type")
                continue
            question = self.make_question(raw, name, ours, path, repeat)
            question.parent = parent
            parent.children.append(question)
            self.nodes[name] = question

    def add_group(self, parent: Group, raw: Mapping[str, Any], name: str, is_repeat: bool,
                  path: tuple[str, ...], repeat: str | None) -> None:
        if name in self.nodes or name in self.metadata:
            self.problem(name, f"the name '{name}' is used more than once; GMS Desk needs "
                               "every question and group name to be unique in the form")
            return
        if is_repeat and repeat is not None:
            self.problem(name, f"repeat '{name}' is inside repeat '{repeat}'; GMS Desk does "
                               "not support repeats inside repeats")
            return
        bind = raw.get("bind") or {}
        control = raw.get("control") or {}
        count: int | None = None
        if is_repeat and control.get("jr:count") not in (None, ""):
            text = str(control["jr:count"]).strip()
            if text.isdigit():
                count = int(text)
            else:
                self.problem(name, f"repeat_count '{text}' is ignored: only a fixed number is "
                                   "supported; instances are added with the Add button",
                             "warning")
        inner_repeat = name if is_repeat else repeat
        group = Group(name, raw.get("label"), [], is_repeat, bind.get("relevant") or None,
                      control.get("appearance") or None, path, inner_repeat, self.langs,
                      parent, count)
        parent.children.append(group)
        self.nodes[name] = group
        self.add_children(group, list(raw.get("children") or []), (*path, name), inner_repeat)

    def make_question(self, raw: Mapping[str, Any], name: str, kind: str,
                      path: tuple[str, ...], repeat: str | None) -> Question:
        bind = raw.get("bind") or {}
        control = raw.get("control") or {}
        required = _yes_no(bind.get("required"))
        read_only = _yes_no(bind.get("readonly"))
        choices: list[Choice] = []
        list_name = raw.get("list_name") or raw.get("itemset")
        if kind in ("select_one", "select_multiple"):
            rows = raw.get("choices")
            if rows is None and list_name:
                rows = self.choice_lists.get(list_name)
            if rows is None:
                self.problem(name, f"the choice list '{list_name}' is not on the choices "
                                   "sheet")
                rows = []
            choices = self.make_choices(rows)
        elif kind == "calculate" and isinstance(self.choice_lists.get(name), list):
            # A list named after a calculation labels the values it gives ("small" ->
            # "Small enterprise"), in every language of the form.
            list_name = name
            choices = self.make_choices(self.choice_lists[name])
        parameters: dict[str, Any] = {}
        if kind == "range":
            parameters = self.range_parameters(name, raw.get("parameters") or {})
        default = raw.get("default")
        question = Question(
            name=name, type=kind, labels=raw.get("label"), hints=raw.get("hint"),
            required=required is not False,
            read_only=kind in ("calculate", "note") or read_only is not False,
            appearance=control.get("appearance") or None, repeat=repeat, group_path=path,
            choices=choices, langs=self.langs, list_name=list_name,
            relevant=bind.get("relevant") or None, constraint=bind.get("constraint") or None,
            calculation=bind.get("calculate") or None,
            choice_filter=raw.get("choice_filter") or None,
            default=str(default) if default not in (None, "") else None,
            required_messages=bind.get("jr:requiredMsg"),
            constraint_messages=bind.get("jr:constraintMsg"), parameters=parameters,
            required_source=str(bind["required"]) if required is None else None,
            read_only_source=str(bind["readonly"]) if read_only is None else None,
            save_to=save_to_of(bind))
        return question

    def make_choices(self, rows: list[Any]) -> list[Choice]:
        choices = []
        for row in rows:
            if not isinstance(row, Mapping):
                continue
            extra = {str(k): str(v) for k, v in row.items()
                     if k not in ("name", "label", "media", "__row") and v is not None}
            choices.append(Choice(str(row.get("name", "")), row.get("label"), extra,
                                  self.langs))
        return choices

    def range_parameters(self, name: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, float] = {"start": 1.0, "end": 10.0, "step": 1.0}
        for key in ("start", "end", "step"):
            if raw.get(key) in (None, ""):
                continue
            try:
                values[key] = float(raw[key])
            except (TypeError, ValueError):
                self.problem(name, f"range parameter {key}='{raw[key]}' is not a number")
        if values["step"] <= 0:
            self.problem(name, "range parameter step must be greater than 0")
        integral = all(v == int(v) for v in values.values())
        return {k: (int(v) if integral else v) for k, v in values.items()}

    def compile_one(self, form: Form, node: Group | Question, column: str, source: Any, *,
                    current: str | None, choice_filter: bool = False) -> Expression | None:
        if source is None or str(source).strip() == "":
            return None
        repeat = node.repeat_name if isinstance(node, Group) else node.repeat
        try:
            return compile_expression(str(source), form, repeat=repeat, current=current,
                                      choice_filter=choice_filter)
        except ExpressionError as error:
            self.problem(node.name, f"{column} '{source}': {error}")
            return None

    def compile_node(self, form: Form, node: Group | Question) -> None:
        if isinstance(node, Group):
            node.relevant_expr = self.compile_one(form, node, "relevant", node.relevant,
                                                  current=None)
            return
        q = node
        q.relevant_expr = self.compile_one(form, q, "relevant", q.relevant, current=q.name)
        q.constraint_expr = self.compile_one(form, q, "constraint", q.constraint,
                                             current=q.name)
        if q.type == "calculate" or q.calculation:
            q.calculate_expr = self.compile_one(form, q, "calculation", q.calculation,
                                                current=q.name)
        q.required_expr = self.compile_one(form, q, "required", q.required_source,
                                           current=q.name)
        q.read_only_expr = self.compile_one(form, q, "read_only", q.read_only_source,
                                            current=q.name)
        if q.choice_filter:
            if not q.is_select:
                self.problem(q.name, "choice_filter only applies to select questions; "
                                     "it is ignored", "warning")
            else:
                q.filter_expr = self.compile_one(form, q, "choice_filter", q.choice_filter,
                                                 current=q.name, choice_filter=True)
        if q.default and default_is_dynamic(q.default, _BIND_TYPES.get(q.type)):
            q.default_expr = self.compile_one(form, q, "default", q.default, current=q.name)
        refs: set[str] = set()
        for texts in (q.labels, q.hints):
            values = texts.values() if isinstance(texts, Mapping) else [texts or ""]
            for text in values:
                for ref in _LABEL_REF.findall(str(text or "")):
                    if ref not in form.nodes and ref not in form.metadata:
                        self.problem(q.name, f"the label refers to ${{{ref}}}, but there is no "
                                             f"question named '{ref}'")
                    else:
                        refs.add(ref)
        q.label_refs = frozenset(refs)


_BIND_TYPES = {"integer": "int", "decimal": "decimal", "date": "date", "time": "time",
               "text": "string"}


def build_form(definition: dict[str, Any], rows: Mapping[str, int] | None = None
               ) -> tuple[Form | None, list[Problem]]:
    """Build a Form from pyxform's JSON; problems carry rows when `rows` maps names to rows."""
    builder = _Builder(definition, rows or {})
    try:
        form = builder.build()
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        builder.problems.append(Problem(None, None, f"the form definition is damaged: {error}"))
        return None, builder.problems
    if form is not None:
        from gmsdesk.forms.engine import CycleError, plan_for

        try:
            plan_for(form)
        except CycleError as error:
            builder.problem(error.names[0] if error.names else None, str(error))
            return None, builder.problems
    return form, builder.problems
