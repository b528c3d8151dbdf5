"""The XLSForm expression language (the XPath 1.0 subset ODK uses), parsed once, never eval'd.

A small Pratt parser turns `relevant`, `constraint`, `calculation`, `choice_filter` and
dynamic defaults into Python closures. `${name}` references are resolved when an expression is
compiled (same repeat instance, or the node-set of a repeat from outside), so the engine knows
what each expression depends on and evaluation is a chain of plain function calls. Evaluation
never raises: bad input gives XPath's answers (NaN, "", false).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

__all__ = [
    "Env",
    "Expression",
    "ExpressionError",
    "NodeSet",
    "Scope",
    "compile_expression",
    "evaluate",
    "parse",
    "to_bool",
    "to_date",
    "to_number",
    "to_string",
]

EPOCH = dt.date(1970, 1, 1)
NAN = float("nan")


class ExpressionError(ValueError):
    """An expression that cannot be used: bad syntax, unknown function or question."""


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
        return value
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
            raise ExpressionError(f"unexpected character {source[pos]!r} at position {pos + 1}")
        kind = match.lastgroup or ""
        text = match.group()
        pos = match.end()
        if kind == "ws":
            continue
        if kind == "ref":
            inner = text[2:-1].strip()
            if not _NAME.fullmatch(inner):
                raise ExpressionError(f"{text} is not a valid reference to a question")
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
            raise ExpressionError(f"unexpected {text!r} at position {match.start() + 1}")
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
    name: str


@dataclass(frozen=True, slots=True)
class Path:
    """A location path: `.`, `..`, `../name`, `/data/group/name`, or a bare `name`."""

    steps: tuple[str, ...]
    absolute: bool


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


Node = Num | Str | Ref | Path | Call | Binary | Negate

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
            raise ExpressionError(f"expected {text!r} but found {found} at position "
                                  f"{token.pos + 1}")

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError("the expression is empty")
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError(f"unexpected {token.text!r} at position {token.pos + 1}")
        return node

    def expression(self, min_binding: int) -> Node:
        left = self.prefix()
        while True:
            token = self.peek()
            binding = _BINDING.get(token.text) if token.kind == "op" else None
            if binding is None or binding <= min_binding:
                return left
            self.take()
            if token.text == "|":
                raise ExpressionError("node-set unions ('|') are not supported")
            left = Binary(token.text, left, self.expression(binding))

    def prefix(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Num(float(token.text))
        if token.kind == "string":
            return Str(token.text[1:-1])
        if token.kind == "ref":
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
            raise ExpressionError("the expression ends too early")
        raise ExpressionError(f"unexpected {token.text!r} at position {token.pos + 1}")

    def after_primary(self, node: Node) -> Node:
        if isinstance(node, Call) and _REFUSED.get(node.name):
            raise ExpressionError(_REFUSED[node.name])
        token = self.peek()
        if token.kind == "op" and token.text == "[":
            raise ExpressionError("predicates ('[...]') are not supported")
        if token.kind == "op" and token.text in ("/", "//"):
            raise ExpressionError(f"a path after {token.text!r} at position {token.pos + 1} "
                                  "is not supported")
        return node

    def path(self, first: Token) -> Node:
        steps: list[str] = []
        absolute = first.text == "/"
        token: Token | None = None if absolute else first
        while True:
            if token is None:
                token = self.take()
            if token.kind == "name" or (token.kind == "op" and token.text in (".", "..")):
                steps.append(token.text)
            elif token.kind == "op" and token.text == "@":
                raise ExpressionError("attributes ('@') are not supported")
            elif token.kind == "op" and token.text == "*":
                raise ExpressionError("wildcards ('*') in paths are not supported")
            else:
                raise ExpressionError(f"a path cannot contain {token.text!r} "
                                      f"(position {token.pos + 1})")
            nxt = self.peek()
            if nxt.kind == "op" and nxt.text == "[":
                raise ExpressionError("predicates ('[...]') are not supported")
            if nxt.kind == "op" and nxt.text == "//":
                raise ExpressionError("'//' paths are not supported")
            if not (nxt.kind == "op" and nxt.text == "/"):
                break
            self.take()
            token = None
        return Path(tuple(steps), absolute)


@functools.lru_cache(maxsize=4096)
def parse(source: str) -> Node:
    """Parse one expression into a syntax tree; raises ExpressionError with a plain message."""
    return _Parser(source).parse()


# -- what an expression is evaluated against ---------------------------------------------------


class Env(Protocol):
    """The answers an expression reads (the engine's FormState implements it)."""

    today: dt.date
    lang: str | None

    def value(self, name: str, index: int | None) -> Any: ...

    def nodeset(self, name: str) -> NodeSet: ...

    def choice_label(self, name: str, value: str) -> str: ...


class Scope(Protocol):
    """What the compiler needs to know about the form: which repeat holds each name."""

    def repeat_of(self, name: str) -> str | None:
        """The repeat holding `name` (a repeat holds itself); KeyError for unknown names."""
        ...

    def is_select(self, name: str) -> bool: ...


class _Ctx:
    __slots__ = ("env", "index", "item")

    def __init__(self, env: Env, index: int | None, item: Mapping[str, Any] | None) -> None:
        self.env = env
        self.index = index
        self.item = item


Fn = Callable[[_Ctx], Any]


@dataclass(frozen=True, eq=False)
class Expression:
    """A compiled expression: its source, the names it reads, and the closure."""

    source: str
    refs: frozenset[str]
    fn: Fn
    uses_now: bool = False

    def evaluate(self, env: Env, index: int | None = None,
                 item: Mapping[str, Any] | None = None) -> Any:
        """The value in repeat instance `index` (or outside repeats); `item` is a choice row."""
        try:
            return self.fn(_Ctx(env, index, item))
        except (ArithmeticError, ValueError, TypeError, OverflowError, IndexError):
            return ""

    def truth(self, env: Env, index: int | None = None,
              item: Mapping[str, Any] | None = None) -> bool:
        return to_bool(self.evaluate(env, index, item))


# -- functions ---------------------------------------------------------------------------------

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _format_date(value: Any, pattern: str) -> str:
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
            "b": _MONTHS[moment.month - 1], "d": f"{moment.day:02d}", "e": str(moment.day),
            "a": _DAYS[moment.weekday()], "H": f"{moment.hour:02d}", "h": str(moment.hour),
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
    if math.isnan(start):
        return ""
    begin = max(0, int(start))
    if end is None:
        return s[begin:]
    if math.isnan(end):
        return ""
    return s[begin:max(begin, int(end))]


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


# name -> (min args, max args or None, argument kinds, implementation)
# kinds: "s" string, "n" number, "b" boolean, "a" any (node-sets kept)
_Impl = Callable[..., Any]
_FUNCTIONS: dict[str, tuple[int, int | None, str, _Impl]] = {
    "true": (0, 0, "", lambda: True),
    "false": (0, 0, "", lambda: False),
    "not": (1, 1, "b", lambda b: not b),
    "boolean": (1, 1, "b", lambda b: b),
    "boolean-from-string": (1, 1, "s", lambda s: s.strip().lower() in ("true", "1")),
    "number": (1, 1, "n", lambda n: n),
    "string": (1, 1, "s", lambda s: s),
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
    "concat": (0, None, "s", lambda *parts: "".join(parts)),
    "contains": (2, 2, "ss", lambda s, t: t in s),
    "starts-with": (2, 2, "ss", lambda s, t: s.startswith(t)),
    "ends-with": (2, 2, "ss", lambda s, t: s.endswith(t)),
    "substr": (2, 3, "snn", _substr),
    "substring": (2, 3, "snn", _substring),
    "substring-before": (2, 2, "ss", lambda s, t: s.split(t, 1)[0] if t in s else ""),
    "substring-after": (2, 2, "ss", lambda s, t: s.split(t, 1)[1] if t in s else ""),
    "translate": (3, 3, "sss", lambda s, a, b: s.translate(
        {ord(c): (b[i] if i < len(b) else None) for i, c in reversed(list(enumerate(a)))})),
    "normalize-space": (1, 1, "s", lambda s: " ".join(s.split())),
    "string-length": (1, 1, "s", lambda s: float(len(s))),
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
    "uuid": (0, 1, "n", lambda *n: str(uuid.uuid4())),
}
_REFUSED = {
    "pulldata": "pulldata() reads a CSV file attached to the form, which GMS Desk does not "
                "support",
    "instance": "instance() lookups (secondary instances) are not supported",
    "current": "current() is only used with secondary instances, which are not supported",
    "indexed-repeat": "",  # handled specially
    "search": "search() reads a CSV file attached to the form, which GMS Desk does not support",
    "digest": "digest() is not supported",
    "area": "geo functions (area) are not supported",
    "distance": "geo functions (distance) are not supported",
    "geofence": "geo functions are not supported",
}
_NOT_RANDOM = {"random", "uuid"}


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


class _Compiler:
    def __init__(self, scope: Scope, repeat: str | None, current: str | None,
                 choice_filter: bool) -> None:
        self.scope = scope
        self.repeat = repeat
        self.current = current
        self.choice_filter = choice_filter
        self.refs: set[str] = set()
        self.uses_now = False

    def ref(self, name: str, *, as_nodeset: bool = False) -> Fn:
        try:
            target = self.scope.repeat_of(name)
        except KeyError:
            raise ExpressionError(f"there is no question named '{name}'") from None
        self.refs.add(name)
        if target is None:
            return lambda c: c.env.value(name, None)
        if target == self.repeat and not as_nodeset:
            return lambda c: c.env.value(name, c.index)
        return lambda c: c.env.nodeset(name)

    def path(self, node: Path) -> Fn:
        steps = node.steps
        if steps == (".",) and not node.absolute:
            if self.choice_filter:
                return lambda c: (c.item or {}).get("name", "")
            if self.current is None:
                return lambda c: ""
            return self.ref(self.current)
        names = [s for s in steps if s not in (".", "..")]
        if not names:
            return lambda c: ""
        if self.choice_filter and not node.absolute and len(steps) == 1:
            column = steps[0]
            return lambda c: (c.item or {}).get(column, "")
        if node.absolute or ".." in steps:
            return self.ref(names[-1])
        raise ExpressionError(f"'{'/'.join(steps)}' is not understood: refer to a question "
                              f"as ${{{names[-1]}}}")

    def compile(self, node: Node) -> Fn:
        if isinstance(node, Num):
            number = node.value
            return lambda c: number
        if isinstance(node, Str):
            text = node.value
            return lambda c: text
        if isinstance(node, Ref):
            return self.ref(node.name)
        if isinstance(node, Path):
            return self.path(node)
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
                raise ExpressionError(f"{name}() takes no arguments")
            self.uses_now = True
            if name == "today":
                return lambda c: c.env.today
            return lambda c: dt.datetime.now()
        if name in ("position",):
            if len(args) > 1:
                raise ExpressionError("position() takes at most one argument")
            if self.repeat is None:
                return lambda c: NAN
            return lambda c: float(c.index + 1) if c.index is not None else NAN
        if name == "jr:choice-name":
            return self.choice_name(args)
        if name == "indexed-repeat":
            return self.indexed_repeat(args)
        if name in _REFUSED:
            raise ExpressionError(_REFUSED[name])
        spec = _FUNCTIONS.get(name)
        if spec is None:
            raise ExpressionError(f"the function {name}() is not known")
        low, high, kinds, impl = spec
        if len(args) < low or (high is not None and len(args) > high):
            expected = str(low) if low == high else (
                f"{low} or more" if high is None else f"{low} to {high}")
            raise ExpressionError(f"{name}() takes {expected} argument(s), not {len(args)}")
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

    def choice_name(self, args: tuple[Node, ...]) -> Fn:
        if len(args) != 2:
            raise ExpressionError("jr:choice-name() takes 2 arguments")
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
            raise ExpressionError("jr:choice-name() needs the question as its second argument, "
                                  "e.g. jr:choice-name(${q}, '${q}')")
        try:
            self.scope.repeat_of(target)
        except KeyError:
            raise ExpressionError(f"there is no question named '{target}'") from None
        if not self.scope.is_select(target):
            raise ExpressionError(f"jr:choice-name(): '{target}' is not a select question")
        question = target
        return lambda c: c.env.choice_label(question, to_string(value(c)))

    def indexed_repeat(self, args: tuple[Node, ...]) -> Fn:
        if len(args) != 3 or not isinstance(args[0], Ref):
            raise ExpressionError("indexed-repeat() takes a ${question} inside a repeat, "
                                  "the ${repeat} and a position")
        values = self.ref(args[0].name, as_nodeset=True)
        position = self.compile(args[2])
        self.compile(args[1])

        def pick(c: _Ctx) -> Any:
            found = values(c)
            n = to_number(position(c))
            if not isinstance(found, NodeSet):
                return found if n == 1 else ""
            if math.isnan(n) or not 1 <= int(n) <= len(found):
                return ""
            return found[int(n) - 1]

        return pick


def compile_expression(source: str, scope: Scope, *, repeat: str | None = None,
                       current: str | None = None, choice_filter: bool = False) -> Expression:
    """Parse and compile `source` for a question `current` inside `repeat` (or at top level).

    In a choice filter, bare names (`country`) are columns of the choice being filtered.
    Raises ExpressionError with a plain message for anything that cannot be used.
    """
    tree = parse(source)
    compiler = _Compiler(scope, repeat, current, choice_filter)
    fn = compiler.compile(tree)
    return Expression(source, frozenset(compiler.refs), fn, compiler.uses_now)


# -- a convenience for tests and one-off use ---------------------------------------------------


class _DictScope:
    def __init__(self, repeats: Mapping[str, str | None], selects: set[str]) -> None:
        self.repeats = repeats
        self.selects = selects

    def repeat_of(self, name: str) -> str | None:
        return self.repeats[name]

    def is_select(self, name: str) -> bool:
        return name in self.selects


class _DictEnv:
    def __init__(self, values: Mapping[str, Any], today: dt.date,
                 labels: Mapping[str, Mapping[str, str]]) -> None:
        self.values = values
        self.today = today
        self.lang: str | None = None
        self.labels = labels

    def value(self, name: str, index: int | None) -> Any:
        found = self.values.get(name, "")
        if isinstance(found, list):
            return found[index] if index is not None and index < len(found) else ""
        return "" if found is None else found

    def nodeset(self, name: str) -> NodeSet:
        found = self.values.get(name, "")
        return NodeSet(found if isinstance(found, list) else [found])

    def choice_label(self, name: str, value: str) -> str:
        return self.labels.get(name, {}).get(value, "")


def evaluate(source: str, values: Mapping[str, Any] | None = None, *,
             current: str | None = None, index: int | None = None,
             repeats: Mapping[str, str | None] | None = None,
             today: dt.date | None = None,
             labels: Mapping[str, Mapping[str, str]] | None = None) -> Any:
    """Evaluate one expression against plain values (lists are repeat instances)."""
    values = values or {}
    names: dict[str, str | None] = {name: None for name in values}
    names.update(repeats or {})
    scope = _DictScope(names, set(labels or {}))
    repeat = names.get(current) if current else None
    expression = compile_expression(source, scope, repeat=repeat, current=current)
    env = _DictEnv(values, today or dt.date.today(), labels or {})
    return expression.evaluate(env, index)
