"""How many plural forms (<numerusform>) Qt's lrelease and QTranslator use for a .ts language.

Khmer, Lao, Burmese, Thai, Vietnamese and Chinese have no grammatical plural, but Qt (6.11)
only knows that for Burmese, Thai, Vietnamese and Chinese. For Khmer and Lao it applies its
default English-style rule (n == 1 -> form 1, else form 2), and a message with fewer forms
than that is not used at all at run time: "%n SME(s)" stays English. So this asks Qt instead
of assuming: it compiles a probe message with six forms (lrelease drops the forms a language
does not have) and sees which forms QTranslator picks for n = 0..200.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_keep: list[object] = []  # a QCoreApplication made here must outlive the call
PROBE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n probe(s)</source>
        <translation>{forms}</translation>
    </message>
</context>
</TS>
"""


def lrelease() -> str:
    local = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    return str(local) if local.exists() else "pyside6-lrelease"


@cache
def plural_forms(language: str) -> int:
    """Number of plural forms for a .ts `language` attribute such as "km_KH"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / "probe.ts", Path(tmp) / "probe.qm"
        forms = "".join(f"<numerusform>F{i} %n</numerusform>" for i in range(6))
        ts.write_text(PROBE.format(language=language, forms=forms), encoding="utf-8")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        if QCoreApplication.instance() is None:
            _keep.append(QCoreApplication(sys.argv[:1]))
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise RuntimeError(f"could not load the plural probe for {language}")
        used = set()
        for n in range(201):
            text = translator.translate("Probe", "%n probe(s)", None, n)
            if text.startswith("F"):
                used.add(int(text[1]))
        return max(used) + 1 if used else 1


if __name__ == "__main__":
    for code in sys.argv[1:] or ["en_US", "km_KH", "lo_LA", "my_MM", "th_TH", "vi_VN", "zh_CN"]:
        print(code, plural_forms(code))
