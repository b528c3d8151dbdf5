"""Write tools/i18n/catalog/<lang>.json into translations/gmsdesk_<lang>.ts.

Each catalog is a JSON object {context: {English source: translation}}. A numerus message
("%n SME(s)") takes a string, written into as many <numerusform>s as Qt uses for the
language (see qt_plurals.py: one for my, th, vi, zh_CN, but two for km and lo, where both
carry the same text), or a list of strings, one per plural form. Filled messages lose
type="unfinished"; messages the catalog does not know are left as they are and listed, and
so are catalog entries no .ts message uses any more (strings the developers removed or
changed).

    .venv/bin/python tools/i18n/fill_ts.py            # all languages that have a catalog
    .venv/bin/python tools/i18n/fill_ts.py km th      # some
    .venv/bin/python tools/i18n/fill_ts.py --missing  # only list what is untranslated

Run after `make lupdate`; then `make translations` and tools/i18n/check_ts.py.
"""

from __future__ import annotations

import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from qt_plurals import plural_forms

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Path(__file__).resolve().parent / "catalog"
TRANSLATIONS = ROOT / "translations"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load_catalog(lang: str) -> dict[str, dict[str, str | list[str]]]:
    data = json.loads((CATALOG / f"{lang}.json").read_text(encoding="utf-8"))
    return {ctx: {src: tr for src, tr in entries.items()} for ctx, entries in data.items()}


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write in lupdate's layout (4-space indent, DOCTYPE kept) so diffs stay small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def fill(lang: str, only_report: bool = False) -> tuple[int, list[str], list[str]]:
    path = TRANSLATIONS / f"gmsdesk_{lang}.ts"
    catalog = load_catalog(lang)
    tree = ET.parse(path)
    n_forms = plural_forms(tree.getroot().get("language") or lang)
    used: set[tuple[str, str]] = set()
    missing: list[str] = []
    filled = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            entry = catalog.get(ctx, {}).get(source)
            if entry is None or entry == "" or entry == []:
                missing.append(f"{ctx}: {source}")
                continue
            used.add((ctx, source))
            if only_report:
                continue
            forms = [entry] if isinstance(entry, str) else list(entry)
            forms = [unicodedata.normalize("NFC", f) for f in forms]
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                if len(forms) == 1:
                    forms = forms * n_forms
                if len(forms) != n_forms:
                    raise SystemExit(f"{lang}: {ctx}: {source!r} has {len(forms)} plural "
                                     f"forms, Qt uses {n_forms}")
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if len(forms) != 1:
                    raise SystemExit(f"{lang}: {ctx}: {source!r} is not a plural message")
                translation.text = forms[0]
            filled += 1
    unused = [f"{ctx}: {src}" for ctx, entries in catalog.items() for src in entries
              if (ctx, src) not in used]
    if not only_report:
        write_ts(tree, path)
    return filled, missing, unused


def main(argv: list[str]) -> int:
    only_report = "--missing" in argv
    langs = [a for a in argv if not a.startswith("-")] or sorted(
        p.stem for p in CATALOG.glob("*.json"))
    status = 0
    for lang in langs:
        filled, missing, unused = fill(lang, only_report)
        print(f"{lang}: {filled} filled, {len(missing)} missing, {len(unused)} unused")
        for item in missing:
            print(f"  missing: {item}")
        for item in unused:
            print(f"  unused (no such message any more): {item}")
        if missing:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
