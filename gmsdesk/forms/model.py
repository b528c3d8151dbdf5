"""A form as GMS Desk uses it: groups, questions and choices built from pyxform's JSON.

The database stores only `Form.definition` (pyxform's JSON plus a `_gmsdesk` note: titles, the
files attached to the form, the external_choices lists it uses: see forms.form_files), so
`Form.from_definition` must rebuild exactly the same form; every expression is compiled here,
once, so a form that loads is a form whose logic can run.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pyxform import aliases
from pyxform.builder import SurveyElementBuilder
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.utils import default_is_dynamic

from gmsdesk.forms.entities import SmeEntity, compile_update_if, entity_of, save_to_of
from gmsdesk.forms.expressions import (
    Call,
    Expression,
    ExpressionError,
    Num,
    Ref,
    Str,
    compile_expression,
    parse,
)
from gmsdesk.forms.instances import DATA_SUFFIXES, Element, FileError, document, rows_document
from gmsdesk.forms.problems import FormDefinitionError, Message, Problem
from gmsdesk.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "GEO_TYPES",
    "HIDDEN_TYPES",
    "IGNORED_METADATA",
    "MEDIA_TYPES",
    "METADATA",
    "METADATA_TYPES",
    "QUESTION_TYPES",
    "TYPE_ALIASES",
    "Choice",
    "Form",
    "Group",
    "Page",
    "Question",
    "build_form",
    "shown_questions",
]

QUESTION_TYPES = ("text", "integer", "decimal", "select_one", "select_multiple", "date", "time",
                  "datetime", "note", "calculate", "acknowledge", "range", "hidden", "image",
                  "audio", "video", "file", "barcode", "geopoint", "geotrace", "geoshape")
# Answered with a file: the answer is its file name, as ODK stores it (the file itself is
# kept by gmsdesk.storage.attachments). Located: "lat lon alt acc", a trace or shape being
# such points separated by ";".
MEDIA_TYPES = frozenset({"image", "audio", "video", "file"})
GEO_TYPES = frozenset({"geopoint", "geotrace", "geoshape"})
# pyxform's spelling of a type (and its old aliases) -> ours. Some bring a constraint and a
# hint with them ("phone number": digits only), taken from pyxform's type dictionary.
TYPE_ALIASES = {
    "text": "text", "string": "text", "q string": "text", "add text prompt": "text",
    "phone number": "text",
    "integer": "integer", "int": "integer", "q int": "integer", "add integer prompt": "integer",
    "percentage": "integer", "number of days in last month": "integer",
    "number of days in last six months": "integer", "number of days in last year": "integer",
    "decimal": "decimal", "q decimal": "decimal", "add decimal prompt": "decimal",
    "select one": "select_one", "select all that apply": "select_multiple",
    "select one external": "select_one",  # its choices from the external_choices sheet
    "date": "date", "q date": "date", "add date prompt": "date",
    "time": "time",
    "datetime": "datetime", "dateTime": "datetime", "date time": "datetime",
    "q date time": "datetime", "q dateTime": "datetime", "add date time prompt": "datetime",
    "add dateTime prompt": "datetime",
    "note": "note", "q note": "note", "add note prompt": "note",
    "calculate": "calculate", "q calculate": "calculate", "add calculate prompt": "calculate",
    "acknowledge": "acknowledge", "q acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge", "trigger": "acknowledge", "range": "range",
    "hidden": "hidden",
    "image": "image", "photo": "image", "q image": "image", "q picture": "image",
    "add image prompt": "image",
    "audio": "audio", "q audio": "audio", "add audio prompt": "audio",
    "video": "video", "q video": "video", "add video prompt": "video",
    "file": "file", "add file prompt": "file",
    "barcode": "barcode", "q barcode": "barcode", "add barcode prompt": "barcode",
    "geopoint": "geopoint", "gps": "geopoint", "location": "geopoint",
    "q geopoint": "geopoint", "q location": "geopoint", "add location prompt": "geopoint",
    "geotrace": "geotrace", "q geotrace": "geotrace",
    "geoshape": "geoshape", "q geoshape": "geoshape",
}
# Metadata ODK records without asking: pyxform's spelling -> ours. Filled in by the engine
# (see FormState), never shown; phone number, subscriber and SIM ids stay empty on a laptop.
METADATA = ("start", "end", "today", "deviceid", "username", "email", "phonenumber",
            "subscriberid", "simserial")
METADATA_TYPES = {
    "start": "start", "start time": "start", "get start time": "start",
    "end": "end", "end time": "end", "get end time": "end",
    "today": "today", "get today": "today",
    "deviceid": "deviceid", "device id": "deviceid", "get device id": "deviceid",
    "imei": "deviceid", "uri:deviceid": "deviceid",
    "username": "username", "uri:username": "username",
    "email": "email", "uri:email": "email",
    "phonenumber": "phonenumber", "get phone number": "phonenumber",
    "uri:phonenumber": "phonenumber",
    "subscriberid": "subscriberid", "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid", "uri:subscriberid": "subscriberid",
    "simserial": "simserial", "sim id": "simserial", "get sim id": "simserial",
    "uri:simserial": "simserial",
}
# Metadata GMS Desk does not record (a warning on its row); expressions read it as empty.
IGNORED_METADATA = {"audit": QT_TRANSLATE_NOOP(
    "Forms", "the audit log of ODK Collect is not recorded by GMS Desk")}
_IGNORED = QT_TRANSLATE_NOOP("Forms", "metadata '{type}' ({name}) is ignored: {reason}")
# A column's expression that cannot be used: "calculation '${a} +': the expression ends..."
_IN_COLUMN = QT_TRANSLATE_NOOP("Forms", "{column} '{source}': {error}")
_NOT_IN_REPEAT = QT_TRANSLATE_NOOP(
    "Forms", "type '{type}' takes its choices from the answers to a question inside a repeat, "
             "but '{name}' is not a question inside a repeat")
_NOT_A_QUESTION = QT_TRANSLATE_NOOP(
    "Forms", "type '{type}' takes its choices from the answers to a question inside a repeat, "
             "but '{name}' is not a question of the form")
_USED_TWICE = QT_TRANSLATE_NOOP(
    "Forms", "the name '{name}' is used more than once; GMS Desk needs every question and "
             "group name to be unique in its group")
# Types never shown to the person filling in (a calculation is shown when it has a label).
HIDDEN_TYPES = frozenset({"hidden", *METADATA})
_LANG_CODE = re.compile(r"\(([^()]+)\)\s*$")
_LABEL_REF = re.compile(r"\$\{\s*([^}\s]+)\s*\}")
# The itext ids pyxform writes (jr:itext): a node's texts, a choice by its list and position.
_ITEXT_NODE = re.compile(r"(?P<path>/[^:\s]+):(?P<form>label|hint|jr:constraintMsg|"
                         r"jr:requiredMsg)")
_ITEXT_CHOICE = re.compile(r"(?P<list>[^\s/]+)-(?P<index>\d+)")
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
    media: Any = None  # {"image": file name, or file names by language}

    def label(self, lang: str | None) -> str:
        return self.langs.pick(self.labels, lang) or self.name

    def image(self, lang: str | None) -> str | None:
        """The file of the image shown with this choice in `lang`, if any."""
        return _media_file(self.media, "image", self.langs, lang) or _media_file(
            self.media, "big-image", self.langs, lang)


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
    # repeat_count as an expression (`${num_members}`): ODK's jr:count, the number of
    # instances follows it (see FormState); evaluated in the instance around the repeat.
    count_source: str | None = None
    count_expr: Expression | None = field(default=None, repr=False)
    # The name as the form writes it; `name` is the key GMS Desk knows it by, the same
    # unless another group uses the name too ("father/age", see `_keys`).
    xml_name: str = ""

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
    # The select parameter randomize=true: choices in a shuffled order, the same one for a
    # response; `seed_expr` (seed=...) gives the order ODK Collect gives with that seed.
    randomize: bool = False
    seed_expr: Expression | None = field(default=None, repr=False)
    label_refs: frozenset[str] = frozenset()
    required_source: str | None = None  # `required` when it is an expression
    read_only_source: str | None = None  # `read_only` when it is an expression
    save_to: str | None = None  # the SME field its answer fills (see forms.entities)
    xml_name: str = ""  # the name as the form writes it (see Group.xml_name)
    media: dict[str, Any] = field(default_factory=dict)  # {"image": file (by language)}
    # Where the choices come from when not the choices sheet: an attached file
    # ("fruits.csv", select_one_from_file or search()), or "external_choices", or for
    # `select_one ${name}` the answers to `name` in its repeat's instances ("${name}").
    choices_from: str | None = None

    @property
    def repeat_source(self) -> str | None:
        """For `select_one ${name}`: the question in a repeat whose answers are the choices."""
        found = self.choices_from
        return found[2:-1] if found and found.startswith("${") else None

    def label(self, lang: str | None) -> str:
        return self.langs.pick(self.labels, lang)

    def image(self, lang: str | None) -> str | None:
        """The file of the image shown with the label in `lang` (media::image), if any."""
        return _media_file(self.media, "image", self.langs, lang) or _media_file(
            self.media, "big-image", self.langs, lang)

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
        """A question a person answers (not a note, a calculation, a hidden value or
        metadata)."""
        return self.type not in ("note", "calculate") and self.type not in HIDDEN_TYPES

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
        # Names of metadata GMS Desk does not record (audit): empty in expressions. The
        # metadata it records (start, end, deviceid...) are questions of HIDDEN_TYPES.
        self.metadata = metadata  # name -> ""
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
        # The files attached to the form (see `attachments`): name -> {"sha256", "size", and
        # "text" for a data file or "base64" for media}.
        gms = definition.get("_gmsdesk") or {}
        files = gms.get("files") if isinstance(gms, Mapping) else None
        self.files: dict[str, dict[str, Any]] = dict(files) if isinstance(files, Mapping) \
            else {}
        # Secondary instances by name: ("file", "fruits.csv") or ("choices", "list name").
        self.instance_sources: dict[str, tuple[str, str]] = {}
        self._documents: dict[tuple[str, str | None], Element] = {}
        self._chains: dict[str | None, tuple[str, ...]] = {None: ()}

    # -- attachments and secondary instances ------------------------------------------------

    def attachment(self, name: str) -> bytes | None:
        """The content of an attached file (an image in a label, a CSV...), None if the form
        has no such file."""
        entry = self.files.get(name)
        if not isinstance(entry, Mapping):
            return None
        if "text" in entry:
            return str(entry["text"]).encode("utf-8")
        try:
            return base64.b64decode(str(entry.get("base64") or ""), validate=True)
        except ValueError:
            return None

    def instance(self, name: str, lang: str | None = None) -> Element | None:
        """The document of a secondary instance (a choice list's labels in `lang`), read
        once; None when the form has none of that name or its file cannot be read."""
        source = self.instance_sources.get(name)
        if source is None:
            return None
        kind, what = source
        key = (name, lang if kind == "choices" else None)
        found = self._documents.get(key)
        if found is None:
            if kind == "choices":
                found = rows_document(
                    {**c.extra, "name": c.name, "label": c.label(lang)}
                    for c in self.choice_lists.get(what, ()))
            else:
                entry = self.files.get(what)
                if not isinstance(entry, Mapping) or "text" not in entry:
                    return None
                try:
                    found = document(what, str(entry["text"]))
                except FileError:
                    return None
            self._documents[key] = found
        return found

    def instance_columns(self, name: str) -> list[str] | None:
        document_ = self.instance(name)
        if document_ is None:
            return None
        return document_.children[0].columns() if document_.children else []

    def repeats_of(self, repeat: str | None) -> tuple[str, ...]:
        """The repeats around `repeat` (a repeat's name), outermost first, ending with it."""
        found = self._chains.get(repeat)
        if found is None:
            group = self.nodes.get(repeat) if repeat else None
            chain: list[str] = []
            while isinstance(group, Group) and group is not self.root:
                if group.repeat:
                    chain.append(group.name)
                group = group.parent
            found = self._chains[repeat] = tuple(reversed(chain))
        return found

    def locate(self, start: str | None, steps: tuple[str, ...], absolute: bool) -> str | None:
        """The question or group a path names: `../name` from the question `start`,
        `/data/group/name` from the root; None when there is none."""
        node: Group | Question | None
        if absolute:
            node, steps = self.root, steps[1:]  # the first step names the root
        else:
            node = self.nodes.get(start) if start else None
        for step in steps:
            if node is None:
                return None
            if step == ".":
                continue
            if step == "..":
                node = node.parent
                continue
            if not isinstance(node, Group):
                return None
            node = next((c for c in node.children if (c.xml_name or c.name) == step), None)
        if node is None or node is self.root:
            return None
        return node.name

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

    def itext(self, ident: str, lang: str | None) -> str | None:
        """The text jr:itext(ident) reads in `lang`, for the ids pyxform writes: a question's
        or group's "/data/name:label" (":hint", ":jr:constraintMsg", ":jr:requiredMsg"),
        "list_name-2" for the third choice of a list of the choices sheet; None when the
        form has no such text."""
        match = _ITEXT_NODE.fullmatch(ident)
        if match:
            name = self.locate(None, tuple(match["path"].strip("/").split("/")), True)
            node = self.nodes.get(name) if name else None
            if node is None:
                return None
            if match["form"] == "label":
                return node.label(lang)
            if not isinstance(node, Question):
                return None
            return {"hint": node.hint, "jr:constraintMsg": node.constraint_message,
                    "jr:requiredMsg": node.required_message}[match["form"]](lang)
        match = _ITEXT_CHOICE.fullmatch(ident)
        choices = self.choice_lists.get(match["list"]) if match else None
        if match is None or choices is None or int(match["index"]) >= len(choices):
            return None
        return choices[int(match["index"])].label(lang)

    def __repr__(self) -> str:
        return f"Form({self.form_id!r}, version={self.version!r}, {len(self.questions)} q)"


def shown_questions(form: Form) -> list[Question]:
    """The questions a person sees: to answer or to read (calculations, hidden values and
    metadata are not)."""
    return [q for q in form.questions if q.type != "calculate" and q.type not in HIDDEN_TYPES]


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
        elif child.type != "calculate" and child.type not in HIDDEN_TYPES:
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


# Rows that declare a secondary instance (an attached file) and ask nothing.
_EXTERNAL_INSTANCE_TYPES = frozenset({"csv-external", "xml-external"})
_SEARCH = re.compile(r"search\s*\(")


def _is_data_file(list_name: Any) -> bool:
    """Whether a select's list is an attached file (select_one_from_file fruits.csv)."""
    text = str(list_name or "").lower()
    return any(text.endswith(suffix) for suffix in DATA_SUFFIXES)


def split_search(appearance: str) -> tuple[str, Call | None]:
    """An appearance without its search(...) call, and the call (None when there is none
    or it cannot be read: then the appearance is kept whole, and warned about)."""
    match = _SEARCH.search(appearance)
    if match is None:
        return appearance.strip(), None
    depth, end = 0, None
    for position in range(match.end() - 1, len(appearance)):
        if appearance[position] == "(":
            depth += 1
        elif appearance[position] == ")":
            depth -= 1
            if depth == 0:
                end = position + 1
                break
    if end is None:
        return appearance.strip(), None
    try:
        call = parse(appearance[match.start():end])
    except ExpressionError:
        return appearance.strip(), None
    if not isinstance(call, Call):
        return appearance.strip(), None
    rest = (appearance[:match.start()] + " " + appearance[end:]).split()
    return " ".join(rest), call


def _search_value(node: Any) -> str | None:
    """What search() looks for, as expression text: quoted text, a number or ${question}."""
    if isinstance(node, Str):
        return "'" + node.value + "'" if "'" not in node.value else '"' + node.value + '"'
    if isinstance(node, Num):
        return repr(node.value)
    if isinstance(node, Ref) and not node.last_saved:
        return "${" + node.name + "}"
    return None


def _duplicated_names(children: list[Any]) -> set[str]:
    """The names more than one element of the form uses (in different groups)."""
    seen: dict[str, int] = {}

    def count(nodes: list[Any]) -> None:
        for node in nodes:
            if not isinstance(node, Mapping) or _is_meta_group(node):
                continue
            name = str(node.get("name") or "")
            if name:
                seen[name] = seen.get(name, 0) + 1
            if node.get("type") != "loop":  # a loop's copies are named after its choices
                count(list(node.get("children") or ()))

    count(children)
    return {name for name, times in seen.items() if times > 1}


def _media_file(media: Any, kind: str, langs: Languages, lang: str | None) -> str | None:
    """The file a media column names for `lang` (media::image::Khmer (km)), if any."""
    if not isinstance(media, Mapping) or not media.get(kind):
        return None
    return langs.pick(media[kind], lang) or None


# `../name` (any number of `../`) in an expression inside a loop.
_PARENT_REF = re.compile(r"(?<![\w.}])((?:\.\./)+)([^\W\d][\w.\-]*)")


def _names_in(nodes: list[Any]) -> set[str]:
    """Every name in these survey elements and below."""
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, Mapping):
            if node.get("name"):
                found.add(str(node["name"]))
            found |= _names_in(list(node.get("children") or ()))
    return found


def _loop_names(node: dict[str, Any], prefix: str, fixed: set[str]) -> dict[str, Any]:
    """One element of a loop, copied for the choice `prefix`: a name in `fixed` (the loop's
    names) becomes "prefix_name", and so does `../name` in its expressions."""
    out = dict(node)
    if str(out.get("name") or "") in fixed:
        out["name"] = f"{prefix}_{out['name']}"

    def follow(text: Any) -> Any:
        if not isinstance(text, str):
            return text
        return _PARENT_REF.sub(
            lambda m: f"${{{prefix}_{m[2]}}}" if m[2] in fixed else m[0], text)

    for key in ("bind", "control"):
        if isinstance(out.get(key), Mapping):
            out[key] = {k: follow(v) for k, v in out[key].items()}
    for key in ("choice_filter", "default"):
        if key in out:
            out[key] = follow(out[key])
    if isinstance(out.get("children"), list):
        out["children"] = [_loop_names(dict(c), prefix, fixed) if isinstance(c, Mapping)
                           else c for c in out["children"]]
    return out


class _Builder:
    def __init__(self, definition: dict[str, Any], rows: Mapping[str, int]) -> None:
        self.definition = definition
        self.rows = dict(rows)
        self.problems: list[Problem] = []
        keys: dict[str, None] = {}
        _collect_language_keys(definition, keys)
        default_key = definition.get("default_language")
        self.langs = Languages(list(keys), default_key if default_key in keys else None)
        self.nodes: dict[str, Group | Question] = {}
        self.metadata: dict[str, str] = {}
        self.choice_lists: Mapping[str, Any] = definition.get("choices") or {}
        gms = definition.get("_gmsdesk")
        gms = gms if isinstance(gms, Mapping) else {}
        files = gms.get("files")
        self.files: Mapping[str, Any] = files if isinstance(files, Mapping) else {}
        external = gms.get("external_choices")
        self.external: Mapping[str, Any] = external if isinstance(external, Mapping) else {}
        self.documents: dict[str, Element] = {}
        # Names used by more than one element (in different groups, as XLSForm allows):
        # known by their path instead ("father/age").
        self.duplicated = _duplicated_names(definition.get("children") or [])

    def problem(self, name: str | None, text: str, severity: str = "error", /,
                **args: object) -> None:
        """A problem on the row of `name`: `text` marked with QT_TRANSLATE_NOOP("Forms", ...)
        and filled from `args` (see Problem.of)."""
        row = self.rows.get(name) if name else None
        if row is None and name and "/" in name:
            row = self.rows.get(name.rsplit("/", 1)[1])
        self.problems.append(Problem.of("survey", row, text, severity, **args))

    def key(self, name: str, path: tuple[str, ...]) -> str:
        """What GMS Desk knows an element by: its name, or its path when the name is used in
        another group too."""
        return "/".join((*path, name)) if name in self.duplicated else name

    def file_document(self, filename: str, name: str) -> Element | None:
        """An attached data file, read once; a problem on the question `name` when it is
        not attached or cannot be read."""
        if filename in self.documents:
            return self.documents[filename]
        entry = self.files.get(filename)
        if not isinstance(entry, Mapping) or "text" not in entry:
            self.problem(name, QT_TRANSLATE_NOOP(
                "Forms", "the file '{file}' is not attached to the form"), file=filename)
            return None
        try:
            found = document(filename, str(entry["text"]))
        except FileError as error:
            self.problem(name, "{error}", error=error)
            return None
        self.documents[filename] = found
        return found

    def build(self) -> Form | None:
        root = Group(str(self.definition.get("name") or "data"), self.definition.get("title"),
                     [], False, None, None, (), None, self.langs)
        self.add_children(root, self.definition.get("children") or [], (), None)
        form = Form(self.definition, root, self.langs, self.nodes, self.metadata)
        form.choice_lists = {str(name): self.make_choices(rows)
                             for name, rows in self.choice_lists.items()
                             if isinstance(rows, list)}
        # pyxform gives every choice list an instance, and a file's takes its name first
        form.instance_sources = {name: ("choices", name) for name in form.choice_lists}
        for filename in self.files:
            stem, dot, suffix = str(filename).rpartition(".")
            if dot and f".{suffix.lower()}" in DATA_SUFFIXES:
                form.instance_sources[stem] = ("file", str(filename))
                if filename in self.documents:
                    form._documents[(stem, None)] = self.documents[filename]
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
            if isinstance(raw, Mapping) and _is_meta_group(raw):
                # pyxform's own <meta> (instanceID; the audit log it moves there)
                for inner in raw.get("children") or ():
                    kind = str(inner.get("type") or "") if isinstance(inner, Mapping) else ""
                    if kind in IGNORED_METADATA:
                        self.metadata[str(inner.get("name") or kind)] = ""
                        self.problem(str(inner.get("name") or kind), _IGNORED, "warning",
                                     type=kind, name=inner.get("name"),
                                     reason=Message(IGNORED_METADATA[kind]))
                continue
            if not isinstance(raw, Mapping):
                continue
            name = str(raw.get("name") or "")
            kind = str(raw.get("type") or "")
            if kind in ("group", "repeat"):
                self.add_group(parent, raw, name, kind == "repeat", path, repeat)
                continue
            if kind == "loop":
                self.add_loop(parent, raw, name, path, repeat)
                continue
            if kind in _EXTERNAL_INSTANCE_TYPES:
                continue  # declares a secondary instance: the attached file is the data
            key = self.key(name, path)
            if key in self.nodes or key in self.metadata:
                self.problem(key, _USED_TWICE, name=name)
                continue
            name = key
            if kind in IGNORED_METADATA:
                self.metadata[name] = ""
                self.problem(name, _IGNORED, "warning", type=kind, name=name,
                             reason=Message(IGNORED_METADATA[kind]))
                continue
            ours = METADATA_TYPES.get(kind) or TYPE_ALIASES.get(kind)
            if ours is None:
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "type '{type}' ({name}) is not supported by GMS Desk; supported "
                             "types: {types}, groups and repeats. Remove the row or change "
                             "its type"), type=kind, name=name, types=", ".join(QUESTION_TYPES))
                continue
            question = self.make_question(raw, name, ours, path, repeat)
            question.parent = parent
            parent.children.append(question)
            self.nodes[name] = question

    def add_group(self, parent: Group, raw: Mapping[str, Any], name: str, is_repeat: bool,
                  path: tuple[str, ...], repeat: str | None) -> None:
        xml_name, name = name, self.key(name, path)
        if name in self.nodes or name in self.metadata:
            self.problem(name, _USED_TWICE, name=xml_name)
            return
        bind = raw.get("bind") or {}
        control = raw.get("control") or {}
        count: int | None = None
        count_source: str | None = None
        if is_repeat and control.get("jr:count") not in (None, ""):
            text = str(control["jr:count"]).strip()
            ref = _LABEL_REF.fullmatch(text)
            counter = self.nodes.get(ref[1]) if ref else None
            if isinstance(counter, Question) and counter.type == "calculate" and \
                    str(counter.calculation or "").strip().isdigit():
                # pyxform turns a fixed repeat_count into a calculation holding the number
                text = str(counter.calculation).strip()
            if text.isdigit():
                count = int(text)
            else:  # `${num_members}`, or pyxform's calculation holding an expression
                count_source = text
        inner_repeat = name if is_repeat else repeat
        group = Group(name, raw.get("label"), [], is_repeat, bind.get("relevant") or None,
                      control.get("appearance") or None, path, inner_repeat, self.langs,
                      parent, count, xml_name=xml_name, count_source=count_source)
        parent.children.append(group)
        self.nodes[name] = group
        self.add_children(group, list(raw.get("children") or []), (*path, xml_name),
                          inner_repeat)

    def add_loop(self, parent: Group, raw: Mapping[str, Any], name: str,
                 path: tuple[str, ...], repeat: str | None) -> None:
        """`begin loop over list` as pyxform expands it: a group holding one group per choice,
        each with the loop's questions, %(name)s and %(label)s filled in with the choice's.
        GMS Desk needs unique names, so each copy gets the choice's name in front ("total" ->
        "car_total"), and `../total` in the loop's expressions follows it."""
        loop = {**raw, "type": "group", "children": []}
        self.add_group(parent, loop, name, False, path, repeat)
        group = self.nodes.get(self.key(name, path))
        if not isinstance(group, Group) or group.parent is not parent:
            return
        template = [c for c in raw.get("children") or () if isinstance(c, Mapping)]
        fixed = _names_in(template)
        for column in raw.get("columns") or ():
            if not isinstance(column, Mapping) or column.get("name") in (None, "", "none"):
                continue  # pyxform leaves out a select's "none"
            prefix = str(column["name"])
            try:
                children = [_loop_names(SurveyElementBuilder._name_and_label_substitutions(
                    dict(child), dict(column)), prefix, fixed) for child in template]
            except (KeyError, TypeError, ValueError) as error:
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "the loop's %(name)s or %(label)s could not be filled in for "
                             "'{choice}': {error}"), choice=prefix, error=error)
                return
            for original in fixed:  # problems of a copy are shown on the row it copies
                if original in self.rows:
                    self.rows.setdefault(f"{prefix}_{original}", self.rows[original])
            self.add_group(group, {"name": prefix, "label": column.get("label"),
                                   "children": children}, prefix, False, (*path, name), repeat)

    def make_question(self, raw: Mapping[str, Any], name: str, kind: str,
                      path: tuple[str, ...], repeat: str | None) -> Question:
        bind = raw.get("bind") or {}
        control = raw.get("control") or {}
        required = _yes_no(bind.get("required"))
        read_only = _yes_no(bind.get("readonly"))
        choices: list[Choice] = []
        list_name = raw.get("list_name") or raw.get("itemset")
        appearance, search = split_search(str(control.get("appearance") or ""))
        choices_from: str | None = None
        choice_filter = str(raw.get("choice_filter") or "").strip() or None
        repeat_ref = _LABEL_REF.fullmatch(str(list_name or "").strip())
        if kind in ("select_one", "select_multiple") and repeat_ref:
            # `select_one ${member_name}`: the answers given in a repeat's instances are the
            # choices (pyxform's itemset over the repeat); checked once every node is known
            choices_from = "${" + repeat_ref[1] + "}"
        elif kind in ("select_one", "select_multiple") and _is_data_file(list_name):
            choices_from = str(list_name)
            choices = self.file_choices(name, choices_from, raw.get("parameters") or {})
        elif kind in ("select_one", "select_multiple") and raw.get("type") == \
                "select one external":
            choices_from = "external_choices"
            rows = self.external.get(str(list_name))
            if not isinstance(rows, list):
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "the list '{list}' is not on the external_choices sheet"),
                    list=list_name)
                rows = []
            choices = self.make_choices(rows)
        elif kind in ("select_one", "select_multiple") and search:
            found = self.search_choices(name, search, raw.get("choices") or self.choice_lists
                                        .get(str(list_name)) or [])
            if found is not None:
                choices_from, choices, wanted = found
                if wanted:
                    choice_filter = f"({choice_filter}) and ({wanted})" if choice_filter \
                        else wanted
        elif kind in ("select_one", "select_multiple"):
            rows = raw.get("choices")
            if rows is None and list_name:
                rows = self.choice_lists.get(list_name)
            if rows is None:
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "the choice list '{list}' is not on the choices sheet"),
                    list=list_name)
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
        elif kind in ("select_one", "select_multiple"):
            parameters = _shuffle_parameters(raw.get("parameters"))
        elif kind == "image" and str(bind.get("orx:max-pixels") or "").strip().isdigit():
            # ODK's `max-pixels`: the photo is made smaller when it is attached
            parameters = {"max-pixels": int(str(bind["orx:max-pixels"]).strip())}
        default = raw.get("default")
        # What pyxform's type brings when the row does not say ("phone number": digits only).
        implied = QUESTION_TYPE_DICT.get(str(raw.get("type") or ""), {})
        constraint = bind.get("constraint") or (implied.get("bind") or {}).get("constraint")
        question = Question(
            name=name, type=kind, labels=raw.get("label"),
            hints=raw.get("hint") or implied.get("hint"),
            required=required is not False and kind not in HIDDEN_TYPES,
            read_only=kind in ("calculate", "note") or kind in HIDDEN_TYPES
            or read_only is not False,
            appearance=appearance or None, repeat=repeat, group_path=path,
            choices=choices, langs=self.langs, list_name=list_name,
            relevant=bind.get("relevant") or None, constraint=constraint or None,
            calculation=bind.get("calculate") or None,
            choice_filter=choice_filter,
            default=str(default) if default not in (None, "") else None,
            required_messages=bind.get("jr:requiredMsg"),
            constraint_messages=bind.get("jr:constraintMsg"), parameters=parameters,
            required_source=str(bind["required"]) if required is None else None,
            read_only_source=str(bind["readonly"]) if read_only is None else None,
            save_to=save_to_of(bind), xml_name=str(raw.get("name") or name),
            media=dict(raw["media"]) if isinstance(raw.get("media"), Mapping) else {},
            choices_from=choices_from, randomize=bool(parameters.get("randomize")))
        return question

    def make_choices(self, rows: list[Any]) -> list[Choice]:
        choices = []
        for row in rows:
            if not isinstance(row, Mapping):
                continue
            extra = {str(k): str(v) for k, v in row.items()
                     if k not in ("name", "label", "media", "__row") and v is not None}
            choices.append(Choice(str(row.get("name", "")), row.get("label"), extra,
                                  self.langs, row.get("media") or None))
        return choices

    def file_choices(self, name: str, filename: str, parameters: Mapping[str, Any]
                     ) -> list[Choice]:
        """select_one_from_file: one choice per item of the attached file, its value from
        the `name` column (`id` for GeoJSON) and its label from `label` (`title`), unless
        the parameters say `value=` and `label=`. A `label::Khmer (km)` column gives the
        label in that language."""
        found = self.file_document(filename, name)
        if found is None:
            return []
        geojson = filename.lower().endswith(".geojson")
        value_column = str(parameters.get("value") or ("id" if geojson else "name"))
        label_column = str(parameters.get("label") or ("title" if geojson else "label"))
        return self.item_choices(name, filename, found, value_column, label_column)

    def item_choices(self, name: str, filename: str, found: Element, value_column: str,
                     label_column: str | Mapping[str, str]) -> list[Choice]:
        """Choices from the items of a file: values from one column, labels from another
        (or one per language: {"Khmer (km)": "label_km"})."""
        items = [item for root in found.named("root") for item in root.named("item")]
        columns = found.children[0].columns() if found.children else []
        if items and value_column not in columns:
            self.problem(name, QT_TRANSLATE_NOOP(
                "Forms", "'{file}' has no column '{column}' for the choices' values (its "
                         "columns: {columns})"),
                file=filename, column=value_column, columns=", ".join(columns))
            return []
        choices: list[Choice] = []
        seen: set[str] = set()
        for item in items:
            fields = {column.name: str(column) for column in item.children}
            value = fields.get(value_column, "")
            if not value or value in seen:
                continue
            seen.add(value)
            labels: Any
            if isinstance(label_column, Mapping):
                labels = {lang: " ".join(fields.get(c.strip(), "") for c in column.split(","))
                          for lang, column in label_column.items()}
            elif label_column in fields:
                labels = fields[label_column]
            else:
                translated = {key.split("::", 1)[1]: text for key, text in fields.items()
                              if key.startswith(f"{label_column}::")}
                labels = translated or None
            choices.append(Choice(value, labels, fields, self.langs))
        return choices

    def search_choices(self, name: str, call: Call, rows: list[Any]
                       ) -> tuple[str, list[Choice], str | None] | None:
        """The deprecated search() appearance: choices from a CSV file, the choices sheet's
        row naming the value column (`name`) and the label column(s) (`label`), filtered
        by 'contains', 'startswith', 'endswith' or 'matches' on a column. Returns the
        file, the choices and the filter (a choice_filter), or None after a problem."""
        usage = QT_TRANSLATE_NOOP(
            "Forms", "search() takes the CSV file's name in quotes, then optionally "
                     "'contains', 'startswith', 'endswith' or 'matches', a column and the text "
                     "to find")
        args = call.args
        if not args or not isinstance(args[0], Str) or len(args) == 2 or (
                len(args) > 2 and (len(args) % 2 or not isinstance(args[1], Str))):
            self.problem(name, usage)
            return None
        filename = f"{args[0].value.strip()}.csv"
        first = next((r for r in rows if isinstance(r, Mapping)), None)
        if first is None:
            self.problem(name, QT_TRANSLATE_NOOP(
                "Forms", "search() needs a row on the choices sheet naming the file's value "
                         "column (name) and label column (label)"))
            return None
        found = self.file_document(filename, name)
        if found is None:
            return None
        label = first.get("label")
        labels: str | Mapping[str, str] = {str(k): str(v) for k, v in label.items()} \
            if isinstance(label, Mapping) else str(label or "label")
        choices = self.item_choices(name, filename, found, str(first.get("name") or "name"),
                                    labels)
        if len(args) == 1:
            return filename, choices, None
        mode = str(args[1].value).strip()  # type: ignore[union-attr]
        tests = {"contains": "contains({c}, {v})", "startswith": "starts-with({c}, {v})",
                 "endswith": "ends-with({c}, {v})", "matches": "{c} = {v}"}
        if mode not in tests or (mode != "matches" and len(args) != 4):
            self.problem(name, usage)
            return None
        parts: list[str] = []
        for column, value in zip(args[2::2], args[3::2], strict=True):
            text = _search_value(value)
            if not isinstance(column, Str) or text is None:
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "search(): name the column in quotes and search for text in "
                             "quotes, a number or a ${question}"))
                return None
            parts.append(tests[mode].format(c=column.value.strip(), v=text))
        return filename, choices, " and ".join(parts)

    def range_parameters(self, name: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, float] = {"start": 1.0, "end": 10.0, "step": 1.0}
        for key in ("start", "end", "step"):
            if raw.get(key) in (None, ""):
                continue
            try:
                values[key] = float(raw[key])
            except (TypeError, ValueError):
                self.problem(name, QT_TRANSLATE_NOOP(
                    "Forms", "range parameter {parameter}='{value}' is not a number"),
                    parameter=key, value=raw[key])
        if values["step"] <= 0:
            self.problem(name, QT_TRANSLATE_NOOP(
                "Forms", "range parameter step must be greater than 0"))
        integral = all(v == int(v) for v in values.values())
        return {k: (int(v) if integral else v) for k, v in values.items()}

    def compile_one(self, form: Form, node: Group | Question, column: str, source: Any, *,
                    current: str | None, choice_filter: bool = False) -> Expression | None:
        if source is None or str(source).strip() == "":
            return None
        repeat = node.repeat_name if isinstance(node, Group) else node.repeat
        try:
            return compile_expression(str(source), form, repeat=repeat, current=current,
                                      choice_filter=choice_filter, context=node.name)
        except ExpressionError as error:
            self.problem(node.name, _IN_COLUMN, column=column, source=source, error=error)
            return None

    def compile_count(self, form: Form, group: Group, source: str) -> Expression | None:
        """repeat_count as an expression, read in the instance around the repeat (the top
        for a repeat at the top): it may not read the questions of the repeat it counts."""
        around = group.parent.repeat_name if group.parent is not None else None
        try:
            expr = compile_expression(source, form, repeat=around, current=None,
                                      context=group.name)
        except ExpressionError as error:
            self.problem(group.name, _IN_COLUMN, column="repeat_count", source=source,
                         error=error)
            return None
        if expr.refs & {n.name for n in group.walk()}:
            self.problem(group.name, QT_TRANSLATE_NOOP(
                "Forms", "repeat_count '{source}' reads a question inside the repeat it "
                         "counts; count from a question before it"), source=source)
            return None
        return expr

    def compile_node(self, form: Form, node: Group | Question) -> None:
        if isinstance(node, Group):
            node.relevant_expr = self.compile_one(form, node, "relevant", node.relevant,
                                                  current=None)
            if node.count_source is not None:
                node.count_expr = self.compile_count(form, node, node.count_source)
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
        if q.randomize and q.parameters.get("seed"):
            q.seed_expr = self.compile_one(form, q, "seed", q.parameters["seed"], current=q.name)
        source = q.repeat_source
        if source is not None:
            found = form.nodes.get(source)
            if not isinstance(found, Question) or found.repeat is None:
                self.problem(q.name, _NOT_IN_REPEAT if found is not None else _NOT_A_QUESTION,
                             type=f"{q.type} ${{{source}}}", name=source)
            elif q.choice_filter:  # read in each instance of the repeat, as pyxform writes it
                q.filter_expr = self.compile_one(form, found, "choice_filter", q.choice_filter,
                                                 current=source)
        elif q.choice_filter:
            if not q.is_select:
                self.problem(q.name, QT_TRANSLATE_NOOP(
                    "Forms", "choice_filter only applies to select questions; it is ignored"),
                    "warning")
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
                        self.problem(q.name, QT_TRANSLATE_NOOP(
                            "Forms", "the label refers to {reference}, but there is no "
                                     "question named '{name}'"),
                            reference=f"${{{ref}}}", name=ref)
                    else:
                        refs.add(ref)
        q.label_refs = frozenset(refs)


