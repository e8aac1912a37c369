"""Write extractors/data/thai_digit_glyphs.npz: Thai digits (and '/') as printed by the common Thai fonts.

`extractors.ocr.digits` reads the digits of a scanned page again by comparing
each glyph with these shapes (Tesseract's Thai model reads ๔ ๖ ๘ ๙ as ๕ ๒ ๕ ๕).
The shapes are drawn from the TLWG fonts Debian ships (fonts-thai-tlwg):
Laksaman is TH Sarabun's design (the government's standard font), Kinnari
AngsanaNew's, Norasi and Garuda the other common office styles.  Each glyph
is drawn at two sizes, sharp, blurred and turned by 1.5 degrees, and
thickened and thinned by one pixel (scans make strokes heavier or lighter),
then cut to its ink and stored as a GLYPH x GLYPH bitmap, aspect kept
(`extractors.ocr.digits.glyph_bitmap`).  Thai letters and Latin letters the
digits are mistaken for are stored too (fewer variants), labelled as
themselves: a glyph nearer to a letter than to any digit is not a digit.  The file is data only: the run-time
code never draws a font.

Usage:  .venv/bin/python scripts/make_digit_glyphs.py   (run again when the shapes or fonts change)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from scipy import ndimage

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors.ocr.digits import GLYPH_FILE, RIVALS, SHAPES, glyph_bitmap  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
SIZES = (28, 40)  # pixels per em: a 14-16 pt line at 150-300 dpi
VARIANTS = ((0.0, 0.0), (0.8, 0.0), (1.2, 0.0), (1.6, 0.0), (0.0, 1.5), (0.0, -1.5))  # (blur radius, degrees)
RIVAL_VARIANTS = ((0.0, 0.0), (1.2, 0.0))  # letters are only there to be told apart from digits


def fonts() -> list[Path]:
    """Upright TLWG fonts (obliques and italics are not used for figures in forms)."""
    found = sorted(p for p in FONT_DIR.glob("*.ttf") if "Oblique" not in p.name and "Italic" not in p.name)
    if not found:
        raise SystemExit(f"no fonts in {FONT_DIR}: apt-get install fonts-thai-tlwg")
    return found


def draw(char: str, font: Path, size: int, blur: float, angle: float) -> np.ndarray | None:
    face = ImageFont.truetype(str(font), size)
    image = Image.new("L", (size * 3, size * 3), 255)
    ImageDraw.Draw(image).text((size, size // 2), char, font=face, fill=0)
    if angle:
        image = image.rotate(angle, fillcolor=255, resample=Image.BILINEAR)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    ink = np.asarray(image) < 128
    ys, xs = np.nonzero(ink)
    if not len(ys):
        return None
    return ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def main() -> int:
    bitmaps, labels, groups = [], [], []
    group = -1
    for font in fonts():
        for char in SHAPES + RIVALS:
            for size in SIZES:
                group += 1  # one shape (font, character, size): its variants are averaged when loaded
                for blur, angle in VARIANTS if char in SHAPES else RIVAL_VARIANTS:
                    ink = draw(char, font, size, blur, angle)
                    if ink is None:
                        continue
                    thin = ndimage.binary_erosion(ink)
                    for variant in (ink, ndimage.binary_dilation(ink), thin if thin.sum() >= 0.5 * ink.sum() else None):
                        if variant is not None:
                            bitmaps.append(glyph_bitmap(variant))
                            labels.append(char)
                            groups.append(group)
    packed = np.packbits(np.array(bitmaps, dtype=bool), axis=-1)
    GLYPH_FILE.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(GLYPH_FILE, glyphs=packed, labels=np.array(labels), groups=np.array(groups, dtype=np.int32))
    print(f"{GLYPH_FILE.relative_to(REPO)}: {len(labels)} glyphs, {len(set(groups))} shapes, from {len(fonts())} fonts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
