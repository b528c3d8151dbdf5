"""Shaping and font choice: every script set in its own font, shaped, with no missing glyphs."""

from __future__ import annotations

from pathlib import Path

import pytest
import uharfbuzz as hb
from PIL import ImageChops
from reportlab.pdfgen.canvas import Canvas

from gmsdesk.reports import strings
from gmsdesk.reports.text import (
    draw_text,
    font_name,
    font_path,
    glyph_ids,
    register_fonts,
    shape_line,
    split_runs,
    text_width,
    wrap,
)
from tests.reports.pdfutil import needs_poppler, render

SAMPLES: dict[str, list[str]] = {
    "km": ["សុខ ចាន់ធី", "ស្ត្រី", "សហគ្រាសធុនតូច", "ព្រះរាជាណាចក្រកម្ពុជា", "គ្រូបណ្ដុះបណ្ដាល"],
    "lo": ["ສົມພອນ ແກ້ວມະນີ", "ວິສາຫະກິດຂະໜາດນ້ອຍ", "ນ້ຳ ແລະ ໄຟຟ້າ"],
    "my": ["အောင်ကျော်မင်း", "အသေးစားလုပ်ငန်း", "မြန်မာ", "ကြွက်", "သင်္ချိုင်း"],
    "th": ["สมชาย ใจดี", "ผู้ใหญ่", "ปิ่น", "น้ำ", "กรุงเทพมหานคร"],
    "latin": ["Nguyễn Thị Hương", "Thủ công Mỹ nghệ", "Nguye\u0302\u0303n"],
    "zh": ["李明华", "云南普洱茶业有限公司"],
}


def _hb_shape(path: Path, text: str) -> tuple[list[int], int]:
    """Glyph ids HarfBuzz gives for `text` in the font at `path`, and the font's dotted circle."""
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    return [info.codepoint for info in buf.glyph_infos], font.get_nominal_glyph(0x25CC) or -1


@pytest.mark.parametrize("script", list(SAMPLES))
@pytest.mark.parametrize("bold", [False, True])
def test_each_script_shapes_in_its_own_font_without_notdef_or_dotted_circle(
        script: str, bold: bool) -> None:
    for text in SAMPLES[script]:
        runs = split_runs(text, bold)
        # one run, in the font made for the script (spaces stay inside it)
        assert [name for name, _ in runs] == [font_name(script, bold)], text
        glyphs, dotted = _hb_shape(font_path(script, bold), text)
        assert 0 not in glyphs, f"{text!r}: .notdef"
        assert dotted not in glyphs, f"{text!r}: a broken cluster (dotted circle)"
        # and what reportlab will put in the PDF maps to real glyphs too
        assert all(gid != 0 for _, gid in glyph_ids(text, bold)), text


def test_mixed_text_is_split_into_runs_by_script() -> None:
    runs = split_runs("李明华 (Li Minghua) សុខ 12 สมชาย")
    assert [(name.split("-")[1], part) for name, part in runs] == [
        ("zh", "李明华 ("),
        ("latin", "Li Minghua) "),
        ("km", "សុខ "),
        ("latin", "12 "),  # the Khmer font has no ASCII digits
        ("th", "สมชาย"),
    ]


def test_shaping_reorders_and_substitutes_glyphs() -> None:
    """Shaped Khmer and Burmese are not the characters' own glyphs one after another."""
    register_fonts()
    for script, text in (("km", "ស្ត្រី"), ("my", "အောင်ကျော်မင်း"), ("lo", "ນ້ຳ")):
        path = font_path(script)
        font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        nominal = [font.get_nominal_glyph(ord(ch)) for ch in text]
        shaped, _ = _hb_shape(path, text)
        assert shaped != nominal, text
    # Burmese: the vowel sign E (U+1031) is typed after the consonant but drawn before it
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(font_path("my")))))
    shaped, _ = _hb_shape(font_path("my"), "အော")
    assert shaped[0] == font.get_nominal_glyph(0x1031)
    # Thai keeps its glyphs but stacks the tone mark: HarfBuzz moves it (GPOS) over the vowel
    shaped_line = shape_line("ผู้ใหญ่ ปิ่น")
    offsets = [d for run in shaped_line.runs for d in getattr(run.text, "__shapeData__", [])]
    assert any(d.y_offset or d.x_offset for d in offsets)


