"""The demo data generator and the seed files it draws on (geography, sectors)."""

from __future__ import annotations

import difflib
import io
import re
import statistics
import unicodedata
from collections import Counter
from contextlib import redirect_stdout
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from gmsdesk.cli import main
from gmsdesk.demo import (
    DemoActivity,
    generate_activity,
    generate_smes,
    load_geography,
    load_sectors,
    plan_activity,
)
from gmsdesk.records import catalog
from gmsdesk.storage.db import Database
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


# -- services, presences, inquiries and awareness events -----------------------------------------

TODAY = date(2025, 6, 30)
RECORD_TYPES = {"services": catalog.SERVICES, "presences": catalog.PRESENCES,
                "inquiries": catalog.INQUIRIES, "events": catalog.EVENTS}
FLAG_OF = {"website": "uses_website", "social_media": "uses_social_media",
           "portal": "uses_emarketplace", "emarketplace": "uses_emarketplace",
           "eprocurement": "uses_eprocurement"}


@pytest.fixture(scope="module")
def registry() -> list[dict[str, object]]:
    return [dict(s, id=f"sme-{i}") for i, s in enumerate(generate_smes(1500, seed=11))]


@pytest.fixture(scope="module")
def plan(registry: list[dict[str, object]]) -> DemoActivity:
    return plan_activity(registry, seed=5, today=TODAY)


def ref(value: object) -> int:
    return int(str(value).rsplit(":", 1)[1])


def test_activity_is_deterministic_per_seed(registry: list[dict[str, object]],
                                            plan: DemoActivity) -> None:
    assert plan_activity(registry, seed=5, today=TODAY) == plan
    assert plan_activity(registry, seed=6, today=TODAY) != plan
    assert plan_activity([], seed=5, today=TODAY) == DemoActivity([], [], [], [], [], {})


def test_activity_counts_are_plausible(registry: list[dict[str, object]],
                                       plan: DemoActivity) -> None:
    n = len(registry)
    clients = {s["sme_id"] for s in plan.services}
    assert 0.15 * n <= len(clients) <= 0.4 * n  # the agency served a minority
    assert len(clients) <= len(plan.services) <= 3 * len(clients)
    assert 0.25 * n <= len(plan.presences) <= 0.8 * n
    assert 0.4 * n <= len(plan.inquiries) <= 1.5 * n
    assert len(plan.events) == round(n / 30)
    assert {s["type"] for s in plan.services} == set(catalog.SERVICE_TYPES)
    assert {p["kind"] for p in plan.presences} == set(catalog.PRESENCE_KINDS)
    assert {e["kind"] for e in plan.events} == set(catalog.EVENT_KINDS)
    outcomes = Counter(i["outcome"] for i in plan.inquiries)
    assert set(outcomes) == set(catalog.INQUIRY_OUTCOMES)
    assert 0.1 <= outcomes["order"] / len(plan.inquiries) <= 0.35


def test_every_activity_record_passes_its_declaration(plan: DemoActivity) -> None:
    for table, records in (("services", plan.services), ("presences", plan.presences),
                           ("inquiries", plan.inquiries), ("events", plan.events)):
        record_type = RECORD_TYPES[table]
        for record in records:
            assert set(record) == set(record_type.names), table
            assert record_type.clean(record)[1] == {}, (table, record)
    for _, changes in plan.presence_changes:
        assert catalog.PRESENCES.clean(changes)[1] == {}
    for changes in plan.sme_changes.values():
        assert catalog.SMES.clean(changes)[1] == {}
    for record in plan.final_presences():
        assert catalog.PRESENCES.clean(record)[1] == {}


