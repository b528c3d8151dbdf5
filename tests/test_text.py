"""Folding for search and duplicate keys."""

from __future__ import annotations

from gmsdesk.text import fold, name_key, phone_key, regno_key


def test_fold_strips_vietnamese_diacritics_and_case() -> None:
    assert fold("Công ty TNHH Đồng Tiến") == "cong ty tnhh dong tien"
    assert fold("  GỐM   SỨ ") == "gom su"


def test_fold_keeps_marks_of_other_scripts() -> None:
    # Thai, Khmer, Lao and Burmese vowel signs are letters, not accents.
    for text in ("ผ้าไหม", "សូត្រ", "ວິສາຫະກິດ", "အသေးစား"):
        assert fold(text) == text


def test_name_key_ignores_legal_forms_punctuation_and_diacritics() -> None:
    assert name_key("Công ty TNHH Gốm sứ Bát Tràng") == name_key("gom su bat trang co., ltd")
    assert name_key("บริษัท ผ้าไหม จำกัด") == name_key("ผ้าไหม")
    assert name_key("Angkor Silk Co., Ltd.") == "angkorsilk"


def test_phone_key_survives_prefixes_and_native_digits() -> None:
    assert phone_key("+855 12 345 678") == phone_key("012-345-678") == "12345678"
    assert phone_key("၀၁၂ ၃၄၅ ၆၇၈") == "12345678"  # Burmese digits
    assert phone_key("๐๘๑-๒๓๔-๕๖๗๘") == phone_key("+66 81 234 5678")  # Thai digits
    assert phone_key("123") == ""


def test_regno_key() -> None:
    assert regno_key(" 0101-234 567 ") == regno_key("0101234567")
