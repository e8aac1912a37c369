"""Text of a PDF page through several extractors (used only to check the set)."""
import subprocess


def pdftotext(path, page, raw=False):
    args = ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8"]
    if raw:
        args.append("-raw")
    return subprocess.run(args + [path, "-"], capture_output=True, text=True).stdout


def pdfminer(path, page):
    from pdfminer.high_level import extract_text
    return extract_text(path, page_numbers=[page - 1])


def pdfium(path, page):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    t = doc[page - 1].get_textpage().get_text_range()
    doc.close()
    return t


def mupdf(path, page):
    import pymupdf
    doc = pymupdf.open(path)
    t = doc[page - 1].get_text()
    doc.close()
    return t


ALL = {"pdftotext": pdftotext, "pdftotext-raw": lambda p, n: pdftotext(p, n, True),
       "pdfminer": pdfminer, "pdfium": pdfium, "mupdf": mupdf}
