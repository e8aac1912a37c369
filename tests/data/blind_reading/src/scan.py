"""Simulated scans: render a clean PDF page, add stamp / signature, degrade,
and wrap the JPEG as an image-only PDF page (no text layer)."""
import io
import math
import re
import subprocess
import unicodedata

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

STAMP_FONT = "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"


def render(pdf_path, page, dpi, gray=False):
    args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png"]
    if gray:
        args.append("-gray")
    png = subprocess.run(args + [pdf_path], capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("RGB")


def word_boxes(pdf_path, page):
    """Words of a page with their boxes in PDF points (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf_path, "-"],
                          capture_output=True, text=True, check=True).stdout
    out = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', html):
        out.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
                    m.group(5).replace("&amp;", "&")))
    return out


def clusters(s):
    out = []
    for ch in s:
        if out and (unicodedata.category(ch) == "Mn" or ch == "\u0E33"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def draw_stamp(size_px, ring_text, center_lines, color, rng):
    """A round rubber stamp (RGBA), ring text set around the circle."""
    S = size_px
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = S / 2
    w = max(2, S // 60)
    d.ellipse([w, w, S - w, S - w], outline=color, width=w + 1)
    r_in = S * 0.33
    d.ellipse([c - r_in, c - r_in, c + r_in, c + r_in], outline=color, width=w)
    fsize = int(S * 0.085)
    font = ImageFont.truetype(STAMP_FONT, fsize)
    cl = clusters(ring_text)
    r_txt = S * 0.405
    span = 300.0  # degrees used by the ring text
    start = -90 - span / 2
    for i, g in enumerate(cl):
        ang = start + span * (i + 0.5) / len(cl)
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((fsize, fsize), g, font=font, fill=color, anchor="mm", language="th")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = c + r_txt * math.cos(math.radians(ang)) - fsize
        y = c + r_txt * math.sin(math.radians(ang)) - fsize
        im.alpha_composite(tile, (int(x), int(y)))
    # star at the bottom of the ring
    sx, sy, sr = c, c + r_txt, fsize * 0.35
    pts = []
    for k in range(10):
        rr = sr if k % 2 == 0 else sr * 0.45
        a = math.radians(-90 + 36 * k)
        pts.append((sx + rr * math.cos(a), sy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    cf = ImageFont.truetype(STAMP_FONT, int(S * 0.075))
    n = len(center_lines)
    for i, line in enumerate(center_lines):
        y = c + (i - (n - 1) / 2) * S * 0.1
        d.text((c, y), line, font=cf, fill=color, anchor="mm", language="th")
    # ink unevenness
    a = np.array(im)
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    return im.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)


def draw_signature(w, h, color, rng):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    n = int(rng.integers(7, 11))
    xs = np.sort(rng.uniform(0.05, 0.85, n)) * w
    ys = rng.uniform(0.2, 0.8, n) * h
    pts = list(zip(xs, ys))
    # a loop at the start, a long tail at the end
    pts = [(w * 0.02, h * 0.7), (w * 0.08, h * 0.15), (w * 0.12, h * 0.75)] + pts + [(w * 0.97, h * 0.35)]

    def catmull(p0, p1, p2, p3, t):
        t2, t3 = t * t, t * t * t
        return tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
                            (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in range(2))
    curve = []
    P = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(P) - 2):
        for t in np.linspace(0, 1, 14):
            curve.append(catmull(P[i - 1], P[i], P[i + 1], P[i + 2], t))
    width = max(2, h // 22)
    for i in range(len(curve) - 1):
        wv = max(1, int(width * (0.6 + 0.6 * math.sin(i / 9.0) ** 2)))
        d.line([curve[i], curve[i + 1]], fill=color, width=wv)
    # underline flourish
    y0 = h * float(rng.uniform(0.78, 0.9))
    d.line([(w * 0.15, y0), (w * 0.8, y0 - h * 0.08)], fill=color, width=max(1, width - 1))
    return im.filter(ImageFilter.GaussianBlur(0.5))


def multiply_rgba(base, overlay, pos):
    """Ink on paper: multiply blend of an RGBA overlay onto an RGB base."""
    x, y = int(pos[0]), int(pos[1])
    ov = np.array(overlay).astype(np.float32) / 255.0
    b = np.array(base).astype(np.float32) / 255.0
    H, W = b.shape[:2]
    h, w = ov.shape[:2]
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(W, x + w), min(H, y + h)
    if x1 <= x0 or y1 <= y0:
        return base
    o = ov[y0 - y:y1 - y, x0 - x:x1 - x]
    region = b[y0:y1, x0:x1]
    a = o[..., 3:4]
    blended = region * (1 - a) + region * o[..., :3] * a
    b[y0:y1, x0:x1] = blended
    return Image.fromarray((b * 255).round().astype(np.uint8))


def degrade(img, p, rng):
    a = np.array(img).astype(np.float32)
    if p.get("tint"):
        a *= np.array(p["tint"], dtype=np.float32)
    if p.get("illum"):
        H, W = a.shape[:2]
        gx = np.linspace(1.0, 1.0 - p["illum"], W, dtype=np.float32)
        a *= gx[None, :, None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if p.get("rotate"):
        img = img.rotate(p["rotate"], resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    if p.get("blur"):
        img = img.filter(ImageFilter.GaussianBlur(p["blur"]))
    a = np.array(img).astype(np.float32)
    if p.get("noise"):
        a += rng.normal(0, p["noise"], a.shape[:2])[..., None]
    if p.get("saltpepper"):
        m = rng.random(a.shape[:2])
        a[m < p["saltpepper"] / 2] = 20
        a[m > 1 - p["saltpepper"] / 2] = 255
    if p.get("speckle"):
        H, W = a.shape[:2]
        for _ in range(int(p["speckle"])):
            cx, cy = rng.integers(0, W), rng.integers(0, H)
            r = int(rng.integers(1, 4))
            a[max(0, cy - r):cy + r, max(0, cx - r):cx + r] *= float(rng.uniform(0.1, 0.5))
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if p.get("gray"):
        img = img.convert("L")
    return img


def to_jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def image_pdf(jpegs, dpi_list):
    """jpeg bytes list -> PDF bytes (one page per image, page size from dpi)."""
    return [img2pdf.convert(j, layout_fun=img2pdf.get_fixed_dpi_layout_fun((d, d)))
            for j, d in zip(jpegs, dpi_list)]


def scan_page(pdf_path, page, p, rng):
    """Returns (jpeg bytes, dpi, notes)."""
    dpi = p.get("dpi", 200)
    img = render(pdf_path, page, dpi)
    notes = []
    k = dpi / 72.0
    words = word_boxes(pdf_path, page)
    names = [w for w in words if re.match(r"^\((นาย|นาง|นางสาว|เด็ก)", w[4])]
    sig_color = tuple(p.get("sig_color", (20, 40, 140))) + (255,)
    if p.get("signature") and names:
        for (x0, y0, x1, y1, t) in names[: p.get("max_signatures", 3)]:
            w_px, h_px = int(4.2 / 2.54 * dpi), int(1.3 / 2.54 * dpi)
            sig = draw_signature(w_px, h_px, sig_color, rng)
            cx = (x0 + x1) / 2 * k
            img = multiply_rgba(img, sig, (cx - w_px / 2, y0 * k - h_px * 0.95))
        notes.append("handwritten-looking signature over the 'ลงชื่อ' line above %d name line(s)" % min(len(names), p.get("max_signatures", 3)))
    if p.get("stamp"):
        st = p["stamp"]
        S = int(st.get("cm", 3.6) / 2.54 * dpi)
        stamp = draw_stamp(S, st["ring"], st.get("center", []), tuple(st["color"]) + (235,), rng)
        if st.get("at") == "name" and names:
            x0, y0, x1, y1, t = names[0]
            cx = (x0 + x1) / 2 * k
            pos = (max(0.04 * img.width, min(cx - S * 0.85, 0.96 * img.width - S)), y0 * k - S * 0.75)
        else:
            fx, fy = st.get("xy", (0.62, 0.08))
            pos = (fx * img.width, fy * img.height)
        img = multiply_rgba(img, stamp, pos)
        notes.append("round %s stamp, ring text '%s'%s (stamp text is not part of the truth)" % (
            st.get("color_name", "ink"), st["ring"],
            (", centre '" + " ".join(st["center"]) + "'") if st.get("center") else ""))
    img = degrade(img, p, rng)
    return to_jpeg(img, p.get("quality", 60)), dpi, notes
