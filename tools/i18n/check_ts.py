"""Check the translated .ts files: complete, placeholders intact, every character drawable.

For gmsdesk_{km,lo,my,th,vi,zh_CN}.ts (or the languages named on the command line):

* every message has a finished, non-empty translation (numerus: every <numerusform>);
* placeholders match the English source: %n (in every plural form), %1..%9, Python format
  fields like {name}, the "&" accelerator (one if the source has one), HTML tags, and file
  dialog filters ("(*.xlsx)", ";;");
* each character is in one of the bundled fonts in resources/fonts (for Chinese: in
  "Noto Sans SC GMS", which holds only GB 2312 hanzi);
* the compiled translation really answers at run time: QTranslator returns the translation
  for every message, and for plural messages for n = 0, 1, 2, 5 and 21 (Qt drops plural
  messages with fewer forms than it expects for the language, see qt_plurals.py);
* Vietnamese is NFC; Burmese is Unicode, not Zawgyi (with the myanmartools detector when it
  is installed, and with a check of the Unicode storage order either way).

    .venv/bin/python tools/i18n/check_ts.py [LANG ...]

Exits 1 on any problem.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from qt_plurals import lrelease, plural_forms

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
FONTS = ROOT / "resources" / "fonts"
LANGS = ["km", "lo", "my", "th", "vi", "zh_CN"]

PLACEHOLDER = re.compile(r"%L?[0-9n]|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
FILTER = re.compile(r"\(\*\.[^)]*\)")
SCRIPT_FONTS = {  # the font that must hold the letters of each script
    "km": ("NotoSansKhmer-Regular.ttf", 0x1780, 0x17FF),
    "lo": ("NotoSansLao-Regular.ttf", 0x0E80, 0x0EFF),
    "my": ("NotoSansMyanmar-Regular.ttf", 0x1000, 0x109F),
    "th": ("NotoSansThai-Regular.ttf", 0x0E00, 0x0E7F),
}


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def cmap(name: str) -> set[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONTS / name), lazy=True)
    return set(font.getBestCmap())


def myanmar_order_problems(text: str) -> list[str]:
    """Signs that text is in Zawgyi (visual order) rather than Unicode (logical order)."""
    problems = []
    consonants = {chr(c) for c in range(0x1000, 0x1022)} | {"\u103f"}
    after_consonant = consonants | set("\u1039\u103b\u103c\u103d\u103e")
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch in "\u1031\u103b\u103c" and prev not in after_consonant:  # they follow it
            problems.append(f"U+{ord(ch):04X} after {prev!r} at {i}")
        if 0x105A <= ord(ch) <= 0x109F:  # Mon/Shan/Karen letters: in Zawgyi, stacked glyphs
            problems.append(f"U+{ord(ch):04X} (not used in Burmese; Zawgyi?) at {i}")
    return problems


_keep: list[object] = []


def compiled(ts: Path):  # -> QTranslator
    """Compile `ts` with lrelease into a temporary .qm and load it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    if QCoreApplication.instance() is None:
        _keep.append(QCoreApplication(sys.argv[:1]))
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / (ts.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise SystemExit(f"{qm}: could not load")
        _keep.append(translator)
        return translator


def check(lang: str) -> list[str]:
    errors: list[str] = []
    path = TRANSLATIONS / f"gmsdesk_{lang}.ts"
    tree = ET.parse(path)
    n_forms = plural_forms(tree.getroot().get("language") or lang)
    translator = compiled(path)
    all_fonts: set[int] = set()
    for font in FONTS.glob("*-Regular.ttf"):
        all_fonts |= cmap(font.name)
    sc = cmap("NotoSansSCGMS-Regular.ttf")
    script = SCRIPT_FONTS.get(lang)
    script_cmap = cmap(script[0]) if script else set()
    try:
        from myanmartools import ZawgyiDetector  # type: ignore[import-not-found]

        zawgyi = ZawgyiDetector() if lang == "my" else None
    except ImportError:
        zawgyi = None

    count = 0
    burmese_texts: list[str] = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{lang} {ctx}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                errors.append(f"{where}: no <translation>")
                continue
            kind = translation.get("type")
            if kind:
                errors.append(f"{where}: translation is {kind}")
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if len(texts) != n_forms:
                    errors.append(f"{where}: {len(texts)} plural forms, Qt uses {n_forms}")
                for n in (0, 1, 2, 5, 21):
                    got = translator.translate(ctx, source, None, n)
                    if got not in texts:  # QTranslator leaves %n for the caller
                        errors.append(f"{where}: at run time, n={n} gives {got!r}")
                for text in texts:
                    if "%n" not in text and "%Ln" not in text:
                        errors.append(f"{where}: plural form without %n: {text!r}")
            else:
                texts = [translation.text or ""]
                if translator.translate(ctx, source, None, -1) != texts[0]:
                    errors.append(f"{where}: not found in the compiled translation")
            for text in texts:
                if not text.strip():
                    errors.append(f"{where}: empty translation")
                    continue
                want, got = placeholders(source), placeholders(text)
                if message.get("numerus") == "yes":
                    want.pop("%n", None)
                    got.pop("%n", None)
                if want != got:
                    errors.append(f"{where}: placeholders {dict(want)} != {dict(got)} "
                                  f"in {text!r}")
                if accelerators(source) != accelerators(text):
                    errors.append(f"{where}: accelerator '&' count differs in {text!r}")
                if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
                    errors.append(f"{where}: HTML tags differ in {text!r}")
                if Counter(FILTER.findall(source)) != Counter(FILTER.findall(text)) or \
                        source.count(";;") != text.count(";;"):
                    errors.append(f"{where}: file filter patterns differ in {text!r}")
                if text != text.strip() and source == source.strip():
                    errors.append(f"{where}: stray leading/trailing space in {text!r}")
                if lang == "vi" and unicodedata.normalize("NFC", text) != text:
                    errors.append(f"{where}: not NFC")
                for ch in set(text):
                    cp = ord(ch)
                    if cp < 0x20 and not (ch == "\n" and "\n" in source):
                        errors.append(f"{where}: control character U+{cp:04X}")
                    elif cp not in all_fonts and cp >= 0x20:
                        errors.append(f"{where}: {ch!r} U+{cp:04X} is in no bundled font")
                    elif lang == "zh_CN" and cp >= 0x2E80 and cp not in sc:
                        errors.append(f"{where}: {ch!r} U+{cp:04X} not in Noto Sans SC GMS")
                    elif script and script[1] <= cp <= script[2] and cp not in script_cmap:
                        errors.append(f"{where}: {ch!r} U+{cp:04X} not in {script[0]}")
                if lang == "my":
                    for problem in myanmar_order_problems(text):
                        errors.append(f"{where}: Burmese storage order: {problem}")
                    burmese_texts.append(text)
                    # Short strings read the same in both encodings; the detector is
                    # only meaningful on longer ones (and on all of them together, below).
                    burmese = [c for c in text if 0x1000 <= ord(c) <= 0x109F]
                    if zawgyi is not None and len(burmese) >= 12 and \
                            zawgyi.get_zawgyi_probability(text) > 0.05:
                        errors.append(f"{where}: looks like Zawgyi: {text!r}")
    if zawgyi is not None and burmese_texts:
        probability = zawgyi.get_zawgyi_probability("\n".join(burmese_texts))
        if probability > 0.01:
            errors.append(f"{lang}: the Burmese text as a whole looks like Zawgyi "
                          f"({probability:.2f})")
    print(f"{lang}: {count} messages checked"
          + ("" if lang != "my" else f" (Zawgyi detector: {'yes' if zawgyi else 'not installed'})"))
    return errors


def main(argv: list[str]) -> int:
    errors: list[str] = []
    for lang in argv or LANGS:
        errors += check(lang)
    for error in errors:
        print("  " + error)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
