"""Realistic synthetic SMEs for demos, screenshots and load tests, across the six GMS economies.

Pure Python, no third-party packages. Names come in Latin and in the local script, places come
from `resources/seed/geography.json`, and ICT use follows the regional divide (fax and phones
common, websites rare, online payment mostly in Thailand and Yunnan). Output is deterministic per
seed.

`generate_activity` adds what an agency records over two to three years: e-business services
with fees in the economy's currency, online presences on its portal, national e-marketplaces,
websites, social media and e-procurement (registered, then displaying products for a minority),
the inquiries they bring (a share from abroad) and awareness events by province.
"""

from __future__ import annotations

import copy
import json
import math
import random
import unicodedata
from bisect import bisect
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from operator import mul
from typing import Any, NamedTuple, TypeVar

from gmsdesk.paths import RESOURCES
from gmsdesk.records.catalog import CURRENCY_DECIMALS, DEFAULT_CURRENCIES
from gmsdesk.sync import local_only
from gmsdesk.sync.local_only import DEMO_USER

__all__ = ["DEMO_USER", "SEED_DIR", "DemoActivity", "add_demo_smes", "add_demo_workshops",
           "generate_activity", "generate_smes", "generate_workshop", "load_geography",
           "load_sectors", "marked", "plan_activity", "remove_demo", "write_activity"]

SEED_DIR = RESOURCES / "seed"

_T = TypeVar("_T")


# -- seed files ----------------------------------------------------------------------------------


@cache
def _read_seed(name: str) -> Any:
    return json.loads((SEED_DIR / name).read_text(encoding="utf-8"))


def load_geography() -> dict[str, Any]:
    """The six economies keyed by code ("KH" ... "YN"), each with its provinces and districts.

    The file is read once; every call returns a fresh copy, so callers may modify it.
    """
    return copy.deepcopy(_read_seed("geography.json"))


def load_sectors() -> list[dict[str, Any]]:
    """The built-in sectors: `code`, `priority` and `labels` per UI language (a fresh copy)."""
    return copy.deepcopy(_read_seed("sectors.json"))


# -- shape of the population ---------------------------------------------------------------------

SECTORS = ("tourism", "handicrafts", "manufacturing", "it_outsourcing", "agri_food", "trade",
           "other")

# Thailand has far more SMEs than the others; flattened so every economy is well represented.
_COUNTRY_WEIGHTS = {"KH": 14, "LA": 11, "MM": 14, "TH": 28, "VN": 16, "YN": 17}

# Where SMEs cluster: capitals and commercial hubs. Every other province weighs 1.
_PROVINCE_WEIGHTS: dict[str, dict[str, float]] = {
    "KH": {"Phnom Penh": 10, "Siem Reap": 4, "Battambang": 3, "Kandal": 3, "Preah Sihanouk": 2,
           "Kampong Cham": 2, "Kampot": 2, "Takeo": 1.5, "Prey Veng": 1.5,
           "Banteay Meanchey": 1.5},
    "LA": {"Vientiane Capital": 10, "Luang Prabang": 4, "Savannakhet": 4, "Champasak": 4,
           "Vientiane Province": 2, "Xiengkhouang": 1.5, "Oudomxay": 1.5, "Khammouane": 1.5,
           "Luang Namtha": 1.5},
    "MM": {"Yangon Region": 10, "Mandalay Region": 7, "Shan State": 3, "Ayeyarwady Region": 3,
           "Bago Region": 3, "Sagaing Region": 3, "Mon State": 2, "Magway Region": 2,
           "Naypyidaw Union Territory": 1.5},
    "TH": {"Bangkok": 12, "Chiang Mai": 4, "Nonthaburi": 3, "Samut Prakan": 3, "Chonburi": 3,
           "Nakhon Ratchasima": 3, "Khon Kaen": 3, "Songkhla": 2.5, "Pathum Thani": 2.5,
           "Phuket": 2, "Udon Thani": 2, "Chiang Rai": 2, "Surat Thani": 2,
           "Nakhon Si Thammarat": 2, "Ubon Ratchathani": 2, "Rayong": 2},
    "VN": {"Ho Chi Minh City": 12, "Hanoi": 10, "Hai Phong": 3, "Da Nang": 3, "Binh Duong": 3,
           "Dong Nai": 3, "Can Tho": 2.5, "Quang Ninh": 2, "Khanh Hoa": 2, "Bac Ninh": 2,
           "Quang Nam": 2, "Lam Dong": 1.5, "Thua Thien Hue": 1.5, "Nghe An": 1.5,
           "Thanh Hoa": 1.5, "Hai Duong": 1.5},
    "YN": {"Kunming": 10, "Qujing": 3, "Dali Bai Autonomous Prefecture": 3,
           "Honghe Hani and Yi Autonomous Prefecture": 3, "Yuxi": 2.5, "Lijiang": 2,
           "Xishuangbanna Dai Autonomous Prefecture": 2, "Pu'er": 2,
           "Chuxiong Yi Autonomous Prefecture": 2,
           "Dehong Dai and Jingpo Autonomous Prefecture": 2, "Baoshan": 1.5, "Zhaotong": 1.5,
           "Wenshan Zhuang and Miao Autonomous Prefecture": 1.5, "Lincang": 1.5},
}

_BASE_SECTOR_WEIGHTS = {"tourism": 12, "handicrafts": 13, "manufacturing": 15,
                        "it_outsourcing": 4, "agri_food": 24, "trade": 22, "other": 10}
_SECTOR_ADJUST: dict[str, dict[str, float]] = {
    "KH": {"handicrafts": 16, "tourism": 14, "it_outsourcing": 2},
    "LA": {"handicrafts": 17, "tourism": 14, "it_outsourcing": 1.5, "agri_food": 27},
    "MM": {"agri_food": 28, "it_outsourcing": 1.5},
    "TH": {"manufacturing": 18, "it_outsourcing": 5},
    "VN": {"manufacturing": 18, "it_outsourcing": 7},
    "YN": {"it_outsourcing": 5, "tourism": 14},
}

# Private business became possible at different times (Khmer Rouge, New Economic Mechanism,
# the 1988 opening in Myanmar, Doi Moi, China's reform).
_FIRST_YEAR = {"KH": 1989, "LA": 1986, "MM": 1988, "TH": 1975, "VN": 1986, "YN": 1980}
_LAST_YEAR = 2025

# Share of a sector's workforce that is female, and of its contact persons.
_FEMALE_STAFF = {"handicrafts": 0.68, "manufacturing": 0.55, "tourism": 0.55, "agri_food": 0.45,
                 "trade": 0.48, "it_outsourcing": 0.3, "other": 0.4}
_FEMALE_CONTACT = {"handicrafts": 0.62, "manufacturing": 0.4, "tourism": 0.5, "agri_food": 0.4,
                   "trade": 0.5, "it_outsourcing": 0.3, "other": 0.4}

# ICT use, per economy: probability for a typical firm of ~10 staff. "pay" is the chance of
# taking payment online *given* a website or an e-marketplace listing.
_ICT: dict[str, dict[str, float]] = {
    "KH": {"mobile": .86, "fixed": .40, "fax": .22, "email": .28, "web": .04, "social": .30,
           "emkt": .025, "pay": .06},
    "LA": {"mobile": .82, "fixed": .45, "fax": .22, "email": .24, "web": .035, "social": .26,
           "emkt": .02, "pay": .04},
    "MM": {"mobile": .74, "fixed": .50, "fax": .25, "email": .20, "web": .03, "social": .28,
           "emkt": .015, "pay": .03},
    "TH": {"mobile": .95, "fixed": .72, "fax": .42, "email": .52, "web": .13, "social": .45,
           "emkt": .09, "pay": .50},
    "VN": {"mobile": .93, "fixed": .66, "fax": .38, "email": .46, "web": .10, "social": .40,
           "emkt": .07, "pay": .14},
    "YN": {"mobile": .95, "fixed": .72, "fax": .40, "email": .48, "web": .12, "social": .42,
           "emkt": .09, "pay": .55},
}
_ICT_SECTOR: dict[str, dict[str, float]] = {
    "it_outsourcing": {"email": 3.0, "web": 6.0, "social": 1.8, "emkt": 1.5, "fax": 0.8},
    "tourism": {"email": 1.4, "web": 2.0, "social": 1.5, "emkt": 2.0},
    "handicrafts": {"emkt": 1.5, "social": 1.2},
    "trade": {"fax": 1.3, "email": 1.2, "emkt": 1.3},
    "agri_food": {"email": 0.8, "web": 0.7, "emkt": 0.9, "fax": 0.8},
    "manufacturing": {"fax": 1.2},
    "other": {},
}
# Bigger firms use more: multipliers per size band (1-4, 5-19, 20-49, 50+ staff).
_SIZE_BANDS = (5, 20, 50)
_ICT_SIZE: dict[str, tuple[float, float, float, float]] = {
    "mobile": (1.0, 1.0, 1.0, 1.0), "fixed": (0.7, 1.0, 1.3, 1.4), "fax": (0.5, 1.0, 1.6, 2.0),
    "email": (0.6, 1.0, 1.5, 1.8), "web": (0.4, 1.0, 2.2, 3.5), "social": (0.9, 1.0, 1.2, 1.3),
    "emkt": (0.6, 1.0, 1.6, 2.2), "pay": (1.0, 1.0, 1.0, 1.0),
}
_ICT_KEYS = ("mobile", "fixed", "fax", "email", "web", "social", "emkt", "pay")

_NOTES = (
    "Interested in the basic e-business course.",
    "Wants product descriptions translated into English.",
    "Asked about listing fees on the provincial portal.",
    "Registered on the portal; no products displayed yet.",
    "Received inquiries from abroad after listing products.",
    "Prefers selling through agents and border traders.",
    "Worried that competitors will see prices online.",
    "Afraid designs will be copied if shown online.",
    "Needs help photographing products for the catalogue.",
    "Power cuts most afternoons; call in the morning.",
    "Member of the provincial chamber of commerce.",
    "Attended the trainer-of-trainers workshop.",
    "Asked how to handle export paperwork.",
    "No staff who can keep a website up to date.",
    "Would pay a small fee for website hosting.",
    "Shares one computer with the family.",
    "Sends e-mail from an Internet shop in town.",
    "Wants to join a B2B marketplace.",
    "Follow up after the harvest season.",
)

# -- vocabulary ----------------------------------------------------------------------------------
# Products: (English, local template with {b} where the brand goes). Types: (weight, English
# template, local template with {x} for brand+product, kind, sectors it suits or None for all).

_SHOP_SECTORS = frozenset({"handicrafts", "trade", "agri_food", "other", "it_outsourcing"})
_COOP_SECTORS = frozenset({"handicrafts", "agri_food"})

# Products that are places, not shops: no "Rice Mill Shop".
_NOT_A_SHOP = frozenset({"Rice Mill", "Organic Farm", "Beauty Salon"})

_Type = tuple[float, str, str, str, frozenset[str] | None]
_Products = dict[str, tuple[tuple[str, str], ...]]


