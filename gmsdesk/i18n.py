"""Translation markers usable outside the Qt layer.

`pyside6-lupdate` collects strings wrapped in `QT_TRANSLATE_NOOP(context, text)` from any Python
file, so core modules (which never import Qt) mark user-facing text with this no-op and the UI
translates it with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


LANGUAGES: dict[str, str] = {
    "en": "English",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "my": "မြန်မာ",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "zh_CN": "中文（简体）",
}
