"""Write tools/i18n/qt_catalog/<lang>.json into translations/qt_gmsdesk_<lang>.ts.

Qt ships translations of its own words (the OK and Cancel buttons, the file dialog, a text
box's Undo/Copy/Paste menu) for Chinese, but not for Khmer, Lao, Burmese, Thai or Vietnamese.
The app loads qt_gmsdesk_<lang>.qm after Qt's qtbase_<lang>.qm (gmsdesk/ui/application.py),
so those words follow the chosen language too.

Each catalog is {Qt context: {Qt's English source: translation}}, like catalog/<lang>.json,
keeping to what a person can see in this app (see qt_catalog/README.md). The sources are Qt's exact
strings, as in Qt's own qtbase_*.ts; a message Qt asks for with a disambiguating comment
("Type", "All other platforms") is found without it, as QTranslator falls back to a message
without a comment. Before writing, every translation is checked as check_ts.py checks the
app's: placeholders, the "&" accelerator and line breaks as in the source, each character in
a bundled font, Burmese in Unicode storage order, NFC; and every catalog has the same messages
(but for Chinese, which only fills what Qt's own Chinese file lacks).

    .venv/bin/python tools/i18n/build_qt_ts.py           # write the .ts files
    .venv/bin/python tools/i18n/build_qt_ts.py --check   # exit 1 if a .ts is not up to date

Then `make translations` compiles them (translations/qt_gmsdesk_<lang>.qm).
"""

from __future__ import annotations

import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from check_ts import FONTS, accelerators, cmap, myanmar_order_problems, placeholders

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Path(__file__).resolve().parent / "qt_catalog"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"km": "km_KH", "lo": "lo_LA", "my": "my_MM", "th": "th_TH", "vi": "vi_VN",
             "zh_CN": "zh_CN"}
# Languages Qt translates itself (qtbase_<lang>.qm): their catalog holds only what Qt's own
# file lacks (Qt 6's "&Look in:" and the file dialog's type names for Chinese), so it is not
# held to the others' full list of messages.
SUPPLEMENTS = {"zh_CN"}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Catalog = dict[str, dict[str, str]]


def load(lang: str) -> Catalog:
    data = json.loads((CATALOG / f"{lang}.json").read_text(encoding="utf-8"))
    return {ctx: {src: unicodedata.normalize("NFC", text) for src, text in entries.items()}
            for ctx, entries in data.items()}


def problems(lang: str, catalog: Catalog, fonts: set[int]) -> list[str]:
    """What is wrong with a catalog's translations (empty when all is well)."""
    found = []
    for ctx, entries in catalog.items():
        for source, text in entries.items():
            where = f"{lang} {ctx}: {source!r}"
            if not text.strip():
                found.append(f"{where}: empty translation")
                continue
            if placeholders(source) != placeholders(text):
                found.append(f"{where}: placeholders differ in {text!r}")
            if accelerators(source) != accelerators(text):
                found.append(f"{where}: accelerator '&' count differs in {text!r}")
            if source.count("\n") != text.count("\n"):
                found.append(f"{where}: line breaks differ in {text!r}")
            if source.count("(*)") != text.count("(*)"):
                found.append(f"{where}: file filter differs in {text!r}")
            if source.endswith(" ") != text.endswith(" ") or text.startswith(" "):
                found.append(f"{where}: leading/trailing space differs in {text!r}")
            for ch in set(text) - {"\n"}:
                if ord(ch) < 0x20 or ord(ch) not in fonts:
                    found.append(f"{where}: {ch!r} U+{ord(ch):04X} is in no bundled font")
            if lang == "my":
                found += [f"{where}: Burmese storage order: {p}"
                          for p in myanmar_order_problems(text)]
    return found


def ts_text(lang: str, catalog: Catalog) -> str:
    """The .ts file, in lupdate's layout (4-space indent), contexts in the catalog's order."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    for ctx, entries in catalog.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for source, text in entries.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    return HEADER + ET.tostring(root, encoding="unicode") + "\n"


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    fonts: set[int] = set()
    for font in FONTS.glob("*-Regular.ttf"):
        fonts |= cmap(font.name)
    catalogs = {lang: load(lang) for lang in LANGUAGES}
    errors: list[str] = []
    first = next(iter(LANGUAGES))
    want = {(ctx, src) for ctx, entries in catalogs[first].items() for src in entries}
    for lang, catalog in catalogs.items():
        have = {(ctx, src) for ctx, entries in catalog.items() for src in entries}
        if lang in SUPPLEMENTS:
            errors += [f"{lang}: {ctx}: {src!r} is not in {first}" for ctx, src in have - want]
            errors += problems(lang, catalog, fonts)
            continue
        errors += [f"{lang}: missing {ctx}: {src!r} (in {first})" for ctx, src in want - have]
        errors += [f"{lang}: {ctx}: {src!r} is not in {first}" for ctx, src in have - want]
        errors += problems(lang, catalog, fonts)
    stale = []
    if not errors:
        for lang, catalog in catalogs.items():
            path = TRANSLATIONS / f"qt_gmsdesk_{lang}.ts"
            text = ts_text(lang, catalog)
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current == text:
                continue
            if check_only:
                stale.append(path.name)
            else:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
    for error in errors:
        print("  " + error)
    if stale:
        print("not up to date (run tools/i18n/build_qt_ts.py): " + ", ".join(stale))
    print("OK" if not (errors or stale) else f"{len(errors) + len(stale)} problem(s)")
    return 1 if errors or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