class _Vocab(NamedTuple):
    brands: tuple[tuple[str, str], ...]  # well-known names used as they are
    syllables: tuple[tuple[str, str], ...]  # auspicious words combined in pairs: Heng + Leap
    products: _Products
    types: tuple[_Type, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    families: tuple[str, ...]


_KH = _Vocab(
    brands=(("Angkor", "អង្គរ"), ("Mekong", "មេគង្គ"), ("Tonle Sap", "ទន្លេសាប"),
            ("Apsara", "អប្សរា"), ("Bayon", "បាយ័ន"), ("Sovann", "សុវណ្ណ"), ("Rithy", "ឫទ្ធី"),
            ("Sokha", "សុខា"), ("Meas", "មាស"), ("Phka Chhouk", "ផ្កាឈូក"),
            ("Kampuchea", "កម្ពុជា"), ("Sen Chey", "សែនជ័យ"), ("Vimean", "វិមាន"),
            ("Neak Meas", "នាគមាស"), ("Samnang", "សំណាង"), ("Heng Heng", "ហេងហេង"),
            ("Borey", "បុរី"), ("Chanthou", "ចាន់ធូ")),
    syllables=(("Sok", "សុខ"), ("Heng", "ហេង"), ("Leap", "លាភ"), ("Meas", "មាស"),
               ("Pich", "ពេជ្រ"), ("Chamroeun", "ចម្រើន"), ("Sovann", "សុវណ្ណ"),
               ("Rasmey", "រស្មី"), ("Serey", "សេរី"), ("Mongkol", "មង្គល"),
               ("Samnang", "សំណាង"), ("Sen", "សែន"), ("Chey", "ជ័យ"), ("Reach", "រាជ"),
               ("Phal", "ផល"), ("Tep", "ទេព"), ("Vathana", "វឌ្ឍនា"), ("Kolab", "កុលាប"),
               ("Bopha", "បុប្ផា"), ("Chan", "ច័ន្ទ"), ("Rith", "ឫទ្ធិ"), ("Ly", "លី"),
               ("Kim", "គីម"), ("Neak", "នាគ")),
    products={
        "tourism": (("Travel & Tours", "ទេសចរណ៍{b}"), ("Guesthouse", "ផ្ទះសំណាក់{b}"),
                    ("Boutique Hotel", "សណ្ឋាគារ{b}"), ("Eco Tours", "ដំណើរកម្សាន្តធម្មជាតិ{b}"),
                    ("Restaurant", "ភោជនីយដ្ឋាន{b}")),
        "handicrafts": (("Silk Weavers", "ត្បាញសូត្រ{b}"), ("Krama Weaving", "ត្បាញក្រមា{b}"),
                        ("Silversmiths", "គ្រឿងប្រាក់{b}"), ("Stone Carving", "ចម្លាក់ថ្ម{b}"),
                        ("Wood Carving", "ចម្លាក់ឈើ{b}"), ("Pottery", "គ្រឿងស្មូន{b}"),
                        ("Palm Leaf Crafts", "សិប្បកម្មស្លឹកត្នោត{b}")),
        "manufacturing": (("Garment", "កាត់ដេរ{b}"), ("Furniture", "គ្រឿងសង្ហារិម{b}"),
                          ("Printing", "បោះពុម្ព{b}"), ("Plastics", "ផលិតផលផ្លាស្ទិច{b}"),
                          ("Brick Works", "ផលិតឥដ្ឋ{b}"), ("Metal Works", "គ្រឿងដែក{b}"),
                          ("Drinking Water", "ទឹកសុទ្ធ{b}")),
        "it_outsourcing": (("IT Solutions", "ដំណោះស្រាយព័ត៌មានវិទ្យា{b}"),
                           ("Software", "សូហ្វវែរ{b}"), ("Digital", "ឌីជីថល{b}"),
                           ("Computer Services", "សេវាកុំព្យូទ័រ{b}"),
                           ("Web Design", "រចនាគេហទំព័រ{b}")),
        "agri_food": (("Pepper", "ម្រេច{b}"), ("Palm Sugar", "ស្ករត្នោត{b}"),
                      ("Rice Mill", "រោងម៉ាស៊ីនកិនស្រូវ{b}"), ("Cashew", "គ្រាប់ស្វាយចន្ទី{b}"),
                      ("Fish Sauce", "ទឹកត្រី{b}"), ("Coffee", "កាហ្វេ{b}"),
                      ("Organic Farm", "កសិដ្ឋានសរីរាង្គ{b}")),
        "trade": (("Trading", "ពាណិជ្ជកម្ម{b}"), ("Import Export", "នាំចេញនាំចូល{b}"),
                  ("General Trading", "ពាណិជ្ជកម្មទូទៅ{b}"), ("Wholesale", "លក់ដុំ{b}")),
        "other": (("Services", "សេវាកម្ម{b}"), ("Consulting", "ប្រឹក្សាយោបល់{b}"),
                  ("Transport", "ដឹកជញ្ជូន{b}"), ("Construction", "សំណង់{b}"),
                  ("Beauty Salon", "សម្ផស្ស{b}")),
    },
    types=((35, "{x} Co., Ltd.", "ក្រុមហ៊ុន {x} ឯ.ក", "company", None),
           (28, "{x} Enterprise", "សហគ្រាស{x}", "enterprise", None),
           (25, "{x} Shop", "ហាង{x}", "household", _SHOP_SECTORS),
           (10, "{x} Agricultural Cooperative", "សហគមន៍កសិកម្ម{x}", "coop",
            frozenset({"agri_food"}))),
    female=("Sreymom", "Sophea", "Dara", "Chanthou", "Sreyleak", "Bopha", "Theary", "Malis",
            "Channary", "Sreypov", "Kunthea", "Rachana", "Leakhena", "Sokunthea", "Navy"),
    male=("Sokha", "Vannak", "Rithy", "Sovann", "Piseth", "Dara", "Visal", "Bunthoeun", "Sophal",
          "Chanthy", "Kosal", "Rathana", "Samnang", "Vuthy", "Virak", "Sokhom"),
    families=("Sok", "Chan", "Heng", "Ly", "Seng", "Kim", "Meas", "Chea", "Keo", "Prak",
              "Touch", "Yim", "Oum", "Sam", "Pen", "Sin", "Chhay", "Lim", "Nhem", "Hem"),
)

_LA = _Vocab(
    brands=(("Champa", "ຈຳປາ"), ("Mekong", "ແມ່ຂອງ"), ("Lane Xang", "ລ້ານຊ້າງ"),
            ("Dok Champa", "ດອກຈຳປາ"), ("Souksavanh", "ສຸກສະຫວັນ"), ("Phonsavanh", "ໂພນສະຫວັນ"),
            ("Sengdao", "ແສງດາວ"), ("Vilayvong", "ວິໄລວົງ"), ("Keomany", "ແກ້ວມະນີ"),
            ("Sisouk", "ສີສຸກ"), ("Khounkham", "ຄູນຄຳ"), ("Thongdy", "ທອງດີ"),
            ("Sabaidee", "ສະບາຍດີ"), ("Naga", "ນາຄ")),
    syllables=(("Souk", "ສຸກ"), ("Kham", "ຄຳ"), ("Keo", "ແກ້ວ"), ("Phone", "ພອນ"),
               ("Savanh", "ສະຫວັນ"), ("Seng", "ແສງ"), ("Chanh", "ຈັນ"), ("Thong", "ທອງ"),
               ("Vilay", "ວິໄລ"), ("Many", "ມະນີ"), ("Dao", "ດາວ"), ("Phet", "ເພັດ"),
               ("Xay", "ໄຊ"), ("Sy", "ສີ"), ("Mixay", "ມີໄຊ"), ("Somboun", "ສົມບູນ"),
               ("Vong", "ວົງ"), ("Douang", "ດວງ"), ("Phou", "ພູ")),
    products={
        "tourism": (("Travel", "ທ່ອງທ່ຽວ{b}"), ("Guesthouse", "ເຮືອນພັກ{b}"),
                    ("Hotel", "ໂຮງແຮມ{b}"), ("Tours", "ທົວ{b}")),
        "handicrafts": (("Silk Weaving", "ຕ່ຳແຜ່ນໄໝ{b}"), ("Textiles", "ຜ້າຕ່ຳ{b}"),
                        ("Silverware", "ເຄື່ອງເງິນ{b}"), ("Mulberry Paper", "ເຈ້ຍສາ{b}"),
                        ("Bamboo Crafts", "ຫັດຖະກຳໄມ້ໄຜ່{b}"), ("Wood Carving", "ແກະສະຫຼັກໄມ້{b}")),
        "manufacturing": (("Furniture", "ເຟີນີເຈີ{b}"), ("Garment", "ຕັດຫຍິບ{b}"),
                          ("Printing", "ການພິມ{b}"), ("Steel", "ເຫຼັກ{b}"),
                          ("Drinking Water", "ນ້ຳດື່ມ{b}")),
        "it_outsourcing": (("IT Services", "ບໍລິການໄອທີ{b}"), ("Software", "ຊອບແວ{b}"),
                           ("Computer", "ຄອມພິວເຕີ{b}"), ("Digital", "ດິຈິຕອນ{b}")),
        "agri_food": (("Coffee", "ກາເຟ{b}"), ("Sticky Rice", "ເຂົ້າໜຽວ{b}"), ("Tea", "ຊາ{b}"),
                      ("Organic Farm", "ກະສິກຳອິນຊີ{b}"), ("Rice Mill", "ໂຮງສີເຂົ້າ{b}"),
                      ("Agro Products", "ຜະລິດຕະພັນກະສິກຳ{b}")),
        "trade": (("Trading", "ການຄ້າ{b}"), ("Import-Export", "ນຳເຂົ້າ-ສົ່ງອອກ{b}"),
                  ("Wholesale", "ຂາຍຍົກ{b}")),
        "other": (("Services", "ບໍລິການ{b}"), ("Consulting", "ທີ່ປຶກສາ{b}"),
                  ("Transport", "ຂົນສົ່ງ{b}"), ("Construction", "ກໍ່ສ້າງ{b}")),
    },
    types=((30, "{x} Co., Ltd.", "ບໍລິສັດ {x} ຈຳກັດ", "company", None),
           (18, "{x} Sole Co., Ltd.", "ບໍລິສັດ {x} ຈຳກັດຜູ້ດຽວ", "company", None),
           (22, "{x} Private Enterprise", "ວິສາຫະກິດສ່ວນບຸກຄົນ{x}", "enterprise", None),
           (20, "{x} Shop", "ຮ້ານ{x}", "household", _SHOP_SECTORS),
           (12, "{x} Producer Group", "ກຸ່ມຜະລິດ{x}", "coop", _COOP_SECTORS)),
    female=("Manivone", "Vanida", "Souphaphone", "Chanthala", "Malayvanh", "Keomany",
            "Bouavanh", "Viengkham", "Latsamy", "Davone", "Souksakhone", "Phetsamone",
            "Noy", "Khamphone"),
    male=("Somphone", "Khamphet", "Bounmy", "Souksavanh", "Vilaysack", "Phouvong",
          "Thongsavanh", "Khamla", "Sengphet", "Bounthavy", "Anousone", "Somsack", "Sithong",
          "Phonexay"),
    families=("Phommachanh", "Vongsa", "Sisoulath", "Keomanivong", "Inthavong", "Sengdara",
              "Phetsavong", "Douangmala", "Sayavong", "Vongphachanh", "Khounthavong",
              "Chanthavong", "Luangrath", "Siharath", "Xayavong"),
)

_MM = _Vocab(
    brands=(("Shwe", "ရွှေ"), ("Yadanar", "ရတနာ"), ("Aung", "အောင်"), ("Myint", "မြင့်"),
            ("Thiri", "သီရိ"), ("Mya", "မြ"), ("Ngwe", "ငွေ"), ("Padauk", "ပိတောက်"),
            ("Thazin", "သဇင်"), ("Ayeyar", "ဧရာ"), ("Mingalar", "မင်္ဂလာ"), ("Myat", "မြတ်"),
            ("Win", "ဝင်း"), ("Zaw", "ဇော်"), ("Pyi", "ပြည်"), ("Moe", "မိုး"), ("Htoo", "ထူး")),
    syllables=(("Shwe", "ရွှေ"), ("Yadanar", "ရတနာ"), ("Aung", "အောင်"), ("Myint", "မြင့်"),
               ("Thiri", "သီရိ"), ("Mya", "မြ"), ("Ngwe", "ငွေ"), ("Thazin", "သဇင်"),
               ("Mingalar", "မင်္ဂလာ"), ("Myat", "မြတ်"), ("Win", "ဝင်း"), ("Zaw", "ဇော်"),
               ("Pyi", "ပြည်"), ("Moe", "မိုး"), ("Htoo", "ထူး"), ("Hein", "ဟိန်း"),
               ("Kyaw", "ကျော်"), ("Nyein", "ငြိမ်း"), ("Chan", "ချမ်း"), ("Zin", "ဇင်"),
               ("Lin", "လင်း"), ("Htet", "ထက်"), ("Phyo", "ဖြိုး"), ("Thu", "သူ")),
    products={
        "tourism": (("Travels & Tours", "{b} ခရီးသွား"), ("Guest House", "{b} တည်းခိုခန်း"),
                    ("Hotel", "{b} ဟိုတယ်"), ("Tours", "{b} ခရီးစဉ်")),
        "handicrafts": (("Lacquerware", "{b} ယွန်းထည်"), ("Silk Weaving", "{b} ပိုးထည်"),
                        ("Wood Carving", "{b} ပန်းပု"), ("Silverware", "{b} ငွေထည်"),
                        ("Parasols", "{b} ထီး"), ("Pottery", "{b} မြေထည်")),
        "manufacturing": (("Garment", "{b} အထည်ချုပ်"), ("Furniture", "{b} ပရိဘောဂ"),
                          ("Printing", "{b} ပုံနှိပ်"), ("Plastics", "{b} ပလတ်စတစ်"),
                          ("Soap", "{b} ဆပ်ပြာ"), ("Drinking Water", "{b} သောက်ရေသန့်")),
        "it_outsourcing": (("IT Services", "{b} အိုင်တီ ဝန်ဆောင်မှု"),
                           ("Software", "{b} ဆော့ဖ်ဝဲ"), ("Computer", "{b} ကွန်ပျူတာ"),
                           ("Digital", "{b} ဒစ်ဂျစ်တယ်")),
        "agri_food": (("Rice Mill", "{b} ဆန်စက်"), ("Pickled Tea", "{b} လက်ဖက်"),
                      ("Pulses & Beans", "{b} ပဲမျိုးစုံ"), ("Edible Oil", "{b} စားသုံးဆီ"),
                      ("Coffee", "{b} ကော်ဖီ"), ("Fish Paste", "{b} ငါးပိ")),
        "trade": (("Trading", "{b} ကုန်သွယ်ရေး"), ("General Trading", "{b} အထွေထွေကုန်သွယ်ရေး"),
                  ("Import & Export", "{b} သွင်းကုန်ပို့ကုန်"), ("Wholesale", "{b} လက်ကား")),
        "other": (("Services", "{b} ဝန်ဆောင်မှု"), ("Logistics", "{b} ကုန်စည်ပို့ဆောင်ရေး"),
                  ("Construction", "{b} ဆောက်လုပ်ရေး"), ("Consulting", "{b} အတိုင်ပင်ခံ")),
    },
    types=((45, "{x} Co., Ltd.", "{x} ကုမ္ပဏီလီမိတက်", "company", None),
           (25, "{x} Enterprise", "{x} လုပ်ငန်း", "enterprise", None),
           (20, "{x} Shop", "{x} ဆိုင်", "household", _SHOP_SECTORS),
           (10, "{x} Cooperative", "{x} သမဝါယမအသင်း", "coop", _COOP_SECTORS)),
    female=("Aye Aye", "Thandar", "Su Su", "Khin Khin", "Nwe Ni", "Hnin Wai", "Ei Phyu",
            "May Thu", "Thin Thin", "Sandar Win", "Yin Yin Mar", "Phyu Phyu", "Cho Mar",
            "Zin Mar", "Khin Myo"),
    male=("Aung Aung", "Kyaw Zaw", "Min Thu", "Htet Aung", "Zaw Win", "Myo Min", "Thant Zin",
          "Soe Moe", "Than Htike", "Ye Lin", "Kyaw Myint", "Hla Win", "Tun Tun", "Win Naing",
          "Nay Lin"),
    families=(),  # Myanmar names have no family name
)

_TH = _Vocab(
    brands=(("Siam", "สยาม"), ("Saeng Thong", "แสงทอง"), ("Rung Roj", "รุ่งโรจน์"),
            ("Sombat", "สมบัติ"), ("Charoen", "เจริญ"), ("Ruam Jai", "รวมใจ"), ("Thawee", "ทวี"),
            ("Kaew", "แก้ว"), ("Mongkol", "มงคล"), ("Lanna", "ล้านนา"), ("Isan", "อีสาน"),
            ("Chao Phraya", "เจ้าพระยา"), ("Phet", "เพชร"), ("Thai Charoen", "ไทยเจริญ"),
            ("Sukjai", "สุขใจ"), ("Thong Dee", "ทองดี")),
    syllables=(("Siam", "สยาม"), ("Charoen", "เจริญ"), ("Rung Rueang", "รุ่งเรือง"),
               ("Mankhong", "มั่นคง"), ("Thong", "ทอง"), ("Kaew", "แก้ว"), ("Phet", "เพชร"),
               ("Mongkol", "มงคล"), ("Si", "ศรี"), ("Suk", "สุข"), ("Chai", "ชัย"),
               ("Thai", "ไทย"), ("Phatthana", "พัฒนา"), ("Sombun", "สมบูรณ์"),
               ("Watthana", "วัฒนา"), ("Thawi", "ทวี"), ("Yingyong", "ยิ่งยง"), ("Chok", "โชค"),
               ("Dee", "ดี"), ("Ruam", "รวม"), ("Saeng", "แสง"), ("Nakhon", "นคร"),
               ("Kit", "กิจ"), ("Phon", "ผล"), ("Thana", "ธนา"), ("Udom", "อุดม"),
               ("Sin", "สิน"), ("Rung", "รุ่ง")),
    products={
        "tourism": (("Tour", "{b}ทัวร์"), ("Resort", "{b}รีสอร์ท"), ("Homestay", "{b}โฮมสเตย์"),
                    ("Guesthouse", "{b}เกสต์เฮาส์"), ("Travel", "{b}ทราเวล")),
        "handicrafts": (("Silk", "ผ้าไหม{b}"), ("Celadon", "ศิลาดล{b}"),
                        ("Pottery", "เครื่องปั้นดินเผา{b}"), ("Wood Carving", "แกะสลักไม้{b}"),
                        ("Umbrella", "ร่ม{b}"), ("Basketry", "เครื่องจักสาน{b}"),
                        ("Benjarong", "เบญจรงค์{b}"), ("Silverware", "เครื่องเงิน{b}")),
        "manufacturing": (("Furniture", "{b}เฟอร์นิเจอร์"), ("Garment", "{b}การ์เมนท์"),
                          ("Printing", "การพิมพ์{b}"), ("Plastic", "{b}พลาสติก"),
                          ("Auto Parts", "{b}อะไหล่ยนต์"), ("Steel", "เหล็ก{b}"),
                          ("Packaging", "{b}แพ็คเกจจิ้ง")),
        "it_outsourcing": (("Software", "{b}ซอฟต์แวร์"), ("IT Solution", "{b}ไอที โซลูชั่น"),
                           ("Digital", "{b}ดิจิทัล"), ("Computer", "{b}คอมพิวเตอร์"),
                           ("Web Design", "{b}เว็บดีไซน์")),
        "agri_food": (("Rice", "ข้าว{b}"), ("Fruit", "ผลไม้{b}"), ("Coffee", "กาแฟ{b}"),
                      ("Durian", "ทุเรียน{b}"), ("Fish Sauce", "น้ำปลา{b}"),
                      ("Rice Mill", "โรงสีข้าว{b}"), ("Food", "{b}ฟู้ด"), ("Agro", "{b}อะโกร")),
        "trade": (("Trading", "{b}เทรดดิ้ง"), ("Import Export", "{b}อิมพอร์ต เอ็กซ์ปอร์ต"),
                  ("Commerce", "{b}พาณิชย์"), ("Supply", "{b}ซัพพลาย")),
        "other": (("Service", "{b}เซอร์วิส"), ("Logistics", "{b}โลจิสติกส์"),
                  ("Construction", "{b}ก่อสร้าง"), ("Consulting", "{b}คอนซัลติ้ง")),
    },
    types=((40, "{x} Co., Ltd.", "บริษัท {x} จำกัด", "company", None),
           (25, "{x} Limited Partnership", "ห้างหุ้นส่วนจำกัด {x}", "partnership", None),
           (20, "{x} Shop", "ร้าน{x}", "household", _SHOP_SECTORS),
           (10, "{x} Community Enterprise", "วิสาหกิจชุมชน{x}", "coop",
            frozenset({"agri_food", "handicrafts", "tourism"}))),
    female=("Siriporn", "Wanida", "Malee", "Suda", "Pranee", "Kanokwan", "Nattaya", "Orawan",
            "Ratana", "Jiraporn", "Supaporn", "Chutima", "Pimchanok", "Sunisa", "Kannika"),
    male=("Somchai", "Somsak", "Prasert", "Anan", "Wichai", "Thanakorn", "Kittisak",
          "Nattapong", "Surachai", "Chaiwat", "Pongsak", "Apichat", "Sombat", "Teerapat",
          "Boonchai"),
    families=("Saetang", "Srisuk", "Wongsawat", "Boonmee", "Kaewkla", "Thongdee",
              "Sukprasert", "Rattanakul", "Chanthara", "Phromma", "Wongsiri", "Sirichai",
              "Intharasuk", "Saelim", "Jaidee", "Chaiyasit"),
)

# Viet Nam writes in Latin script: the local template is also the name.
_VN = _Vocab(
    brands=tuple((b, b) for b in (
        "Bát Tràng", "Vạn Phúc", "Hội An", "Sài Gòn", "Hà Thành", "Sông Hồng", "Mê Kông",
        "Phương Nam", "Hoàng Long", "Minh Phát", "Thành Đạt", "An Phú", "Phúc Lộc",
        "Tân Tiến", "Hưng Thịnh", "Việt Tiến", "Kim Long", "Hồng Phát", "Đại Việt",
        "Trường Sơn", "Thiên An", "Ngọc Lan", "Bình Minh", "Sao Mai", "Hoa Sen", "Tâm Đức")),
    syllables=tuple((w, w) for w in (
        "An", "Bình", "Phúc", "Lộc", "Thịnh", "Hưng", "Phát", "Thành", "Đạt", "Minh", "Hoàng",
        "Long", "Kim", "Ngọc", "Tân", "Tiến", "Việt", "Đại", "Thiên", "Trường", "Hồng", "Hải",
        "Nam", "Phương", "Sơn", "Hà", "Quang", "Tâm", "Đức", "Gia", "Huy", "Khang", "Thái",
        "Vạn", "Toàn", "Mỹ", "Hòa", "Thuận", "Nhật")),
    products={
        "tourism": (("", "Du lịch {b}"), ("", "Khách sạn {b}"), ("", "Nhà nghỉ {b}"),
                    ("", "Lữ hành {b}"), ("", "Homestay {b}")),
        "handicrafts": (("", "Gốm sứ {b}"), ("", "Mây tre đan {b}"), ("", "Sơn mài {b}"),
                        ("", "Lụa {b}"), ("", "Thêu {b}"), ("", "Mỹ nghệ {b}"),
                        ("", "Đồ gỗ mỹ nghệ {b}"), ("", "Nón lá {b}")),
        "manufacturing": (("", "Sản xuất {b}"), ("", "Cơ khí {b}"), ("", "In ấn {b}"),
                          ("", "Nhựa {b}"), ("", "May mặc {b}"), ("", "Nội thất {b}"),
                          ("", "Bao bì {b}")),
        "it_outsourcing": (("", "Phần mềm {b}"), ("", "Công nghệ {b}"),
                           ("", "Giải pháp CNTT {b}"), ("", "Công nghệ thông tin {b}")),
        "agri_food": (("", "Thực phẩm {b}"), ("", "Nông sản {b}"), ("", "Cà phê {b}"),
                      ("", "Chè {b}"), ("", "Nước mắm {b}"), ("", "Xay xát {b}"),
                      ("", "Thủy sản {b}")),
        "trade": (("", "Thương mại {b}"), ("", "Xuất nhập khẩu {b}"),
                  ("", "Thương mại và Dịch vụ {b}")),
        "other": (("", "Dịch vụ {b}"), ("", "Vận tải {b}"), ("", "Xây dựng {b}"),
                  ("", "Tư vấn {b}")),
    },
    types=((35, "", "Công ty TNHH {x}", "company", None),
           (10, "", "Công ty Cổ phần {x}", "company", None),
           (25, "", "Hộ kinh doanh {x}", "household", None),
           (12, "", "Cơ sở {x}", "household", None),
           (8, "", "Doanh nghiệp tư nhân {x}", "enterprise", None),
           (10, "", "Hợp tác xã {x}", "coop", _COOP_SECTORS)),
    female=("Lan", "Hương", "Mai", "Linh", "Hoa", "Thảo", "Trang", "Hằng", "Ngọc", "Nhung",
            "Phương", "Vy", "Yến", "Dung", "Hạnh"),
    male=("Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Long", "Nam", "Quân", "Sơn", "Thắng",
          "Phúc", "Khoa", "Bình", "Cường"),
    families=("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
              "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"),
)

_YN = _Vocab(
    brands=(("Jinma", "金马"), ("Biji", "碧鸡"), ("Dianchi", "滇池"), ("Yunling", "云岭"),
            ("Caiyun", "彩云"), ("Hongyun", "宏运"), ("Xinghui", "星辉"), ("Shunfa", "顺发"),
            ("Fuyuan", "福源"), ("Huaxin", "华鑫"), ("Lancang", "澜沧"), ("Cangshan", "苍山"),
            ("Erhai", "洱海"), ("Xinyuan", "鑫源"), ("Tianyi", "天逸"), ("Dianxi", "滇西"),
            ("Jinsheng", "金盛"), ("Longda", "隆达")),
    syllables=(("Jin", "金"), ("Xin", "鑫"), ("Hua", "华"), ("Hong", "宏"), ("Fu", "福"),
               ("Shun", "顺"), ("Xing", "兴"), ("Sheng", "盛"), ("Xiang", "祥"), ("Rui", "瑞"),
               ("Yuan", "源"), ("Da", "达"), ("Long", "隆"), ("Tai", "泰"), ("Heng", "恒"),
               ("Yi", "益"), ("Jia", "嘉"), ("Lian", "联"), ("Xin", "新"), ("Yun", "云"),
               ("Cai", "彩"), ("Dian", "滇"), ("Jia", "佳"), ("Hong", "鸿"), ("Chang", "昌"),
               ("Feng", "丰"), ("De", "德"), ("Li", "利"), ("Tong", "通"), ("An", "安"),
               ("Mao", "茂"), ("Bo", "博")),
    products={
        "tourism": (("Travel Agency", "旅行社"), ("Hotel", "酒店"), ("Inn", "客栈"),
                    ("Tourism Development", "旅游开发")),
        "handicrafts": (("Silverware", "银器"), ("Tie-dye", "扎染"), ("Pottery", "陶艺"),
                        ("Embroidery", "刺绣"), ("Wood Carving", "木雕"),
                        ("Handicrafts", "工艺品")),
        "manufacturing": (("Machinery", "机械"), ("Building Materials", "建材"),
                          ("Printing", "印刷"), ("Furniture", "家具"), ("Packaging", "包装"),
                          ("Garment", "服装")),
        "it_outsourcing": (("Information Technology", "信息技术"), ("Software", "软件"),
                           ("Network Technology", "网络科技"), ("Technology", "科技"),
                           ("E-commerce", "电子商务")),
        "agri_food": (("Tea", "茶叶"), ("Coffee", "咖啡"), ("Flowers", "花卉"),
                      ("Food", "食品"), ("Agricultural Products", "农产品"),
                      ("Wild Mushrooms", "野生菌"), ("Walnut", "核桃")),
        "trade": (("Trading", "商贸"), ("Import and Export", "进出口"), ("Trade", "贸易")),
        "other": (("Services", "服务"), ("Logistics", "物流"), ("Consulting", "咨询"),
                  ("Construction Engineering", "建筑工程")),
    },
    types=((60, "{x} Co., Ltd.", "{x}有限公司", "company", None),
           (10, "{x} Factory", "{x}厂", "company", frozenset({"manufacturing"})),
           (10, "{x} Trading Firm", "{x}商行", "household", frozenset({"agri_food"})),
           (10, "{x} Store", "{x}店", "household", frozenset({"handicrafts"})),
           (12, "{x} Farmers' Professional Cooperative", "{x}专业合作社", "coop",
            frozenset({"agri_food"}))),
    female=("Fang", "Li", "Jing", "Min", "Yan", "Xiuying", "Lihua", "Hong", "Yun", "Juan",
            "Xia", "Ping", "Mei", "Lan"),
    male=("Wei", "Jun", "Qiang", "Lei", "Ming", "Tao", "Hao", "Jianguo", "Zhiqiang", "Yong",
          "Gang", "Bo", "Peng", "Hongwei"),
    families=("Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
              "Duan", "Dao", "Pu", "He", "Zhu", "Luo", "Ma", "Yang", "Li"),
)

_VOCAB = {"KH": _KH, "LA": _LA, "MM": _MM, "TH": _TH, "VN": _VN, "YN": _YN}

# Short place names used in Yunnan company names ("普洱...有限公司").
_YN_SHORT = {
    "Kunming": ("Kunming", "昆明"), "Qujing": ("Qujing", "曲靖"), "Yuxi": ("Yuxi", "玉溪"),
    "Baoshan": ("Baoshan", "保山"), "Zhaotong": ("Zhaotong", "昭通"),
    "Lijiang": ("Lijiang", "丽江"), "Pu'er": ("Pu'er", "普洱"), "Lincang": ("Lincang", "临沧"),
    "Chuxiong Yi Autonomous Prefecture": ("Chuxiong", "楚雄"),
    "Honghe Hani and Yi Autonomous Prefecture": ("Honghe", "红河"),
    "Wenshan Zhuang and Miao Autonomous Prefecture": ("Wenshan", "文山"),
    "Xishuangbanna Dai Autonomous Prefecture": ("Xishuangbanna", "西双版纳"),
    "Dali Bai Autonomous Prefecture": ("Dali", "大理"),
    "Dehong Dai and Jingpo Autonomous Prefecture": ("Dehong", "德宏"),
    "Nujiang Lisu Autonomous Prefecture": ("Nujiang", "怒江"),
    "Diqing Tibetan Autonomous Prefecture": ("Diqing", "迪庆"),
}
# First four digits of the administrative division code, for Chinese credit codes.
_YN_ADMIN = {
    "Kunming": "5301", "Qujing": "5303", "Yuxi": "5304", "Baoshan": "5305", "Zhaotong": "5306",
    "Lijiang": "5307", "Pu'er": "5308", "Lincang": "5309",
    "Chuxiong Yi Autonomous Prefecture": "5323",
    "Honghe Hani and Yi Autonomous Prefecture": "5325",
    "Wenshan Zhuang and Miao Autonomous Prefecture": "5326",
    "Xishuangbanna Dai Autonomous Prefecture": "5328", "Dali Bai Autonomous Prefecture": "5329",
    "Dehong Dai and Jingpo Autonomous Prefecture": "5331",
    "Nujiang Lisu Autonomous Prefecture": "5333", "Diqing Tibetan Autonomous Prefecture": "5334",
}
# Thai province codes (the 2nd-3rd digits of a juristic person number), in geography order.
_TH_CODES = (
    10, 37, 15, 38, 31, 24, 18, 36, 22, 50, 57, 20, 86, 46, 62, 71, 40, 81, 52, 51, 42, 16, 58,
    44, 49, 26, 73, 48, 30, 60, 80, 55, 96, 39, 43, 12, 13, 94, 82, 93, 56, 67, 76, 66, 65, 14,
    54, 83, 25, 77, 85, 70, 21, 45, 27, 47, 11, 74, 75, 19, 91, 17, 33, 90, 64, 72, 84, 32, 63,
    92, 23, 34, 41, 61, 53, 95, 35,
)
# Vietnamese tax codes start with the province's code; the big four are well known.
_VN_TAX = {"Hanoi": "01", "Hai Phong": "02", "Ho Chi Minh City": "03", "Da Nang": "04"}

# Landline area codes of the main cities (others fall back to a mobile number).
_AREA = {
    ("KH", "Phnom Penh"): "23", ("KH", "Siem Reap"): "63", ("KH", "Battambang"): "53",
    ("KH", "Preah Sihanouk"): "34", ("KH", "Kampot"): "33", ("KH", "Kampong Cham"): "42",
    ("KH", "Kandal"): "24", ("KH", "Takeo"): "32",
    ("LA", "Vientiane Capital"): "21", ("LA", "Luang Prabang"): "71",
    ("LA", "Savannakhet"): "41", ("LA", "Champasak"): "31", ("LA", "Khammouane"): "51",
    ("MM", "Yangon Region"): "1", ("MM", "Mandalay Region"): "2",
    ("MM", "Naypyidaw Union Territory"): "67", ("MM", "Shan State"): "81",
    ("MM", "Mon State"): "57",
    ("TH", "Bangkok"): "2", ("TH", "Nonthaburi"): "2", ("TH", "Samut Prakan"): "2",
    ("TH", "Pathum Thani"): "2", ("TH", "Chiang Mai"): "53", ("TH", "Khon Kaen"): "43",
    ("TH", "Nakhon Ratchasima"): "44", ("TH", "Phuket"): "76", ("TH", "Songkhla"): "74",
    ("TH", "Chonburi"): "38", ("TH", "Udon Thani"): "42", ("TH", "Surat Thani"): "77",
    ("VN", "Hanoi"): "24", ("VN", "Ho Chi Minh City"): "28", ("VN", "Hai Phong"): "225",
    ("VN", "Da Nang"): "236", ("VN", "Can Tho"): "292", ("VN", "Khanh Hoa"): "258",
    ("VN", "Quang Ninh"): "203", ("VN", "Lam Dong"): "263",
    ("YN", "Kunming"): "871", ("YN", "Qujing"): "874", ("YN", "Yuxi"): "877",
    ("YN", "Dali Bai Autonomous Prefecture"): "872", ("YN", "Lijiang"): "888",
    ("YN", "Honghe Hani and Yi Autonomous Prefecture"): "873",
    ("YN", "Xishuangbanna Dai Autonomous Prefecture"): "691", ("YN", "Pu'er"): "879",
}

_STREETS = {
    "KH": ("St. 63", "St. 271", "St. 51", "St. 310", "Norodom Blvd", "Monivong Blvd",
           "Russian Blvd", "Sihanouk Blvd", "Kampuchea Krom Blvd", "National Road 5",
           "National Road 6", "Charles de Gaulle Blvd"),
    "LA": ("Lane Xang Avenue", "Souphanouvong Road", "Kaysone Phomvihane Road",
           "Setthathirath Road", "Thadeua Road", "Nongbone Road", "Road 13 South",
           "Khounboulom Road", "Samsenthai Road"),
    "MM": ("Bogyoke Aung San Road", "Anawrahta Road", "Mahabandoola Road", "Pyay Road",
           "Insein Road", "Merchant Street", "Strand Road", "Kabar Aye Pagoda Road",
           "78th Street", "35th Street", "Main Road"),
    "TH": ("Sukhumvit Road", "Rama IV Road", "Phahonyothin Road", "Ratchadaphisek Road",
           "Charoen Krung Road", "Mittraphap Road", "Chang Klan Road", "Nimmanhaemin Road",
           "Phetkasem Road", "Sri Nakharin Road", "Ratchadamnoen Road"),
    "VN": ("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt",
           "Quang Trung", "Nguyễn Trãi", "Hùng Vương", "Lê Duẩn", "Điện Biên Phủ",
           "Phan Chu Trinh", "Bạch Đằng", "Trần Phú", "Nguyễn Văn Linh"),
    "YN": ("Renmin Road", "Beijing Road", "Dongfeng Road", "Jinbi Road", "Qingnian Road",
           "Huancheng Road", "Baita Road", "Guangfu Road", "Dianchi Road", "Xinwen Road",
           "Jianshe Road", "Zhongshan Road"),
}
_VILLAGES = {
    "KH": ("Thmei", "Kandal", "Chas", "Tbong", "Cheung", "Lech", "Kaeut", "Trapeang Chhuk",
           "Prey Kuy", "Boeng Snao", "Svay Pak", "Ou Ambel"),
    "LA": ("Phonxay", "Nongbone", "Sisavath", "Thongkhankham", "Hatsady", "Dongpalane",
           "Phonsinuan", "Saphanthong", "Nakham", "Xiengda", "Donkoy", "Phonthan"),
    "TH": ("Ban Nong Khai", "Ban Don", "Ban Mai", "Ban Na", "Ban Nong Bua", "Ban Tha",
           "Ban Sai", "Ban Khok"),
}

_TLDS = {"KH": ("com.kh", "com.kh", "com"), "LA": ("la", "com.la", "com"),
         "MM": ("com.mm", "com.mm", "com"), "TH": ("co.th", "co.th", "com"),
         "VN": ("vn", "com.vn", "com"), "YN": ("cn", "com.cn", "com")}
_FREE_MAIL = {"KH": ("gmail.com",) * 6 + ("yahoo.com",) * 3 + ("hotmail.com",),
              "LA": ("gmail.com",) * 6 + ("yahoo.com",) * 3 + ("hotmail.com",),
              "MM": ("gmail.com",) * 7 + ("yahoo.com",) * 3,
              "TH": ("gmail.com",) * 5 + ("hotmail.com",) * 3 + ("yahoo.com",) * 2,
              "VN": ("gmail.com",) * 7 + ("yahoo.com",) * 3,
              "YN": ("163.com",) * 4 + ("126.com",) * 2 + ("sina.com",)}

_KH_MOBILE_6 = ("12", "11", "17", "77", "78", "89", "92", "95", "99", "10", "15", "16", "69",
                "70", "81", "85", "86", "87", "93", "98")
_KH_MOBILE_7 = ("97", "88", "71", "31", "60", "66", "67", "68", "90", "38", "76")
_MM_MOBILE = ("25", "26", "40", "42", "44", "45", "76", "77", "78", "79", "96", "97", "98",
              "99", "95", "68", "69")
_VN_MOBILE = ("90", "93", "89", "70", "76", "77", "78", "79", "91", "94", "88", "81", "82",
              "83", "84", "85", "96", "97", "98", "86", "32", "33", "34", "35", "36", "37",
              "38", "39", "56", "58", "59")
_CN_MOBILE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
              "152", "153", "155", "156", "157", "158", "159", "177", "180", "181", "182",
              "183", "186", "187", "188", "189", "199")
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VN_MIDDLE_F = ("Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim")
_VN_MIDDLE_M = ("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành")

