"""The XLSForm expression language (the XPath 1.0 subset ODK uses), parsed once, never eval'd.

A small Pratt parser turns `relevant`, `constraint`, `calculation`, `choice_filter` and
dynamic defaults into Python closures. `${name}` references are resolved when an expression is
compiled (same repeat instance, or the node-set of a repeat from outside), so the engine knows
what each expression depends on and evaluation is a chain of plain function calls. Evaluation
never raises: bad input gives XPath's answers (NaN, "", false). Secondary instances (attached
files, choice lists) are walked with paths and `[...]` predicates (`instance('fruits')/root/
item[name = ${fruit}]/label`); a predicate matching a column is answered by an index.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import math
import random
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from gmsdesk.forms import geo
from gmsdesk.forms.date_names import month_name, weekday_name
from gmsdesk.forms.instances import Element
from gmsdesk.forms.problems import Message, translate
from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.i18n_format import normalize_lang

__all__ = [
    "Env",
    "Expression",
    "ExpressionError",
    "NodeSet",
    "Scope",
    "compile_expression",
    "evaluate",
    "parse",
    "set_date_names_language",
    "to_bool",
    "to_date",
    "to_number",
    "to_string",
]

EPOCH = dt.date(1970, 1, 1)
NAN = float("nan")


class ExpressionError(ValueError):
    """An expression that cannot be used: bad syntax, unknown function or question.

    `text` is marked with QT_TRANSLATE_NOOP("Forms", ...) (or problems.translate for a
    `count`), its `{name}` placeholders filled from `args`; `marked` keeps it for the
    screen to translate (see problems.Problem)."""

    def __init__(self, text: str, count: int | None = None, /, **args: object) -> None:
        self.marked = Message.of(text, count, **args)
        super().__init__(self.marked.english)


class NodeSet(tuple[Any, ...]):
    """The values of one question in every instance of a repeat (XPath node-set)."""

    __slots__ = ()


# -- coercions (XPath 1.0 section 4) -----------------------------------------------------------

_NUMBER = re.compile(r"\s*-?(\d+(\.\d*)?|\.\d+)\s*")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?")


def to_number(value: Any) -> float:
    """XPath number(): "" and text are NaN, true is 1, a date is days since 1970-01-01."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        return float(value) if _NUMBER.fullmatch(value) else NAN
    if isinstance(value, dt.datetime):
        delta = value.replace(tzinfo=None) - dt.datetime(1970, 1, 1)
        return delta.total_seconds() / 86400.0
    if isinstance(value, dt.date):
        return float((value - EPOCH).days)
    if isinstance(value, NodeSet):
        return to_number(value[0]) if value else NAN
    return NAN


def _format_number(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == int(number) and abs(number) < 1e17:
        return str(int(number))
    text = repr(number)
    if "e" in text:
        text = format(Decimal(text), "f")
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text


def to_string(value: Any) -> str:
    """XPath string(): numbers without a needless ".0", booleans as true/false, ISO dates."""
    if isinstance(value, str):
        return value if type(value) is str else str.__str__(value)  # a node: its text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _format_number(value)
    if isinstance(value, TimeOfDay):
        return value.text()
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, NodeSet):
        return to_string(value[0]) if value else ""
    if isinstance(value, list | tuple):
        return " ".join(to_string(v) for v in value)
    if value is None:
        return ""
    return str(value)


def to_bool(value: Any) -> bool:
    """XPath boolean(): "" and 0 and NaN are false; a node-set is true when not empty."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return not (value == 0 or math.isnan(value))
    if isinstance(value, str):
        return value != ""
    if isinstance(value, NodeSet):
        return len(value) > 0
    return value is not None


class TimeOfDay(dt.datetime):
    """The answer of a time question in expressions: a moment on 1970-01-01, so times compare
    and subtract like JavaRosa's, but it reads as "HH:MM" (what was answered)."""

    @classmethod
    def parse(cls, text: str) -> TimeOfDay | None:
        match = _TIME.fullmatch(text.strip())
        if not match:
            return None
        return cls(1970, 1, 1, int(match[1]), int(match[2]), int(match[3] or 0))

    def text(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}" + (f":{self.second:02d}" if self.second
                                                       else "")


_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\.\d+)?")


def to_date(value: Any) -> dt.date | dt.datetime | None:
    """A date (or date-time) from a date, an ISO string, a time "HH:MM" (on 1970-01-01) or a
    number of days; None if none."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, NodeSet):
        return to_date(value[0]) if value else None
    if isinstance(value, str):
        if ":" in value and "-" not in value:
            return TimeOfDay.parse(value)
        match = _DATE.fullmatch(value.strip()[:29]) or _DATE.match(value.strip())
        if not match:
            return None
        try:
            year, month, day = int(match[1]), int(match[2]), int(match[3])
            if match[4] is None:
                return dt.date(year, month, day)
            micro = int((match[7] or "0")[:6].ljust(6, "0"))
            return dt.datetime(year, month, day, int(match[4]), int(match[5]),
                               int(match[6] or 0), micro)
        except ValueError:
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isnan(value) or math.isinf(value) or abs(value) > 3_000_000:
            return None
        if value == int(value):
            return EPOCH + dt.timedelta(days=int(value))
        return dt.datetime(1970, 1, 1) + dt.timedelta(days=value)
    return None


def _same_kind(a: Any, b: Any) -> tuple[Any, Any]:
    """Make two dates comparable (a date and a date-time compare as date-times)."""
    if isinstance(a, dt.datetime) != isinstance(b, dt.datetime):
        if not isinstance(a, dt.datetime):
            a = dt.datetime(a.year, a.month, a.day)
        if not isinstance(b, dt.datetime):
            b = dt.datetime(b.year, b.month, b.day)
    return a, b


def _compare_atoms(op: str, a: Any, b: Any) -> bool:
    is_date = isinstance(a, dt.date) or isinstance(b, dt.date)
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            x: Any = to_bool(a)
            y: Any = to_bool(b)
        elif is_date and not isinstance(a, int | float) and not isinstance(b, int | float):
            x, y = to_date(a), to_date(b)
            if x is None or y is None:
                x, y = to_string(a), to_string(b)
            else:
                x, y = _same_kind(x, y)
        elif isinstance(a, int | float) or isinstance(b, int | float) or is_date:
            x, y = to_number(a), to_number(b)
        else:
            x, y = to_string(a), to_string(b)
        return bool(x == y) if op == "=" else bool(x != y)
    if is_date and not isinstance(a, int | float) and not isinstance(b, int | float):
        x, y = to_date(a), to_date(b)
        if x is None or y is None:
            return False
        x, y = _same_kind(x, y)
    else:
        x, y = to_number(a), to_number(b)
        if math.isnan(x) or math.isnan(y):
            return False
    if op == "<":
        return bool(x < y)
    if op == "<=":
        return bool(x <= y)
    if op == ">":
        return bool(x > y)
    return bool(x >= y)


def compare(op: str, a: Any, b: Any) -> bool:
    """XPath comparison; with a node-set, true when any of its values compares true."""
    if (isinstance(a, NodeSet) and isinstance(b, bool)) or (isinstance(b, NodeSet) and isinstance(
            a, bool)):
        return _compare_atoms(op, to_bool(a), to_bool(b))
    if isinstance(a, NodeSet):
        return any(compare(op, item, b) for item in a)
    if isinstance(b, NodeSet):
        return any(compare(op, a, item) for item in b)
    return _compare_atoms(op, a, b)


# -- tokens ------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{[^}]*\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op>!=|<=|>=|//|\.\.|[=<>+\-*|()\[\],/.@])
  | (?P<name>[^\W\d][\w.\-]*(?::[^\W\d][\w.\-]*)?)
    """,
    re.VERBOSE,
)
_NAME = re.compile(r"[^\W\d][\w.\-]*")
_OPERATOR_NAMES = {"and", "or", "div", "mod"}
LAST_SAVED = "last-saved#"


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # number string ref name op end
    text: str
    pos: int


