"""Import SMEs from CSV/XLSX files with a column mapping, and export them. No Qt, no SQL.

Files are streamed: `read_table` reads the column names and the first rows and counts the rest,
and the import reads the rows from the file again, a chunk at a time, so a file of any size
takes the same memory. A CSV's text encoding is judged on its data rows (`detect_encoding`);
when two readings are plausible, `read_table` raises `AmbiguousEncoding` with a preview of each
and is called again with the encoding the person chose. A workbook that unpacks to far more
than a spreadsheet holds is refused before it is opened.

A bad row is reported (row number, field, message) and never stops the good rows; rows are
committed in chunks so Cancel keeps what was done. An imported row that describes an SME we
already have (`SmeRepository.find_same_many`) updates it instead of adding another, so importing
the same file again changes nothing; two rows of one file that would overwrite each other's
values on every import are reported instead.
"""

from __future__ import annotations

import csv
import functools
import io
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.catalog import SMES
from gmsdesk.storage.db import Database
from gmsdesk.storage.errors import StorageError, ValidationError
from gmsdesk.storage.smes import (
    BUILTIN_SECTORS,
    COUNTRIES,
    ICT_FIELDS,
    SameRecord,
    Sme,
    SmeQuery,
)
from gmsdesk.tabular import csv_writer, export_table, open_csv
from gmsdesk.text import fold, name_key, regno_key

# Headers are the declared field names (SMES in gmsdesk.records), so an export imports back.
EXPORT_COLUMNS = ("id", *SMES.names, "updated_at", "updated_by")
# A headquarters laptop holds every agency's SMEs: its exports say whose each is, by code and
# by name (neither is an SME field, so importing the file back leaves them aside).
HQ_EXPORT_COLUMNS = ("id", "agency_id", "agency_name", *EXPORT_COLUMNS[1:])
CHUNK = 500  # rows per transaction (and per look-up of the SMEs they describe)
HEAD_ROWS = 50  # rows read ahead of the import: the column examples and the preview

# What a file may hold before it is refused (a mistake, or built to exhaust the laptop).
MAX_ROWS = 1_048_576  # rows of one sheet, as many as Excel allows
MAX_COLUMNS = 2000
MAX_LINE = 1 << 20  # characters in one line of a CSV
MAX_UNPACKED = 2 << 30  # bytes a workbook's parts unpack to, all together
MAX_PART = 256 << 20  # bytes of one part other than a sheet (openpyxl holds those in memory)
MAX_RATIO = 100  # a part this many times smaller packed than unpacked is not a spreadsheet
MAX_LISTED_PROBLEMS = 20_000  # problem rows kept with their messages; the others are counted

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
    "phone": ("phone", "telephone", "tel", "mobile", "phone number", "contact phone",
              "contact number", "mobile number", "dien thoai", "so dien thoai", "โทรศัพท์",
              "เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "ទូរស័ព្ទ", "ໂທລະສັບ", "ဖုန်း", "电话",
              "手机"),
    "email": ("email", "e-mail", "e mail", "mail", "email address", "e-mail address", "อีเมล",
              "អ៊ីមែល", "ອີເມວ", "အီးမေးလ်", "邮箱", "电子邮件"),
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


class ReadCancelled(ImportFileError):
    """The person stopped the reading of a file."""


_READ_FAILED = QT_TRANSLATE_NOOP("Import", "The file could not be read as a table.")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "The workbook unpacks to far more data than a spreadsheet of its size holds, so "
              "it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and "
              "import that.")
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import", "The sheet has more rows than Excel allows in one sheet. Split it into smaller "
              "files and import each.")
_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "The first row has too many columns to be a list of SMEs. Check that it is the "
              "right file.")
_LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Import", "A line of the file is too long to be a row of a table. Check that it is a CSV "
              "file.")
_MIXED_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "Part of the file is not in the same text encoding as the rest, so it cannot be "
              "read.")
_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Import", "The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.")
# Context "Validation": shown with the other problems of a row.
_SAME_BUSINESS_AGAIN = QT_TRANSLATE_NOOP(
    "Validation", "An earlier row of this file describes the same business with other values. "
                  "Keep one of the two rows.")

# Text encodings of CSV files, by their names in Python. The legacy ones are the Windows code
# pages still used in the region (Khmer, Lao and Burmese have none in use).
LEGACY_ENCODINGS = ("cp874", "cp1258", "gb18030", "big5")
ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-8)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-8)"),
    "utf-16": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "utf-16-le": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "utf-16-be": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "utf-32": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-32)"),
    "cp874": QT_TRANSLATE_NOOP("Import", "Thai (Windows-874)"),
    "cp1258": QT_TRANSLATE_NOOP("Import", "Vietnamese (Windows-1258)"),
    "gb18030": QT_TRANSLATE_NOOP("Import", "Chinese, simplified (GB18030)"),
    "big5": QT_TRANSLATE_NOOP("Import", "Chinese, traditional (Big5)"),
}