_ASCII = str.maketrans({"đ": "d", "Đ": "D"})


def _ascii(text: str) -> str:
    """Latin letters without diacritics: "Bát Tràng" -> "Bat Trang"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_ASCII))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@cache
def _slug(text: str) -> str:
    return "".join(ch for ch in _ascii(text).lower() if ch.isascii() and ch.isalnum())


# -- precomputed tables --------------------------------------------------------------------------


class _Place(NamedTuple):
    province_no: int  # the province's position in geography.json, 0-based
    province: str
    province_local: str
    district: str
    district_local: str
    brand: tuple[str, str, str]  # Latin, local, slug: the place as a name part
    area: str | None


class _Country(NamedTuple):
    code: str
    places: tuple[_Place, ...]
    place_cum: tuple[float, ...]
    brands: tuple[tuple[str, str, str], ...]  # Latin, local, slug
    combos: tuple[tuple[str, str, str], ...]  # two syllables: Heng Leap, 鑫源 Xinyuan
    products: dict[str, tuple[tuple[str, str, str], ...]]  # English, local template, slug
    types: dict[str, tuple[tuple[_Type, ...], tuple[float, ...]]]  # per sector
    formal_types: dict[str, tuple[tuple[_Type, ...], tuple[float, ...]]]  # the same, no shops
    sector_cum: tuple[float, ...]
    ict: dict[str, tuple[tuple[float, ...], ...]]  # per sector: per size band, per key


def _place_brand(code: str, province: dict[str, Any], district: dict[str, Any]
                 ) -> tuple[str, str]:
    en, local = province["name_en"], province["name_local"]
    if code == "MM":
        return district["name_en"], district["name_local"]
    if code == "LA" and en.startswith("Vientiane"):
        return "Vientiane", "ວຽງຈັນ"
    if code == "TH" and en == "Bangkok":
        return "Bangkok", "กรุงเทพ"
    if code == "VN" and en == "Ho Chi Minh City":
        return "Sài Gòn", "Sài Gòn"
    if code == "VN":
        return local, local
    if code == "YN":
        return _YN_SHORT[en]
    return en, local


def _product_slug(code: str, product: str) -> str:
    """A product for e-mail and web addresses: "silkweavers", "thuongmai", not 20 letters."""
    words = product.replace("{b}", "").split()
    full = _slug(" ".join(words))
    if len(full) <= 14:
        return full
    return _slug(" ".join(words[:2] if code == "VN" else words[:1]))


def _combine(code: str, first: tuple[str, str], second: tuple[str, str]) -> tuple[str, str]:
    """Two name syllables as a business name is written: Lao and pinyin run together."""
    (lat1, loc1), (lat2, loc2) = first, second
    if code == "LA":
        return lat1 + lat2.lower(), loc1 + loc2
    if code == "YN":  # pinyin marks a syllable starting with a, o, e: Xin'an
        joint = "'" if lat2[0] in "AOE" else ""
        return lat1 + joint + lat2.lower(), loc1 + loc2
    return f"{lat1} {lat2}", (f"{loc1} {loc2}" if code == "VN" else loc1 + loc2)


def _weighted(weights: Sequence[float]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


@cache
def _tables() -> dict[str, _Country]:
    geography = _read_seed("geography.json")
    out: dict[str, _Country] = {}
    for code, vocab in _VOCAB.items():
        places: list[_Place] = []
        weights: list[float] = []
        hubs = _PROVINCE_WEIGHTS.get(code, {})
        for index, province in enumerate(geography[code]["provinces"]):
            districts = province["districts"]
            share = hubs.get(province["name_en"], 1.0) / (len(districts) + 1)
            for position, district in enumerate(districts):
                lat, loc = _place_brand(code, province, district)
                places.append(_Place(index, province["name_en"], province["name_local"],
                                     district["name_en"], district["name_local"],
                                     (lat, loc, _slug(lat)),
                                     _AREA.get((code, province["name_en"]))))
                weights.append(share * (2 if position == 0 else 1))  # the capital district

        products = {sector: tuple((en, local, _product_slug(code, en or local))
                                  for en, local in items)
                    for sector, items in vocab.products.items()}
        types: dict[str, tuple[tuple[_Type, ...], tuple[float, ...]]] = {}
        formal_types: dict[str, tuple[tuple[_Type, ...], tuple[float, ...]]] = {}
        for sector in SECTORS:
            fitting = tuple(t for t in vocab.types if t[4] is None or sector in t[4])
            types[sector] = (fitting, _weighted([t[0] for t in fitting]))
            formal = tuple(t for t in fitting if t[3] != "household")
            formal_types[sector] = (formal, _weighted([t[0] for t in formal]))
        sector_weights = {**_BASE_SECTOR_WEIGHTS, **_SECTOR_ADJUST.get(code, {})}

        ict: dict[str, tuple[tuple[float, ...], ...]] = {}
        for sector in SECTORS:
            bands = []
            for band in range(4):
                bands.append(tuple(
                    min(0.97, _ICT[code][key] * _ICT_SECTOR[sector].get(key, 1.0)
                        * _ICT_SIZE[key][band])
                    for key in _ICT_KEYS))
            ict[sector] = tuple(bands)

        out[code] = _Country(
            code=code,
            places=tuple(places),
            place_cum=_weighted(weights),
            brands=tuple((lat, loc, _slug(lat)) for lat, loc in vocab.brands),
            combos=tuple((lat, loc, _slug(lat)) for lat, loc in (
                _combine(code, a, b) for a in vocab.syllables for b in vocab.syllables
                if a[1] != b[1])),
            products=products,
            types=types,
            formal_types=formal_types,
            sector_cum=_weighted([sector_weights[s] for s in SECTORS]),
            ict=ict,
        )
    return out


# -- generation ----------------------------------------------------------------------------------


# random.choice and randrange cost ~1 us each (rejection sampling); these scale one random()
# instead, which is plenty uniform for demo data and keeps 100,000 SMEs well under two seconds.


def _ch(rng: random.Random, items: Sequence[_T]) -> _T:
    return items[int(rng.random() * len(items))]


def _int(rng: random.Random, low: int, high: int) -> int:
    """An integer in [low, high)."""
    return low + int(rng.random() * (high - low))


def _pick(rng: random.Random, items: Sequence[_T], cum: Sequence[float]) -> _T:
    return items[bisect(cum, rng.random() * cum[-1])]


def _digits(rng: random.Random, count: int) -> str:
    return f"{int(rng.random() * 10 ** count):0{count}d}"


def _mobile(rng: random.Random, code: str) -> str:
    """A mobile number in the country's usual format, e.g. "+66 81 234 5678"."""
    rand = rng.random
    if code == "KH":
        if rand() < 0.7:  # most operators: 6-digit subscriber numbers
            n = int(rand() * 900_000) + 100_000
            return f"+855 {_ch(rng, _KH_MOBILE_6)} {n // 1000} {n % 1000:03d}"
        n = int(rand() * 9_000_000) + 1_000_000
        return f"+855 {_ch(rng, _KH_MOBILE_7)} {n // 10_000} {n % 10_000:04d}"
    if code == "LA":
        n = int(rand() * 10_000_000)
        if rand() < 0.85:
            return f"+856 20 {_ch(rng, '2579')}{n // 10_000:03d} {n % 10_000:04d}"
        return f"+856 30 {n // 10_000 % 800 + 200} {n % 10_000:04d}"
    if code == "YN":
        n = int(rand() * 100_000_000)
        return f"+86 {_ch(rng, _CN_MOBILE)} {n // 10_000:04d} {n % 10_000:04d}"
    # MM, TH, VN: two-digit network code + one more digit, then the subscriber number.
    n = int(rand() * 10_000_000)
    lead = n // 1_000_000
    if code == "TH":
        n = int(rand() * 10_000_000)
        return f"+66 {_ch(rng, '869')}{lead} {n // 10_000:03d} {n % 10_000:04d}"
    network = _ch(rng, _MM_MOBILE if code == "MM" else _VN_MOBILE)
    country = "+95 9" if code == "MM" else "+84"
    return f"{country} {network}{lead} {n // 1000 % 1000:03d} {n % 1000:03d}"