def tokenize(source: str) -> list[Token]:
    """Split an expression into tokens, telling operator names (and, div...) from names."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        if not match:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "unexpected character {character} at position {position}"),
                character=repr(source[pos]), position=pos + 1)
        kind = match.lastgroup or ""
        text = match.group()
        pos = match.end()
        if kind == "ws":
            continue
        if kind == "ref":
            inner = text[2:-1].strip()
            # ${last-saved#name}: the answer saved last time this form was filled in
            bare = inner[len(LAST_SAVED):] if inner.startswith(LAST_SAVED) else inner
            if not _NAME.fullmatch(bare):
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "{reference} is not a valid reference to a question"),
                    reference=text)
            text = inner
        previous = tokens[-1] if tokens else None
        follows_operand = previous is not None and (
            previous.kind in ("number", "string", "ref", "name")
            or previous.text in (")", "]", ".", "..")
        ) and not (previous.kind == "op" and previous.text in _OPERATOR_NAMES)
        if kind == "name" and follows_operand and text in _OPERATOR_NAMES:
            kind = "op"
        elif kind == "name" and follows_operand:
            # "a -b" style: a name cannot follow an operand; give a helpful message.
            raise ExpressionError(_UNEXPECTED, token=repr(text), position=match.start() + 1)
        tokens.append(Token(kind, text, match.start()))
    tokens.append(Token("end", "", len(source)))
    return tokens


# -- syntax tree -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Num:
    value: float


@dataclass(frozen=True, slots=True)
class Str:
    value: str


@dataclass(frozen=True, slots=True)
class Ref:
    """`${name}`; `last_saved`: `${last-saved#name}`, the answer saved last time."""

    name: str
    last_saved: bool = False


@dataclass(frozen=True, slots=True)
class Path:
    """A location path: `.`, `..`, `../name`, `/data/group/name`, or a bare `name`;
    `predicates` holds each step's `[...]` (inside another predicate: `item[price > 2]`)."""

    steps: tuple[str, ...]
    absolute: bool
    predicates: tuple[tuple[Node, ...], ...] = ()

    @property
    def filtered(self) -> bool:
        return any(self.predicates)


@dataclass(frozen=True, slots=True)
class Filter:
    """A primary expression followed by predicates and a path: `instance('fruits')/root/
    item[name = ${fruit}]/label`, `current()/../name`. `steps` and `predicates` pair up;
    `base_predicates` filter the primary itself (`(...)[1]`)."""

    base: Node
    base_predicates: tuple[Node, ...]
    steps: tuple[str, ...]
    predicates: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node


Node = Num | Str | Ref | Path | Filter | Call | Binary | Negate

_BINDING = {"or": 10, "and": 20, "=": 30, "!=": 30, "<": 40, "<=": 40, ">": 40, ">=": 40,
            "+": 50, "-": 50, "*": 60, "div": 60, "mod": 60, "|": 80}


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text or token.kind not in ("op",):
            found = "the end" if token.kind == "end" else repr(token.text)
            if token.kind == "end":
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "expected {expected} but found the end at position {position}"),
                    expected=repr(text), position=token.pos + 1)
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "expected {expected} but found {found} at position {position}"),
                expected=repr(text), found=found, position=token.pos + 1)

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError(QT_TRANSLATE_NOOP("Forms", "the expression is empty"))
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError(_UNEXPECTED, token=repr(token.text), position=token.pos + 1)
        return node

    def expression(self, min_binding: int) -> Node:
        left = self.prefix()
        while True:
            token = self.peek()
            binding = _BINDING.get(token.text) if token.kind == "op" else None
            if binding is None or binding <= min_binding:
                return left
            self.take()
            left = Binary(token.text, left, self.expression(binding))

    def prefix(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Num(float(token.text))
        if token.kind == "string":
            return Str(token.text[1:-1])
        if token.kind == "ref":
            if token.text.startswith(LAST_SAVED):
                return self.after_primary(Ref(token.text[len(LAST_SAVED):], True))
            return self.after_primary(Ref(token.text))
        if token.kind == "op" and token.text == "-":
            return Negate(self.expression(70))
        if token.kind == "op" and token.text == "(":
            inner = self.expression(0)
            self.expect(")")
            return self.after_primary(inner)
        if token.kind == "name" and self.peek().text == "(" and self.peek().kind == "op":
            self.take()
            args: list[Node] = []
            if not (self.peek().kind == "op" and self.peek().text == ")"):
                args.append(self.expression(0))
                while self.peek().kind == "op" and self.peek().text == ",":
                    self.take()
                    args.append(self.expression(0))
            self.expect(")")
            return self.after_primary(Call(token.text, tuple(args)))
        if token.kind == "name" or (token.kind == "op" and token.text in (".", "..", "/")):
            return self.path(token)
        if token.kind == "end":
            raise ExpressionError(QT_TRANSLATE_NOOP("Forms", "the expression ends too early"))
        raise ExpressionError(_UNEXPECTED, token=repr(token.text), position=token.pos + 1)

    def after_primary(self, node: Node) -> Node:
        """A primary expression, and the predicates and path that may follow it."""
        if isinstance(node, Call) and _REFUSED.get(node.name) and node.name != "search":
            raise ExpressionError(_REFUSED[node.name])  # search(): an appearance, parsed
        own = self.predicates()
        token = self.peek()
        if token.kind == "op" and token.text == "//":
            raise ExpressionError(_NO_DOUBLE_SLASH)
        if not (token.kind == "op" and token.text == "/"):
            return Filter(node, own, (), ()) if own else node
        if isinstance(node, Ref) and node.last_saved:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "a path after {reference} is not supported"),
                reference=f"${{{LAST_SAVED}{node.name}}}")
        self.take()
        steps, predicates = self.steps(None)
        return Filter(node, own, steps, predicates)

    def predicates(self) -> tuple[Node, ...]:
        """The `[...]` that follow here, if any."""
        found: list[Node] = []
        while self.peek().kind == "op" and self.peek().text == "[":
            self.take()
            if self.peek().kind == "op" and self.peek().text == "]":
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "an empty predicate '[]' at position {position}"),
                    position=self.peek().pos + 1)
            found.append(self.expression(0))
            self.expect("]")
        return tuple(found)

    def steps(self, first: Token | None) -> tuple[tuple[str, ...], tuple[tuple[Node, ...], ...]]:
        """Path steps separated by '/', each with its predicates; `first` is a step's token
        already taken."""
        steps: list[str] = []
        predicates: list[tuple[Node, ...]] = []
        token = first
        while True:
            if token is None:
                token = self.take()
            if token.kind == "name" or (token.kind == "op" and token.text in (".", "..")):
                steps.append(token.text)
            elif token.kind == "op" and token.text == "@":
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "attributes ('@') are not supported"))
            elif token.kind == "op" and token.text == "*":
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "wildcards ('*') in paths are not supported"))
            elif token.kind == "end":
                raise ExpressionError(QT_TRANSLATE_NOOP("Forms", "the path ends with '/'"))
            else:
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "a path cannot contain {token} (position {position})"),
                    token=repr(token.text), position=token.pos + 1)
            predicates.append(self.predicates() if token.kind == "name" else ())
            nxt = self.peek()
            if nxt.kind == "op" and nxt.text == "//":
                raise ExpressionError(_NO_DOUBLE_SLASH)
            if not (nxt.kind == "op" and nxt.text == "/"):
                break
            self.take()
            token = None
        return tuple(steps), tuple(predicates)

    def path(self, first: Token) -> Node:
        absolute = first.text == "/"
        steps, predicates = self.steps(None if absolute else first)
        return Path(steps, absolute, predicates if any(predicates) else ())


