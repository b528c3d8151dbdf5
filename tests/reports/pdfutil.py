"""Helpers for the PDF tests: render pages with pdftoppm and read their pixels and text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="needs poppler-utils (pdftoppm, pdftotext, pdffonts)")


def render(pdf: Path, dpi: int = 50) -> list[Image.Image]:
    """Every page of `pdf` as a greyscale image, rendered by poppler's pdftoppm."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"),
                   key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(p).convert("L") for p in pages]


def page_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def ink(image: Image.Image, box: tuple[float, float, float, float], dpi: int,
        page_height_pt: float) -> int:
    """Dark pixels inside `box` = (x0, y0, x1, y1) in PDF points (origin bottom left)."""
    scale = dpi / 72
    x0, y0, x1, y1 = box
    crop = image.crop((int(x0 * scale), int((page_height_pt - y1) * scale),
                       int(x1 * scale), int((page_height_pt - y0) * scale)))
    return sum(crop.histogram()[:128])