_PREFIX = {"KH": "+855", "LA": "+856", "MM": "+95", "TH": "+66", "VN": "+84", "YN": "+86"}


def _landline(rng: random.Random, code: str, area: str) -> str:
    prefix = _PREFIX[code]
    if (code == "TH" and area == "2") or (code == "VN" and len(area) == 2):
        return f"{prefix} {area} {_int(rng, 200, 1000)} {_digits(rng, 4)}"
    if code == "YN":
        lead = _int(rng, 2, 9)
        rest = _digits(rng, 7 if area == "871" else 6)
        return f"{prefix} {area} {lead}{rest[:3]} {rest[3:]}"
    return f"{prefix} {area} {_int(rng, 200, 1000)} {_digits(rng, 3)}"


@cache
def _weighted_digit_sums(weights: tuple[int, ...]) -> tuple[int, ...]:
    """Weighted digit sum of every number with len(weights) digits, for fast check digits."""
    return tuple(sum(map(mul, map(int, f"{n:0{len(weights)}d}"), weights))
                 for n in range(10 ** len(weights)))


@cache
def _prefix_sum(prefix: str, weights: tuple[int, ...]) -> int:
    return sum(map(mul, map(int, prefix), weights))


def _th_juristic(rng: random.Random, province_code: int, kind: str, year: int) -> str:
    """13 digits: 0, province, 5 company / 3 partnership, Buddhist year, running no., check.

    The check digit is the one on Thai ID and juristic numbers (weights 13..2, mod 11).
    """
    prefix = (f"0{province_code:02d}{'3' if kind == 'partnership' else '5'}"
              f"{(year + 543) % 1000:03d}")
    high, low = int(rng.random() * 100), int(rng.random() * 1000)
    total = (_prefix_sum(prefix, (13, 12, 11, 10, 9, 8, 7)) + _weighted_digit_sums((6, 5))[high]
             + _weighted_digit_sums((4, 3, 2))[low])
    return f"{prefix}{high:02d}{low:03d}{(11 - total % 11) % 10}"


def _vn_tax_code(rng: random.Random, province_prefix: str) -> str:
    """A 10-digit enterprise (tax) code: province, seven digits, mod-11 check digit."""
    start = _prefix_sum(province_prefix, (31, 29))
    high_sums, low_sums = _weighted_digit_sums((23, 19, 17)), _weighted_digit_sums((13, 7, 5, 3))
    while True:
        high, low = int(rng.random() * 1000), int(rng.random() * 10000)
        check = 10 - (start + high_sums[high] + low_sums[low]) % 11
        if check < 10:
            return f"{province_prefix}{high:03d}{low:04d}{check}"


def _uscc(rng: random.Random, admin: str, kind: str) -> str:
    """An 18-character unified social credit code with a valid check character (GB 32100)."""
    head = f"{'92' if kind == 'household' else '93' if kind == 'coop' else '91'}{admin}00"
    rand = rng.random
    org = [int(rand() * 31) for _ in range(9)]
    total = _prefix_sum(head, _USCC_WEIGHTS[:8]) + sum(map(mul, org, _USCC_WEIGHTS[8:]))
    return head + "".join([_USCC_CHARS[i] for i in org]) + _USCC_CHARS[(31 - total % 31) % 31]


def _registration(rng: random.Random, code: str, place: _Place, kind: str, year: int) -> str:
    if code == "KH":
        return f"{_int(rng, 1, 10_000_000):08d}"
    if code == "LA":
        return f"{place.province_no + 1:02d}-{_int(rng, 1, 1_000_000):06d}"
    if code == "MM":
        return f"1{_digits(rng, 8)}"
    if code == "TH":
        return _th_juristic(rng, _TH_CODES[place.province_no], kind, year)
    if code == "VN":
        return _vn_tax_code(rng, _VN_TAX.get(place.province, f"{place.province_no + 1:02d}"))
    return _uscc(rng, _YN_ADMIN[place.province], kind)


def _contact(rng: random.Random, code: str, vocab: _Vocab, female: bool, age: float) -> str:
    given = _ch(rng, vocab.female if female else vocab.male)
    if code == "MM":
        roll = rng.random()
        if age > 0.5 and roll < 0.7:
            return f"{'Daw' if female else 'U'} {given}"
        if roll < 0.35:
            return f"{'Ma' if female else 'Ko'} {given}"
        return given
    family = _ch(rng, vocab.families)
    if code == "VN":
        middle = _ch(rng, _VN_MIDDLE_F if female else _VN_MIDDLE_M)
        if middle == given:
            middle = "Thị" if female else "Văn"
        return f"{family} {middle} {given}"
    if code in ("KH", "YN"):
        return f"{family} {given}"
    return f"{given} {family}"


def _address(rng: random.Random, code: str, place: _Place) -> str:
    """A street address in the form people write it (Vietnamese ones in Vietnamese)."""
    district, province = place.district, place.province
    house = _int(rng, 1, 400)
    if code == "KH":
        if province == "Phnom Penh" or (place.area and rng.random() < 0.7):
            return f"No. {house}, {_ch(rng, _STREETS['KH'])}, {district}, {province}"
        return f"Phum {_ch(rng, _VILLAGES['KH'])}, {district} District, {province} Province"
    if code == "LA":
        village = _ch(rng, _VILLAGES["LA"])
        return (f"House {house}, Unit {_int(rng, 1, 30)}, Ban {village}, "
                f"{district} District, {province}")
    if code == "MM":
        street = _ch(rng, _STREETS["MM"])
        return f"No. {house}, {street}, Ward ({_int(rng, 1, 20)}), {district} Township, {province}"
    if code == "TH":
        if place.area == "2" or (place.area and rng.random() < 0.7):  # Bangkok has no Moo
            soi = f"Soi {_int(rng, 1, 120)}, " if rng.random() < 0.6 else ""
            street = _ch(rng, _STREETS["TH"])
            return f"{house}/{_int(rng, 1, 99)} {soi}{street}, {district}, {province}"
        village = _ch(rng, _VILLAGES["TH"])
        return f"{house} Moo {_int(rng, 1, 15)}, {village}, {district} District, {province}"
    if code == "VN":
        street = _ch(rng, _STREETS["VN"])
        return f"Số {house} {street}, {place.district_local}, {place.province_local}"
    return f"No. {house} {_ch(rng, _STREETS['YN'])}, {district}, {province}"


# Staff numbers are log-normal: median ~5, about 3 % above 50, capped at 200.
_SIZE_MU = {(sector, kind): 1.7 + sector_mu + kind_mu
            for sector, sector_mu in (("manufacturing", 0.5), ("it_outsourcing", 0.3),
                                      ("trade", -0.2), ("handicrafts", -0.1), ("tourism", 0.0),
                                      ("agri_food", 0.0), ("other", 0.0))
            for kind, kind_mu in (("household", -0.6), ("coop", 0.6), ("company", 0.2),
                                  ("partnership", 0.0), ("enterprise", 0.0))}


def _employees(rng: random.Random, sector: str, kind: str) -> int:
    return max(1, min(200, int(rng.lognormvariate(_SIZE_MU[sector, kind], 1.05))))


_CASE_VARIANTS = (str.upper, str.lower, str.title)
# How people re-type a legal form: (as generated, as re-typed).
_LEGAL_SWAPS = ((" Sole Co., Ltd.", " Co., Ltd."), (" Co., Ltd.", " Company Limited"),
                (" Limited Partnership", " Ltd. Part."), (" Private Enterprise", ""),
                (" Enterprise", ""), (" Shop", ""), (" Factory", ""),
                (" Agricultural Cooperative", " Cooperative"), (" Producer Group", " Group"),
                (" Community Enterprise", ""), (" Trading Firm", ""), (" Store", ""),
                (" Farmers' Professional Cooperative", " Cooperative"),
                (" Cooperative", " Co-op"))
_VN_FORMS = ("Công ty TNHH ", "Công ty Cổ phần ", "Hộ kinh doanh ", "Cơ sở ",
             "Doanh nghiệp tư nhân ", "Hợp tác xã ")


def _without_legal_form(name: str) -> str:
    for form in _VN_FORMS:
        if name.startswith(form):
            return name[len(form):]
    for old, _ in _LEGAL_SWAPS:
        if name.endswith(old):
            return name[: -len(old)]
    return name


def _near_duplicate(rng: random.Random, original: dict[str, object], regno: str,
                    phone: str) -> dict[str, object]:
    """The same business entered again, so that duplicate detection has something to find.

    Either the name differs only in case or diacritics (and maybe the phone is new), or the
    legal form is re-typed or left out and the phone is the same.
    """
    dup = dict(original)
    dup["registration_no"] = regno
    name = str(original["name"])
    roll = rng.random()
    if roll < 0.35:
        dup["name"] = _ch(rng, _CASE_VARIANTS)(name)
    elif roll < 0.7 and original["country"] == "VN":
        dup["name"] = _ascii(name)  # typed without diacritics
    elif roll < 0.7:
        for old, new in _LEGAL_SWAPS:
            if name.endswith(old):
                dup["name"] = name[: -len(old)] + new
                break
    else:
        dup["name"] = _without_legal_form(name)
        dup["notes"] = None
    if dup["name"] == name:  # e.g. title case of a name already in title case
        dup["name"] = name.upper()
    if original["country"] == "VN" and not (0.35 <= roll < 0.7):
        dup["name_local"] = dup["name"]  # one name in Viet Nam; the local field keeps diacritics
    same_name_key = roll < 0.35 or (roll < 0.7 and original["country"] == "VN")
    if same_name_key and rng.random() < 0.5:
        dup["phone"] = phone  # a new number for the same business
    return dup


