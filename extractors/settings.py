"""Reading settings as a validated dataclass (one place for every knob)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OcrMode = Literal["auto", "off", "force"]


@dataclass(frozen=True)
class ReadSettings:
    # OCR: "auto" OCRs pages whose text layer is absent or damaged, "off" never
    # OCRs (such pages are flagged unreadable), "force" OCRs every PDF page.
    ocr: OcrMode = "auto"
    ocr_languages: str = "tha+eng"
    ocr_dpi: int = 300
    # Pages OCR'd at once, one Tesseract process each; None: one per core (the
    # environment variable EVIDENCE_OCR_WORKERS, else the cores this process may use).
    ocr_workers: int | None = None
    # A page whose Thai text has fewer dictionary words than this share is damaged.
    # Measured (2026-12): correct text-layer pages of ../shared/realworld*, the
    # samples and the unseen sets 0.926-1.0; damaged layers that keep most
    # letters (look-alike consonants swapped 0.56, marks both reordered and
    # shifted 0.69, sara aa read as sara am 0.76-0.88 before repair).
    min_dictionary_share: float = 0.8
    # A page with more than this share of Private Use Area characters is damaged.
    max_pua_share: float = 0.02
    # .docx safety limits (zip bombs).
    max_docx_uncompressed_bytes: int = 200 * 1024 * 1024
    max_docx_compression_ratio: float = 200.0
    # The largest XML part of a .docx that is parsed.  The parsed tree and its text
    # cost about 7x the XML: measured (2026-12) a 60 MB document.xml peaked at
    # 456 MB in `evidence check`; the largest real submission seen is under 10 MB.
    max_docx_xml_bytes: int = 32 * 1024 * 1024
    # Seconds LibreOffice may take to convert one legacy .doc.
    doc_conversion_timeout: float = 120.0
    # Per-file budgets: one odd file must not hold a batch for hours.  A PDF with
    # more pages is not read (too_many_pages); pages past the OCR budget are
    # recorded unreadable with the reason (ocr_budget_reached), the rest is read.
    # Measured: OCR costs 1-4 s a page on 2 cores; 100 pages ~ 2-4 minutes.
    max_pages: int = 2000
    max_ocr_pages: int = 100
    # Seconds a PDF's text layer may take to read; the pages after it are recorded
    # unread (time_budget_reached).  Checked between pages (a page is never cut off; the
    # first page is always read).
    max_file_seconds: float = 600.0
    # Each file is read in a reading process that can be stopped (`read_pool`): one
    # still being read after `file_time_limit` seconds is stopped, with everything it
    # started, and is `timed_out` (one page that never finishes cannot hold a batch);
    # one needing more than `max_file_memory_mb` of data memory is `too_large`.
    # Measured (2026-12-07, 2 cores, no OCR cache): the largest real files of
    # ../shared/realworld2 (a 65-page Word export with scanned pages, a 22-page scan)
    # read in 16-21 s, the reading process peaking at 145 MB (each OCR worker is a
    # process of its own, under the same limit); a 31 MB document.xml peaks at 289 MB.
    # isolate=False reads in the calling process, without these two budgets.
    isolate: bool = True
    file_time_limit: float = 900.0
    max_file_memory_mb: int = 2048

    def __post_init__(self) -> None:
        if self.ocr not in ("auto", "off", "force"):
            raise ValueError(f"ocr must be auto, off or force, not {self.ocr!r}")
        if not 72 <= self.ocr_dpi <= 600:
            raise ValueError("ocr_dpi must be between 72 and 600")
        if self.ocr_workers is not None and self.ocr_workers < 1:
            raise ValueError("ocr_workers must be at least 1 (or None: one per core)")
        for name in ("min_dictionary_share", "max_pua_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if (
            self.max_docx_uncompressed_bytes <= 0
            or self.max_docx_compression_ratio <= 1
            or self.max_docx_xml_bytes <= 0
        ):
            raise ValueError("docx limits must be positive")
        if self.max_pages < 1 or self.max_ocr_pages < 0 or self.max_file_seconds < 0:
            raise ValueError("max_pages must be at least 1 and max_ocr_pages at least 0")
        if self.file_time_limit <= 0 or self.max_file_memory_mb < 128:
            raise ValueError("file_time_limit must be positive and max_file_memory_mb at least 128")


DEFAULT_SETTINGS = ReadSettings()
