"""The PDF backend: `read(path, settings) -> Document`.

Per page, once through the content stream (`pdf_actualtext`), then:

1. glyphs, with /ActualText spans replacing their glyphs (`pdf_glyphs`) and the
   lost NIKHAHIT of SARA AM restored (`pdf_marks`; fonts whose ToUnicode
   contradicts their own cmap are repaired before, in `pdf_fonts`);
2. ruled tables found and given their glyphs (`pdf_tables`);
3. the rest grouped into lines, marks on their base letters (`pdf_lines`),
   and lines into paragraph blocks (`pdf_blocks`);
4. the page's text judged; an absent or damaged text layer is read by OCR
   when allowed and available, else the page is flagged and yields no
   blocks (`pdf_pages`).

Then running headers and footers are marked across pages (`pdf_running`).
A file that cannot be opened raises `ExtractionError` ("corrupt_pdf",
"encrypted_pdf"); a page that fails is recorded as a notice and skipped.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..data.thai_pua import PUA_TO_THAI
from ..errors import ExtractionError, notice
from ..model import Block, Document, Notice, PageInfo, ReadBy
from ..settings import ReadSettings
from ..thai.text_quality import assess_text
from .actualtext import FontFacts, interpret_page
from .blocks import BlockBuilder
from .boxes import place_boxes, take_boxes
from .glyphs import page_content
from .lines import glyphs_to_lines
from .marks import restore_nikhahit
from .pages import PageOcr, ocr_reason, ocr_to_blocks
from .repair import repair_page
from .running import mark_running
from .table_pages import merge_tables_across_pages
from .tables import find_tables, split_glyphs, table_to_block

log = logging.getLogger(__name__)


@dataclass
class _NeedsOcr:
    """A page whose text layer is not used: read by OCR once every page has been seen."""

    number: int
    reason: str


@dataclass
class PageResult:
    blocks: list[Block]
    info: PageInfo
    notices: list[Notice] = field(default_factory=list)


def read(path: Path, settings: ReadSettings) -> Document:
    path = Path(path)
    pdf = _open(path)
    doc = Document(path=str(path), format="pdf")
    reader = _DocumentReader(path, settings)
    try:
        try:
            pages = pdf.pages
        except PdfminerException as exc:
            raise _open_error(exc) from exc
        doc.page_count = len(pages)
        if not pages:
            declared = _declared_page_count(pdf)
            if declared:  # the tree says there are pages, and none can be reached: it loops or is cut
                raise ExtractionError(
                    "corrupt_pdf", f"its page tree is broken: it declares {declared} pages and none can be reached"
                )
            raise ExtractionError("no_pages")
        if len(pages) > settings.max_pages:
            raise ExtractionError("too_many_pages", f"{len(pages):,} > {settings.max_pages:,}")
        pending: list[PageResult | _NeedsOcr] = []
        heights = []
        deadline = time.monotonic() + settings.max_file_seconds
        for number, page in enumerate(pages, start=1):
            if number > 1 and time.monotonic() > deadline:  # time is up: the pages left are recorded, not read
                pending.append(
                    _unreadable(
                        number,
                        f"not read: the file's time budget of {settings.max_file_seconds:g} s is used",
                        notify=False,
                    )
                )
                if reader.time_budget_notice is None:
                    reader.time_budget_notice = notice(
                        "time_budget_reached",
                        detail=f"{settings.max_file_seconds:g} s; {len(pages) - number + 1} pages left",
                    )
            else:
                pending.append(reader.read_page_safely(page, number))
            heights.append(float(page.height))
            page.close()
        results = reader.resolve_ocr(pending)
        failures = sum(r.info.read_by == "none" and r.info.note == "page failed to parse" for r in results)
        if pages and failures == len(pages):
            raise ExtractionError("corrupt_pdf", "no page could be parsed")
    finally:
        reader.close()
        _close_quietly(pdf)
    for result in results:
        doc.blocks.extend(result.blocks)
        doc.pages.append(result.info)
        doc.notices.extend(result.notices)
    mark_running([(h, [b for b in r.blocks if b.page == r.info.number]) for h, r in zip(heights, results)])
    doc.blocks = merge_tables_across_pages(doc.blocks)
    doc.notices.extend(reader.document_notices())
    return doc


def _declared_page_count(pdf) -> int:
    """The /Count the catalog's page tree declares (0 when it cannot be read)."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
        return count if isinstance(count, int) and count > 0 else 0
    except Exception:  # noqa: BLE001 - a tree too broken to say: no count
        return 0