def generate_smes(n: int, seed: int = 0, near_duplicates: float = 0.01  # noqa: C901 - one draw per field; the draw order is the seed's contract
                  ) -> Iterator[dict[str, object]]:
    """Yield `n` synthetic SMEs as plain dicts with the fields `SmeRepository.create` takes.

    The same `seed` always gives the same SMEs. About `near_duplicates` of them (a share, 0-1)
    repeat an earlier SME with a changed spelling or the same phone, for duplicate detection.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    if not 0 <= near_duplicates <= 1:
        raise ValueError("near_duplicates is a share between 0 and 1")
    rng = random.Random(seed)
    tables = _tables()
    codes = tuple(_COUNTRY_WEIGHTS)
    country_cum = _weighted([_COUNTRY_WEIGHTS[c] for c in codes])
    used: set[str] = set()
    earlier: list[tuple[dict[str, object], _Place]] = []  # a sample of what came before
    rand = rng.random

    def unique_regno(code: str, place: _Place, kind: str, year: int) -> str:
        while True:
            regno = _registration(rng, code, place, kind, year)
            if regno not in used:
                used.add(regno)
                return regno

    for i in range(n):
        code = _pick(rng, codes, country_cum)
        table = tables[code]
        vocab = _VOCAB[code]
        place: _Place = _pick(rng, table.places, table.place_cum)

        if earlier and rand() < near_duplicates:
            original, orig_place = _ch(rng, earlier)
            orig_code = str(original["country"])
            regno = unique_regno(orig_code, orig_place, "company",
                                 int(str(original["year_founded"])))
            yield _near_duplicate(rng, original, regno, _mobile(rng, orig_code))
            continue

        sector: str = _pick(rng, SECTORS, table.sector_cum)
        product_en, product_local, product_slug = _ch(rng, table.products[sector])
        fitting, type_cum = (table.formal_types if product_en in _NOT_A_SHOP
                             else table.types)[sector]
        _, type_en, type_local, kind, _ = _pick(rng, fitting, type_cum)

        # Brand: the place (Kampot Pepper), a well-known name (Angkor) or a pair of
        # auspicious words (Heng Leap Trading, Công ty TNHH Minh Phát).
        roll = rand()
        if roll < 0.2 and code != "YN":
            brand_lat, brand_loc, brand_slug = place.brand
        elif roll < 0.4:
            brand_lat, brand_loc, brand_slug = _ch(rng, table.brands)
        else:
            brand_lat, brand_loc, brand_slug = _ch(rng, table.combos)

        if code == "VN":
            name = type_local.replace("{x}", product_local.replace("{b}", brand_loc))
            name_local = name
        elif code == "YN":  # 普洱 + 金马 + 茶叶 + 有限公司, the city usually first
            city_lat, city_loc, city_slug = place.brand if rand() < 0.75 else ("", "", "")
            name = type_en.replace("{x}", f"{city_lat} {brand_lat} {product_en}".lstrip())
            name_local = type_local.replace("{x}", city_loc + brand_loc + product_local)
            brand_slug = city_slug + brand_slug
        else:
            name = type_en.replace("{x}", f"{brand_lat} {product_en}")
            name_local = type_local.replace("{x}", product_local.replace("{b}", brand_loc))

        first_year = _FIRST_YEAR[code]
        year = _LAST_YEAR - int(rng.expovariate(0.09))
        if year < first_year:
            year = _int(rng, first_year, _LAST_YEAR + 1)
        if code == "TH" and kind == "company" and rand() < 0.08:  # "Siam Rice (1999) Co., Ltd."
            name = name.replace(" Co., Ltd.", f" ({year}) Co., Ltd.")
            name_local = name_local.replace(" จำกัด", f" ({year}) จำกัด")

        employees = _employees(rng, sector, kind)
        share = _FEMALE_STAFF[sector] + rng.gauss(0.0, 0.15)
        female_staff = round(employees * min(1.0, max(0.0, share)))
        female = rand() < _FEMALE_CONTACT[sector]
        contact = _contact(rng, code, vocab, female, rand())

        band = 0 if employees < 5 else 1 if employees < 20 else 2 if employees < 50 else 3
        p_mobile, p_fixed, p_fax, p_email, p_web, p_social, p_emkt, p_pay = (
            table.ict[sector][band])
        uses_fixed = rand() < p_fixed
        uses_fax = uses_fixed and rand() < p_fax / max(p_fixed, 0.01)
        uses_mobile = rand() < p_mobile or not uses_fixed
        uses_web = rand() < p_web
        uses_emkt = rand() < p_emkt
        uses_email = uses_web or uses_emkt or rand() < p_email
        uses_social = rand() < p_social
        uses_pay = (uses_web or uses_emkt) and rand() < p_pay

        if uses_mobile or not place.area:
            phone = _mobile(rng, code)
        else:
            phone = _landline(rng, code, place.area)

        website: str | None = None
        email: str | None = None
        if uses_email:
            domain = f"{brand_slug}{product_slug}.{_ch(rng, _TLDS[code])}"
            if uses_web:
                website = f"https://www.{domain}"
            if uses_web and rand() < 0.8:
                email = f"{_ch(rng, ('info', 'sales', 'contact'))}@{domain}"
            elif code == "YN" and rand() < 0.5:
                email = f"{_int(rng, 10_000_000, 3_000_000_000)}@qq.com"
            else:
                local = f"{brand_slug}{product_slug}" if rand() < 0.6 else _slug(contact)
                if rand() < 0.5:
                    local += str(_int(rng, 1, 100))
                email = f"{local}@{_ch(rng, _FREE_MAIL[code])}"

        sme: dict[str, object] = {
            "name": name,
            "name_local": name_local,
            "registration_no": unique_regno(code, place, kind, year),
            "sector": sector,
            "country": code,
            "province": place.province,
            "district": place.district,
            "address": _address(rng, code, place),
            "phone": phone,
            "email": email,
            "website": website,
            "contact_name": contact,
            "contact_gender": "female" if female else "male",
            "employees_total": employees,
            "employees_female": female_staff,
            "year_founded": year,
            "uses_fax": uses_fax,
            "uses_fixed_phone": uses_fixed,
            "uses_mobile": uses_mobile,
            "uses_email": uses_email,
            "uses_website": uses_web,
            "uses_social_media": uses_social,
            "uses_emarketplace": uses_emkt,
            "uses_online_payment": uses_pay,
            "notes": _ch(rng, _NOTES) if rand() < 0.35 else None,
        }
        if len(earlier) < 512:
            earlier.append((sme, place))
        else:
            slot = _int(rng, 0, i + 1)
            if slot < 512:
                earlier[slot] = (sme, place)
        yield sme


# -- training workshops --------------------------------------------------------------------------

# People's names as they write them, with the Latin spelling they give: (local, Latin).
_Names = tuple[tuple[str, str], ...]
_PEOPLE: dict[str, tuple[_Names, _Names, _Names]] = {  # female, male, family
    "KH": ((("សុភា", "Sophea"), ("ស្រីមុំ", "Sreymom"), ("ដារា", "Dara"), ("ចាន់ធូ", "Chanthou"),
            ("បុប្ផា", "Bopha"), ("ធារី", "Theary"), ("ម្លិះ", "Malis"), ("ចាន់ណារី", "Channary"),
            ("គន្ធា", "Kunthea"), ("រចនា", "Rachana"), ("លក្ខិណា", "Leakhena"), ("ណាវី", "Navy")),
           (("សុខា", "Sokha"), ("វណ្ណៈ", "Vannak"), ("ឫទ្ធី", "Rithy"), ("សុវណ្ណ", "Sovann"),
            ("ពិសិដ្ឋ", "Piseth"), ("វិសាល", "Visal"), ("សុផល", "Sophal"), ("កុសល", "Kosal"),
            ("រតនា", "Rathana"), ("សំណាង", "Samnang"), ("វុទ្ធី", "Vuthy"), ("វីរៈ", "Virak")),
           (("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("លី", "Ly"), ("សេង", "Seng"),
            ("គីម", "Kim"), ("មាស", "Meas"), ("ជា", "Chea"), ("កែវ", "Keo"), ("ប្រាក់", "Prak"),
            ("យឹម", "Yim"), ("លឹម", "Lim"))),
    "LA": ((("ບົວພັນ", "Bouaphanh"), ("ຄຳໃສ", "Khamsai"), ("ນ້ອຍ", "Noy"), ("ພອນ", "Phone"),
            ("ສົມຈິດ", "Somchith"), ("ວັນນາ", "Vanna"), ("ມະນີ", "Manee"), ("ດາລາ", "Dala"),
            ("ແສງຈັນ", "Sengchanh"), ("ສີດາ", "Sida"), ("ພອນສະຫວັນ", "Phonsavanh")),
           (("ສົມພອນ", "Somphone"), ("ບຸນມີ", "Bounmy"), ("ຄຳພັນ", "Khamphanh"), ("ສີສຸກ", "Sisouk"),
            ("ວິໄລ", "Vilay"), ("ທອງສະຫວັນ", "Thongsavanh"), ("ບຸນທັນ", "Bounthanh"),
            ("ສຸລິຍາ", "Souliya"), ("ອານຸສອນ", "Anousone"), ("ພູວົງ", "Phouvong")),
           (("ພົມມະຈັນ", "Phommachanh"), ("ສີຫາລາດ", "Sihalath"), ("ແກ້ວມະນີ", "Keomany"),
            ("ວົງສາ", "Vongsa"), ("ສຸວັນນະວົງ", "Souvannavong"), ("ພົມມະວົງ", "Phommavong"),
            ("ຈັນທະລາ", "Chanthala"), ("ອິນທະວົງ", "Inthavong"))),
    "MM": ((("အေးအေး", "Aye Aye"), ("ခင်မာ", "Khin Mar"), ("နီလာ", "Nilar"), ("သီတာ", "Thida"),
            ("စန္ဒာ", "Sandar"), ("မြတ်နိုး", "Myat Noe"), ("ဇင်မာ", "Zin Mar"),
            ("သဲသဲ", "Thet Thet"), ("ဖြူဖြူ", "Phyu Phyu")),
           (("အောင်ကျော်", "Aung Kyaw"), ("ကျော်မင်း", "Kyaw Min"), ("ဇော်ဝင်း", "Zaw Win"),
            ("မင်းထွန်း", "Min Htun"), ("သန့်ဇင်", "Thant Zin"), ("ဝင်းနိုင်", "Win Naing"),
            ("ထွန်းထွန်း", "Htun Htun"), ("နေလင်း", "Nay Lin"), ("ဟိန်းထက်", "Hein Htet"),
            ("ကိုကို", "Ko Ko")),
           ()),  # Myanmar names have no family name
    "TH": ((("สมศรี", "Somsri"), ("มาลี", "Malee"), ("สุดา", "Suda"), ("วันเพ็ญ", "Wanphen"),
            ("นภา", "Napha"), ("กัญญา", "Kanya"), ("พิมพ์ใจ", "Pimjai"), ("อรุณี", "Arunee"),
            ("รัตนา", "Rattana"), ("ศิริพร", "Siriporn")),
           (("สมชาย", "Somchai"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"),
            ("สุรชัย", "Surachai"), ("อนุชา", "Anucha"), ("ธนากร", "Thanakorn"),
            ("ณัฐพล", "Nattapon"), ("ชัยวัฒน์", "Chaiwat"), ("กิตติ", "Kitti"),
            ("พงศกร", "Pongsakorn")),
           (("ศรีสุข", "Srisuk"), ("ใจดี", "Jaidee"), ("แสงทอง", "Saengthong"), ("บุญมา", "Boonma"),
            ("วงศ์สวัสดิ์", "Wongsawat"), ("ทองดี", "Thongdee"), ("สมบูรณ์", "Somboon"),
            ("พรหมมา", "Promma"), ("แก้วมณี", "Kaewmanee"))),
    "VN": (tuple((n, _ascii(n)) for n in ("Lan", "Hương", "Mai", "Hạnh", "Thảo", "Ngọc",
                                          "Trang", "Linh", "Hoa", "Phương")),
           tuple((n, _ascii(n)) for n in ("Hùng", "Dũng", "Minh", "Tuấn", "Nam", "Sơn", "Long",
                                          "Quang", "Thắng", "Hải")),
           tuple((n, _ascii(n)) for n in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng",
                                          "Bùi", "Đỗ", "Ngô"))),
    "YN": ((("丽", "Li"), ("芳", "Fang"), ("娟", "Juan"), ("秀英", "Xiuying"), ("春梅", "Chunmei"),
            ("雪", "Xue"), ("婷", "Ting"), ("艳", "Yan")),
           (("伟", "Wei"), ("强", "Qiang"), ("军", "Jun"), ("建华", "Jianhua"), ("志刚", "Zhigang"),
            ("磊", "Lei"), ("勇", "Yong"), ("明", "Ming")),
           (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("杨", "Yang"),
            ("赵", "Zhao"), ("陈", "Chen"), ("段", "Duan"), ("杜", "Du"), ("普", "Pu"))),
}
_ROLES = ("Owner", "Owner", "Manager", "Sales staff", "Accountant", "Marketing officer",
          "IT staff", "Family member helping in the shop")
_PARTNERS = ("UN ESCAP", "Ministry of Commerce", "Provincial Department of Industry and Commerce",
             "Chamber of Commerce and Industry", "SME Promotion Agency", "Trade Promotion Centre")
_WORKSHOP_TITLES = {
    "basic": ("Getting online: basic e-business for SMEs", "E-business first steps",
              "Training of trainers: basic e-business modules"),
    "advanced": ("E-marketing and e-commerce for exporters", "Selling online to foreign buyers",
                 "Training of trainers: advanced e-business modules"),
}


def _person_name(rng: random.Random, code: str, female: bool) -> tuple[str, str]:
    """A name in the person's own script and its Latin spelling, in the local order."""
    women, men, families = _PEOPLE[code]
    given, given_lat = _ch(rng, women if female else men)
    if code == "MM":
        if rng.random() < 0.4:
            return (("ဒေါ်" if female else "ဦး") + given, ("Daw " if female else "U ") + given_lat)
        return given, given_lat
    family, family_lat = _ch(rng, families)
    if code == "VN":
        middle = _ch(rng, _VN_MIDDLE_F if female else _VN_MIDDLE_M)
        name = f"{family} {middle} {given}"
        return name, _ascii(name)
    if code == "YN":
        return family + given, f"{family_lat} {given_lat}"
    if code == "KH":
        return f"{family} {given}", f"{family_lat} {given_lat}"
    return f"{given} {family}", f"{given_lat} {family_lat}"


def generate_workshop(db: Any, participants: int = 30, days: int = 3, seed: int = 0,
                      track: str | None = None, start: date | None = None) -> str:
    """A realistic workshop in `db` (a gmsdesk Database): people with names in their own
    script linked to demo SMEs of one economy (made when the registry has too few), enrolled,
    with attendance, progress and test scores as far as the dates have gone. Returns its id.
    Deterministic per seed, apart from record ids."""
    from gmsdesk.storage.smes import SmeQuery

    if participants < 0 or not 1 <= days <= 30:
        raise ValueError("participants must not be negative and days must be 1-30")
    rng = random.Random(seed)
    code = _pick(rng, tuple(_COUNTRY_WEIGHTS), _weighted(list(_COUNTRY_WEIGHTS.values())))
    track = track or ("basic" if rng.random() < 0.65 else "advanced")
    today = date.today()
    first = start or today + timedelta(days=_int(rng, -300, 60))
    last = first + timedelta(days=days - 1)
    status = "done" if last < today else "running" if first <= today else "planned"
    place = _pick(rng, _tables()[code].places, _tables()[code].place_cum)
    training = db.training
    with db.atomic():
        wanted = max(1, participants * 2 // 3)  # some firms send two people
        # Firms of the province first, then of the economy.
        smes = [s.id for s in db.smes.page(SmeQuery(country=code, province=place.province),
                                           0, wanted)]
        smes += [s.id for s in db.smes.page(SmeQuery(country=code), 0, wanted)
                 if s.id not in smes][:wanted - len(smes)]
        if len(smes) < wanted:
            fresh = (s for s in generate_smes(wanted * 10, seed=seed + 7919, near_duplicates=0)
                     if s["country"] == code)
            for values in fresh:
                smes.append(db.smes.create(values)[0].record_id)
                if len(smes) >= wanted:
                    break
        trainers = ", ".join(_person_name(rng, code, rng.random() < 0.5)[1] for _ in range(2))
        workshop_id = training.create_workshop({
            "title": f"{_ch(rng, _WORKSHOP_TITLES[track])}, {place.province}",
            "track": track, "start_date": first, "end_date": last, "status": status,
            "venue": f"Provincial Chamber of Commerce, {place.province}", "country": code,
            "province": place.province, "trainers": trainers, "partner": _ch(rng, _PARTNERS),
        })[0].record_id
        workshop = training.workshop(workshop_id)
        sessions = [s for s in training.sessions(workshop_id) if s.day <= today.isoformat()]
        # How far the workshop has come: its share of days held.
        held = len(sessions) / days
        for _ in range(participants):
            female = rng.random() < 0.55
            name, latin = _person_name(rng, code, female)
            person_id = training.create_person({
                "name": name, "name_latin": None if name == latin else latin,
                "gender": "female" if female else "male", "role": _ch(rng, _ROLES),
                "phone": _mobile(rng, code), "sme_id": _ch(rng, smes)})[0].record_id
            training.enrol(workshop_id, person_id)
            keen = rng.random()  # some miss days, and finish less
            for session in sessions:
                if rng.random() < 0.75 + keen * 0.23:
                    training.mark_attendance(workshop_id, session.id, person_id)
            if not sessions:
                continue
            pre = round(rng.uniform(20, 65))
            finished = held * (0.7 + keen * 1.2)  # about 3 in 4 finish everything
            for i, module in enumerate(workshop.modules):
                share = (i + 1) / len(workshop.modules)
                day = sessions[min(len(sessions) - 1, int(share * len(sessions)))].day
                if share <= finished:
                    training.set_progress(workshop_id, person_id, module, "completed", on=day)
                elif share <= finished + 0.25:
                    training.set_progress(workshop_id, person_id, module, "in_progress", on=day)
            post = min(100, pre + round(rng.uniform(5, 35))) if status == "done" else None
            training.set_scores(workshop_id, person_id, pre=pre, post=post)
        if status == "done":
            training.issue_certificates(workshop_id, on=last)
    return str(workshop_id)


# -- e-business services, online presences, inquiries and awareness events -----------------------

# Demo activity spans this many days back from today (about 2.7 years).
_WINDOW = 1000

# Fees are drawn in US dollars at Cambodian prices, then turned into each economy's default
# currency at a local price level (not the exchange rate: a website costs less in Lao PDR than in
# Thailand), rounded to the step people quote in: (units per dollar, step).
_FEE_USD: dict[str, tuple[int, int]] = {
    "website": (120, 400), "listing": (10, 60), "content": (20, 150), "translation": (25, 150),
    "payment": (30, 120), "training": (5, 40), "advice": (5, 30)}
_FREE = {"website": .05, "listing": .45, "content": .15, "translation": .1, "payment": .2,
         "training": .4, "advice": .7}  # subsidised: no fee
_PRICE_LEVEL: dict[str, tuple[int, int]] = {
    "KH": (1, 5), "LA": (12_500, 50_000), "MM": (2_500, 5_000), "TH": (33, 100),
    "VN": (25_000, 100_000), "YN": (7, 50)}
# Market rates, for what buyers order in.
_PER_USD = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 150.0, "KRW": 1350.0, "CNY": 7.2,
            "THB": 35.0, "VND": 25_000.0, "LAK": 21_000.0, "MMK": 2_100.0, "KHR": 4_100.0,
            "SGD": 1.35, "AUD": 1.5}