def _shuffle_parameters(given: Any) -> dict[str, Any]:
    """A select's randomize=true and seed=... (pyxform has checked them)."""
    if not isinstance(given, Mapping) or str(given.get("randomize") or "").strip().lower() \
            not in ("true", "yes", "true()"):
        return {}
    found: dict[str, Any] = {"randomize": True}
    if str(given.get("seed") or "").strip():
        found["seed"] = str(given["seed"]).strip()
    return found


_BIND_TYPES = {"integer": "int", "decimal": "decimal", "date": "date", "time": "time",
               "text": "string"}


def build_form(definition: dict[str, Any], rows: Mapping[str, int] | None = None
               ) -> tuple[Form | None, list[Problem]]:
    """Build a Form from pyxform's JSON; problems carry rows when `rows` maps names to rows."""
    builder = _Builder(definition, rows or {})
    try:
        form = builder.build()
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        builder.problems.append(Problem.of(None, None, QT_TRANSLATE_NOOP(
            "Forms", "the form definition is damaged: {error}"), error=error))
        return None, builder.problems
    if form is not None:
        from gmsdesk.forms.engine import CycleError, plan_for

        try:
            plan_for(form)
        except CycleError as error:
            builder.problem(error.names[0] if error.names else None, "{error}", error=error)
            return None, builder.problems
    return form, builder.problems