def encoding_name(encoding: str) -> str:
    """An encoding as a person knows it (marked for translation, context "Import")."""
    return ENCODING_NAMES.get(encoding, encoding)


@dataclass(frozen=True)
class EncodingCandidate:
    """One plausible reading of a CSV file: its first rows (column names first, then rows
    with text that reads differently in each encoding) and how much they look like language."""

    encoding: str
    score: float  # 0-1
    rows: list[list[str]]

    @property
    def name(self) -> str:
        return encoding_name(self.encoding)


class AmbiguousEncoding(ImportFileError):
    """More than one encoding reads the file plausibly. `candidates`, likeliest first, each
    with a preview; read the file again with `read_table(path, encoding=...)`."""

    def __init__(self, candidates: list[EncodingCandidate]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Import", "The file's text can be read in more than one way. Choose the reading in "
                      "which the names look right."))
        self.candidates = candidates


@dataclass(frozen=True)
class SourceTable:
    """A file's column names and first rows, and how to read all of its rows again
    (`iter_rows`) without holding them: a CSV's encoding and dialect, or a workbook's first
    sheet."""

    path: Path
    headers: list[str]
    head: list[list[str]]  # the first rows below the column names (HEAD_ROWS at most)
    numbers: list[int] = field(default_factory=list)  # each head row's number in the file
    total: int = 0  # rows below the column names; of a workbook, as its sheet's markup says
    encoding: str | None = None  # of a CSV file
    dialect: Any = field(default=None, compare=False, repr=False)  # of a CSV file
    header_number: int = 1  # the row of the column names, 1-based

    def row_number(self, index: int) -> int:
        """The number in the file of the head row `index`."""
        return self.numbers[index] if index < len(self.numbers) else index + 2

    def iter_rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as wide as the column names) of each row below the column
        names that is not blank, read from the file now."""
        width = len(self.headers)
        if self.encoding is None:
            source = _xlsx_rows(self.path, width)
        else:
            source = _csv_rows(self.path, self.encoding, self.dialect)
        with _closing(source):
            for number, cells in source:
                if number > self.header_number and any(cells):
                    yield number, (cells + [""] * width)[:width]

    @property
    def rows(self) -> list[list[str]]:
        """Every row below the column names, read from the file now: for small files; an
        import walks them with `iter_rows`."""
        return [cells for _, cells in self.iter_rows()]


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
    failed: list[RowResult] = field(default_factory=list)  # the first MAX_LISTED_PROBLEMS
    unlisted: int = 0  # problem rows beyond those
    cancelled: bool = False

    @property
    def problems(self) -> int:
        return len(self.failed) + self.unlisted

    @property
    def done(self) -> int:
        return self.added + self.updated + self.unchanged + self.problems

    def count(self, result: RowResult) -> None:
        if result.status != "error":
            setattr(self, result.status, getattr(self, result.status) + 1)
        elif len(self.failed) < MAX_LISTED_PROBLEMS:
            self.failed.append(result)
        else:
            self.unlisted += 1


ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

# -- reading files -------------------------------------------------------------------------------


def read_table(path: str | Path, encoding: str | None = None,
               progress: ProgressFn | None = None) -> SourceTable:
    """The first sheet of an XLSX file, or a CSV file: its column names (the first row that
    is not blank), its first rows and how many there are. A CSV is read in `encoding`, or in
    the one `detect_encoding` finds (which may raise `AmbiguousEncoding`). `progress` (KB read,
    KB in all) can stop the reading (`ReadCancelled`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx_table(path, progress)
        if suffix in (".csv", ".txt", ".tsv"):
            return _read_csv_table(path, encoding or detect_encoding(path), progress)
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "Choose a .csv or .xlsx file."))
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError(f"{path.name}: {exc.strerror or exc}") from exc
    except UnicodeError as exc:  # the encoding found in the sample fails further on
        raise ImportFileError(_MIXED_ENCODING + f" ({exc})") from exc
    except Exception as exc:  # a damaged workbook, a CSV that is not a table
        raise ImportFileError(_READ_FAILED + f" ({exc})") from exc