# Share of registered SMEs that the agency served over the period, per economy.
_CLIENTS = {"KH": .28, "LA": .25, "MM": .22, "TH": .32, "VN": .30, "YN": .30}
# What the agency did for a client, as weights per economy: put it on the agency's portal, on an
# e-marketplace, a website, a social media page, register it for e-procurement (only where a
# national system takes SMEs), or only train or advise it.
_JOURNEYS = ("portal", "marketplace", "website", "social", "eprocurement", "training", "advice")
_JOURNEY_WEIGHTS: dict[str, tuple[float, ...]] = {
    "KH": (30, 8, 15, 20, 1.5, 12, 10), "LA": (30, 6, 12, 20, 0, 12, 10),
    "MM": (30, 6, 12, 25, 0, 12, 10), "TH": (25, 22, 15, 12, 6, 12, 10),
    "VN": (25, 22, 15, 12, 4, 12, 10), "YN": (20, 25, 12, 12, 5, 12, 10)}
# Chance that a client sets up online payment after a listing or a website.
_PAYMENT = {"KH": .08, "LA": .05, "MM": .04, "TH": .45, "VN": .3, "YN": .5}

# An agency or trade portal: (name, address with {h} for the SME's handle).
_PORTALS: dict[str, tuple[tuple[str, str], ...]] = {
    "KH": (("Cambodia Chamber of Commerce B2B directory", "https://www.ccc.org.kh/b2b/{h}"),
           ("Cambodia Trade Portal SME showcase", "https://www.cambodiatradeportal.gov.kh/sme/{h}"),
           ("{p} Chamber of Commerce SME portal", "https://www.ccc.org.kh/{ps}/{h}")),
    "LA": (("LNCCI business directory", "https://www.lncci.la/directory/{h}"),
           ("Lao SME Service Centre portal", "https://www.laosme.org/company/{h}"),
           ("{p} Chamber of Commerce SME portal", "https://www.lncci.la/{ps}/{h}")),
    "MM": (("UMFCCI business directory", "https://www.umfcci.com.mm/directory/{h}"),
           ("Myanmar SME Link", "https://www.smelink.com.mm/company/{h}"),
           ("{p} Chamber of Commerce SME portal", "https://www.umfcci.com.mm/{ps}/{h}")),
    "TH": (("Thaitrade.com (DITP)", "https://www.thaitrade.com/store/{h}"),
           ("SME ONE (OSMEP)", "https://www.smeone.info/shop/{h}"),
           ("{p} Chamber of Commerce SME portal", "https://www.thaichamber.org/{ps}/{h}")),
    "VN": (("ECVN B2B portal (Ministry of Industry and Trade)", "https://www.ecvn.com/company/{h}"),
           ("VCCI business directory", "https://www.vcci.com.vn/hoi-vien/{h}"),
           ("Vietrade export portal", "https://www.vietrade.gov.vn/doanh-nghiep/{h}")),
    "YN": (("Yunnan Commerce enterprise portal", "https://www.yunnancommerce.gov.cn/qy/{n}"),
           ("China-South Asia Expo online exhibition", "https://www.csa-expo.com/exhibitor/{n}"),
           ("{p} SME Service Centre portal", "https://sme.{ps}.gov.cn/qy/{n}")),
}
# An e-marketplace: (name, address, weight, sectors it suits or None for all, share of its
# inquiries from abroad). Only marketplaces that work in the economy.
_Market = tuple[str, str, float, frozenset[str] | None, float]
_CONSUMER = frozenset({"handicrafts", "agri_food", "manufacturing", "trade", "other"})
_B2B = frozenset({"handicrafts", "agri_food", "manufacturing", "trade"})
_CRAFT = frozenset({"handicrafts"})
_TRAVEL = frozenset({"tourism"})
_IT = frozenset({"it_outsourcing"})
_GLOBAL: tuple[_Market, ...] = (
    ("Alibaba.com", "https://{h}.en.alibaba.com", 3, _B2B, .8),
    ("Etsy", "https://www.etsy.com/shop/{h}", 3, _CRAFT, .9),
    ("Booking.com", "https://www.booking.com/hotel/{cc}/{h}.html", 4, _TRAVEL, .75),
    ("Upwork", "https://www.upwork.com/agencies/{h}", 4, _IT, .9))
_MARKETS: dict[str, tuple[_Market, ...]] = {
    "KH": (("Khmer24", "https://www.khmer24.com/en/shop/{h}", 5, _CONSUMER, .03),
           ("Agoda", "https://www.agoda.com/{h}/hotel/{ps}-kh.html", 3, _TRAVEL, .7), *_GLOBAL),
    "LA": _GLOBAL,
    "MM": (("Shop.com.mm", "https://www.shop.com.mm/shop/{h}", 4, _CONSUMER, .02), *_GLOBAL),
    "TH": (("Shopee", "https://shopee.co.th/{h}", 6, _CONSUMER, .03),
           ("Lazada", "https://www.lazada.co.th/shop/{h}", 6, _CONSUMER, .04),
           ("TikTok Shop", "https://www.tiktok.com/@{h}", 3, _CONSUMER, .02),
           ("LINE SHOPPING", "https://shop.line.me/@{h}", 2, _CONSUMER, .01),
           ("Agoda", "https://www.agoda.com/{h}/hotel/{ps}-th.html", 3, _TRAVEL, .6), *_GLOBAL),
    "VN": (("Shopee", "https://shopee.vn/{h}", 6, _CONSUMER, .02),
           ("Lazada", "https://www.lazada.vn/shop/{h}", 4, _CONSUMER, .03),
           ("Tiki", "https://tiki.vn/cua-hang/{h}", 3, _CONSUMER, .01),
           ("Sendo", "https://www.sendo.vn/shop/{h}", 1.5, _CONSUMER, .01),
           ("TikTok Shop", "https://www.tiktok.com/@{h}", 2, _CONSUMER, .02),
           ("Agoda", "https://www.agoda.com/{h}/hotel/{ps}-vn.html", 3, _TRAVEL, .6), *_GLOBAL),
    "YN": (("Taobao", "https://shop{n}.taobao.com", 6, _CONSUMER, .02),
           ("Tmall", "https://{h}.tmall.com", 1.5, _CONSUMER, .03),
           ("JD.com", "https://mall.jd.com/index-{n}.html", 2, _CONSUMER, .02),
           ("Pinduoduo", "https://mobile.yangkeduo.com/mall_page.html?mall_id={n}", 3,
            _CONSUMER, .01),
           ("1688.com", "https://shop{n}.1688.com", 3, _B2B, .05),
           ("Alibaba.com", "https://{h}.en.alibaba.com", 2, _B2B, .85),
           ("Trip.com", "https://www.trip.com/hotels/detail/?hotelId={n}", 4, _TRAVEL, .4),
           ("Fliggy", "https://{h}.fliggy.com", 2, _TRAVEL, .05)),
}
# Social media pages: (name, address or "" where pages have none, weight).
_SOCIAL: dict[str, tuple[tuple[str, str, float], ...]] = {
    "KH": (("Facebook page", "https://www.facebook.com/{h}", 80),
           ("Telegram channel", "https://t.me/{h}", 15),
           ("TikTok", "https://www.tiktok.com/@{h}", 5)),
    "LA": (("Facebook page", "https://www.facebook.com/{h}", 85),
           ("WhatsApp Business", "https://wa.me/856{n}", 10),
           ("TikTok", "https://www.tiktok.com/@{h}", 5)),
    "MM": (("Facebook page", "https://www.facebook.com/{h}", 85),
           ("Viber community", "", 10), ("TikTok", "https://www.tiktok.com/@{h}", 5)),
    "TH": (("Facebook page", "https://www.facebook.com/{h}", 50),
           ("LINE Official Account", "https://page.line.me/{h}", 35),
           ("Instagram", "https://www.instagram.com/{h}", 8),
           ("TikTok", "https://www.tiktok.com/@{h}", 7)),
    "VN": (("Facebook page", "https://www.facebook.com/{h}", 55),
           ("Zalo Official Account", "https://zalo.me/{n}", 35),
           ("TikTok", "https://www.tiktok.com/@{h}", 10)),
    "YN": (("WeChat official account", "", 60), ("Douyin", "https://www.douyin.com/user/{n}", 25),
           ("Weibo", "https://weibo.com/u/{n}", 10),
           ("Xiaohongshu", "https://www.xiaohongshu.com/user/profile/{n}", 5)),
}
# National e-procurement systems that register SME suppliers.
_EPROCUREMENT: dict[str, tuple[str, str]] = {
    "KH": ("Cambodia e-GP (Ministry of Economy and Finance)", ""),
    "TH": ("Thai Government Procurement (e-GP)", "https://www.gprocurement.go.th"),
    "VN": ("Viet Nam National E-Procurement System", "https://muasamcong.mpi.gov.vn"),
    "YN": ("Yunnan Government Procurement Network", "https://www.ccgp-yunnan.gov.cn"),
}
_PAYMENT_PROVIDERS = {"KH": ("ABA PayWay", "Bakong KHQR"), "LA": ("BCEL OnePay",),
                      "MM": ("KBZPay", "WavePay"), "TH": ("PromptPay QR", "2C2P"),
                      "VN": ("VNPay", "MoMo"), "YN": ("Alipay", "WeChat Pay")}
_LANGUAGES = {"KH": ("English", "English", "English", "Japanese", "Chinese", "French", "Korean"),
              "LA": ("English", "English", "Thai", "Chinese", "Japanese", "French"),
              "MM": ("English", "English", "English", "Chinese", "Japanese", "Thai"),
              "TH": ("English", "English", "Chinese", "Japanese", "Korean"),
              "VN": ("English", "English", "Japanese", "Korean", "Chinese"),
              "YN": ("English", "English", "Burmese", "Lao", "Thai", "Vietnamese", "Japanese")}

# Where foreign inquiries come from, per economy (weights); the SME's own economy is never
# foreign (for Yunnan: China). Japanese buyers like timber, furniture and silk.
_ABROAD = {"JP": 14, "KR": 8, "CN": 12, "US": 10, "DE": 6, "FR": 6, "AU": 6, "SG": 6, "GB": 5,
           "NL": 3, "IT": 3, "TW": 4, "HK": 3, "MY": 4, "IN": 3, "CA": 3, "TH": 5, "VN": 4}
_ABROAD_ADJUST: dict[str, dict[str, float]] = {
    "KH": {"FR": 10, "TH": 10, "VN": 8, "CN": 14},
    "LA": {"TH": 22, "CN": 16, "VN": 10, "FR": 8},
    "MM": {"CN": 18, "TH": 14, "SG": 10, "IN": 8},
    "TH": {"TH": 0, "MY": 8, "CN": 16},
    "VN": {"VN": 0, "KR": 14, "JP": 16},
    "YN": {"CN": 0, "MM": 12, "LA": 10, "VN": 10, "TH": 12, "KR": 10},
}
_COUNTRY_NAMES = {"JP": "Japan", "KR": "Korea", "CN": "China", "US": "the United States",
                  "DE": "Germany", "FR": "France", "AU": "Australia", "SG": "Singapore",
                  "GB": "the United Kingdom", "NL": "the Netherlands", "IT": "Italy",
                  "TW": "Taiwan", "HK": "Hong Kong", "MY": "Malaysia", "IN": "India",
                  "CA": "Canada", "TH": "Thailand", "VN": "Viet Nam", "MM": "Myanmar",
                  "LA": "Lao PDR", "KH": "Cambodia"}
# What buyers ask for, per sector; Japan's favourites first come up more often from Japan.
_WANTS = {
    "handicrafts": ("silk scarves", "hand-woven silk", "silver jewellery", "wood carvings",
                    "bamboo baskets", "pottery", "lacquerware", "mulberry paper notebooks"),
    "agri_food": ("coffee beans", "organic rice", "black pepper", "cashew nuts", "dried mango",
                  "tea", "palm sugar", "honey"),
    "manufacturing": ("timber", "teak furniture", "rattan furniture", "garments",
                      "paper packaging", "drinking water"),
    "tourism": ("a group tour", "rooms for a tour group", "a trekking package",
                "a homestay booking", "a cooking class for a group"),
    "it_outsourcing": ("a mobile app", "website development", "data entry outsourcing",
                       "software testing", "graphic design work"),
    "trade": ("timber", "rubber", "cassava chips", "rice", "construction materials"),
    "other": ("transport of goods", "printing", "catering for an event", "cleaning services"),
}
_ASKS = ("asked for prices of {w}", "asked for samples of {w}", "asked for a catalogue of {w}",
         "wants {w} for delivery next month", "asked about the minimum order of {w}",
         "asked for a quotation for {w}")
_SERVICE_ASKS = ("asked for a quotation for {w}", "asked about prices for {w}",
                 "asked about {w}", "wants {w} next month")
_SERVICE_SECTORS = frozenset({"tourism", "it_outsourcing", "other"})
# Abroad share of inquiries per presence kind (e-marketplaces: their own), and per sector.
_ABROAD_KIND = {"website": .35, "portal": .4, "social_media": .06, "eprocurement": 0.0}
_ABROAD_SECTOR = {"tourism": 1.3, "handicrafts": 1.3, "it_outsourcing": 1.4, "agri_food": 1.0,
                  "manufacturing": 1.0, "trade": .9, "other": .6}
# Inquiries a year that the agency hears of through a presence it set up, per kind and status
# (inactive pages bring none); of presences it did not set up it hears of half as many.
_INQUIRY_RATE = {"website": {"registered": .5, "displaying": 2.0},
                 "portal": {"registered": .2, "displaying": 1.5},
                 "emarketplace": {"registered": .4, "displaying": 3.0},
                 "social_media": {"registered": .4, "displaying": 1.5},
                 "eprocurement": {"registered": .5, "displaying": .5}}
_INQUIRY_SECTOR = {"tourism": 1.3, "handicrafts": 1.2, "agri_food": 1.0, "it_outsourcing": 1.1,
                   "manufacturing": .9, "trade": 1.0, "other": .7}
# How inquiries come in through each kind of presence: (channels, weights).
_CHANNELS: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    "website": (("website", "email", "phone"), _weighted((55, 40, 5))),
    "portal": (("website", "email", "phone"), _weighted((45, 45, 10))),
    "emarketplace": (("emarketplace", "email"), _weighted((90, 10))),
    "social_media": (("social_media", "phone"), _weighted((85, 15))),
    "eprocurement": (("other", "email"), _weighted((70, 30))),
}

_SERVICE_NOTES_FREE = ("Subsidised by the programme.", "No fee: pilot SME.",
                       "Free for members of the chamber.")
_SERVICE_NOTES_UNPAID = ("Invoice sent, awaiting payment.", "Will pay after the harvest.",
                         "Asked to pay in two instalments.")
_SERVICE_NOTES_PAID = ("Paid in cash at the chamber office.", "Paid by bank transfer.",
                       "Paid by mobile money.")
_TRAININGS = ("Completed the basic e-business course.", "Completed the e-marketing module.",
              "Trained to update the shop's own listings.", "Learnt to answer buyers by e-mail.")
_ADVICE = ("Advised on export prices and shipping terms.",
           "Advised on protecting designs shown online.",
           "Advised on photographing products for buyers.",
           "Advised on answering foreign buyers in English.",
           "Advised on opening a business bank account for online payments.",
           "Advised on showing prices online.")

_EVENT_KINDS = ("seminar", "road_show", "consultation", "launch", "media_campaign", "other")
_EVENT_CUM = _weighted((30, 20, 14, 10, 16, 10))
_EVENT_TITLES = {
    "road_show": ("Go digital road show, {p}", "E-business road show: selling online, {p}",
                  "SME portal road show, {p}"),
    "seminar": ("Seminar: e-marketplaces for SMEs, {p}", "Seminar: selling to foreign buyers "
                "online, {p}", "Seminar: online payment and delivery, {p}",
                "Seminar: websites that bring inquiries, {p}"),
    "consultation": ("Provincial consultation on e-business services for SMEs, {p}",
                     "Consultation with business associations on going digital, {p}"),
    "launch": ("Launch of the {portal}", "Launch of the e-business service desk, {p}"),
    "media_campaign": ("Media campaign: local SMEs go online", "Radio and TV campaign: "
                       "buy from {p} SMEs online", "Facebook campaign: the {portal}"),
    "other": ("E-business corner at the {p} trade fair", "SME product showcase, {p}"),
}
_ORGANISERS = {
    "KH": ("Cambodia Chamber of Commerce", "Ministry of Commerce",
           "Provincial Department of Commerce, {p}", "{p} Provincial Chamber of Commerce"),
    "LA": ("Lao National Chamber of Commerce and Industry", "Ministry of Industry and Commerce",
           "Department of Industry and Commerce, {p}"),
    "MM": ("UMFCCI", "Ministry of Commerce", "{p} Chamber of Commerce and Industry"),
    "TH": ("OSMEP", "Department of International Trade Promotion", "{p} Chamber of Commerce",
           "Provincial Commerce Office, {p}"),
    "VN": ("VCCI", "Vietrade", "Department of Industry and Trade, {p}"),
    "YN": ("Yunnan Provincial Department of Commerce", "Yunnan SME Service Centre",
           "{p} Bureau of Commerce"),
}
_VENUES = {
    "seminar": ("Chamber of Commerce meeting hall, {p}", "Hotel conference room, {p}",
                "Provincial Hall, {p}"),
    "consultation": ("Provincial Hall, {p}", "Hotel conference room, {p}"),
    "launch": ("Chamber of Commerce meeting hall, {p}", "Hotel ballroom, {p}"),
    "road_show": ("Markets and district halls of {p}", "Market and district hall, {d}"),
    "media_campaign": ("Radio, television and Facebook", "Provincial radio and newspapers"),
    "other": ("{p} trade fair grounds", "{p} exhibition centre"),
}
_EVENT_NOTES = {
    "seminar": ("Many questions on designs being copied and prices seen by competitors.",
                "Participants asked about fees for listing on the portal."),
    "consultation": ("Obstacles raised: limited awareness, cost, lack of technical staff.",
                     "Participants asked for training in their own language."),
    "road_show": ("Leaflets on the agency's portal handed out.",
                  "Several SMEs signed up for a listing on the spot."),
    "launch": ("Press release sent to national newspapers.",),
    "media_campaign": ("Spots on provincial radio for four weeks.",),
    "other": ("SMEs on the portal showed their products at the booth.",),
}
# People at an event (least, most) and how many people per organisation represented.
_AUDIENCE = {"seminar": (25, 120, 4), "road_show": (60, 400, 8), "consultation": (40, 160, 5),
             "launch": (60, 250, 5), "media_campaign": (15, 60, 3), "other": (100, 700, 10)}