@functools.lru_cache(maxsize=4096)
def parse(source: str) -> Node:
    """Parse one expression into a syntax tree; raises ExpressionError with a plain message."""
    return _Parser(source).parse()


# -- what an expression is evaluated against ---------------------------------------------------


# Where an expression is evaluated: None outside repeats, the instance's position in a
# repeat (0 = first), or for a repeat inside a repeat the positions from the outermost in.
Index = int | tuple[int, ...] | None


def index_path(index: Index) -> tuple[int, ...]:
    """An index as positions from the outermost repeat in: None -> (), 2 -> (2,)."""
    if index is None:
        return ()
    if isinstance(index, int):
        return (index,)
    return tuple(index)


def path_index(path: Sequence[int]) -> Index:
    """The index of positions: () -> None, (2,) -> 2, (2, 0) -> (2, 0)."""
    if not path:
        return None
    if len(path) == 1:
        return path[0]
    return tuple(path)


class Env(Protocol):
    """The answers an expression reads (the engine's FormState implements it)."""

    today: dt.date
    lang: str | None
    # The language of format-date()'s weekday and month names (%a, %b): the UI's, as ODK
    # Collect writes the device's (None: the one set_date_names_language set).
    names_language: str | None

    def itext(self, ident: str) -> str:
        """The form's text `ident` (jr:itext) in the language the form is filled in."""
        ...

    def value(self, name: str, index: Index) -> Any:
        """The value of `name` in the instance `index` is in (or holds)."""
        ...

    def nodeset(self, name: str, within: Index = None) -> NodeSet:
        """The values of `name` in every instance of its repeats inside the instance
        `within` (None: in the whole response)."""
        ...

    def choice_label(self, name: str, value: str) -> str: ...

    def instance(self, name: str) -> Element | None:
        """The document of a secondary instance (an attached file, a choice list)."""
        ...

    def last_saved(self, name: str, index: Index) -> Any:
        """The answer to `name` saved last time this form was filled in ("" if none)."""
        ...


class Scope(Protocol):
    """What the compiler needs to know about the form: which repeat holds each name."""

    def repeat_of(self, name: str) -> str | None:
        """The repeat holding `name` (a repeat holds itself); KeyError for unknown names."""
        ...

    def is_select(self, name: str) -> bool: ...

    def itext(self, ident: str, lang: str | None) -> str | None:
        """The form's text `ident` (jr:itext) in `lang`; None when the form has none."""
        ...

    def repeats_of(self, repeat: str | None) -> tuple[str, ...]:
        """The repeats around `repeat`, outermost first, ending with it (() for None)."""
        ...

    def instance_columns(self, name: str) -> list[str] | None:
        """The columns of the items of secondary instance `name` (None: no such instance;
        [] when it has no rows to tell)."""
        ...

    def locate(self, start: str | None, steps: tuple[str, ...], absolute: bool) -> str | None:
        """The question or group a path names, from the question `start` (for relative
        paths) or from the root; None when the form has none there."""
        ...


class _Ctx:
    __slots__ = ("env", "index", "item", "position", "size")

    def __init__(self, env: Env, index: Index, item: Mapping[str, Any] | Element | None,
                 position: int = 1, size: int = 1) -> None:
        self.env = env
        self.index = index
        self.item = item  # a choice's columns (choice_filter), a node (in a predicate)
        self.position = position  # of `item` among the nodes a predicate filters
        self.size = size


Fn = Callable[[_Ctx], Any]


@dataclass(frozen=True, eq=False)
class Expression:
    """A compiled expression: its source, the names it reads, and the closure."""

    source: str
    refs: frozenset[str]
    fn: Fn
    uses_now: bool = False

    def evaluate(self, env: Env, index: Index = None,
                 item: Mapping[str, Any] | None = None) -> Any:
        """The value in repeat instance `index` (or outside repeats); `item` is a choice row."""
        try:
            return self.fn(_Ctx(env, index, item))
        except (ArithmeticError, ValueError, TypeError, OverflowError, IndexError):
            return ""

    def truth(self, env: Env, index: Index = None,
              item: Mapping[str, Any] | None = None) -> bool:
        return to_bool(self.evaluate(env, index, item))


# -- functions ---------------------------------------------------------------------------------

# The language format-date() writes weekday and month names in (%a, %b) when the response's
# state names none (Env.names_language): ODK Collect writes the device's, so GMS Desk writes
# the UI's (the survey renderer sets it); English until it is set (the server, the command
# line). See forms.date_names.
_date_names_language = "en"


def set_date_names_language(lang: str | None) -> None:
    """The UI language ("km", "th_TH"...) format-date() writes month names in from now on."""
    global _date_names_language
    _date_names_language = normalize_lang(lang)


def _names_language(c: _Ctx) -> str:
    """The language of format-date()'s names: the one the response's state was given (see
    Env.names_language), else the one set_date_names_language set."""
    return getattr(c.env, "names_language", None) or _date_names_language


def _format_date(value: Any, pattern: str, lang: str | None = None) -> str:
    when = to_date(value)
    if when is None:
        return ""
    moment = when if isinstance(when, dt.datetime) else dt.datetime(when.year, when.month,
                                                                      when.day)
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch != "%" or i + 1 == len(pattern):
            out.append(ch)
            i += 1
            continue
        code = pattern[i + 1]
        i += 2
        out.append({
            "Y": f"{moment.year:04d}", "y": f"{moment.year % 100:02d}",
            "m": f"{moment.month:02d}", "n": str(moment.month),
            "b": month_name(moment.month, lang or _date_names_language),
            "d": f"{moment.day:02d}", "e": str(moment.day),
            "a": weekday_name(moment.weekday(), lang or _date_names_language),
            "H": f"{moment.hour:02d}", "h": str(moment.hour),
            "M": f"{moment.minute:02d}", "S": f"{moment.second:02d}",
            "3": f"{moment.microsecond // 1000:03d}", "%": "%",
        }.get(code, "%" + code))
    return "".join(out)


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None


def _xpath_round(x: float, digits: float = 0.0) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    places = int(digits) if not math.isnan(digits) else 0
    factor = 10.0 ** places
    return math.floor(x * factor + 0.5) / factor