@dataclass
class _Survey:
    """What reading a file's rows once found: the column names and the first rows."""

    headers: list[str] = field(default_factory=list)
    header_number: int = 0
    head: list[list[str]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    total: int = 0


def _survey(rows: Iterator[tuple[int, list[str]]], *, count_all: bool, trim: bool = False
            ) -> _Survey:
    """The column names (the first row not blank; with `trim`, without the empty cells at
    their end) and the first rows below them; with `count_all`, every row is counted."""
    found = _Survey()
    with _closing(rows):
        for number, cells in rows:
            if not any(cells):
                continue
            if not found.header_number:
                while trim and cells and not cells[-1]:
                    cells = cells[:-1]
                if len(cells) > MAX_COLUMNS:
                    raise ImportFileError(_TOO_MANY_COLUMNS)
                found.headers, found.header_number = cells, number
                continue
            found.total += 1
            if len(found.head) < HEAD_ROWS:
                width = len(found.headers)
                found.head.append((cells + [""] * width)[:width])
                found.numbers.append(number)
            elif not count_all:
                break
    if not found.header_number:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file has no rows."))
    return found


class _closing:
    """Closes a generator when the block ends, so the file it reads is closed at once."""

    def __init__(self, generator: Iterator[Any]) -> None:
        self.generator = generator

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        close = getattr(self.generator, "close", None)
        if close is not None:
            close()


def _text(value: str) -> str:
    """A cell's text, stripped; Vietnamese as one letter per accented letter (cp1258 and some
    Mac files write the tone marks apart)."""
    value = value.strip()
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(str(value))


# -- CSV -------------------------------------------------------------------------------------


def _read_csv_table(path: Path, encoding: str, progress: ProgressFn | None) -> SourceTable:
    with open(path, encoding=encoding, newline="") as handle:
        dialect = _sniff(handle.read(4096))
    size = max(path.stat().st_size >> 10, 1)

    def read_so_far(done: int) -> None:
        if progress is not None and not progress(min(done >> 10, size), size):
            raise ReadCancelled(QT_TRANSLATE_NOOP("Import", "Reading the file was stopped."))

    found = _survey(_csv_rows(path, encoding, dialect, read_so_far), count_all=True)
    return SourceTable(path, found.headers, found.head, found.numbers, found.total, encoding,
                       dialect, found.header_number)


def _sniff(sample: str) -> Any:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _csv_rows(path: Path, encoding: str, dialect: Any,
              read_so_far: Callable[[int], None] | None = None
              ) -> Iterator[tuple[int, list[str]]]:
    """(record number, stripped cells) of every record of a CSV file, blank ones too."""
    with open(path, "rb") as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as handle:
        reader = csv.reader(_lines(handle), dialect)
        for number, row in enumerate(reader, start=1):
            if read_so_far is not None and number % 8192 == 0:
                read_so_far(raw.tell())
            yield number, [_text(cell) for cell in row]


def _lines(handle: IO[str]) -> Iterator[str]:
    """The lines of a text file, refusing one too long to be a row (a file without line
    breaks would otherwise be read whole into memory)."""
    while line := handle.readline(MAX_LINE):
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            raise ImportFileError(_LINE_TOO_LONG)
        yield line


# -- text encodings ------------------------------------------------------------------------

SAMPLE_BYTES = 64 << 10  # of a file's lines that are not plain ASCII, to judge the encoding on
_SURE = 0.5  # a reading scoring less is not sure, however far ahead of the others
_MARGIN = 0.15  # readings this close to the best are as plausible


def detect_encoding(path: str | Path) -> str:
    """The text encoding of a CSV file: Unicode by its byte order mark or by being valid
    UTF-8 or by the zero bytes of UTF-16; else the legacy code page whose reading of the data
    looks most like its language. Only the lines with bytes beyond ASCII count (ASCII reads the
    same in each), and of those the column names only when the rows have none: an English
    header row says nothing about the Thai rows below it.

    Raises `AmbiguousEncoding` when two readings are about as plausible, or none convincing."""
    with open(path, "rb") as handle:
        start = handle.read(4096)
        for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"),
                              (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                              (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if start.startswith(bom):
                return encoding
        wide = _utf16_without_bom(start)
        if wide:
            return wide
        handle.seek(0)
        header, lines = _non_ascii_lines(handle)
    judged = lines or ([header] if not header.isascii() else [])
    if not judged:
        return "utf-8"  # plain ASCII
    sample = b"\n".join(judged)
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    ranked = _rank(sample)
    if not ranked:
        raise ImportFileError(_UNKNOWN_ENCODING)
    best = ranked[0][1]
    close = [encoding for encoding, score in ranked if score >= best - _MARGIN]
    if best >= _SURE and len(close) == 1:
        return close[0]
    shown = close if best >= _SURE else [encoding for encoding, _ in ranked]
    preview = b"\n".join([header, *lines[:5]])
    raise AmbiguousEncoding([
        EncodingCandidate(encoding, round(score, 3), _preview_rows(preview, encoding))
        for encoding, score in ranked if encoding in shown])


def _utf16_without_bom(start: bytes) -> str | None:
    """UTF-16 without a byte order mark, told by its zero bytes: every ASCII character has
    one, always on the same side. Text in an 8-bit encoding has none."""
    pairs = len(start) // 2
    if pairs < 2:
        return None
    even, odd = start[0:pairs * 2:2].count(0), start[1:pairs * 2:2].count(0)
    if odd >= pairs * 0.1 and even <= pairs * 0.01:
        return "utf-16-le"
    if even >= pairs * 0.1 and odd <= pairs * 0.01:
        return "utf-16-be"
    return None


def _non_ascii_lines(handle: IO[bytes]) -> tuple[bytes, list[bytes]]:
    """The first line (the column names) and the next lines with bytes beyond ASCII, about
    SAMPLE_BYTES of them, from wherever they are in the file. A line that does not fit is cut
    after a byte that no multi-byte character of these encodings holds (space, comma, tab,
    semicolon, quote), or left out."""
    header: bytes | None = None
    lines: list[bytes] = []
    taken = 0
    rest = b""
    while taken < SAMPLE_BYTES:
        block = handle.read(256 << 10)
        if not block and not rest:
            break
        parts = (rest + block).split(b"\n")
        rest = parts.pop() if block else b""
        for line in parts:
            if header is None:
                header = _cut(line, SAMPLE_BYTES)
            elif not line.isascii() and taken < SAMPLE_BYTES:
                line = _cut(line, SAMPLE_BYTES - taken)
                if line:
                    lines.append(line)
                    taken += len(line) + 1
        if len(rest) > SAMPLE_BYTES:  # no line break for a long way: keep a bounded part
            rest = _cut(rest, SAMPLE_BYTES)
    return header or b"", lines


def _cut(line: bytes, size: int) -> bytes:
    if len(line) <= size:
        return line
    cut = max(line.rfind(c, 0, size) for c in b' ,;\t"')
    return line[:cut] if cut > 0 else b""


def _rank(sample: bytes) -> list[tuple[str, float]]:
    """The legacy encodings that read the sample, by how much it then looks like language:
    the share of its characters that fit their script and language (`_fit`), less
    charset-normalizer's measure of how messy the text looks (symbols among letters, scripts
    mixed, odd case changes), which sees what the script rules do not."""
    fits: dict[str, float] = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        fits[encoding] = _fit(encoding, text)
    if not fits:
        return []
    from charset_normalizer import from_bytes

    messy = {match.encoding: match.chaos for match in from_bytes(
        sample, cp_isolation=list(fits), threshold=1.0, preemptive_behaviour=False)}
    scores = {encoding: fit * (1 - messy.get(encoding, 0.5)) for encoding, fit in fits.items()}
    return sorted(scores.items(), key=lambda item: (-item[1], LEGACY_ENCODINGS.index(item[0])))


def _preview_rows(raw: bytes, encoding: str, limit: int = 6) -> list[list[str]]:
    text = raw.decode(encoding, errors="replace")
    rows = []
    for row in csv.reader(io.StringIO(text), _sniff(text[:4096])):
        cells = [_text(cell) for cell in row]
        if any(cells):
            rows.append(cells)
        if len(rows) >= limit:
            break
    return rows


def _fit(encoding: str, text: str) -> float:
    """How much of a reading's text beyond ASCII fits the script and language its encoding is
    for, 0-1 (ASCII reads the same in every one of them and says nothing)."""
    if encoding == "cp874":
        return _thai_fit(text)
    if encoding == "cp1258":
        return _vietnamese_fit(text)
    weights = [_hanzi_weight(ch, encoding) for ch in text if not ch.isascii()]
    return sum(weights) / max(len(weights), 1)


_THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
_THAI_UNCOMMON = frozenset("ฆฌฎฏฐฑฒณฝษฬฮฤซฉญ")
_THAI_RARE = frozenset("ฃฅฦๅฯํ๎ฺ๏๚๛")  # obsolete letters and signs of old texts
_THAI_ABOVE_BELOW = frozenset("ัิีึืุู็")  # vowels written above or below a consonant
_THAI_TONES = frozenset("่้๊๋")
_THAI_AFTER = frozenset("ะาำ")  # vowels written after a consonant
_THAI_LEADING = frozenset("เแโใไ")  # vowels written before one
_THAI_DIGITS = frozenset(chr(c) for c in range(0x0E50, 0x0E5A))


def _thai_fit(text: str) -> float:
    """The share of Thai characters where Thai spelling allows them: a vowel above or below,
    a tone mark or a final vowel after a consonant, a leading vowel before one, no Latin
    letter touching a Thai one; rare letters count less, obsolete ones not at all. Another
    encoding's bytes read as Thai break these rules all the time."""
    fit, count = 0.0, 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch.isascii() or ch == "\u00a0":
            continue
        count += 1
        if not "\u0e01" <= ch <= "\u0e5b" or ch in _THAI_RARE:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else " "
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            continue
        if ch == "็":  # mostly in เ-็ and แ-็ (เป็น, แข็ง), and ก็
            good = before in _THAI_CONSONANTS
            if good and not (before == "ก" or (i > 1 and text[i - 2] in "เแ")):
                fit -= 0.5
        elif ch in _THAI_ABOVE_BELOW:
            good = before in _THAI_CONSONANTS
        elif ch in _THAI_TONES:
            good = before in _THAI_CONSONANTS or before in _THAI_ABOVE_BELOW
        elif ch == "์":
            good = before in _THAI_CONSONANTS or before in "ิุ"
        elif ch in _THAI_AFTER:
            good = before in _THAI_CONSONANTS or before in _THAI_TONES or before == "็"
        elif ch in _THAI_LEADING:
            good = after in _THAI_CONSONANTS
        elif ch in _THAI_DIGITS:
            good = not ("\u0e01" <= before <= "\u0e4f" or "\u0e01" <= after <= "\u0e4f")
        else:
            good = True
        if good:
            fit += 0.6 if ch in _THAI_UNCOMMON else 1.0
    return fit / max(count, 1)


_VIETNAMESE = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")


def _vietnamese_fit(text: str) -> float:
    """The share of characters beyond ASCII in runs that Vietnamese spells: accented letters
    of its alphabet, at most three together inside words of Latin letters ("Đườ-ng"). Thai or
    Chinese bytes read as Windows-1258 give long runs of symbols and stray marks."""
    fit = count = 0
    run: list[str] = []
    for ch in unicodedata.normalize("NFC", text) + " ":
        if not ch.isascii():
            run.append(ch)
            continue
        if run:
            count += len(run)
            if len(run) <= 3 and all(c in _VIETNAMESE for c in run):
                fit += len(run)
            run = []
    return fit / max(count, 1)


# The most used Chinese characters (simplified, by frequency; then the traditional forms of
# those that differ): business names and addresses are mostly written with them, while another
# encoding's bytes read as Chinese give characters picked at random, mostly rare ones.
_COMMON_HANZI = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于"
    "着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还"
    "进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情"
    "明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或"
    "新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
    "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基"
    "眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交"
    "规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济"
    "车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历"
    "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维"
    "革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧"
    "黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印"
    "晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财"
    "环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担"
    "州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养"
    "伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮"
    "露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移"
    "娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶"
    "春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣"
    "择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
    "玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌"
    "店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞"
    "努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱"
    "埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁"
    "伸摩盟末乃悲拍丁赵"
    "這個們來為國說時會對著過發經學現當沒動還進樣開從實軍無長關點業"
    "將兩間問應戰頭見產話內給門東聲員論處義認條題爾別變總電數報結務場計資許統區隊決馬"
    "書則卻達強難權設記類邊張該規覺術領傳師觀讓識帶導爭運飛風聯組濟車親辦議證轉遠單羅"
    "愛擊備連調質團華級況亞請際約線斷滿視須寫稱嗎輕農裝廣顯標談圖歷醫專費號盡較語僅隨"
    "選紅響雖勢參眾節維敵陳態護興驗責營夠嚴續講終緊黃絕項圍織雙紀舉殺蘇訴細錢熱屬臉職"
    "樂剛狀獨彈創錯蘭試腦預誰陽繼傷藥衛險陸習勞財環納歡獲負龍樹層衝漢簡擔靜積檢靈協揮"
    "階審堅媽劉讀壓銀買養執亂幫歲鐵稅藝陣腳惡塊頓島戶評寶釋顧貨歐換聞討麗監臨艦魚雜誤"
    "灣減編測敗夢溫劍漸貴槍樓縣畫遺謝魯慮銷鐘詩劇損舊錄葉鄉禮婦歸飯額順輸搖脫補謂療澤"
    "滅筆鮮詞擇尋煙諾倫奧賣載宮陰園謀榮孫頂鎮練爺館礎紙諸訓絲戲隱訪軟薩盤擴蓋穩億擁楊"
    "齊賽虛購揚綠貿畢輪庫跡競棄偉緩潛閃燈針絡純頁鄭貝吳圓殘誠寬擺毀趙"
)


@functools.lru_cache(maxsize=16384)
def _hanzi_weight(ch: str, encoding: str) -> float:
    """How much one character beyond ASCII looks like Chinese read in `encoding`: common
    characters fully, the rest of the encoding's first (most used) level some, its second
    level less; kana, symbols and private-use characters, which bytes of another encoding
    turn into, not at all. Of GB18030, a letter of another script it encodes in four bytes
    counts fully (such sequences hardly happen by chance)."""
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:  # CJK punctuation, full width
        return 0.5
    if not (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000):
        if encoding == "gb18030" and ch.isalpha():
            try:
                ch.encode("gbk")
            except UnicodeEncodeError:
                return 1.0
        return 0.0
    if ch in _COMMON_HANZI:
        return 1.0
    # GB2312 level 1 ends at 0xD7F9, Big5's frequently used characters at 0xC67E.
    codec, first_level_end = ("gb2312", 0xD7F9) if encoding == "gb18030" else ("big5", 0xC67E)
    try:
        raw = ch.encode(codec)
    except UnicodeEncodeError:
        return 0.1
    return 0.6 if len(raw) == 2 and (raw[0] << 8 | raw[1]) <= first_level_end else 0.3


# -- XLSX ------------------------------------------------------------------------------------

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_ROW_INDEX = re.compile(rb"""\br\s*=\s*["'](\d+)""")


def _read_xlsx_table(path: Path, progress: ProgressFn | None) -> SourceTable:
    rows = _check_workbook(path, progress)
    found = _survey(_xlsx_rows(path), count_all=False, trim=True)
    # Rows of the markup that hold cells, less the column names' row (blank ones rarely do).
    total = max(rows - 1, found.total)
    return SourceTable(path, found.headers, found.head, found.numbers, total, None, None,
                       found.header_number)


def _xlsx_rows(path: Path, width: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every row of a workbook's first sheet, blank ones too; cells
    beyond `width` are not read."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        # The size a sheet declares can be wrong; trusting it would drop the rows after it.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True, max_col=width)
        for number, row in enumerate(rows, start=1):
            yield number, [_cell(v) for v in row]
    finally:
        workbook.close()


def _check_workbook(path: Path, progress: ProgressFn | None) -> int:
    """Refuse a workbook that unpacks to far more than a spreadsheet holds, before anything
    is unpacked: by the sizes its zip directory declares (unpacking stops at those: Python's
    zip reader fails a part that inflates beyond its declared size). Then count its first
    sheet's rows in its markup, unpacked a block at a time, refusing more than MAX_ROWS.
    Returns the count of rows that hold cells."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(_READ_FAILED + f" ({exc})") from exc
    with archive:
        parts = archive.infolist()
        if sum(part.file_size for part in parts) > MAX_UNPACKED or len(parts) > 10_000:
            raise ImportFileError(_TOO_BIG)
        for part in parts:
            inflated = part.file_size > (1 << 20) and (
                part.file_size > MAX_RATIO * part.compress_size)
            held = not part.filename.startswith("xl/worksheets/")  # read whole by openpyxl
            if inflated or (held and part.file_size > MAX_PART):
                raise ImportFileError(_TOO_BIG)
        name = _first_sheet(archive)
        if name is None:
            raise ImportFileError(_READ_FAILED)
        return _count_rows(archive, archive.getinfo(name), progress)


def _first_sheet(archive: zipfile.ZipFile) -> str | None:
    """The part of the first sheet, as the workbook lists its sheets; else the first part
    that looks like a sheet."""
    names = set(archive.namelist())
    try:
        book = "xl/workbook.xml"
        if "_rels/.rels" in names:
            for rel in ElementTree.fromstring(archive.read("_rels/.rels")):
                if rel.get("Type", "").endswith("/officeDocument"):
                    book = rel.get("Target", book).lstrip("/")
        sheets = ElementTree.fromstring(archive.read(book)).find(f"{_MAIN_NS}sheets")
        first = sheets.find(f"{_MAIN_NS}sheet") if sheets is not None else None
        rid = first.get(f"{_REL_NS}id") if first is not None else None
        folder, base = posixpath.split(book)
        rels = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", base + ".rels")))
        for rel in rels.iter(f"{_PKG_NS}Relationship"):
            if rel.get("Id") == rid:
                target = rel.get("Target", "")
                name = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target)))
                if name in names:
                    return name
    except (KeyError, ElementTree.ParseError):
        pass
    sheets_found = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    return sheets_found[0] if sheets_found else None


def _count_rows(archive: zipfile.ZipFile, part: zipfile.ZipInfo,
                progress: ProgressFn | None) -> int:
    """Rows of a sheet's markup that hold cells; refuses more than MAX_ROWS, or a row
    numbered beyond it (openpyxl would make up every row before it)."""
    size = max(part.file_size >> 10, 1)
    counted = read = 0
    rest = b""
    with archive.open(part) as source:
        while block := source.read(1 << 20):
            read += len(block)
            data = rest + block
            cut = data.rfind(b"<")  # a tag is whole before the last "<"
            cut = len(data) if cut < 0 else cut
            for match in _ROW_TAG.finditer(data, 0, cut):
                attributes = match.group(1)
                index = _ROW_INDEX.search(attributes)
                if index is not None and int(index.group(1)) > MAX_ROWS:
                    raise ImportFileError(_TOO_MANY_ROWS)
                counted += not attributes.endswith(b"/")
            if counted > MAX_ROWS:
                raise ImportFileError(_TOO_MANY_ROWS)
            rest = data[cut:] if len(data) - cut < 4096 else b""  # no tag is that long
            if progress is not None and not progress(min(read >> 10, size), size):
                raise ReadCancelled(QT_TRANSLATE_NOOP("Import", "Reading the file was stopped."))
    return counted


# -- mapping ---------------------------------------------------------------------------------------


def _header_key(text: str) -> str:
    """A header or alias as compared: folded, punctuation and "_" as spaces ("Tỉnh/thành phố"
    -> "tinh thanh pho", "E-mail*" -> "e mail")."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text).replace("_", " ")).split())


def _contains(header: str, alias: str) -> bool:
    """Whether `alias` is in `header` as whole words (Latin and Vietnamese) or, for scripts
    written without spaces between words (Thai, Khmer, Lao, Burmese, Chinese), anywhere."""
    if alias.isascii() or " " in alias:
        return re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", header) is not None
    return alias in header


def guess_mapping(headers: Sequence[str],
                  labels: Mapping[str, Sequence[str]] | None = None) -> dict[int, str]:
    """Column index -> SME field, from header words in any of the region's languages.

    A header that is exactly a field's name, one of its aliases or one of `labels` (the
    field's labels on screen, in the user's language: "Tỉnh/thành phố") is that field. Else
    the longest alias found inside the header decides ("Email address of the owner" is the
    e-mail, "Number of employees (total)" the employees, "Số điện thoại liên hệ" the phone),
    so what people add around a known word does not leave the column unmatched. Each field
    is given once, exact matches first; the person checks the guess in the next step."""
    aliases: dict[str, str] = {}
    for name, known in FIELD_ALIASES.items():
        for word in (name, *known):
            aliases.setdefault(_header_key(word), name)
    exact = dict(aliases)
    for name, shown in (labels or {}).items():
        for word in shown:
            key = _header_key(word)
            if key:
                exact.setdefault(key, name)
    keys = [_header_key(header) for header in headers]
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, key in enumerate(keys):
        target = exact.get(key)
        if target and target not in used:
            mapping[index] = target
            used.add(target)
    # The record id is taken only when the header says exactly so ("Tax ID" is not it).
    by_length = sorted((alias for alias, name in aliases.items()
                        if len(alias) >= 2 and name != "id"), key=len, reverse=True)
    for index, key in enumerate(keys):
        if index in mapping or not key:
            continue
        for alias in by_length:
            target = aliases[alias]
            if target not in used and _contains(key, alias):
                mapping[index] = target
                used.add(target)
                break
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
    for row in table.head[:limit]:
        values = _normalise(_mapped(row, mapping), labels)
        out.append((values, db.smes.validate(values)))
    return out


# -- import ----------------------------------------------------------------------------------------


def import_smes(db: Database, table: SourceTable, mapping: Mapping[int, str],
                progress: ProgressFn | None = None) -> ImportReport:
    """Import every row, streamed from the file; bad rows go to the report. Each CHUNK rows
    are looked up together and committed together; `progress` is asked between chunks, and
    stopping keeps the chunks committed (`report.cancelled`)."""
    if "name" not in mapping.values() and "name_local" not in mapping.values():
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Import", "Choose which column holds the business name."))
    from gmsdesk.services.backups import backup_before

    backup_before(db, "import")  # a copy to go back to, should the file be the wrong one
    labels = _sector_labels(db)
    report = ImportReport(total=table.total)
    seen = _Seen(db.smes.last_rowid())
    rows = table.iter_rows()
    with _closing(rows), db.smes.importing():
        while chunk := _next_chunk(rows):
            if progress and not progress(report.done, report.total):
                report.cancelled = True
                break
            with db.atomic():
                _import_chunk(db, chunk, mapping, labels, seen, report)
    db.optimize()  # its commit copies the log into the file now, not at someone's next edit
    if not report.cancelled:
        report.total = report.done  # a workbook's count is its markup's; this is what was read
        if progress:
            progress(report.done, report.total)
    return report


def _next_chunk(rows: Iterator[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    try:
        return list(islice(rows, CHUNK))
    except ImportFileError:
        raise
    except UnicodeError as exc:  # the file changed since it was read
        raise ImportFileError(_MIXED_ENCODING + f" ({exc})") from exc
    except (OSError, csv.Error, zipfile.BadZipFile) as exc:
        raise ImportFileError(_READ_FAILED + f" ({exc})") from exc


class _Seen:
    """The SMEs an import created or found so far: those created have rowids above the
    highest before it, the others are marked in a bitmap (an eighth of a byte per SME)."""

    def __init__(self, last_rowid: int) -> None:
        self.last = last_rowid
        self.marks = bytearray(last_rowid // 8 + 1)

    def add(self, rowid: int) -> bool:
        """Mark one; whether it was already."""
        if rowid > self.last:
            return True
        byte, bit = divmod(rowid, 8)
        already = bool(self.marks[byte] & (1 << bit))
        self.marks[byte] |= 1 << bit
        return already


def _keys(values: Mapping[str, Any], name: str) -> set[tuple[str, str]]:
    """What an SME is matched by (`name`: the name key): rows sharing none of these cannot
    describe one another's SME (see `SmeRepository.find_same_many`)."""
    keys = {("name", name)} if name else set()
    if values.get("id"):
        keys.add(("id", str(values["id"])))
    regno = regno_key(values.get("registration_no"))
    if regno:
        keys.add(("regno", regno))
    return keys


def _import_chunk(db: Database, chunk: list[tuple[int, list[str]]], mapping: Mapping[int, str],
                  labels: Mapping[str, str], seen: _Seen, report: ImportReport) -> None:
    """Import some rows, the SMEs they describe looked up together first. A row whose SME an
    earlier row of the chunk may have added or changed is looked up again on its own."""
    rows = [(number, _normalise(_mapped(cells, mapping), labels)) for number, cells in chunk]
    names = [name_key(values.get("name")) or name_key(values.get("name_local"))
             for _, values in rows]
    found = db.smes.find_same_many([values for _, values in rows], names)
    sectors = db.smes.sector_codes()  # read once for the chunk's rows, not once a row
    written: set[tuple[str, str]] = set()
    new: list[tuple[int, dict[str, Any]]] = []  # rows of new SMEs, added together

    def add_new() -> None:
        if new:
            added = db.smes.create_cleaned([values for _, values in new])
            for (number, _), change in zip(new, added, strict=True):
                report.count(RowResult(number, "added", sme_id=change.record_id))
            new.clear()

    for (number, values), name, same in zip(rows, names, found, strict=True):
        keys = _keys(values, name)
        if keys & written:
            add_new()  # an earlier row of the chunk may have made its SME
            same = db.smes.find_same_many([values], [name])[0]
        if same is None:
            try:
                new.append((number, db.smes.clean(values, sectors=sectors)))
            except ValidationError as exc:
                report.count(RowResult(number, "error", exc.errors))
                continue
            written |= keys
            continue
        result = _import_row(db, values, number, same, seen, sectors)
        if result.status in ("added", "updated"):
            written |= keys
        report.count(result)
    add_new()


def _import_row(db: Database, values: dict[str, Any], number: int, same: SameRecord | None,
                seen: _Seen, sectors: Collection[str] | None = None) -> RowResult:
    if same is None:
        try:
            added = db.smes.create(values)
        except ValidationError as exc:
            return RowResult(number, "error", exc.errors)
        return RowResult(number, "added", sme_id=added[0].record_id)
    try:
        cleaned = db.smes.clean(values, sectors=sectors)
    except ValidationError as exc:
        return RowResult(number, "error", exc.errors)
    sme = same.sme
    # Empty cells do not erase what we know.
    present = {k: v for k, v in values.items() if v not in (None, "")}
    spec = db.smes.spec
    changed = [k for k in present
               if k in cleaned and spec.column(k, cleaned[k]) != getattr(sme, k)]
    if seen.add(same.rowid) and any(getattr(sme, k) not in (None, "") for k in changed):
        # An earlier row of this file wrote this SME, or found it: this row would overwrite
        # a value, and the earlier one overwrite it back on the next import.
        key = "registration_no" if regno_key(values.get("registration_no")) else "name"
        return RowResult(number, "error", {key: _SAME_BUSINESS_AGAIN}, sme_id=sme.id)
    if not changed:
        return RowResult(number, "unchanged", sme_id=sme.id)
    updated = db.smes.update(sme.id, present)
    return RowResult(number, "updated" if updated else "unchanged", sme_id=sme.id)


def write_error_report(report: ImportReport, path: str | Path,
                       translate: Callable[[str], str] = lambda s: s,
                       label: Callable[[str], str] = lambda s: s,
                       headers: Sequence[str] = ("row", "field", "problem")) -> None:
    """A CSV a person can open next to the source file: row, field, problem — in their
    language when the caller passes `translate` (messages), `label` (field names), `headers`.
    Written beside and renamed into place: a full disk leaves no half report."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        with open_csv(partial) as handle:
            writer = csv_writer(handle)
            writer.writerow(list(headers))
            for result in report.failed:
                for name, message in result.errors.items():
                    writer.writerow([result.row_number, label(name), translate(message)])
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


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
    columns = HQ_EXPORT_COLUMNS if db.is_hq else EXPORT_COLUMNS
    names = db.agencies.names(language) if db.is_hq else {}

    def value(sme: Sme, column: str) -> Any:
        if column == "agency_name":
            return names.get(sme.agency_id) or sme.agency_id
        return getattr(sme, column)

    rows = ([value(sme, c) for c in columns] for sme in db.smes.iterate(query))
    return export_table(path, columns, rows, total, progress, "SMEs")