def test_fees_are_in_the_economy_currency_and_its_units(registry: list[dict[str, object]],
                                                       plan: DemoActivity) -> None:
    country = {s["id"]: str(s["country"]) for s in registry}
    websites: dict[str, list[float]] = {}
    for service in plan.services:
        code = country[service["sme_id"]]
        assert service["currency"] == catalog.DEFAULT_CURRENCIES[code]
        fee = service["fee"]
        assert isinstance(fee, float) and fee >= 0
        if catalog.CURRENCY_DECIMALS.get(service["currency"], 2) == 0:
            assert fee.is_integer(), service
        assert not (fee == 0 and service["paid"])  # nothing to pay for a free service
        if service["type"] == "website" and fee:
            websites.setdefault(code, []).append(fee)
    ranges = {"KH": (100, 450), "LA": (1_000_000, 5_000_000), "VN": (3_000_000, 10_000_000),
              "TH": (3_000, 15_000), "MM": (200_000, 1_500_000), "YN": (700, 3_000)}
    assert set(websites) == set(ranges)
    for code, fees in websites.items():
        low, high = ranges[code]
        assert all(low <= fee <= high for fee in fees), (code, fees)
    charged = [s for s in plan.services if s["fee"]]
    unpaid = sum(not s["paid"] for s in charged) / len(charged)
    assert 0.03 <= unpaid <= 0.35
    free = sum(not s["fee"] for s in plan.services) / len(plan.services)
    assert 0.1 <= free <= 0.5
    for inquiry in plan.inquiries:
        if inquiry["outcome"] == "order":
            assert inquiry["order_value"] > 0 and inquiry["currency"], inquiry
            if catalog.CURRENCY_DECIMALS.get(inquiry["currency"], 2) == 0:
                assert float(inquiry["order_value"]).is_integer(), inquiry
        else:
            assert inquiry["order_value"] is None and inquiry["currency"] is None


def test_activity_dates_lie_in_the_last_three_years(plan: DemoActivity) -> None:
    first = (TODAY - timedelta(days=3 * 366)).isoformat()
    last = TODAY.isoformat()
    days = ([s["delivered_on"] for s in plan.services]
            + [i["received_on"] for i in plan.inquiries]
            + [p["status_on"] for p in plan.final_presences()])
    assert all(first <= day <= last for day in days)
    held = [e["held_on"] for e in plan.events]
    assert all(first <= day <= (TODAY + timedelta(days=61)).isoformat() for day in held)
    for event in plan.events:
        assert event["end_on"] is None or event["end_on"] >= event["held_on"]
        counted = event["audience_female"] is not None
        assert counted == (event["held_on"] <= last)  # a planned event has no audience yet


def test_inquiries_come_through_the_smes_own_services_and_presences(
        registry: list[dict[str, object]], plan: DemoActivity) -> None:
    country = {s["id"]: str(s["country"]) for s in registry}
    linked = 0
    for inquiry in plan.inquiries:
        sme = inquiry["sme_id"]
        if inquiry["service_id"]:
            service = plan.services[ref(inquiry["service_id"])]
            assert service["sme_id"] == sme
            assert service["delivered_on"] <= inquiry["received_on"]
        if inquiry["presence_id"]:
            presence = plan.presences[ref(inquiry["presence_id"])]
            assert presence["sme_id"] == sme
            assert presence["status_on"] <= inquiry["received_on"]
            allowed = {"emarketplace": {"emarketplace", "email"},
                       "social_media": {"social_media", "phone"},
                       "eprocurement": {"other", "email"}}.get(
                presence["kind"], {"website", "email", "phone"})
            assert inquiry["channel"] in allowed, (presence["kind"], inquiry["channel"])
            if presence["service_id"] and inquiry["service_id"]:
                assert plan.services[ref(presence["service_id"])]["sme_id"] == sme
        linked += bool(inquiry["service_id"] or inquiry["presence_id"])
    assert linked >= 0.9 * len(plan.inquiries)  # mostly after a service or presence began
    home = {code: {code} for code in CODES} | {"YN": {"YN", "CN"}}  # China is home to Yunnan
    foreign = [i for i in plan.inquiries if i["from_country"] not in home[country[i["sme_id"]]]]
    assert 0.2 <= len(foreign) / len(plan.inquiries) <= 0.4
    origins = Counter(i["from_country"] for i in foreign)
    assert {"JP", "KR", "CN", "US", "DE", "FR", "AU", "SG"} <= set(origins)
    assert all(i["from_country"] in catalog.ISO_COUNTRIES for i in plan.inquiries)
    assert any(i["from_country"] == "CN" for i in plan.inquiries if country[i["sme_id"]] == "YN")


def test_presences_move_from_registered_to_displaying_for_a_minority(
        plan: DemoActivity) -> None:
    final = plan.final_presences()
    portals = Counter(p["status"] for p in final if p["kind"] == "portal")
    assert 0.1 <= portals["displaying"] / sum(portals.values()) <= 0.5  # 19 registered, 5 showing
    for presence in final:
        if presence["status"] == "displaying":
            assert presence["products"] >= 1
        elif presence["status"] == "registered":
            assert presence["products"] is None
    moved: dict[int, list[str]] = {}
    for index, changes in plan.presence_changes:
        days = moved.setdefault(index, [plan.presences[index]["status_on"]])
        assert changes["status_on"] >= days[-1]  # the ladder moves forward in time
        days.append(changes["status_on"])
    assert any(c["status"] == "displaying" for _, c in plan.presence_changes)
    assert all(plan.presences[i]["status"] == "registered" for i, c in plan.presence_changes
               if c["status"] == "displaying")


