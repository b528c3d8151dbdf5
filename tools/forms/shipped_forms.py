"""The two forms GMS Desk ships in resources/forms/: an e-business needs assessment of SMEs and a
workshop evaluation, every label, hint, choice and message in the seven languages of the app.

Terms follow the app's own translations (translations/*.ts) and seed data (sectors, training
modules), so a form reads like the screens around it. Each form has a fill sidecar in
tests/data/forms/shipped/ that the corpus test runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from build_forms import ROOT, Spec, Table
from fill import choices, error, fill, put, relevant, value

SPECS: list[Spec] = []

LANGUAGES = ["English (en)", "Khmer (km)", "Lao (lo)", "Burmese (my)", "Thai (th)",
             "Vietnamese (vi)", "Chinese (zh)"]
CODES = ["en", "km", "lo", "my", "th", "vi", "zh_CN"]
DEFAULT_LANGUAGE = "English (en)"

Tr = tuple[str, str, str, str, str, str, str]


def tr(en: str, km: str, lo: str, my: str, th: str, vi: str, zh: str) -> Tr:
    """One text in en, km, lo, my, th, vi, zh_CN (the order of LANGUAGES)."""
    return (en, km, lo, my, th, vi, zh)


def cols(column: str) -> list[str]:
    return [f"{column}::{language}" for language in LANGUAGES]


# -- texts shared by both forms ------------------------------------------------------------------

REQUIRED = tr(
    "Please answer this question.",
    "សូមឆ្លើយសំណួរនេះ។",
    "ກະລຸນາຕອບຄຳຖາມນີ້.",
    "ဤမေးခွန်းကို ဖြေဆိုပါ။",
    "กรุณาตอบคำถามนี้",
    "Vui lòng trả lời câu hỏi này.",
    "请回答此问题。",
)
CHOOSE_ONE_OR_MORE = tr(
    "Please choose at least one answer.",
    "សូមជ្រើសរើសយ៉ាងហោចណាស់ចម្លើយមួយ។",
    "ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງຄຳຕອບ.",
    "အနည်းဆုံး အဖြေတစ်ခု ရွေးပါ။",
    "กรุณาเลือกอย่างน้อยหนึ่งคำตอบ",
    "Vui lòng chọn ít nhất một câu trả lời.",
    "请至少选择一项。",
)
SELECT_ALL = tr(
    "Tick all that apply",
    "អាចជ្រើសរើសបានច្រើនជាងមួយ",
    "ເລືອກໄດ້ຫຼາຍກວ່າໜຶ່ງຄຳຕອບ",
    "သက်ဆိုင်သမျှ အားလုံးကို ရွေးပါ",
    "เลือกได้มากกว่าหนึ่งข้อ",
    "Có thể chọn nhiều câu trả lời",
    "可多选",
)
NONE_ALONE = tr(
    "You ticked “none” together with other answers: untick one or the other.",
    "អ្នកបានជ្រើសរើស «គ្មាន» រួមជាមួយចម្លើយផ្សេងទៀត៖ សូមដកចេញមួយណាមួយ។",
    "ທ່ານເລືອກ “ບໍ່ມີ” ພ້ອມກັບຄຳຕອບອື່ນ: ກະລຸນາເອົາອັນໃດອັນໜຶ່ງອອກ.",
    "“မရှိပါ” ကို အခြားအဖြေများနှင့်အတူ ရွေးထားပါသည်။ တစ်ခုခုကို ဖြုတ်ပါ။",
    "ท่านเลือก “ไม่มี” พร้อมกับคำตอบอื่น กรุณายกเลิกอย่างใดอย่างหนึ่ง",
    "Anh/chị đã chọn “Không” cùng với các câu trả lời khác: hãy bỏ chọn một trong hai.",
    "您在选择“无”的同时还选择了其他答案，请取消其中之一。",
)
NOT_NEGATIVE = tr(
    "Cannot be negative.",
    "មិនអាចជាចំនួនអវិជ្ជមានបានទេ។",
    "ບໍ່ສາມາດເປັນຄ່າລົບໄດ້.",
    "အနုတ်ကိန်း မဖြစ်ရပါ။",
    "ต้องไม่ติดลบ",
    "Không được là số âm.",
    "不能为负数。",
)
USD_HINT = tr(
    "In US dollars; leave empty if you do not know",
    "គិតជាដុល្លារអាមេរិក ទុកចន្លោះទទេ បើអ្នកមិនដឹង",
    "ເປັນໂດລາສະຫະລັດ; ປະໄວ້ຫວ່າງ ຖ້າທ່ານບໍ່ຮູ້",
    "အမေရိကန်ဒေါ်လာဖြင့်၊ မသိပါက ကွက်လပ်ထားခဲ့ပါ",
    "เป็นดอลลาร์สหรัฐ หากไม่ทราบให้เว้นว่างไว้",
    "Tính bằng đô la Mỹ; để trống nếu không biết",
    "以美元计；不清楚可留空",
)

# Choice lists used by both forms (Yes/No, Female/Male/Other: the app's own words).
YES_NO = [
    ("yes", tr("Yes", "បាទ/ចាស", "ແມ່ນ", "ဟုတ်ကဲ့", "ใช่", "Có", "是")),
    ("no", tr("No", "ទេ", "ບໍ່ແມ່ນ", "မဟုတ်ပါ", "ไม่ใช่", "Không", "否")),
]
PAY = [
    ("yes", tr("Yes", "បាទ/ចាស", "ແມ່ນ", "ပေးပါမည်", "ยินดีจ่าย", "Có", "愿意")),
    ("depends", tr("Depending on the price", "អាស្រ័យលើតម្លៃ", "ຂຶ້ນກັບລາຄາ",
                   "ဈေးနှုန်းပေါ် မူတည်သည်", "ขึ้นอยู่กับราคา", "Tùy theo mức giá", "视价格而定")),
    ("no", tr("No, only if it is free", "ទេ លុះត្រាតែឥតគិតថ្លៃ", "ບໍ່, ຕ້ອງບໍ່ເສຍຄ່າເທົ່ານັ້ນ",
              "မပေးပါ၊ အခမဲ့ ဖြစ်မှသာ", "ไม่ยินดีจ่าย ใช้เฉพาะบริการฟรี", "Không, chỉ khi miễn phí",
              "不愿意，只接受免费服务")),
]


# -- building the sheets --------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    """One survey row; a required row without its own message gets the shared one."""

    type: str
    name: str = ""
    label: Tr | None = None
    hint: Tr | None = None
    required: bool = False
    required_message: Tr | None = None
    relevant: str = ""
    constraint: str = ""
    constraint_message: Tr | None = None
    appearance: str = ""
    choice_filter: str = ""
    calculation: str = ""
    save_to: str = ""  # the SME field the answer updates (the entities sheet names the list)


SURVEY_HEADER = ["type", "name", *cols("label"), *cols("hint"), "required",
                 *cols("required_message"), "relevant", "constraint", *cols("constraint_message"),
                 "appearance", "choice_filter", "calculation", "save_to"]
EMPTY: Tr = ("", "", "", "", "", "", "")


def page(name: str, label: Tr, rows: list[Row], relevant_: str = "") -> list[Row]:
    """A group shown as one page (field-list), optionally skipped as a whole."""
    return [Row("begin group", name, label, relevant=relevant_, appearance="field-list"), *rows,
            Row("end group")]


def survey_table(rows: list[Row]) -> Table:
    """The survey sheet; the save_to column only in a form that updates the SME record."""
    saves = any(row.save_to for row in rows)
    table: Table = [SURVEY_HEADER if saves else SURVEY_HEADER[:-1]]
    for row in rows:
        message = row.required_message
        if row.required and message is None:
            message = CHOOSE_ONE_OR_MORE if row.type.startswith("select_multiple") else REQUIRED
        table.append([
            row.type, row.name, *(row.label or EMPTY), *(row.hint or EMPTY),
            "yes" if row.required else "", *(message or EMPTY), row.relevant, row.constraint,
            *(row.constraint_message or EMPTY), row.appearance, row.choice_filter,
            row.calculation, *([row.save_to] if saves else []),
        ])
    return table


def choices_table(lists: dict[str, list[tuple[str, Tr]]]) -> Table:
    table: Table = [["list_name", "name", *cols("label")]]
    for list_name, options in lists.items():
        for name, label in options:
            table.append([list_name, name, *label])
    return table


def settings_table(title: Tr, form_id: str, version: str) -> Table:
    """The settings sheet: the title in English (what ODK tools read), and in each language
    (`form_title::Khmer (km)`: pyxform does not translate a title, GMS Desk shows these)."""
    return [["form_title", *cols("form_title"), "form_id", "version", "default_language"],
            [title[0], *title, form_id, version, DEFAULT_LANGUAGE]]


def _seed(name: str) -> Any:
    return json.loads((ROOT / "resources" / "seed" / name).read_text("utf-8"))


def _seed_labels(labels: dict[str, str]) -> Tr:
    return tr(*(labels[code] for code in CODES))


def none_alone(field: str = ".") -> str:
    return f"not(selected({field}, 'none') and count-selected({field}) > 1)"


# The SME record's ICT flags, each from one choice of the tools question: a response to the
# needs assessment updates the linked SME's flags (yes or no, once the question is answered).
ICT_FLAGS = [("fax", "uses_fax"), ("fixed_phone", "uses_fixed_phone"), ("mobile", "uses_mobile"),
             ("email", "uses_email"), ("website", "uses_website"),
             ("social_media", "uses_social_media"), ("emarketplace", "uses_emarketplace")]


def ict_flags() -> list[Row]:
    """One calculation per flag, saved to the SME record (tools "none" sets every flag no)."""
    return [Row("calculate", f"ict_{tool}", calculation=(
        f"if(count-selected(${{tools}}) = 0, '', if(selected(${{tools}}, '{tool}'), 'yes', "
        "'no'))"), save_to=flag) for tool, flag in ICT_FLAGS]


# == 1. E-business needs assessment of SMEs =======================================================

NEEDS_TITLE = tr(
    "E-business needs assessment of SMEs",
    "ការវាយតម្លៃតម្រូវការអាជីវកម្មអេឡិចត្រូនិករបស់សហគ្រាសធុនតូច និងមធ្យម",
    "ການປະເມີນຄວາມຕ້ອງການທຸລະກິດເອເລັກໂຕຣນິກຂອງວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ",
    "အသေးစားနှင့် အလတ်စား လုပ်ငန်းများ၏ အီလက်ထရောနစ် စီးပွားရေး လိုအပ်ချက် ဆန်းစစ်ခြင်း",
    "แบบประเมินความต้องการด้านธุรกิจอิเล็กทรอนิกส์ของวิสาหกิจขนาดกลางและขนาดย่อม",
    "Đánh giá nhu cầu kinh doanh điện tử của doanh nghiệp nhỏ và vừa",
    "中小企业电子商务需求评估",
)

SECTORS = [(s["code"], _seed_labels(s["labels"])) for s in _seed("sectors.json")]

NEEDS_CHOICES: dict[str, list[tuple[str, Tr]]] = {
    "yes_no": YES_NO,
    "role": [
        ("owner", tr("Owner", "ម្ចាស់សហគ្រាស", "ເຈົ້າຂອງ", "ပိုင်ရှင်", "เจ้าของ",
                     "Chủ doanh nghiệp", "企业主")),
        ("manager", tr("Manager", "អ្នកគ្រប់គ្រង", "ຜູ້ຈັດການ", "မန်နေဂျာ", "ผู้จัดการ", "Quản lý",
                       "经理")),
        ("staff", tr("Employee", "បុគ្គលិក", "ພະນັກງານ", "ဝန်ထမ်း", "พนักงาน", "Nhân viên",
                     "员工")),
    ],
    "economy": [
        ("KH", tr("Cambodia", "កម្ពុជា", "ກຳປູເຈຍ", "ကမ္ဘောဒီးယား", "กัมพูชา", "Campuchia",
                  "柬埔寨")),
        ("LA", tr("Lao PDR", "ឡាវ", "ສປປ ລາວ", "လာအို", "สปป. ลาว", "Lào", "老挝")),
        ("MM", tr("Myanmar", "មីយ៉ាន់ម៉ា", "ມຽນມາ", "မြန်မာ", "เมียนมา", "Myanmar", "缅甸")),
        ("TH", tr("Thailand", "ថៃ", "ໄທ", "ထိုင်း", "ไทย", "Thái Lan", "泰国")),
        ("VN", tr("Viet Nam", "វៀតណាម", "ຫວຽດນາມ", "ဗီယက်နမ်", "เวียดนาม", "Việt Nam", "越南")),
        ("YN", tr("Yunnan (China)", "យូណាន (ចិន)", "ຢູນນານ (ຈີນ)", "ယူနန် (တရုတ်)",
                  "ยูนนาน (จีน)", "Vân Nam (Trung Quốc)", "中国云南")),
    ],
    "sector": SECTORS,
    "market": [
        ("local", tr("In this province", "ក្នុងខេត្តនេះ", "ໃນແຂວງນີ້", "ဤတိုင်း/ပြည်နယ်အတွင်း",
                     "ในจังหวัดนี้", "Trong tỉnh", "本地")),
        ("national", tr("Elsewhere in the country", "កន្លែងផ្សេងទៀតក្នុងប្រទេស",
                        "ບ່ອນອື່ນໃນປະເທດ", "နိုင်ငံအတွင်း အခြားနေရာများ", "ที่อื่นในประเทศ",
                        "Các tỉnh khác trong nước", "国内其他地区")),
        ("border", tr("Neighbouring countries (border trade)",
                      "ប្រទេសជិតខាង (ពាណិជ្ជកម្មតាមព្រំដែន)", "ປະເທດໃກ້ຄຽງ (ການຄ້າຊາຍແດນ)",
                      "အိမ်နီးချင်းနိုင်ငံများ (နယ်စပ်ကုန်သွယ်ရေး)", "ประเทศเพื่อนบ้าน (การค้าชายแดน)",
                      "Các nước láng giềng (buôn bán qua biên giới)", "周边国家（边境贸易）")),
        ("overseas", tr("Countries further away", "ប្រទេសឆ្ងាយៗផ្សេងទៀត", "ປະເທດອື່ນທີ່ຢູ່ໄກ",
                        "အဝေးရှိ အခြားနိုင်ငံများ", "ประเทศอื่นที่ไกลออกไป", "Các nước xa hơn",
                        "其他较远的国家")),
    ],
    "tool": [
        ("fax", tr("Fax", "ទូរសារ", "ແຟັກ", "ဖက်စ်", "โทรสาร", "Fax", "传真")),
        ("fixed_phone", tr("Fixed-line phone", "ទូរស័ព្ទលើតុ", "ໂທລະສັບຕັ້ງໂຕະ", "ကြိုးဖုန်း",
                           "โทรศัพท์พื้นฐาน", "Điện thoại cố định", "固定电话")),
        ("mobile", tr("Mobile phone", "ទូរស័ព្ទដៃ", "ໂທລະສັບມືຖື", "မိုဘိုင်းဖုန်း",
                      "โทรศัพท์มือถือ", "Điện thoại di động", "手机")),
        ("email", tr("E-mail", "អ៊ីមែល", "ອີເມວ", "အီးမေးလ်", "อีเมล", "Email", "电子邮件")),
        ("website", tr("Own website", "គេហទំព័រផ្ទាល់ខ្លួន", "ເວັບໄຊຂອງຕົນເອງ",
                       "ကိုယ်ပိုင်ဝက်ဘ်ဆိုက်", "เว็บไซต์ของตนเอง", "Website riêng", "自有网站")),
        ("social_media", tr("Social media (Facebook, LINE, WeChat, Zalo...)",
                            "បណ្ដាញសង្គម (Facebook, LINE, WeChat, Zalo...)",
                            "ສື່ສັງຄົມອອນລາຍ (Facebook, LINE, WeChat, Zalo...)",
                            "ဆိုရှယ်မီဒီယာ (Facebook, LINE, WeChat, Zalo...)",
                            "โซเชียลมีเดีย (Facebook, LINE, WeChat, Zalo...)",
                            "Mạng xã hội (Facebook, LINE, WeChat, Zalo...)",
                            "社交媒体（微信、Facebook、LINE、Zalo等）")),
        ("emarketplace", tr("E-marketplace", "ទីផ្សារអនឡាញ", "ຕະຫຼາດອອນລາຍ", "အွန်လိုင်းဈေးကွက်",
                            "ตลาดออนไลน์ (e-marketplace)", "Sàn thương mại điện tử", "电商平台")),
        ("none", tr("None of these", "មិនប្រើណាមួយទេ", "ບໍ່ໃຊ້ອັນໃດເລີຍ", "တစ်ခုမှ မသုံးပါ",
                    "ไม่ได้ใช้เลย", "Không sử dụng phương tiện nào", "以上都不使用")),
    ],
    "connection": [
        ("mobile_data", tr("Mobile data (3G/4G)", "ទិន្នន័យទូរស័ព្ទចល័ត (3G/4G)",
                           "ອິນເຕີເນັດມືຖື (3G/4G)", "မိုဘိုင်းဒေတာ (3G/4G)",
                           "อินเทอร์เน็ตมือถือ (3G/4G)", "Dữ liệu di động (3G/4G)",
                           "手机流量（3G/4G）")),
        ("broadband", tr("A fixed line at the office (ADSL, fibre)",
                         "ខ្សែអ៊ីនធឺណិតនៅការិយាល័យ (ADSL, ហ្វាយប័រ)",
                         "ອິນເຕີເນັດສາຍຢູ່ຫ້ອງການ (ADSL, ໄຟເບີ)",
                         "ရုံးရှိ ကြိုးဖြင့် အင်တာနက် (ADSL၊ ဖိုက်ဘာ)",
                         "อินเทอร์เน็ตแบบมีสายที่สำนักงาน (ADSL, ไฟเบอร์)",
                         "Internet cáp tại văn phòng (ADSL, cáp quang)",
                         "办公室宽带（ADSL、光纤）")),
        ("cafe", tr("An internet café", "ហាងអ៊ីនធឺណិត", "ຮ້ານອິນເຕີເນັດ", "အင်တာနက်ဆိုင်",
                    "ร้านอินเทอร์เน็ต", "Quán Internet", "网吧")),
        ("centre", tr("At a business centre or the support agency",
                      "នៅមជ្ឈមណ្ឌលអាជីវកម្ម ឬស្ថាប័នគាំទ្រ",
                      "ຢູ່ສູນບໍລິການທຸລະກິດ ຫຼື ອົງການສະໜັບສະໜູນ",
                      "လုပ်ငန်းဝန်ဆောင်မှုစင်တာ သို့မဟုတ် ပံ့ပိုးရေးအဖွဲ့အစည်းတွင်",
                      "ที่ศูนย์บริการธุรกิจหรือหน่วยงานส่งเสริม",
                      "Tại trung tâm dịch vụ kinh doanh hoặc tổ chức hỗ trợ",
                      "在商务中心或服务机构")),
    ],
    "use": [
        ("email", tr("E-mail with customers and suppliers",
                     "អ៊ីមែលជាមួយអតិថិជន និងអ្នកផ្គត់ផ្គង់", "ອີເມວກັບລູກຄ້າ ແລະ ຜູ້ສະໜອງ",
                     "ဖောက်သည်များနှင့် ပေးသွင်းသူများထံ အီးမေးလ်ပို့ခြင်း",
                     "อีเมลติดต่อลูกค้าและซัพพลายเออร์", "Email với khách hàng và nhà cung cấp",
                     "与客户和供应商收发电子邮件")),
        ("search", tr("Searching for information, prices and buyers",
                      "ស្វែងរកព័ត៌មាន តម្លៃ និងអ្នកទិញ", "ຊອກຫາຂໍ້ມູນ, ລາຄາ ແລະ ຜູ້ຊື້",
                      "သတင်းအချက်အလက်၊ ဈေးနှုန်းနှင့် ဝယ်သူများ ရှာဖွေခြင်း",
                      "ค้นหาข้อมูล ราคา และผู้ซื้อ", "Tìm kiếm thông tin, giá cả và người mua",
                      "搜索信息、价格和买家")),
        ("documents", tr("Sending and receiving documents", "ផ្ញើ និងទទួលឯកសារ",
                         "ສົ່ງ ແລະ ຮັບເອກະສານ", "စာရွက်စာတမ်းများ ပေးပို့ခြင်းနှင့် လက်ခံခြင်း",
                         "ส่งและรับเอกสาร", "Gửi và nhận tài liệu", "收发文件")),
        ("advertising", tr("Advertising on social media", "ផ្សព្វផ្សាយពាណិជ្ជកម្មលើបណ្ដាញសង្គម",
                           "ໂຄສະນາຜ່ານສື່ສັງຄົມອອນລາຍ", "ဆိုရှယ်မီဒီယာတွင် ကြော်ငြာခြင်း",
                           "โฆษณาบนโซเชียลมีเดีย", "Quảng cáo trên mạng xã hội",
                           "在社交媒体上做广告")),
        ("selling", tr("Taking orders and selling online", "ទទួលការបញ្ជាទិញ និងលក់តាមអនឡាញ",
                       "ຮັບຄຳສັ່ງຊື້ ແລະ ຂາຍທາງອອນລາຍ",
                       "အွန်လိုင်းမှ အော်ဒါလက်ခံခြင်းနှင့် ရောင်းချခြင်း",
                       "รับคำสั่งซื้อและขายสินค้าออนไลน์", "Nhận đơn hàng và bán hàng trực tuyến",
                       "接受订单和网上销售")),
        ("buying", tr("Buying materials and supplies online",
                      "ទិញវត្ថុធាតុដើម និងសម្ភារៈតាមអនឡាញ", "ຊື້ວັດຖຸດິບ ແລະ ອຸປະກອນທາງອອນລາຍ",
                      "ကုန်ကြမ်းနှင့် ပစ္စည်းများ အွန်လိုင်းမှ ဝယ်ယူခြင်း",
                      "ซื้อวัตถุดิบและวัสดุออนไลน์", "Mua nguyên vật liệu trực tuyến",
                      "网上采购原材料和用品")),
        ("banking", tr("Online banking and payments", "សេវាធនាគារ និងការទូទាត់តាមអនឡាញ",
                       "ທະນາຄານ ແລະ ການຊຳລະເງິນທາງອອນລາຍ",
                       "အွန်လိုင်း ဘဏ်လုပ်ငန်းနှင့် ငွေပေးချေမှု",
                       "ธุรกรรมธนาคารและการชำระเงินออนไลน์", "Ngân hàng và thanh toán trực tuyến",
                       "网上银行和支付")),
        ("government", tr("Government services (tax, customs, licences)",
                          "សេវារដ្ឋាភិបាល (ពន្ធ គយ អាជ្ញាប័ណ្ណ)",
                          "ບໍລິການຂອງລັດ (ອາກອນ, ພາສີ, ໃບອະນຸຍາດ)",
                          "အစိုးရ ဝန်ဆောင်မှုများ (အခွန်၊ အကောက်ခွန်၊ လိုင်စင်)",
                          "บริการภาครัฐ (ภาษี ศุลกากร ใบอนุญาต)",
                          "Dịch vụ công (thuế, hải quan, giấy phép)",
                          "政府服务（税务、海关、许可证）")),
    ],
    "site_lang": [
        ("national", tr("The national language", "ភាសាជាតិ", "ພາສາແຫ່ງຊາດ",
                        "နိုင်ငံ၏ ရုံးသုံးဘာသာစကား", "ภาษาประจำชาติ", "Ngôn ngữ quốc gia",
                        "本国语言")),
        ("english", tr("English", "ភាសាអង់គ្លេស", "ພາສາອັງກິດ", "အင်္ဂလိပ်ဘာသာ", "ภาษาอังกฤษ",
                       "Tiếng Anh", "英语")),
        ("chinese", tr("Chinese", "ភាសាចិន", "ພາສາຈີນ", "တရုတ်ဘာသာ", "ภาษาจีน", "Tiếng Trung",
                       "中文")),
        ("japanese", tr("Japanese", "ភាសាជប៉ុន", "ພາສາຍີ່ປຸ່ນ", "ဂျပန်ဘာသာ", "ภาษาญี่ปุ่น",
                        "Tiếng Nhật", "日语")),
        ("other_lang", tr("Another foreign language", "ភាសាបរទេសផ្សេងទៀត", "ພາສາຕ່າງປະເທດອື່ນ",
                          "အခြား နိုင်ငံခြားဘာသာစကား", "ภาษาต่างประเทศอื่น", "Ngoại ngữ khác",
                          "其他外语")),
    ],
    "frequency": [
        ("weekly", tr("Every week", "រៀងរាល់សប្ដាហ៍", "ທຸກອາທິດ", "အပတ်စဉ်", "ทุกสัปดาห์",
                      "Hằng tuần", "每周")),
        ("monthly", tr("Every month", "រៀងរាល់ខែ", "ທຸກເດືອນ", "လစဉ်", "ทุกเดือน", "Hằng tháng",
                       "每月")),
        ("yearly", tr("A few times a year", "ពីរបីដងក្នុងមួយឆ្នាំ", "ສອງສາມເທື່ອຕໍ່ປີ",
                      "တစ်နှစ်လျှင် အကြိမ်အနည်းငယ်", "ปีละไม่กี่ครั้ง", "Vài lần một năm",
                      "一年几次")),
        ("rarely", tr("Rarely or never", "កម្រ ឬមិនដែលសោះ", "ບໍ່ຄ່ອຍ ຫຼື ບໍ່ເຄີຍ",
                      "ရှားရှားပါးပါး သို့မဟုတ် လုံးဝ မပြင်ပါ", "นาน ๆ ครั้งหรือไม่เคยเลย",
                      "Hiếm khi hoặc không bao giờ", "很少或从不")),
    ],
    "builder": [
        ("own_staff", tr("Our own staff", "បុគ្គលិករបស់យើងផ្ទាល់", "ພະນັກງານຂອງພວກເຮົາເອງ",
                         "ကျွန်ုပ်တို့၏ ဝန်ထမ်းများ", "พนักงานของเราเอง", "Nhân viên của doanh nghiệp",
                         "本企业员工")),
        ("family", tr("A relative or friend", "សាច់ញាតិ ឬមិត្តភក្តិ", "ຍາດພີ່ນ້ອງ ຫຼື ໝູ່ເພື່ອນ",
                      "ဆွေမျိုး သို့မဟုတ် မိတ်ဆွေ", "ญาติหรือเพื่อน", "Người thân hoặc bạn bè",
                      "亲戚或朋友")),
        ("company", tr("A web design company", "ក្រុមហ៊ុនរចនាគេហទំព័រ", "ບໍລິສັດອອກແບບເວັບໄຊ",
                       "ဝက်ဘ်ဒီဇိုင်း ကုမ္ပဏီ", "บริษัทรับทำเว็บไซต์", "Công ty thiết kế website",
                       "网站设计公司")),
        ("agency", tr("A chamber of commerce or other support agency",
                      "សភាពាណិជ្ជកម្ម ឬស្ថាប័នគាំទ្រផ្សេងទៀត",
                      "ສະພາການຄ້າ ຫຼື ອົງການສະໜັບສະໜູນອື່ນ",
                      "ကုန်သည်စက်မှုအသင်း သို့မဟုတ် အခြား ပံ့ပိုးရေးအဖွဲ့အစည်း",
                      "หอการค้าหรือหน่วยงานส่งเสริมอื่น", "Phòng thương mại hoặc tổ chức hỗ trợ khác",
                      "商会或其他服务机构")),
    ],
    "obstacle": [
        ("awareness", tr("Not sure what the internet can do for the business",
                         "មិនច្បាស់ថាអ៊ីនធឺណិតអាចជួយអាជីវកម្មបានអ្វីខ្លះ",
                         "ບໍ່ແນ່ໃຈວ່າອິນເຕີເນັດຊ່ວຍທຸລະກິດໄດ້ແນວໃດ",
                         "အင်တာနက်က လုပ်ငန်းအတွက် ဘာတွေ လုပ်ပေးနိုင်သည်ကို မသေချာပါ",
                         "ไม่แน่ใจว่าอินเทอร์เน็ตช่วยธุรกิจได้อย่างไร",
                         "Chưa rõ Internet có thể giúp gì cho việc kinh doanh",
                         "不清楚互联网能为企业带来什么")),
        ("skills", tr("Lack of computer and internet skills", "ខ្វះជំនាញកុំព្យូទ័រ និងអ៊ីនធឺណិត",
                      "ຂາດທັກສະດ້ານຄອມພິວເຕີ ແລະ ອິນເຕີເນັດ",
                      "ကွန်ပျူတာနှင့် အင်တာနက် ကျွမ်းကျင်မှု မရှိခြင်း",
                      "ขาดทักษะด้านคอมพิวเตอร์และอินเทอร์เน็ต", "Thiếu kỹ năng máy tính và Internet",
                      "缺乏电脑和上网技能")),
        ("infrastructure", tr("Slow or unreliable connection, power cuts",
                              "អ៊ីនធឺណិតយឺត ឬមិនទៀងទាត់ និងការដាច់ភ្លើង",
                              "ອິນເຕີເນັດຊ້າ ຫຼື ບໍ່ສະໝ່ຳສະເໝີ, ໄຟຟ້າດັບ",
                              "အင်တာနက် နှေးခြင်း သို့မဟုတ် မတည်ငြိမ်ခြင်း၊ မီးပြတ်ခြင်း",
                              "อินเทอร์เน็ตช้าหรือไม่เสถียร ไฟฟ้าดับ",
                              "Đường truyền chậm hoặc chập chờn, mất điện",
                              "网速慢或不稳定，经常停电")),
        ("cost", tr("Cost of equipment and connection", "ថ្លៃឧបករណ៍ និងថ្លៃអ៊ីនធឺណិត",
                    "ຄ່າອຸປະກອນ ແລະ ຄ່າອິນເຕີເນັດ", "စက်ပစ္စည်းနှင့် အင်တာနက် ကုန်ကျစရိတ်",
                    "ค่าอุปกรณ์และค่าอินเทอร์เน็ต", "Chi phí thiết bị và đường truyền",
                    "设备和上网费用")),
        ("security", tr("Worries about security and fraud",
                        "ការព្រួយបារម្ភអំពីសុវត្ថិភាព និងការបោកប្រាស់",
                        "ຄວາມກັງວົນກ່ຽວກັບຄວາມປອດໄພ ແລະ ການສໍ້ໂກງ",
                        "လုံခြုံရေးနှင့် လိမ်လည်မှုအတွက် စိုးရိမ်ခြင်း",
                        "กังวลเรื่องความปลอดภัยและการฉ้อโกง", "Lo ngại về an toàn và lừa đảo",
                        "担心安全和诈骗")),
        ("no_staff", tr("No technical staff", "គ្មានបុគ្គលិកបច្ចេកទេស", "ບໍ່ມີພະນັກງານດ້ານເຕັກນິກ",
                        "နည်းပညာဝန်ထမ်း မရှိခြင်း", "ไม่มีเจ้าหน้าที่ด้านเทคนิค",
                        "Không có nhân viên kỹ thuật", "没有技术人员")),
        ("language", tr("Writing in foreign languages", "ការសរសេរជាភាសាបរទេស",
                        "ການຂຽນເປັນພາສາຕ່າງປະເທດ", "နိုင်ငံခြားဘာသာဖြင့် ရေးသားခြင်း",
                        "การเขียนเป็นภาษาต่างประเทศ", "Viết bằng ngoại ngữ", "用外语写作")),
        ("none", tr("Nothing holds us back", "គ្មានឧបសគ្គទេ", "ບໍ່ມີອຸປະສັກ", "အခက်အခဲ မရှိပါ",
                    "ไม่มีอุปสรรค", "Không có trở ngại nào", "没有障碍")),
    ],
    "fear": [
        ("prices", tr("Competitors would see our prices",
                      "ដៃគូប្រកួតប្រជែងនឹងឃើញតម្លៃរបស់យើង", "ຄູ່ແຂ່ງຈະເຫັນລາຄາຂອງພວກເຮົາ",
                      "ပြိုင်ဘက်များက ကျွန်ုပ်တို့၏ ဈေးနှုန်းကို မြင်သွားမည်",
                      "คู่แข่งจะเห็นราคาของเรา", "Đối thủ cạnh tranh sẽ biết giá của chúng tôi",
                      "竞争对手会看到我们的价格")),
        ("designs", tr("Our designs would be copied", "ម៉ូដ និងការរចនារបស់យើងនឹងត្រូវគេចម្លង",
                       "ລາຍ ແລະ ແບບຂອງພວກເຮົາຈະຖືກລອກຮຽນແບບ",
                       "ကျွန်ုပ်တို့၏ ဒီဇိုင်းများကို ခိုးကူးခံရမည်", "แบบสินค้าของเราจะถูกลอกเลียน",
                       "Mẫu mã của chúng tôi sẽ bị sao chép", "我们的设计会被抄袭")),
        ("exports", tr("We could not handle exports (paperwork, shipping, payment)",
                       "យើងមិនអាចរៀបចំការនាំចេញបាន (ឯកសារ ការដឹកជញ្ជូន ការទូទាត់)",
                       "ພວກເຮົາບໍ່ສາມາດຈັດການການສົ່ງອອກໄດ້ (ເອກະສານ, ການຂົນສົ່ງ, ການຊຳລະເງິນ)",
                       "ပို့ကုန်ကို မကိုင်တွယ်နိုင်ပါ (စာရွက်စာတမ်း၊ ပို့ဆောင်ရေး၊ ငွေပေးချေမှု)",
                       "เราไม่สามารถจัดการการส่งออกได้ (เอกสาร การขนส่ง การชำระเงิน)",
                       "Chúng tôi không xử lý được việc xuất khẩu (giấy tờ, vận chuyển, "
                       "thanh toán)", "我们无法处理出口事务（单证、运输、收款）")),
        ("agents", tr("We prefer selling through agents or border traders",
                      "យើងចូលចិត្តលក់តាមរយៈឈ្មួញកណ្ដាល ឬឈ្មួញតាមព្រំដែន",
                      "ພວກເຮົາມັກຂາຍຜ່ານນາຍໜ້າ ຫຼື ພໍ່ຄ້າຊາຍແດນຫຼາຍກວ່າ",
                      "ကိုယ်စားလှယ်များ သို့မဟုတ် နယ်စပ်ကုန်သည်များမှတစ်ဆင့် ရောင်းရသည်ကို "
                      "ပိုနှစ်သက်သည်", "เราชอบขายผ่านตัวแทนหรือพ่อค้าชายแดนมากกว่า",
                      "Chúng tôi thích bán qua đại lý hoặc thương lái biên giới hơn",
                      "我们更愿意通过代理商或边贸商销售")),
        ("payment", tr("Not being paid by buyers we have never met",
                       "មិនបានទទួលប្រាក់ពីអ្នកទិញដែលយើងមិនធ្លាប់ជួប",
                       "ບໍ່ໄດ້ຮັບເງິນຈາກຜູ້ຊື້ທີ່ບໍ່ເຄີຍພົບກັນ",
                       "တစ်ခါမှ မတွေ့ဖူးသော ဝယ်သူများထံမှ ငွေမရမည်",
                       "ไม่ได้รับเงินจากผู้ซื้อที่ไม่เคยพบหน้ากัน",
                       "Không được người mua chưa từng gặp thanh toán",
                       "收不到素未谋面的买家的货款")),
        ("none", tr("No concerns", "គ្មានការព្រួយបារម្ភទេ", "ບໍ່ມີຄວາມກັງວົນ", "စိုးရိမ်စရာ မရှိပါ",
                    "ไม่มีข้อกังวล", "Không có lo ngại gì", "没有顾虑")),
    ],
    "service": [
        ("website", tr("Building a website", "ការបង្កើតគេហទំព័រ", "ການສ້າງເວັບໄຊ",
                       "ဝက်ဘ်ဆိုက် တည်ဆောက်ပေးခြင်း", "การสร้างเว็บไซต์", "Xây dựng website",
                       "建设网站")),
        ("catalogue", tr("Company profile and product catalogue on the agency's portal",
                         "ប្រវត្តិក្រុមហ៊ុន និងកាតាឡុកផលិតផលនៅលើវិបផតថលរបស់ស្ថាប័ន",
                         "ຂໍ້ມູນບໍລິສັດ ແລະ ແຄັດຕາລັອກສິນຄ້າເທິງເວັບໄຊຂອງອົງການ",
                         "အဖွဲ့အစည်း၏ ပေါ်တယ်ပေါ်တွင် ကုမ္ပဏီ အချက်အလက်နှင့် ကုန်ပစ္စည်း ကတ်တလောက်",
                         "ข้อมูลบริษัทและแคตตาล็อกสินค้าบนเว็บพอร์ทัลของหน่วยงาน",
                         "Hồ sơ doanh nghiệp và danh mục sản phẩm trên cổng thông tin của tổ chức "
                         "hỗ trợ", "在服务机构门户网站上发布企业简介和产品目录")),
        ("emarket", tr("Listing on an e-marketplace", "ការដាក់លក់នៅលើទីផ្សារអនឡាញ",
                       "ການລົງຂາຍເທິງຕະຫຼາດອອນລາຍ", "အွန်လိုင်းဈေးကွက်ပေါ်တွင် ရောင်းရန် တင်ခြင်း",
                       "การลงขายสินค้าในตลาดออนไลน์", "Đăng bán trên sàn thương mại điện tử",
                       "入驻电商平台")),
        ("translation", tr("Translating product descriptions", "ការបកប្រែការពិពណ៌នាផលិតផល",
                           "ການແປຄຳອະທິບາຍສິນຄ້າ", "ကုန်ပစ္စည်း ဖော်ပြချက်များကို ဘာသာပြန်ခြင်း",
                           "การแปลคำอธิบายสินค้า", "Dịch phần mô tả sản phẩm", "翻译产品说明")),
        ("payment", tr("Setting up online payment", "ការរៀបចំការទូទាត់តាមអនឡាញ",
                       "ການຕັ້ງລະບົບຊຳລະເງິນທາງອອນລາຍ", "အွန်လိုင်း ငွေပေးချေမှုစနစ် ထည့်သွင်းခြင်း",
                       "การตั้งระบบชำระเงินออนไลน์", "Thiết lập thanh toán trực tuyến",
                       "开通网上支付")),
        ("training", tr("Training in e-business", "វគ្គបណ្ដុះបណ្ដាលអំពីអាជីវកម្មអេឡិចត្រូនិក",
                        "ການຝຶກອົບຮົມດ້ານທຸລະກິດເອເລັກໂຕຣນິກ", "အီလက်ထရောနစ် စီးပွားရေး သင်တန်း",
                        "การฝึกอบรมด้านธุรกิจอิเล็กทรอนิกส์", "Đào tạo về kinh doanh điện tử",
                        "电子商务培训")),
        ("none", tr("None of these", "មិនត្រូវការសេវាណាមួយទេ", "ບໍ່ຕ້ອງການບໍລິການໃດ",
                    "မည်သည့် ဝန်ဆောင်မှုမျှ မလိုအပ်ပါ", "ไม่ต้องการบริการใดเลย",
                    "Không cần dịch vụ nào", "都不需要")),
    ],
    "level": [
        ("basic", tr("Basic: for businesses not yet online",
                     "កម្រិតមូលដ្ឋាន៖ សម្រាប់អាជីវកម្មដែលមិនទាន់មានវត្តមានលើអ៊ីនធឺណិត",
                     "ຂັ້ນພື້ນຖານ: ສຳລັບທຸລະກິດທີ່ຍັງບໍ່ທັນເຮັດທຸລະກິດທາງອອນລາຍ",
                     "အခြေခံ - အွန်လိုင်းပေါ် မရောက်သေးသော လုပ်ငန်းများအတွက်",
                     "ระดับพื้นฐาน: สำหรับธุรกิจที่ยังไม่ได้เริ่มออนไลน์",
                     "Cơ bản: dành cho doanh nghiệp chưa kinh doanh trực tuyến",
                     "基础班：适合尚未开展网上业务的企业")),
        ("advanced", tr("Advanced: e-marketing and e-commerce, for businesses already online",
                        "កម្រិតខ្ពស់៖ ការធ្វើទីផ្សារតាមអនឡាញ និងពាណិជ្ជកម្មអេឡិចត្រូនិក "
                        "សម្រាប់អាជីវកម្មដែលមានវត្តមានលើអ៊ីនធឺណិតរួចហើយ",
                        "ຂັ້ນສູງ: ການຕະຫຼາດທາງອອນລາຍ ແລະ ການຄ້າເອເລັກໂຕຣນິກ "
                        "ສຳລັບທຸລະກິດທີ່ເຮັດທຸລະກິດທາງອອນລາຍແລ້ວ",
                        "အဆင့်မြင့် - အွန်လိုင်းပေါ် ရောက်ပြီးသော လုပ်ငန်းများအတွက် "
                        "အွန်လိုင်း ဈေးကွက်ရှာဖွေရေးနှင့် အီလက်ထရောနစ် ကူးသန်းရောင်းဝယ်ရေး",
                        "ระดับสูง: การตลาดอิเล็กทรอนิกส์และพาณิชย์อิเล็กทรอนิกส์ "
                        "สำหรับธุรกิจที่ออนไลน์แล้ว",
                        "Nâng cao: tiếp thị điện tử và thương mại điện tử, dành cho doanh nghiệp "
                        "đã kinh doanh trực tuyến",
                        "高级班：网络营销与电子商务，适合已开展网上业务的企业")),
    ],
    "pay": PAY,
}

NEEDS_SURVEY: list[Row] = [
    *page("enterprise", tr("About the enterprise", "អំពីសហគ្រាស", "ກ່ຽວກັບວິສາຫະກິດ",
                           "လုပ်ငန်းအကြောင်း", "ข้อมูลกิจการ", "Thông tin về doanh nghiệp",
                           "企业基本情况"), [
        Row("note", "intro", tr(
            "This questionnaire asks how your enterprise uses ICT and the internet, and what "
            "help it needs to do business online. It takes about 15 minutes. Your answers are "
            "kept confidential.",
            "កម្រងសំណួរនេះសួរអំពីរបៀបដែលសហគ្រាសរបស់អ្នកប្រើប្រាស់បច្ចេកវិទ្យាព័ត៌មាន និង"
            "អ៊ីនធឺណិត និងជំនួយដែលសហគ្រាសត្រូវការដើម្បីធ្វើអាជីវកម្មតាមអនឡាញ។ "
            "វាចំណាយពេលប្រហែល ១៥ នាទី។ ចម្លើយរបស់អ្នកនឹងត្រូវរក្សាជាការសម្ងាត់។",
            "ແບບສອບຖາມນີ້ຖາມກ່ຽວກັບວິທີທີ່ວິສາຫະກິດຂອງທ່ານນຳໃຊ້ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ ແລະ "
            "ອິນເຕີເນັດ, ແລະ ການຊ່ວຍເຫຼືອທີ່ຕ້ອງການເພື່ອເຮັດທຸລະກິດທາງອອນລາຍ. "
            "ໃຊ້ເວລາປະມານ 15 ນາທີ. ຄຳຕອບຂອງທ່ານຈະຖືກເກັບຮັກສາເປັນຄວາມລັບ.",
            "ဤမေးခွန်းလွှာသည် သင့်လုပ်ငန်းက သတင်းအချက်အလက်နည်းပညာနှင့် အင်တာနက်ကို "
            "မည်သို့ အသုံးပြုသည်၊ အွန်လိုင်းတွင် စီးပွားရေးလုပ်ရန် မည်သည့်အကူအညီ "
            "လိုအပ်သည်ကို မေးမြန်းပါသည်။ ဖြေဆိုရန် မိနစ် ၁၅ ခန့် ကြာပါမည်။ "
            "သင့်အဖြေများကို လျှို့ဝှက်စွာ ထိန်းသိမ်းထားပါမည်။",
            "แบบสอบถามนี้ถามเกี่ยวกับการใช้เทคโนโลยีสารสนเทศและอินเทอร์เน็ตของกิจการของท่าน "
            "และความช่วยเหลือที่ต้องการเพื่อทำธุรกิจออนไลน์ ใช้เวลาประมาณ 15 นาที "
            "คำตอบของท่านจะถูกเก็บเป็นความลับ",
            "Phiếu khảo sát này hỏi về việc doanh nghiệp của anh/chị sử dụng công nghệ thông "
            "tin và Internet như thế nào, và doanh nghiệp cần hỗ trợ gì để kinh doanh trực "
            "tuyến. Thời gian trả lời khoảng 15 phút. Các câu trả lời sẽ được giữ bí mật.",
            "本问卷了解贵企业如何使用信息通信技术和互联网，以及开展网上业务需要哪些帮助。"
            "填写约需15分钟。您的回答将予以保密。")),
        Row("text", "biz_name", tr("Name of the enterprise", "ឈ្មោះសហគ្រាស", "ຊື່ວິສາຫະກິດ",
                                   "လုပ်ငန်းအမည်", "ชื่อกิจการ", "Tên doanh nghiệp", "企业名称"),
            required=True),
        Row("select_one role", "respondent_role", tr(
            "Your position in the enterprise", "តួនាទីរបស់អ្នកក្នុងសហគ្រាស",
            "ຕຳແໜ່ງຂອງທ່ານໃນວິສາຫະກິດ", "လုပ်ငန်းတွင် သင်၏ ရာထူး", "ตำแหน่งของท่านในกิจการ",
            "Chức vụ của anh/chị trong doanh nghiệp", "您在企业中的职务"), required=True),
        Row("select_one economy", "economy", tr(
            "Country or region", "ប្រទេស/តំបន់", "ປະເທດ/ພາກພື້ນ", "နိုင်ငံ/ဒေသ",
            "ประเทศ/ภูมิภาค", "Quốc gia/khu vực", "国家/地区"), required=True),
        Row("text", "province", tr("Province", "រាជធានី/ខេត្ត", "ແຂວງ", "တိုင်း/ပြည်နယ်", "จังหวัด",
                                   "Tỉnh/thành phố", "省/州市")),
        Row("select_one sector", "sector", tr(
            "Main sector of the enterprise", "វិស័យសំខាន់របស់សហគ្រាស",
            "ຂະແໜງການຫຼັກຂອງວິສາຫະກິດ", "လုပ်ငန်း၏ အဓိက ကဏ္ဍ", "สาขาธุรกิจหลักของกิจการ",
            "Ngành nghề chính của doanh nghiệp", "企业的主要行业"), required=True),
        Row("text", "sector_other", tr(
            "Other sector: please describe", "វិស័យផ្សេងទៀត៖ សូមបញ្ជាក់",
            "ຂະແໜງການອື່ນ: ກະລຸນາລະບຸ", "အခြားကဏ္ဍ - ဖော်ပြပေးပါ", "สาขาธุรกิจอื่น โปรดระบุ",
            "Ngành nghề khác, xin ghi rõ", "其他行业，请注明"),
            required=True, relevant="${sector} = 'other'"),
        Row("integer", "year_started", tr(
            "Year the enterprise started", "ឆ្នាំដែលសហគ្រាសចាប់ផ្ដើមដំណើរការ",
            "ປີທີ່ວິສາຫະກິດເລີ່ມດຳເນີນງານ", "လုပ်ငန်း စတင်သည့်နှစ်", "ปีที่เริ่มกิจการ",
            "Năm doanh nghiệp bắt đầu hoạt động", "企业成立年份"),
            hint=tr("A year of the Western calendar, e.g. 2015",
                    "ឆ្នាំគ្រិស្តសករាជ ឧទាហរណ៍ 2015", "ປີ ຄ.ສ. ເຊັ່ນ 2015",
                    "ခရစ်နှစ်ဖြင့် ဖြေပါ၊ ဥပမာ 2015", "ปีคริสต์ศักราช เช่น 2015 (ไม่ใช่ปี พ.ศ.)",
                    "Năm dương lịch, ví dụ 2015", "公历年份，例如2015"),
            constraint=". >= 1900 and . <= format-date(today(), '%Y')",
            constraint_message=tr(
                "Enter a year between 1900 and this year.",
                "សូមបញ្ចូលឆ្នាំចន្លោះពី 1900 ដល់ឆ្នាំនេះ។", "ກະລຸນາປ້ອນປີລະຫວ່າງ 1900 ຫາປີນີ້.",
                "1900 မှ ယခုနှစ်အထိ နှစ်တစ်ခုကို ထည့်ပါ။",
                "กรุณากรอกปี ค.ศ. ระหว่าง 1900 ถึงปีปัจจุบัน",
                "Vui lòng nhập năm từ 1900 đến năm nay.", "请输入1900年至今年之间的年份。"),
            save_to="year_founded"),
    ]),
    *page("staff", tr("Staff and customers", "បុគ្គលិក និងអតិថិជន", "ພະນັກງານ ແລະ ລູກຄ້າ",
                      "ဝန်ထမ်းနှင့် ဖောက်သည်", "พนักงานและลูกค้า", "Lao động và khách hàng",
                      "员工与客户"), [
        Row("integer", "emp_total", tr(
            "Number of employees, owner included", "ចំនួនបុគ្គលិកសរុប (រួមទាំងម្ចាស់)",
            "ຈຳນວນພະນັກງານທັງໝົດ (ລວມທັງເຈົ້າຂອງ)", "စုစုပေါင်း ဝန်ထမ်းဦးရေ (ပိုင်ရှင် အပါအဝင်)",
            "จำนวนพนักงานทั้งหมด (รวมเจ้าของ)", "Tổng số lao động (kể cả chủ doanh nghiệp)",
            "员工总数（含企业主）"),
            hint=tr("Full-time and part-time, family members who work in the business included",
                    "ទាំងពេញម៉ោង និងក្រៅម៉ោង រួមទាំងសមាជិកគ្រួសារដែលធ្វើការក្នុងអាជីវកម្ម",
                    "ທັງເຕັມເວລາ ແລະ ບໍ່ເຕັມເວລາ, ລວມທັງສະມາຊິກຄອບຄົວທີ່ເຮັດວຽກໃນທຸລະກິດ",
                    "အချိန်ပြည့်နှင့် အချိန်ပိုင်း၊ လုပ်ငန်းတွင် လုပ်ကိုင်သော မိသားစုဝင်များ အပါအဝင်",
                    "ทั้งเต็มเวลาและไม่เต็มเวลา รวมสมาชิกในครอบครัวที่ทำงานในกิจการ",
                    "Cả toàn thời gian và bán thời gian, kể cả người nhà cùng làm việc",
                    "包括全职、兼职以及在企业工作的家庭成员"),
            required=True, constraint=". >= 1",
            constraint_message=tr(
                "At least 1: count the owner too.", "យ៉ាងហោចណាស់ 1 នាក់៖ សូមរាប់បញ្ចូលម្ចាស់ផង។",
                "ຢ່າງໜ້ອຍ 1 ຄົນ: ກະລຸນານັບເຈົ້າຂອງນຳ.",
                "အနည်းဆုံး ၁ ဦး ဖြစ်ရပါမည်။ ပိုင်ရှင်ကိုလည်း ထည့်တွက်ပါ။",
                "อย่างน้อย 1 คน โปรดนับรวมเจ้าของด้วย",
                "Ít nhất là 1: hãy tính cả chủ doanh nghiệp.", "至少为1人：请把企业主也算在内。"),
            save_to="employees_total"),
        Row("integer", "emp_female", tr(
            "Of whom women", "ក្នុងនោះជាស្ត្រី", "ໃນນັ້ນເປັນແມ່ຍິງ", "ယင်းအနက် အမျိုးသမီး",
            "ในจำนวนนี้เป็นผู้หญิง", "Trong đó số lao động nữ", "其中女性员工人数"),
            required=True, constraint=". >= 0 and . <= ${emp_total}",
            constraint_message=tr(
                "Female employees cannot be more than all employees.",
                "ចំនួនបុគ្គលិកស្រីមិនអាចលើសចំនួនបុគ្គលិកសរុបបានទេ។",
                "ຈຳນວນພະນັກງານຍິງບໍ່ສາມາດຫຼາຍກວ່າຈຳນວນພະນັກງານທັງໝົດ.",
                "အမျိုးသမီးဝန်ထမ်းဦးရေသည် စုစုပေါင်းဝန်ထမ်းဦးရေထက် မများရပါ။",
                "จำนวนพนักงานหญิงต้องไม่มากกว่าจำนวนพนักงานทั้งหมด",
                "Số lao động nữ không được lớn hơn tổng số lao động.",
                "女性员工人数不能多于员工总数。"), save_to="employees_female"),
        Row("calculate", "size_class", calculation=(
            "if(${emp_total} = '', '', if(${emp_total} < 10, 'micro', if(${emp_total} < 50, "
            "'small', if(${emp_total} < 250, 'medium', 'large'))))")),
        Row("calculate", "female_share", calculation=(
            "if(${emp_total} > 0, round(${emp_female} div ${emp_total} * 100, 0), '')")),
        Row("select_multiple market", "markets", tr(
            "Where are your customers?", "តើអតិថិជនរបស់អ្នកនៅឯណា?", "ລູກຄ້າຂອງທ່ານຢູ່ໃສ?",
            "သင့်ဖောက်သည်များ မည်သည့်နေရာတွင် ရှိပါသနည်း။", "ลูกค้าของท่านอยู่ที่ไหน",
            "Khách hàng của doanh nghiệp ở đâu?", "贵企业的客户在哪里？"),
            hint=SELECT_ALL, required=True),
    ]),
    *page("ict", tr("Communication tools", "ឧបករណ៍ទំនាក់ទំនង", "ເຄື່ອງມືສື່ສານ",
                    "ဆက်သွယ်ရေး ကိရိယာများ", "เครื่องมือสื่อสาร", "Phương tiện liên lạc",
                    "通信工具"), [
        Row("select_multiple tool", "tools", tr(
            "Which of these does the enterprise use for its business?",
            "តើសហគ្រាសប្រើប្រាស់ឧបករណ៍ណាខ្លះខាងក្រោមសម្រាប់អាជីវកម្ម?",
            "ວິສາຫະກິດນຳໃຊ້ສິ່ງໃດແດ່ຕໍ່ໄປນີ້ໃນການເຮັດທຸລະກິດ?",
            "လုပ်ငန်းအတွက် အောက်ပါတို့အနက် မည်သည်တို့ကို အသုံးပြုပါသနည်း။",
            "กิจการใช้สิ่งใดต่อไปนี้ในการทำธุรกิจบ้าง",
            "Doanh nghiệp sử dụng những phương tiện nào sau đây cho công việc kinh doanh?",
            "贵企业在经营中使用以下哪些工具？"),
            hint=SELECT_ALL, required=True, constraint=none_alone(),
            constraint_message=NONE_ALONE),
        *ict_flags(),
        Row("calculate", "online_tools", calculation=(
            "if(selected(${tools}, 'email'), 1, 0) + if(selected(${tools}, 'website'), 1, 0) + "
            "if(selected(${tools}, 'social_media'), 1, 0) + "
            "if(selected(${tools}, 'emarketplace'), 1, 0)")),
        Row("select_one yes_no", "uses_internet", tr(
            "Does anyone in the enterprise use the internet for the business?",
            "តើមានអ្នកណាម្នាក់ក្នុងសហគ្រាសប្រើអ៊ីនធឺណិតសម្រាប់អាជីវកម្មដែរឬទេ?",
            "ມີໃຜໃນວິສາຫະກິດນຳໃຊ້ອິນເຕີເນັດເພື່ອທຸລະກິດບໍ່?",
            "လုပ်ငန်းတွင် တစ်စုံတစ်ယောက်က စီးပွားရေးအတွက် အင်တာနက်ကို အသုံးပြုပါသလား။",
            "มีผู้ใดในกิจการใช้อินเทอร์เน็ตเพื่อธุรกิจหรือไม่",
            "Có ai trong doanh nghiệp sử dụng Internet cho công việc kinh doanh không?",
            "企业中是否有人在经营中使用互联网？"),
            hint=tr("On a computer or a mobile phone, at the office or elsewhere",
                    "តាមកុំព្យូទ័រ ឬទូរស័ព្ទដៃ នៅការិយាល័យ ឬកន្លែងផ្សេង",
                    "ຜ່ານຄອມພິວເຕີ ຫຼື ໂທລະສັບມືຖື, ຢູ່ຫ້ອງການ ຫຼື ບ່ອນອື່ນ",
                    "ကွန်ပျူတာ သို့မဟုတ် မိုဘိုင်းဖုန်းဖြင့်၊ ရုံးတွင် ဖြစ်စေ အခြားနေရာတွင် ဖြစ်စေ",
                    "ทางคอมพิวเตอร์หรือโทรศัพท์มือถือ ที่สำนักงานหรือที่อื่น",
                    "Trên máy tính hoặc điện thoại di động, tại văn phòng hay ở nơi khác",
                    "通过电脑或手机，在办公室或其他地方均可"),
            required=True, constraint=". = 'yes' or ${online_tools} = 0",
            constraint_message=tr(
                "You ticked e-mail, a website, social media or an e-marketplace: these use the "
                "internet. Answer Yes or change the tools above.",
                "អ្នកបានជ្រើសរើសអ៊ីមែល គេហទំព័រ បណ្ដាញសង្គម ឬទីផ្សារអនឡាញ ដែលសុទ្ធតែប្រើ"
                "អ៊ីនធឺណិត។ សូមឆ្លើយ «បាទ/ចាស» ឬកែឧបករណ៍ខាងលើ។",
                "ທ່ານໄດ້ເລືອກອີເມວ, ເວັບໄຊ, ສື່ສັງຄົມອອນລາຍ ຫຼື ຕະຫຼາດອອນລາຍ ເຊິ່ງລ້ວນແຕ່ໃຊ້"
                "ອິນເຕີເນັດ. ກະລຸນາຕອບ “ແມ່ນ” ຫຼື ແກ້ໄຂເຄື່ອງມືຂ້າງເທິງ.",
                "သင်သည် အီးမေးလ်၊ ဝက်ဘ်ဆိုက်၊ ဆိုရှယ်မီဒီယာ သို့မဟုတ် အွန်လိုင်းဈေးကွက်ကို "
                "ရွေးထားပြီး ၎င်းတို့သည် အင်တာနက်ကို အသုံးပြုပါသည်။ “ဟုတ်ကဲ့” ဟု ဖြေပါ "
                "သို့မဟုတ် အထက်ပါ ကိရိယာများကို ပြင်ပါ။",
                "ท่านเลือกอีเมล เว็บไซต์ โซเชียลมีเดีย หรือตลาดออนไลน์ไว้ ซึ่งล้วนใช้อินเทอร์เน็ต "
                "กรุณาตอบ “ใช่” หรือแก้ไขเครื่องมือด้านบน",
                "Anh/chị đã chọn email, website, mạng xã hội hoặc sàn thương mại điện tử, "
                "đều cần Internet. Hãy trả lời “Có” hoặc sửa lại các phương tiện ở trên.",
                "您选择了电子邮件、网站、社交媒体或电商平台，这些都需要使用互联网。"
                "请回答“是”，或修改上面的选项。")),
    ]),
    *page("internet", tr("Use of the internet", "ការប្រើប្រាស់អ៊ីនធឺណិត", "ການນຳໃຊ້ອິນເຕີເນັດ",
                         "အင်တာနက် အသုံးပြုမှု", "การใช้อินเทอร์เน็ต", "Sử dụng Internet",
                         "互联网使用情况"), [
        Row("select_multiple connection", "connection", tr(
            "How does the enterprise connect to the internet?",
            "តើសហគ្រាសភ្ជាប់អ៊ីនធឺណិតដោយរបៀបណា?", "ວິສາຫະກິດເຊື່ອມຕໍ່ອິນເຕີເນັດດ້ວຍວິທີໃດ?",
            "လုပ်ငန်းသည် အင်တာနက်ကို မည်သို့ ချိတ်ဆက်ပါသနည်း။",
            "กิจการเชื่อมต่ออินเทอร์เน็ตด้วยวิธีใด", "Doanh nghiệp kết nối Internet bằng cách nào?",
            "企业通过什么方式上网？"), hint=SELECT_ALL, required=True),
        Row("select_multiple use", "internet_uses", tr(
            "What does the enterprise use the internet for?",
            "តើសហគ្រាសប្រើអ៊ីនធឺណិតសម្រាប់អ្វីខ្លះ?", "ວິສາຫະກິດນຳໃຊ້ອິນເຕີເນັດເພື່ອຫຍັງແດ່?",
            "လုပ်ငန်းသည် အင်တာနက်ကို မည်သည့်အတွက် အသုံးပြုပါသနည်း။",
            "กิจการใช้อินเทอร์เน็ตทำอะไรบ้าง", "Doanh nghiệp sử dụng Internet vào những việc gì?",
            "企业用互联网做什么？"), hint=SELECT_ALL, required=True),
        Row("integer", "hours_week", tr(
            "About how many hours a week does the enterprise use the internet?",
            "ប្រហែលប៉ុន្មានម៉ោងក្នុងមួយសប្ដាហ៍ដែលសហគ្រាសប្រើអ៊ីនធឺណិត?",
            "ວິສາຫະກິດໃຊ້ອິນເຕີເນັດປະມານຈັກຊົ່ວໂມງຕໍ່ອາທິດ?",
            "လုပ်ငန်းသည် တစ်ပတ်လျှင် အင်တာနက်ကို ခန့်မှန်းခြေ နာရီမည်မျှ အသုံးပြုပါသနည်း။",
            "กิจการใช้อินเทอร์เน็ตประมาณกี่ชั่วโมงต่อสัปดาห์",
            "Doanh nghiệp sử dụng Internet khoảng bao nhiêu giờ mỗi tuần?",
            "企业每周大约上网多少小时？"),
            constraint=". >= 0 and . <= 168",
            constraint_message=tr(
                "A week has 168 hours: enter a number from 0 to 168.",
                "មួយសប្ដាហ៍មាន 168 ម៉ោង៖ សូមបញ្ចូលលេខពី 0 ដល់ 168។",
                "ໜຶ່ງອາທິດມີ 168 ຊົ່ວໂມງ: ກະລຸນາປ້ອນຕົວເລກແຕ່ 0 ຫາ 168.",
                "တစ်ပတ်တွင် ၁၆၈ နာရီ ရှိပါသည်။ 0 မှ 168 အတွင်း ဂဏန်းတစ်ခု ထည့်ပါ။",
                "หนึ่งสัปดาห์มี 168 ชั่วโมง กรุณากรอกตัวเลข 0 ถึง 168",
                "Một tuần có 168 giờ: hãy nhập số từ 0 đến 168.",
                "一周只有168小时：请输入0到168之间的数字。")),
        Row("decimal", "online_sales_pct", tr(
            "About what share of sales comes from online orders (%)?",
            "ប្រហែលប៉ុន្មានភាគរយនៃការលក់បានមកពីការបញ្ជាទិញតាមអនឡាញ?",
            "ຍອດຂາຍປະມານຈັກເປີເຊັນມາຈາກຄຳສັ່ງຊື້ທາງອອນລາຍ?",
            "ရောင်းအားထဲမှ ခန့်မှန်းခြေ ရာခိုင်နှုန်းမည်မျှသည် အွန်လိုင်းအော်ဒါများမှ ဖြစ်ပါသနည်း။",
            "ยอดขายประมาณกี่เปอร์เซ็นต์มาจากคำสั่งซื้อออนไลน์",
            "Khoảng bao nhiêu phần trăm doanh số đến từ đơn hàng trực tuyến?",
            "网上订单大约占销售额的百分之几？"),
            relevant="selected(${internet_uses}, 'selling')",
            constraint=". >= 0 and . <= 100",
            constraint_message=tr(
                "Enter a percentage from 0 to 100.", "សូមបញ្ចូលភាគរយពី 0 ដល់ 100។",
                "ກະລຸນາປ້ອນເປີເຊັນແຕ່ 0 ຫາ 100.", "0 မှ 100 အတွင်း ရာခိုင်နှုန်း ထည့်ပါ။",
                "กรุณากรอกเปอร์เซ็นต์ 0 ถึง 100", "Vui lòng nhập tỷ lệ phần trăm từ 0 đến 100.",
                "请输入0到100之间的百分比。")),
    ], relevant_="${uses_internet} = 'yes'"),
    *page("website_page", tr("Your website", "គេហទំព័ររបស់អ្នក", "ເວັບໄຊຂອງທ່ານ",
                             "သင့်ဝက်ဘ်ဆိုက်", "เว็บไซต์ของท่าน", "Website của doanh nghiệp",
                             "贵企业的网站"), [
        Row("text", "website_url", tr("Website address", "អាសយដ្ឋានគេហទំព័រ", "ທີ່ຢູ່ເວັບໄຊ",
                                      "ဝက်ဘ်ဆိုက် လိပ်စာ", "ที่อยู่เว็บไซต์", "Địa chỉ website",
                                      "网址"),
            required=True,
            constraint="regex(., '^(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/.*)?$')",
            constraint_message=tr(
                "Type an address such as www.example.com", "សូមវាយអាសយដ្ឋានដូចជា www.example.com",
                "ກະລຸນາພິມທີ່ຢູ່ເຊັ່ນ www.example.com",
                "www.example.com ကဲ့သို့ လိပ်စာကို ရိုက်ထည့်ပါ။",
                "กรุณาพิมพ์ที่อยู่ เช่น www.example.com", "Hãy nhập địa chỉ dạng www.example.com",
                "请输入类似 www.example.com 的网址"), save_to="website"),
        Row("select_multiple site_lang", "website_langs", tr(
            "In which languages is the website written?", "គេហទំព័រត្រូវបានសរសេរជាភាសាអ្វីខ្លះ?",
            "ເວັບໄຊຂຽນເປັນພາສາໃດແດ່?", "ဝက်ဘ်ဆိုက်ကို မည်သည့် ဘာသာစကားများဖြင့် ရေးသားထားပါသနည်း။",
            "เว็บไซต์มีภาษาใดบ้าง", "Website được viết bằng những ngôn ngữ nào?",
            "网站使用哪些语言？"), hint=SELECT_ALL, required=True),
        Row("select_one frequency", "website_updated", tr(
            "How often is the website updated?", "តើគេហទំព័រត្រូវបានធ្វើបច្ចុប្បន្នភាពញឹកញាប់ប៉ុណ្ណា?",
            "ເວັບໄຊຖືກປັບປຸງຂໍ້ມູນເລື້ອຍປານໃດ?",
            "ဝက်ဘ်ဆိုက်ကို မည်မျှ မကြာခဏ အချက်အလက် အသစ်ပြင်ဆင်ပါသနည်း။",
            "มีการปรับปรุงข้อมูลเว็บไซต์บ่อยเพียงใด", "Website được cập nhật bao lâu một lần?",
            "网站多久更新一次？"), required=True),
        Row("select_one builder", "website_builder", tr(
            "Who built the website and keeps it up to date?",
            "តើនរណាបង្កើតគេហទំព័រ និងធ្វើបច្ចុប្បន្នភាពវា?", "ໃຜເປັນຜູ້ສ້າງເວັບໄຊ ແລະ ປັບປຸງຂໍ້ມູນ?",
            "ဝက်ဘ်ဆိုက်ကို မည်သူ တည်ဆောက်ပြီး အချက်အလက်များကို ပြင်ဆင်ပေးပါသနည်း။",
            "ใครเป็นผู้สร้างและดูแลเว็บไซต์", "Ai xây dựng và cập nhật website?",
            "网站由谁建设和维护？")),
        Row("select_one yes_no", "website_orders", tr(
            "Can customers order or ask for a price through the website?",
            "តើអតិថិជនអាចបញ្ជាទិញ ឬសួរតម្លៃតាមរយៈគេហទំព័របានដែរឬទេ?",
            "ລູກຄ້າສາມາດສັ່ງຊື້ ຫຼື ສອບຖາມລາຄາຜ່ານເວັບໄຊໄດ້ບໍ່?",
            "ဖောက်သည်များသည် ဝက်ဘ်ဆိုက်မှတစ်ဆင့် မှာယူခြင်း သို့မဟုတ် ဈေးနှုန်းမေးမြန်းခြင်း "
            "ပြုလုပ်နိုင်ပါသလား။", "ลูกค้าสั่งซื้อหรือสอบถามราคาผ่านเว็บไซต์ได้หรือไม่",
            "Khách hàng có thể đặt hàng hoặc hỏi giá qua website không?",
            "客户能否通过网站下单或询价？"), required=True),
        Row("integer", "inquiries", tr(
            "Inquiries received through the website in the last 3 months",
            "ចំនួនសំណួរពីអតិថិជនដែលបានទទួលតាមគេហទំព័រ ក្នុងរយៈពេល 3 ខែចុងក្រោយ",
            "ຈຳນວນການສອບຖາມທີ່ໄດ້ຮັບຜ່ານເວັບໄຊໃນ 3 ເດືອນຜ່ານມາ",
            "လွန်ခဲ့သော ၃ လအတွင်း ဝက်ဘ်ဆိုက်မှတစ်ဆင့် ရရှိသော စုံစမ်းမေးမြန်းမှု အရေအတွက်",
            "จำนวนการสอบถามที่ได้รับทางเว็บไซต์ใน 3 เดือนที่ผ่านมา",
            "Số lượt hỏi hàng nhận được qua website trong 3 tháng qua",
            "过去3个月通过网站收到的询盘数量"),
            hint=tr("An estimate is fine", "ចំនួនប្រហាក់ប្រហែលក៏បាន", "ປະມານການກໍໄດ້",
                    "ခန့်မှန်းခြေ ဖြေလျှင်လည်း ရပါသည်", "ตอบโดยประมาณได้", "Có thể ước tính",
                    "大概数字即可"),
            constraint=". >= 0", constraint_message=NOT_NEGATIVE),
        Row("integer", "inquiries_abroad", tr(
            "Of which from abroad", "ក្នុងនោះមកពីបរទេស", "ໃນນັ້ນມາຈາກຕ່າງປະເທດ",
            "ယင်းအနက် နိုင်ငံခြားမှ", "ในจำนวนนี้มาจากต่างประเทศ", "Trong đó từ nước ngoài",
            "其中来自国外的"),
            relevant="${inquiries} > 0", constraint=". >= 0 and . <= ${inquiries}",
            constraint_message=tr(
                "Cannot be more than all inquiries.", "មិនអាចលើសចំនួនសំណួរសរុបបានទេ។",
                "ບໍ່ສາມາດຫຼາຍກວ່າຈຳນວນການສອບຖາມທັງໝົດ.",
                "စုံစမ်းမေးမြန်းမှု စုစုပေါင်းထက် မများရပါ။",
                "ต้องไม่มากกว่าจำนวนการสอบถามทั้งหมด",
                "Không được lớn hơn tổng số lượt hỏi hàng.", "不能多于询盘总数。")),
    ], relevant_="selected(${tools}, 'website')"),
    *page("obstacles_page", tr("Obstacles", "ឧបសគ្គ", "ອຸປະສັກ", "အခက်အခဲများ", "อุปสรรค",
                               "Khó khăn, trở ngại", "障碍"), [
        Row("select_multiple obstacle", "obstacles", tr(
            "What holds the enterprise back from using the internet more for business?",
            "តើអ្វីខ្លះរារាំងសហគ្រាសមិនឱ្យប្រើអ៊ីនធឺណិតសម្រាប់អាជីវកម្មឱ្យបានច្រើនជាងនេះ?",
            "ມີຫຍັງແດ່ທີ່ເປັນອຸປະສັກບໍ່ໃຫ້ວິສາຫະກິດນຳໃຊ້ອິນເຕີເນັດເພື່ອທຸລະກິດໃຫ້ຫຼາຍຂຶ້ນ?",
            "လုပ်ငန်းသည် စီးပွားရေးအတွက် အင်တာနက်ကို ပိုမို အသုံးမပြုနိုင်အောင် မည်သည့်အရာများက "
            "အဟန့်အတား ဖြစ်နေပါသနည်း။",
            "อะไรเป็นอุปสรรคที่ทำให้กิจการไม่ได้ใช้อินเทอร์เน็ตในการทำธุรกิจมากขึ้น",
            "Điều gì cản trở doanh nghiệp sử dụng Internet nhiều hơn trong kinh doanh?",
            "哪些因素阻碍企业在经营中更多地使用互联网？"),
            hint=SELECT_ALL, required=True, constraint=none_alone(),
            constraint_message=NONE_ALONE),
        Row("select_one obstacle", "main_obstacle", tr(
            "Which of these is the biggest obstacle?", "ក្នុងចំណោមទាំងនេះ តើមួយណាជាឧបសគ្គធំជាងគេ?",
            "ໃນນັ້ນ ອັນໃດເປັນອຸປະສັກໃຫຍ່ທີ່ສຸດ?",
            "ယင်းတို့အနက် မည်သည့်အရာက အကြီးဆုံး အခက်အခဲ ဖြစ်ပါသနည်း။",
            "ข้อใดเป็นอุปสรรคที่ใหญ่ที่สุด", "Trong số đó, đâu là trở ngại lớn nhất?",
            "其中最大的障碍是哪一个？"),
            required=True, relevant="count-selected(${obstacles}) > 1",
            choice_filter="selected(${obstacles}, name)"),
    ]),
    *page("fears_page", tr("Selling online: concerns", "ការលក់តាមអនឡាញ៖ ការព្រួយបារម្ភ",
                           "ການຂາຍທາງອອນລາຍ: ຄວາມກັງວົນ", "အွန်လိုင်းရောင်းချခြင်း - စိုးရိမ်ချက်များ",
                           "การขายออนไลน์: ข้อกังวล", "Bán hàng trực tuyến: những lo ngại",
                           "网上销售：顾虑"), [
        Row("select_multiple fear", "fears", tr(
            "Which of these would worry you about showing your products online?",
            "តើអ្វីខ្លះខាងក្រោមដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ ប្រសិនបើបង្ហាញផលិតផលរបស់អ្នកតាមអនឡាញ?",
            "ສິ່ງໃດຕໍ່ໄປນີ້ທີ່ເຮັດໃຫ້ທ່ານກັງວົນ ຖ້າສະແດງສິນຄ້າຂອງທ່ານທາງອອນລາຍ?",
            "သင့်ထုတ်ကုန်များကို အွန်လိုင်းတွင် ပြသလျှင် အောက်ပါတို့အနက် မည်သည်တို့ကို "
            "စိုးရိမ်ပါသနည်း။", "หากนำสินค้าไปแสดงทางออนไลน์ ท่านกังวลเรื่องใดต่อไปนี้บ้าง",
            "Nếu giới thiệu sản phẩm trên mạng, anh/chị lo ngại những điều nào sau đây?",
            "如果在网上展示产品，您会担心以下哪些问题？"),
            hint=SELECT_ALL, required=True, constraint=none_alone(),
            constraint_message=NONE_ALONE),
    ]),
    *page("services_page", tr("Services you are interested in", "សេវាដែលអ្នកចាប់អារម្មណ៍",
                              "ບໍລິການທີ່ທ່ານສົນໃຈ", "သင် စိတ်ဝင်စားသော ဝန်ဆောင်မှုများ",
                              "บริการที่ท่านสนใจ", "Các dịch vụ doanh nghiệp quan tâm",
                              "您感兴趣的服务"), [
        Row("select_multiple service", "services", tr(
            "Which services would help the enterprise?", "តើសេវាណាខ្លះនឹងជួយសហគ្រាសបាន?",
            "ບໍລິການໃດແດ່ທີ່ຈະຊ່ວຍວິສາຫະກິດໄດ້?",
            "မည်သည့် ဝန်ဆောင်မှုများက လုပ်ငန်းကို အထောက်အကူ ဖြစ်စေမည်နည်း။",
            "บริการใดบ้างที่จะช่วยกิจการของท่านได้",
            "Những dịch vụ nào sẽ giúp ích cho doanh nghiệp?", "哪些服务对贵企业有帮助？"),
            hint=SELECT_ALL, required=True, constraint=none_alone(),
            constraint_message=NONE_ALONE),
        Row("select_one level", "training_level", tr(
            "Which training suits the enterprise?", "តើវគ្គបណ្ដុះបណ្ដាលណាដែលសមស្របនឹងសហគ្រាស?",
            "ການຝຶກອົບຮົມໃດເໝາະສົມກັບວິສາຫະກິດ?",
            "မည်သည့် သင်တန်းက လုပ်ငန်းနှင့် ကိုက်ညီပါသနည်း။",
            "การฝึกอบรมแบบใดเหมาะกับกิจการของท่าน", "Khóa đào tạo nào phù hợp với doanh nghiệp?",
            "哪种培训适合贵企业？"),
            required=True, relevant="selected(${services}, 'training')"),
        Row("select_multiple site_lang", "translation_langs", tr(
            "Into which languages should the descriptions be translated?",
            "តើគួរបកប្រែការពិពណ៌នាទៅជាភាសាអ្វីខ្លះ?", "ຄວນແປຄຳອະທິບາຍເປັນພາສາໃດແດ່?",
            "ဖော်ပြချက်များကို မည်သည့် ဘာသာစကားများသို့ ဘာသာပြန်သင့်ပါသနည်း။",
            "ควรแปลคำอธิบายเป็นภาษาใดบ้าง", "Nên dịch phần mô tả sang những ngôn ngữ nào?",
            "说明需要翻译成哪些语言？"),
            hint=SELECT_ALL, required=True, relevant="selected(${services}, 'translation')",
            choice_filter="name != 'national'"),
        Row("select_one pay", "pay_fee", tr(
            "Would the enterprise pay a fee for these services?",
            "តើសហគ្រាសនឹងបង់កម្រៃសេវាសម្រាប់សេវាទាំងនេះដែរឬទេ?",
            "ວິສາຫະກິດຈະຈ່າຍຄ່າທຳນຽມສຳລັບບໍລິການເຫຼົ່ານີ້ບໍ່?",
            "ဤဝန်ဆောင်မှုများအတွက် လုပ်ငန်းက ဝန်ဆောင်ခ ပေးမည်လား။",
            "กิจการยินดีจ่ายค่าบริการสำหรับบริการเหล่านี้หรือไม่",
            "Doanh nghiệp có sẵn sàng trả phí cho các dịch vụ này không?",
            "贵企业是否愿意为这些服务付费？"),
            required=True,
            relevant="count-selected(${services}) > 0 and not(selected(${services}, 'none'))"),
        Row("decimal", "fee_year", tr(
            "How much could the enterprise pay in a year for these services?",
            "ក្នុងមួយឆ្នាំ តើសហគ្រាសអាចបង់បានប៉ុន្មានសម្រាប់សេវាទាំងនេះ?",
            "ວິສາຫະກິດສາມາດຈ່າຍໄດ້ເທົ່າໃດຕໍ່ປີສຳລັບບໍລິການເຫຼົ່ານີ້?",
            "ဤဝန်ဆောင်မှုများအတွက် လုပ်ငန်းက တစ်နှစ်လျှင် မည်မျှ ပေးနိုင်ပါသနည်း။",
            "กิจการสามารถจ่ายค่าบริการเหล่านี้ได้ปีละเท่าใด",
            "Doanh nghiệp có thể trả bao nhiêu mỗi năm cho các dịch vụ này?",
            "贵企业每年可为这些服务支付多少费用？"),
            hint=USD_HINT, relevant="${pay_fee} = 'yes' or ${pay_fee} = 'depends'",
            constraint=". >= 0", constraint_message=NOT_NEGATIVE),
        Row("select_one yes_no", "contact_ok", tr(
            "May the support agency contact you about these services?",
            "តើស្ថាប័នគាំទ្រអាចទាក់ទងអ្នកអំពីសេវាទាំងនេះបានដែរឬទេ?",
            "ອົງການສະໜັບສະໜູນສາມາດຕິດຕໍ່ທ່ານກ່ຽວກັບບໍລິການເຫຼົ່ານີ້ໄດ້ບໍ່?",
            "ဤဝန်ဆောင်မှုများနှင့် ပတ်သက်၍ ပံ့ပိုးရေးအဖွဲ့အစည်းက သင့်ထံ ဆက်သွယ်နိုင်ပါသလား။",
            "หน่วยงานส่งเสริมติดต่อท่านเกี่ยวกับบริการเหล่านี้ได้หรือไม่",
            "Tổ chức hỗ trợ có thể liên hệ với anh/chị về các dịch vụ này không?",
            "服务机构可以就这些服务与您联系吗？"), required=True),
        Row("text", "phone", tr(
            "Phone number for contact", "លេខទូរស័ព្ទសម្រាប់ទំនាក់ទំនង", "ເບີໂທລະສັບສຳລັບຕິດຕໍ່",
            "ဆက်သွယ်ရန် ဖုန်းနံပါတ်", "หมายเลขโทรศัพท์สำหรับติดต่อ", "Số điện thoại liên hệ",
            "联系电话"),
            required=True, relevant="${contact_ok} = 'yes'",
            constraint="regex(., '^\\+?[0-9 ]{6,20}$')", appearance="numbers",
            constraint_message=tr(
                "Only digits and spaces, optionally starting with +, e.g. +855 12 345 678",
                "សូមប្រើតែលេខ និងដកឃ្លា អាចចាប់ផ្ដើមដោយ + ឧទាហរណ៍ +855 12 345 678",
                "ໃຊ້ສະເພາະຕົວເລກ ແລະ ຍະຫວ່າງ, ອາດເລີ່ມດ້ວຍ + ເຊັ່ນ +856 20 5555 1234",
                "ဂဏန်းနှင့် ကွက်လပ်များသာ သုံးပါ၊ + ဖြင့် စနိုင်သည်၊ ဥပမာ +95 9 123 456 789",
                "ใช้ตัวเลขและเว้นวรรคเท่านั้น ขึ้นต้นด้วย + ได้ เช่น +66 81 234 5678",
                "Chỉ gồm chữ số và dấu cách, có thể bắt đầu bằng +, ví dụ +84 912 345 678",
                "只能包含数字和空格，可以+开头，例如 +86 871 1234 5678")),
        Row("text", "comments", tr(
            "Anything else you would like to tell us?",
            "តើមានអ្វីផ្សេងទៀតដែលអ្នកចង់ប្រាប់យើងទេ?", "ມີຫຍັງອື່ນອີກທີ່ທ່ານຢາກບອກພວກເຮົາບໍ່?",
            "ကျွန်ုပ်တို့ကို ပြောပြလိုသည့် အခြားအရာ ရှိပါသလား။",
            "มีสิ่งอื่นที่ท่านต้องการบอกเราหรือไม่", "Anh/chị có muốn chia sẻ thêm điều gì không?",
            "您还有其他想告诉我们的吗？"), appearance="multiline"),
        Row("note", "thanks", tr(
            "Thank you for your time.", "សូមអរគុណសម្រាប់ពេលវេលារបស់អ្នក។", "ຂອບໃຈທີ່ສະລະເວລາ.",
            "အချိန်ပေးမှုအတွက် ကျေးဇူးတင်ပါသည်။", "ขอบคุณที่สละเวลา",
            "Cảm ơn anh/chị đã dành thời gian.", "感谢您抽出宝贵时间。")),
    ]),
]

SPECS.append(Spec(
    "ebusiness_needs_assessment",
    {
        "survey": survey_table(NEEDS_SURVEY),
        "choices": choices_table(NEEDS_CHOICES),
        "settings": settings_table(NEEDS_TITLE, "ebusiness_needs_assessment", "2026120501"),
        # A response linked to an SME updates its record: the questions with a save_to.
        "entities": [["list_name", "label"], ["smes", "${biz_name}"]],
    },
    fill(
        "A Siem Reap silk workshop, filled in Khmer: first with no internet (the internet and "
        "website pages are skipped), then with e-mail and a website; every check of the form",
        [
            put("biz_name", "សិប្បកម្មសូត្រ បុប្ផា"),
            put("respondent_role", "owner"),
            put("economy", "KH"),
            put("province", "សៀមរាប"),
            put("sector", "other"),
            relevant("sector_other", True),
            error("sector_other", "required", text="សូមឆ្លើយ"),
            put("sector", "handicrafts"),
            relevant("sector_other", False),
            put("year_started", 2031),
            error("year_started", "constraint", text="1900"),
            put("year_started", 2009),
            error("year_started", None),
            put("emp_total", 0),
            error("emp_total", "constraint", text="ម្ចាស់"),
            put("emp_total", 14),
            put("emp_female", 15),
            error("emp_female", "constraint", text="បុគ្គលិកស្រី"),
            put("emp_female", 11),
            value("size_class", "small"),
            value("female_share", 79),
            put("markets", ["local", "border"]),
            # no internet at first: the internet and website pages are skipped
            put("tools", ["fax", "mobile", "none"]),
            error("tools", "constraint", text="«គ្មាន»"),
            put("tools", ["fax", "mobile"]),
            value("online_tools", 0),
            value("ict_fax", "yes"),
            value("ict_email", "no"),
            put("uses_internet", "no"),
            error("uses_internet", None),
            relevant("internet", False),
            relevant("website_page", False),
            relevant("online_sales_pct", False),
            # then e-mail and a website: answering No is refused
            put("tools", ["fax", "mobile", "email", "website"]),
            value("online_tools", 2),
            value("ict_email", "yes"),
            error("uses_internet", "constraint", text="អ៊ីនធឺណិត"),
            put("uses_internet", "yes"),
            error("uses_internet", None),
            relevant("internet", True),
            relevant("website_page", True),
            error("connection", "required", text="យ៉ាងហោចណាស់"),
            put("connection", ["mobile_data"]),
            put("internet_uses", ["email", "search", "selling"]),
            relevant("online_sales_pct", True),
            put("hours_week", 200),
            error("hours_week", "constraint", text="168"),
            put("hours_week", 12),
            put("online_sales_pct", 140),
            error("online_sales_pct", "constraint"),
            put("online_sales_pct", 15),
            put("website_url", "bopha silk"),
            error("website_url", "constraint", text="www.example.com"),
            put("website_url", "www.bophasilk.com.kh"),
            error("website_url", None),
            put("website_langs", ["national", "english"]),
            put("website_updated", "monthly"),
            put("website_builder", "family"),
            put("website_orders", "yes"),
            relevant("inquiries_abroad", False),
            put("inquiries", 10),
            relevant("inquiries_abroad", True),
            put("inquiries_abroad", 12),
            error("inquiries_abroad", "constraint"),
            put("inquiries_abroad", 4),
            relevant("main_obstacle", False),
            put("obstacles", ["skills", "infrastructure", "language"]),
            relevant("main_obstacle", True),
            choices("main_obstacle", ["skills", "infrastructure", "language"]),
            put("main_obstacle", "language"),
            put("fears", ["designs", "exports"]),
            put("services", ["catalogue", "translation", "training"]),
            relevant("training_level", True),
            put("training_level", "advanced"),
            relevant("translation_langs", True),
            choices("translation_langs", ["english", "chinese", "japanese", "other_lang"]),
            put("translation_langs", ["english", "japanese"]),
            put("pay_fee", "depends"),
            relevant("fee_year", True),
            put("fee_year", -5),
            error("fee_year", "constraint"),
            put("fee_year", 120),
            put("contact_ok", "yes"),
            error("phone", "required"),
            put("phone", "012-345-678"),
            error("phone", "constraint", text="+855"),
            put("phone", "+855 12 345 678"),
            error("phone", None),
            put("comments", "យើងចង់លក់ក្រមាសូត្រទៅប្រទេសជប៉ុន"),
        ],
        {
            "biz_name": "សិប្បកម្មសូត្រ បុប្ផា", "economy": "KH", "sector": "handicrafts",
            "year_started": 2009, "emp_total": 14, "emp_female": 11, "size_class": "small",
            "markets": ["local", "border"], "tools": ["fax", "mobile", "email", "website"],
            "uses_internet": "yes", "internet_uses": ["email", "search", "selling"],
            "online_sales_pct": 15, "website_url": "www.bophasilk.com.kh", "inquiries": 10,
            "inquiries_abroad": 4, "main_obstacle": "language",
            "fears": ["designs", "exports"],
            "services": ["catalogue", "translation", "training"],
            "training_level": "advanced", "translation_langs": ["english", "japanese"],
            "pay_fee": "depends", "fee_year": 120, "phone": "+855 12 345 678",
            "ict_fax": "yes", "ict_fixed_phone": "no", "ict_mobile": "yes", "ict_email": "yes",
            "ict_website": "yes", "ict_social_media": "no", "ict_emarketplace": "no",
        },
        today="2024-06-15",
        lang="km",
        form={"languages": CODES, "default_language": "en",
              "label": {"emp_female": {"en": "Of whom women", "lo": "ໃນນັ້ນເປັນແມ່ຍິງ",
                                       "zh_CN": "其中女性员工人数"},
                        "tools": {"th": "กิจการใช้สิ่งใดต่อไปนี้ในการทำธุรกิจบ้าง"}}},
    ),
    kind="shipped",
))


# == 2. Workshop evaluation =======================================================================

EVALUATION_TITLE = tr(
    "Workshop evaluation",
    "ការវាយតម្លៃសិក្ខាសាលា",
    "ການປະເມີນຊຸດຝຶກອົບຮົມ",
    "သင်တန်း အကဲဖြတ်ချက်",
    "แบบประเมินการอบรม",
    "Đánh giá khóa tập huấn",
    "培训班评估",
)

MODULES = [(m["code"].lower(), _seed_labels(m["title"])) for m in _seed("modules.json")]

RATING = [
    ("1", tr("1 – Strongly disagree", "1 – មិនយល់ស្របទាល់តែសោះ", "1 – ບໍ່ເຫັນດີຢ່າງຍິ່ງ",
             "1 – လုံးဝ သဘောမတူပါ", "1 – ไม่เห็นด้วยอย่างยิ่ง", "1 – Hoàn toàn không đồng ý",
             "1 – 非常不同意")),
    ("2", tr("2 – Disagree", "2 – មិនយល់ស្រប", "2 – ບໍ່ເຫັນດີ", "2 – သဘောမတူပါ",
             "2 – ไม่เห็นด้วย", "2 – Không đồng ý", "2 – 不同意")),
    ("3", tr("3 – Neither agree nor disagree", "3 – អព្យាក្រឹត", "3 – ເປັນກາງ", "3 – ကြားနေ",
             "3 – ไม่แน่ใจ", "3 – Không có ý kiến", "3 – 中立")),
    ("4", tr("4 – Agree", "4 – យល់ស្រប", "4 – ເຫັນດີ", "4 – သဘောတူသည်", "4 – เห็นด้วย",
             "4 – Đồng ý", "4 – 同意")),
    ("5", tr("5 – Strongly agree", "5 – យល់ស្របយ៉ាងខ្លាំង", "5 – ເຫັນດີຢ່າງຍິ່ງ",
             "5 – အပြည့်အဝ သဘောတူသည်", "5 – เห็นด้วยอย่างยิ่ง", "5 – Hoàn toàn đồng ý",
             "5 – 非常同意")),
]
RATE_REQUIRED = tr(
    "Please choose a rating from 1 to 5.", "សូមជ្រើសរើសពិន្ទុពី 1 ដល់ 5។",
    "ກະລຸນາເລືອກຄະແນນແຕ່ 1 ຫາ 5.", "1 မှ 5 အတွင်း အမှတ်တစ်ခု ရွေးပါ။",
    "กรุณาเลือกคะแนน 1 ถึง 5", "Vui lòng chọn mức điểm từ 1 đến 5.", "请选择1到5分。",
)
CRITERIA = ["r_relevance", "r_efficiency", "r_effectiveness", "r_impact", "r_sustainability"]

EVALUATION_CHOICES: dict[str, list[tuple[str, Tr]]] = {
    "yes_no": YES_NO,
    "participant": [
        ("sme_owner", tr("Owner or manager of an SME", "ម្ចាស់ ឬអ្នកគ្រប់គ្រងសហគ្រាសធុនតូច និងមធ្យម",
                         "ເຈົ້າຂອງ ຫຼື ຜູ້ຈັດການວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ",
                         "အသေးစားနှင့် အလတ်စား လုပ်ငန်း ပိုင်ရှင် သို့မဟုတ် မန်နေဂျာ",
                         "เจ้าของหรือผู้จัดการวิสาหกิจขนาดกลางและขนาดย่อม",
                         "Chủ hoặc quản lý doanh nghiệp nhỏ và vừa", "中小企业主或经理")),
        ("sme_staff", tr("Employee of an SME", "បុគ្គលិកសហគ្រាសធុនតូច និងមធ្យម",
                         "ພະນັກງານວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ",
                         "အသေးစားနှင့် အလတ်စား လုပ်ငန်း ဝန်ထမ်း",
                         "พนักงานวิสาหกิจขนาดกลางและขนาดย่อม", "Nhân viên doanh nghiệp nhỏ và vừa",
                         "中小企业员工")),
        ("agency", tr("Staff of a support agency (chamber of commerce, trade promotion centre…)",
                      "បុគ្គលិកស្ថាប័នគាំទ្រ (សភាពាណិជ្ជកម្ម មជ្ឈមណ្ឌលលើកកម្ពស់ពាណិជ្ជកម្ម…)",
                      "ພະນັກງານອົງການສະໜັບສະໜູນ (ສະພາການຄ້າ, ສູນສົ່ງເສີມການຄ້າ…)",
                      "ပံ့ပိုးရေးအဖွဲ့အစည်း ဝန်ထမ်း (ကုန်သည်စက်မှုအသင်း၊ "
                      "ကုန်သွယ်မှုမြှင့်တင်ရေးစင်တာ…)",
                      "เจ้าหน้าที่หน่วยงานส่งเสริม (หอการค้า ศูนย์ส่งเสริมการค้า…)",
                      "Cán bộ tổ chức hỗ trợ (phòng thương mại, trung tâm xúc tiến thương mại…)",
                      "服务机构工作人员（商会、贸易促进中心等）")),
        ("trainer", tr("Trainer or consultant", "គ្រូបង្គោល ឬទីប្រឹក្សា", "ຄູຝຶກ ຫຼື ທີ່ປຶກສາ",
                       "သင်တန်းဆရာ သို့မဟုတ် အတိုင်ပင်ခံ", "วิทยากรหรือที่ปรึกษา",
                       "Giảng viên hoặc chuyên gia tư vấn", "培训师或顾问")),
        ("other", tr("Other", "ផ្សេងៗ", "ອື່ນໆ", "အခြား", "อื่น ๆ", "Khác", "其他")),
    ],
    "sex": [
        ("female", tr("Female", "ស្រី", "ຍິງ", "အမျိုးသမီး", "หญิง", "Nữ", "女")),
        ("male", tr("Male", "ប្រុស", "ຊາຍ", "အမျိုးသား", "ชาย", "Nam", "男")),
        ("other", tr("Other", "ផ្សេងទៀត", "ອື່ນໆ", "အခြား", "อื่น ๆ", "Khác", "其他")),
    ],
    "rating": RATING,
    "module": MODULES,
    "step": [
        ("website", tr("Create or improve a website", "បង្កើត ឬកែលម្អគេហទំព័រ",
                       "ສ້າງ ຫຼື ປັບປຸງເວັບໄຊ", "ဝက်ဘ်ဆိုက် တည်ဆောက်ခြင်း သို့မဟုတ် ပြုပြင်ခြင်း",
                       "สร้างหรือปรับปรุงเว็บไซต์", "Xây dựng hoặc cải thiện website",
                       "建设或改进网站")),
        ("catalogue", tr("Put products in an online catalogue or on an e-marketplace",
                         "ដាក់ផលិតផលក្នុងកាតាឡុកតាមអនឡាញ ឬលើទីផ្សារអនឡាញ",
                         "ນຳສິນຄ້າຂຶ້ນແຄັດຕາລັອກອອນລາຍ ຫຼື ຕະຫຼາດອອນລາຍ",
                         "ထုတ်ကုန်များကို အွန်လိုင်း ကတ်တလောက် သို့မဟုတ် အွန်လိုင်းဈေးကွက်တွင် တင်ခြင်း",
                         "นำสินค้าขึ้นแคตตาล็อกออนไลน์หรือตลาดออนไลน์",
                         "Đưa sản phẩm lên danh mục trực tuyến hoặc sàn thương mại điện tử",
                         "把产品放到网上产品目录或电商平台")),
        ("email", tr("Use e-mail with customers and suppliers",
                     "ប្រើអ៊ីមែលជាមួយអតិថិជន និងអ្នកផ្គត់ផ្គង់", "ໃຊ້ອີເມວກັບລູກຄ້າ ແລະ ຜູ້ສະໜອງ",
                     "ဖောက်သည်များနှင့် ပေးသွင်းသူများထံ အီးမေးလ် အသုံးပြုခြင်း",
                     "ใช้อีเมลติดต่อลูกค้าและซัพพลายเออร์", "Dùng email với khách hàng và nhà cung cấp",
                     "用电子邮件联系客户和供应商")),
        ("social", tr("Market the business on social media", "ធ្វើទីផ្សារអាជីវកម្មលើបណ្ដាញសង្គម",
                      "ເຮັດການຕະຫຼາດຜ່ານສື່ສັງຄົມອອນລາຍ",
                      "ဆိုရှယ်မီဒီယာတွင် လုပ်ငန်းကို ဈေးကွက်ရှာဖွေခြင်း", "ทำการตลาดบนโซเชียลมีเดีย",
                      "Tiếp thị trên mạng xã hội", "在社交媒体上推广业务")),
        ("share", tr("Pass on what I learned to colleagues or other SMEs",
                     "ចែករំលែកអ្វីដែលបានរៀនដល់សហការី ឬសហគ្រាសផ្សេងទៀត",
                     "ຖ່າຍທອດສິ່ງທີ່ໄດ້ຮຽນໃຫ້ເພື່ອນຮ່ວມງານ ຫຼື ວິສາຫະກິດອື່ນ",
                     "သင်ယူခဲ့သည်များကို လုပ်ဖော်ကိုင်ဖက်များ သို့မဟုတ် အခြားလုပ်ငန်းများထံ မျှဝေခြင်း",
                     "ถ่ายทอดสิ่งที่ได้เรียนรู้ให้เพื่อนร่วมงานหรือวิสาหกิจอื่น",
                     "Chia sẻ những gì đã học cho đồng nghiệp hoặc doanh nghiệp khác",
                     "把所学传授给同事或其他中小企业")),
        ("help", tr("Ask the support agency for help", "ស្នើសុំជំនួយពីស្ថាប័នគាំទ្រ",
                    "ຂໍຄວາມຊ່ວຍເຫຼືອຈາກອົງການສະໜັບສະໜູນ",
                    "ပံ့ပိုးရေးအဖွဲ့အစည်းထံ အကူအညီ တောင်းခြင်း", "ขอความช่วยเหลือจากหน่วยงานส่งเสริม",
                    "Nhờ tổ chức hỗ trợ giúp đỡ", "向服务机构寻求帮助")),
        ("none", tr("Nothing planned yet", "មិនទាន់មានគម្រោងនៅឡើយ", "ຍັງບໍ່ມີແຜນ",
                    "မစီစဉ်ရသေးပါ", "ยังไม่มีแผน", "Chưa có kế hoạch", "暂无计划")),
    ],
    "pay": PAY,
}


def rating(name: str, statement: Tr) -> Row:
    return Row("select_one rating", name, statement, required=True,
               required_message=RATE_REQUIRED, appearance="likert")


EVALUATION_SURVEY: list[Row] = [
    *page("about", tr("About you", "អំពីអ្នក", "ກ່ຽວກັບທ່ານ", "သင့်အကြောင်း", "ข้อมูลของท่าน",
                      "Thông tin về anh/chị", "您的基本情况"), [
        Row("note", "intro", tr(
            "Please tell us what you thought of this workshop. Your answers are anonymous and "
            "help us improve the next ones.",
            "សូមប្រាប់យើងពីមតិរបស់អ្នកអំពីសិក្ខាសាលានេះ។ ចម្លើយរបស់អ្នកមិនបញ្ចេញឈ្មោះទេ "
            "ហើយជួយយើងកែលម្អសិក្ខាសាលាលើកក្រោយ។",
            "ກະລຸນາບອກຄວາມຄິດເຫັນຂອງທ່ານຕໍ່ຊຸດຝຶກອົບຮົມນີ້. ຄຳຕອບຂອງທ່ານບໍ່ມີການລະບຸຊື່ "
            "ແລະ ຈະຊ່ວຍພວກເຮົາປັບປຸງຊຸດຝຶກອົບຮົມຄັ້ງຕໍ່ໄປ.",
            "ဤသင်တန်းအပေါ် သင့်အမြင်ကို ပြောပြပေးပါ။ သင့်အဖြေများတွင် အမည် မဖော်ပြပါ၊ "
            "နောက်သင်တန်းများ ပိုမိုကောင်းမွန်စေရန် အထောက်အကူ ဖြစ်ပါမည်။",
            "กรุณาบอกความคิดเห็นของท่านต่อการอบรมครั้งนี้ คำตอบของท่านจะไม่ระบุชื่อ "
            "และจะช่วยให้เราปรับปรุงการอบรมครั้งต่อไป",
            "Xin anh/chị cho biết ý kiến về khóa tập huấn này. Câu trả lời được giữ ẩn danh và "
            "giúp chúng tôi cải thiện các khóa sau.",
            "请谈谈您对本次培训班的看法。您的回答是匿名的，将帮助我们改进今后的培训。")),
        Row("select_one participant", "participant_type", tr(
            "Which describes you best?", "តើមួយណាដែលពិពណ៌នាអំពីអ្នកបានល្អបំផុត?",
            "ຂໍ້ໃດອະທິບາຍກ່ຽວກັບທ່ານໄດ້ດີທີ່ສຸດ?", "သင့်ကို အကောင်းဆုံး ဖော်ပြသည့်အရာမှာ မည်သည်နည်း။",
            "ข้อใดตรงกับท่านมากที่สุด", "Anh/chị thuộc nhóm nào sau đây?",
            "以下哪项最符合您的情况？"), required=True),
        Row("select_one sex", "sex", tr("Sex", "ភេទ", "ເພດ", "ကျား/မ", "เพศ", "Giới tính", "性别"),
            required=True, appearance="horizontal"),
        Row("integer", "days_attended", tr(
            "How many days of the workshop did you attend?",
            "តើអ្នកបានចូលរួមសិក្ខាសាលាប៉ុន្មានថ្ងៃ?", "ທ່ານໄດ້ເຂົ້າຮ່ວມຊຸດຝຶກອົບຮົມຈັກມື້?",
            "သင်တန်းကို ရက်ပေါင်း မည်မျှ တက်ရောက်ခဲ့ပါသနည်း။", "ท่านเข้าร่วมการอบรมกี่วัน",
            "Anh/chị đã tham dự khóa tập huấn bao nhiêu ngày?", "您参加了几天培训？"),
            required=True, constraint=". >= 1 and . <= 5",
            constraint_message=tr(
                "Enter a number of days from 1 to 5.", "សូមបញ្ចូលចំនួនថ្ងៃពី 1 ដល់ 5។",
                "ກະລຸນາປ້ອນຈຳນວນມື້ແຕ່ 1 ຫາ 5.", "ရက်အရေအတွက်ကို 1 မှ 5 အတွင်း ထည့်ပါ။",
                "กรุณากรอกจำนวนวัน 1 ถึง 5", "Vui lòng nhập số ngày từ 1 đến 5.",
                "请输入1到5之间的天数。")),
    ]),
    *page("ratings", tr("Your ratings", "ការវាយតម្លៃរបស់អ្នក", "ການປະເມີນຂອງທ່ານ",
                        "သင်၏ အဆင့်သတ်မှတ်ချက်များ", "การให้คะแนนของท่าน",
                        "Đánh giá của anh/chị", "您的评分"), [
        Row("note", "ratings_note", tr(
            "How far do you agree with each statement? 1 = strongly disagree, "
            "5 = strongly agree.",
            "តើអ្នកយល់ស្របនឹងសេចក្ដីថ្លែងនីមួយៗកម្រិតណា? 1 = មិនយល់ស្របទាល់តែសោះ, "
            "5 = យល់ស្របយ៉ាងខ្លាំង។",
            "ທ່ານເຫັນດີກັບແຕ່ລະຂໍ້ຄວາມຫຼາຍປານໃດ? 1 = ບໍ່ເຫັນດີຢ່າງຍິ່ງ, 5 = ເຫັນດີຢ່າງຍິ່ງ.",
            "ဖော်ပြချက်တစ်ခုစီကို သင် မည်မျှ သဘောတူပါသနည်း။ 1 = လုံးဝ သဘောမတူပါ၊ "
            "5 = အပြည့်အဝ သဘောတူသည်။",
            "ท่านเห็นด้วยกับแต่ละข้อความมากน้อยเพียงใด 1 = ไม่เห็นด้วยอย่างยิ่ง, "
            "5 = เห็นด้วยอย่างยิ่ง",
            "Anh/chị đồng ý với từng nhận định sau ở mức nào? 1 = hoàn toàn không đồng ý, "
            "5 = hoàn toàn đồng ý.",
            "您对以下各项说法的同意程度如何？1 = 非常不同意，5 = 非常同意。")),
        rating("r_relevance", tr(
            "Relevance: the workshop met the needs of my business or organisation",
            "ភាពពាក់ព័ន្ធ៖ សិក្ខាសាលាបានឆ្លើយតបនឹងតម្រូវការរបស់អាជីវកម្ម ឬស្ថាប័នរបស់ខ្ញុំ",
            "ຄວາມກ່ຽວຂ້ອງ: ຊຸດຝຶກອົບຮົມຕອບສະໜອງຄວາມຕ້ອງການຂອງທຸລະກິດ ຫຼື ອົງການຂອງຂ້ອຍ",
            "သက်ဆိုင်မှု - သင်တန်းသည် ကျွန်ုပ်၏ လုပ်ငန်း သို့မဟုတ် အဖွဲ့အစည်း၏ "
            "လိုအပ်ချက်များနှင့် ကိုက်ညီခဲ့သည်",
            "ความสอดคล้อง: การอบรมตรงกับความต้องการของธุรกิจหรือหน่วยงานของข้าพเจ้า",
            "Tính phù hợp: khóa tập huấn đáp ứng nhu cầu của doanh nghiệp hoặc tổ chức của tôi",
            "相关性：培训内容切合我的企业或机构的需要")),
        rating("r_efficiency", tr(
            "Efficiency: the time, materials and organisation were used well",
            "ប្រសិទ្ធភាព៖ ពេលវេលា ឯកសារ និងការរៀបចំត្រូវបានប្រើប្រាស់បានល្អ",
            "ປະສິດທິພາບ: ເວລາ, ເອກະສານ ແລະ ການຈັດຕັ້ງຖືກນຳໃຊ້ຢ່າງເໝາະສົມ",
            "စွမ်းဆောင်ရည် - အချိန်၊ သင်ထောက်ကူပစ္စည်းများနှင့် စီစဉ်မှုကို ကောင်းစွာ "
            "အသုံးချခဲ့သည်",
            "ประสิทธิภาพ: ใช้เวลา เอกสาร และการจัดการได้อย่างคุ้มค่า",
            "Hiệu suất: thời gian, tài liệu và công tác tổ chức được sử dụng hợp lý",
            "效率：时间、资料和组织安排得当")),
        rating("r_effectiveness", tr(
            "Effectiveness: I learned what the workshop set out to teach",
            "ប្រសិទ្ធផល៖ ខ្ញុំបានរៀនអ្វីដែលសិក្ខាសាលាមានគោលបំណងបង្រៀន",
            "ປະສິດທິຜົນ: ຂ້ອຍໄດ້ຮຽນຮູ້ສິ່ງທີ່ຊຸດຝຶກອົບຮົມຕັ້ງເປົ້າໝາຍໄວ້",
            "ထိရောက်မှု - သင်တန်းက သင်ကြားရန် ရည်ရွယ်ထားသည်များကို ကျွန်ုပ် သင်ယူခဲ့ရသည်",
            "ประสิทธิผล: ข้าพเจ้าได้เรียนรู้ตามวัตถุประสงค์ของการอบรม",
            "Hiệu quả: tôi đã học được những nội dung mà khóa tập huấn đặt ra",
            "效果：我掌握了培训预定的学习内容")),
        rating("r_impact", tr(
            "Impact: the workshop will change how my business or organisation works",
            "ផលប៉ះពាល់៖ សិក្ខាសាលានឹងផ្លាស់ប្ដូររបៀបដំណើរការអាជីវកម្ម ឬស្ថាប័នរបស់ខ្ញុំ",
            "ຜົນກະທົບ: ຊຸດຝຶກອົບຮົມຈະປ່ຽນແປງວິທີເຮັດວຽກຂອງທຸລະກິດ ຫຼື ອົງການຂອງຂ້ອຍ",
            "အကျိုးသက်ရောက်မှု - သင်တန်းသည် ကျွန်ုပ်၏ လုပ်ငန်း သို့မဟုတ် အဖွဲ့အစည်း "
            "လုပ်ဆောင်ပုံကို ပြောင်းလဲစေမည်",
            "ผลกระทบ: การอบรมจะเปลี่ยนวิธีการทำงานของธุรกิจหรือหน่วยงานของข้าพเจ้า",
            "Tác động: khóa tập huấn sẽ thay đổi cách làm việc của doanh nghiệp hoặc tổ chức "
            "của tôi", "影响：培训将改变我的企业或机构的工作方式")),
        rating("r_sustainability", tr(
            "Sustainability: I can keep using what I learned without outside help",
            "និរន្តរភាព៖ ខ្ញុំអាចបន្តប្រើប្រាស់អ្វីដែលបានរៀន ដោយមិនត្រូវការជំនួយពីខាងក្រៅ",
            "ຄວາມຍືນຍົງ: ຂ້ອຍສາມາດນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນຕໍ່ໄປໄດ້ ໂດຍບໍ່ຕ້ອງອາໄສການຊ່ວຍເຫຼືອຈາກພາຍນອກ",
            "ရေရှည်တည်တံ့မှု - သင်ယူခဲ့သည်များကို ပြင်ပအကူအညီမပါဘဲ ဆက်လက် အသုံးချနိုင်သည်",
            "ความยั่งยืน: ข้าพเจ้าสามารถนำสิ่งที่เรียนรู้ไปใช้ต่อได้เองโดยไม่ต้องพึ่ง"
            "ความช่วยเหลือจากภายนอก",
            "Tính bền vững: tôi có thể tiếp tục áp dụng những gì đã học mà không cần hỗ trợ "
            "từ bên ngoài", "可持续性：没有外部帮助，我也能继续运用所学内容")),
        Row("calculate", "avg_score", calculation=(
            "round((" + " + ".join(f"${{{name}}}" for name in CRITERIA) + ") div 5, 1)")),
        Row("text", "low_reason", tr(
            "You gave a low rating. What should we change?",
            "អ្នកបានផ្ដល់ពិន្ទុទាប។ តើយើងគួរកែប្រែអ្វីខ្លះ?",
            "ທ່ານໃຫ້ຄະແນນຕ່ຳ. ພວກເຮົາຄວນປັບປຸງຫຍັງແດ່?",
            "သင်သည် အမှတ်နည်းနည်း ပေးခဲ့သည်။ ကျွန်ုပ်တို့ ဘာကို ပြောင်းလဲသင့်ပါသနည်း။",
            "ท่านให้คะแนนต่ำ เราควรปรับปรุงอะไรบ้าง",
            "Anh/chị đã chấm điểm thấp. Chúng tôi nên thay đổi điều gì?",
            "您给出了较低的评分。我们应当改进什么？"),
            required=True, appearance="multiline",
            required_message=tr(
                "Please tell us briefly why, so that we can improve.",
                "សូមប្រាប់យើងដោយសង្ខេបពីមូលហេតុ ដើម្បីឱ្យយើងអាចកែលម្អបាន។",
                "ກະລຸນາບອກເຫດຜົນໂດຍຫຍໍ້ ເພື່ອໃຫ້ພວກເຮົາປັບປຸງໄດ້.",
                "ကျွန်ုပ်တို့ တိုးတက်အောင် လုပ်နိုင်ရန် အကြောင်းရင်းကို အတိုချုပ် ပြောပြပေးပါ။",
                "กรุณาบอกเหตุผลสั้น ๆ เพื่อให้เราปรับปรุงได้",
                "Vui lòng cho biết ngắn gọn lý do để chúng tôi cải thiện.",
                "请简要说明原因，以便我们改进。"),
            relevant=" or ".join(f"${{{name}}} <= 2" for name in CRITERIA)),
    ]),
    *page("modules_page", tr("The modules", "ម៉ូឌុលនៃសិក្ខាសាលា", "ບົດຮຽນ", "သင်ခန်းစာများ",
                             "โมดูลการอบรม", "Các mô-đun", "课程模块"), [
        Row("select_multiple module", "modules_useful", tr(
            "Which modules were the most useful to you?",
            "តើម៉ូឌុលណាខ្លះមានប្រយោជន៍បំផុតសម្រាប់អ្នក?", "ບົດຮຽນໃດແດ່ທີ່ເປັນປະໂຫຍດຕໍ່ທ່ານທີ່ສຸດ?",
            "မည်သည့် သင်ခန်းစာများက သင့်အတွက် အကျိုးအရှိဆုံး ဖြစ်ခဲ့ပါသနည်း။",
            "โมดูลใดมีประโยชน์ต่อท่านมากที่สุด", "Những mô-đun nào hữu ích nhất đối với anh/chị?",
            "哪些模块对您最有用？"),
            hint=tr("Tick up to three", "ជ្រើសរើសបានរហូតដល់បី", "ເລືອກໄດ້ບໍ່ເກີນສາມບົດ",
                    "သုံးခုအထိ ရွေးနိုင်သည်", "เลือกได้ไม่เกินสามข้อ", "Chọn tối đa ba mô-đun",
                    "最多选三项"),
            required=True, constraint="count-selected(.) <= 3",
            constraint_message=tr(
                "Tick at most three modules.", "សូមជ្រើសរើសមិនឱ្យលើសពីបីម៉ូឌុល។",
                "ກະລຸນາເລືອກບໍ່ເກີນສາມບົດຮຽນ.", "သင်ခန်းစာ သုံးခုထက် ပို၍ မရွေးပါနှင့်။",
                "กรุณาเลือกไม่เกินสามโมดูล", "Vui lòng chọn không quá ba mô-đun.",
                "最多只能选择三个模块。")),
        Row("select_one module", "module_best", tr(
            "And which one was the most useful of all?",
            "ក្នុងចំណោមទាំងនោះ តើមួយណាមានប្រយោជន៍ជាងគេ?", "ໃນນັ້ນ ບົດໃດເປັນປະໂຫຍດທີ່ສຸດ?",
            "ယင်းတို့အနက် မည်သည့် သင်ခန်းစာက အကျိုးအရှိဆုံး ဖြစ်ပါသနည်း။",
            "ในจำนวนนี้ โมดูลใดมีประโยชน์ที่สุด", "Trong số đó, mô-đun nào hữu ích nhất?",
            "其中哪一个最有用？"),
            required=True, relevant="count-selected(${modules_useful}) > 1",
            choice_filter="selected(${modules_useful}, name)"),
        Row("text", "missing_topics", tr(
            "Which topics were missing or too short?", "តើប្រធានបទណាខ្លះដែលខ្វះ ឬខ្លីពេក?",
            "ຫົວຂໍ້ໃດແດ່ທີ່ຍັງຂາດ ຫຼື ສັ້ນເກີນໄປ?",
            "မည်သည့် ခေါင်းစဉ်များ မပါဝင်ခဲ့ သို့မဟုတ် တိုလွန်းခဲ့ပါသနည်း။",
            "หัวข้อใดที่ขาดไปหรือสั้นเกินไป", "Những chủ đề nào còn thiếu hoặc quá ngắn?",
            "哪些主题缺少或讲得太少？"), appearance="multiline"),
    ]),
    *page("next", tr("After the workshop", "បន្ទាប់ពីសិក្ខាសាលា", "ຫຼັງຈາກຊຸດຝຶກອົບຮົມ",
                     "သင်တန်းပြီးနောက်", "หลังการอบรม", "Sau khóa tập huấn", "培训之后"), [
        Row("select_multiple step", "next_steps", tr(
            "What will you do in the next three months?",
            "តើអ្នកនឹងធ្វើអ្វីខ្លះក្នុងរយៈពេលបីខែខាងមុខ?", "ທ່ານຈະເຮັດຫຍັງແດ່ໃນສາມເດືອນຂ້າງໜ້າ?",
            "လာမည့် သုံးလအတွင်း သင် ဘာတွေ လုပ်မည်နည်း။", "ในสามเดือนข้างหน้า ท่านจะทำอะไรบ้าง",
            "Trong ba tháng tới, anh/chị sẽ làm gì?", "未来三个月您打算做什么？"),
            hint=SELECT_ALL, required=True, constraint=none_alone(),
            constraint_message=NONE_ALONE),
        Row("select_one pay", "pay_followup", tr(
            "Would you pay a fee for follow-up services, such as help with a website or a "
            "product catalogue?",
            "តើអ្នកនឹងបង់កម្រៃសេវាសម្រាប់សេវាតាមដានបន្ត ដូចជាជំនួយលើគេហទំព័រ "
            "ឬកាតាឡុកផលិតផលដែរឬទេ?",
            "ທ່ານຈະຈ່າຍຄ່າທຳນຽມສຳລັບບໍລິການຕິດຕາມຕໍ່ເນື່ອງ ເຊັ່ນ ການຊ່ວຍເຫຼືອເລື່ອງເວັບໄຊ "
            "ຫຼື ແຄັດຕາລັອກສິນຄ້າບໍ່?",
            "ဝက်ဘ်ဆိုက် သို့မဟုတ် ကုန်ပစ္စည်း ကတ်တလောက်အတွက် အကူအညီကဲ့သို့ နောက်ဆက်တွဲ "
            "ဝန်ဆောင်မှုများအတွက် ဝန်ဆောင်ခ ပေးမည်လား။",
            "ท่านยินดีจ่ายค่าบริการสำหรับบริการติดตามผล เช่น ความช่วยเหลือด้านเว็บไซต์"
            "หรือแคตตาล็อกสินค้า หรือไม่",
            "Anh/chị có sẵn sàng trả phí cho các dịch vụ hỗ trợ tiếp theo, như giúp làm website "
            "hoặc danh mục sản phẩm không?",
            "您是否愿意为后续服务（如网站或产品目录方面的帮助）付费？"), required=True),
        Row("decimal", "fee_amount", tr(
            "What fee for one service would be fair?",
            "តើកម្រៃសម្រាប់សេវាមួយប៉ុន្មានទើបសមរម្យ?", "ຄ່າທຳນຽມຕໍ່ໜຶ່ງບໍລິການເທົ່າໃດຈຶ່ງເໝາະສົມ?",
            "ဝန်ဆောင်မှုတစ်ခုအတွက် ဝန်ဆောင်ခ မည်မျှသည် သင့်တော်ပါသနည်း။",
            "ค่าบริการต่อหนึ่งบริการเท่าใดจึงเหมาะสม",
            "Mức phí bao nhiêu cho một dịch vụ là hợp lý?", "每项服务收费多少比较合理？"),
            hint=USD_HINT, relevant="${pay_followup} = 'yes' or ${pay_followup} = 'depends'",
            constraint=". >= 0", constraint_message=NOT_NEGATIVE),
        Row("select_one yes_no", "recommend", tr(
            "Would you recommend this workshop to others?",
            "តើអ្នកនឹងណែនាំសិក្ខាសាលានេះដល់អ្នកដទៃដែរឬទេ?", "ທ່ານຈະແນະນຳຊຸດຝຶກອົບຮົມນີ້ໃຫ້ຄົນອື່ນບໍ່?",
            "ဤသင်တန်းကို အခြားသူများအား အကြံပြုမည်လား။", "ท่านจะแนะนำการอบรมนี้ให้ผู้อื่นหรือไม่",
            "Anh/chị có giới thiệu khóa tập huấn này cho người khác không?",
            "您会向他人推荐本培训班吗？"), required=True),
        Row("text", "comments", tr(
            "Any other comments?", "មានមតិយោបល់ផ្សេងទៀតទេ?", "ມີຄຳເຫັນອື່ນອີກບໍ່?",
            "အခြား အကြံပြုချက်များ ရှိပါသလား။", "มีความคิดเห็นอื่น ๆ หรือไม่",
            "Anh/chị có ý kiến nào khác không?", "您还有其他意见吗？"), appearance="multiline"),
    ]),
]

SPECS.append(Spec(
    "workshop_evaluation",
    {
        "survey": survey_table(EVALUATION_SURVEY),
        "choices": choices_table(EVALUATION_CHOICES),
        "settings": settings_table(EVALUATION_TITLE, "workshop_evaluation", "2024061501"),
    },
    fill(
        "A trainer-of-trainers participant from Lao PDR, filled in Lao: a low rating asks why, "
        "at most three modules, the best one chosen among them, a fee only if they would pay",
        [
            put("participant_type", "agency"),
            put("sex", "female"),
            put("days_attended", 6),
            error("days_attended", "constraint", text="1 ຫາ 5"),
            put("days_attended", 5),
            error("r_relevance", "required", text="ກະລຸນາເລືອກຄະແນນ"),
            put("r_relevance", "5"),
            put("r_efficiency", "4"),
            put("r_effectiveness", "4"),
            put("r_impact", "4"),
            relevant("low_reason", False),
            put("r_sustainability", "2"),
            relevant("low_reason", True),
            error("low_reason", "required", text="ເຫດຜົນ"),
            value("avg_score", 3.8),
            put("r_sustainability", "3"),
            relevant("low_reason", False),
            value("avg_score", 4),
            put("modules_useful", ["b04", "b05", "a03", "a04"]),
            error("modules_useful", "constraint", text="ສາມ"),
            put("modules_useful", ["b05", "a03", "a04"]),
            relevant("module_best", True),
            choices("module_best", ["b05", "a03", "a04"]),
            put("module_best", "a04"),
            put("missing_topics", "ການຖ່າຍຮູບສິນຄ້າ"),
            put("next_steps", ["catalogue", "none"]),
            error("next_steps", "constraint"),
            put("next_steps", ["catalogue", "share", "help"]),
            put("pay_followup", "no"),
            relevant("fee_amount", False),
            put("pay_followup", "yes"),
            relevant("fee_amount", True),
            put("fee_amount", 25),
            put("recommend", "yes"),
        ],
        {
            "participant_type": "agency", "sex": "female", "days_attended": 5,
            "r_relevance": "5", "r_efficiency": "4", "r_effectiveness": "4", "r_impact": "4",
            "r_sustainability": "3", "avg_score": 4, "modules_useful": ["b05", "a03", "a04"],
            "module_best": "a04", "next_steps": ["catalogue", "share", "help"],
            "pay_followup": "yes", "fee_amount": 25, "recommend": "yes",
        },
        lang="lo",
        form={"languages": CODES, "default_language": "en",
              "label": {"r_impact": {"vi": "Tác động: khóa tập huấn sẽ thay đổi cách làm việc "
                                           "của doanh nghiệp hoặc tổ chức của tôi"}}},
    ),
    kind="shipped",
))
