"""Country and language names in each UI language, from the Unicode locale data (CLDR).

Records keep codes (an inquiry's "from country" as ISO 3166 "JP", an agency's languages as
"ja" or pairs as "km-ja"), so every laptop can count and search them; people read names.
resources/seed/countries.json (written by tools/i18n/build_countries.py) holds every country
and language: English in full, the other languages where their name differs. No Qt: reports and
the command line name them the same way the window does.
"""

from __future__ import annotations

import json
from functools import lru_cache

from gmsdesk.paths import RESOURCES

FILE = RESOURCES / "seed" / "countries.json"
_LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")


def _lang(lang: str | None) -> str:
    code = (lang or "en").replace("-", "_")
    if code.lower().startswith("zh"):
        return "zh_CN"
    code = code.split("_")[0].lower()
    return code if code in _LANGS else "en"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, dict[str, str]]]:
    """{"countries": {lang: {code: name}}, "languages": {...}}; empty tables when the file is
    missing or unreadable (codes then show as they are, nothing fails)."""
    try:
        data = json.loads(FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    out: dict[str, dict[str, dict[str, str]]] = {}
    for kind in ("countries", "languages"):
        table = data.get(kind) if isinstance(data, dict) else None
        out[kind] = {str(lang): {str(k): str(v) for k, v in names.items()}
                     for lang, names in (table.items() if isinstance(table, dict) else ())
                     if isinstance(names, dict)}
    return out


def _name(kind: str, code: str, lang: str | None) -> str | None:
    table = _table()[kind]
    return table.get(_lang(lang), {}).get(code) or table.get("en", {}).get(code)


def country_codes() -> tuple[str, ...]:
    """Every country the file names (ISO 3166-1 alpha-2), sorted by code."""
    return tuple(sorted(_table()["countries"].get("en", {})))


def is_country(code: str | None) -> bool:
    return bool(code) and code in _table()["countries"].get("en", {})


def name(code: str | None, lang: str | None = "en") -> str:
    """A country by name in `lang` ("JP" -> "ជប៉ុន"), else in English, else the code as
    stored (a value typed before the list, or from a newer release); "" for none."""
    if not code:
        return ""
    code = code.strip()
    return _name("countries", code.upper(), lang) or code


def names(lang: str | None = "en") -> dict[str, str]:
    """Code -> name in `lang` for every country (English where `lang` has no name)."""
    return {code: name(code, lang) for code in country_codes()}


def language_codes() -> tuple[str, ...]:
    """Every language the file names (ISO 639 codes), sorted by code."""
    return tuple(sorted(_table()["languages"].get("en", {})))


def language_name(code: str | None, lang: str | None = "en") -> str:
    """A language by name in `lang` ("ja" -> "ភាសាជប៉ុន"); a code with a region ("zh_CN") by
    its language's name; an unknown code as it is; "" for none."""
    if not code:
        return ""
    code = code.strip()
    base = code.replace("-", "_").split("_")[0].lower()
    return _name("languages", code, lang) or _name("languages", base, lang) or code


def language_names(lang: str | None = "en") -> dict[str, str]:
    """Code -> name in `lang` for every language."""
    return {code: language_name(code, lang) for code in language_codes()}


__all__ = ["country_codes", "is_country", "language_codes", "language_name", "language_names",
           "name", "names"]
