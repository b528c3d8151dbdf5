"""Texts the surveys screens share: default validation messages, language names, `%1` filling."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from gmsdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from gmsdesk.paths import TRANSLATIONS

# What the form's own required_message / constraint_message replaces when it has one.
DEFAULT_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Survey", "This answer is required."),
    "constraint": QT_TRANSLATE_NOOP("Survey", "This answer is not allowed."),
    "type": QT_TRANSLATE_NOOP("Survey", "This answer is not in the expected form."),
    "integer": QT_TRANSLATE_NOOP("Survey", "Enter a whole number, for example 12."),
    "decimal": QT_TRANSLATE_NOOP("Survey", "Enter a number, for example 2.5."),
}
# Names of form languages GMS Desk does not speak itself (forms may carry any language).
EXTRA_LANGUAGES = {"zh": "中文", "fr": "Français", "es": "Español", "default": "—"}

_ARG = re.compile(r"%(\d)")


def fill(text: str, *args: object) -> str:
    """QString.arg for translated text: %1, %2... replaced in one pass."""
    return _ARG.sub(lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args)
                    else m.group(0), text)


@cache
def _translator(lang: str) -> QTranslator | None:
    """GMS Desk's own translations in another language than the UI's (not installed: only
    asked directly), so default messages can follow the form's language."""
    translator = QTranslator()
    return translator if translator.load(f"gmsdesk_{lang}", str(TRANSLATIONS)) else None


def translate_in(lang: str | None, context: str, text: str) -> str:
    """`text` in the form language `lang` when GMS Desk speaks it, else in the UI language."""
    if lang and lang in LANGUAGES:
        translator = _translator(lang)
        if translator is not None:
            found = translator.translate(context, text)
            if found:
                return found
        if lang == "en":
            return text
    return QCoreApplication.translate(context, text)


def message_text(message: Any, lang: str | None = None) -> str:
    """What to show for an engine `Message`: the form's own words, else our default in the
    form's language (`lang`) when GMS Desk has it, else in the UI language."""
    own = str(getattr(message, "text", "") or "")
    if own:
        return own
    code = str(getattr(message, "code", "") or "constraint")
    return translate_in(lang, "Survey", DEFAULT_MESSAGES.get(code, DEFAULT_MESSAGES["type"]))


def local_type_message(kind: str, lang: str | None = None) -> str:
    return translate_in(lang, "Survey", DEFAULT_MESSAGES[kind])


def language_name(code: str | None) -> str:
    """A form language as its speakers write it ("ខ្មែរ"), else the code itself."""
    if not code:
        return "—"
    return LANGUAGES.get(code) or EXTRA_LANGUAGES.get(code) or code
