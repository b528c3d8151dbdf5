"""The demo data generator and the seed files it draws on (geography, sectors)."""

from __future__ import annotations

import difflib
import re
import statistics
import unicodedata
from collections import Counter

import pytest

from gmsdesk.demo import generate_smes, load_geography, load_sectors
from gmsdesk.text import name_key, phone_key

CODES = ("KH", "LA", "MM", "TH", "VN", "YN")
SECTOR_CODES = ("tourism", "handicrafts", "manufacturing", "it_outsourcing", "agri_food",
                "trade", "other")
LANGUAGES = ("en", "km", "lo", "my", "th", "vi", "zh_CN")
STR_FIELDS = ("name", "name_local", "registration_no", "sector", "country", "province",
              "district", "address", "phone", "contact_name", "contact_gender")
OPTIONAL_STR_FIELDS = ("email", "website", "notes")
INT_FIELDS = ("employees_total", "employees_female", "year_founded")
ICT_FIELDS = ("uses_fax", "uses_fixed_phone", "uses_mobile", "uses_email", "uses_website",
              "uses_social_media", "uses_emarketplace", "uses_online_payment")
ALL_FIELDS = set(STR_FIELDS + OPTIONAL_STR_FIELDS + INT_FIELDS + ICT_FIELDS)

# Unicode blocks of each economy's script.
BLOCKS = {
    "KH": ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
    "LA": ((0x0E80, 0x0EFF),),
    "MM": ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
    "TH": ((0x0E00, 0x0E7F),),
    "VN": ((0x0041, 0x007A), (0x00C0, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF)),
    "YN": ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)),
}
LOCALES = {"KH": "km", "LA": "lo", "MM": "my", "TH": "th", "VN": "vi", "YN": "zh_CN"}


def letters(text: str) -> list[str]:
    """Letters and combining marks: what decides the script (not digits, spaces, dots)."""
    return [ch for ch in text if unicodedata.category(ch)[0] in "LM"]


def in_script(text: str, code: str) -> bool:
    found = letters(text)
    return bool(found) and all(
        any(low <= ord(ch) <= high for low, high in BLOCKS[code]) for ch in found)


def is_plain_latin(text: str) -> bool:
    return all(ch.isascii() for ch in letters(text))


@pytest.fixture(scope="module")
def smes() -> list[dict[str, object]]:
    return list(generate_smes(2000, seed=42))


# -- seed files ----------------------------------------------------------------------------------


def test_geography_has_the_six_economies_with_their_locale_and_phone_prefix() -> None:
    geography = load_geography()
    assert tuple(geography) == CODES
    prefixes = {"KH": "+855", "LA": "+856", "MM": "+95", "TH": "+66", "VN": "+84", "YN": "+86"}
    for code, economy in geography.items():
        assert economy["code"] == code
        assert economy["locale"] == LOCALES[code]
        assert economy["phone_prefix"] == prefixes[code]
        assert economy["name_en"] and economy["name_local"]


def test_geography_lists_every_province_with_districts() -> None:
    geography = load_geography()
    counts = {code: len(economy["provinces"]) for code, economy in geography.items()}
    assert counts["KH"] == 25  # 24 provinces + Phnom Penh
    assert counts["LA"] == 18  # 17 provinces + Vientiane Capital
    assert counts["MM"] == 15  # 7 regions, 7 states, Naypyidaw
    assert counts["TH"] >= 30
    assert counts["VN"] >= 40
    assert counts["YN"] == 16
    for economy in geography.values():
        names = [p["name_en"] for p in economy["provinces"]]
        assert len(names) == len(set(names))
        for province in economy["provinces"]:
            districts = [d["name_en"] for d in province["districts"]]
            assert districts, province["name_en"]
            assert len(districts) == len(set(districts)), province["name_en"]
    # The capitals are there, with real districts.
    phnom_penh = next(p for p in geography["KH"]["provinces"] if p["name_en"] == "Phnom Penh")
    assert {"Daun Penh", "Chamkar Mon"} <= {d["name_en"] for d in phnom_penh["districts"]}