def _int(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    return float(math.trunc(x))


def _substr(s: str, start: float, end: float | None = None) -> str:
    """ODK's substr(): 0-based, `end` excluded; a negative position counts from the end."""
    if math.isnan(start) or (end is not None and math.isnan(end)):
        return ""
    length = len(s)
    first = int(start) + (length if start < 0 else 0)
    last = length if end is None else int(end) + (length if end < 0 else 0)
    first, last = min(max(0, first), length), min(max(0, last), length)
    return s[first:last] if first <= last else ""


def _substring(s: str, start: float, length: float | None = None) -> str:
    """XPath substring(): 1-based, rounded positions."""
    first = _xpath_round(start)
    if math.isnan(first):
        return ""
    last = math.inf if length is None else first + _xpath_round(length)
    if math.isnan(last):
        return ""
    return "".join(ch for pos, ch in enumerate(s, 1) if first <= pos < last)


def _items(args: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for arg in args:
        if isinstance(arg, NodeSet):
            out.extend(arg)
        else:
            out.append(arg)
    return out


def _sum(values: Any) -> float:
    return float(sum(to_number(v) for v in _items([values])))


def _minmax(pick: Callable[..., float], args: Sequence[Any]) -> float:
    numbers = [to_number(v) for v in _items(args)]
    if not numbers or any(math.isnan(n) for n in numbers):
        return NAN
    return float(pick(numbers))


def _decimal_time(value: Any) -> float:
    text = to_string(value)
    match = re.match(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
    if not match:
        return NAN
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    return (hours * 3600 + minutes * 60 + seconds) / 86400.0


def _date(value: Any) -> Any:
    when = to_date(value)
    if when is None:
        return ""
    if isinstance(when, dt.datetime) and not isinstance(value, str | dt.datetime):
        return when.date()
    return when


def _pow(a: float, b: float) -> float:
    try:
        return float(math.pow(a, b))
    except (ValueError, OverflowError):
        return NAN


def _log(x: float, base10: bool = False) -> float:
    if math.isnan(x) or x < 0:
        return NAN
    if x == 0:
        return -math.inf
    return math.log10(x) if base10 else math.log(x)


def _sqrt(x: float) -> float:
    return math.sqrt(x) if x >= 0 else NAN


def _math(fn: Callable[..., float]) -> Callable[..., float]:
    """A math function as XPath 3.0 has it: NaN in, or out of its domain, gives NaN."""

    def call(*numbers: float) -> float:
        if any(math.isnan(n) for n in numbers):
            return NAN
        try:
            return float(fn(*numbers))
        except (ValueError, OverflowError):
            return NAN

    return call


_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384",
            "SHA-512": "sha512"}


def _digest(text: str, algorithm: str, encoding: str = "base64") -> str:
    """XForms digest(): the hash of the text's UTF-8 bytes, in base64 (default) or hex."""
    name = _DIGESTS.get(algorithm)
    if name is None or encoding not in ("base64", "hex"):
        return ""
    raw = hashlib.new(name, text.encode("utf-8")).digest()
    return base64.b64encode(raw).decode("ascii") if encoding == "base64" else raw.hex()


def _base64_decode(text: str) -> str:
    try:
        return base64.b64decode(text.strip(), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def _checklist(low: float, high: float, *values: Any) -> bool:
    """How many values are true lies between `low` and `high` (-1: no bound)."""
    count = sum(1 for v in _items(values) if to_bool(v))
    return (math.isnan(low) or low < 0 or count >= int(low)) and (
        math.isnan(high) or high < 0 or count <= int(high))


def _weighted_checklist(low: float, high: float, *pairs: Any) -> bool:
    """Like checklist(), each true value counting its weight (the argument after it)."""
    total = 0.0
    for value, weight in zip(pairs[::2], pairs[1::2], strict=False):
        values, weights = _items([value]), _items([weight])
        if len(values) != len(weights):
            return False
        total += sum(to_number(w) for v, w in zip(values, weights, strict=True) if to_bool(v))
    return (math.isnan(low) or low < 0 or total >= low) and (
        math.isnan(high) or high < 0 or total <= high)


_PARK_MILLER_M = 2_147_483_647


def _seed(value: Any) -> int:
    """The seed JavaRosa makes of randomize()'s second argument: a number's whole part, 0
    for NaN or "", else the first 64 bits of the text's SHA-256."""
    number = to_number(value)
    if isinstance(value, float) and math.isnan(value):
        return 0  # a number that is NaN: Java's (long) NaN
    if not math.isnan(number):
        if math.isinf(number):
            return 2**63 - 1 if number > 0 else -(2**63)
        return math.trunc(number)
    text = to_string(value)
    if text == "":
        return 0
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big",
                          signed=True)


def randomize(values: Any, seed: Any = None) -> NodeSet:
    """randomize() as ODK has it (also for the select parameter randomize=true)."""
    return _randomize(values, seed)


def _randomize(values: Any, seed: Any = None) -> NodeSet:
    """The values in a shuffled order; with a seed, the order ODK Collect gives (a
    Park-Miller generator and an inside-out Fisher-Yates shuffle, as JavaRosa)."""
    items = _items([values])
    if seed is None:
        pick: Callable[[], float] = random.random
    else:
        start = _seed(seed)
        state = int(math.copysign(abs(start) % _PARK_MILLER_M, start))  # Java's remainder
        if state <= 0:
            state += _PARK_MILLER_M - 1

        def pick() -> float:
            nonlocal state
            state = state * 16807 % _PARK_MILLER_M
            return (state - 1) / (_PARK_MILLER_M - 1)

    out: list[Any] = [None] * len(items)
    for i, item in enumerate(items):
        j = math.floor(pick() * (i + 1))
        if j != i:
            out[i] = out[j]
        out[j] = item
    return NodeSet(out)


def _uuid(length: float | None = None) -> str:
    """A random UUID; with a length, that many random hex characters."""
    text = str(uuid.uuid4())
    if length is None or math.isnan(length):
        return text
    wanted = max(0, int(length))
    while len(text) < wanted:
        text += uuid.uuid4().hex
    return text[:wanted]


def _geo_values(*args: Any) -> list[str]:
    return [to_string(v) for v in _items(args)]


def _number(value: Any) -> float:
    """ODK's number(): XPath's, and a date or date-time text is its days since 1970-01-01."""
    if isinstance(value, str) and _DATE.match(value.strip()):
        when = to_date(value)
        if when is not None:
            return to_number(when)
    return to_number(value)


# name -> (min args, max args or None, argument kinds, implementation)
# kinds: "s" string, "n" number, "b" boolean, "a" any (node-sets kept)
_Impl = Callable[..., Any]
_FUNCTIONS: dict[str, tuple[int, int | None, str, _Impl]] = {
    "true": (0, 0, "", lambda: True),
    "false": (0, 0, "", lambda: False),
    "not": (1, 1, "b", lambda b: not b),
    "boolean": (1, 1, "b", lambda b: b),
    "boolean-from-string": (1, 1, "s", lambda s: s.strip().lower() in ("true", "1")),
    "number": (0, 1, "a", _number),
    "string": (0, 1, "s", lambda s: s),
    "int": (1, 1, "n", _int),
    "round": (1, 2, "nn", _xpath_round),
    "floor": (1, 1, "n", lambda n: float(math.floor(n)) if math.isfinite(n) else n),
    "ceiling": (1, 1, "n", lambda n: float(math.ceil(n)) if math.isfinite(n) else n),
    "abs": (1, 1, "n", abs),
    "pow": (2, 2, "nn", _pow),
    "sqrt": (1, 1, "n", _sqrt),
    "exp": (1, 1, "n", lambda n: _pow(math.e, n)),
    "exp10": (1, 1, "n", lambda n: _pow(10.0, n)),
    "log": (1, 1, "n", _log),
    "log10": (1, 1, "n", lambda n: _log(n, True)),
    "pi": (0, 0, "", lambda: math.pi),
    "sin": (1, 1, "n", _math(math.sin)),
    "cos": (1, 1, "n", _math(math.cos)),
    "tan": (1, 1, "n", _math(math.tan)),
    "asin": (1, 1, "n", _math(math.asin)),
    "acos": (1, 1, "n", _math(math.acos)),
    "atan": (1, 1, "n", _math(math.atan)),
    "atan2": (2, 2, "nn", _math(math.atan2)),
    # every value of a node-set argument, not only the first (ODK's concat)
    "concat": (0, None, "a", lambda *parts: "".join(to_string(v) for v in _items(parts))),
    "contains": (2, 2, "ss", lambda s, t: t in s),
    "starts-with": (2, 2, "ss", lambda s, t: s.startswith(t)),
    "ends-with": (2, 2, "ss", lambda s, t: s.endswith(t)),
    "substr": (2, 3, "snn", _substr),
    "substring": (2, 3, "snn", _substring),
    "substring-before": (2, 2, "ss", lambda s, t: s.split(t, 1)[0] if t in s else ""),
    "substring-after": (2, 2, "ss", lambda s, t: s.split(t, 1)[1] if t in s else ""),
    "translate": (3, 3, "sss", lambda s, a, b: s.translate(
        {ord(c): (b[i] if i < len(b) else None) for i, c in reversed(list(enumerate(a)))})),
    "normalize-space": (0, 1, "s", lambda s: " ".join(s.split())),
    "string-length": (0, 1, "s", lambda s: float(len(s))),
    "regex": (2, 2, "ss", lambda s, p: bool((rx := _regex(p)) and rx.search(s))),
    "selected": (2, 2, "ss", lambda s, v: v.strip() in s.split()),
    "count-selected": (1, 1, "s", lambda s: float(len(s.split()))),
    "selected-at": (2, 2, "sn", lambda s, n: (
        s.split()[int(n)] if not math.isnan(n) and 0 <= int(n) < len(s.split()) else "")),
    "join": (1, None, "a", lambda sep, *vals: to_string(sep).join(
        to_string(v) for v in _items(vals))),
    "sum": (1, 1, "a", _sum),
    "count": (1, 1, "a", lambda v: float(len(v)) if isinstance(v, NodeSet) else 1.0),
    "count-non-empty": (1, 1, "a", lambda v: float(sum(
        1 for x in _items([v]) if to_string(x) != ""))),
    "max": (1, None, "a", lambda *v: _minmax(max, v)),
    "min": (1, None, "a", lambda *v: _minmax(min, v)),
    "if": (3, 3, "baa", lambda c, a, b: a if c else b),
    "coalesce": (2, 2, "aa", lambda a, b: a if to_string(a) != "" else b),
    "once": (1, 1, "a", lambda v: v),
    "date": (1, 1, "a", _date),
    "date-time": (1, 1, "a", lambda v: (
        d if isinstance(d := to_date(v), dt.datetime)
        else (dt.datetime(d.year, d.month, d.day) if d else ""))),
    "decimal-date-time": (1, 1, "a", lambda v: to_number(to_date(v)) if to_date(v) else NAN),
    "decimal-date": (1, 1, "a", lambda v: to_number(to_date(v)) if to_date(v) else NAN),
    "decimal-time": (1, 1, "a", _decimal_time),
    "format-date": (2, 2, "as", _format_date),
    "format-date-time": (2, 2, "as", _format_date),
    "random": (0, 0, "", random.random),
    "uuid": (0, 1, "n", _uuid),
    "randomize": (1, 2, "aa", _randomize),
    "digest": (2, 3, "sss", _digest),
    "base64-decode": (1, 1, "s", _base64_decode),
    "checklist": (2, None, "nna", _checklist),
    "weighted-checklist": (2, None, "nna", _weighted_checklist),
    "area": (1, None, "a", lambda *v: geo.area(_geo_values(*v))),
    "distance": (1, None, "a", lambda *v: geo.distance(_geo_values(*v))),
    "geofence": (2, 2, "ss", geo.geofence),
}
_REFUSED = {
    "indexed-repeat": "",  # handled specially
    "search": QT_TRANSLATE_NOOP(
        "Forms", "search() is an appearance of a select question (its choices from a CSV "
                 "file), not a function for calculations"),
}
# Messages raised in several places.
_UNEXPECTED = QT_TRANSLATE_NOOP("Forms", "unexpected {token} at position {position}")
_NO_DOUBLE_SLASH = QT_TRANSLATE_NOOP("Forms", "'//' paths are not supported")
_NO_PREDICATES = QT_TRANSLATE_NOOP(
    "Forms", "predicates ('[...]') on the form's own questions are not supported; use "
             "indexed-repeat()")
_NO_ARGUMENTS = QT_TRANSLATE_NOOP("Forms", "{function}() takes no arguments")
# A plural message: its count (%n) is given with it (see problems.translate).
_TAKES = translate("Forms", "{function}() takes %n argument(s), not {given}", "", -1)
_NO_QUESTION = QT_TRANSLATE_NOOP("Forms", "there is no question named '{name}'")
_CHOICE_NAME = "jr:choice-name(${q}, '${q}')"
_NOT_RANDOM = {"random", "uuid", "randomize"}
# Functions whose argument, when left out, is the question's own value (XPath's context node).
_OF_CONTEXT = {"string", "number", "normalize-space", "string-length"}


def _coerce(kind: str, fn: Fn) -> Fn:
    if kind == "s":
        return lambda c: to_string(fn(c))
    if kind == "n":
        return lambda c: to_number(fn(c))
    if kind == "b":
        return lambda c: to_bool(fn(c))
    return fn


def _arith(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "div":
        if b == 0:
            if math.isnan(a) or a == 0:
                return NAN
            return math.copysign(math.inf, a) * math.copysign(1.0, b)
        return a / b
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return NAN
    return math.fmod(a, b)


def _cut(index: Index, depth: int) -> Index:
    """The index of the instance `depth` repeats deep that holds `index`."""
    return path_index(index_path(index)[:depth])


def _nodes(value: Any) -> list[Any]:
    return list(value) if isinstance(value, NodeSet) else [value]


def _step(nodes: list[Element], step: str) -> list[Element]:
    """One step of a path over secondary-instance nodes."""
    if step == ".":
        return nodes
    if step == "..":
        parents: dict[int, Element] = {}
        for node in nodes:
            if node.parent is not None:
                parents.setdefault(id(node.parent), node.parent)
        return list(parents.values())
    return [child for node in nodes for child in node.named(step)]


def _item_free(node: Node) -> bool:
    """Whether a predicate's operand reads nothing of the node being filtered (so its value
    is the same for every node, and an index can answer the predicate)."""
    if isinstance(node, Num | Str | Ref):
        return True
    if isinstance(node, Negate):
        return _item_free(node.operand)
    if isinstance(node, Binary):
        return _item_free(node.left) and _item_free(node.right)
    if isinstance(node, Filter):
        return isinstance(node.base, Call) and node.base.name in ("instance", "current")
    if isinstance(node, Call):
        if node.name in ("position", "last") or (not node.args and node.name in _OF_CONTEXT):
            return False
        return all(_item_free(arg) for arg in node.args)
    return False


def _column_of(node: Node) -> str | None:
    """The column a predicate operand names (`name`, `./name`), else None."""
    if isinstance(node, Path) and not node.absolute and not node.filtered:
        names = [s for s in node.steps if s != "."]
        if len(names) == 1 and names[0] != ".." and len(node.steps) <= 2:
            return names[0]
    return None


# A compiled predicate: (context, nodes[, their parent]) -> the nodes it keeps
Pick = Callable[..., list[Element]]


class _Compiler:
    def __init__(self, scope: Scope, repeat: str | None, current: str | None,
                 choice_filter: bool, context: str | None = None) -> None:
        self.scope = scope
        self.repeat = repeat
        self.current = current
        # the question or group relative paths start from (its own `..` is its group)
        self.context = context if context is not None else current
        self.choice_filter = choice_filter
        # what a bare name means: "choice" (a column of the choice being filtered), "node"
        # (a child of the node a predicate filters), or None (not understood: use ${...})
        self.item_mode: str | None = "choice" if choice_filter else None
        self.refs: set[str] = set()
        self.uses_now = False
        self.chain = self.scope.repeats_of(repeat)

    def ref(self, name: str, *, as_nodeset: bool = False) -> Fn:
        """The value of a question: in this instance when the question is in this repeat or
        one around it, else its values in every instance of its repeats that lie inside the
        instances holding this one (ODK's relative references)."""
        try:
            target = self.scope.repeat_of(name)
        except KeyError:
            raise ExpressionError(_NO_QUESTION, name=name) from None
        self.refs.add(name)
        if target is None:
            return lambda c: c.env.value(name, None)
        theirs = self.scope.repeats_of(target)
        if not as_nodeset and theirs == self.chain[:len(theirs)]:
            return lambda c: c.env.value(name, c.index)
        common = 0
        while common < min(len(theirs), len(self.chain)) and \
                theirs[common] == self.chain[common]:
            common += 1
        if common == 0:
            return lambda c: c.env.nodeset(name)
        return lambda c: c.env.nodeset(name, _cut(c.index, common))

    def last_saved(self, name: str) -> Fn:
        try:
            self.scope.repeat_of(name)
        except KeyError:
            raise ExpressionError(_NO_QUESTION, name=name) from None
        return lambda c: c.env.last_saved(name, c.index)

    def path(self, node: Path) -> Fn:
        steps = node.steps
        if self.item_mode is not None and not node.absolute and (
                self.item_mode == "node" or steps[0] != ".."):
            return self.item_path(node)
        if node.filtered:
            raise ExpressionError(_NO_PREDICATES)
        if steps == (".",) and not node.absolute:
            if self.current is None:
                return lambda c: ""
            return self.ref(self.current)
        names = [s for s in steps if s not in (".", "..")]
        if not names:
            return lambda c: ""
        if node.absolute or ".." in steps or steps[0] == ".":
            return self.ref(self.resolve(steps, node.absolute))
        raise ExpressionError(QT_TRANSLATE_NOOP(
            "Forms", "'{path}' is not understood: refer to a question as {reference}"),
            path="/".join(steps), reference=f"${{{names[-1]}}}")

    def item_path(self, node: Path) -> Fn:
        """A path inside a choice filter (a column of the choice) or a predicate (from the
        node being filtered)."""
        steps = node.steps
        if self.item_mode == "choice":
            names = [s for s in steps if s != "."]
            if not names:
                return lambda c: c.item.get("name", "") if isinstance(c.item, Mapping) else ""
            if len(names) == 1 and not node.filtered:
                column = names[0]
                return lambda c: c.item.get(column, "") if isinstance(c.item, Mapping) else ""
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "'{path}' is not a column of the choices"), path="/".join(steps))
        walk = self.walker(steps, node.predicates)
        return lambda c: NodeSet(walk(c, [c.item]) if isinstance(c.item, Element) else ())

    def resolve(self, steps: tuple[str, ...], absolute: bool) -> str:
        """The question a path names: found by walking the form from this question (or from
        the root), else its last step, else the copy a loop made of it
        ("/data/harvest/rice/sold" -> "rice_sold", see model's loops)."""
        found = self.scope.locate(self.context, steps, absolute)
        if found is not None:
            return found
        names = [s for s in steps if s not in (".", "..")]
        for name in (names[-1], "_".join(names[-2:])):
            try:
                self.scope.repeat_of(name)
            except KeyError:
                continue
            return name
        return names[-1]  # unknown: ref() says so

    def walker(self, steps: tuple[str, ...], predicates: tuple[tuple[Node, ...], ...]
               ) -> Callable[[_Ctx, list[Element]], list[Element]]:
        """Walk secondary-instance nodes along `steps`, filtering each by its predicates."""
        plan: list[tuple[str, list[Pick]]] = []
        for i, step in enumerate(steps):
            filters = predicates[i] if i < len(predicates) else ()
            plan.append((step, [self.predicate(p, step if j == 0 else None)
                                for j, p in enumerate(filters)]))

        def walk(c: _Ctx, nodes: list[Element]) -> list[Element]:
            for step, picks in plan:
                if picks and len(nodes) == 1 and step not in (".", ".."):
                    parent, nodes = nodes[0], _step(nodes, step)
                    nodes = picks[0](c, nodes, parent)
                    for pick in picks[1:]:
                        nodes = pick(c, nodes)
                    continue
                nodes = _step(nodes, step)
                for pick in picks:
                    nodes = pick(c, nodes)
            return nodes

        return walk

    def predicate(self, node: Node, step: str | None) -> Pick:
        """A `[...]` as a function from nodes to the nodes it keeps: a number keeps the node
        at that position, anything else keeps the nodes for which it is true. `[column =
        value]` on the first predicate of a step is answered by an index of the nodes."""
        saved = self.item_mode
        self.item_mode = "node"
        try:
            test = self.compile(node)
            keyed: tuple[str, Fn] | None = None
            if step is not None and isinstance(node, Binary) and node.op == "=":
                for side, other in ((node.left, node.right), (node.right, node.left)):
                    column = _column_of(side)
                    if column is not None and _item_free(other):
                        keyed = (column, self.compile(other))
                        break
        finally:
            self.item_mode = saved

        def pick(c: _Ctx, nodes: list[Element], parent: Element | None = None
                 ) -> list[Element]:
            if keyed is not None and parent is not None and step is not None:
                key = keyed[1](c)
                if isinstance(key, str):  # a number or a date compares as one: scan
                    return parent.lookup(step, keyed[0], key)
            size = len(nodes)
            kept = []
            for position, item in enumerate(nodes, 1):
                found = test(_Ctx(c.env, c.index, item, position, size))
                if isinstance(found, float):
                    if found == position:
                        kept.append(item)
                elif to_bool(found):
                    kept.append(item)
            return kept

        return pick

    def instance_name(self, node: Call) -> str:
        if len(node.args) != 1 or not isinstance(node.args[0], Str):
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "instance() takes the name of a secondary instance in quotes, e.g. "
                         "instance('fruits')"))
        name = node.args[0].value.strip()
        if self.scope.instance_columns(name) is None:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "instance('{name}') names no file attached to the form and no list "
                         "of the choices sheet: attach {name}.csv or {name}.xml (declared by a "
                         "select_one_from_file, csv-external or xml-external row) or use a "
                         "choice list"), name=name)
        return name

    def filter(self, node: Filter) -> Fn:
        base = node.base
        if isinstance(base, Call) and base.name == "current":
            if base.args:
                raise ExpressionError(_NO_ARGUMENTS, function="current")
            if node.base_predicates or any(node.predicates):
                raise ExpressionError(_NO_PREDICATES)
            saved = self.item_mode
            self.item_mode = None  # current()/.. reads the form's answers, not the item
            try:
                return self.path(Path(node.steps, False)) if node.steps else self.current_value()
            finally:
                self.item_mode = saved
        start: Callable[[_Ctx], list[Element]]
        if isinstance(base, Call) and base.name == "instance":
            name = self.instance_name(base)

            def start(c: _Ctx) -> list[Element]:
                document = c.env.instance(name)
                return [document] if document is not None else []
        elif isinstance(base, Ref | Path):
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "predicates ('[...]') and paths after the form's own questions are "
                         "not supported; use indexed-repeat()"))
        else:
            inner = self.compile(base)

            def start(c: _Ctx) -> list[Element]:
                return [v for v in _nodes(inner(c)) if isinstance(v, Element)]

        picks = [self.predicate(p, None) for p in node.base_predicates]
        walk = self.walker(node.steps, node.predicates)

        def run(c: _Ctx) -> NodeSet:
            nodes = start(c)
            for pick in picks:
                nodes = pick(c, nodes)
            return NodeSet(walk(c, nodes))

        return run

    def current_value(self) -> Fn:
        """current(): the question the expression belongs to."""
        if self.current is None:
            return lambda c: ""
        return self.ref(self.current)

    def compile(self, node: Node) -> Fn:
        if isinstance(node, Num):
            number = node.value
            return lambda c: number
        if isinstance(node, Str):
            text = node.value
            return lambda c: text
        if isinstance(node, Ref):
            if node.last_saved:
                return self.last_saved(node.name)
            return self.ref(node.name)
        if isinstance(node, Path):
            return self.path(node)
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Negate):
            inner = self.compile(node.operand)
            return lambda c: -to_number(inner(c))
        if isinstance(node, Binary):
            return self.binary(node)
        return self.call(node)

    def binary(self, node: Binary) -> Fn:
        left = self.compile(node.left)
        right = self.compile(node.right)
        op = node.op
        if op == "|":  # a union: the nodes of both sides, in order
            return lambda c: NodeSet([*_nodes(left(c)), *_nodes(right(c))])
        if op == "and":
            return lambda c: to_bool(left(c)) and to_bool(right(c))
        if op == "or":
            return lambda c: to_bool(left(c)) or to_bool(right(c))
        if op in ("=", "!=", "<", "<=", ">", ">="):
            return lambda c: compare(op, left(c), right(c))
        return lambda c: _arith(op, to_number(left(c)), to_number(right(c)))

    def call(self, node: Call) -> Fn:  # noqa: C901 - a dispatch on the function name
        name = node.name
        args = node.args
        if name in ("today", "now"):
            if args:
                raise ExpressionError(_NO_ARGUMENTS, function=name)
            self.uses_now = True
            if name == "today":
                return lambda c: c.env.today
            return lambda c: dt.datetime.now()
        if name == "position":
            return self.position(args)
        if name == "last":
            if args:
                raise ExpressionError(_NO_ARGUMENTS, function="last")
            return lambda c: float(c.size)
        if name == "instance":
            document = self.instance_name(node)
            return lambda c: NodeSet(_nodes(c.env.instance(document)))
        if name == "current":
            if args:
                raise ExpressionError(_NO_ARGUMENTS, function="current")
            saved, self.item_mode = self.item_mode, None
            try:
                return self.current_value()
            finally:
                self.item_mode = saved
        if name == "pulldata":
            return self.pulldata(args)
        if name == "jr:choice-name":
            return self.choice_name(args)
        if name == "indexed-repeat":
            return self.indexed_repeat(args)
        if name == "jr:itext":
            return self.itext(args)
        if name in _REFUSED:
            raise ExpressionError(_REFUSED[name])
        spec = _FUNCTIONS.get(name)
        if spec is None:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "the function {function}() is not known"), function=name)
        low, high, kinds, impl = spec
        if len(args) < low or (high is not None and len(args) > high):
            if low == high:
                raise ExpressionError(_TAKES, low, function=name, given=len(args))
            if high is None:
                raise ExpressionError(translate(
                    "Forms", "{function}() takes %n or more argument(s), not {given}", "", -1),
                    low, function=name, given=len(args))
            raise ExpressionError(translate(
                "Forms", "{function}() takes {low} to %n argument(s), not {given}", "", -1),
                high, function=name, low=low, given=len(args))
        if name in ("format-date", "format-date-time"):
            value, pattern = (self.compile(a) for a in args)
            return lambda c: _format_date(value(c), to_string(pattern(c)), _names_language(c))
        if not args and name in _OF_CONTEXT:  # string() is string(.): the question's value
            args = (Path((".",), False),)
        self.check_arguments(name, args)
        compiled = [self.compile(a) for a in args]
        if name in _NOT_RANDOM:
            self.uses_now = True
        parts = [_coerce(kinds[i] if i < len(kinds) else (kinds[-1] if kinds else "a"), fn)
                 for i, fn in enumerate(compiled)]
        if name == "if":
            cond, then, other = parts
            return lambda c: then(c) if cond(c) else other(c)
        if name == "coalesce":
            first, second = parts
            return lambda c: v if to_string(v := first(c)) != "" else second(c)
        if len(parts) == 0:
            return lambda c: impl()
        if len(parts) == 1:
            only = parts[0]
            return lambda c: impl(only(c))
        if len(parts) == 2:
            a, b = parts
            return lambda c: impl(a(c), b(c))
        return lambda c: impl(*(p(c) for p in parts))

    @staticmethod
    def check_arguments(name: str, args: tuple[Node, ...]) -> None:
        """What can be told wrong before any answer is given (ODK refuses these too)."""
        if name == "weighted-checklist" and len(args) % 2:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "weighted-checklist() takes a minimum, a maximum, then pairs of a "
                         "value and its weight"))
        if name == "digest":
            if isinstance(args[1], Str) and args[1].value not in _DIGESTS:
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "digest(): unknown algorithm '{algorithm}'; use one of "
                             "{algorithms}"),
                    algorithm=args[1].value, algorithms=", ".join(_DIGESTS))
            if len(args) > 2 and isinstance(args[2], Str) and args[2].value not in (
                    "base64", "hex"):
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'"),
                    encoding=args[2].value)

    def itext(self, args: tuple[Node, ...]) -> Fn:
        """jr:itext('id'): the text of the form's itext `id` in the language the form is
        filled in (ODK Collect evaluates it so in calculations too), for the ids pyxform
        writes: '/data/q:label' (':hint', ':jr:constraintMsg', ':jr:requiredMsg') and
        'list_name-0' for a choice. Its ${...} are not filled in."""
        if len(args) != 1 or not isinstance(args[0], Str):
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "jr:itext() takes one text id in quotes, such as "
                         "jr:itext('/data/q:label'); for the label of an answer write "
                         "{example}"), example=_CHOICE_NAME)
        ident = args[0].value.strip()
        if self.scope.itext(ident, None) is None:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "jr:itext('{id}') names no text of the form: use an id such as "
                         "'/data/q:label' or 'list_name-0', or for the label of an answer "
                         "write {example}"), id=ident, example=_CHOICE_NAME)
        return lambda c: c.env.itext(ident)

    def choice_name(self, args: tuple[Node, ...]) -> Fn:
        if len(args) != 2:
            raise ExpressionError(_TAKES, 2, function="jr:choice-name", given=len(args))
        value = self.compile(args[0])
        target: str | None = None
        second = args[1]
        if isinstance(second, Str):
            text = second.value.strip()
            match = re.fullmatch(r"\$\{\s*([^}\s]+)\s*\}", text)
            target = match[1] if match else text.rstrip("/").split("/")[-1]
        elif isinstance(second, Ref):
            target = second.name
        if not target:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "jr:choice-name() needs the question as its second argument, e.g. "
                         "{example}"), example=_CHOICE_NAME)
        try:
            self.scope.repeat_of(target)
        except KeyError:
            raise ExpressionError(_NO_QUESTION, name=target) from None
        if not self.scope.is_select(target):
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "jr:choice-name(): '{name}' is not a select question"), name=target)
        question = target
        return lambda c: c.env.choice_label(question, to_string(value(c)))

    def named(self, node: Node) -> str | None:
        """The question or group an argument names (`${q}` or a path to it), else None."""
        if isinstance(node, Ref) and not node.last_saved:
            return node.name
        if isinstance(node, Path) and not node.filtered and any(
                s not in (".", "..") for s in node.steps):
            return self.resolve(node.steps, node.absolute)
        return None

    def indexed_repeat(self, args: tuple[Node, ...]) -> Fn:
        """indexed-repeat(${q}, ${repeat}, n[, ${inner repeat}, m ...]): the value of q in
        the n-th instance of the repeat (and the m-th of the repeat inside it); a repeat
        not named is this question's own instance of it, else the first."""
        usage = QT_TRANSLATE_NOOP(
            "Forms", "indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} "
                     "and a position (and more pairs for repeats inside repeats)")
        target = self.named(args[0]) if args else None
        if len(args) < 3 or len(args) % 2 == 0 or target is None:
            raise ExpressionError(usage)
        try:
            chain = self.scope.repeats_of(self.scope.repeat_of(target))
        except KeyError:
            raise ExpressionError(_NO_QUESTION, name=target) from None
        self.refs.add(target)
        given: dict[str, Fn] = {}
        for repeat_node, position_node in zip(args[1::2], args[2::2], strict=True):
            repeat = self.named(repeat_node)
            if repeat is None:
                raise ExpressionError(usage)
            self.compile(repeat_node)  # its count changes what the position finds
            if chain and repeat not in chain:
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "indexed-repeat(): '{repeat}' is not a repeat around '{name}'"),
                    repeat=repeat, name=target)
            given[repeat] = self.compile(position_node)
        own = self.chain
        if not chain:  # not in a repeat: its one value is at position 1
            first = next(iter(given.values()))
            return lambda c: c.env.value(target, None) if to_number(first(c)) == 1 else ""

        def pick(c: _Ctx) -> Any:
            here = index_path(c.index)
            path: list[int] = []
            for depth, repeat in enumerate(chain):
                if repeat in given:
                    n = to_number(given[repeat](c))
                    if math.isnan(n) or n < 1:
                        return ""
                    path.append(int(n) - 1)
                elif depth < len(own) and own[depth] == repeat and depth < len(here):
                    path.append(here[depth])
                else:
                    path.append(0)
            return c.env.value(target, path_index(path))

        return pick

    def position(self, args: tuple[Node, ...]) -> Fn:
        """position(): of the node a predicate filters, or of this repeat instance;
        position(..) and position(../..): of the instance of the repeat that path names (1
        for a group that is not a repeat), as JavaRosa counts it."""
        if len(args) > 1:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "position() takes at most one argument"))
        if self.item_mode == "node":
            return lambda c: float(c.position)
        if args and isinstance(args[0], Path) and not args[0].absolute:
            found = self.scope.locate(self.context, args[0].steps, False)
            if found is not None:
                repeat = self.scope.repeat_of(found)
                if repeat != found:  # a group or a question: one of its kind here
                    return lambda c: 1.0
                depth = len(self.scope.repeats_of(repeat))

                def at(c: _Ctx) -> float:
                    here = index_path(c.index)
                    return float(here[depth - 1] + 1) if len(here) >= depth else NAN

                return at
        if not self.chain:
            return lambda c: NAN
        return lambda c: float(index_path(c.index)[-1] + 1) if c.index is not None else NAN

    def pulldata(self, args: tuple[Node, ...]) -> Fn:
        """pulldata('file', 'column', 'key column', value): the column of the first row of
        file.csv whose key column reads the value ("" when none does)."""
        if len(args) != 4:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "pulldata() takes 4 arguments: the file's name (without .csv), the "
                         "column to read, the column to match and the value to find"))
        if not isinstance(args[0], Str):
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "pulldata(): name the file in quotes, e.g. "
                         "pulldata('fruits', 'price', 'name', ${fruit})"))
        name = args[0].value.strip()
        columns = self.scope.instance_columns(name)
        if columns is None:
            raise ExpressionError(QT_TRANSLATE_NOOP(
                "Forms", "pulldata() reads '{file}', which is not attached to the form"),
                file=f"{name}.csv")
        for arg in args[1:3]:
            if isinstance(arg, Str) and columns and arg.value not in columns:
                raise ExpressionError(QT_TRANSLATE_NOOP(
                    "Forms", "pulldata(): '{file}' has no column '{column}' (its columns: "
                             "{columns})"),
                    file=f"{name}.csv", column=arg.value, columns=", ".join(columns))
        column, key_column, key = (_coerce("s", self.compile(a)) for a in args[1:])

        def pull(c: _Ctx) -> str:
            document = c.env.instance(name)
            root = document.children[0] if document is not None and document.children \
                else None
            if root is None:
                return ""
            rows = root.lookup("item", key_column(c), key(c))
            found = rows[0].field(column(c)) if rows else None
            return found or ""

        return pull


