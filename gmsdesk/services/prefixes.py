"""Records named on the command line by the start of their id, resolved to exactly one."""

from __future__ import annotations

from collections.abc import Iterable


class PrefixError(LookupError):
    """The text given does not name exactly one record."""

    def __init__(self, prefix: str, matches: Iterable[str] = ()) -> None:
        self.prefix = prefix
        self.matches = sorted(matches)
        super().__init__(prefix)


class EmptyPrefix(PrefixError):
    """No id given at all: it would match every record."""


class NoMatch(PrefixError):
    """No id starts with the text."""


class AmbiguousPrefix(PrefixError):
    """Several ids start with the text (`matches`): more of the id is needed."""


def resolve_prefix(prefix: str, ids: Iterable[str]) -> str:
    """The one id of `ids` that is `prefix` or starts with it (letter case aside)."""
    text = prefix.strip().lower()
    if not text:
        raise EmptyPrefix(prefix)
    found = [one for one in ids if one.lower().startswith(text)]
    exact = [one for one in found if one.lower() == text]
    if exact:
        return exact[0]
    if not found:
        raise NoMatch(prefix)
    if len(found) > 1:
        raise AmbiguousPrefix(prefix, found)
    return found[0]