def test_presences_are_on_places_that_exist_in_the_economy(
        registry: list[dict[str, object]], plan: DemoActivity) -> None:
    country = {s["id"]: str(s["country"]) for s in registry}
    names: dict[tuple[str, str], set[str]] = {}
    for presence in plan.presences:
        names.setdefault((country[presence["sme_id"]], presence["kind"]), set()).add(
            str(presence["name"]))
        url = presence["url"]
        assert url is None or re.fullmatch(r"https://\S+", str(url)), url
    assert {"Shopee", "Lazada", "Tiki"} & names[("VN", "emarketplace")]
    assert {"Shopee", "Lazada"} & names[("TH", "emarketplace")]
    assert {"Taobao", "1688.com", "JD.com"} & names[("YN", "emarketplace")]
    for code in ("KH", "LA", "MM"):
        assert not {"Shopee", "Lazada", "Tiki", "Taobao", "1688.com"} & names.get(
            (code, "emarketplace"), set())
    assert "Facebook page" in names[("KH", "social_media")]
    assert "WeChat official account" in names[("YN", "social_media")]
    assert "Facebook page" not in names[("YN", "social_media")]
    assert {code for code, kind in names if kind == "eprocurement"} <= {"KH", "TH", "VN", "YN"}


def test_ict_flags_follow_the_presences(registry: list[dict[str, object]],
                                        plan: DemoActivity) -> None:
    smes = {str(s["id"]): {**s, "uses_eprocurement": False} for s in registry}
    for sme_id, changes in plan.sme_changes.items():
        assert all(value is True or key == "website" for key, value in changes.items())
        smes[sme_id].update(changes)
    kinds: dict[str, set[str]] = {}
    for presence in plan.presences:
        kinds.setdefault(presence["sme_id"], set()).add(presence["kind"])
        assert smes[presence["sme_id"]][FLAG_OF[presence["kind"]]], presence
    for sme_id, sme in smes.items():
        if sme["uses_website"]:
            assert "website" in kinds.get(sme_id, set()) and sme["website"]
        if sme["uses_emarketplace"]:
            assert kinds.get(sme_id, set()) & {"portal", "emarketplace"}
    paying = {s["sme_id"] for s in plan.services if s["type"] == "payment"}
    assert all(smes[sme_id]["uses_online_payment"] for sme_id in paying)
    assert sum(bool(s["uses_eprocurement"]) for s in smes.values()) >= 1


def test_awareness_events_count_their_audience_by_sex(registry: list[dict[str, object]],
                                                       plan: DemoActivity) -> None:
    place = {s["id"]: (s["country"], s["province"]) for s in registry}
    women = []
    for event in plan.events:
        assert event["country"] in catalog.COUNTRIES and event["province"]
        assert all(place[sme_id] == (event["country"], event["province"])
                   for sme_id in event["sme_ids"])
        assert len(set(event["sme_ids"])) == len(event["sme_ids"]) <= 6
        if event["audience_female"] is None:
            continue
        total = event["audience_female"] + event["audience_male"] + event["audience_other"]
        assert total > 0 and 1 <= event["organisations"] <= total
        women.append(event["audience_female"] / total)
        if event["kind"] == "media_campaign":
            assert event["media_reach"] >= 50_000
    assert women and all(0.25 <= share <= 0.75 for share in women)
    assert 0.4 <= statistics.mean(women) <= 0.6
    assert sum(bool(e["sme_ids"]) for e in plan.events) >= len(plan.events) / 2


# -- written to a database -----------------------------------------------------------------------


def _written(db: Database) -> dict[str, list[dict[str, object]]]:
    return {table: [dict(r) for r in db.conn.execute(
        f"SELECT * FROM {table} WHERE deleted = 0 ORDER BY rowid")] for table in RECORD_TYPES}