def compile_expression(source: str, scope: Scope, *, repeat: str | None = None,
                       current: str | None = None, choice_filter: bool = False,
                       context: str | None = None) -> Expression:
    """Parse and compile `source` for a question `current` inside `repeat` (or at top level);
    `context` is the question or group relative paths start from (`current` when None).

    In a choice filter, bare names (`country`) are columns of the choice being filtered.
    Raises ExpressionError with a plain message for anything that cannot be used.
    """
    tree = parse(source)
    compiler = _Compiler(scope, repeat, current, choice_filter, context)
    fn = compiler.compile(tree)
    return Expression(source, frozenset(compiler.refs), fn, compiler.uses_now)


# -- a convenience for tests and one-off use ---------------------------------------------------


class _DictScope:
    def __init__(self, repeats: Mapping[str, str | None], selects: set[str],
                 instances: Mapping[str, Element]) -> None:
        self.repeats = repeats
        self.selects = selects
        self.instances = instances

    def repeat_of(self, name: str) -> str | None:
        return self.repeats[name]

    def is_select(self, name: str) -> bool:
        return name in self.selects

    def itext(self, ident: str, lang: str | None) -> str | None:
        return None  # plain values have no form texts

    def repeats_of(self, repeat: str | None) -> tuple[str, ...]:
        return (repeat,) if repeat else ()

    def instance_columns(self, name: str) -> list[str] | None:
        document = self.instances.get(name)
        if document is None:
            return None
        return document.children[0].columns() if document.children else []

    def locate(self, start: str | None, steps: tuple[str, ...], absolute: bool) -> str | None:
        return None


