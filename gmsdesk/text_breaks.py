"""Where a line of Burmese may break: between syllables, never inside one.

Burmese is written without spaces between words. Qt breaks a Burmese line wherever one of its
shaping clusters starts, and a consonant killed by an asat is a cluster of its own: a line ends
in "စကားဝှ" and the next starts with "က်" (a bare asat, "င်း"). Qt 6 marks those breaks whatever
the text holds (a ZERO WIDTH SPACE or a WORD JOINER changes nothing), so the screen wraps
Burmese itself, at `syllable_starts` (`gmsdesk.ui.widgets.wrap_syllables`); a writer that
honours ZERO WIDTH SPACE (U+200B) as the only place to break a Burmese line can be given
`syllable_breaks`.

The syllables are found by the common rule for Myanmar text (Ye Kyaw Thu's "sylbreak"): a
syllable starts at a consonant that no asat (U+103A) kills and no virama (U+1039) stacks under
the one before, at an independent vowel, a run of digits, or one of the word signs ၌ ၍ ၎ ၏.
Markup and placeholders are left alone (`protected_spans`).

No Qt.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ZWSP", "protected_spans", "strip_breaks", "syllable_breaks", "syllable_starts"]

ZWSP = "\u200b"

_BLOCKS = ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))
_MYANMAR = "".join(f"{chr(a)}-{chr(b)}" for a, b in _BLOCKS)


def _chars(*categories: str) -> str:
    return "".join(chr(c) for a, b in _BLOCKS for c in range(a, b + 1)
                   if unicodedata.category(chr(c)) in categories)


# Letters: consonants (of Burmese, and of the other languages written in the script) and
# independent vowels. Word signs: ၌ ၍ ၎ ၏ (not the section marks ၊ ။, which end what is before).
_LETTERS = re.escape(_chars("Lo"))
_DIGITS = re.escape(_chars("Nd"))
_WORD_SIGNS = "\u104c-\u104f"
_VIRAMA, _ASAT, _DOT_BELOW = "\u1039", "\u103a", "\u1037"
_MEDIAL_YA_HA = "\u103b\u103e"

# A place between two Myanmar characters where a syllable starts.
_SYLLABLE_START = re.compile(
    f"(?<=[{_MYANMAR}])(?<!{_VIRAMA})"
    f"(?=[{_LETTERS}](?![{_MEDIAL_YA_HA}]?{_DOT_BELOW}?[{_ASAT}{_VIRAMA}])"
    f"|(?<![{_DIGITS}])[{_DIGITS}]|[{_WORD_SIGNS}])")

# What is not words and must stay as written: HTML comments, tags and entities, web and mail
# addresses, Qt's placeholders (%1 to %99, %L1, %n, %Ln), Python's ({name}, %(name)s, %s, %d)
# and a mnemonic's "&" with the character it marks.
_PROTECTED = re.compile(
    r"<!--.*?-->"
    r"|</?[A-Za-z][^<>]*>"
    r"|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"
    r"|(?:https?|ftp|file|mailto):[!-~]+|www\.[!-~]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|%L?(?:[1-9][0-9]?|n)"
    r"|%(?:\([A-Za-z_][A-Za-z0-9_]*\))?[-+#0]*[0-9]*(?:\.[0-9]+)?[sdifFeEgGxXr]"
    r"|\{[A-Za-z0-9_.:!<>^=+-]*\}"
    r"|&&|&.",
    re.DOTALL)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has markup or placeholders (start, end): neither breaks nor other digits
    go inside them."""
    return [m.span() for m in _PROTECTED.finditer(text)]


def _free_parts(text: str) -> list[tuple[bool, str]]:
    """`text` cut into (is it free text, part): joined back they give `text`."""
    parts: list[tuple[bool, str]] = []
    last = 0
    for start, end in protected_spans(text):
        if start > last:
            parts.append((True, text[last:start]))
        parts.append((False, text[start:end]))
        last = end
    if last < len(text):
        parts.append((True, text[last:]))
    return parts


def _has_myanmar(text: str) -> bool:
    return any(a <= ord(ch) <= b for ch in text for a, b in _BLOCKS)


def syllable_starts(text: str) -> list[int]:
    """The positions inside `text` where a Burmese syllable starts after another one: where a
    line of Burmese may break (markup and placeholders excepted)."""
    if not text or not _has_myanmar(text):
        return []
    starts: list[int] = []
    at = 0
    for free, part in _free_parts(text):
        if free:
            starts.extend(at + found.start() for found in _SYLLABLE_START.finditer(part))
        at += len(part)
    return starts


def syllable_breaks(text: str) -> str:
    """`text` with a ZERO WIDTH SPACE between Burmese syllables, where a line may break; other
    scripts, markup and placeholders as they were. Never before a mark (a vowel sign, an asat,
    a medial), never inside a stack or a number; running it again changes nothing."""
    if not text or not _has_myanmar(text):
        return text
    return "".join(_SYLLABLE_START.sub(ZWSP, part) if free else part
                   for free, part in _free_parts(text))


def strip_breaks(text: str) -> str:
    """`text` without the ZERO WIDTH SPACEs that `syllable_breaks` puts in (for anything kept:
    a record, a setting, an export)."""
    return text.replace(ZWSP, "") if text and ZWSP in text else text
