"""Fees and order values as an officer reads and types them: in the currency's own minor unit,
with the separators of the UI language."""

from __future__ import annotations

import pytest

from gmsdesk.money import format_amount, format_money, minor_digits, parse_money


@pytest.mark.parametrize(("amount", "currency", "locale_name", "shown"), [
    (150, "USD", "en", "150.00 USD"),
    (1234.5, "USD", "en", "1,234.50 USD"),
    (1500000, "VND", "vi", "1.500.000 VND"),
    (1234.5, "THB", "vi", "1.234,50 THB"),
    (250000, "LAK", "lo", "250.000 LAK"),
    (40000, "KHR", "km", "40,000 KHR"),
    (12000, "MMK", "my", "12,000 MMK"),
    (1200, "THB", "th", "1,200.00 THB"),
    (88.8, "CNY", "zh_CN", "88.80 CNY"),
    (0, "USD", "en", "0.00 USD"),
    (2.675, "USD", "en", "2.68 USD"),  # half up, not the float's 2.67499...
    (1499.5, "VND", "en", "1,500 VND"),  # a dong has no minor unit: rounded to whole dong
])
def test_format_money_in_minor_units_and_the_languages_separators(
        amount: float, currency: str, locale_name: str, shown: str) -> None:
    assert format_money(amount, currency, locale_name) == shown


def test_format_money_reads_locale_names_and_odd_input() -> None:
    assert format_money(1500000, "vnd", "vi_VN") == "1.500.000 VND"
    assert format_money(1234.5, "CNY", "zh") == "1,234.50 CNY"
    assert format_money(1234.5, "USD", "xx") == "1,234.50 USD"  # an unknown language: English
    assert format_money(None, "USD", "en") == ""
    assert format_money(25, None, "en") == "25.00"  # a fee recorded without a currency
    assert format_amount(1500000, "VND", "vi") == "1.500.000"
    assert minor_digits("LAK") == 0 and minor_digits("usd") == 2 and minor_digits(None) == 2


@pytest.mark.parametrize(("typed", "currency", "amount"), [
    ("150", "USD", 150.0),
    ("1,234.50", "USD", 1234.5),
    ("1.234,50", "USD", 1234.5),
    ("1 234,5", "EUR", 1234.5),
    ("1,234", "USD", 1234.0),  # three digits after one separator: thousands
    ("150.505", "USD", 150505.0),
    ("1.5", "USD", 1.5),
    ("12,5", "THB", 12.5),
    ("1,234,567", "USD", 1234567.0),
    ("1.500.000", "VND", 1500000.0),
    ("1,500,000", "VND", 1500000.0),
    ("1500000 ₫", "VND", 1500000.0),
    ("USD 25", "USD", 25.0),
    ("$ 25.00", "USD", 25.0),
    (".5", "USD", 0.5),
    (format_amount(1234567.5, "THB", "vi"), "THB", 1234567.5),
    (format_amount(1234567, "KHR", "km"), "KHR", 1234567.0),
])
def test_parse_money(typed: str, currency: str, amount: float) -> None:
    assert parse_money(typed, currency) == amount


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_parse_money_empty_is_none(typed: str | None) -> None:
    assert parse_money(typed, "USD") is None


@pytest.mark.parametrize(("typed", "currency"), [
    ("abc", "USD"),
    ("1e5", "USD"),
    ("12-3", "USD"),
    ("1.2.3", "USD"),
    ("1,234,56", "USD"),
    ("0.505", "USD"),  # not thousands, and a cent is the smallest a dollar has
    ("1.5", "VND"),  # a dong has no minor unit
    (",", "USD"),
])
def test_parse_money_refuses_what_is_not_an_amount(typed: str, currency: str) -> None:
    with pytest.raises(ValueError, match=r"amount|decimals"):
        parse_money(typed, currency)


def test_parse_money_keeps_the_sign_for_storage_to_refuse() -> None:
    assert parse_money("-5", "USD") == -5.0
