"""The printed wording of certificates, attendance sheets and survey summaries, per language.

PDFs are made outside Qt (and often in a language other than the UI's), so their wording lives
here rather than in the Qt `.ts` files. Dates follow each language's custom: Thai uses the
Buddhist era (พ.ศ.), Khmer and Burmese use their own digits.
"""

from __future__ import annotations

import datetime as dt

LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")

_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "cert_title": "Certificate of Completion",
        "certify": "This is to certify that",
        "of_sme": "of {sme}",
        "completed": "has completed the workshop",
        "track_basic": "Basic e-business modules",
        "track_advanced": "Advanced e-business modules",
        "partner": "in partnership with {partner}",
        "modules": "Modules covered",
        "cert_no": "Certificate No.",
        "issued_on": "Issued on",
        "trainer": "Trainer",
        "for_agency": "On behalf of the agency",
        "attendance": "Attendance sheet",
        "workshop": "Workshop",
        "day": "Day",
        "venue": "Venue",
        "trainers": "Trainers",
        "col_no": "No.",
        "col_name": "Name",
        "col_sme": "SME",
        "col_role": "Role",
        "col_phone": "Phone",
        "col_signature": "Signature",
        "page": "Page {n} of {m}",
        "total": "Total responses: {n}",
        "answered": "{n} answered",
        "mean": "Mean",
        "median": "Median",
        "min": "Min",
        "max": "Max",
        "samples": "Sample answers",
        "no_answers": "No answers yet",
        "generated": "Generated on {date}",
    },
    "km": {
        "cert_title": "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា",
        "certify": "សូមបញ្ជាក់ថា",
        "of_sme": "មកពី {sme}",
        "completed": "បានបញ្ចប់វគ្គសិក្ខាសាលា",
        "track_basic": "មេរៀនមូលដ្ឋានស្ដីពីអាជីវកម្មអេឡិចត្រូនិក",
        "track_advanced": "មេរៀនកម្រិតខ្ពស់ស្ដីពីអាជីវកម្មអេឡិចត្រូនិក",
        "partner": "សហការជាមួយ {partner}",
        "modules": "មេរៀនដែលបានសិក្សា",
        "cert_no": "លេខវិញ្ញាបនបត្រ",
        "issued_on": "ចេញឱ្យនៅថ្ងៃ",
        "trainer": "គ្រូបណ្ដុះបណ្ដាល",
        "for_agency": "តំណាងស្ថាប័ន",
        "attendance": "បញ្ជីវត្តមាន",
        "workshop": "សិក្ខាសាលា",
        "day": "ថ្ងៃ",
        "venue": "ទីកន្លែង",
        "trainers": "គ្រូបណ្ដុះបណ្ដាល",
        "col_no": "ល.រ",
        "col_name": "ឈ្មោះ",
        "col_sme": "សហគ្រាស",
        "col_role": "តួនាទី",
        "col_phone": "ទូរស័ព្ទ",
        "col_signature": "ហត្ថលេខា",
        "page": "ទំព័រ {n} នៃ {m}",
        "total": "ចំនួនចម្លើយសរុប៖ {n}",
        "answered": "មាន {n} នាក់ឆ្លើយ",
        "mean": "មធ្យម",
        "median": "មេដ្យាន",
        "min": "អប្បបរមា",
        "max": "អតិបរមា",
        "samples": "ឧទាហរណ៍ចម្លើយ",
        "no_answers": "មិនទាន់មានចម្លើយ",
        "generated": "បង្កើតនៅ {date}",
    },
    "lo": {
        "cert_title": "ໃບຢັ້ງຢືນການສຳເລັດການຝຶກອົບຮົມ",
        "certify": "ຂໍຢັ້ງຢືນວ່າ",
        "of_sme": "ຈາກ {sme}",
        "completed": "ໄດ້ສຳເລັດການຝຶກອົບຮົມ",
        "track_basic": "ບົດຮຽນພື້ນຖານດ້ານທຸລະກິດເອເລັກໂຕຣນິກ",
        "track_advanced": "ບົດຮຽນຂັ້ນສູງດ້ານທຸລະກິດເອເລັກໂຕຣນິກ",
        "partner": "ຮ່ວມມືກັບ {partner}",
        "modules": "ບົດຮຽນທີ່ໄດ້ຮຽນ",
        "cert_no": "ເລກທີໃບຢັ້ງຢືນ",
        "issued_on": "ອອກໃຫ້ວັນທີ",
        "trainer": "ຄູຝຶກ",
        "for_agency": "ຕາງໜ້າອົງການ",
        "attendance": "ໃບລົງຊື່ເຂົ້າຮ່ວມ",
        "workshop": "ການຝຶກອົບຮົມ",
        "day": "ວັນທີ",
        "venue": "ສະຖານທີ່",
        "trainers": "ຄູຝຶກ",
        "col_no": "ລ/ດ",
        "col_name": "ຊື່ ແລະ ນາມສະກຸນ",
        "col_sme": "ວິສາຫະກິດ",
        "col_role": "ຕຳແໜ່ງ",
        "col_phone": "ເບີໂທ",
        "col_signature": "ລາຍເຊັນ",
        "page": "ໜ້າ {n} ຈາກ {m}",
        "total": "ຈຳນວນຄຳຕອບທັງໝົດ: {n}",
        "answered": "ຕອບ {n} ຄົນ",
        "mean": "ສະເລ່ຍ",
        "median": "ຄ່າກາງ",
        "min": "ຕ່ຳສຸດ",
        "max": "ສູງສຸດ",
        "samples": "ຕົວຢ່າງຄຳຕອບ",
        "no_answers": "ຍັງບໍ່ມີຄຳຕອບ",
        "generated": "ສ້າງວັນທີ {date}",
    },
    "my": {
        "cert_title": "သင်တန်းဆင်းလက်မှတ်",
        "certify": "အောက်ပါပုဂ္ဂိုလ်သည်",
        "of_sme": "{sme} မှ",
        "completed": "အောက်ပါသင်တန်းကို အောင်မြင်စွာ တက်ရောက်ပြီးဆုံးကြောင်း အသိအမှတ်ပြုပါသည်",
        "track_basic": "အခြေခံ အီလက်ထရောနစ်စီးပွားရေး သင်ခန်းစာများ",
        "track_advanced": "အဆင့်မြင့် အီလက်ထရောနစ်စီးပွားရေး သင်ခန်းစာများ",
        "partner": "{partner} နှင့် ပူးပေါင်း၍",
        "modules": "သင်ကြားခဲ့သော သင်ခန်းစာများ",
        "cert_no": "လက်မှတ်အမှတ်",
        "issued_on": "ထုတ်ပေးသည့်ရက်",
        "trainer": "သင်တန်းဆရာ",
        "for_agency": "အဖွဲ့အစည်းကိုယ်စား",
        "attendance": "တက်ရောက်သူစာရင်း",
        "workshop": "သင်တန်း",
        "day": "နေ့",
        "venue": "နေရာ",
        "trainers": "သင်တန်းဆရာများ",
        "col_no": "စဉ်",
        "col_name": "အမည်",
        "col_sme": "လုပ်ငန်း",
        "col_role": "ရာထူး",
        "col_phone": "ဖုန်း",
        "col_signature": "လက်မှတ်",
        "page": "စာမျက်နှာ {n} / {m}",
        "total": "ဖြေဆိုမှု စုစုပေါင်း {n}",
        "answered": "ဖြေဆိုသူ {n}",
        "mean": "ပျမ်းမျှ",
        "median": "အလယ်ကိန်း",
        "min": "အနည်းဆုံး",
        "max": "အများဆုံး",
        "samples": "နမူနာအဖြေများ",
        "no_answers": "အဖြေ မရှိသေးပါ",
        "generated": "ထုတ်သည့်ရက် {date}",
    },
    "th": {
        "cert_title": "ประกาศนียบัตรผ่านการอบรม",
        "certify": "ประกาศนียบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า",
        "of_sme": "จาก {sme}",
        "completed": "ได้ผ่านการอบรมเชิงปฏิบัติการ",
        "track_basic": "หลักสูตรธุรกิจอิเล็กทรอนิกส์ระดับพื้นฐาน",
        "track_advanced": "หลักสูตรธุรกิจอิเล็กทรอนิกส์ระดับสูง",
        "partner": "ร่วมกับ {partner}",
        "modules": "หัวข้อการอบรม",
        "cert_no": "เลขที่ประกาศนียบัตร",
        "issued_on": "ให้ไว้ ณ วันที่",
        "trainer": "วิทยากร",
        "for_agency": "ในนามหน่วยงาน",
        "attendance": "ใบลงชื่อเข้าร่วมการอบรม",
        "workshop": "การอบรม",
        "day": "วันที่",
        "venue": "สถานที่",
        "trainers": "วิทยากร",
        "col_no": "ลำดับ",
        "col_name": "ชื่อ-นามสกุล",
        "col_sme": "สถานประกอบการ",
        "col_role": "ตำแหน่ง",
        "col_phone": "โทรศัพท์",
        "col_signature": "ลายมือชื่อ",
        "page": "หน้า {n} จาก {m}",
        "total": "จำนวนผู้ตอบทั้งหมด {n} คน",
        "answered": "ตอบ {n} คน",
        "mean": "ค่าเฉลี่ย",
        "median": "มัธยฐาน",
        "min": "ต่ำสุด",
        "max": "สูงสุด",
        "samples": "ตัวอย่างคำตอบ",
        "no_answers": "ยังไม่มีคำตอบ",
        "generated": "จัดทำเมื่อ {date}",
    },
    "vi": {
        "cert_title": "Giấy chứng nhận hoàn thành",
        "certify": "Chứng nhận",
        "of_sme": "Đơn vị: {sme}",
        "completed": "đã hoàn thành khóa tập huấn",
        "track_basic": "Các học phần kinh doanh điện tử cơ bản",
        "track_advanced": "Các học phần kinh doanh điện tử nâng cao",
        "partner": "phối hợp với {partner}",
        "modules": "Các học phần đã học",
        "cert_no": "Số chứng nhận",
        "issued_on": "Cấp ngày",
        "trainer": "Giảng viên",
        "for_agency": "Đại diện cơ quan",
        "attendance": "Danh sách điểm danh",
        "workshop": "Khóa tập huấn",
        "day": "Ngày",
        "venue": "Địa điểm",
        "trainers": "Giảng viên",
        "col_no": "STT",
        "col_name": "Họ và tên",
        "col_sme": "Doanh nghiệp",
        "col_role": "Chức vụ",
        "col_phone": "Điện thoại",
        "col_signature": "Chữ ký",
        "page": "Trang {n}/{m}",
        "total": "Tổng số phiếu trả lời: {n}",
        "answered": "{n} người trả lời",
        "mean": "Trung bình",
        "median": "Trung vị",
        "min": "Nhỏ nhất",
        "max": "Lớn nhất",
        "samples": "Một số câu trả lời",
        "no_answers": "Chưa có câu trả lời",
        "generated": "Lập ngày {date}",
    },
    "zh_CN": {
        "cert_title": "结业证书",
        "certify": "兹证明",
        "of_sme": "单位：{sme}",
        "completed": "已完成以下培训班的学习",
        "track_basic": "电子商务基础模块",
        "track_advanced": "电子商务高级模块",
        "partner": "合作单位：{partner}",
        "modules": "所学模块",
        "cert_no": "证书编号",
        "issued_on": "颁发日期",
        "trainer": "培训讲师",
        "for_agency": "机构代表",
        "attendance": "签到表",
        "workshop": "培训班",
        "day": "日期",
        "venue": "地点",
        "trainers": "讲师",
        "col_no": "序号",
        "col_name": "姓名",
        "col_sme": "企业",
        "col_role": "职务",
        "col_phone": "电话",
        "col_signature": "签名",
        "page": "第 {n} 页，共 {m} 页",
        "total": "答卷总数：{n}",
        "answered": "{n} 人作答",
        "mean": "平均值",
        "median": "中位数",
        "min": "最小值",
        "max": "最大值",
        "samples": "部分回答",
        "no_answers": "暂无回答",
        "generated": "生成日期：{date}",
    },
}

