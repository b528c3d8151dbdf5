"""Import SMEs from CSV/XLSX files with a column mapping, and export them. No Qt, no SQL.

Import is row by row: a bad row is reported (row number, field, message) and never stops the
good rows; rows are committed in chunks so Cancel keeps what was done. An imported row that
describes an SME we already have (same registration number, or same name and phone) updates it
instead of adding another, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError
from gmsdesk.storage.smes import BUILTIN_SECTORS, COUNTRIES, ICT_FIELDS, Sme, SmeQuery
from gmsdesk.tabular import csv_writer, open_csv, write_table
from gmsdesk.text import fold

# Headers are the declared field names (SMES in gmsdesk.records), so an export imports back.
EXPORT_COLUMNS = ("id", *SMES.names, "updated_at", "updated_by")
# A headquarters laptop holds every agency's SMEs: its exports say whose each is, by code and
# by name (neither is an SME field, so importing the file back leaves them aside).
HQ_EXPORT_COLUMNS = ("id", "agency_id", "agency_name", *EXPORT_COLUMNS[1:])
CHUNK = 500

# Header words people use for each field (folded before comparing), in the region's languages.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "gmsdesk id", "record id"),
    "name": ("name", "company", "company name", "business name", "enterprise", "sme", "sme name",
             "ten", "ten doanh nghiep", "ten cong ty", "ชื่อ", "ชื่อบริษัท", "ชื่อกิจการ",
             "ឈ្មោះ", "ឈ្មោះសហគ្រាស", "ຊື່", "ຊື່ວິສາຫະກິດ", "အမည်", "名称", "企业名称", "公司名称"),
    "name_local": ("name local", "local name", "name in local script", "ten tieng viet",
                   "ชื่อภาษาไทย", "ឈ្មោះជាភាសាខ្មែរ", "ຊື່ພາສາລາວ", "中文名称"),
    "registration_no": ("registration no", "registration number", "reg no", "registration",
                        "license no", "business registration", "so dang ky", "ma so doanh nghiep",
                        "เลขทะเบียน", "លេខចុះបញ្ជី", "ເລກທະບຽນ", "မှတ်ပုံတင်အမှတ်", "注册号",
                        "统一社会信用代码"),
    "sector": ("sector", "industry", "business sector", "nganh", "linh vuc", "ประเภทธุรกิจ",
               "វិស័យ", "ຂະແໜງ", "လုပ်ငန်းကဏ္ဍ", "行业"),
    "country": ("country", "economy", "quoc gia", "ประเทศ", "ប្រទេស", "ປະເທດ", "နိုင်ငံ", "国家"),
    "province": ("province", "state", "region", "prefecture", "tinh", "tinh thanh", "จังหวัด",
                 "ខេត្ត", "ແຂວງ", "တိုင်းဒေသကြီး", "省", "州", "市"),
    "district": ("district", "county", "quan", "huyen", "อำเภอ", "ស្រុក", "ເມືອງ", "မြို့နယ်",
                 "县", "区"),
    "address": ("address", "street", "dia chi", "ที่อยู่", "អាសយដ្ឋាន", "ທີ່ຢູ່", "လိပ်စာ", "地址"),
    "phone": ("phone", "telephone", "tel", "mobile", "phone number", "dien thoai", "so dien thoai",
              "โทรศัพท์", "เบอร์โทร", "ទូរស័ព្ទ", "ໂທລະສັບ", "ဖုန်း", "电话", "手机"),
    "email": ("email", "e-mail", "e mail", "mail", "อีเมล", "អ៊ីមែល", "ອີເມວ", "အီးမေးလ်", "邮箱",
              "电子邮件"),
    "website": ("website", "web", "url", "web site", "homepage", "trang web", "เว็บไซต์",
                "គេហទំព័រ", "ເວັບໄຊ", "ဝက်ဘ်ဆိုက်", "网站"),
    "contact_name": ("contact", "contact name", "contact person", "owner", "owner name",
                     "nguoi lien he", "chu doanh nghiep", "ผู้ติดต่อ", "เจ้าของ", "អ្នកទំនាក់ទំនង",
                     "ម្ចាស់", "ຜູ້ຕິດຕໍ່", "ဆက်သွယ်ရန်", "联系人", "负责人"),
    "contact_gender": ("gender", "sex", "contact gender", "owner gender", "gioi tinh", "เพศ",
                       "ភេទ", "ເພດ", "ကျား/မ", "性别"),
    "employees_total": ("employees", "employees total", "staff", "number of employees",
                        "so lao dong", "จำนวนพนักงาน", "បុគ្គលិក", "ພະນັກງານ", "ဝန်ထမ်း", "员工人数"),
    "employees_female": ("female employees", "employees female", "women employees",
                         "lao dong nu", "พนักงานหญิง", "បុគ្គលិកស្រី", "ພະນັກງານຍິງ",
                         "အမျိုးသမီးဝန်ထမ်း", "女员工"),
    "year_founded": ("year founded", "founded", "year established", "established", "nam thanh lap",
                     "ปีที่ก่อตั้ง", "ឆ្នាំបង្កើត", "ປີສ້າງຕັ້ງ", "တည်ထောင်သည့်နှစ်", "成立年份"),
    "notes": ("notes", "note", "remarks", "comments", "ghi chu", "หมายเหตุ", "កំណត់សម្គាល់",
              "ໝາຍເຫດ", "မှတ်ချက်", "备注"),
    **{name: (name.replace("_", " "), name.removeprefix("uses_").replace("_", " "))
       for name in ICT_FIELDS},
}

_COUNTRY_NAMES = {
    "cambodia": "KH", "kampuchea": "KH", "កម្ពុជា": "KH",
    "lao pdr": "LA", "laos": "LA", "lao": "LA", "ລາວ": "LA",
    "myanmar": "MM", "burma": "MM", "မြန်မာ": "MM",
    "thailand": "TH", "ไทย": "TH", "ประเทศไทย": "TH",
    "viet nam": "VN", "vietnam": "VN",
    "yunnan": "YN", "china": "YN", "云南": "YN", "中国": "YN",
}
_GENDERS = {"f": "female", "female": "female", "woman": "female", "nu": "female", "หญิง": "female",
            "ស្រី": "female", "ຍິງ": "female", "မ": "female", "女": "female",
            "m": "male", "male": "male", "man": "male", "nam": "male", "ชาย": "male",
            "ប្រុស": "male", "ຊາຍ": "male", "ကျား": "male", "男": "male", "other": "other"}


class ImportFileError(StorageError):
    """The file could not be read at all (not a table, wrong format, unreadable encoding)."""


@dataclass(frozen=True)
class SourceTable:
    headers: list[str]
    rows: list[list[str]]
    path: Path
    numbers: list[int] = field(default_factory=list)  # each row's number in the file (1-based)

    def row_number(self, index: int) -> int:
        return self.numbers[index] if index < len(self.numbers) else index + 2


@dataclass(frozen=True)
class RowResult:
    row_number: int  # as a person sees it in the file: the header is row 1
    status: str  # added | updated | unchanged | error
    errors: dict[str, str] = field(default_factory=dict)
    sme_id: str | None = None


@dataclass
class ImportReport:
    total: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[RowResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def done(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.failed)


ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

# -- reading files -------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return text
    # Legacy Windows code pages still used for Thai and Vietnamese spreadsheets. Both decode
    # almost any bytes, so keep the reading that looks most like its own language.
    readings = []
    for encoding, looks_right in (("cp874", _thai_share), ("cp1258", _vietnamese_share)):
        try:
            text = unicodedata.normalize("NFC", raw.decode(encoding))
        except UnicodeDecodeError:
            continue
        readings.append((looks_right(text), text))
    if readings:
        return max(readings, key=lambda r: r[0])[1]
    raise ImportFileError(QT_TRANSLATE_NOOP(
        "Import",
        "The file's text encoding is not recognised. Save it as CSV UTF-8 and try again."))


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def _thai_share(text: str) -> float:
    letters = _letters(text)
    return sum("\u0e00" <= ch <= "\u0e7f" for ch in letters) / max(len(letters), 1)


def _vietnamese_share(text: str) -> float:
    letters = _letters(text)
    return sum(ch.isascii() or "\u00c0" <= ch <= "\u1ef9" for ch in letters) / max(len(letters), 1)


def read_table(path: str | Path) -> SourceTable:
    """Read the first sheet of an XLSX file, or a CSV file, into header + rows of text."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            rows = list(_read_xlsx(path))
        elif suffix in (".csv", ".txt", ".tsv"):
            rows = _read_csv(path.read_bytes())
        else:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Import", "Choose a .csv or .xlsx file."))
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError(f"{path.name}: {exc.strerror or exc}") from exc
    except Exception as exc:  # a damaged workbook, a CSV that is not a table
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "The file could not be read as a table.") + f" ({exc})") from exc
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if any(c for c in r)]
    if not numbered:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file has no rows."))
    headers = numbered[0][1]
    width = len(headers)
    body = [(r + [""] * width)[:width] for _, r in numbered[1:]]
    return SourceTable(headers, body, path, [n for n, _ in numbered[1:]])