def test_geography_names_are_in_english_and_in_the_local_script() -> None:
    for code, economy in load_geography().items():
        places = [*economy["provinces"],
                  *(d for p in economy["provinces"] for d in p["districts"])]
        for place in places:
            assert is_plain_latin(place["name_en"]), place
            assert in_script(place["name_local"], code), place
    vietnamese = [p["name_local"] for p in load_geography()["VN"]["provinces"]]
    assert "Hà Nội" in vietnamese and "Đà Nẵng" in vietnamese
    assert sum(not n.isascii() for n in vietnamese) > 0.8 * len(vietnamese)  # diacritics kept


def test_load_geography_returns_a_copy() -> None:
    load_geography()["KH"]["provinces"].clear()
    assert len(load_geography()["KH"]["provinces"]) == 25


def test_sectors_have_every_label_in_its_script() -> None:
    sectors = load_sectors()
    assert [s["code"] for s in sectors] == list(SECTOR_CODES)
    script_of = {"km": "KH", "lo": "LA", "my": "MM", "th": "TH", "vi": "VN", "zh_CN": "YN"}
    for sector in sectors:
        labels = sector["labels"]
        assert set(labels) == set(LANGUAGES)
        assert is_plain_latin(labels["en"])
        for language, code in script_of.items():
            assert in_script(labels[language], code), (sector["code"], language)
    assert {s["code"] for s in sectors if s["priority"]} == {
        "tourism", "handicrafts", "manufacturing", "it_outsourcing"}


# -- generated SMEs ------------------------------------------------------------------------------


def test_same_seed_gives_the_same_smes_and_another_seed_does_not() -> None:
    assert list(generate_smes(300, seed=7)) == list(generate_smes(300, seed=7))
    assert list(generate_smes(300, seed=7)) != list(generate_smes(300, seed=8))
    assert len(list(generate_smes(0))) == 0


def test_every_field_is_present_with_its_type(smes: list[dict[str, object]]) -> None:
    for sme in smes:
        assert set(sme) == ALL_FIELDS
        for field in STR_FIELDS:
            assert isinstance(sme[field], str) and sme[field], field
        for field in OPTIONAL_STR_FIELDS:
            assert sme[field] is None or (isinstance(sme[field], str) and sme[field]), field
        for field in INT_FIELDS:
            assert type(sme[field]) is int, field
        for field in ICT_FIELDS:
            assert type(sme[field]) is bool, field
        assert sme["sector"] in SECTOR_CODES
        assert sme["contact_gender"] in ("female", "male")


def test_places_exist_in_the_geography(smes: list[dict[str, object]]) -> None:
    geography = load_geography()
    districts = {(code, p["name_en"], d["name_en"])
                 for code, economy in geography.items()
                 for p in economy["provinces"] for d in p["districts"]}
    for sme in smes:
        assert (sme["country"], sme["province"], sme["district"]) in districts, sme
        assert str(sme["phone"]).startswith(geography[str(sme["country"])]["phone_prefix"] + " ")


def test_local_names_are_in_the_local_script(smes: list[dict[str, object]]) -> None:
    for sme in smes:
        code = str(sme["country"])
        assert in_script(str(sme["name_local"]), code), sme["name_local"]
        if code == "VN":  # one name in Viet Nam (a duplicate may lack the diacritics)
            assert name_key(str(sme["name"])) == name_key(str(sme["name_local"]))
        else:
            assert is_plain_latin(str(sme["name"])), sme["name"]
        assert in_script(str(sme["contact_name"]), "VN")  # Latin transliteration
    vietnamese = [str(s["name_local"]) for s in smes if s["country"] == "VN"]
    assert sum(not name.isascii() for name in vietnamese) >= 0.95 * len(vietnamese)


def test_numbers_are_plausible(smes: list[dict[str, object]]) -> None:
    for sme in smes:
        total, female = sme["employees_total"], sme["employees_female"]
        assert isinstance(total, int) and isinstance(female, int)
        assert 1 <= total <= 200
        assert 0 <= female <= total
        assert 1975 <= int(str(sme["year_founded"])) <= 2025
    totals = [int(str(s["employees_total"])) for s in smes]
    assert statistics.median(totals) <= 15
    assert sum(t <= 50 for t in totals) >= 0.9 * len(totals)


