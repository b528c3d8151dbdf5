"""Fill the English plural forms in translations/gmsdesk_en.ts.

Source strings are written with "(s)" where English changes for the plural ("%n SME(s)"),
or "y(ies)" ("%n agency(ies)"); this writes "%n SME" / "%n SMEs", "%n agency" /
"%n agencies". Strings written in the plural ("%n rows ...") get their singular from SINGULAR
below. Run after `make lupdate`.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "translations" / "gmsdesk_en.ts"
# Whole-word replacements that make a plural sentence singular.
SINGULAR = [("rows were", "row was"), ("columns were", "column was"), ("those rows", "that row"),
            ("rows", "row"), ("columns", "column"), ("changes", "change"), ("SMEs", "SME"),
            ("have problems", "has a problem"), ("were", "was"),
            # what refers back to the counted rows/columns: "check them", "to add them"
            ("check them", "check it"), ("add them", "add it")]


def forms(source: str) -> tuple[str, str]:
    if "(s)" in source or "y(ies)" in source:  # "%n SME(s)", "%n agency(ies)"
        # The verb right after the counted word agrees with it: "1 page is shown".
        singular = re.sub(r"\(s\) (were|are)\b",
                          lambda m: " " + {"were": "was", "are": "is"}[m[1]], source)
        return (singular.replace("(s)", "").replace("y(ies)", "y"),
                source.replace("(s)", "s").replace("y(ies)", "ies"))
    singular = source
    for plural, single in SINGULAR:
        singular = re.sub(rf"\b{re.escape(plural)}\b", single, singular, count=1)
    return singular, source


def main() -> int:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} plural messages filled in {TS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