# Media reach (least, most) by kind; a seminar reaches none.
_REACH = {"seminar": (500, 20_000), "road_show": (5_000, 80_000), "consultation": (2_000, 50_000),
          "launch": (10_000, 200_000), "media_campaign": (50_000, 1_500_000),
          "other": (5_000, 100_000)}

_SERVICE_REF = "@service:"
# The last SME (by rowid) that demo activity was planned for.
_ACTIVITY_MARK = "demo_activity_upto"
_PRESENCE_REF = "@presence:"


class DemoActivity(NamedTuple):
    """What `plan_activity` made, as values the record declarations take. A service or presence
    referred to before it exists is written `@service:<index>` / `@presence:<index>` (its place
    in the list); `write_activity` puts the real ids in."""

    services: list[dict[str, Any]]
    presences: list[dict[str, Any]]  # as first recorded
    presence_changes: list[tuple[int, dict[str, Any]]]  # later status changes, in order
    inquiries: list[dict[str, Any]]
    events: list[dict[str, Any]]
    sme_changes: dict[str, dict[str, Any]]  # ICT flags (and website) the presences imply

    def final_presences(self) -> list[dict[str, Any]]:
        """The presences with every status change applied."""
        out = [dict(p) for p in self.presences]
        for index, changes in self.presence_changes:
            out[index].update(changes)
        return out


def _handle(name: str) -> str:
    """An SME's name as shop and page addresses spell it: "hengleappepper"."""
    words = _without_legal_form(name).replace("(", " ").split()
    return _slug(" ".join(words[:3]))[:24] or "shop"


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _amount(value: float, currency: str) -> float:
    """An amount as people quote it: three significant figures, whole units where the currency
    has no minor unit (VND, LAK, MMK, KHR, JPY...), cents only on small amounts."""
    if value >= 100 or CURRENCY_DECIMALS.get(currency, 2) == 0:
        step = 10 ** max(0, int(math.log10(max(value, 1))) - 2)
        return float(max(step, round(value / step) * step))
    return round(value, 2) if value >= 10 else round(max(value, 1.0), 2)


class _Timeline(NamedTuple):
    """A presence as inquiries see it: since when it had which status."""

    sme: Mapping[str, Any]
    kind: str
    steps: list[tuple[date, str]]
    abroad: float  # share of its inquiries from abroad
    journey: int | None  # the piece of work that set it up, if the agency did