def _read_xlsx(path: Path) -> Iterator[list[str]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell(v) for v in row]
    finally:
        workbook.close()


def _read_csv(raw: bytes) -> list[list[str]]:
    text = _decode(raw)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]


# -- mapping ---------------------------------------------------------------------------------------


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> SME field, from header words in any of the region's languages."""
    lookup: dict[str, str] = {}
    for name, aliases in FIELD_ALIASES.items():
        lookup[fold(name)] = name
        lookup[fold(name.replace("_", " "))] = name
        for alias in aliases:
            lookup.setdefault(fold(alias), name)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = fold(header).replace("_", " ").strip(" :*")
        target = lookup.get(key)
        if target and target not in used:
            mapping[index] = target
            used.add(target)
    return mapping


def _normalise(values: dict[str, Any], sector_labels: Mapping[str, str]) -> dict[str, Any]:
    """Accept labels where codes are stored: "Tourism" for tourism, "Viet Nam" for VN, "F"..."""
    sector = values.get("sector")
    if sector:
        values["sector"] = sector_labels.get(fold(sector), sector)
    country = values.get("country")
    if country:
        code = country.strip().upper()
        values["country"] = (code if code in COUNTRIES
                             else _COUNTRY_NAMES.get(fold(country), country))
    gender = values.get("contact_gender")
    if gender:
        values["contact_gender"] = _GENDERS.get(fold(gender), gender)
    return values