@needs_poppler
def test_shaped_render_differs_from_unshaped(tmp_path: Path) -> None:
    """The same Khmer/Burmese name drawn shaped and unshaped (plain drawString) looks different:
    shaping really reaches the PDF."""
    register_fonts()
    pdf = tmp_path / "compare.pdf"
    canvas = Canvas(str(pdf), pagesize=(400, 100))
    for text, script in (("ស្ត្រី សហគ្រាស", "km"), ("အောင်ကျော်မင်း", "my")):
        for shaped in (True, False):
            if shaped:
                draw_text(canvas, 20, 40, text, 28)
            else:
                canvas.setFont(font_name(script), 28)
                canvas.drawString(20, 40, text)  # reportlab does not shape this
            canvas.showPage()
    canvas.save()
    km_shaped, km_plain, my_shaped, my_plain = render(pdf, dpi=100)
    for a, b in ((km_shaped, km_plain), (my_shaped, my_plain)):
        diff = ImageChops.difference(a, b)
        changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:])
        assert changed > 300, "shaping changed nothing visible"


def test_widths_wrapping_and_bad_characters() -> None:
    assert text_width("Nguyễn Thị Hương", 20) > text_width("Nguyễn Thị Hương", 10) > 0
    lines = wrap("云南普洱茶业有限公司云南普洱茶业有限公司", 12, 60)
    assert len(lines) > 1 and "".join(lines) == "云南普洱茶业有限公司云南普洱茶业有限公司"
    assert all(text_width(line, 12) <= 60 for line in lines)
    khmer = wrap("ព្រះរាជាណាចក្រកម្ពុជា", 12, 40)  # no spaces: broken between clusters
    assert "".join(khmer) == "ព្រះរាជាណាចក្រកម្ពុជា"
    assert not any(line.startswith("\u17d2") for line in khmer)
    # control characters do not reach the PDF as boxes, an emoji does not crash
    assert all(gid != 0 for _, gid in glyph_ids("Sok\tDara\nLim"))
    assert shape_line("Sok 🙂").advance > 0


@pytest.mark.parametrize("lang", strings.LANGS)
def test_every_printed_string_has_its_glyphs(lang: str) -> None:
    keys = strings._STRINGS["en"].keys()
    texts = [strings.t(lang, k, sme="SME", partner="UN ESCAP", n=3, m=12, date="D")
             for k in keys]
    texts += [strings.country(lang, c) for c in ("KH", "LA", "MM", "TH", "VN", "YN")]
    texts += [strings.format_date(lang, f"2026-{m:02d}-05") for m in range(1, 13)]
    assert set(keys) == set(strings._STRINGS[lang])
    for text in texts:
        for bold in (False, True):
            missing = [gid for _, gid in glyph_ids(text, bold) if gid == 0]
            assert not missing, f"{lang}: {text!r}"


def test_dates_per_language() -> None:
    assert strings.format_date("en", "2026-03-05") == "5 March 2026"
    assert strings.format_date("th", "2026-03-05") == "5 มีนาคม พ.ศ. 2569"  # Buddhist era
    assert strings.format_date("zh_CN", "2026-03-05") == "2026年3月5日"
    assert strings.format_date("vi", "2026-03-05") == "ngày 5 tháng 3 năm 2026"
    # Khmer writes 0-9 unless the Digits setting asks for Khmer digits (as screens do).
    assert strings.format_date("km", "2026-03-05") == "ថ្ងៃទី5 ខែមីនា ឆ្នាំ2026"
    assert strings.format_date("my", "2026-03-05") == "၂၀၂၆ ခုနှစ် မတ်လ ၅ ရက်"
    assert strings.format_date("lo", "2026-03-05") == "5 ມີນາ 2026"
    assert strings.format_date("en", "next week") == "next week"  # shown as typed
    assert strings.format_date_range("en", "2026-03-03", "2026-03-03") == "3 March 2026"
    assert strings.t("fr", "cert_title") == "Certificate of Completion"


def test_a_burmese_word_longer_than_a_line_breaks_between_syllables() -> None:
    """No line starts with a consonant that belongs to the syllable before ("ဝှ / က်")."""
    from gmsdesk.reports.text import wrap

    text = "ဒေါ်ခင်မာဝင်းစကားဝှက်ကိုထည့်ပါ"
    for width in (30, 50, 80):
        lines = wrap(text, 10, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert not line.startswith(("က်", "င်း", "ပ်")), lines
            assert "\u103a" not in line[:2], lines