class _Planner:
    """Plans one SME after another; one random stream, so a seed gives the same activity."""

    def __init__(self, seed: int, today: date, workshops: Sequence[Mapping[str, Any]]) -> None:
        self.rng = random.Random(f"activity:{seed}")
        self.today = today
        self.first = today - timedelta(days=_WINDOW)
        self.staff = {code: tuple(_person_name(random.Random(f"staff:{seed}:{code}"), code,
                                               i % 2 == 0)[1] for i in range(4))
                      for code in _COUNTRY_WEIGHTS}
        self.workshops: dict[str, list[Mapping[str, Any]]] = {}
        for workshop in workshops:
            if workshop.get("status") == "done" and workshop.get("end_date"):
                self.workshops.setdefault(str(workshop.get("country")), []).append(workshop)
        self.abroad: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {}
        for code in _COUNTRY_WEIGHTS:
            weights = {**_ABROAD, **_ABROAD_ADJUST.get(code, {})}
            weights.pop(code, None)
            origins = tuple(c for c, w in weights.items() if w > 0)
            self.abroad[code] = (origins, _weighted([weights[c] for c in origins]))
        self.out = DemoActivity([], [], [], [], [], {})
        self.timelines: list[_Timeline] = []  # one per presence, in the same order
        self.journey_services: dict[int, list[int]] = {}  # services of one piece of work
        self.journeys = 0

    # -- small draws ------------------------------------------------------------------------------

    def day(self, low: date, high: date) -> date:
        span = max(0, (high - low).days)
        return low + timedelta(days=_int(self.rng, 0, span + 1))

    def later(self, start: date, low: int, high: int) -> date:
        return start + timedelta(days=_int(self.rng, low, high + 1))

    def staff_of(self, code: str) -> str:
        return _ch(self.rng, self.staff[code])

    def fee(self, code: str, kind: str, on: date) -> tuple[float, bool, str | None]:
        """A fee in the economy's currency, whether it is paid, and a note."""
        rng = self.rng
        if rng.random() < _FREE[kind]:
            return 0.0, False, _ch(rng, _SERVICE_NOTES_FREE) if rng.random() < .5 else None
        low, high = _FEE_USD[kind]
        per_dollar, step = _PRICE_LEVEL[code]
        fee = max(step, round(rng.uniform(low, high) * per_dollar / step) * step)
        paid = rng.random() < (.45 if (self.today - on).days < 45 else .88)
        notes = _SERVICE_NOTES_PAID if paid else _SERVICE_NOTES_UNPAID
        return float(fee), paid, _ch(rng, notes) if rng.random() < .3 else None

    def url(self, template: str, sme: Mapping[str, Any], code: str) -> str | None:
        if not template:
            return None
        province = str(sme.get("province") or "")
        short = _YN_SHORT[province][0] if province in _YN_SHORT else province  # Dali, Pu'er
        return template.format(h=_handle(str(sme.get("name") or "")),
                               n=_int(self.rng, 10_000_000, 99_999_999),
                               cc=code.lower().replace("yn", "cn"), ps=_slug(short) or "sme")

    # -- records ----------------------------------------------------------------------------------

    def service(self, sme: Mapping[str, Any], kind: str, on: date, outcome: str,
                journey: int | None = None) -> int:
        code = str(sme["country"])
        fee, paid, notes = self.fee(code, kind, on)
        self.out.services.append({
            "sme_id": sme["id"], "type": kind, "delivered_on": on.isoformat(),
            "staff": self.staff_of(code), "fee": fee, "currency": DEFAULT_CURRENCIES[code],
            "outcome": outcome, "workshop_id": None, "notes": notes, "paid": paid})
        index = len(self.out.services) - 1
        if journey is not None:
            self.journey_services.setdefault(journey, []).append(index)
        return index

    def presence(self, sme: Mapping[str, Any], kind: str, name: str, url: str | None,
                 on: date, service: int | None, abroad: float, status: str = "registered",
                 products: int | None = None, notes: str | None = None,
                 journey: int | None = None) -> int:
        self.out.presences.append({
            "sme_id": sme["id"], "kind": kind, "name": name, "url": url, "status": status,
            "status_on": on.isoformat(), "products": products,
            "service_id": None if service is None else f"{_SERVICE_REF}{service}",
            "notes": notes})
        index = len(self.out.presences) - 1
        self.timelines.append(_Timeline(sme, kind, [(on, status)], abroad, journey))
        flags = {"website": "uses_website", "social_media": "uses_social_media",
                 "portal": "uses_emarketplace", "emarketplace": "uses_emarketplace",
                 "eprocurement": "uses_eprocurement"}
        if not sme.get(flags[kind]):
            self.out.sme_changes.setdefault(str(sme["id"]), {})[flags[kind]] = True
        if kind == "website" and url and not sme.get("website"):
            self.out.sme_changes.setdefault(str(sme["id"]), {})["website"] = url
        return index

    def move(self, index: int, on: date, status: str, products: int | None = None) -> None:
        """A later status of a presence, if that day has come."""
        if on > self.today:
            return
        changes: dict[str, Any] = {"status": status, "status_on": on.isoformat()}
        if products is not None:
            changes["products"] = products
        self.out.presence_changes.append((index, changes))
        self.timelines[index].steps.append((on, status))

    def grow(self, sme: Mapping[str, Any], index: int, start: date, journey: int,
             content: float, shown: float, alone: float) -> date:
        """Content work, then products on show for some; a few pages go quiet. Returns the
        day the work so far ended."""
        rng = self.rng
        on = start
        if rng.random() < content:
            on = self.later(start, 7, 90)
            if on <= self.today:
                products = _int(rng, 3, 40)
                self.service(sme, "content", on, f"{products} product photos and descriptions.",
                             journey)
                if rng.random() < shown:
                    self.move(index, self.later(on, 1, 20), "displaying", products)
        elif rng.random() < alone:
            self.move(index, self.later(start, 14, 150), "displaying", _int(rng, 1, 25))
        if rng.random() < .1:
            self.move(index, self.later(on, 180, 420), "inactive")
        return on

    def extra(self, sme: Mapping[str, Any], kind: str, after: date, chance: float,
              journey: int) -> None:
        """A follow-up service (translation, online payment), if it is due by today."""
        rng = self.rng
        code = str(sme["country"])
        on = self.later(after, 10, 120)
        if rng.random() >= chance or on > self.today:
            return
        if kind == "translation":
            outcome = f"Product descriptions translated into {_ch(rng, _LANGUAGES[code])}."
        else:
            outcome = f"{_ch(rng, _PAYMENT_PROVIDERS[code])} set up for online orders."
            if not sme.get("uses_online_payment"):
                self.out.sme_changes.setdefault(str(sme["id"]), {})["uses_online_payment"] = True
        self.service(sme, kind, on, outcome, journey)

    def market(self, sme: Mapping[str, Any]) -> _Market | None:
        sector = _sector(sme)
        fitting = [m for m in _MARKETS[str(sme["country"])] if m[3] is None or sector in m[3]]
        if not fitting:
            return None
        return _pick(self.rng, fitting, _weighted([m[2] for m in fitting]))

    def abroad_share(self, sme: Mapping[str, Any], share: float) -> float:
        return min(.95, share * _ABROAD_SECTOR[_sector(sme)])

    # -- what the agency did -----------------------------------------------------------------

    def portal(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        rng = self.rng
        code = str(sme["country"])
        if rng.random() < .3:
            self.service(sme, "advice", start, _ch(rng, _ADVICE), journey)
            start = self.later(start, 7, 45)
            if start > self.today:
                return
        name, template = _ch(rng, _PORTALS[code])
        name = name.format(p=sme.get("province") or "Provincial")
        listing = self.service(sme, "listing", start, f"Company profile on the {name}.", journey)
        index = self.presence(sme, "portal", name, self.url(template, sme, code), start, listing,
                              self.abroad_share(sme, _ABROAD_KIND["portal"]), journey=journey)
        on = self.grow(sme, index, start, journey, content=.35, shown=.5, alone=.1)
        self.extra(sme, "translation", on, .25, journey)

    def marketplace(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        rng = self.rng
        market = self.market(sme)
        if market is None:  # none suits this business here: the agency's portal instead
            self.portal(sme, start, journey)
            return
        name, template, _, _, abroad = market
        if rng.random() < .25:
            self.service(sme, "training", start, _TRAININGS[2], journey)
            start = self.later(start, 7, 30)
            if start > self.today:
                return
        listing = self.service(sme, "listing", start, f"Shop opened on {name}.", journey)
        index = self.presence(sme, "emarketplace", name,
                              self.url(template, sme, str(sme["country"])), start, listing,
                              self.abroad_share(sme, abroad), journey=journey)
        on = self.grow(sme, index, start, journey, content=.45, shown=.8, alone=.35)
        self.extra(sme, "payment", on, _PAYMENT[str(sme["country"])], journey)

    def website(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        if sme.get("uses_website"):  # it has one: the agency's portal shows its products
            self.portal(sme, start, journey)
            return
        rng = self.rng
        code = str(sme["country"])
        url = self.url(f"https://www.{{h}}.{_TLDS[code][0]}", sme, code)
        made = self.service(sme, "website", start, f"Website online at {url}.", journey)
        shown = rng.random() < .6
        index = self.presence(
            sme, "website", "Own website", url, start, made,
            self.abroad_share(sme, _ABROAD_KIND["website"]),
            status="displaying" if shown else "registered",
            products=_int(rng, 5, 60) if shown else None, journey=journey)
        on = start if shown else self.grow(sme, index, start, journey, content=.3, shown=.9,
                                           alone=.25)
        self.extra(sme, "translation", on, .4, journey)
        self.extra(sme, "payment", on, _PAYMENT[code] / 2, journey)

    def social(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        rng = self.rng
        code = str(sme["country"])
        name, template, _ = _pick(rng, _SOCIAL[code], _weighted([s[2] for s in _SOCIAL[code]]))
        if rng.random() < .6:
            made = self.service(sme, "content", start, f"{name} set up with product posts.",
                                journey)
        else:
            made = self.service(sme, "advice", start, f"Advised on a {name} for the business.",
                                journey)
        shown = rng.random() < .5
        index = self.presence(
            sme, "social_media", name, self.url(template, sme, code), start, made,
            self.abroad_share(sme, _ABROAD_KIND["social_media"]),
            status="displaying" if shown else "registered",
            products=_int(rng, 5, 80) if shown else None, journey=journey)
        if not shown:
            self.grow(sme, index, start, journey, content=0, shown=0, alone=.3)

    def eprocurement(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        code = str(sme["country"])
        name, url = _EPROCUREMENT[code]
        made = self.service(sme, "advice", start, f"Helped register as a supplier on {name}.",
                            journey)
        index = self.presence(sme, "eprocurement", name, url or None, start, made, 0.0,
                              journey=journey)
        if self.rng.random() < .08:
            self.move(index, self.later(start, 200, 500), "inactive")

    def training(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        rng = self.rng
        code = str(sme["country"])
        held = [w for w in self.workshops.get(code, ())
                if self.first.isoformat() <= str(w["end_date"]) <= self.today.isoformat()]
        if held and rng.random() < .6:
            workshop = _ch(rng, held)
            start = date.fromisoformat(str(workshop["end_date"]))
            index = self.service(sme, "training", start, f"Attended {workshop['title']}.",
                                 journey)
            self.out.services[index]["workshop_id"] = workshop["id"]
        else:
            index = self.service(sme, "training", start, _ch(rng, _TRAININGS), journey)
        if rng.random() < .3:
            self.inquiry(sme, self.later(start, 10, 200), service=index)

    def advice(self, sme: Mapping[str, Any], start: date, journey: int) -> None:
        index = self.service(sme, "advice", start, _ch(self.rng, _ADVICE), journey)
        if self.rng.random() < .2:
            self.inquiry(sme, self.later(start, 10, 200), service=index)

    # -- what the registry knew and what came of it ----------------------------------------------

    def recorded(self, sme: Mapping[str, Any]) -> None:
        """The presences behind the ICT flags an SME registered with."""
        rng = self.rng
        code = str(sme["country"])
        on = self.day(self.first, self.first + timedelta(days=_WINDOW // 2))
        note = "Recorded when the SME registered."
        if sme.get("uses_website"):
            url = sme.get("website") or self.url(f"https://www.{{h}}.{_TLDS[code][0]}", sme, code)
            shown = rng.random() < .75
            self.presence(sme, "website", "Own website", url, on, None,
                          self.abroad_share(sme, _ABROAD_KIND["website"]),
                          status="displaying" if shown else "registered",
                          products=_int(rng, 5, 60) if shown else None, notes=note)
        if sme.get("uses_emarketplace"):
            market = self.market(sme) if rng.random() < .7 else None
            if market is not None:
                name, template, _, _, abroad = market
                kind, url = "emarketplace", self.url(template, sme, code)
            else:
                name, template = _PORTALS[code][0]
                kind, url, abroad = "portal", self.url(template, sme, code), _ABROAD_KIND["portal"]
            shown = rng.random() < .65
            self.presence(sme, kind, name, url, on, None, self.abroad_share(sme, abroad),
                          status="displaying" if shown else "registered",
                          products=_int(rng, 3, 120) if shown else None, notes=note)
        if sme.get("uses_social_media") and rng.random() < .3:
            name, template, _ = _pick(rng, _SOCIAL[code], _weighted([s[2] for s in _SOCIAL[code]]))
            self.presence(sme, "social_media", name, self.url(template, sme, code), on, None,
                          self.abroad_share(sme, _ABROAD_KIND["social_media"]),
                          status="displaying", products=_int(rng, 5, 80), notes=note)

    def plan_sme(self, sme: Mapping[str, Any]) -> None:
        rng = self.rng
        code = str(sme["country"])
        first_presence = len(self.timelines)
        self.recorded(sme)
        employees = int(sme.get("employees_total") or 1)
        chance = _CLIENTS[code] * (.7 if employees < 5 else 1.25 if employees >= 20 else 1.0)
        if rng.random() < chance:
            cum = _weighted(_JOURNEY_WEIGHTS[code])
            start = self.day(self.first, self.today - timedelta(days=7))
            if rng.random() < .08:  # a buyer who called before the agency helped
                self.inquiry(sme, start - timedelta(days=_int(rng, 1, 90)))
            kinds = [_pick(rng, _JOURNEYS, cum)]
            if rng.random() < .25:
                kinds.append(_pick(rng, _JOURNEYS, cum))
            for kind in dict.fromkeys(kinds):
                if start > self.today:
                    break
                self.journeys += 1
                getattr(self, kind)(sme, start, self.journeys)
                start = self.later(start, 30, 240)
        for index in range(first_presence, len(self.timelines)):
            self.inquiries_through(index)

    def inquiries_through(self, index: int) -> None:
        rng = self.rng
        sme, kind, steps, abroad, journey = self.timelines[index]
        busy = _INQUIRY_SECTOR[_sector(sme)] * (1.0 if journey is not None else .5)
        left = 30
        for position, (since, status) in enumerate(steps):
            until = steps[position + 1][0] if position + 1 < len(steps) else self.today
            rate = _INQUIRY_RATE[kind].get(status, 0.0) * busy
            for _ in range(min(left, _poisson(rng, rate * (until - since).days / 365))):
                self.inquiry(sme, self.day(since, until), index, abroad)
                left -= 1
            if status == "displaying" and kind != "social_media" and rng.random() < .04:
                # Products on show, and a burst of foreign buyers within days.
                last = min(until, since + timedelta(days=14))
                for _ in range(min(left, _int(rng, 5, 11))):
                    self.inquiry(sme, self.day(since, last), index, 1.0)
                    left -= 1

    def inquiry(self, sme: Mapping[str, Any], on: date, presence: int | None = None,
                abroad: float = .1, service: int | None = None) -> None:
        if not self.first <= on <= self.today:
            return
        rng = self.rng
        code = str(sme["country"])
        foreign = rng.random() < abroad
        origin = _pick(rng, *self.abroad[code]) if foreign else code
        if origin == "YN":  # "YN" is the programme's economy; the country is China (ISO CN)
            origin = "CN"
        kind = self.timelines[presence].kind if presence is not None else None
        if kind is not None:
            channel = _pick(rng, *_CHANNELS[kind])
            if foreign and channel == "phone":  # buyers abroad write
                channel = "social_media" if kind == "social_media" else "email"
            journey = self.timelines[presence].journey if presence is not None else None
            if service is None and journey is not None:
                service = self.through(journey, on)
        else:
            channel = _pick(rng, ("phone", "email", "fax", "other"), (50, 80, 90, 100))
        outcome, value, currency = self.outcome(sme, on, origin, kind)
        self.out.inquiries.append({
            "sme_id": sme["id"], "received_on": on.isoformat(), "from_country": origin,
            "channel": channel, "notes": self.note(sme, origin, kind) if rng.random() < .75
            else None,
            "service_id": None if service is None else f"{_SERVICE_REF}{service}",
            "presence_id": None if presence is None else f"{_PRESENCE_REF}{presence}",
            "outcome": outcome, "order_value": value, "currency": currency,
            "staff": self.staff_of(code) if rng.random() < .7 else None})

    def through(self, journey: int, on: date) -> int | None:
        """The latest service of a piece of work delivered by `on`: what brought the buyer."""
        day = on.isoformat()
        done = [i for i in self.journey_services.get(journey, ())
                if self.out.services[i]["delivered_on"] <= day]
        return max(done, key=lambda i: self.out.services[i]["delivered_on"]) if done else None

    def outcome(self, sme: Mapping[str, Any], on: date, origin: str, kind: str | None
                ) -> tuple[str, float | None, str | None]:
        rng = self.rng
        code = str(sme["country"])
        foreign = origin not in (code, "CN")  # China is home to a Yunnan SME
        age = (self.today - on).days
        if age < 21:
            return ("in_discussion" if rng.random() < .7 else "no_reply"), None, None
        # Many inquiries are never answered; the rest are won, lost or still being discussed.
        ordered = .4 if kind == "emarketplace" and not foreign else .15 if foreign else .25
        roll = rng.random()
        if roll >= ordered:
            if roll < ordered + .3:
                return "no_reply", None, None
            if roll < ordered + .5 or age >= 150:
                return "lost", None, None
            return "in_discussion", None, None
        if foreign:
            dollars = rng.lognormvariate(math.log(2500), 1.0)
            currency = "USD"
            roll = rng.random()
            if origin == "JP" and roll < .4:
                currency = "JPY"
            elif origin in ("DE", "FR", "IT", "NL") and roll < .6:
                currency = "EUR"
            elif origin == "CN" and roll < .5:
                currency = "CNY"
            elif origin == "KR" and roll < .2:
                currency = "KRW"
        else:
            median = 25 if kind == "emarketplace" else 5000 if kind == "eprocurement" else 300
            dollars = rng.lognormvariate(math.log(median), .9)
            currency = DEFAULT_CURRENCIES[code]
        return "order", _amount(dollars * _PER_USD[currency], currency), currency

    def note(self, sme: Mapping[str, Any], origin: str, kind: str | None) -> str:
        rng = self.rng
        sector = _sector(sme)
        want = _ch(rng, _WANTS[sector])
        if origin == "JP" and sector in ("handicrafts", "manufacturing") and rng.random() < .5:
            want = "hand-woven silk" if sector == "handicrafts" else "timber"
        if kind == "eprocurement":
            return f"Invitation to bid: supply of {want}."
        ask = _ch(rng, _SERVICE_ASKS if sector in _SERVICE_SECTORS else _ASKS).format(w=want)
        if origin not in (sme["country"], "CN"):
            who = {"tourism": "A travel agency", "it_outsourcing": "A company"}.get(
                sector, "An importer")
            return f"{who} in {_COUNTRY_NAMES[origin]} {ask}."
        who = {"tourism": "A customer", "it_outsourcing": "A company"}.get(sector, "A buyer")
        return f"{who} in {sme.get('province') or 'the province'} {ask}."

    # -- awareness events ------------------------------------------------------------------------

    def plan_events(self, smes: Sequence[Mapping[str, Any]], count: int) -> None:
        rng = self.rng
        places: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for sme in smes:
            if sme.get("province"):
                places.setdefault((str(sme["country"]), str(sme["province"])), []).append(sme)
        if not places or count <= 0:
            return
        online = {str(t.sme["id"]) for t in self.timelines}
        keys = tuple(places)
        cum = _weighted([len(places[k]) ** .7 for k in keys])  # small provinces get some too
        for _ in range(count):
            code, province = _pick(rng, keys, cum)
            kind = _pick(rng, _EVENT_KINDS, _EVENT_CUM)
            held = self.day(self.first, self.today + timedelta(days=60))
            people = places[(code, province)]
            shown = [s for s in people if str(s["id"]) in online] or list(people)
            linked: list[str] = []
            if rng.random() < .7:
                for _ in range(_int(rng, 1, 7)):
                    sme_id = str(_ch(rng, shown)["id"])
                    if sme_id not in linked:
                        linked.append(sme_id)
            event = self.event(code, province, kind, held, str(_ch(rng, people).get("district")
                                                                or province))
            event["sme_ids"] = linked
            self.out.events.append(event)

    def event(self, code: str, province: str, kind: str, held: date, district: str
              ) -> dict[str, Any]:
        rng = self.rng
        portal = _PORTALS[code][0][0]
        national = kind == "consultation" and rng.random() < .25
        title = (f"National consultation on e-business services for SMEs, {province}"
                 if national else _ch(rng, _EVENT_TITLES[kind]).format(p=province, portal=portal))
        days = {"road_show": (2, 5), "consultation": (0, 1), "media_campaign": (14, 60),
                "other": (1, 4)}.get(kind)
        organiser = _ch(rng, _ORGANISERS[code]).format(p=province)
        if rng.random() < .25:
            organiser += " with UN ESCAP"
        event: dict[str, Any] = {
            "kind": kind, "title": title, "held_on": held.isoformat(),
            "end_on": self.later(held, *days).isoformat() if days else None,
            "country": code, "province": province,
            "venue": _ch(rng, _VENUES[kind]).format(p=province, d=district),
            "organiser": organiser,
            "audience_female": None, "audience_male": None, "audience_other": None,
            "organisations": None, "media_reach": None,
            "notes": _ch(rng, _EVENT_NOTES[kind]) if rng.random() < .4 else None}
        if held > self.today:  # planned: nobody counted yet
            return event
        low, high, per_organisation = _AUDIENCE[kind]
        total = _int(rng, 200, 321) if national else _int(rng, low, high + 1)
        other = round(total * rng.uniform(0, .03)) if rng.random() < .2 else 0
        female = round((total - other) * min(.7, max(.3, rng.gauss(.5, .08))))
        reach_low, reach_high = _REACH[kind]
        reach = math.exp(rng.uniform(math.log(reach_low), math.log(reach_high)))
        event.update(
            audience_female=female, audience_male=total - other - female, audience_other=other,
            organisations=max(1, round(total / per_organisation * rng.uniform(.7, 1.3))),
            media_reach=(None if kind != "media_campaign" and rng.random() < .15
                         else int(round(reach, -2))))
        return event


def _sector(sme: Mapping[str, Any]) -> str:
    sector = sme.get("sector")
    return sector if isinstance(sector, str) and sector in _WANTS else "other"


def plan_activity(smes: Sequence[Mapping[str, Any]], seed: int = 0, today: date | None = None,
                  events: int | None = None, workshops: Sequence[Mapping[str, Any]] = ()
                  ) -> DemoActivity:
    """E-business activity for registered SMEs over the last ~2.7 years, as the agency would have
    recorded it: services with fees, online presences with their status, inquiries, awareness
    events. `smes` are mappings with at least `id` and `country` (plus name, province, district,
    sector, employees_total, website and the ICT flags, read when there); SMEs of no known
    economy are left out. `events` is how many awareness events (default: one per 30 SMEs);
    training services may point at `workshops` that were held (id, title, country, end_date,
    status). Deterministic per seed and `today`."""
    planner = _Planner(seed, today or date.today(), workshops)
    usable = [s for s in smes if s.get("id") and s.get("country") in _PRICE_LEVEL]
    for sme in usable:
        planner.plan_sme(sme)
    if events is None:
        economies = len({s["country"] for s in usable})
        events = max(economies, round(len(usable) / 30)) if usable else 0
    planner.plan_events(usable, events)
    return planner.out


def write_activity(db: Any, plan: DemoActivity) -> dict[str, int]:
    """Write a plan to `db` (a gmsdesk Database) through the one write path of synced records,
    each record cleaned by its declaration first, in one transaction. Returns counts."""
    from gmsdesk.records import catalog
    from gmsdesk.records.types import RecordType
    from gmsdesk.storage.records import RecordWriter

    specs = db.sync.specs()
    writer = RecordWriter(db)
    ids: dict[str, str] = {}

    def clean(record_type: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
        resolved = {k: ids[v] if k in ("service_id", "presence_id") and v in ids else v
                    for k, v in values.items()}
        out, errors = record_type.clean(resolved)
        if errors:
            raise ValueError(f"demo {record_type.table} not valid: {errors}")
        return out

    def insert(record_type: RecordType, values: Mapping[str, Any]) -> str:
        changes = writer.insert(specs[record_type.table], clean(record_type, values))
        return str(changes[0].record_id)

    with db.atomic():
        for i, values in enumerate(plan.services):
            ids[f"{_SERVICE_REF}{i}"] = insert(catalog.SERVICES, values)
        for i, values in enumerate(plan.presences):
            ids[f"{_PRESENCE_REF}{i}"] = insert(catalog.PRESENCES, values)
        for index, changes in plan.presence_changes:
            writer.update(specs["presences"], ids[f"{_PRESENCE_REF}{index}"],
                          clean(catalog.PRESENCES, changes))
        for sme_id, changes in plan.sme_changes.items():
            writer.update(db.smes.spec, sme_id, clean(catalog.SMES, changes))
        for values in plan.inquiries:
            insert(catalog.INQUIRIES, values)
        for values in plan.events:
            insert(catalog.EVENTS, values)
    return {"services": len(plan.services), "presences": len(plan.presences),
            "inquiries": len(plan.inquiries), "events": len(plan.events),
            "smes_updated": len(plan.sme_changes)}


def generate_activity(db: Any, seed: int = 0, today: date | None = None,
                      events: int | None = None, demo_only: bool = False) -> dict[str, int]:
    """Services, online presences, inquiries and awareness events in `db` (a gmsdesk Database)
    for its SMEs that an earlier call did not see, that have none yet and that this computer
    may change; the ICT flags of an SME follow the presences it gets. Deterministic per seed and
    `today` for the same SMEs, apart from record ids. Returns counts per kind of record.
    `demo_only`: only for SMEs the demo made (see `marked`), so that no SME a person entered is
    changed."""
    seen = int(db.meta(_ACTIVITY_MARK, "0") or 0)
    busy: set[str] = set()
    for table in ("services", "presences", "inquiries"):
        busy.update(r[0] for r in db.conn.execute(f"SELECT DISTINCT sme_id FROM {table}"))
    rows = db.conn.execute(
        "SELECT rowid, id, agency_id, created_by, name, country, province, district, sector, "
        "employees_total, website, uses_website, uses_social_media, uses_emarketplace, "
        "uses_online_payment, uses_eprocurement FROM smes WHERE deleted = 0 AND rowid > ? "
        "ORDER BY rowid", (seen,)).fetchall()
    smes = [dict(r) for r in rows if r["id"] not in busy and db.may_write(r["agency_id"])
            and (not demo_only or r["created_by"] == DEMO_USER)]
    for sme in smes:
        del sme["created_by"]
    workshops = [dict(r) for r in db.conn.execute(
        "SELECT id, title, country, end_date, status FROM workshops WHERE deleted = 0 "
        "ORDER BY start_date, title")]
    plan = plan_activity(smes, seed=seed, today=today, events=events, workshops=workshops)
    with db.atomic():
        counts = write_activity(db, plan)
        if rows:  # the SMEs looked at, so a second call does not make clients of the rest
            db.set_meta(_ACTIVITY_MARK, str(rows[-1]["rowid"]))
    return counts


# -- demo data on a person's computer: marked, never sent, removed in one go ----------------------

# How many SMEs and workshops `add_demo_*` made per seed: a second run continues the seed's
# sequence instead of making the same ones again.
_MADE = "demo_made"
DEMO_SMES = 1000  # what `gmsdesk demo` adds to a database that has no SMEs yet
_REMOVE_CHUNK = 500  # records tombstoned per transaction: a sync elsewhere waits no longer


@contextmanager
def marked(db: Any) -> Iterator[None]:
    """What is written inside is demo data: written by `DEMO_USER`, then noted as demo and set
    aside from the outbox, so that it is never sent to headquarters (see
    `gmsdesk.sync.local_only`). The generators alone make ordinary records, for tests and
    benchmarks that sync them."""
    user = db.user
    db.user = DEMO_USER
    try:
        yield
    finally:
        db.user = user
        # Also after an interruption: what was committed is demo data all the same.
        local_only.collect_made(db)
        local_only.set_aside(db)


def _made(db: Any) -> dict[str, int]:
    raw = db.meta(_MADE)
    held = json.loads(raw) if raw else {}
    return {str(k): int(v) for k, v in held.items()} if isinstance(held, dict) else {}


def _count_made(db: Any, key: str, count: int) -> None:
    with db.atomic():
        made = _made(db)
        made[key] = made.get(key, 0) + count
        db.set_meta(_MADE, json.dumps(made, sort_keys=True))


def add_demo_smes(db: Any, count: int | None = None, seed: int = 0,
                  progress: Any = None) -> int:
    """Add `count` demo SMEs, continuing the seed's sequence past those made before (so no
    SME is made twice); None: DEMO_SMES when the database has no SMEs, else none (the SMEs
    there are used). Call inside `marked`. Returns how many were added."""
    from itertools import islice

    if count is None:
        count = DEMO_SMES if db.smes.count() == 0 else 0
    if count <= 0:
        return 0
    key = f"smes:{seed}"
    before = _made(db).get(key, 0)
    fresh = islice(generate_smes(before + count, seed=seed), before, None)
    created = int(db.smes.create_many(fresh, progress=progress))
    _count_made(db, key, created)
    return created


def add_demo_workshops(db: Any, count: int, participants: int = 30, seed: int = 0,
                       progress: Any = None) -> list[str]:
    """Add `count` demo workshops, with people of the SMEs already there (more are made only
    where an economy has too few), each unlike those made before with this seed. Call inside
    `marked`. Returns their ids."""
    key = f"workshops:{seed}"
    before = _made(db).get(key, 0)
    made: list[str] = []
    for i in range(max(0, count)):
        made.append(generate_workshop(db, participants=max(0, participants),
                                      seed=seed * 1000 + before + i))
        _count_made(db, key, 1)
        if progress and not progress(i + 1, count):
            break
    return made


def remove_demo(db: Any, progress: Any = None) -> tuple[Any, ...]:
    """Delete every demo record on this computer, through the one write path of records (as
    if a person deleted each), and set the deletions aside: headquarters never had them.
    Records a person entered are kept, even one that refers to a demo record. `progress(done,
    total)` returning False stops after the current chunk. Returns the Changes."""
    from gmsdesk.services.backups import backup_before
    from gmsdesk.storage.errors import NotFound, ReadOnlyRecord
    from gmsdesk.storage.records import RecordWriter

    specs = db.sync.specs()
    writer = RecordWriter(db)
    live = local_only.demo_records(db).live
    todo = [(table, record_id) for table, ids in live.items() for record_id in ids]
    if todo:
        backup_before(db, "bulk-delete")  # many records go at once: a copy to go back to
    changes: list[Any] = []
    for start in range(0, len(todo), _REMOVE_CHUNK):
        chunk = todo[start:start + _REMOVE_CHUNK]
        with db.atomic():
            for table, record_id in chunk:
                spec = specs.get(table)
                if spec is None:
                    continue
                # Gone already, or no longer this computer's to change: left as it is.
                with suppress(NotFound, ReadOnlyRecord):
                    changes.extend(writer.set_deleted(spec, record_id, True))
            local_only.note_removed(db, chunk)
        if progress and not progress(start + len(chunk), len(todo)):
            break
    local_only.set_aside(db)
    return tuple(changes)