def _mapped(row: Sequence[str], mapping: Mapping[int, str]) -> dict[str, Any]:
    return {name: row[index] for index, name in mapping.items() if index < len(row)}


def _sector_labels(db: Database) -> dict[str, str]:
    labels = {fold(code): code for code in BUILTIN_SECTORS}
    labels.update({fold(code.replace("_", " ")): code for code in BUILTIN_SECTORS})
    labels.update({"small manufacturing": "manufacturing", "agriculture": "agri_food",
                   "agriculture and food": "agri_food", "food": "agri_food",
                   "it": "it_outsourcing", "it outsourcing": "it_outsourcing"})
    for sector in db.smes.sectors():
        labels[fold(sector.label)] = sector.code
    return labels


def preview(db: Database, table: SourceTable, mapping: Mapping[int, str],
            limit: int = 20) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """The first rows as they would be stored, each with its problems; writes nothing."""
    labels = _sector_labels(db)
    out = []
    for row in table.rows[:limit]:
        values = _normalise(_mapped(row, mapping), labels)
        out.append((values, db.smes.validate(values)))
    return out


# -- import ----------------------------------------------------------------------------------------


def import_smes(db: Database, table: SourceTable, mapping: Mapping[int, str],
                progress: ProgressFn | None = None) -> ImportReport:
    """Import every row; bad rows go to the report. Committed every CHUNK rows."""
    if "name" not in mapping.values() and "name_local" not in mapping.values():
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "Choose which column holds the business name."))
    labels = _sector_labels(db)
    report = ImportReport(total=len(table.rows))
    for start in range(0, len(table.rows), CHUNK):
        if progress and not progress(report.done, report.total):
            report.cancelled = True
            break
        with db.atomic():
            for offset, row in enumerate(table.rows[start:start + CHUNK]):
                number = table.row_number(start + offset)
                result = _import_row(db, _normalise(_mapped(row, mapping), labels), number)
                if result.status == "error":
                    report.failed.append(result)
                else:
                    setattr(report, result.status, getattr(report, result.status) + 1)
    db.optimize()
    if progress and not report.cancelled:
        progress(report.done, report.total)
    return report


def _import_row(db: Database, values: dict[str, Any], number: int) -> RowResult:
    errors = db.smes.validate(values)
    if errors:
        return RowResult(number, "error", errors)
    existing = db.smes.find_same(values)
    if existing is None:
        added = db.smes.create(values)
        return RowResult(number, "added", sme_id=added[0].record_id)
    # Empty cells do not erase what we know.
    present = {k: v for k, v in values.items() if v not in (None, "")}
    updated = db.smes.update(existing.id, present)
    return RowResult(number, "updated" if updated else "unchanged", sme_id=existing.id)


def write_error_report(report: ImportReport, path: str | Path,
                       translate: Callable[[str], str] = lambda s: s,
                       label: Callable[[str], str] = lambda s: s,
                       headers: Sequence[str] = ("row", "field", "problem")) -> None:
    """A CSV a person can open next to the source file: row, field, problem — in their
    language when the caller passes `translate` (messages), `label` (field names), `headers`."""
    with open_csv(path) as handle:
        writer = csv_writer(handle)
        writer.writerow(list(headers))
        for result in report.failed:
            for name, message in result.errors.items():
                writer.writerow([result.row_number, label(name), translate(message)])


# -- export ----------------------------------------------------------------------------------------


def export_smes(db: Database, path: str | Path, query: SmeQuery = SmeQuery(),
                progress: ProgressFn | None = None, language: str = "en") -> int:
    """Write the SMEs a query matches to CSV or XLSX (by the file's suffix); returns the count.
    On a headquarters laptop each row has its agency's code and name (in `language`).

    The file is written beside the target and renamed into place, so a cancelled or failed
    export never leaves half a file where a good one was.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "Choose a .csv or .xlsx file."))
    total = db.smes.count(query)
    partial = path.with_name(path.name + ".part")
    written = 0
    columns = HQ_EXPORT_COLUMNS if db.is_hq else EXPORT_COLUMNS
    names = db.agencies.names(language) if db.is_hq else {}

    def value(sme: Sme, column: str) -> Any:
        if column == "agency_name":
            return names.get(sme.agency_id) or sme.agency_id
        return getattr(sme, column)

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        for sme in db.smes.iterate(query):
            yield [value(sme, c) for c in columns]
            written += 1
            if progress and written % 500 == 0 and not progress(written, total):
                raise _Cancelled

    try:
        write_table(partial, columns, rows(), "SMEs", kind=suffix)
        partial.replace(path)
    except _Cancelled:
        partial.unlink(missing_ok=True)
        return -1
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress:
        progress(written, total)
    return written


class _Cancelled(Exception):
    pass