def test_registration_numbers_are_unique_and_in_each_country_format(
        smes: list[dict[str, object]]) -> None:
    numbers = [str(s["registration_no"]) for s in smes]
    assert len(set(numbers)) == len(numbers)
    normalised = {re.sub(r"\W", "", n).upper() for n in numbers}
    assert len(normalised) == len(numbers)
    formats = {"KH": r"\d{8}", "LA": r"\d{2}-\d{6}", "MM": r"1\d{8}", "TH": r"0\d{12}",
               "VN": r"\d{10}", "YN": r"9[123]53\d{4}[0-9A-HJ-NPQRTUWXY]{10}"}
    for sme, number in zip(smes, numbers, strict=True):
        code = str(sme["country"])
        assert re.fullmatch(formats[code], number), (code, number)
        if code == "TH":  # check digit: weights 13..2, mod 11
            total = sum(int(d) * (13 - i) for i, d in enumerate(number[:12]))
            assert int(number[12]) == (11 - total % 11) % 10
        if code == "VN":
            weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
            assert int(number[9]) == 10 - sum(
                int(d) * w for d, w in zip(number, weights, strict=False)) % 11
        if code == "YN":  # GB 32100 check character
            chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
            total = sum(chars.index(c) * pow(3, i, 31) for i, c in enumerate(number[:17]))
            assert chars.index(number[17]) == (31 - total % 31) % 31


def test_contact_details_match_the_ict_profile(smes: list[dict[str, object]]) -> None:
    for sme in smes:
        assert (sme["email"] is not None) == sme["uses_email"]
        assert (sme["website"] is not None) == sme["uses_website"]
        if sme["email"]:
            assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}", str(sme["email"]))
        if sme["website"]:
            assert re.fullmatch(r"https://www\.[a-z0-9-]+(\.[a-z]{2,})+", str(sme["website"]))
        if sme["uses_fax"]:
            assert sme["uses_fixed_phone"]
        if sme["uses_online_payment"]:
            assert sme["uses_website"] or sme["uses_emarketplace"]


def test_distributions_are_plausible(smes: list[dict[str, object]]) -> None:
    countries = Counter(str(s["country"]) for s in smes)
    assert set(countries) == set(CODES)
    assert min(countries.values()) >= 0.07 * len(smes)  # every economy well represented
    assert countries.most_common(1)[0][0] == "TH"
    assert set(Counter(s["sector"] for s in smes)) == set(SECTOR_CODES)

    female = sum(s["contact_gender"] == "female" for s in smes) / len(smes)
    assert 0.35 <= female <= 0.55

    def share(field: str, codes: tuple[str, ...] = CODES) -> float:
        group = [s for s in smes if s["country"] in codes]
        return sum(bool(s[field]) for s in group) / len(group)

    assert share("uses_website") < share("uses_email") < share("uses_mobile")
    assert share("uses_website") < 0.2 and share("uses_emarketplace") < 0.1
    assert share("uses_fax") > share("uses_website")
    assert share("uses_online_payment") < share("uses_website")
    high, low = ("TH", "VN", "YN"), ("KH", "LA", "MM")
    for field in ("uses_email", "uses_website", "uses_emarketplace"):
        assert share(field, high) > share(field, low), field
    paying = Counter(str(s["country"]) for s in smes if s["uses_online_payment"])
    assert paying["TH"] + paying["YN"] > sum(paying.values()) / 2


def test_near_duplicates_repeat_an_earlier_sme_recognisably() -> None:
    def repeats(rows: list[dict[str, object]]) -> list[tuple[dict[str, object], dict[str, object]]]:
        """Pairs (earlier, later) describing the same business: same person at same address."""
        first: dict[tuple[object, ...], dict[str, object]] = {}
        pairs = []
        for row in rows:
            key = (row["contact_name"], row["address"], row["year_founded"])
            if key in first:
                pairs.append((first[key], row))
            else:
                first[key] = row
        return pairs

    assert repeats(list(generate_smes(2000, seed=3, near_duplicates=0))) == []
    pairs = repeats(list(generate_smes(2000, seed=3, near_duplicates=0.05)))
    assert 50 <= len(pairs) <= 150
    for original, dup in pairs:
        assert dup["registration_no"] != original["registration_no"]
        assert dup["name"] != original["name"] or dup["phone"] != original["phone"]
        a, b = name_key(str(original["name"])), name_key(str(dup["name"]))
        similar = a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
        assert similar or phone_key(str(dup["phone"])) == phone_key(str(original["phone"]))


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        list(generate_smes(-1))
    with pytest.raises(ValueError, match="share between 0 and 1"):
        list(generate_smes(10, near_duplicates=1.5))