def test_generate_activity_writes_synced_valid_records(db: Database) -> None:
    db.smes.create_many(generate_smes(400, seed=3))
    counts = generate_activity(db, seed=3, today=TODAY)
    rows = _written(db)
    assert {table: len(found) for table, found in rows.items()} == {
        table: counts[table] for table in RECORD_TYPES}
    assert counts["services"] > 50 and counts["inquiries"] > 100 and counts["events"] == 13
    for table, found in rows.items():
        record_type = RECORD_TYPES[table]
        for row in found:
            values = {name: row[name] for name in record_type.names}
            assert record_type.clean(values)[1] == {}, (table, values)
    # Synced like what officers type: every record is in the outbox with its fields.
    sent = dict(db.conn.execute("SELECT tbl, count(*) FROM outbox WHERE op = 'insert' "
                                "GROUP BY tbl").fetchall())
    assert all(sent[table] == counts[table] for table in RECORD_TYPES)
    # References point at the same SME's records; flags follow presences.
    services = {r["id"]: r for r in rows["services"]}
    presences = {r["id"]: r for r in rows["presences"]}
    for inquiry in rows["inquiries"]:
        for key, pool in (("service_id", services), ("presence_id", presences)):
            if inquiry[key]:
                assert pool[inquiry[key]]["sme_id"] == inquiry["sme_id"]
    for presence in rows["presences"]:
        if presence["service_id"]:
            assert services[presence["service_id"]]["sme_id"] == presence["sme_id"]
        flag = FLAG_OF[str(presence["kind"])]
        assert db.conn.execute(f"SELECT {flag} FROM smes WHERE id = ?",
                               (presence["sme_id"],)).fetchone()[0] == 1
    assert db.conn.execute("SELECT count(*) FROM smes WHERE uses_eprocurement = 1").fetchone()[0]
    # A second call leaves the SMEs it has seen alone.
    again = generate_activity(db, seed=3, today=TODAY)
    assert again == {"services": 0, "presences": 0, "inquiries": 0, "events": 0,
                     "smes_updated": 0}


def test_generate_activity_is_deterministic_apart_from_ids(db: Database,
                                                           tmp_path: Path) -> None:
    other = Database(tmp_path / "other.sqlite3", user="tester")
    try:
        contents = []
        for database in (db, other):
            database.smes.create_many(generate_smes(150, seed=9))
            generate_activity(database, seed=1, today=TODAY)
            names = dict(database.conn.execute("SELECT id, name FROM smes").fetchall())
            rows = _written(database)
            contents.append((
                [(names[r["sme_id"]], r["type"], r["delivered_on"], r["fee"], r["paid"])
                 for r in rows["services"]],
                [(names[r["sme_id"]], r["kind"], r["name"], r["status"], r["status_on"])
                 for r in rows["presences"]],
                [(names[r["sme_id"]], r["received_on"], r["from_country"], r["outcome"])
                 for r in rows["inquiries"]],
                [(r["title"], r["held_on"], r["audience_female"]) for r in rows["events"]]))
        assert contents[0] == contents[1]
    finally:
        other.close()


def test_demo_command_adds_activity_unless_asked_not_to(tmp_path: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--data-dir", str(tmp_path / "bare"), "demo", "--smes", "20",
                     "--no-activity"]) == 0
        assert main(["--data-dir", str(tmp_path), "demo", "--smes", "120", "--seed", "4"]) == 0
    assert "Added 120 demo SMEs" in out.getvalue()
    assert re.search(r"Added \d+ services, \d+ online presences, \d+ inquiries and 6 awareness "
                     r"events", out.getvalue())
    database = Database(tmp_path / "gmsdesk.sqlite3")
    try:
        assert database.conn.execute("SELECT count(*) FROM services").fetchone()[0] > 10
    finally:
        database.close()


def test_demo_activity_syncs_to_another_laptop(enrolled: Any) -> None:
    first, first_client = enrolled("kh-sr", "laptop1")
    second, second_client = enrolled("kh-sr", "laptop2")
    first.smes.create_many(generate_smes(80, seed=2))
    counts = generate_activity(first, seed=2, today=TODAY)
    report = first_client.sync()
    assert report.refused == 0 and report.conflicts == 0
    second_client.sync()
    for table in RECORD_TYPES:
        assert second.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == counts[table]
    flags = "SELECT id, uses_website, uses_emarketplace, uses_eprocurement FROM smes ORDER BY id"
    assert second.conn.execute(flags).fetchall() == first.conn.execute(flags).fetchall()
