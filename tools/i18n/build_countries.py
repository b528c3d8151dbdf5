"""Write resources/seed/countries.json: every country's and language's name in each UI language.

An inquiry comes from any country and an agency works in any language, so their names cannot
be a handful of translated strings: they come from the Unicode locale data (CLDR), through
Babel, which carries it. Babel is needed only here, to build the file; the app reads the
finished file (gmsdesk/countries.py) and does not depend on Babel.

    pip install babel      # anywhere, e.g. a scratch virtualenv
    python tools/i18n/build_countries.py           # write the file
    python tools/i18n/build_countries.py --check   # exit 1 if the file is not up to date

The countries are those an inquiry may name (gmsdesk.records.catalog.ISO_COUNTRIES, ISO 3166-1
alpha-2, without the programme's own "YN" for Yunnan); the languages every ISO 639-1 language
CLDR names, and a few of the region's without a two-letter code (Hmong, Shan, Cantonese,
Filipino ...). The data is CLDR's, under the Unicode License (resources/seed/countries.LICENSE,
which the file names).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from babel import Locale
from babel import __version__ as babel_version
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "seed" / "countries.json"
sys.path.insert(0, str(ROOT))

# The app's UI languages and the CLDR locale each one's names come from.
UI_LOCALES = {"en": "en", "km": "km", "lo": "lo", "my": "my", "th": "th", "vi": "vi",
              "zh_CN": "zh_Hans_CN"}
# Languages of the region (and of its trade) without an ISO 639-1 code.
EXTRA_LANGUAGES = ("fil", "hmn", "yue", "shn", "kac", "mnw", "ksw", "haw")
NOT_COUNTRIES = frozenset({"YN"})  # the programme's code for Yunnan, a province of China


def _countries() -> list[str]:
    from gmsdesk.records.catalog import ISO_COUNTRIES  # no Qt needed to read the codes

    return sorted(set(ISO_COUNTRIES) - NOT_COUNTRIES)


def _languages(english: Locale) -> list[str]:
    codes = {code for code in english.languages if len(code) == 2 and code.isalpha()}
    codes |= {code for code in EXTRA_LANGUAGES if code in english.languages}
    return sorted(codes)


def build() -> dict[str, object]:
    english = Locale.parse("en")
    countries, languages = _countries(), _languages(english)
    missing = [c for c in countries if c not in english.territories]
    if missing:
        raise SystemExit(f"CLDR has no name for {missing}: update the country list")
    out: dict[str, object] = {
        "about": (f"Country and language names from the Unicode CLDR {get_cldr_version()} "
                  f"(through Babel {babel_version}), written by tools/i18n/build_countries.py. "
                  "Copyright (c) 1991-2026 Unicode, Inc.; distributed under the Unicode "
                  "License v3, see countries.LICENSE."),
        "countries": {}, "languages": {}}
    for lang, name in UI_LOCALES.items():
        locale = Locale.parse(name)
        # Only what differs from English is kept for the other languages: a name CLDR has
        # not translated falls back to English at run time anyway.
        en_countries = english.territories
        en_languages = english.languages
        c = {code: locale.territories.get(code) or en_countries[code] for code in countries}
        g = {code: locale.languages.get(code) or en_languages[code] for code in languages}
        if lang != "en":
            c = {k: v for k, v in c.items() if v != en_countries[k]}
            g = {k: v for k, v in g.items() if v != en_languages[k]}
        out["countries"][lang] = c  # type: ignore[index]
        out["languages"][lang] = g  # type: ignore[index]
    return out


def render(data: dict[str, object]) -> str:
    """Compact, one line a language and kind, so a new CLDR shows as a readable diff."""
    lines = ["{", f'"about": {json.dumps(data["about"], ensure_ascii=False)},']
    for kind in ("countries", "languages"):
        table = data[kind]
        assert isinstance(table, dict)
        rows = [f"{json.dumps(lang)}: "
                f"{json.dumps(names, ensure_ascii=False, sort_keys=True, separators=(',', ':'))}"
                for lang, names in table.items()]
        comma = "," if kind == "countries" else ""
        lines.append(f'"{kind}": {{\n' + ",\n".join(rows) + f"\n}}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is not up to date: run tools/i18n/build_countries.py")
            return 1
        print("OK")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