_COUNTRIES: dict[str, dict[str, str]] = {
    "en": {"KH": "Cambodia", "LA": "Lao PDR", "MM": "Myanmar", "TH": "Thailand",
           "VN": "Viet Nam", "YN": "Yunnan, China"},
    "km": {"KH": "កម្ពុជា", "LA": "ឡាវ", "MM": "មីយ៉ាន់ម៉ា", "TH": "ថៃ", "VN": "វៀតណាម",
           "YN": "យូណាន ប្រទេសចិន"},
    "lo": {"KH": "ກຳປູເຈຍ", "LA": "ສປປ ລາວ", "MM": "ມຽນມາ", "TH": "ໄທ", "VN": "ຫວຽດນາມ",
           "YN": "ຢູນນານ ຈີນ"},
    "my": {"KH": "ကမ္ဘောဒီးယား", "LA": "လာအို", "MM": "မြန်မာ", "TH": "ထိုင်း", "VN": "ဗီယက်နမ်",
           "YN": "ယူနန်၊ တရုတ်"},
    "th": {"KH": "กัมพูชา", "LA": "สปป. ลาว", "MM": "เมียนมา", "TH": "ประเทศไทย",
           "VN": "เวียดนาม", "YN": "ยูนนาน จีน"},
    "vi": {"KH": "Campuchia", "LA": "Lào", "MM": "Myanmar", "TH": "Thái Lan", "VN": "Việt Nam",
           "YN": "Vân Nam, Trung Quốc"},
    "zh_CN": {"KH": "柬埔寨", "LA": "老挝", "MM": "缅甸", "TH": "泰国", "VN": "越南",
              "YN": "中国云南"},
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "km": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
           "តុលា", "វិច្ឆិកា", "ធ្នូ"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
           "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    "my": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
           "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}

_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_MYANMAR_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def lang_or_default(lang: str) -> str:
    """`lang` if we have its wording (also accepts "zh" / "zh-CN"), else English."""
    if lang in _STRINGS:
        return lang
    if lang.replace("-", "_").lower().startswith("zh"):
        return "zh_CN"
    return "en"


def t(lang: str, key: str, **values: object) -> str:
    """The printed wording `key` in `lang`, with `{placeholders}` filled in."""
    text = _STRINGS[lang_or_default(lang)].get(key) or _STRINGS["en"][key]
    return text.format(**values) if values else text


def country(lang: str, code: str | None) -> str:
    if not code:
        return ""
    return _COUNTRIES[lang_or_default(lang)].get(code.upper(), code)


def local_digits(lang: str, text: str) -> str:
    """Khmer and Burmese documents write numbers in their own digits."""
    lang = lang_or_default(lang)
    if lang == "km":
        return text.translate(_KHMER_DIGITS)
    if lang == "my":
        return text.translate(_MYANMAR_DIGITS)
    return text


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp); None if empty or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def format_date(lang: str, value: str | dt.date | None) -> str:
    """A date as printed in `lang`; an unreadable value is printed as given."""
    day = value if isinstance(value, dt.date) else parse_date(value)
    if day is None:
        return value if isinstance(value, str) else ""
    lang = lang_or_default(lang)
    d, m, y = day.day, day.month, day.year
    if lang == "zh_CN":
        return f"{y}年{m}月{d}日"
    if lang == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    if lang == "th":
        return f"{d} {_MONTHS['th'][m - 1]} พ.ศ. {y + 543}"
    if lang == "km":
        return local_digits(lang, f"ថ្ងៃទី{d} ខែ{_MONTHS['km'][m - 1]} ឆ្នាំ{y}")
    if lang == "lo":
        return f"{d} {_MONTHS['lo'][m - 1]} {y}"
    if lang == "my":
        return local_digits(lang, f"{y} ခုနှစ် {_MONTHS['my'][m - 1]}လ {d} ရက်")
    return f"{d} {_MONTHS['en'][m - 1]} {y}"


def format_date_range(lang: str, start: str | None, end: str | None) -> str:
    """"3 March 2026 – 5 March 2026", or one date when both are the same or one is missing."""
    first, last = format_date(lang, start), format_date(lang, end)
    if not first or not last or first == last:
        return first or last
    return f"{first} – {last}"