class _DictEnv:
    def __init__(self, values: Mapping[str, Any], today: dt.date,
                 labels: Mapping[str, Mapping[str, str]], instances: Mapping[str, Element],
                 last_saved: Mapping[str, Any]) -> None:
        self.values = values
        self.today = today
        self.lang: str | None = None
        self.names_language: str | None = None
        self.labels = labels
        self.instances = instances
        self.saved = last_saved

    def itext(self, ident: str) -> str:
        return ""

    def value(self, name: str, index: Index) -> Any:
        found = self.values.get(name, "")
        if isinstance(found, list):
            where = index_path(index)
            return found[where[0]] if where and where[0] < len(found) else ""
        return "" if found is None else found

    def nodeset(self, name: str, within: Index = None) -> NodeSet:
        found = self.values.get(name, "")
        return NodeSet(found if isinstance(found, list) else [found])

    def choice_label(self, name: str, value: str) -> str:
        return self.labels.get(name, {}).get(value, "")

    def instance(self, name: str) -> Element | None:
        return self.instances.get(name)

    def last_saved(self, name: str, index: Index) -> Any:
        found = self.saved.get(name, "")
        return "" if found is None or isinstance(found, list) else found


def evaluate(source: str, values: Mapping[str, Any] | None = None, *,
             current: str | None = None, index: int | None = None,
             repeats: Mapping[str, str | None] | None = None,
             today: dt.date | None = None,
             labels: Mapping[str, Mapping[str, str]] | None = None,
             instances: Mapping[str, Element] | None = None,
             last_saved: Mapping[str, Any] | None = None) -> Any:
    """Evaluate one expression against plain values (lists are repeat instances);
    `instances` are secondary instances by name (see gmsdesk.forms.instances)."""
    values = values or {}
    names: dict[str, str | None] = {name: None for name in values}
    names.update(repeats or {})
    for name in last_saved or {}:
        names.setdefault(name, None)
    scope = _DictScope(names, set(labels or {}), instances or {})
    repeat = names.get(current) if current else None
    expression = compile_expression(source, scope, repeat=repeat, current=current)
    env = _DictEnv(values, today or dt.date.today(), labels or {}, instances or {},
                   last_saved or {})
    return expression.evaluate(env, index)