def _close_quietly(pdf) -> None:
    """Close a PDF; pdfplumber's close walks the page tree again, which a damaged file
    breaks a second time - that must not hide the first, specific error."""
    try:
        pdf.close()
    except (PdfminerException, OSError, ValueError, KeyError, TypeError):
        pass


def _open(path: Path):
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise _open_error(exc) from exc
    except (OSError, ValueError) as exc:
        raise ExtractionError("corrupt_pdf", f"{type(exc).__name__}: {exc}"[:200]) from exc
    return pdf


def _open_error(exc: PdfminerException) -> ExtractionError:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return ExtractionError("encrypted_pdf")
    return ExtractionError("corrupt_pdf", f"{type(cause).__name__}: {cause}"[:200])


class _DocumentReader:
    """State shared by the pages of one document: fonts, OCR, block builder, counters."""

    def __init__(self, path: Path, settings: ReadSettings) -> None:
        self.settings = settings
        self.fonts = FontFacts()
        self.builder = BlockBuilder(source=str(path))
        self.ocr = PageOcr(path, settings)
        self.ocr_missing = False
        self.budget_notice: Notice | None = None  # pages left un-OCR'd by the per-file OCR budget
        self.time_budget_notice: Notice | None = None  # pages left unread by the per-file time budget
        self.nikhahit_restored = 0

    def close(self) -> None:
        self.ocr.close()

    def document_notices(self) -> list[Notice]:
        notices = [notice("ocr_unavailable")] if self.ocr_missing else []
        return notices + [n for n in (self.budget_notice, self.time_budget_notice) if n is not None]

    def read_page_safely(self, page, number: int) -> PageResult | _NeedsOcr:
        try:
            return self.read_page(page, number)
        except ExtractionError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            log.warning("page %d of %s failed: %s", number, self.builder.source, exc)
            detail = f"{type(exc).__name__}: {exc}"[:200]
            return PageResult(
                blocks=[],
                info=PageInfo(number=number, read_by="none", note="page failed to parse"),
                notices=[notice("page_unreadable", page=number, detail=detail)],
            )

    def read_page(self, page, number: int) -> PageResult | _NeedsOcr:
        parsed = interpret_page(page, self.fonts)
        content = page_content(page, parsed, self.fonts)
        repair = repair_page(content.glyphs, self.fonts, content.graphics)
        glyphs, restored = restore_nikhahit(content.glyphs)
        self.nikhahit_restored += restored
        tables = find_tables(page, content.graphics)
        body, boxes = take_boxes(split_glyphs(glyphs, tables), content.graphics)
        body_lines = place_boxes(glyphs_to_lines(body), boxes)
        table_blocks = [table_to_block(t, self.builder, page=number, read_by="text_layer") for t in tables]
        by_ink = sum(line.marks_by_ink for line in body_lines) + sum(t.marks_by_ink for t in tables)
        if by_ink:
            repair.notes.append(
                f"marks of {by_ink} lines placed by their ink (the stream draws them after another letter)"
            )
        legacy = sum(1 for line in body_lines for c in line.text if ord(c) in PUA_TO_THAI)
        legacy += sum(1 for b in table_blocks for c in b.raw_text if ord(c) in PUA_TO_THAI)
        if legacy:
            repair.notes.append(f"{legacy} legacy-font PUA glyphs mapped to Thai")
        mended = repair.repaired or restored or by_ink or legacy
        read_by: ReadBy = "repaired" if mended else "actual_text" if content.spans_used else "text_layer"
        for block in table_blocks:
            _set_read_by(block, read_by)
        raw_text = "\n".join([line.text for line in body_lines] + [b.raw_text for b in table_blocks])
        quality = assess_text(raw_text, self.settings)
        image_share = content.image_area / max(1.0, float(page.width * page.height))
        reason = ocr_reason(quality, self.settings, image_share=image_share, text=raw_text)
        if repair.unresolved_marks and not reason:
            reason = f"{repair.unresolved_marks} glyphs drawn as marks have no Unicode mark"
        if reason:
            return _NeedsOcr(number, reason)
        stripped_before = self.builder.pua_stripped
        blocks = _place_tables(self.builder.lines_to_blocks(body_lines, page=number, read_by=read_by), table_blocks)
        info = PageInfo(
            number=number,
            read_by=read_by,
            quality=quality.dictionary_share,
            invalid=quality.invalid,
            note=self._note(restored, repair.notes),
        )
        notices = [notice("page_repaired", page=number, detail=info.note or "")] if read_by == "repaired" else []
        if self.builder.pua_stripped > stripped_before:
            info.note = _join_notes(info.note, f"{self.builder.pua_stripped - stripped_before} PUA characters stripped")
        return PageResult(blocks=blocks, info=info, notices=notices)

    def resolve_ocr(self, results: list[PageResult | _NeedsOcr]) -> list[PageResult]:
        """Read every page that needs OCR in one call (pages in parallel, cached), in page order."""
        wanted = [r for r in results if isinstance(r, _NeedsOcr)]
        if not wanted:
            return results  # type: ignore[return-value]
        if not self.ocr.available:
            if self.settings.ocr != "off":
                self.ocr_missing = True
            why = "" if self.settings.ocr == "off" else "; OCR unavailable"
            read = {r.number: _unreadable(r.number, r.reason + why) for r in wanted}
        else:
            budget = self.settings.max_ocr_pages
            wanted, over = wanted[:budget], wanted[budget:]
            read = {
                r.number: _unreadable(
                    r.number, f"{r.reason}; not OCR'd: the file's OCR budget of {budget} pages is used", notify=False
                )  # one document notice says it, not one per page
                for r in over
            }
            if over:
                self.budget_notice = notice("ocr_budget_reached", detail=f"{budget} pages; {len(over)} left")
            ocr_results = self.ocr.read_pages([r.number - 1 for r in wanted]) if wanted else {}
            for r in wanted:
                result = ocr_results[r.number - 1]
                if result.error:  # the page's OCR failed (or its worker died): that page alone is unreadable
                    read[r.number] = _unreadable(r.number, f"{r.reason}; OCR failed: {result.error}"[:200])
                else:
                    read[r.number] = self._from_ocr(r, result)
        return [read[r.number] if isinstance(r, _NeedsOcr) else r for r in results]

    def _from_ocr(self, page: _NeedsOcr, result) -> PageResult:
        number = page.number
        corrections, noise = self.builder.ocr_corrections, self.builder.ocr_noise_lines
        blocks = ocr_to_blocks(result, self.builder, page=number, dpi=result.render_dpi or self.settings.ocr_dpi)
        note = f"{page.reason}; OCR confidence {result.mean_confidence:.0f}"
        if result.render_dpi:
            note += f"; an outsized page, read at {result.render_dpi:.3g} dpi instead of {self.settings.ocr_dpi}"
        if self.builder.ocr_corrections > corrections:
            note += f"; {self.builder.ocr_corrections - corrections} marks corrected by the dictionary"
        if result.digits_reread:
            note += f"; {result.digits_reread} numbers read again by their digit shapes"
        if self.builder.ocr_noise_lines > noise:
            note += f"; {self.builder.ocr_noise_lines - noise} lines of noise dropped (photo, stamp, handwriting)"
        return PageResult(
            blocks=blocks,
            info=PageInfo(number=number, read_by="ocr", ocr_confidence=round(result.mean_confidence, 1), note=note),
            notices=[notice("page_ocr", page=number, detail=page.reason)],
        )

    def _note(self, restored: int, repair_notes: list[str]) -> str | None:
        notes = list(repair_notes)
        if restored:
            notes.append(f"{restored} nikhahit restored from zero-width glyphs")
        return "; ".join(notes) or None


def _unreadable(number: int, why: str, notify: bool = True) -> PageResult:
    return PageResult(
        blocks=[],
        info=PageInfo(number=number, read_by="none", note=why),
        notices=[notice("page_unreadable", page=number, detail=why)] if notify else [],
    )


def _place_tables(body: list[Block], tables: list[Block]) -> list[Block]:
    """Body blocks in their reading order, each table before the first body block below its top."""
    out = list(body)
    for table in sorted(tables, key=lambda b: b.bbox[1] if b.bbox else 0.0):
        top = table.bbox[1] if table.bbox else 0.0
        at = next((i for i, b in enumerate(out) if b.bbox and b.bbox[1] > top and b.kind != "table"), len(out))
        while at > 0 and out[at - 1].kind == "table" and (box := out[at - 1].bbox) and box[1] > top:
            at -= 1
        out.insert(at, table)
    return out


def _set_read_by(block: Block, read_by: ReadBy) -> None:
    block.read_by = read_by
    for row in block.rows or []:
        for cell in row:
            for inner in cell.blocks:
                _set_read_by(inner, read_by)


def _join_notes(a: str | None, b: str) -> str:
    return f"{a}; {b}" if a else b
