"""Amounts of money as people read and type them: in the currency's own minor unit (no ".00" on
a dong or a kip) and with the separators of the UI language. No Qt: reports and the command line
format fees and order values the same way the window does."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from gmsdesk.records.catalog import CURRENCY_DECIMALS

# (grouping, decimal point) of each UI language, as the Unicode locale data has them.
SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "km": (",", "."),
    "lo": (".", ","),
    "my": (",", "."),
    "th": (",", "."),
    "vi": (".", ","),
    "zh_CN": (",", "."),
}

_SPACES = re.compile(r"[\s\u00a0\u202f'’]+")
# A number with a currency code or symbol before or after it, but no other digits.
_AMOUNT = re.compile(r"[^\d.,\-]*(-?[\d.,]+)[^\d.,\-]*")


def minor_digits(currency: str | None) -> int:
    """Digits after the decimal point in the currency's minor unit (2 unless it has none)."""
    return CURRENCY_DECIMALS.get((currency or "").upper(), 2)


def _separators(locale_name: str) -> tuple[str, str]:
    name = (locale_name or "en").replace("-", "_")
    if name.lower().startswith("zh"):
        return SEPARATORS["zh_CN"]
    return SEPARATORS.get(name.split("_")[0].lower(), SEPARATORS["en"])


def format_amount(amount: float | int | None, currency: str | None,
                  locale_name: str = "en") -> str:
    """The number alone ("1,234.50", "1.500.000"), as an editor shows it; "" for none."""
    if amount is None:
        return ""
    digits = minor_digits(currency)
    exact = Decimal(str(amount)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    group, point = _separators(locale_name)
    text = f"{abs(exact):,.{digits}f}"  # "1,234.50": swap in the language's separators
    text = text.translate(str.maketrans(",.", group + point))
    return ("-" if exact < 0 else "") + text


def format_money(amount: float | int | None, currency: str | None,
                 locale_name: str = "en") -> str:
    """An amount with its currency code, "1,234.50 USD", "1.500.000 VND"; "" for none."""
    number = format_amount(amount, currency, locale_name)
    code = (currency or "").strip().upper()
    return f"{number} {code}" if number and code else number


def parse_money(text: str | None, currency: str | None) -> float | None:
    """What a person typed as an amount of `currency`: None when empty, ValueError when it is
    not an amount or has more decimals than the currency has.

    Either separator may group or mark decimals ("1,234.50", "1.234,50", "1 234,5"): the last
    one marks decimals when digits up to the currency's minor unit follow it, and not three
    after a valid grouping. A currency without a minor unit takes every separator for grouping.
    A currency code or symbol around the number is ignored."""
    squeezed = _SPACES.sub("", text or "")
    if not squeezed:
        return None
    found = _AMOUNT.fullmatch(squeezed)
    if found is None:
        raise ValueError(f"not an amount: {text!r}")
    negative, body = found.group(1).startswith("-"), found.group(1).lstrip("-")
    digits = minor_digits(currency)
    whole, fraction = body, ""
    last = max(body.rfind("."), body.rfind(","))
    if digits and last >= 0:
        head, tail = body[:last], body[last + 1:]
        grouping = len(tail) == 3 and _grouped(body)
        if not grouping and body[last] not in head:  # a separator used once more is grouping
            whole, fraction = head, tail
    if any(ch in ".," for ch in whole) and not _grouped(whole):
        raise ValueError(f"not an amount: {text!r}")
    whole = whole.replace(",", "").replace(".", "")
    if not (whole or fraction):
        raise ValueError(f"not an amount: {text!r}")
    if len(fraction) > digits:
        raise ValueError(f"more decimals than {currency or 'the currency'} has: {text!r}")
    try:
        value = Decimal(f"{whole or '0'}.{fraction or '0'}")
    except InvalidOperation as exc:  # pragma: no cover - the checks above leave only digits
        raise ValueError(f"not an amount: {text!r}") from exc
    return float(-value if negative else value)


def _grouped(number: str) -> bool:
    """True for digits grouped by threes with one separator ("1,234,567", "12.500")."""
    return re.fullmatch(r"[1-9]\d{0,2}(?:([.,])\d{3})?(?:\1\d{3})*", number) is not None


__all__ = ["SEPARATORS", "format_amount", "format_money", "minor_digits", "parse_money"]
